/**
 * The contract of the rules engine. Everything in rules/ is pure: no browser, DOM or WXT imports,
 * so the same code runs in the content script, the background worker, the CLI, tests and the benchmark.
 */

export const FAMILIES = [
  'abuse',
  'hate-discrimination',
  'threats-incitement',
  'harassment',
  'defamation',
  'officers',
  'personal-data',
  'safeguarding',
  'confidential-information',
  'official-capacity',
  'elections',
  'predetermination',
  'tone',
  'misinformation',
  'copyright',
  'security',
  'personal-safety',
] as const;
export type Family = (typeof FAMILIES)[number];

export type Severity = 'stop' | 'warn' | 'info';
export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warn: 2, stop: 3 };

/** Member-toggleable rule sets (catalog §4). */
export const RULE_SET_IDS = [
  'core-legal',
  'personal-data',
  'council-confidentiality',
  'speaking-for-council',
  'elections',
  'committee',
  'tone',
  'accuracy',
  'safety-security',
] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

/** A clause of a council policy: file name in shared/policies, section heading, exact quote. */
export interface PolicySource {
  file: string;
  section: string;
  quote: string;
}

export type ComposeKind = 'post' | 'reply' | 'comment' | 'share';
export type Platform = 'facebook' | 'x' | 'instagram' | 'nextdoor';

/**
 * What the site adapter knows about the draft. Every field is optional: a missing field means
 * "unknown", never "safe" (catalog §8.6).
 */
export interface ComposeContext {
  kind?: ComposeKind;
  platform?: Platform;
  /** Local time of posting: a Date, epoch milliseconds or an ISO string. */
  now?: Date | number | string;
  hasMedia?: boolean;
  mediaKind?: 'image' | 'video';
  /** File names (from input[type=file]) and typed alt text of attached media, when the adapter can read them (catalog §1.1 `media`). */
  mediaNames?: string[];
  /** Text of the post or comment being replied to, when the adapter can read it. */
  parentText?: string;
  /** Text of what is being shared or quoted. */
  sharedText?: string;
  sharedUrl?: string;
  /** When the shared content was first published (ISO date), if the adapter can read it (catalog §1.1). */
  sharedDate?: string;
  /** A check-in or location chip on the draft (Facebook, Instagram). */
  locationTag?: string;
  /** Which of the member's accounts is posting, as they mapped it. */
  account?: 'councillor' | 'personal';
  /** Local history for repeated-targeting: earlier critical posts (issue 3 defines the entries). */
  history?: HistoryEntry[];
}

export interface HistoryEntry {
  /** Normalised target key (a hash or a folded name). */
  target: string;
  /** When the earlier critical post was made (epoch ms). */
  at: number;
}

export interface Officer {
  name: string;
  department?: string;
}
export interface Committee {
  name: string;
  /** planning, licensing, regulatory, standards… */
  type?: string;
  substitute?: boolean;
}
export interface Meeting {
  title: string;
  /** ISO start and end (local time). */
  start: string;
  end?: string;
  type?: string;
  quasiJudicial?: boolean;
}
export interface ElectionDates {
  noticeOfElection: string;
  pollingDay: string;
  name?: string;
}
export interface ConfidentialTerm {
  term: string;
  /** ISO date from which the term may be public. */
  publicFrom?: string;
}

/** The member's own lists (catalog §5). Terms are matched as literals, never compiled as patterns. */
export interface MemberLists {
  profile?: { name?: string; council?: string; ward?: string; party?: string; roles?: string[] };
  /** Own published contact details: councillor phone numbers, council email addresses. */
  ownPublishedContacts?: string[];
  /** Own private details: personal mobile, home address, postcode, date of birth, personal email, car registration. */
  ownPrivateDetails?: string[];
  familyNames?: string[];
  childrensSchools?: string[];
  officers?: Officer[];
  councillors?: string[];
  confidentialTerms?: (string | ConfidentialTerm)[];
  exemptItems?: string[];
  committees?: Committee[];
  liveApplications?: string[];
  meetings?: Meeting[];
  elections?: ElectionDates[];
  imprint?: { text?: string; url?: string };
  /** Council and organisation phone numbers (allowlist for phone rules). */
  councilNumbers?: string[];
  /** Council and organisation domains (allowlist for email/link rules; *.gov.uk is built in). */
  councilDomains?: string[];
  controversialTopics?: string[];
  lowReliabilityDomains?: string[];
  ownShortLinks?: string[];
}

export interface Settings {
  /** Rule sets switched on or off; 'auto' follows dates and committees (catalog §4). Missing = default. */
  ruleSets?: Partial<Record<RuleSetId, boolean | 'auto'>>;
  /** Per-rule switches by rule id; overrides the sets. */
  rules?: Record<string, boolean>;
  lists?: MemberLists;
  /** Words and phrases never to warn about (matched as literals, case- and spacing-tolerant). */
  allowlist?: string[];
  /** Policy pack: the member's council (issue 4). */
  policyPack?: string;
}

export interface Finding {
  ruleId: string;
  family: Family;
  severity: Severity;
  /** Offsets into the original text, in JavaScript string indices, end exclusive. */
  start: number;
  end: number;
  excerpt: string;
  /** Plain-English title of the rule. */
  title: string;
  /** What the risk is, ending with what to do instead. */
  message: string;
  /** The suggested action on its own, for the panel. */
  action: string;
  policy: PolicySource[];
}

/** What a rule's detect() reports: a span of the original text and, optionally, a different severity or message variables. */
export interface Hit {
  start: number;
  end: number;
  severity?: Severity;
  vars?: Record<string, string>;
}

export interface Span {
  start: number;
  end: number;
}

import type { RuleSetId } from './types';

export interface RuleSetInfo {
  id: RuleSetId;
  name: string;
  /** One line for the popup. */
  description: string;
  /** Default state: on, or 'auto' (follows election dates or committee membership). */
  default: true | 'auto';
}

/** Catalog §4. A rule is on if any set that contains it is on. */
export const RULE_SETS: readonly RuleSetInfo[] = [
  { id: 'core-legal', name: 'Core legal risks', description: 'Hate, threats, defamation, obscenity and harassment: the posts that end in court or before the standards committee.', default: true },
  { id: 'personal-data', name: 'Personal data', description: "Other people's phone numbers, addresses, identifiers, sensitive details, casework and children.", default: true },
  { id: 'council-confidentiality', name: 'Council confidentiality', description: 'Exempt reports, closed meetings, unreleased information, internal documents, officers and your confidential terms.', default: true },
  { id: 'speaking-for-council', name: 'Speaking for the council', description: "Announcements only the council may make, which hat you're wearing, council branding, internal grievances.", default: true },
  { id: 'elections', name: 'Elections / pre-election period', description: 'Imprints and keeping council business out of campaigning; switches itself on between notice of election and polling day.', default: 'auto' },
  { id: 'committee', name: 'Planning & licensing committee members', description: 'Predetermination on applications you may decide, and posting during meetings; full strength when you list your committees.', default: 'auto' },
  { id: 'tone', name: 'Tone: public-meeting test', description: "Insults, mockery, heated replies: would you say it at a public meeting?", default: true },
  { id: 'accuracy', name: 'Accuracy & sharing', description: 'Unverified claims and sharing without checking.', default: true },
  { id: 'safety-security', name: 'Personal safety & security', description: 'Passwords and codes, suspicious links, where you are now, your own and your family\'s details.', default: true },
];

export const RULE_SET_BY_ID: Record<RuleSetId, RuleSetInfo> = Object.fromEntries(RULE_SETS.map((s) => [s.id, s])) as Record<RuleSetId, RuleSetInfo>;

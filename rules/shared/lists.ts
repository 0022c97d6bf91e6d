/**
 * The member's lists (catalog §5), compiled once per settings object into LiteralMatchers.
 *
 * Terms are matched as literals on the skeleton (rules/shared/literal.ts): case-, spacing-,
 * punctuation-, hashtag- and leetspeak-tolerant ("Project Falcon" finds "#ProjectFalcon",
 * "PROJECT  FALC0N", "p r o j e c t falcon"), never compiled into a pattern, and every match is a
 * span of the characters the member actually typed.
 *
 * Usage in a rule:
 *   const lists = memberLists(doc);          // cached per settings object (WeakMap) and per draft (memo)
 *   for (const m of lists.confidential.find(doc.skeleton)) … m.term.term, m.start, m.end
 *
 * API (stable):
 *   memberLists(doc | settings)     the compiled lists (WeakMap cache per settings/lists object, memo per draft)
 *   literalsFor(array)              a matcher for any other string list (cached per array)
 *   mayContainAny(doc, keys)        cheap necessary test before matching (squeezed skeleton)
 *   confidentialMatches(doc)        listed confidential terms and exempt items still confidential at doc.now
 *   regulatoryMatters(doc)          planning/licensing matters: listed live applications, plan refs, generic cues
 *   committeeStanding(doc, kind)    whether the member sits (or substitutes) on the deciding committee
 *   hostIn(host, domains)           domain or subdomain membership (council, low-reliability lists)
 *   dateKeyOf(iso), dateKey(date)   local calendar dates as yyyymmdd numbers
 * URLs: use rules/shared/links.ts (SAFE).
 */
import type { TextDoc } from '../doc';
import type { Committee, ConfidentialTerm, MemberLists, Officer, Settings } from '../types';
import { defineGate, gate } from '../cues';
import { collapseRuns, skeleton } from '../normalize';
import { LiteralMatcher, type TermMatch } from './literal';

/** A confidential term as compiled: `publicFrom` parsed to a local date key (yyyymmdd), if given. */
export interface ConfidentialEntry {
  term: string;
  publicFrom?: string;
  /** yyyymmdd of the publicFrom date, or undefined. */
  publicFromKey?: number;
  /** When the member added it (ISO date), if the options page recorded it. */
  added?: string;
  /** True for entries that came from the exempt-items list. */
  exempt?: boolean;
}

export interface CompiledLists {
  /** Confidential terms and exempt agenda items (both feed R30), with plural and one-inner-word-missing variants. */
  confidential: LiteralMatcher<ConfidentialEntry>;
  /** Exempt agenda item titles alone (R27). */
  exemptItems: LiteralMatcher<string>;
  /** Live planning applications, sites and premises (R37, R38). */
  liveApplications: LiteralMatcher<string>;
  /** Council officer names (R16 and friends). */
  officers: LiteralMatcher<Officer>;
  councillors: LiteralMatcher<string>;
  familyNames: LiteralMatcher<string>;
  childrensSchools: LiteralMatcher<string>;
  controversialTopics: LiteralMatcher<string>;
  /** The member's committees, all of them; `regulatory` only those that decide regulatory matters. */
  committees: Committee[];
  regulatoryCommittees: Committee[];
  /** Lower-cased domains without a leading "*." or "www.". */
  councilDomains: string[];
  lowReliabilityDomains: string[];
  ownShortLinks: string[];
  /** Lower-cased roles from the profile ("leader", "cabinet member for environment"). */
  roles: string[];
  /** True when the member has listed at least one confidential term or exempt item. */
  hasConfidential: boolean;
  /** Each confidential variant squeezed (skeleton, no spaces, repeats collapsed): a cheap necessary test before matching. */
  confidentialKeys: string[];
  exemptKeys: string[];
  liveApplicationKeys: string[];
}

const EMPTY_SETTINGS: Settings = {};
const cache = new WeakMap<object, CompiledLists>();

/** The member's lists compiled for these settings; cached per settings object and per draft. */
export function memberLists(docOrSettings: TextDoc | Settings): CompiledLists {
  if (isDoc(docOrSettings)) {
    const doc = docOrSettings;
    // No lists (every draft outside the extension): the one shared compilation, without a memo lookup.
    if (!doc.settings.lists) return (compiledEmpty ??= compile({}));
    return doc.memo('lists:compiled', () => compileSettings(doc.settings));
  }
  return compileSettings(docOrSettings ?? EMPTY_SETTINGS);
}

function isDoc(x: TextDoc | Settings): x is TextDoc {
  return typeof (x as TextDoc).memo === 'function';
}

let compiledEmpty: CompiledLists | undefined;

function compileSettings(settings: Settings): CompiledLists {
  // No lists at all (most callers of analyze() but the extension): one compilation shared by every draft.
  if (!settings.lists) return (compiledEmpty ??= compile({}));
  const key = settings.lists;
  let c = cache.get(key);
  if (!c) {
    c = compile(settings.lists);
    cache.set(key, c);
  }
  return c;
}

const arrayCache = new WeakMap<readonly string[], LiteralMatcher<string>>();

/** A matcher for any list of strings (cached per array object), for lists this module doesn't name. */
export function literalsFor(list: readonly string[] | undefined): LiteralMatcher<string> {
  if (!list || list.length === 0) return EMPTY_MATCHER;
  let m = arrayCache.get(list);
  if (!m) {
    m = new LiteralMatcher<string>(strings(list).map((s) => [s, s] as [string, string]));
    arrayCache.set(list, m);
  }
  return m;
}

const EMPTY_MATCHER = new LiteralMatcher<string>([] as [string, string][]);

/** Committee types (or names) that decide regulatory, quasi-judicial matters (catalog §4). */
export const REGULATORY = /\b(planning|licens|regulat|development control|development management|standards|hearing|appeals?|taxi|gambling|alcohol)/i;

export function isRegulatory(c: Committee): boolean {
  return REGULATORY.test(`${c.type ?? ''} ${c.name ?? ''}`);
}

function compile(lists: MemberLists): CompiledLists {
  const conf: [string, ConfidentialEntry][] = [];
  for (const raw of lists.confidentialTerms ?? []) {
    const t: ConfidentialTerm | null = typeof raw === 'string' ? { term: raw } : raw && typeof raw.term === 'string' ? raw : null;
    if (!t || t.term.trim() === '') continue;
    const added = (t as { added?: unknown }).added;
    const entry: ConfidentialEntry = { term: t.term.trim(), publicFrom: t.publicFrom, publicFromKey: dateKeyOf(t.publicFrom), added: typeof added === 'string' ? added : undefined };
    for (const v of variants(entry.term)) conf.push([v, entry]);
  }
  const exempt = strings(lists.exemptItems);
  for (const e of exempt) {
    const entry: ConfidentialEntry = { term: e, exempt: true };
    for (const v of variants(e)) conf.push([v, entry]);
  }
  const committees = (lists.committees ?? []).filter((c) => c && typeof c.name === 'string');
  return {
    confidential: new LiteralMatcher<ConfidentialEntry>(conf),
    exemptItems: literalPairs(exempt),
    liveApplications: literalPairs(strings(lists.liveApplications)),
    officers: new LiteralMatcher<Officer>((lists.officers ?? []).filter((o) => o && typeof o.name === 'string').map((o) => [o.name, o] as [string, Officer])),
    councillors: literalPairs(strings(lists.councillors)),
    familyNames: literalPairs(strings(lists.familyNames)),
    childrensSchools: literalPairs(strings(lists.childrensSchools)),
    controversialTopics: literalPairs(strings(lists.controversialTopics)),
    committees,
    regulatoryCommittees: committees.filter(isRegulatory),
    councilDomains: domains(lists.councilDomains),
    lowReliabilityDomains: domains(lists.lowReliabilityDomains),
    ownShortLinks: strings(lists.ownShortLinks).map((s) => s.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '')),
    roles: strings(lists.profile?.roles).map((r) => r.toLowerCase()),
    hasConfidential: conf.length > 0,
    confidentialKeys: squeezedKeys(conf.map((c) => c[0])),
    exemptKeys: squeezedKeys(exempt),
    liveApplicationKeys: squeezedKeys(strings(lists.liveApplications)),
  };
}

/** Squeezed forms of terms: skeleton words joined without spaces, repeated letters collapsed. */
function squeezedKeys(terms: string[]): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    const k = collapseRuns(skeleton(t).tokens.map((x) => x.text).join(''));
    if (k) out.add(k);
  }
  return [...out];
}

/**
 * A necessary condition for any literal match: a listed term's squeezed form occurs in the draft's
 * squeezed skeleton. A LiteralMatcher match (word by word, joined across spaces, or with repeated
 * letters) always implies it, so a false here lets a rule skip matching entirely.
 */
export function mayContainAny(doc: TextDoc, keys: readonly string[]): boolean {
  if (keys.length === 0) return false;
  const squeezed = doc.memo('lists:squeezed', () => squeeze(doc.skeleton.text));
  for (const k of keys) if (squeezed.includes(k)) return true;
  return false;
}

let squeezeBuf = new Uint16Array(1024);

/** collapseRuns(text without spaces), in one pass over char codes (no per-character string building). */
export function squeeze(s: string): string {
  const n = s.length;
  if (squeezeBuf.length < n) squeezeBuf = new Uint16Array(n);
  let k = 0;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === prev) continue;
    squeezeBuf[k++] = c;
    prev = c;
  }
  let out = '';
  for (let i = 0; i < k; i += 4096) out += String.fromCharCode.apply(null, squeezeBuf.subarray(i, Math.min(k, i + 4096)) as unknown as number[]);
  return out;
}

function literalPairs(list: string[]): LiteralMatcher<string> {
  return new LiteralMatcher<string>(list.map((s) => [s, s] as [string, string]));
}

function strings(list: readonly unknown[] | undefined): string[] {
  return (list ?? []).filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim());
}

/**
 * Spelling variants of a listed phrase, still literals: the phrase itself, its plural or singular
 * ("sale" ↔ "sales"), and for phrases of 3+ words each version with one inner word left out
 * ("Cortonwood retail park acquisition" → "Cortonwood park acquisition"), as catalog R30 asks.
 * First and last words always stay, so a variant is never a generic fragment.
 */
export function variants(phrase: string): string[] {
  const words = phrase.split(/\s+/).filter(Boolean);
  const out = new Set<string>([phrase]);
  const last = words[words.length - 1] ?? '';
  if (/[a-z]{3,}$/i.test(last)) {
    const stem = words.slice(0, -1);
    if (/[^s]s$/i.test(last)) out.add([...stem, last.slice(0, -1)].join(' '));
    else if (!/s$/i.test(last)) out.add([...stem, `${last}s`].join(' '));
  }
  if (words.length >= 3) {
    for (let i = 1; i < words.length - 1; i++) out.add([...words.slice(0, i), ...words.slice(i + 1)].join(' '));
  }
  return [...out];
}

/** yyyymmdd of an ISO date ("2025-06-01" or "2025-06-01T…"), read as a local calendar date. */
export function dateKeyOf(iso: string | undefined): number | undefined {
  if (typeof iso !== 'string') return undefined;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso.trim());
  if (!m) return undefined;
  return +m[1] * 10000 + +m[2] * 100 + +m[3];
}

/** yyyymmdd of a moment, in local time. */
export function dateKey(d: Date): number {
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
}

/**
 * Listed confidential terms found in the draft that are still confidential on `now`: a term whose
 * publicFrom date has passed (on or after that local date) is retired. Without `now`, a dated term
 * is still treated as confidential (unknown time is never "safe").
 */
export function confidentialMatches(doc: TextDoc): TermMatch<ConfidentialEntry>[] {
  // No lists, nothing listed (asked by rules on many drafts): no memo needed.
  if (!doc.settings.lists) return [];
  return doc.memo('lists:confidential', () => {
    const l = memberLists(doc);
    if (!l.hasConfidential || !mayContainAny(doc, l.confidentialKeys)) return [];
    const today = doc.now ? dateKey(doc.now) : undefined;
    return l.confidential
      .find(doc.skeleton)
      .filter((m) => !(m.term.publicFromKey !== undefined && today !== undefined && today >= m.term.publicFromKey));
  });
}

function domains(list: readonly unknown[] | undefined): string[] {
  return strings(list).map((d) => d.toLowerCase().replace(/^https?:\/\//, '').replace(/^\*\./, '').replace(/^www\./, '').replace(/\/.*$/, ''));
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIn(host: string, list: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return list.some((d) => d !== '' && (h === d || h.endsWith(`.${d}`)));
}

// ---------------------------------------------------------------------------------------------
// Regulatory matters and the member's committees (R37, R38): generic cues, plus lists.liveApplications.

/** Planning references: 2024/0123/FUL, 24/00512/FUL, B/23/01234/OUT (not dates such as 12/03/2024). */
export const PLAN_REF = /(?<![\/\d])(?:[A-Z]{1,3}\/)?\d{2,4}\/\d{3,6}\/[A-Z]{2,6}\b/g;
const REGULATORY_CUE =
  /\b(?:planning (?:application|permission|appeal|board|committee|decision)s?|applications?\b(?! forms?)|outline (?:planning )?(?:permission|application)|reserved matters|change of use|HMOs?\b|houses? (?:in|of) multiple occupation|(?:premises|late|alcohol|taxi|hackney|private hire|gambling|sex establishment|street trading|entertainment) licen[cs]es?|licen[cs]e (?:review|variation|application|hearing)|review hearing|licensing (?:hearing|committee|sub-committee|panel)|variation (?:of|to) (?:the )?(?:licen[cs]e|condition)|planning appeal|(?:get|gets|getting|go|goes|going) (?:through|past) (?:planning|committee|the committee)|at (?:planning|committee)|green belt)/gi;
const NOT_REGULATORY_APPLICATION = /\b(?:job|grant|funding|bid|lottery|visa|passport|school|university|college|council tax|benefit|housing benefit|blue badge|membership|season ticket|app|mobile) application\b/i;
/** Things that get planning permission or licences, for campaign posts that name the scheme, not the application. */
const DEVELOPMENT =
  /\b(?:Lidl|Aldi|Tesco|Asda|Sainsbury'?s|Morrisons|Co-?op|McDonald'?s|Costa|KFC|Amazon|drive-?thru|\d{2,5} (?:new )?(?:houses|homes|flats|dwellings)|housing (?:estate|development|scheme)|new estate|development|HMO|incinerator|warehouse|distribution (?:centre|park)|solar farm|wind (?:farm|turbines?)|quarry|phone mast|5G mast|extension|fracking|landfill|green belt|pub|nightclub|bar|takeaway)\b/i;

// One word of each REGULATORY_CUE alternative (a prefix where the pattern has no closing word break: "at
// committees", "licensed"), and the slash of a plan reference: without them neither scan finds anything.
const G_REGULATORY = defineGate('lists/regulatory', {
  chars: '/',
  words: ['application', 'applications', 'outline', 'reserved', 'change', 'hmo', 'hmos', 'house', 'houses', 'review', 'variation', 'through', 'past', 'green'],
  prefixes: ['planning', 'committee', 'licen'],
});

export interface RegulatoryMatter {
  start: number;
  end: number;
  /** 'licensing' for licences and premises, otherwise 'planning'. */
  kind: 'planning' | 'licensing';
  /** Listed by the member (lists.liveApplications), or a generic cue. */
  listed: boolean;
}

/** Regulatory matters named in the draft: listed applications and sites first, then generic cues. Memoised per draft. */
export function regulatoryMatters(doc: TextDoc): RegulatoryMatter[] {
  return doc.memo('lists:regulatory', () => {
    const text = doc.text;
    const out: RegulatoryMatter[] = [];
    const kindOf = (s: string): 'planning' | 'licensing' => (/licen[cs]|premises|taxi|hackney|gambling|alcohol|hearing/i.test(s) ? 'licensing' : 'planning');
    const l = memberLists(doc);
    if (l.liveApplications.size > 0 && mayContainAny(doc, l.liveApplicationKeys)) for (const m of l.liveApplications.find(doc.skeleton)) out.push({ start: m.start, end: m.end, kind: kindOf(text), listed: true });
    // The gate once the engine has read the draft (a bit test), before the pre-test's scan.
    const may = doc.cueState === undefined || gate(doc, G_REGULATORY);
    if (may && /\d\/\d|applica|planning|permission|reserved|change of use|HMO|multiple occupation|licen|hearing|variation|appeal|through|past|at committee|green belt/i.test(text)) {
      for (const m of doc.matchAll(PLAN_REF)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'planning', listed: false });
      for (const m of doc.matchAll(REGULATORY_CUE)) {
        const s = doc.sentenceAt(m.index);
        if (/application/i.test(m[0]) && NOT_REGULATORY_APPLICATION.test(text.slice(s.start, s.end))) continue;
        out.push({ start: m.index, end: m.index + m[0].length, kind: kindOf(m[0]), listed: false });
      }
    }
    return out;
  });
}

/** A development or licensed premises named without "application" ("the Wombwell Lane Lidl", "300 houses"). */
export function developmentAt(text: string): RegExpExecArray | null {
  return DEVELOPMENT.exec(text);
}

export interface CommitteeStanding {
  /** The member listed committees at all (else: unknown, rules run at their lower severity). */
  listed: boolean;
  /** The regulatory committee that decides this kind of matter (planning or licensing), if the member sits on one (incl. substitute). */
  deciding?: Committee;
  /** Any regulatory committee of the member. */
  regulatory?: Committee;
}

/** Does the member sit (or substitute) on the committee that would decide a matter of this kind? */
export function committeeStanding(doc: TextDoc, kind: 'planning' | 'licensing'): CommitteeStanding {
  const l = memberLists(doc);
  if (l.committees.length === 0) return { listed: false };
  const regulatory = l.regulatoryCommittees;
  const want = kind === 'licensing' ? /licen|regulat|hearing|taxi|gambling|alcohol/i : /planning|regulat|development/i;
  const deciding = regulatory.find((c) => want.test(`${c.type ?? ''} ${c.name}`)) ?? regulatory.find((c) => /^regulat/i.test(c.type ?? ''));
  return { listed: true, deciding, regulatory: regulatory[0] };
}

/** "the Planning committee (as a substitute)" for the panel. */
export function committeeLabel(c: Committee): string {
  const name = c.name.trim();
  const base = /\b(?:committee|board|panel|sub-committee)\b/i.test(name) ? name : `the ${name} committee`;
  return c.substitute ? `${base} (as a substitute)` : base;
}

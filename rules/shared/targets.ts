/**
 * Who a draft is about (catalog §1.3). Fast, regex- and list-based on every draft; enriched with
 * compromise's people() and organizations() when the NLP parse is available (full mode).
 *
 * Stable API (imported by other rule families and by the browser side):
 *   targets(doc)                       every target in the draft, in text order, memoised per draft
 *   coreTargets(doc)                   the same filtered to people, @mentions, roles and organisations, without
 *                                      the scans of the other kinds when no caller needs them
 *   targetNear(doc, span, kinds?, o?)  the nearest target to a span in the same sentence, or null
 *   targetsIn(doc, span, kinds?)       targets overlapping a span (e.g. a sentence)
 *   targetKey(name)                    the history key of a name: folded, honorific and possessive dropped
 *   targetKeys(text, lists?)           the history keys of the people/@mentions/organisations a text is about
 *   sameTargetKey(a, b)                whether two keys name the same target ("dyson" ~ "jane dyson")
 *   historyKeysFor(text, lists?)       the keys to record for R11 after posting: targetKeys of a critical post, else []
 *
 * Kinds:
 *   second-person  you / you're / ur / ya (in a reply: the parent author, `addressee: true`)
 *   mention        @handle
 *   person         a named person: honorific + name ("Cllr Morton", "Mr Patel"), a known first name +
 *                  surname ("Sarah Whitaker"), a listed officer/councillor/family name, or compromise people()
 *   role           a role noun: councillor, officer, planning officer, head of …, landlord, "the bloke who …"
 *                  (`role` says whose: 'officer' = council staff, 'member' = elected/public office,
 *                  'private' = a private individual, 'other')
 *   organisation   ProperNoun + Ltd/Builders/Roofing/… or compromise organizations()
 *   body           a public body or part of one: the council, the planning department, cabinet, the police
 *   group          a protected-group noun (Equality Act characteristics)
 *   self           I / me / my
 */
import type { TextDoc } from '../doc';
import { TextDoc as Doc } from '../doc';
import { fold } from '../normalize';
import type { MemberLists, Officer, Span } from '../types';
import { LiteralMatcher } from './literal';
import { defineGate, gate } from '../cues';
import { isCriticalPost, sentenceOf } from './conduct';
import { nlpParse } from './nlp-doc';
import { people } from './people';

export type TargetKind = 'second-person' | 'mention' | 'person' | 'role' | 'organisation' | 'body' | 'group' | 'self';

export interface Target extends Span {
  kind: TargetKind;
  /** The words as typed. */
  text: string;
  /** For people, @mentions and organisations: the history key (targetKey). */
  key?: string;
  /** For roles: whose role it is. Listed officers are 'officer', listed councillors 'member'. */
  role?: 'officer' | 'member' | 'private' | 'other';
  /** The name came from one of the member's lists. */
  listed?: 'officer' | 'councillor' | 'family';
  /** Second person in a reply: the parent author. */
  addressee?: boolean;
  /** How the person was found: 'honorific' | 'name' | 'list' | 'nlp' | 'first-name'. */
  via?: string;
}

export const PERSON_KINDS: readonly TargetKind[] = ['second-person', 'mention', 'person', 'role', 'organisation'];

// ---------------------------------------------------------------------------------------------
// Patterns. All bounded; no nested unbounded quantifiers.

const HONORIFIC_NAME =
  /\b(Cllrs?|Councillors?|Cr|Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Rev|Revd|Prof|PC|Sgt|Insp|Alderman|Mayor)\.?[ \t]+((?:Mc|Mac|O[’']|D[’'])?[A-Z][a-zA-Z’'-]{1,24}(?:[ \t]+(?:Mc|Mac|O[’']|D[’'])?[A-Z][a-zA-Z’'-]{1,24})?)/g;
const NAMED_AS = /\b(?:name(?:'s|’s| is| was)|called|named|known as)[ \t]+([A-Z][a-z]{2,20})\b/g;
const MENTION = /(?<![\w.@])@[A-Za-z0-9_]{2,30}\b/g;
const SECOND = /\b(?:you(?:'|’)?(?:re|ve|ll|d)?|your(?:self|selves)?|yours|youre|ur|ya|u)\b/gi;
const SELF = /\b(?:I(?:'|’)(?:m|ve|ll|d)|I|me|my|myself|mine)\b/g;

const ROLE =
  /\b(?:(?:the|this|that|our|your|their|his|her|a|an)[ \t]+)?(?:(?:planning|case|enforcement|licensing|housing|highways|environmental health|parking|council|senior|principal|monitoring|returning|press|communications|finance|legal|section 151|s151|duty|liaison|police|community safety|youth|welfare|benefits|tenancy|estate|waste|bin)[ \t]+)?(?:officers?|managers?)\b|\b(?:(?:the|our|their|your|a)[ \t]+)?(?:head|director|assistant director|executive director|deputy director|chief officer|service manager|team leader)[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Za-z&'’]{3,20})(?:[ \t]+(?:and|&)[ \t]+[A-Za-z'’]{3,20})?(?:[ \t]+services?)?\b|\b(?:(?:the|our|your|their|his|her|my|a|an)[ \t]+)?(?:chief executive|chief exec|ceo|(?:executive |assistant |deputy |service |strategic )?directors?|town clerk|parish clerk|clerk|social workers?|receptionists?|caseworkers?|headteacher|head teacher|bin (?:crew|men|man)|binmen|refuse collectors?|traffic wardens?|wardens?|inspectors?)\b|\b(?:the[ \t]+)?(?:lady|woman|man|bloke|lad|fella|guy|girl|chap|someone)[ \t]+(?:in|from|at)[ \t]+(?:the[ \t]+)?(?:planning|highways|housing|licensing|environmental health|parking|waste|council|customer services|the office|reception|the contact centre)\b/gi;
const MEMBER_ROLE =
  /\b(?:(?:the|our|your|their|a|an|some|ward|local|labour|tory|conservative|lib dem|reform|green|independent|opposition|cabinet|fellow)[ \t]+){0,3}(?:councillors?|cllrs?|council leader|leader of the council|deputy leader|the leader|mayor|mp|mps|cabinet members?|portfolio holders?|committee chair|chair of (?:the )?[a-z' ]{3,30}?(?:committee|association|board|trust|society|group|governors)|chairman|chairwoman|candidates?|parish councillors?)\b/gi;
const PRIVATE_ROLE =
  /\b(?:(?:the|this|that|my|our|his|her|their|a|some|many|most|all|these|those|local|private)[ \t]+)(?:landlord|landlady|neighbours?|residents?|tenants?|owner(?:s)?(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w’']{1,20}(?:[ \t]+[A-Z][\w’']{1,20}){0,3})?|family[ \t]+(?:at|from|in)[ \t]+(?:no\.?[ \t]*|number[ \t]+)?\d{1,4}|(?:man|woman|lad|bloke|lady|fella|guy|girl|couple|idiot|driver|person)[ \t]+(?:who|that|at|from|in|with)\b|(?:man|woman|lad|bloke|lady|fella|guy|girl|couple|person)\b)/gi;
const ORG_SUFFIX =
  /\b(?:[A-Z][A-Za-z&’'-]{1,20}[ \t]+){1,3}(?:Ltd|Limited|plc|PLC|LLP|Builders|Roofing|Developments|Developers|Homes|Taxis|Cabs|Construction|Contractors|Plumbing|Electrical|Motors|Garage|Estates|Lettings|Properties|Property|Group|Services|Scaffolding|Landscaping|Landscapes|Carpets|Kitchens|Windows|Cars|Builders’|Builders'|& Sons|and Sons|Solicitors|Accountants|Surveyors|Care|Nursery|Takeaway|Pizza|Barbers|Salon|Cafe|Café|Bar|Club|FC)\b/g;
const BODY =
  /\b(?:(?:the[ \t]+)?(?:council|authority|cabinet|executive|administration|government|police|nhs trust|combined authority|scrutiny committee|planning committee|licensing committee|committee|developers?|contractors?)|(?:the[ \t]+)?(?:planning|housing|highways|waste|licensing|finance|legal|education|children's services|social care|regeneration|parks|environmental health|parking|transport)[ \t]+(?:department|dept|team|service|services|directorate|office|committee)|highways|labour|tories|tory party|conservatives|lib dems|liberal democrats|reform(?: uk)?|greens?|the party)\b/gi;
const GROUP =
  /\b(?:muslims?|jews|jewish people|christians|hindus|sikhs|gays|gay people|lesbians|trans (?:people|women|men)|transgender people|bisexuals|immigrants|migrants|asylum seekers|refugees|travellers|gypsies|roma|disabled people|the disabled|black people|blacks|asians|asian people|poles|polish people|romanians|pakistanis|foreigners|eastern europeans|pensioners|old people|women|men)\b/gi;

/** Second words that make a capitalised pair a place or thing, not a surname. */
// Words every match of a pattern holds, as gates (rules/cues.ts): a draft without any of them skips that scan.
const HONORIFIC_WORDS = ['cllr', 'cllrs', 'councillor', 'councillors', 'cr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd', 'prof', 'pc', 'sgt', 'insp', 'alderman', 'mayor'];
const NAMED_AS_WORDS = ['name', 'called', 'named', 'known'];
const ROLE_WORDS = ['officer', 'officers', 'manager', 'managers', 'head', 'director', 'directors', 'leader', 'chief', 'ceo', 'clerk', 'worker', 'workers', 'receptionist', 'receptionists', 'caseworker', 'caseworkers', 'headteacher', 'bin', 'binmen', 'refuse', 'warden', 'wardens', 'inspector', 'inspectors', 'lady', 'woman', 'man', 'bloke', 'lad', 'fella', 'guy', 'girl', 'chap', 'someone'];
const MEMBER_ROLE_WORDS = ['councillor', 'councillors', 'cllr', 'cllrs', 'leader', 'mayor', 'mp', 'mps', 'cabinet', 'portfolio', 'chair', 'chairman', 'chairwoman', 'candidate', 'candidates'];
const PRIVATE_ROLE_WORDS = ['family', 'man', 'woman', 'lad', 'bloke', 'lady', 'fella', 'guy', 'girl', 'couple', 'idiot', 'driver', 'person'];
/** PRIVATE_ROLE's first alternatives have no \b after them ("landlords", "residential" match too). */
const PRIVATE_ROLE_PREFIXES = ['landl', 'neighbour', 'resident', 'tenant', 'owner'];
const ORG_SUFFIX_WORDS = ['ltd', 'limited', 'plc', 'llp', 'builders', 'roofing', 'developments', 'developers', 'homes', 'taxis', 'cabs', 'construction', 'contractors', 'plumbing', 'electrical', 'motors', 'garage', 'estates', 'lettings', 'properties', 'property', 'group', 'services', 'scaffolding', 'landscaping', 'landscapes', 'carpets', 'kitchens', 'windows', 'cars', 'sons', 'solicitors', 'accountants', 'surveyors', 'care', 'nursery', 'takeaway', 'pizza', 'barbers', 'salon', 'cafe', 'caf', 'bar', 'club', 'fc'];
const BODY_WORDS = ['council', 'authority', 'cabinet', 'executive', 'administration', 'government', 'police', 'nhs', 'committee', 'developer', 'developers', 'contractor', 'contractors', 'department', 'dept', 'team', 'service', 'services', 'directorate', 'office', 'highways', 'labour', 'tories', 'tory', 'conservatives', 'lib', 'liberal', 'reform', 'green', 'greens', 'party'];
/** Gates other rules may test too: an honorific before a name, a name introduced as one ('called Kev'). */
export const G_HONORIFIC = defineGate('targets/honorific', { words: HONORIFIC_WORDS });
export const G_NAMED_AS = defineGate('targets/named-as', { words: NAMED_AS_WORDS });
const G_ROLE = defineGate('targets/role', { words: ROLE_WORDS });
const G_MEMBER_ROLE = defineGate('targets/member-role', { words: MEMBER_ROLE_WORDS });
const G_PRIVATE_ROLE = defineGate('targets/private-role', { words: PRIVATE_ROLE_WORDS, prefixes: PRIVATE_ROLE_PREFIXES });
const G_ORG_SUFFIX = defineGate('targets/org-suffix', { words: ORG_SUFFIX_WORDS });
const G_BODY = defineGate('targets/body', { words: BODY_WORDS });
const G_MENTION = defineGate('targets/mention', { chars: '@' });

/**
 * Every match of a pattern starting in [lo, hi) when the draft may hold one of its words (gate `g`), else none.
 * From a cut (windowFor) the scan finds the whole draft's matches there: no match runs across a cut, so the
 * whole draft's scan resumes at or after it exactly where a scan started at it begins.
 */
function scanIn(doc: TextDoc, g: string | null, re: RegExp, lo: number, hi: number): RegExpExecArray[] {
  if (g !== null && !gate(doc, g)) return [];
  if (lo === 0 && hi === doc.text.length) return doc.matchAll(re);
  const out: RegExpExecArray[] = [];
  re.lastIndex = lo;
  for (let m: RegExpExecArray | null; (m = re.exec(doc.text)) && m.index < hi; ) out.push(m); // no pattern here matches ''
  re.lastIndex = 0;
  return out;
}

const NOT_SURNAME = new Set(
  'street st road rd lane avenue ave close drive way crescent court grove terrace place gardens walk hill row mews view rise square green park centre center hall house school college academy church chapel council borough library station hospital surgery estate farm wood woods bridge road\'s market fields field common moor lodge arms inn hotel club ward town city village ltd limited homes builders roofing'.split(' '),
);
const SENTENCE_START_WORDS = new Set('the this that these those thanks thank well great good huge many some our my your his her their its it we you they he she there here what when where why how who just please also and but so if then after before today tonight yesterday tomorrow'.split(' '));

// ---------------------------------------------------------------------------------------------

const officerMatchers = new WeakMap<object, LiteralMatcher<{ listed: Target['listed']; name: string; department?: string }>>();

function listMatcher(lists: MemberLists) {
  const key = lists as object;
  let m = officerMatchers.get(key);
  if (m) return m;
  const terms: [string, { listed: Target['listed']; name: string; department?: string }][] = [];
  for (const o of lists.officers ?? []) {
    const off = normaliseOfficer(o);
    if (!off) continue;
    terms.push([off.name, { listed: 'officer', name: off.name, department: off.department }]);
    const parts = off.name.split(/\s+/);
    // "Ms Whitaker", "Mrs Whitaker": a listed surname with an honorific.
    if (parts.length > 1) for (const h of ['mr', 'mrs', 'ms', 'miss', 'dr']) terms.push([`${h} ${parts[parts.length - 1]}`, { listed: 'officer', name: off.name, department: off.department }]);
  }
  for (const c of lists.councillors ?? []) if (typeof c === 'string' && c.trim()) terms.push([c, { listed: 'councillor', name: c }]);
  for (const f of lists.familyNames ?? []) if (typeof f === 'string' && f.trim()) terms.push([f, { listed: 'family', name: f }]);
  m = new LiteralMatcher(terms);
  officerMatchers.set(key, m);
  return m;
}

/** An officer list entry, tolerating "Sarah Whitaker (Planning)" typed as the name. */
export function normaliseOfficer(o: Officer | string | undefined | null): { name: string; department?: string } | null {
  if (!o) return null;
  const raw = typeof o === 'string' ? { name: o } : o;
  if (typeof raw.name !== 'string') return null;
  let name = raw.name.trim();
  let department = typeof raw.department === 'string' ? raw.department.trim() : undefined;
  const paren = /^(.*?)\s*\(([^)]{1,60})\)\s*$/.exec(name);
  if (paren) {
    name = paren[1].trim();
    department = department || paren[2].trim();
  }
  return name ? { name, department: department || undefined } : null;
}

/**
 * The keys of names seen lately: the same names come back draft after draft (the draft is analysed as it is
 * typed), and a key costs a fold and four replaces. A pure function of the name, so a cache changes nothing.
 */
const KEYS = new Map<string, string>();
const MAX_KEYS = 2000;

/** The history key of a name: folded, honorifics, possessive and punctuation dropped ("Cllr Dyson's" → "dyson"). */
export function targetKey(name: string): string {
  if (name.length > 100) return keyOf(name); // names are short; keep the cache small
  let k = KEYS.get(name);
  if (k === undefined) {
    k = keyOf(name);
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(name, k);
  }
  return k;
}

function keyOf(name: string): string {
  let s = fold(name).text.trim();
  if (s.startsWith('@')) return '@' + s.slice(1).replace(/[^a-z0-9_]/g, '');
  s = s.replace(/['’]s\b/g, '').replace(/[^a-z0-9\s'-]/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^(?:(?:cllrs?|councillors?|cr|mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|rev|revd|prof|pc|sgt|insp|alderman|mayor)\.?\s+)+/, '');
  return s;
}

/** Whether two history keys name the same target: equal, or one is a single word that is the other's first or last word. */
export function sameTargetKey(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  if (a.startsWith('@') || b.startsWith('@')) return a === b;
  const wa = a.split(' '), wb = b.split(' ');
  if (wa.length === 1 && wb.length > 1) return wb[wb.length - 1] === a || wb[0] === a;
  if (wb.length === 1 && wa.length > 1) return wa[wa.length - 1] === b || wa[0] === b;
  return false;
}

function overlaps(a: Span, b: Span) {
  return a.start < b.end && b.start < a.end;
}

/** Every target in the draft, in text order. Memoised per draft. */
export function targets(doc: TextDoc): Target[] {
  const st = state(doc);
  return (st.all ??= computeTargets(doc, fullPlan(doc, true)));
}

/** The kinds most callers ask for: who is named or addressed by role (no bodies, groups, second person or self). */
export const CORE_KINDS: readonly TargetKind[] = ['person', 'mention', 'role', 'organisation'];
const CORE = new Set<TargetKind>(CORE_KINDS);

/**
 * The targets of the core kinds (people, @mentions, roles, organisations), in text order: the same as
 * targets(doc) filtered to those kinds, without the scans of the other kinds (bodies, groups, second
 * person, self) when nothing else needed them. Memoised per draft.
 */
export function coreTargets(doc: TextDoc): Target[] {
  const st = state(doc);
  if (st.core) return st.core;
  // The core kinds never look at the others (their overlap tests are among themselves), so computed alone they
  // are the full list's core targets, in the same order; unless the full list is at hand anyway, or the NLP
  // pass or the cap on targets (long drafts) ties them to the others.
  st.core = st.all || doc.nlp || doc.text.length * KINDS >= MAX_TARGETS ? targets(doc).filter((t) => CORE.has(t.kind)) : computeTargets(doc, fullPlan(doc, false));
  return st.core;
}

/** The per-draft lists: every kind, the core kinds alone, and the stretches read by targetsIn. */
function state(doc: TextDoc): { all?: Target[]; core?: Target[]; windows?: Map<string, Target[]> } {
  return doc.memo('targets', () => ({}));
}

const canUseCore = (kinds?: readonly TargetKind[]) => !!kinds && kinds.every((k) => CORE.has(k));

/** At most this many targets per draft (pathological input stays linear). */
const MAX_TARGETS = 5000;
/** The kinds of target: each kind's targets are disjoint and not empty, so a draft has at most KINDS × length. */
const KINDS = 8;

/**
 * What a computation reads: the core kinds always; bodies, groups, second person and self when asked
 * (`all` = every kind and the NLP pass); and only the targets in [lo, hi), two cuts no pattern reads across
 * (windowFor), or the whole draft.
 */
interface Plan { all: boolean; body: boolean; group: boolean; second: boolean; self: boolean; lo: number; hi: number }

const fullPlan = (doc: TextDoc, all: boolean): Plan => ({ all, body: all, group: all, second: all, self: all, lo: 0, hi: doc.text.length });

/** The targets of the kinds and the part of the draft a plan asks for. */
function computeTargets(doc: TextDoc, plan: Plan): Target[] {
  const text = doc.text;
  const out: Target[] = [];
  // Which characters each kind of target already covers: overlap tests in time proportional to the span,
  // so a long draft with thousands of names stays linear. One row of `stride` bytes per kind, in a block
  // kept between drafts (a typed array of its own per kind and draft cost more than the scans it spares).
  const stride = text.length + 1;
  const size = KIND_ORDER.length * stride;
  const reuse = !coverInUse && size <= COVER_BLOCK.length;
  const cover = reuse ? COVER_BLOCK : new Uint8Array(size);
  if (reuse) {
    cover.fill(0, 0, size);
    coverInUse = true;
  }
  let coveredKinds = 0;
  // `kinds` is a mask of rows (K_* below): no array per test, and only the rows some target has marked are read.
  const covered = (kinds: number, sp: Span): boolean => {
    for (let m = kinds & coveredKinds, row = 0; m; m >>>= 1, row++) {
      if (!(m & 1)) continue;
      const o = row * stride;
      for (let i = sp.start; i < sp.end; i++) if (cover[o + i]) return true;
    }
    return false;
  };
  const add = (t: Target) => {
    // A safety cap for pathological input.
    if (out.length >= MAX_TARGETS) return;
    // Keep the first (most specific) target at a position; drop later ones it covers.
    const row = KIND_ROW[t.kind];
    if (covered(1 << row, t)) return;
    coveredKinds |= 1 << row;
    cover.fill(1, row * stride + t.start, row * stride + t.end);
    out.push(t);
  };
  try {
    return findTargets(doc, plan, out, covered, add);
  } finally {
    if (reuse) coverInUse = false;
  }
}

const KIND_ORDER: readonly TargetKind[] = ['second-person', 'mention', 'person', 'role', 'organisation', 'body', 'group', 'self'];
const KIND_ROW = Object.fromEntries(KIND_ORDER.map((k, i) => [k, i])) as Record<TargetKind, number>;
/** Masks of cover rows for covered(). */
const K_MENTION = 1 << KIND_ROW.mention;
const K_PERSON = 1 << KIND_ROW.person;
const K_ROLE = 1 << KIND_ROW.role;
const K_ORGANISATION = 1 << KIND_ROW.organisation;
const K_BODY = 1 << KIND_ROW.body;
const K_GROUP = 1 << KIND_ROW.group;
/** The cover rows of drafts up to 4 KB, reused (computeTargets does not call itself; the flag guards it anyway). */
const COVER_BLOCK = new Uint8Array(KIND_ORDER.length * 4097);
let coverInUse = false;

function findTargets(doc: TextDoc, plan: Plan, out: Target[], covered: (kinds: number, sp: Span) => boolean, add: (t: Target) => void): Target[] {
  const text = doc.text;
  const { all, lo, hi } = plan;
  const scan = (g: string | null, re: RegExp) => scanIn(doc, g, re, lo, hi);
  const isReply = doc.context.kind === 'reply' || doc.context.kind === 'comment';

  // Listed names first: they are the most certain.
  const lists = doc.lists;
  if ((lists.officers?.length ?? 0) + (lists.councillors?.length ?? 0) + (lists.familyNames?.length ?? 0) > 0) {
    for (const m of listMatcher(lists).find(doc.skeleton)) {
      add({ start: m.start, end: m.end, kind: 'person', text: text.slice(m.start, m.end), key: targetKey(m.term.name), listed: m.term.listed, role: m.term.listed === 'officer' ? 'officer' : m.term.listed === 'councillor' ? 'member' : 'private', via: 'list' });
    }
    // "Sarah in planning": a listed officer's first name next to their department.
    for (const o of lists.officers ?? []) {
      const off = normaliseOfficer(o);
      if (!off) continue;
      const first = off.name.split(/\s+/)[0];
      if (first.length < 2) continue;
      const re = new RegExp(`\\b${escapeRe(first)}\\b`, 'gi');
      for (const m of doc.matchAll(re)) {
        if (covered(K_PERSON, { start: m.index, end: m.index + 1 })) continue;
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40).toLowerCase();
        const before = text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
        const dept = off.department?.toLowerCase();
        const deptNear = dept ? after.includes(dept.split(/\s+/)[0]) || before.includes(dept.split(/\s+/)[0]) : false;
        if (deptNear || /^\s*(?:in|from|at)\s+(?:the\s+)?(?:council|planning|highways|housing|licensing|waste|parking)/.test(after)) {
          add({ start: m.index, end: m.index + m[0].length, kind: 'person', text: m[0], key: targetKey(off.name), listed: 'officer', role: 'officer', via: 'list' });
        }
      }
    }
  }

  // Named people: the fast, NLP-free detector (rules/shared/people.ts).
  for (const p of people(doc)) {
    if (out.length >= MAX_TARGETS) break;
    if (p.end <= lo || p.start >= hi) continue; // outside the window: overlaps nothing in it
    if (p.kind === 'mention') continue; // below, with the reply addressee
    const w = text.slice(p.start, p.end);
    const title = (p.title ?? '').toLowerCase();
    const listed = p.kind === 'listed' ? (p.list === 'officers' ? 'officer' : p.list === 'councillors' ? 'councillor' : 'family') : undefined;
    const role: Target['role'] = listed === 'officer' ? 'officer' : listed === 'councillor' || /^(cllrs?|councillors?)$/.test(title) ? 'member' : listed === 'family' ? 'private' : undefined;
    if (listed && covered(K_PERSON, p)) continue;
    add({ start: p.start, end: p.end, kind: 'person', text: w, key: targetKey(listed ? p.name : w), role, listed, via: p.kind === 'listed' ? 'list' : p.kind === 'first' ? 'first-name' : p.kind === 'full' ? 'name' : 'honorific' });
  }
  // Honorifics people.ts does not take (Mayor, PC, Lord, Lady, Alderman…).
  for (const m of scan(G_HONORIFIC, HONORIFIC_NAME)) {
    if (out.length >= MAX_TARGETS) break;
    const span = { start: m.index, end: m.index + m[0].length };
    if (covered(K_PERSON, span)) continue;
    const hon = m[1].toLowerCase();
    const name = m[2];
    if (NOT_SURNAME.has(name.toLowerCase())) continue;
    const role: Target['role'] = /^(cllrs?|councillors?|cr|mayor|alderman)$/.test(hon) ? 'member' : undefined;
    add({ start: span.start, end: span.end, kind: 'person', text: m[0], key: targetKey(m[0]), role, via: 'honorific' });
  }
  for (const m of scan(G_MENTION, MENTION)) if (out.length < MAX_TARGETS) add({ start: m.index, end: m.index + m[0].length, kind: 'mention', text: m[0], key: targetKey(m[0]), addressee: isReply && m.index < 2 ? true : undefined });

  for (const m of scan(G_MEMBER_ROLE, MEMBER_ROLE)) {
    if (out.length >= MAX_TARGETS) break;
    if (covered(K_PERSON, { start: m.index, end: m.index + m[0].length })) continue;
    add({ start: m.index, end: m.index + m[0].length, kind: 'role', text: m[0], role: 'member' });
  }
  for (const m of scan(G_ROLE, ROLE)) {
    if (out.length >= MAX_TARGETS) break;
    const span = { start: m.index, end: m.index + m[0].length };
    if (covered(K_ROLE, span)) continue;
    add({ start: span.start, end: span.end, kind: 'role', text: m[0], role: 'officer' });
  }
  for (const m of scan(G_PRIVATE_ROLE, PRIVATE_ROLE)) {
    if (out.length >= MAX_TARGETS) break;
    const span = { start: m.index, end: m.index + m[0].length };
    if (covered(K_ROLE, span)) continue;
    add({ start: span.start, end: span.end, kind: 'role', text: m[0], role: 'private' });
  }
  for (const m of scan(G_ORG_SUFFIX, ORG_SUFFIX)) {
    if (out.length >= MAX_TARGETS) break;
    let s = m.index;
    let t = m[0];
    // Drop a sentence-start function word swallowed by the pattern ("Avoid Acme Roofing").
    const firstWord = /^(\S+)\s+/.exec(t);
    if (firstWord && (SENTENCE_START_WORDS.has(firstWord[1].toLowerCase()) || /^(avoid|use|try|ask|call|thanks|never|don't|watch|beware|by|from|with|at|to)$/i.test(firstWord[1])) && t.split(/\s+/).length > 2) {
      s += firstWord[0].length;
      t = t.slice(firstWord[0].length);
    }
    add({ start: s, end: s + t.length, kind: 'organisation', text: t, key: targetKey(t) });
  }
  if (plan.body) for (const m of scan(G_BODY, BODY)) {
    if (out.length >= MAX_TARGETS) break;
    const span = { start: m.index, end: m.index + m[0].length };
    if (covered(K_ORGANISATION | K_ROLE, span)) continue;
    // Party names are capitalised; "reform" and "green" as common words are not bodies.
    if (/^(?:reform|greens?|labour)$/i.test(m[0]) && !/^[A-Z]/.test(m[0])) continue;
    add({ start: span.start, end: span.end, kind: 'body', text: m[0] });
  }
  // Protected groups on the skeleton, so "w0men" and "Musl1ms" count too (the whole draft even in a window:
  // the skeleton may join words across a cut; groups only overlap groups, so the others do not depend on them).
  if (plan.group) {
    const sk = doc.skeleton;
    GROUP.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = GROUP.exec(sk.text)) && out.length < MAX_TARGETS) {
      const start = sk.from[m.index];
      const end = sk.to[m.index + m[0].length - 1];
      add({ start, end, kind: 'group', text: text.slice(start, end) });
    }
  }
  if (plan.second) for (const m of scan(null, SECOND)) {
    if (out.length >= MAX_TARGETS) break;
    const w = m[0];
    if ((w === 'u' || w === 'ya' || w === 'ur') && text[m.index + w.length] === '-') continue;
    if (w === 'U' || w === 'UR' || w === 'Ya' || w === 'YA' || w === 'Ur') continue;
    add({ start: m.index, end: m.index + w.length, kind: 'second-person', text: w, addressee: isReply || undefined });
  }
  if (plan.self) for (const m of scan(null, SELF)) if (out.length < MAX_TARGETS) add({ start: m.index, end: m.index + m[0].length, kind: 'self', text: m[0] });

  // Full mode: people and organisations compromise found that the patterns missed (nlpParse parses only
  // the sentences that may hold a name; the parser caches each sentence).
  const p = all ? nlpParse(doc) : null;
  if (p) {
    for (const s of p.people) {
      if (out.length >= MAX_TARGETS) break;
      if (covered(K_PERSON | K_ROLE | K_ORGANISATION, s)) continue;
      const w = text.slice(s.start, s.end).replace(/[.,;:!?]+$/, '').replace(/['’]s$/, '');
      if (w.length < 2 || /^(?:i|you|he|she|they|we)$/i.test(w)) continue;
      add({ start: s.start, end: s.start + w.length, kind: 'person', text: w, key: targetKey(w), via: 'nlp' });
    }
    for (const s of p.organizations) {
      if (out.length >= MAX_TARGETS) break;
      if (covered(K_PERSON | K_ROLE | K_ORGANISATION | K_BODY | K_MENTION | K_GROUP, s)) continue;
      const w = text.slice(s.start, s.end).replace(/[.,;:!?]+$/, '').replace(/['’]s$/, '');
      if (w.length < 2) continue;
      add({ start: s.start, end: s.start + w.length, kind: 'organisation', text: w, key: targetKey(w), via: 'nlp' });
    }
  }
  // A listed name the literal matcher missed because of a possessive ("Sarah Whitaker's salary").
  if (lists.officers?.length || lists.councillors?.length || lists.familyNames?.length) {
    const offKeys = (lists.officers ?? []).map((o) => normaliseOfficer(o)).filter((o): o is { name: string } => !!o).map((o) => [targetKey(o.name), o.name] as const);
    const cllrKeys = (lists.councillors ?? []).filter((c) => typeof c === 'string').map((c) => [targetKey(c), c] as const);
    const famKeys = (lists.familyNames ?? []).filter((c) => typeof c === 'string').map((c) => [targetKey(c), c] as const);
    for (const t of out) {
      if (t.kind !== 'person' || t.listed || !t.key) continue;
      const off = offKeys.find(([k]) => k === t.key);
      const cl = cllrKeys.find(([k]) => k === t.key);
      if (off) Object.assign(t, { listed: 'officer', role: 'officer', key: off[0] });
      else if (cl) Object.assign(t, { listed: 'councillor', role: 'member', key: cl[0] });
      else {
        const fam = famKeys.find(([k]) => k === t.key);
        if (fam) Object.assign(t, { listed: 'family', role: 'private', key: fam[0] });
      }
    }
  }
  // "His name's Gavin", "a man called Kev": a name introduced as one.
  for (const m of scan(G_NAMED_AS, NAMED_AS)) {
    if (out.length >= MAX_TARGETS) break;
    const start = m.index + m[0].length - m[1].length;
    const span = { start, end: start + m[1].length };
    if (NOT_SURNAME.has(m[1].toLowerCase()) || covered(K_PERSON, span)) continue;
    add({ start: span.start, end: span.end, kind: 'person', text: m[1], key: targetKey(m[1]), via: 'first-name' });
  }
  // A name-shaped pair that is really a role ("the Executive Director") or a street ("Victoria Road") is not a person.
  const cleaned = out.filter((t) => {
    if (t.kind !== 'person' || t.listed || t.via === 'honorific' || t.via === 'nlp') return true;
    if (covered(K_ROLE | K_ORGANISATION, t)) return false;
    const next = /^[ \t]+([A-Z][a-z]+)/.exec(text.slice(t.end, t.end + 16));
    return !(next && NOT_SURNAME.has(next[1].toLowerCase()));
  });
  return cleaned.sort((a, b) => a.start - b.start || b.end - a.end);
}

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Targets overlapping a span (e.g. a sentence), optionally of some kinds only. */
export function targetsIn(doc: TextDoc, span: Span, kinds?: readonly TargetKind[]): Target[] {
  const keep = (t: Target) => overlaps(t, span) && (!kinds || kinds.includes(t.kind));
  if (canUseCore(kinds)) return coreTargets(doc).filter(keep);
  const st = state(doc);
  // Kinds beyond the core ones, and no full list yet: only the part of the draft around the span is read.
  if (kinds && !st.all && windowable(doc)) return windowTargets(doc, span, kinds).filter(keep);
  return targets(doc).filter(keep);
}

/**
 * Whether a draft's targets near a span can be computed from the text around it alone: not with the NLP
 * pass (it parses whole sentences and its people look at every other kind), nor with member lists (their
 * literal matcher reads the skeleton), nor on a draft long enough for the cap on targets.
 */
function windowable(doc: TextDoc): boolean {
  const l = doc.lists;
  return !doc.nlp && !l.officers?.length && !l.councillors?.length && !l.familyNames?.length && doc.text.length * KINDS < MAX_TARGETS;
}

/**
 * The targets of some kinds in the stretch of the draft between the cuts around a span, memoised per
 * stretch and kinds: the same targets as targets(doc) there (every pattern's matches there are the whole
 * draft's, and targets only shut out targets they overlap), for the allegation rules, which read one or two
 * sentences of a draft.
 */
function windowTargets(doc: TextDoc, span: Span, kinds: readonly TargetKind[]): Target[] {
  const text = doc.text;
  let lo = Math.max(0, Math.min(span.start, text.length));
  while (!isCut(text, lo)) lo--;
  let hi = Math.min(text.length, Math.max(span.end, lo));
  while (!isCut(text, hi)) hi++;
  const plan: Plan = { all: false, body: kinds.includes('body'), group: kinds.includes('group'), second: kinds.includes('second-person'), self: kinds.includes('self'), lo, hi };
  const key = `${lo}:${hi}:${+plan.body}${+plan.group}${+plan.second}${+plan.self}`;
  const windows = (state(doc).windows ??= new Map());
  let ts = windows.get(key);
  if (!ts) windows.set(key, (ts = computeTargets(doc, plan)));
  return ts;
}

/** Honorifics and "no" ("no. 14"): the two patterns that read through a full stop ("Dr. Patel", "family at no. 14"). */
const READ_THROUGH_STOP = new Set([...HONORIFIC_WORDS, 'no']);

/**
 * Whether no pattern's match can run across position i: the ends of the draft, a line break before it (no
 * pattern matches one), or spaces after a '!', '?' or '.' (no pattern holds '!' or '?', and only HONORIFIC_NAME
 * and PRIVATE_ROLE read through a full stop, after an honorific or "no"). Any other position is not a cut,
 * which only makes a window larger.
 */
function isCut(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const c = text.charCodeAt(i - 1);
  if (c === 10) return true;
  if (c !== 32 && c !== 9) return false;
  let j = i - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  if (j < 0) return true;
  const p = text.charCodeAt(j);
  if (p === 33 || p === 63) return true;
  if (p !== 46) return false;
  let k = j;
  while (k > 0 && /[A-Za-z]/.test(text[k - 1])) k--;
  return !READ_THROUGH_STOP.has(text.slice(k, j).toLowerCase());
}

export interface NearOptions {
  /** Search the whole sentence (default) or only within this many characters of the span. */
  window?: number;
  /** Only targets before (or after) the span. */
  side?: 'before' | 'after';
}

/** The nearest target to a span within its sentence (or a character window), or null. */
export function targetNear(doc: TextDoc, span: Span, kinds?: readonly TargetKind[], opts: NearOptions = {}): Target | null {
  const sent = sentenceOf(doc, span.start);
  const lo = opts.window !== undefined ? Math.max(sent.start, span.start - opts.window) : sent.start;
  const hi = opts.window !== undefined ? Math.min(sent.end, span.end + opts.window) : sent.end;
  let best: Target | null = null;
  let bestD = Infinity;
  for (const t of canUseCore(kinds) ? coreTargets(doc) : targets(doc)) {
    if (kinds && !kinds.includes(t.kind)) continue;
    if (t.end <= lo || t.start >= hi) continue;
    if (opts.side === 'before' && t.start >= span.start) continue;
    if (opts.side === 'after' && t.end <= span.end) continue;
    if (overlaps(t, span) && !(t.start <= span.start && t.end >= span.end)) {
      // A target inside the span itself counts as distance 0.
    }
    const d = t.end <= span.start ? span.start - t.end : t.start >= span.end ? t.start - span.end : 0;
    if (d < bestD) {
      best = t;
      bestD = d;
    }
  }
  return best;
}

/**
 * The history keys of who a text is about: named people, @mentions, listed names and named
 * organisations (not roles, bodies, groups or pronouns). The browser side stores these (with a
 * timestamp) for each critical post the member makes, and passes them back as context.history.
 */
export function targetKeys(text: string, lists?: MemberLists): string[] {
  const doc = new Doc(text, {}, { lists });
  const keys: string[] = [];
  for (const t of coreTargets(doc)) {
    if (!t.key || (t.kind !== 'person' && t.kind !== 'mention' && t.kind !== 'organisation')) continue;
    if (!keys.includes(t.key)) keys.push(t.key);
  }
  return keys;
}

/**
 * What the browser side records after the member posts: the history keys of a critical post's
 * targets, or [] when the post is not critical (thanks, news). Store each key with the posting time
 * as a context.history entry { target: key, at: epochMs } and pass recent entries back to analyze().
 */
export function historyKeysFor(text: string, lists?: MemberLists): string[] {
  return isCriticalPost(text) ? targetKeys(text, lists) : [];
}

/**
 * The conduct lexicon pass: ONE walk over the draft's skeleton (normalize.ts: case, accents,
 * invisible characters, look-alikes, full-width and mathematical letters, leetspeak, spaced letters
 * already undone, offsets mapped back to the original), shared by every conduct rule through
 * doc.memo. Each word of the draft becomes a `Unit` with its senses (profanity tier, insult, slur and
 * protected characteristic, protected group, hostile word, harm verb), and the units form a
 * canonical `stream` ("GRP are HADJ", "you're a INS") that the rules match with bounded patterns.
 *
 * WHY this matcher, and not `obscenity` or shared/literal.ts (measured by C1 with a one-off script,
 * 1,000 drafts of 280 characters built from Davidson tweets, CPU time on the shared 2-core machine
 * under load, so read the ratios): skeleton alone 20 µs; skeleton + this pass (~1,500 entries with
 * every inflection, groups, hostility and harm words) 53 µs; skeleton + LiteralMatcher over only the
 * 527 profanity/insult/slur terms 54 µs; obscenity's English matcher 80 µs.
 * - Profanity, insults, slurs (all parts): our token-map pass. Same cost as LiteralMatcher for 4x the
 *   vocabulary, and it adds what LiteralMatcher cannot: masked wildcards (f***ing, c**t, p*key),
 *   generated inflections, misspellings (one letter left out or two swapped), run-together words,
 *   a canonical stream for the meaning patterns, and senses with tiers and characteristics.
 * - `obscenity` was not used for any part: on the catalog's own probes it flags "Penistone" and
 *   "Dick Turpin" and misses "c**t", "stfu", "p*keys", "bellend", "wazzock", "f u c k" and
 *   "f\u200Duck"; it has no tiers (mild British words must never flag), no characteristics and no
 *   insult or group senses; its offsets are on its own transformed text; and it would repeat the
 *   normalisation the skeleton already does for every rule. Its one edge (patterns inside longer
 *   words) is covered here by a short list of compound stems guarded by the UK allowlist.
 * - shared/literal.ts (LiteralMatcher) stays the tool for member and council lists (any text, no
 *   patterns) and is used here for the shipped UK allowlist's public check, isAllowlisted().
 * The data lives in the sibling files (profanity, insults, slurs, groups, hostility, threats, places),
 * separate from this matcher, like obscenity's presets.
 */
import type { TextDoc } from '../../doc';
import { collapseRuns, type SkeletonToken } from '../../normalize';
import { LiteralMatcher } from '../literal';
import type { Span } from '../../types';
import { GROUP_ADJECTIVES, GROUP_NOUNS, GROUP_SINGULARS, PERSON_NOUNS } from './groups';
import { DEHUMANISING, HATE_NOUNS, HATE_VERBS, HOSTILE_ADJ } from './hostility';
import { INSULT_ADJS, INSULT_NOUNS, WEAK_INSULTS } from './insults';
import { UK_ALLOWLIST } from './places';
import { PROFANITY, type ProfanityTier } from './profanity';
import { FRAME_ALSO, SLURS, type Characteristic } from './slurs';
import { HARM_VERBS } from './threats';
import { FUZZY_BLOCK, SPLIT_BLOCK } from './fuzzy-block';

export type { Characteristic } from './slurs';
export type { ProfanityTier } from './profanity';
export { SEXUAL_EMOJI_RE, mayHaveSexualEmoji } from './profanity';
export { UK_ALLOWLIST } from './places';
export { HARM_VERBS, WEAPON_EMOJI, FIGURATIVE } from './threats';
export { DEHUMANISING, HOSTILE_ADJ, HATE_VERBS, HATE_NOUNS, REMOVAL_VERBS } from './hostility';
export { INSULT_NOUNS, INSULT_ADJS } from './insults';
export { SLURS } from './slurs';
export { GROUP_NOUNS, GROUP_ADJECTIVES, PERSON_NOUNS } from './groups';

export type SenseKind =
  | 'profanity'
  | 'insult'
  | 'insult-adj'
  | 'slur'
  | 'group'
  | 'group-adj'
  | 'group-single'
  | 'person'
  | 'dehum'
  | 'hostile'
  | 'hate-verb'
  | 'hate-noun'
  | 'harm';

export interface Sense {
  kind: SenseKind;
  /** The lexicon entry (base form). */
  term: string;
  tier?: ProfanityTier;
  characteristic?: Characteristic;
  /** Slur that counts only in a slur construction (queer, dyke, bitch…). */
  framed?: boolean;
  /** Insult word that is also an everyday word (trash, snake…). */
  weak?: boolean;
}

/** One word (or multi-word term) of the draft. */
export interface Unit extends Span {
  /** The canonical text in the stream: a category (GRP, SLUR, FSLUR, DEHUM, HADJ, INS, INSA, PROF) or the word. */
  text: string;
  /** The word as typed, lower-cased (leetspeak and spacing undone). */
  word: string;
  senses: Sense[];
  /** The token was matched through a masked, misspelt, compound or split form. */
  evasive?: boolean;
}

export interface Lexicon {
  units: Unit[];
  /** The units joined with spaces; "." between sentences and "," at clause breaks. */
  stream: string;
  /** Offset of each unit's text in `stream`. */
  at: number[];
  /** Any sense of these kinds anywhere (the rules' cheap bail-out). */
  has: Set<SenseKind>;
}

// ---------------------------------------------------------------------------------------------
// Build the tables once (module load, ~2 ms).

const SINGLE = new Map<string, Sense[]>();
const MULTI = new Map<string, { rest: string[]; senses: Sense[] }[]>();

function skel(term: string): string[] {
  // The same folding as the skeleton, for our ASCII lexicon: lower-case, apostrophes dropped, split on non-letters.
  return term
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9+]+/)
    .filter(Boolean);
}

type Inflect = 'all' | 'plural' | 'none';
const NO_INFLECT = new Set(['nig', 'nigs', 'ho', 'hos', 'faggot', 'faggots', 'fags', 'cut', 'put an end to', 'get rid of', 'hoe', 'hoes', 'cum', 'tit', 'ass', 'arse', 'prick', 'sod', 'git', 'knob', 'bum', 'cock', 'dick', 'twit', 'prat', 'rat', 'pig', 'dim', 'div', 'melt', 'mong', 'sob', 'mf', 'fag', 'nip', 'jap', 'coon', 'spade', 'frog', 'paddy', 'gyp', 'gas', 'end', 'die', 'gut', 'skin', 'lamp', 'chin', 'deck', 'glass', 'bottle', 'brick', 'string', 'hunt', 'finish', 'break', 'snap', 'bury', 'trap', 'prod', 'abo', 'homo', 'bender', 'fairy', 'pansy', 'hell', 'balls', 'suck', 'sucks', 'god', 'it', 'things', 'waste', 'dirt', 'refuse', 'dog', 'dogs', 'cattle', 'ape']);

function forms(w: string, how: Inflect): string[] {
  if (how === 'none' || NO_INFLECT.has(w)) return [w];
  const out = [w, w + 's', w + 'es'];
  if (w.endsWith('y')) out.push(w.slice(0, -1) + 'ies');
  if (how === 'all') {
    const last = w[w.length - 1];
    const base = w.endsWith('e') ? w.slice(0, -1) : w;
    out.push(base + 'ing', base + 'in', w + 'er', w + 'ers', base + 'ed', w + 'y', base + 'ings');
    if (/[^aeiou][aeiou][bdgkmnprt]$/.test(w)) out.push(w + last + 'ing', w + last + 'in', w + last + 'er', w + last + 'ers', w + last + 'ed', w + last + 'y');
  }
  return out;
}

function add(term: string, sense: Sense, how: Inflect) {
  const toks = skel(term);
  if (toks.length === 0) return;
  if (toks.length === 1) {
    for (const f of forms(toks[0], how)) push(SINGLE, f, sense);
  } else {
    const head = toks.slice(0, -1);
    for (const f of forms(toks[toks.length - 1], how === 'all' ? 'plural' : how)) {
      const all = [...head, f];
      const list = MULTI.get(all[0]) ?? [];
      list.push({ rest: all.slice(1), senses: [sense] });
      MULTI.set(all[0], list);
    }
    // Written as one word too: "wasteofspace", "gaypeople".
    for (const f of forms(toks.join(''), 'plural')) push(SINGLE, f, sense);
  }
}

function push(m: Map<string, Sense[]>, k: string, s: Sense) {
  const a = m.get(k);
  if (!a) m.set(k, [s]);
  else if (!a.some((x) => x.kind === s.kind && x.term === s.term)) a.push(s);
}

for (const tier of ['strong', 'moderate', 'sexual', 'mild'] as ProfanityTier[]) {
  for (const t of PROFANITY[tier]) add(t, { kind: 'profanity', term: t, tier }, tier === 'strong' ? 'all' : tier === 'sexual' ? 'plural' : 'all');
}
for (const t of INSULT_NOUNS) add(t, { kind: 'insult', term: t, weak: WEAK_INSULTS.has(t) || undefined }, 'plural');
for (const t of INSULT_ADJS) add(t, { kind: 'insult-adj', term: t, weak: WEAK_INSULTS.has(t) || undefined }, 'none');
for (const s of SLURS) add(s.term, { kind: 'slur', term: s.term, characteristic: s.characteristic, framed: s.framed || FRAME_ALSO.has(s.term) || undefined }, 'plural');
for (const [t, c] of GROUP_NOUNS) add(t, { kind: 'group', term: t, characteristic: c }, 'none');
for (const [t, c] of GROUP_ADJECTIVES) add(t, { kind: 'group-adj', term: t, characteristic: c }, 'none');
for (const [t, c] of GROUP_SINGULARS) add(t, { kind: 'group-single', term: t, characteristic: c }, 'none');
for (const t of PERSON_NOUNS) add(t, { kind: 'person', term: t }, 'none');
for (const t of DEHUMANISING) add(t, { kind: 'dehum', term: t }, 'none');
for (const t of HOSTILE_ADJ) add(t, { kind: 'hostile', term: t }, 'none');
for (const t of HATE_VERBS) add(t, { kind: 'hate-verb', term: t }, 'none');
for (const t of HATE_NOUNS) add(t, { kind: 'hate-noun', term: t }, 'none');
for (const t of [...HARM_VERBS, 'death', 'dead']) add(t, { kind: 'harm', term: t }, 'all');
// Common evasive spellings of group words.
for (const [t, c] of [['gey', 'sexual-orientation'], ['ghey', 'sexual-orientation'], ['gy', 'sexual-orientation'], ['muzlim', 'religion'], ['mozlem', 'religion']] as [string, Characteristic][]) add(t, { kind: 'group-adj', term: t, characteristic: c }, 'none');

/** Kinds that misspellings are looked up for (never profanity: "shift" is not "shit"). */
const FUZZY_KINDS = new Set<SenseKind>(['group', 'group-adj', 'group-single', 'hostile', 'dehum', 'hate-verb', 'hate-noun', 'harm', 'person']);
/**
 * Misspellings of lexicon words → the word: with one letter left out ("immigrnts") and with two letters
 * swapped ("sikc"). Never a real lexicon word; the first word wins, and a left-out letter before a swap.
 */
function fuzzyTable(deletions: boolean, swaps: boolean): Map<string, string> {
  const table = new Map<string, string>();
  if (deletions) {
    for (const [k, senses] of SINGLE) {
      if (k.length < 5 || !senses.some((s) => FUZZY_KINDS.has(s.kind) || (s.kind === 'slur' && !s.framed && k.length >= 6))) continue;
      for (let i = 1; i < k.length; i++) {
        const d = k.slice(0, i) + k.slice(i + 1);
        if (!SINGLE.has(d) && !table.has(d)) table.set(d, k);
      }
    }
  }
  if (swaps) {
    for (const [k, senses] of SINGLE) {
      if (k.length < 4 || !/^[a-z]+$/.test(k) || !senses.some((s) => FUZZY_KINDS.has(s.kind) || (s.kind === 'slur' && !s.framed && k.length >= 5) || (s.kind === 'profanity' && s.tier === 'strong'))) continue;
      for (let i = 1; i < k.length - 1; i++) {
        if (k[i] === k[i + 1]) continue;
        const t = k.slice(0, i) + k[i + 1] + k[i] + k.slice(i + 2);
        if (!SINGLE.has(t) && !table.has(t)) table.set(t, k);
      }
    }
  }
  return table;
}
/**
 * Both kinds of misspelling in one table (one lookup per unknown word), with a filter of its words. Built on
 * the first lookup, not when the rules load: tens of thousands of strings, ~10 ms and as much again in
 * garbage collection, that most pages never need (misspellings are looked up only in a draft that already
 * has a group, hostile, harm, slur or insult word) would otherwise land on the member's first keystrokes.
 */
let fuzzy: { table: Map<string, string>; filter: WordFilter } | null = null;
function fuzzyTables(): { table: Map<string, string>; filter: WordFilter } {
  if (!fuzzy) {
    const table = fuzzyTable(true, true);
    fuzzy = { table, filter: new WordFilter(table.keys(), 20) };
  }
  return fuzzy;
}

/** True for a lower-case a-z word (the split tables hold nothing else). */
function isAsciiWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** A small rolling hash of a word's UTF-16 code units (kept within V8's small integers). */
const halfHash = (h: number, code: number) => (h * 31 + code) & 0x3fffffff;

/**
 * A set of words as 2^18 bits of their hashes (halfHash over the word; fewer bits for a small set, more for
 * the misspellings). Most words of a draft are in no table: a clear bit rules a word out with the hash the
 * token loop computes anyway, without a Map lookup or a new string; a set bit is always checked in the table
 * itself, so the filter never changes an answer.
 */
class WordFilter {
  private readonly bits: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  constructor(words: Iterable<string>, log2Bits = 18) {
    this.bits = new Int32Array(1 << (log2Bits - 5));
    this.shift = log2Bits;
    this.mask = (1 << log2Bits) - 1;
    for (const w of words) this.add(wordHash(w));
  }
  add(h: number): void {
    const b = (h ^ (h >>> this.shift)) & this.mask;
    this.bits[b >>> 5] |= 1 << (b & 31);
  }
  /** May the word with this hash be in the set? */
  has(h: number): boolean {
    const b = (h ^ (h >>> this.shift)) & this.mask;
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}
function wordHash(w: string, from = 0): number {
  let h = 0;
  for (let k = from; k < w.length; k++) h = halfHash(h, w.charCodeAt(k));
  return h;
}
const IN_SINGLE = new WordFilter(SINGLE.keys());
/** The first words of the multi-word terms. */
const IN_MULTI = new WordFilter(MULTI.keys(), 14);
/** The first two words of the multi-word terms, as one hash ("the" starts a few terms and a tenth of all words). */
const pairHash = (first: number, second: number) => (Math.imul(first, 0x2f0b3) ^ second) & 0x3fffffff;
const IN_MULTI_PAIR = new WordFilter([], 14);
for (const [first, terms] of MULTI) for (const m of terms) IN_MULTI_PAIR.add(pairHash(wordHash(first), wordHash(m.rest[0])));

/** Function words for splitting run-together words ("justpathetic", "peopledisgust", "deathto"). */
const FUNCTION_WORDS = new Set(
  'a an the to of in on at all any are is was were be been am i you we they he she it them us me my your our their his her these those this that so such just very really too many much more most like as for with make makes made me must should will would can could not no never nothing but only than from by massive total complete absolute utter real common bloody behaviour behavior throats throat necks neck heads head lives life'.split(' '),
);

const IN_FUNCTION = new WordFilter(FUNCTION_WORDS, 14);

/** Profanity stems that are found inside longer words (compounds): "fuckwittery", "shitgibbon". */
const STEMS: [string, Sense][] = [
  ['fuck', { kind: 'profanity', term: 'fuck', tier: 'strong' }],
  ['cunt', { kind: 'profanity', term: 'cunt', tier: 'strong' }],
  ['wanker', { kind: 'profanity', term: 'wanker', tier: 'strong' }],
  ['shit', { kind: 'profanity', term: 'shit', tier: 'moderate' }],
  ['bitch', { kind: 'profanity', term: 'bitch', tier: 'moderate' }],
  ['nigger', { kind: 'slur', term: 'nigger', characteristic: 'race' }],
  ['nigga', { kind: 'slur', term: 'nigga', characteristic: 'race' }],
  ['faggot', { kind: 'slur', term: 'faggot', characteristic: 'sexual-orientation' }],
];

const STEM_RE = /fuck|cunt|wanker|shit|bitch|nigg|faggot/;

// Masked forms ("f***ing", "c**t", "p*key"): every maskable form by length.
const MASKABLE = new Map<number, [string, Sense[]][]>();
for (const [k, senses] of SINGLE) {
  const ok = senses.filter((s) => (s.kind === 'profanity' && s.tier !== 'mild') || s.kind === 'slur' || (s.kind === 'insult' && !s.weak));
  if (ok.length === 0 || k.length < 3) continue;
  const list = MASKABLE.get(k.length) ?? [];
  list.push([k, ok]);
  MASKABLE.set(k.length, list);
}
const TIER_RANK: Record<string, number> = { strong: 4, sexual: 3, moderate: 2, mild: 1 };
function rankSenses(ss: Sense[]): number {
  let r = 0;
  for (const s of ss) r = Math.max(r, s.kind === 'slur' ? (s.framed ? 2 : 5) : s.kind === 'profanity' ? TIER_RANK[s.tier!] : 1);
  return r;
}

function maskedLookup(tok: string): Sense[] | undefined {
  if (!/[a-z]/.test(tok) || /^\*|\*$/.test(tok) && !/^[a-z]/.test(tok)) return undefined;
  const cands = MASKABLE.get(tok.length);
  if (!cands) return undefined;
  let best: Sense[] | undefined;
  let bestRank = 0;
  for (const [k, senses] of cands) {
    let ok = true;
    for (let i = 0; i < k.length; i++) if (tok[i] !== '*' && tok[i] !== k[i]) { ok = false; break; }
    if (!ok) continue;
    const r = rankSenses(senses);
    if (r > bestRank) { best = senses; bestRank = r; }
  }
  return best;
}

function fuzzyLookup(tok: string): { senses: Sense[]; word: string } | undefined {
  if (tok.length < 4) return undefined;
  // A letter left out ("immigrnts", "womn") or two letters swapped ("sikc", "cancre"): one Map lookup each,
  // after the filter of the table's words has said "maybe".
  // (The filter is the larger kind: the misspellings are tens of thousands.)
  const { table, filter } = fuzzyTables();
  if (!filter.has(wordHash(tok))) return undefined;
  const d = table.get(tok);
  if (!d || FUZZY_BLOCK.has(tok)) return undefined;
  const f = SINGLE.get(d)!.filter((s) => FUZZY_KINDS.has(s.kind) || (s.kind === 'slur' && !s.framed) || (s.kind === 'profanity' && s.tier === 'strong'));
  return f.length ? { senses: f, word: d } : undefined;
}

/**
 * The first and last three letters of the useful lexicon words, the halves a run-together word may start
 * or end with: a table by letters (a-z), and a set for the few with other characters ("lgbtq+").
 */
const SPLIT_HEAD = new Uint8Array(26 * 26 * 26);
const SPLIT_TAIL = new Uint8Array(26 * 26 * 26);
const SPLIT_HEAD_ODD = new Set<string>();
const SPLIT_TAIL_ODD = new Set<string>();
/** Table index of the three characters of `s` at `i` when they are a-z, else -1. */
function tri(s: string, i: number): number {
  let x = 0;
  for (let k = i; k < i + 3; k++) {
    const c = s.charCodeAt(k) - 97;
    if (!(c >= 0 && c < 26)) return -1;
    x = x * 26 + c;
  }
  return x;
}
/** Are the three characters of `s` at `i` (all there) in the table or the set? */
function hasTri(table: Uint8Array, odd: Set<string>, s: string, i: number): boolean {
  if (i < 0 || i + 3 > s.length) return false;
  const x = tri(s, i);
  return x >= 0 ? table[x] === 1 : odd.has(s.slice(i, i + 3));
}
for (const [k, senses] of SINGLE) {
  if (k.length < 3 || !senses.some((s) => s.kind !== 'person' && !(s.kind === 'profanity' && s.tier === 'mild'))) continue;
  const h = tri(k, 0), t = tri(k, k.length - 3);
  if (h >= 0) SPLIT_HEAD[h] = 1;
  else SPLIT_HEAD_ODD.add(k.slice(0, 3));
  if (t >= 0) SPLIT_TAIL[t] = 1;
  else SPLIT_TAIL_ODD.add(k.slice(-3));
}
const splitHead = (s: string, i: number) => hasTri(SPLIT_HEAD, SPLIT_HEAD_ODD, s, i);
const splitTail = (s: string) => hasTri(SPLIT_TAIL, SPLIT_TAIL_ODD, s, s.length - 3);

/**
 * Split a run-together word into two known words, at least one of them a lexicon word: "justpathetic",
 * "deathto", "ihate", "awhore" (spaced letters joined with the article). English words that happen to
 * split ("among" → a + mong) are blocked (SPLIT_BLOCK, generated from compromise's English lexicon).
 */
export function splitWord(tok: string): [string, Sense[] | undefined, string, Sense[] | undefined] | null {
  // Cheap filter: a useful half must start or end the word.
  if (!splitHead(tok, 0) && !splitTail(tok) && !((tok[0] === 'a' || tok[0] === 'i') && splitHead(tok, 1))) return null;
  let h = 0;
  for (let c = 1; c <= tok.length - 2; c++) {
    // Each half must be a word: its hash (the left one read on letter by letter) rules out most cuts
    // without slicing or a lookup; the filters only say "maybe", the tables decide.
    h = halfHash(h, tok.charCodeAt(c - 1));
    if (!HALF.has(h)) continue;
    if (c === 1 && tok[0] !== 'a' && tok[0] !== 'i') continue;
    const a = tok.slice(0, c);
    const sa = IN_SINGLE.has(h) ? SINGLE.get(a) : undefined;
    const fa = IN_FUNCTION.has(h) && FUNCTION_WORDS.has(a);
    if (!sa && !fa) continue;
    const hb = wordHash(tok, c);
    const b = IN_SINGLE.has(hb) || IN_FUNCTION.has(hb) ? tok.slice(c) : '';
    const sb = b && IN_SINGLE.has(hb) ? SINGLE.get(b) : undefined;
    const fb = b !== '' && IN_FUNCTION.has(hb) && FUNCTION_WORDS.has(b);
    if (!(sb || fb) || !(sa || sb)) continue;
    if ((a.length < 3 && !fa) || (b.length < 3 && !fb)) continue;
    const useful = (x: Sense[] | undefined) => !!x && x.some((s) => s.kind !== 'person' && !(s.kind === 'profanity' && s.tier === 'mild'));
    if (!useful(sa) && !useful(sb) && !(sa && sb)) continue;
    // English words that happen to split are blocked (looked up only for a word that splits).
    if (SPLIT_BLOCK.has(tok)) return null;
    return [a, sa, b, sb];
  }
  return null;
}

/** The words a run-together word may split into (lexicon and function words). */
const HALF = new WordFilter([...SINGLE.keys(), ...FUNCTION_WORDS]);

const ALLOW = new LiteralMatcher(UK_ALLOWLIST, { prefixLastToken: true });
/** Allowlist entries by each of their tokens: token → [entry tokens, position of the token in the entry]. */
const ALLOW_BY_TOKEN = new Map<string, [string[], number][]>();
for (const a of UK_ALLOWLIST) {
  const toks = skel(a);
  toks.forEach((t, j) => {
    const list = ALLOW_BY_TOKEN.get(t) ?? [];
    list.push([toks, j]);
    ALLOW_BY_TOKEN.set(t, list);
  });
}

/**
 * Does skeleton token `i` (the first token of a unit) start an allowlisted phrase of the draft, or lie inside one?
 * (The entry's last word may be longer: "Hoe Street" covers "Hoe Streets".)
 */
function allowlisted(toks: readonly SkeletonToken[], i: number): boolean {
  // A possessive or plural of an allowlisted word ("Scunthorpe's" is the skeleton token "scunthorpes").
  const t = toks[i].text;
  const cands = ALLOW_BY_TOKEN.get(t) ?? (t.endsWith('s') ? ALLOW_BY_TOKEN.get(t.slice(0, -1)) : undefined);
  if (!cands) return false;
  for (const [entry, j] of cands) {
    const s0 = i - j;
    if (s0 < 0 || s0 + entry.length > toks.length) continue;
    let ok = true;
    for (let k = 0; k < entry.length; k++) {
      const have = toks[s0 + k].text;
      if (have !== entry[k] && !(k === entry.length - 1 && have.startsWith(entry[k]))) { ok = false; break; }
    }
    if (ok) return true;
  }
  return false;
}

/**
 * The senses of a word that is not in the lexicon as typed: masked ("f***ing") or with letters run on
 * ("fuuuck"). The token loop has read the word already: `star` (it holds a "*"), `runs` (a letter
 * repeats).
 */
function evasiveLookup(tok: string, star: boolean, runs: boolean): Sense[] | undefined {
  if (star) return maskedLookup(tok);
  if (!runs) return undefined;
  // The hash and length of the word with its runs collapsed, before building it.
  let ch = 0, cn = 0;
  for (let k = 0; k < tok.length; k++) {
    const code = tok.charCodeAt(k);
    if (k === 0 || code !== tok.charCodeAt(k - 1)) { ch = halfHash(ch, code); cn++; }
  }
  if (cn < 3 || !IN_SINGLE.has(ch)) return undefined;
  const c = collapseRuns(tok);
  const r = SINGLE.get(c);
  // May be empty (a group adjective or person noun only): the word is then known, with no sense.
  return r && c.length >= 3 ? r.filter((s) => s.kind !== 'group-adj' && s.kind !== 'person') : undefined;
}

// ---------------------------------------------------------------------------------------------


function canonical(word: string, senses: Sense[]): string {
  let slur = false, framed = false, group = false, dehum = false, hostile = false, insult = false, insultAdj = false, prof = false;
  for (const s of senses) {
    if (s.kind === 'slur') { if (s.framed) framed = true; else slur = true; }
    else if (s.kind === 'group') group = true;
    else if (s.kind === 'dehum') dehum = true;
    else if (s.kind === 'hostile') hostile = true;
    else if (s.kind === 'insult') insult = true;
    else if (s.kind === 'insult-adj') insultAdj = true;
    else if (s.kind === 'profanity' && s.tier !== 'mild') prof = true;
  }
  return slur ? 'SLUR' : group ? 'GRP' : framed ? 'FSLUR' : dehum ? 'DEHUM' : hostile ? 'HADJ' : insult ? 'INS' : insultAdj ? 'INSA' : prof ? 'PROF' : word;
}

const NONE: Sense[] = [];
const WORD_SURFACE = /^[a-z]+(?:'[a-z]+)*$/;

/**
 * The word as typed between `a` and `b` when it is a plain word with apostrophes ("don't", "they’re"),
 * lower-cased with straight apostrophes; otherwise undefined. Same as testing
 * `text.slice(a, b).toLowerCase().replace(/[‘’]/g, "'")` against WORD_SURFACE, but ASCII spans that
 * cannot pass (spaced or dotted letters, digits, symbols) are rejected without building a string.
 */
function surfaceWord(text: string, a: number, b: number): string | undefined {
  let prevApos = true; // a word cannot start with an apostrophe
  let curly = false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) { prevApos = false; continue; }
    if (c === 39 || c === 0x2018 || c === 0x2019) {
      if (prevApos) return undefined;
      prevApos = true;
      if (c !== 39) curly = true;
      continue;
    }
    if (c > 127) {
      // Other letters may lower-case to ASCII (the Kelvin sign is "k"): the exact test decides.
      const surface = text.slice(a, b).toLowerCase().replace(/[‘’]/g, "'");
      return WORD_SURFACE.test(surface) ? surface : undefined;
    }
    return undefined;
  }
  if (prevApos) return undefined; // empty, or ends with an apostrophe
  const surface = text.slice(a, b).toLowerCase();
  return curly ? surface.replace(/[‘’]/g, "'") : surface;
}

/** Bits of the sense kinds, for the cheap tests of which passes can matter. */
const KIND_BIT: Record<SenseKind, number> = {
  profanity: 1, insult: 2, 'insult-adj': 4, slur: 8, group: 16, 'group-adj': 32, 'group-single': 64, person: 128,
  dehum: 256, hostile: 512, 'hate-verb': 1024, 'hate-noun': 2048, harm: 4096,
};
function kindBits(senses: Sense[] | undefined): number {
  let b = 0;
  if (senses) for (let k = 0; k < senses.length; k++) b |= KIND_BIT[senses[k].kind];
  return b;
}
const SUSPICIOUS = KIND_BIT.profanity | KIND_BIT.slur | KIND_BIT.insult;
const GROUPISH = KIND_BIT.group | KIND_BIT['group-adj'] | KIND_BIT['group-single'];
/** A group, slur, hatred or harm word: shorter run-together words are tried too. */
const SPLIT_CUE = GROUPISH | KIND_BIT.dehum | KIND_BIT.harm | KIND_BIT['hate-verb'] | KIND_BIT['hate-noun'] | KIND_BIT.slur;
/** Any of these: long run-together words are not tried on their own. */
const CUE = SPLIT_CUE | KIND_BIT.hostile | KIND_BIT.insult | KIND_BIT.person;
const DETERMINER = new Set(['a', 'an', 'any', 'every', 'each', 'no', 'one']);

/** A run-together word is not split after "@", "#", "/" or "_" (a handle, a tag, a path). */
function afterHandle(text: string, at: number): boolean {
  const c = at > 0 ? text.charCodeAt(at - 1) : 0;
  return c === 64 || c === 35 || c === 47 || c === 95;
}

/** The token hashes and flags of the draft being read (build() is never re-entered: one buffer, grown as needed, instead of two typed arrays allocated per draft). */
let scratchHashes = new Int32Array(256);
let scratchFlags = new Uint8Array(256);

/** The lexicon pass of a draft (memoised: one walk per draft for all conduct rules). */
export function lexicon(doc: TextDoc): Lexicon {
  return doc.memo('lexicon', () => build(doc));
}

function build(doc: TextDoc): Lexicon {
  const sk = doc.skeleton;
  const toks = sk.tokens;
  const from = sk.from, to = sk.to;
  const text = doc.text;
  const units: Unit[] = [];
  const has = new Set<SenseKind>();
  const unknown: number[] = [];
  // Does the skeleton hold a compound stem anywhere (read when first needed)?
  let stems: boolean | undefined;
  // One reading of every token for the tables below: its hash, and whether it repeats a letter ("fuuuck")
  // or holds a masking star (the multi-word test reads the next token's hash too).
  if (scratchHashes.length < toks.length) {
    scratchHashes = new Int32Array(toks.length * 2);
    scratchFlags = new Uint8Array(toks.length * 2);
  }
  const hashes = scratchHashes, runsOrStar = scratchFlags;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i].text;
    let h = 0, prev = -1, flags = 0;
    for (let k = 0; k < tok.length; k++) {
      const c = tok.charCodeAt(k);
      h = halfHash(h, c);
      if (c === prev) flags |= 1;
      if (c === 42) flags |= 2;
      prev = c;
    }
    hashes[i] = h;
    runsOrStar[i] = flags;
  }
  // Every sense kind given to a unit so far (a superset of what the units hold: the passes below only remove).
  let bits = 0;
  // Strong, moderate or sexual profanity seen (misspellings are looked up with it even without another cue).
  let rudeProfanity = false;
  // A pass below gave a unit a sense that was not noted: `has` is tallied again from the units.
  let retally = false;
  const note = (senses: Sense[]) => {
    for (let k = 0; k < senses.length; k++) {
      const s = senses[k];
      has.add(s.kind);
      bits |= KIND_BIT[s.kind];
      if (s.kind === 'profanity' && s.tier !== 'mild') rudeProfanity = true;
    }
  };

  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i].text;
    const start = from[toks[i].start], end = to[toks[i].end - 1];
    const h = hashes[i];
    let word = tok;
    // Something was dropped (an apostrophe, spacing, an invisible character): keep "don't", "they're" as typed.
    if (end - start !== tok.length) word = surfaceWord(text, start, end) ?? tok;
    // Multi-word terms first (longest).
    const multi = IN_MULTI.has(h) && i + 1 < toks.length && IN_MULTI_PAIR.has(pairHash(h, hashes[i + 1])) ? MULTI.get(tok) : undefined;
    if (multi) {
      let bestLen = 0;
      let bestSenses: Sense[] | null = null;
      for (const m of multi) {
        if (i + m.rest.length >= toks.length) continue;
        let ok = true;
        for (let k = 0; k < m.rest.length; k++) if (toks[i + 1 + k].text !== m.rest[k]) { ok = false; break; }
        if (!ok) continue;
        if (!bestSenses || m.rest.length + 1 > bestLen) { bestLen = m.rest.length + 1; bestSenses = m.senses; }
        else if (m.rest.length + 1 === bestLen) bestSenses = [...bestSenses, ...m.senses];
      }
      if (bestSenses) {
        const last = i + bestLen - 1;
        let w = tok;
        for (let k = i + 1; k <= last; k++) w += ' ' + toks[k].text;
        units.push({ start, end: to[toks[last].end - 1], text: canonical(w, bestSenses), word: w, senses: bestSenses });
        note(bestSenses);
        i = last;
        continue;
      }
    }
    // Spaced letters after the article: "a f u c k" joins as "afuck"; keep the article apart.
    if (end - start > tok.length + 1 && tok.length > 3 && (tok[0] === 'a' || tok[0] === 'i') && /^[ai][\s.]/i.test(text.slice(start, start + 2))) {
      const rest = SINGLE.get(tok.slice(1));
      if (rest) {
        const second = text.slice(start + 1).search(/\S/) + start + 1;
        units.push({ start, end: start + 1, text: tok[0], word: tok[0], senses: NONE });
        units.push({ start: second, end, text: canonical(tok.slice(1), rest), word: tok.slice(1), senses: rest, evasive: true });
        note(rest);
        continue;
      }
    }
    let senses = IN_SINGLE.has(h) ? SINGLE.get(tok) : undefined;
    let evasive: boolean | undefined = false;
    if (!senses) {
      senses = evasiveLookup(tok, (runsOrStar[i] & 2) !== 0, (runsOrStar[i] & 1) !== 0);
      if (senses) evasive = true;
      else if (tok.length >= 4) {
        // Compound stems inside a longer word ("fuckwittery", "shitgibbon"): a few native includes.
        // (One test on the whole skeleton, at the first longer unknown word, then one on the word: every stem
        // holds one of STEM_RE's, and most longer words of a draft with a stem hold none.)
        if (tok.length > 4 && (stems ??= STEM_RE.test(sk.text)) && STEM_RE.test(tok)) for (const [stem, sense] of STEMS) if (tok.length > stem.length && tok.includes(stem)) { senses = [sense]; evasive = true; break; }
        if (!senses) unknown.push(units.length);
      }
    }
    if (senses) {
      units.push({ start, end, text: senses.length ? canonical(word, senses) : word, word, senses, evasive });
      note(senses);
    } else {
      // A word typed with gaps or dots between its letters ("d y k e") is evasive even if unknown.
      const gapped = end - start > tok.length + 1 && /\s|\./.test(text.slice(start, end));
      units.push({ start, end, text: word, word, senses: NONE, evasive: gapped || undefined });
    }
  }

  // Misspellings and run-together words are only looked for when the draft already has a cue word
  // (a group, a hostile or harm word, a slur or an insult): ordinary drafts pay nothing for them.
  // Misspellings ("immigrnts", "sikc") are looked up when the draft has any other conduct word.
  const anyCue = (bits & ~(KIND_BIT.person | KIND_BIT.profanity)) !== 0 || rudeProfanity;
  if (anyCue) {
    for (const idx of unknown) {
      const u = units[idx];
      if (u.word.length < 4) continue;
      const f = fuzzyLookup(u.word);
      if (!f) continue;
      u.senses = f.senses;
      u.word = f.word;
      u.text = canonical(f.word, f.senses);
      u.evasive = true;
      note(f.senses);
    }
  }
  if (unknown.length && (bits & CUE) === 0) {
    // Without a cue word, only long run-together words are tried ("manywhores", "stupidestpeople").
    for (let k = unknown.length - 1; k >= 0; k--) {
      const idx = unknown[k];
      const u = units[idx];
      const w = u.word;
      if (!u.evasive && (w.length < 7 || w.length > 18 || !splitTail(w) || !isAsciiWord(w) || afterHandle(text, u.start))) continue;
      const sp = splitWord(w);
      if (!sp) continue;
      const [a, sa, b, sb] = sp;
      const mid = Math.min(u.end, u.start + a.length);
      units.splice(idx, 1,
        { start: u.start, end: mid, text: sa ? canonical(a, sa) : a, word: a, senses: sa ?? NONE, evasive: true },
        { start: mid, end: u.end, text: sb ? canonical(b, sb) : b, word: b, senses: sb ?? NONE, evasive: true });
      if (sa) note(sa);
      if (sb) note(sb);
    }
  }
  // With a group, slur, hatred or harm word in the draft, shorter run-together words are tried too.
  // (After a split above, `unknown` may point at shifted units: kept as it was, the findings depend on it.)
  if (unknown.length && (bits & SPLIT_CUE) !== 0) {
    for (let k = unknown.length - 1; k >= 0; k--) {
      const idx = unknown[k];
      const u = units[idx];
      const tok = u.word;
      if (tok.length < 5 || tok.length > 18 || !isAsciiWord(tok) || afterHandle(text, u.start)) continue;
      const sp = splitWord(tok);
      if (sp) {
        const [a, sa, b, sb] = sp;
        const mid = Math.min(u.end, u.start + a.length);
        units.splice(idx, 1,
          { start: u.start, end: mid, text: sa ? canonical(a, sa) : a, word: a, senses: sa ?? NONE, evasive: true },
          { start: mid, end: u.end, text: sb ? canonical(b, sb) : b, word: b, senses: sb ?? NONE, evasive: true });
        // Not in `has` yet (the final tally below adds what is left): only the pass gates see them.
        bits |= kindBits(sa) | kindBits(sb);
        retally = true;
      }
    }
  }

  // "a Muslim", "any immigrant", "every woman": a singular group word after a determiner stands for the group.
  if (bits & KIND_BIT['group-single']) {
    for (let u = 1; u < units.length; u++) {
      const x = units[u];
      if (x.text === 'GRP' || !x.senses.some((s) => s.kind === 'group-single')) continue;
      if (DETERMINER.has(units[u - 1].word)) {
        const gs = x.senses.find((s) => s.kind === 'group-single')!;
        x.senses = [{ kind: 'group', term: gs.term, characteristic: gs.characteristic }, ...x.senses];
        x.text = 'GRP';
        retally = true;
      }
    }
  }
  // Group adjectives before a person noun make a group ("gay people", "Muslim women", "g4y people").
  if (bits & GROUPISH) {
    for (let u = 0; u < units.length - 1; u++) {
      const a = units[u], b = units[u + 1];
      const adj = a.senses.find((s) => s.kind === 'group-adj' || (s.kind === 'group' && !s.term.includes(' ')));
      if (!adj) continue;
      if (!b.senses.some((s) => s.kind === 'person')) {
        // "gay scum", "Muslim vermin": the adjective names the group the abuse is aimed at.
        if (adj.kind === 'group-adj' && adj.characteristic !== 'age' && b.senses.some((s) => s.kind === 'dehum' || s.kind === 'insult' || s.kind === 'slur')) {
          a.senses = [{ kind: 'group', term: adj.term, characteristic: adj.characteristic }, ...a.senses];
          a.text = 'GRP';
          retally = true;
        }
        continue;
      }
      if ((adj.characteristic === 'age' || adj.characteristic === 'sex') && !/s$|people|folk/.test(b.word)) continue;
      if (/\S/.test(text.slice(a.end, b.start).replace(/[\s\-]/g, ''))) continue;
      const g: Sense = { kind: 'group', term: `${adj.term} ${b.word}`, characteristic: adj.characteristic };
      units.splice(u, 2, { start: a.start, end: b.end, text: 'GRP', word: `${a.word} ${b.word}`, senses: [g, ...a.senses], evasive: a.evasive || b.evasive });
      retally = true;
    }
  }

  // Drop senses of words inside an allowlisted place, name or phrase ("Dick Turpin", "Bell End"):
  // only the suspicious words are checked, against the allowlist entries that contain them.
  if (bits & SUSPICIOUS) {
    let tokenAt: Map<number, number> | undefined;
    let looked = 0;
    for (const u of units) {
      if (!u.senses.some((s) => s.kind === 'profanity' || s.kind === 'slur' || s.kind === 'insult')) continue;
      // The first skeleton token that starts at the unit's original offset: found by a scan for the first
      // few words (most drafts have one or two), from a table of every offset beyond that.
      let i: number | undefined;
      if (++looked <= 8) {
        for (let k = 0; k < toks.length; k++) if (from[toks[k].start] === u.start) { i = k; break; }
      } else {
        if (!tokenAt) {
          tokenAt = new Map();
          for (let k = 0; k < toks.length; k++) { const o = from[toks[k].start]; if (!tokenAt.has(o)) tokenAt.set(o, k); }
        }
        i = tokenAt.get(u.start);
      }
      if (i !== undefined && allowlisted(toks, i)) {
        u.senses = u.senses.filter((s) => s.kind !== 'profanity' && s.kind !== 'slur' && s.kind !== 'insult');
        u.text = u.senses.length ? canonical(u.word, u.senses) : u.word;
      }
    }
  }
  // Capitalised "Dick" before a capitalised word, or after an honorific, is a name. (Every unit whose word
  // is "dick" was given the lexicon's senses of it, profanity and insult, when it was made.)
  if (bits & (KIND_BIT.profanity | KIND_BIT.insult)) for (let u = 0; u < units.length; u++) {
    const x = units[u];
    if (x.word !== 'dick' || text[x.start] !== 'D') continue;
    const next = units[u + 1];
    const prev = units[u - 1];
    if ((next && /^[A-Z]/.test(text.slice(next.start, next.end)) && /^\s+$/.test(text.slice(x.end, next.start))) || (prev && /^(?:mr|cllr|councillor|uncle|dr)$/.test(prev.word)) || (x.start > 0 && !/[.!?]\s*$/.test(text.slice(0, x.start)))) {
      x.senses = [];
      x.text = x.word;
    }
  }

  // The senses the units hold now that `has` may lack: those of the shorter run-together words and
  // the groups made above (every other sense was noted when its unit was made; later passes only remove).
  if (retally) for (const u of units) for (const s of u.senses) has.add(s.kind);
  return new DraftLexicon(units, text, has);
}

/**
 * A draft's lexicon: `has` at once, the units with their break pseudo-units and the stream when a rule
 * first reads them. Most drafts have no conduct word, every rule bails out on `has`, and the stream
 * (a third of the pass) is never built.
 */
class DraftLexicon implements Lexicon {
  private broken?: { units: Unit[]; at: number[] };
  private joined?: string;
  constructor(private readonly words: Unit[], private readonly text: string, readonly has: Set<SenseKind>) {}
  get units(): Unit[] { return (this.broken ??= withBreaks(this.words, this.text)).units; }
  get at(): number[] { return (this.broken ??= withBreaks(this.words, this.text)).at; }
  /**
   * Built apart from the units: a rule that walks the units (harm verbs, profanity) may never read it.
   * Joined, not concatenated: a regex runs about 12% slower on a concatenated (cons) string, flattened or not.
   */
  get stream(): string {
    if (this.joined === undefined) {
      const units = this.units;
      const parts: string[] = new Array(units.length);
      for (let u = 0; u < units.length; u++) parts[u] = units[u].text;
      this.joined = parts.join(' ');
    }
    return this.joined;
  }
}

/** The units with sentence and clause breaks between them, and the offset of each in the stream they spell. */
function withBreaks(units: Unit[], text: string): { units: Unit[]; at: number[] } {
  const at: number[] = [];
  let pos = 0;
  const out: Unit[] = [];
  for (let u = 0; u < units.length; u++) {
    const x = units[u];
    if (u > 0) {
      const brk = gapBreak(text, units[u - 1].end, x.start);
      if (brk) {
        // Punctuation is a pseudo-unit so offsets stay aligned.
        out.push({ start: units[u - 1].end, end: x.start, text: brk, word: brk, senses: [] });
        at.push(pos + 1);
        pos += brk.length + 1;
      }
    }
    out.push(x);
    at.push(out.length === 1 ? 0 : pos + 1);
    pos += (out.length === 1 ? 0 : 1) + x.text.length;
  }
  return { units: out, at };
}

/** The break between two words: "." for a sentence end or line break, "," for a clause break, else "". */
function gapBreak(text: string, a: number, b: number): string {
  let brk = '';
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 10) return '.';
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014) brk = ',';
    else if (c === 45 && k > a && k + 1 < b && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32) brk = ',';
  }
  return brk;
}

/** The original span covered by a match on the stream (from its first to its last unit). */
export function streamSpan(lex: Stream, index: number, length: number): Span {
  const a = unitAt(lex, index);
  const b = unitAt(lex, Math.max(index, index + length - 1));
  let i = a, j = b;
  while (i < j && lex.units[i].senses.length === 0 && /^[.,]$/.test(lex.units[i].text)) i++;
  while (j > i && /^[.,]$/.test(lex.units[j].text)) j--;
  return { start: lex.units[i].start, end: lex.units[j].end };
}

/** Index of the unit whose stream text contains `offset`. */
export function unitAt(lex: Stream, offset: number): number {
  let lo = 0, hi = lex.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lex.at[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A stream over the same units with some unit texts replaced (coreference: "them" → GRP). */
export interface Stream {
  units: Unit[];
  stream: string;
  at: number[];
}

export function restream(lex: Lexicon, replace: (u: Unit, i: number) => string | undefined): Stream {
  const parts: string[] = [];
  const at: number[] = [];
  let pos = 0;
  for (let i = 0; i < lex.units.length; i++) {
    const t = replace(lex.units[i], i) ?? lex.units[i].text;
    at.push(i === 0 ? 0 : pos + 1);
    pos += (i === 0 ? 0 : 1) + t.length;
    parts.push(t);
  }
  return { units: lex.units, stream: parts.join(' '), at };
}

/** Every match of a global pattern on the stream, mapped to the original text. */
export function matchStream(lex: Stream, re: RegExp): { m: RegExpExecArray; span: Span; first: number; last: number }[] {
  if (!re.global) throw new Error(`matchStream needs a global pattern: ${re}`);
  re.lastIndex = 0;
  const out: { m: RegExpExecArray; span: Span; first: number; last: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(lex.stream))) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    // Patterns may start with "(?:^| )": the match proper starts after the space.
    const lead = m[0].length - m[0].trimStart().length;
    const first = unitAt(lex, m.index + lead);
    const last = unitAt(lex, m.index + m[0].length - 1);
    out.push({ m, span: streamSpan(lex, m.index + lead, m[0].length - lead), first, last });
  }
  return out;
}

/** Units with a sense of this kind (and an optional filter). */
export function unitsOf(lex: Lexicon, kind: SenseKind, pred?: (s: Sense, u: Unit) => boolean): { unit: Unit; sense: Sense; index: number }[] {
  const out: { unit: Unit; sense: Sense; index: number }[] = [];
  lex.units.forEach((u, index) => {
    for (const s of u.senses) if (s.kind === kind && (!pred || pred(s, u))) { out.push({ unit: u, sense: s, index }); break; }
  });
  return out;
}

/** Is this word on the shipped UK allowlist (places, surnames, ordinary words)? */
export function isAllowlisted(text: string): boolean {
  return ALLOW.find(text).length > 0;
}

/** The misspelling tables, for the tooling that keeps fuzzy-block.ts up to date. */
export const _fuzzyTables = {
  get FUZZY_DEL() { return fuzzyTable(true, false); },
  get FUZZY_SWAP() { return fuzzyTable(false, true); },
};

/**
 * The NLP layer (catalog §1.3–§1.6, design.md §6): a thin wrapper round `compromise` v14 that
 *  - teaches it UK honorifics ("Cllr", "Councillor") and UK names it misses ("Priya"),
 *  - parses a draft sentence by sentence, caching each sentence's parse by its text, so a re-check
 *    after one keystroke in a long draft re-parses only the sentence that changed,
 *  - returns plain data with offsets into the original text (no compromise objects leak to rules).
 *
 * Usage (full analysis only; the fast path never loads this file):
 *   const nlp = createNlp();
 *   analyze(text, ctx, settings, { mode: 'full', nlp });
 * Rules read the parse through `nlpParse(doc)` (only the sentences that may hold a name) or `nlpParseAll(doc)`
 * in rules/shared/nlp-doc.ts; both are null on the fast path.
 * The member's lists can be taught once: createNlp({ people: officerAndCouncillorNames }) or parser.teach({ people }).
 *
 * This is the only file in rules/ that imports compromise: keep it out of the eager content-script bundle.
 */
import nlp from 'compromise/two';
import { splitSentences } from './doc';
import type { Span } from './types';

/** One word as compromise tagged it. Offsets are into the whole draft. */
export interface NlpTerm extends Span {
  text: string;
  /** compromise's normal form (lower case, contractions kept as written). */
  normal: string;
  tags: readonly string[];
}

/** One sentence of the draft, as parsed. */
export interface NlpSentence extends Span {
  text: string;
  terms: NlpTerm[];
  isQuestion: boolean;
}

/** The parse of a whole draft: plain data, offsets into the original text. */
export interface NlpParse {
  text: string;
  sentences: NlpSentence[];
  /** People: runs of terms compromise tagged #Person, with their honorifics ("Cllr Morton", "Mrs Patel"); a bare title is not a person. */
  people: Span[];
  /** Organisations: runs of #Organization terms ("Tesco", "Acme Roofing Ltd"). */
  organizations: Span[];
  /** Places: runs of #Place terms ("Barnsley", "Elm Road"). */
  places: Span[];
  /** Double-quoted passages, quote marks included. */
  quotations: Span[];
  /** Terms tagged #Negative ("not", "never", "don't"). */
  negatives: Span[];
  /** The term at an offset, or null. */
  termAt(offset: number): NlpTerm | null;
  /** True when any term overlapping the span carries the tag. */
  hasTag(span: Span, tag: string): boolean;
}

/** A parser: the function TextDoc.nlp expects, plus cache controls and figures. */
export interface NlpParserHandle {
  (text: string): NlpParse;
  /** Names to teach as people (officer, councillor and family lists). Returns the parser for chaining. */
  teach(names: { people?: string[]; organizations?: string[] }): NlpParserHandle;
  clearCache(): void;
  readonly stats: { parsedSentences: number; cacheHits: number };
}

export interface CreateNlpOptions {
  /** Maximum cached sentences (least recently used are dropped). Default 4000. */
  cacheSize?: number;
  /** Extra people and organisation names to teach (the member's lists). */
  people?: string[];
  organizations?: string[];
}

/** UK honorifics compromise does not know, and first names it misses on their own (catalog §1.6). */
// Only words that are titles wherever they appear: not "mayor", "lady" or "pc" ("the mayor", "my PC").
const HONORIFICS = ['cllr', 'cllrs', 'councillor', 'alderman', 'alderwoman', 'dame', 'baroness', 'revd', 'insp'];
const UK_FIRST_NAMES = [
  'priya', 'aisha', 'fatima', 'zainab', 'amir', 'imran', 'tariq', 'bilal', 'asif', 'nadia', 'yasmin', 'shabana', 'rukhsana',
  'siobhan', 'niamh', 'aoife', 'ciaran', 'seamus', 'declan', 'eilidh', 'morag', 'hamish', 'rhys', 'sian', 'dylan', 'gareth',
  'wojciech', 'agnieszka', 'katarzyna', 'piotr', 'tomasz', 'andrzej', 'gurpreet', 'harjit', 'manjit', 'rajesh', 'sunita', 'deepak',
  'kwame', 'chidi', 'ngozi', 'oluwaseun', 'tunde', 'gavin', 'kev', 'dave', 'gaz', 'shaz', 'bev', 'trev', 'wayne', 'darren',
];

let taught = false;
function teachDefaults() {
  if (taught) return;
  taught = true;
  const words: Record<string, string> = {};
  for (const h of HONORIFICS) words[h] = 'Honorific';
  for (const n of UK_FIRST_NAMES) words[n] = 'FirstName';
  (nlp as any).addWords(words);
}

/** Create the NLP parser. The first call initialises compromise (~tens of ms); later calls are cheap. */
export function createNlp(options: CreateNlpOptions = {}): NlpParserHandle {
  teachDefaults();
  const cacheSize = options.cacheSize ?? 4000;
  const cache = new Map<string, ParsedSentence>();
  const stats = { parsedSentences: 0, cacheHits: 0 };

  function remember(s: string, p: ParsedSentence) {
    cache.set(s, p);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
  }

  function lookup(s: string): ParsedSentence | undefined {
    const hit = cache.get(s);
    if (hit) {
      stats.cacheHits++;
      cache.delete(s);
      cache.set(s, hit); // most recently used last
    }
    return hit;
  }

  /** Parse the sentences not in the cache in one compromise call (cheaper than one call each), then cache each. */
  function parseMissing(missing: string[]) {
    if (missing.length === 0) return;
    stats.parsedSentences += missing.length;
    if (missing.length === 1) {
      remember(missing[0], parseOne(missing[0]));
      return;
    }
    const joined = missing.join(SEP);
    let all: NlpTerm[] = [];
    try {
      all = parseTerms(joined);
    } catch {
      all = []; // fall back to one sentence at a time, each failing open
    }
    let base = 0;
    let k = 0;
    for (const m of missing) {
      const end = base + m.length;
      const terms: NlpTerm[] = [];
      while (k < all.length && all[k].start < base) k++;
      while (k < all.length && all[k].end <= end) {
        const t = all[k++];
        terms.push({ ...t, start: t.start - base, end: t.end - base });
      }
      remember(m, all.length === 0 ? parseOne(m) : fromTerms(m, terms));
      base = end + SEP.length;
    }
  }

  const parser = ((text: string): NlpParse => {
    const sentences: NlpSentence[] = [];
    const people: Span[] = [], organizations: Span[] = [], places: Span[] = [], quotations: Span[] = [], negatives: Span[] = [];
    const spans = splitSentences(text);
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const sp of spans) {
      const st = text.slice(sp.start, sp.end);
      if (!seen.has(st) && !lookup(st)) missing.push(st);
      seen.add(st);
    }
    parseMissing(missing);
    for (const sp of spans) {
      const st = text.slice(sp.start, sp.end);
      const p = cache.get(st) ?? parseOne(st);
      const shift = (x: Span): Span => ({ start: x.start + sp.start, end: x.end + sp.start });
      const terms = p.terms.map((t) => ({ ...t, start: t.start + sp.start, end: t.end + sp.start }));
      sentences.push({ start: sp.start, end: sp.end, text: st, terms, isQuestion: p.isQuestion });
      for (const x of p.people) people.push(shift(x));
      for (const x of p.organizations) organizations.push(shift(x));
      for (const x of p.places) places.push(shift(x));
      for (const x of p.quotations) quotations.push(shift(x));
      for (const t of terms) if (t.tags.includes('Negative')) negatives.push({ start: t.start, end: t.end });
    }
    return makeParse(text, sentences, people, organizations, places, quotations, negatives);
  }) as NlpParserHandle;

  parser.teach = (names) => {
    const words: Record<string, string> = {};
    for (const n of names.people ?? []) addName(words, n, 'Person');
    for (const n of names.organizations ?? []) addName(words, n, 'Organization');
    if (Object.keys(words).length) {
      (nlp as any).addWords(words);
      cache.clear();
    }
    return parser;
  };
  parser.clearCache = () => cache.clear();
  Object.defineProperty(parser, 'stats', { get: () => ({ ...stats }) });
  if (options.people || options.organizations) parser.teach({ people: options.people, organizations: options.organizations });
  return parser;
}

interface ParsedSentence {
  terms: NlpTerm[];
  isQuestion: boolean;
  people: Span[];
  organizations: Span[];
  places: Span[];
  quotations: Span[];
}

function addName(words: Record<string, string>, name: string, tag: string) {
  if (typeof name !== 'string') return;
  const clean = name.replace(/\([^)]*\)/g, ' ').trim().toLowerCase();
  if (!clean || clean.length > 60) return;
  words[clean] = tag;
}

/** Consecutive terms carrying a tag, as spans ("Cllr Morton" = Honorific + Person). */
function runsOf(terms: NlpTerm[], test: (tags: readonly string[]) => boolean): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  for (const t of terms) {
    if (test(t.tags)) {
      if (cur && t.start - cur.end <= 2) cur.end = t.end;
      else {
        cur = { start: t.start, end: t.end };
        out.push(cur);
      }
    } else cur = null;
  }
  return out;
}

const isPerson = (tags: readonly string[]) => tags.includes('Person') || tags.includes('Honorific');
const isOrg = (tags: readonly string[]) => tags.includes('Organization');
const isPlace = (tags: readonly string[]) => tags.includes('Place');
const QUOTE = /["“”]([^"“”\n]{1,300})["“”]/g;

/**
 * One sentence through compromise: a single tagging pass and one json() walk. People,
 * organisations and places are read off the tags (cheaper than people()/organizations()/places(),
 * which re-run matches); questions and quotations come from the text.
 */
const SEP = '\n\n';

/** One compromise pass: every term with its tags and offsets. Throws on a compromise error. */
function parseTerms(s: string): NlpTerm[] {
  const d = (nlp as any)(s);
  const terms: NlpTerm[] = [];
  for (const sent of d.json({ offset: true, text: false, normal: false })) {
    for (const t of sent.terms) {
      if (!t.offset || t.offset.length === 0) continue; // implicit terms of contractions ("He's" → is)
      terms.push({ text: t.text, normal: t.normal, tags: t.tags, start: t.offset.start, end: t.offset.start + t.offset.length });
    }
  }
  return terms;
}

/**
 * A sentence's parse from its terms. People, organisations and places are read off the tags
 * (cheaper than people()/organizations()/places(), which re-run matches); questions and
 * quotations come from the text.
 */
function fromTerms(s: string, terms: NlpTerm[]): ParsedSentence {
  const people = runsOf(terms, isPerson).filter((sp) => terms.some((t) => t.start >= sp.start && t.end <= sp.end && t.tags.includes('Person') && !t.tags.includes('Honorific')));
  const quotations: Span[] = [];
  QUOTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE.exec(s))) quotations.push({ start: m.index, end: m.index + m[0].length });
  return { terms, isQuestion: /\?["'”’)]*\s*$/.test(s), people, organizations: runsOf(terms, isOrg), places: runsOf(terms, isPlace), quotations };
}

function parseOne(s: string): ParsedSentence {
  try {
    return fromTerms(s, parseTerms(s));
  } catch {
    // Fail open: an NLP error leaves the fast-path answer standing.
    return { terms: [], isQuestion: /\?\s*$/.test(s), people: [], organizations: [], places: [], quotations: [] };
  }
}

function makeParse(text: string, sentences: NlpSentence[], people: Span[], organizations: Span[], places: Span[], quotations: Span[], negatives: Span[]): NlpParse {
  const termAt = (offset: number): NlpTerm | null => {
    for (const s of sentences) {
      if (offset < s.start || offset >= s.end) continue;
      for (const t of s.terms) if (offset >= t.start && offset < t.end) return t;
    }
    return null;
  };
  const hasTag = (span: Span, tag: string): boolean => {
    for (const s of sentences) {
      if (s.end <= span.start || s.start >= span.end) continue;
      for (const t of s.terms) if (t.end > span.start && t.start < span.end && t.tags.includes(tag)) return true;
    }
    return false;
  };
  return { text, sentences, people, organizations: dedupeSpans(organizations), places, quotations, negatives, termAt, hasTag };
}

function dedupeSpans(xs: Span[]): Span[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.start}:${x.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

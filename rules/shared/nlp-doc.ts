/**
 * How rules read the NLP parse (rules/nlp.ts). Type-only import of rules/nlp.ts, so the fast-path
 * bundle never pulls in compromise.
 *
 *   nlpParse(doc)     the parse of the sentences that may hold a name: those with a capitalised word
 *                     other than a sentence-initial function word, "I", a month or day, or an acronym.
 *                     Other sentences appear with no terms. This is what people(), organisations and
 *                     places need, and it spares most sentences the parse. Null on the fast path.
 *   nlpParseAll(doc)  the parse of every sentence (negation, questions, tags anywhere). Null on the fast path.
 *
 * Both are memoised per draft, fail open (null if the parser throws) and share the parser's
 * per-sentence cache, so asking for both costs no more than the full parse.
 */
import type { TextDoc } from '../doc';
import type { NlpParse, NlpSentence } from '../nlp';
import type { Span } from '../types';

export type { NlpParse, NlpSentence, NlpTerm } from '../nlp';

export function nlpParseAll(doc: TextDoc): NlpParse | null {
  if (!doc.nlp) return null;
  return doc.memo('nlp:parse-all', () => {
    try {
      const p = doc.nlp!(doc.text);
      return p && Array.isArray(p.sentences) ? (p as NlpParse) : null;
    } catch {
      return null; // fail open: the fast path stands
    }
  });
}

export function nlpParse(doc: TextDoc): NlpParse | null {
  if (!doc.nlp) return null;
  return doc.memo('nlp:parse', () => {
    const text = doc.text;
    const sentences: NlpSentence[] = [];
    const people: Span[] = [], organizations: Span[] = [], places: Span[] = [], quotations: Span[] = [], negatives: Span[] = [];
    try {
      for (const s of doc.sentences) {
        const st = text.slice(s.start, s.end);
        if (!mayHoldName(st)) {
          sentences.push({ start: s.start, end: s.end, text: st, terms: [], isQuestion: /\?["'”’)]*\s*$/.test(st) });
          continue;
        }
        const p = doc.nlp!(st) as NlpParse;
        if (!p || !Array.isArray(p.sentences)) return null;
        const shift = (x: Span): Span => ({ start: x.start + s.start, end: x.end + s.start });
        for (const ps of p.sentences) {
          sentences.push({ start: ps.start + s.start, end: ps.end + s.start, text: ps.text, isQuestion: ps.isQuestion, terms: ps.terms.map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start })) });
        }
        for (const x of p.people) people.push(shift(x));
        for (const x of p.organizations) organizations.push(shift(x));
        for (const x of p.places) places.push(shift(x));
        for (const x of p.quotations) quotations.push(shift(x));
        for (const x of p.negatives) negatives.push(shift(x));
      }
    } catch {
      return null; // fail open: the fast path stands
    }
    const termAt = (offset: number) => {
      for (const s of sentences) if (offset >= s.start && offset < s.end) for (const t of s.terms) if (offset >= t.start && offset < t.end) return t;
      return null;
    };
    const hasTag = (span: Span, tag: string) => sentences.some((s) => s.terms.some((t) => t.end > span.start && t.start < span.end && t.tags.includes(tag)));
    return { text, sentences, people, organizations, places, quotations, negatives, termAt, hasTag } satisfies NlpParse;
  });
}

/** Sentence-initial words that are capitalised only because they start the sentence. */
const STARTERS = new Set(
  'the this that these those thanks thank i we you he she they it its our my your his her their a an if when why how what where who which great good huge big please just so and but also today tonight yesterday tomorrow well congratulations congrats reminder update apparently everyone everybody lets let can could would should did do does is are was were had has have here there as at in on for with from by after before some many all no not never really very another such yes absolutely honestly sorry happy lovely brilliant fantastic amazing welcome hello hi dear delighted pleased proud disappointed shocked again still only once now then although though while because since until unless whether every each both either neither most more less few one two three first last next new old whatever anyway sadly luckily finally hopefully ok okay oh wow'.split(' '),
);
const MONTHS_DAYS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|halloween)$/;
const CAPITAL = /[A-Z][A-Za-z'’-]{0,30}/g;

/** Whether a sentence has a capitalised word that could be a name (see nlpParse). Exported for tests. */
export function mayHoldName(sentence: string): boolean {
  CAPITAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITAL.exec(sentence))) {
    if (m.index > 0 && /[\w@#]/.test(sentence[m.index - 1])) continue; // inside a word, handle or hashtag
    const w = m[0].replace(/['’]s$/, '').toLowerCase();
    if (w === 'i' || w === "i'm" || w === "i've" || w === "i'll" || w === "i'd" || w === 'i’m' || MONTHS_DAYS.test(w)) continue;
    if (/^[A-Z0-9'’-]{2,}$/.test(m[0])) continue; // acronyms and shouting
    if (STARTERS.has(w) && /^[\s"'“‘(*•-]*$/.test(sentence.slice(0, m.index))) continue;
    return true;
  }
  return false;
}

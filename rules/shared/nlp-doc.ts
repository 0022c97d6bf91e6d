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
// people.ts imports this module too; isFirstName is only called at run time, so the cycle is harmless.
import { isFirstName } from './people';

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
  ('the this that these those thanks thank i we you he she they it its our my your his her their a an if when why how what where who which great good huge big please just so and but also today tonight yesterday tomorrow well congratulations congrats reminder update apparently everyone everybody lets let can could would should did do does is are was were had has have here there as at in on for with from by after before some many all no not never really very another such yes absolutely honestly sorry happy lovely brilliant fantastic amazing welcome hello hi dear delighted pleased proud disappointed shocked again still only once now then although though while because since until unless whether every each both either neither most more less few one two three first last next new old whatever anyway sadly luckily finally hopefully ok okay oh wow ' +
    'maybe might must will shall may tell read ask see look check come join send share note bless lol haha hah ha omg someone somebody anyone anybody nobody whoever whatever residents people nothing something everything anything none both most bloody bollocks damn bugger complete utter total absolute absolutely truly clearly obviously surely funny shame rumour word rat rats bins bin roadworks potholes fly tipping litter rubbish traffic parking buses trains council officers councillors cllrs staff volunteers police fire emergency urgent just quick big small free lost found missing watch beware avoid stop keep make get go put take give bring remember dont don\'t cant can\'t wont won\'t isnt isn\'t im i\'m ive i\'ve id i\'d youre you\'re theyre they\'re weve we\'ve').split(' '),
);
const MONTHS_DAYS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|halloween)$/;
/** Titles: the fast detector (people.ts) takes the name after them. */
const HONORIFIC = /^(?:cllrs?|councillors?|mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|rev|revd|reverend|prof|professor|pc|sgt|insp|mayor|alderman|father|sister|imam|rabbi)\.?$/;
/** Place, street and council words: compromise adds nothing a rule needs (and the word before them is a place name). */
const PLACE_OR_BODY = /^(?:road|rd|street|st|lane|avenue|ave|close|drive|way|crescent|court|grove|terrace|place|gardens|walk|view|rise|square|green|park|hill|row|mews|estate|centre|center|hall|library|school|academy|college|church|chapel|station|hospital|market|bridge|common|moor|wood|woods|field|fields|farm|lodge|arms|inn|hotel|club|ward|town|city|village|borough|council|cabinet|committee|scrutiny|highways|planning|housing|labour|tory|tories|conservatives?|reform|greens?|lib|dems?|party|police|nhs|government|parliament|minister|authority|department|services?|team|trust|board|forum|show|gala|fair|festival|parade|day|week|month|year|bank|holiday|recycling|museum|theatre|pool|baths|leisure)$/;
const CAPITAL = /[A-Z][A-Za-z'’-]{0,30}/g;

/** Whether a sentence has a capitalised word that only the NLP layer could explain (see nlpParse). Exported for tests. */
export function mayHoldName(sentence: string): boolean {
  CAPITAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prev = '';
  let prevEnd = -10;
  while ((m = CAPITAL.exec(sentence))) {
    const word = m[0];
    const after = sentence.slice(m.index + word.length, m.index + word.length + 24);
    const adjacentToPrev = m.index - prevEnd <= 2;
    const prevWord = prev;
    prev = word.replace(/['’]s$/, '').toLowerCase();
    prevEnd = m.index + word.length;
    if (m.index > 0 && /[\w@#]/.test(sentence[m.index - 1])) continue; // inside a word, handle or hashtag
    const w = prev;
    if (w === 'i' || /^i['’](?:m|ve|ll|d)$/.test(w) || MONTHS_DAYS.test(w)) continue;
    if (/^[A-Z0-9'’-]{2,}$/.test(word)) continue; // acronyms and shouting
    if (HONORIFIC.test(w) || (adjacentToPrev && HONORIFIC.test(prevWord))) continue; // "Cllr Morton": people.ts takes it
    if (PLACE_OR_BODY.test(w)) continue;
    const next = /^[ \t]+([A-Z][a-z]+)/.exec(after);
    if (next && PLACE_OR_BODY.test(next[1].toLowerCase())) continue; // "Locke Park", "Barnsley Council"
    if (isFirstName(w)) continue; // a known first name: people.ts takes it (and the surname after it)
    if (adjacentToPrev && isFirstName(prevWord)) continue;
    if (STARTERS.has(w) && /^[\s"'“‘(*•-]*$/.test(sentence.slice(0, m.index))) continue;
    return true;
  }
  return false;
}

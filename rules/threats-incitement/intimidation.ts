import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Severity, Span } from '../types';
import { inQuoteCondemnFrame, QUOTE_CONDEMN_MESSAGE } from '../shared/frames';
import { HAZARD, threatHits } from './violent-threat';

/**
 * R08. Veiled threats and intimidation: "I know where you live", "we know who you are", "we're
 * watching", "you'll regret this", "I'll make your life hell", "nice family you've got… shame if…".
 * "You've been warned" / "last warning" count only with another intimidating phrase (a parking
 * notice is not a threat). Electoral accountability ("vote them out") is never intimidation.
 * Stop with a violent threat (R07) or a mention of the person's home, family or workplace.
 */

const A = "['’]";
/** Private things a stranger should not be listing back at someone. */
const PRIV = '(?:street|road|address|house|home|van|car|reg|number ?plate|kids|children|school|gym|workplace|work|office|routine|movements|wife|husband|partner|mum|mam|dad|parents|family|dog|local|pub|club|job|shifts)';
const PRIV_RE = new RegExp(`\\b${PRIV}\\b`, 'i');
const PHRASE_SOURCES = [
  `(?:i|we)\\s+(?:know|found out) where (?:you|he|she|they|your \\w+|his \\w+|her \\w+|their \\w+) (?:live|lives|work|works|park|parks|drink|drinks|go to school|goes to school|sleep|sleeps|stay|stays)\\b`,
  `we know (?:exactly )?who (?:you are|has been|have been|is|it was|you${A}re|reported|complained)\\b`,
  `(?:we${A}re|we are|i${A}m|i am|we${A}ll be|i${A}ll be) (?:watching|keeping (?:an )?eye on|coming for|coming after)(?: (?:you|him|her|them|your (?:every )?\\w+))?(?=\\s*(?:[.!?,;]|$|and\\b|👀))`,
  `you${A}?ll regret (?:this|it|that|posting|saying|writing)\\b`,
  `i${A}?d be (?:very )?careful if i (?:were|was) you\\b`,
  `(?:i|we)(?:${A}ll| will| am going to| are going to| gonna) make your life (?:hell|a (?:living )?hell|a misery|miserable)\\b`,
  `(?:i|we)(?:${A}ll| will) (?:ruin|destroy|finish|bury) you\\b`,
  `nice (?:family|house|home|car|kids|children|business|shop|place|wife|husband|job|little \\w+) (?:you${A}ve got|you have|you got)\\b`,
  `(?:it${A}?d be a |be a |would be a )?shame if (?:something|anything|people|someone|somebody|everyone|your|they|the whole)\\b`,
  `watch (?:yourself|what you (?:say|post|write))\\b`,
  `you${A}?ll be sorry\\b`,
  `(?:we|i)${A}?ll (?:find|get|come for) you\\b`,
  `coming (?:for|after) you\\b`,
  `don${A}?t make me (?:come|find|tell)\\b`,
  `know where your (?:kids|children|wife|husband|family|mum|mam|dad) (?:go|goes|are|is|live|lives|work|works)\\b`,
  `(?:teach|taught) (?:him|her|them|you|that \\w+) a lesson\\b`,
  `(?:you${A}?ll|you will|just) (?:wait and )?see what happens(?: to you| if you)?\\b`,
  `things (?:could|might|will) get (?:nasty|ugly|messy) for you\\b`,
];
/**
 * Knowing someone's private life, listed at them: "I know your street and your van", "your car, your
 * kids' school, your gym – all known". Apart from the other phrases because their repeated lists of
 * private things cost V8 ~25 ms to compile, paid on the page's first draft with any intimidation cue;
 * this pattern is compiled only for a draft that has one of LIST_CUE's words.
 */
const LIST_SOURCES = [
  `(?:i|we)(?:${A}ve| have)? (?:know|clocked|noted|got) (?:your|his|her|their) (?:kids${A}? |children${A}?s? )?${PRIV}(?:,? (?:and |&)? ?(?:your|his|her|their) (?:kids${A}? |children${A}?s? )?${PRIV}){1,4}\\b`,
  `(?:(?:your|his|her|their) (?:kids${A}? |children${A}?s? )?${PRIV}[,;&]? (?:and )?){2,5}[-–—:,. ]{0,4}(?:all|every one|everything)(?: of it)? (?:known|noted|clocked|logged)\\b`,
];
// Every alternative starts at a word boundary: one \b in front of them all (a third of the cost of one each).
const PHRASES = new RegExp(`\\b(?:${PHRASE_SOURCES.join('|')})`, 'gi');
const LISTS = new RegExp(`\\b(?:${LIST_SOURCES.join('|')})`, 'gi');
/** A word every LISTS match holds (case-blind, as LISTS is). */
const LIST_CUE = /known|noted|clocked|logged|(?:know|got) (?:your|his|her|their)/i;

/**
 * The matches of the phrases and the lists as ONE global alternation of both (the lists last) would
 * give them: from each position, the earliest match of either, the phrases first at the same start, and
 * the next search from its end.
 */
function phraseMatches(t: string): RegExpExecArray[] {
  const from = (re: RegExp, at: number) => {
    re.lastIndex = at;
    return re.exec(t);
  };
  const out: RegExpExecArray[] = [];
  const lists = LIST_CUE.test(t);
  let a = from(PHRASES, 0);
  let b = lists ? from(LISTS, 0) : null;
  while (a || b) {
    const m = a && (!b || a.index <= b.index) ? a : b!;
    out.push(m);
    const at = m.index + Math.max(1, m[0].length);
    if (a && a.index < at) a = from(PHRASES, at);
    if (b && b.index < at) b = from(LISTS, at);
  }
  return out;
}
const WARNED = /\b(?:you['’]?ve been warned|(?:last|final) warning|keep (?:this|it) up and|or else)\b/gi;
const PERSONAL = /\b(?:your|his|her|their) (?:kids|children|wife|husband|family|mum|mam|dad|house|home|address|street|car|workplace|office|job|school)\b|\bwhere (?:you|he|she|they) (?:live|lives|work|works)\b/i;
const QUICK = /known|noted|clocked|logged|(?:know|got) (?:your|his|her|their)|lesson|see what happens|get (?:nasty|ugly|messy)|know where|know (?:exactly )?who|watching|eye on|coming (?:for|after)|regret|careful if|life (?:hell|a (?:living )?hell|a misery|miserable)|(?:ruin|destroy|finish|bury) you|nice \w+(?: \w+)? (?:you|you've|you’ve)|shame if|watch (?:yourself|what)|be sorry|(?:find|get|come for) you|make me|warned|(?:last|final) warning|or else|keep (?:this|it) up/i;

export function intimidationHits(doc: TextDoc): { span: Span; info: boolean; phrase: string }[] {
  return doc.memo('threats/intimidation', () => {
    const t = doc.text;
    const out: { span: Span; info: boolean; phrase: string }[] = [];
    if (!QUICK.test(t)) return out;
    for (const m of phraseMatches(t)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (/^watch\b/i.test(m[0]) && HAZARD.test(t.slice(doc.sentenceAt(m.index).start, doc.sentenceAt(m.index).end))) continue;
      out.push({ span, info: inQuoteCondemnFrame(doc, span), phrase: m[0] });
    }
    const warned = doc.matchAll(WARNED);
    if (warned.length && (out.length || threatHits(doc).length)) {
      for (const m of warned) out.push({ span: { start: m.index, end: m.index + m[0].length }, info: inQuoteCondemnFrame(doc, { start: m.index, end: m.index + m[0].length }), phrase: m[0] });
    }
    return out;
  });
}

export default defineRule({
  id: 'threats-incitement/intimidation',
  family: 'threats-incitement',
  title: 'Veiled threats and intimidation',
  severity: 'warn',
  sets: ['core-legal'],
  policy: [
    { file: '000_02512859952f4825.txt', section: 'No place for hate in Barnsley', quote: 'We do not accept content that is defamatory, slanderous, discriminatory, inciting or intimidatory behaviour' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: 'Inappropriate Use of Social Media by Others', quote: 'Any form of intimidation or abuse on a social media platform is subject to all the same potential criminal prosecutions as other forms of intimidation.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Rules of engagement', quote: 'Rule 2: Posts should not contain abuse, harassment, intimidation or threats of any form.' },
  ],
  message:
    "{lead}Phrases like '{phrase}' can come across as intimidating, even if you don't mean them that way. Consider a calmer wording that sticks to the issue.",
  action: 'Use calmer wording that sticks to the issue.',
  examples: {
    trigger: [
      { text: '@JRobinson I know where you live, so think carefully before posting lies about me again.', context: { kind: 'reply' }, source: 'catalog R08 #1', severity: 'stop' },
      { text: "You've been warned. Keep this up and I'll make your life hell.", source: 'catalog R08 #2', severity: 'warn' },
      { text: "We know exactly who has been reporting us to enforcement, and we're watching.", source: 'catalog R08 #3', severity: 'warn' },
      { text: "Nice family you've got there, Mark. Shame if people knew what you've been saying.", context: { kind: 'reply' }, source: 'catalog R08 #4', severity: 'stop' },
      { text: "I'd be careful if I were you, Sandra.", context: { kind: 'reply' }, severity: 'warn' },
      { text: 'We know your address, your reg and your kids.', context: { kind: 'reply' }, severity: 'stop' },
      { text: 'Your van, your gym, your local — all clocked.', severity: 'stop' },
    ],
    quiet: [
      { text: 'Remember this on 7 May — you can vote them out.', source: 'catalog R08 #1' },
      { text: "You've been warned: parking enforcement on the school zig-zags starts Monday.", source: 'catalog R08 #2' },
      { text: 'I know where the problem is — the drain outside the Co-op has been blocked for weeks.', source: 'catalog R08 #3' },
      { text: 'Councillors are watching the consultation closely and will report back.', source: 'catalog R08 #4' },
      { text: "A man told me 'I know where you live' at the count. It's been reported to the police and the Monitoring Officer.", source: 'catalog R08 #5', allowInfo: true },
      { text: "We're watching the match at the Oakwell fan zone tonight." },
      { text: 'I know your street well — the drains there have been a disgrace for years.' },
      { text: 'We know your mum and dad from chapel, lovely people.' },
    ],
  },
  // Every hit is a PHRASES or WARNED match on the typed text: one word each phrase cannot do without, the
  // rarer where a phrase has a choice ("we know who you are" by "know", not "who": "everyone who came along";
  // "you'll be sorry" by "sorry", not "you'll"; "don't make me" by "make").
  cues: {
    words: [
      'where', 'watching', 'keeping', 'coming', 'regret', 'careful', 'life', 'ruin', 'destroy', 'finish', 'bury', 'nice', 'shame',
      'watch', 'll', 'well', 'ill', 'sorry', 'make', 'lesson', 'happens', 'nasty', 'ugly', 'messy', 'know', 'clocked', 'noted', 'got', 'known',
      'logged', 'warned', 'warning', 'keep', 'else',
    ],
  },
  detect(doc) {
    const hits: Hit[] = [];
    const found = intimidationHits(doc);
    if (found.length === 0) return hits;
    const loud = found.filter((h) => !h.info);
    const escalate = loud.length > 0 && (threatHits(doc).some((h) => !h.info) || PERSONAL.test(doc.text) || loud.some((h) => (/famil|kids|children|house|home|wife|husband|live|work|school/i.test(h.phrase) || PRIV_RE.test(h.phrase))));
    for (const h of found) {
      const severity: Severity = h.info ? 'info' : escalate ? 'stop' : 'warn';
      hits.push({ ...h.span, severity, vars: { lead: h.info ? QUOTE_CONDEMN_MESSAGE + ' ' : '', phrase: h.phrase } });
    }
    return hits;
  },
});

/** For the unit test that the split search gives exactly the matches of one combined alternation. */
export const _phraseSearch = { phrases: PHRASE_SOURCES, lists: LIST_SOURCES, matches: phraseMatches };

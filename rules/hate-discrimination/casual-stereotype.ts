import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Span } from '../types';
import { inQuoteCondemnFrame, isNegated, QUOTE_CONDEMN_MESSAGE } from '../shared/frames';
import { people } from '../shared/people';

/**
 * R06. Sexist, ageist and ableist remarks about a person: "calm down, dear", "hysterical" or "shrill"
 * said of a person, "ok boomer", "old dears", "coffin dodger", "past it", "must be mental",
 * "psycho". Service names and uses about things stay quiet ("mental health", "hysterical laughter",
 * "special educational needs", "the queue was mental").
 */

const APOS = "['’]";
// Phrases that are stereotyping however they are used.
const PHRASES = new RegExp(
  // Every alternative starts at a word boundary: one \b in front of them all (a third of the cost of one each).
  `\\b(?:${[
    `calm down,?\\s+(?:dear|love|luv|sweetheart|darling|petal|pet|sweetie|hun|princess)\\b`,
    `time of the month\\b`,
    `(?:get|go) back (?:in|to|into) (?:the|your) kitchen\\b`,
    `back to the kitchen\\b`,
    `(?:good|not bad|clever|smart|well|strong|tough|decent) for a (?:woman|girl|lass|lady|pensioner|woman of her age)\\b`,
    `(?:throws?|runs?|fights?|argues?|debates?|cries|cry) like a girl\\b`,
    `(?:women|girls|ladies|females) (?:can${APOS}?t|cannot|shouldn${APOS}?t|should not|don${APOS}?t|do not) (?:drive|lead|do maths|be (?:leaders|councillors|in charge|trusted|taken seriously))\\b`,
    `make (?:me|us) a (?:sandwich|cuppa|brew)\\b`,
    `ok(?:ay)? boomer\\b`,
    `old dears?\\b`,
    `coffin[- ]?dodgers?\\b`,
    `old (?:fogey|fogeys|fogies|codgers?|biddy|biddies|bats?|goats?|duffers?|crones?|hags?)\\b`,
    `(?:silly|daft|stupid|grumpy|senile|doddery) old (?:man|woman|git|bag|fool|goat|biddy|bat|lady|sod)\\b`,
    `(?:wrinklies|crumblies)\\b`,
    `(?:is|are|was|were|${APOS}s|${APOS}re|looks?|seems?|getting) (?:\\w+ )?(?:senile|doddery|gaga|past it|over the hill|past (?:his|her|their) sell[- ]by date)\\b`,
    `should (?:make way|step aside|retire) (?:for (?:someone|somebody|people) younger)?`,
    `too old to (?:understand|get it|use|be|know|change|lead)\\b`,
    `(?:you|you${APOS}re|you are|he${APOS}s|she${APOS}s|they${APOS}re|a|an|bunch of|such a) (?:\\w+ )?dinosaurs?\\b(?! (?:park|trail|museum|exhibition|exhibit|bones?|fossils?|footprints?|egg|world|kingdom|toy|show|day))`,
  ].join('|')})`,
  'gi',
);
// Words that stereotype when said OF a person (predicate), not of a thing.
const PREDICATE = new RegExp(
  `\\b(?:was|is|were|are|being|gets?|got|sounded|sounds|went|seems?|must be|must have been|${APOS}s|${APOS}re|acting|so|clearly|totally|completely|utterly|bit|getting)\\s+(?:so\\s+|too\\s+|far too\\s+|really\\s+|very\\s+|a bit\\s+|totally\\s+|completely\\s+|absolutely\\s+|clearly\\s+|again\\s+|just\\s+|bloody\\s+|f\\w*ing\\s+)?(hysterical|shrill|hormonal|emotional|bossy|nagging|catty|ditzy|mental|psycho|psychotic|schizo|loony|spastic|spaz|special|simple|retarded|senile|doddery|gaga|demented|deranged)\\b(?!\\s+(?:health|illness|needs|educational|school|unit|ward|capacity|wellbeing|laughter|offer|guest|event|thanks|meeting|occasion|interest|measures|advisor|adviser|constable|branch|responsibility|treatment|case|circumstances))`,
  'gi',
);
/** Who the word is said of: a person pronoun or role before it in the sentence (names come from people.ts). */
const PERSON_SUBJECT = /\b(?:she|he|they|you|her|him|anyone|anybody|everyone|whoever|people|councill?ors?|cllr|members?|residents?|officers?|voters?|leader|mayor|chair|woman|man|lady|bloke|guy|lad|women|girls|ladies|females|pensioners|old people|elderly|disabled people)\b/i;
/** One cheap test each before the phrase and predicate patterns run. */
const QUICK_PHRASE = /calm down|time of the month|kitchen|for a (?:woman|girl|lass|lady|pensioner)|like a girl|(?:women|girls|ladies|females) (?:can|should|don|do not)|make (?:me|us) a|boomer|dodger|old (?:dear|fog|codger|bidd|bat|goat|duffer|crone|hag)|(?:silly|daft|stupid|grumpy|senile|doddery) old|wrinkl|crumbl|senile|doddery|gaga|past it|over the hill|sell.by|make way|step aside|retire|too old|dinosaur/i;
const QUICK_WORD = /hyster|shrill|hormon|emotional|bossy|nagging|catty|ditzy|mental|psycho|schizo|loony|spas|spaz|special|simple|retard|senile|doddery|gaga|demented|deranged/i;
const THING_SUBJECT = /\b(?:queue|traffic|weather|day|week|night|shift|meeting|gig|crowd|prices?|rent|bills?|scenes?|place|town|party|match|game|noise|offer|deal|film|show|panto|laughter|reaction|response)\s+(?:\w+\s+){0,1}$/i;

export function stereotypeHits(doc: TextDoc): { span: Span; word: string; info: boolean }[] {
  return doc.memo('hate/stereotype', () => {
    const t = doc.text;
    const out: { span: Span; word: string; info: boolean }[] = [];
    const push = (start: number, end: number, word: string) => {
      const span = { start, end };
      if (out.some((o) => o.span.start < end && start < o.span.end)) return;
      if (isNegated(doc, span)) return;
      out.push({ span, word, info: inQuoteCondemnFrame(doc, span) });
    };
    if (QUICK_PHRASE.test(t)) for (const m of doc.matchAll(PHRASES)) push(m.index, m.index + m[0].length, m[0]);
    if (QUICK_WORD.test(t)) for (const m of doc.matchAll(PREDICATE)) {
      const w = m[1];
      const at = m.index + m[0].length - w.length;
      const sent = doc.sentenceAt(m.index);
      const lead = t.slice(sent.start, m.index);
      const named = people(doc).some((p) => !p.org && p.start >= sent.start && p.end <= m.index);
      if (!named && !PERSON_SUBJECT.test(lead)) continue;
      if (THING_SUBJECT.test(lead)) continue;
      push(at, at + w.length, w);
    }
    return out;
  });
}

export default defineRule({
  id: 'hate-discrimination/casual-stereotype',
  family: 'hate-discrimination',
  title: 'Sexist, ageist or ableist remarks',
  severity: 'warn',
  sets: ['core-legal'],
  policy: [
    { file: '004_f238b8de7f3077ec.txt', section: 'Rules of engagement', quote: 'Rule 3: Posts should not contain any form of discrimination – including racism, sexism, ageism, ableism, homophobia, transphobia or religious intolerance.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Handling online abuse', quote: 'Lead by example – do not post comments that could be considered abusive' },
    { file: '002_0356de40dc76b657.txt', section: '1.3 Members Code of Conduct', quote: 'the requirements to treat others with respect' },
  ],
  message:
    "{lead}Some words here can read as sexist, ageist or ableist (e.g. '{word}'). Rules of engagement like the LGA's rule these out. Try rewording to focus on what was said or done.",
  action: 'Reword to focus on what was said or done.',
  examples: {
    trigger: [
      { text: 'Cllr Walsh was hysterical again at full council. Calm down, dear.', source: 'catalog R06 #1', severity: 'warn' },
      { text: 'OK boomer, maybe leave the digital strategy to people who can use a phone.', source: 'catalog R06 #2', severity: 'warn' },
      { text: 'Anyone who voted for this scheme must be mental.', source: 'catalog R06 #3', severity: 'warn' },
      { text: 'The old dears on the parish council are past it and should make way.', source: 'catalog R06 #4', severity: 'warn' },
      { text: 'She always gets so emotional when the budget comes up.', severity: 'warn' },
      { text: 'Not bad for a woman, I suppose.', severity: 'warn' },
    ],
    quiet: [
      { text: 'Mental health drop-in every Tuesday at the Lifehouse — all welcome.', source: 'catalog R06 #1' },
      { text: "Thanks to the Older People's Forum for a lively discussion on bus passes.", source: 'catalog R06 #2' },
      { text: 'The new SEND unit will create 40 places for pupils with special educational needs.', source: 'catalog R06 #3' },
      { text: 'Hysterical laughter at the panto tonight — brilliant cast!', source: 'catalog R06 #4' },
      { text: 'Cllr Walsh made a strong case at full council, though I disagree with her.', source: 'catalog R06 #5' },
      { text: 'The queue at the tip on Saturday was mental.' },
      { text: 'The dinosaur trail at Cannon Hall Farm opens this weekend.' },
      { text: 'Our special guest at the summer fair is the Mayor.' },
    ],
  },
  // Every hit is a PHRASES or PREDICATE match on the typed text: one word of each phrase, and every PREDICATE word.
  cues: {
    words: [
      'calm', 'month', 'kitchen', 'woman', 'girl', 'lass', 'lady', 'pensioner', 'women', 'girls', 'ladies', 'females', 'sandwich', 'cuppa', 'brew',
      'boomer', 'dear', 'dears', 'old', 'wrinklies', 'crumblies', 'senile', 'doddery', 'gaga', 'past', 'hill', 'way', 'aside', 'retire',
      'dinosaur', 'dinosaurs',
      'hysterical', 'shrill', 'hormonal', 'emotional', 'bossy', 'nagging', 'catty', 'ditzy', 'mental', 'psycho', 'psychotic', 'schizo', 'loony',
      'spastic', 'spaz', 'special', 'simple', 'retarded', 'demented', 'deranged',
    ],
    prefixes: ['coffin'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const h of stereotypeHits(doc)) {
      hits.push(h.info ? { ...h.span, severity: 'info', vars: { lead: QUOTE_CONDEMN_MESSAGE + ' ', word: h.word } } : { ...h.span, vars: { lead: '', word: h.word } });
    }
    return hits;
  },
});

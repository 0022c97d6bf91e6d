import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Span } from '../types';
import { isPraise, sentenceOf } from '../shared/conduct';
import { aimedAtDecision } from '../shared/frames';
import { defineGate, gate } from '../cues';

/** Acronyms and public-safety words that are not shouting (R40: shipped allowlist). */
const ACRONYMS = new Set(
  'NHS HMO HMOS LTN LTNS SEND ASB CCTV BMBC ULEZ MP MPS DWP HS2 GP GPS HMRC BBC ITV DVLA DVSA RSPCA NSPCA NSPCC CAB PCSO PCSOS SYP GMP SYMCA GMCA TFGM MBC UK USA EU UN NATO COVID AGM FAQ PDF CEO RIP OAP OAPS PTA PE SATS GCSE GCSES ALEVEL BTEC ESOL NEET SEN EHCP CAMHS ICB CCG A&E AONB SSSI PCN MOT VAT ISA BT EE EDF RAF ENG WW2 WWII BST GMT LGA LGBT LGBTQ LGBTQ+ BAME SMEs SME ID URGENT UPDATE UPDATED CLOSED CLOSURE ROAD WARNING NOTICE REMINDER FREE NEW TODAY TONIGHT TOMORROW POLL VOTE EVENT INFO ATTENTION IMPORTANT ALERT DIVERSION OPEN CANCELLED POSTPONED FLOOD FLOODING SNOW LIVE NOW PSA BREAKING RESULTS WINNER WINNERS LOST FOUND MISSING APPEAL STOP SOS OK TV DIY DJ AM PM UKIP SNP SDP TUSC'.split(' '),
);

const CAPS_WORD = /\b[A-Z][A-Z'’]{2,}\b/g;
// Runs of two or more ! and ? (bounded; a run without '!' is skipped in heatSignals).
const EXCLAIM = /[!?]{2,40}/g;
const SARCASM = /\b(?:oh (?:wonderful|great|brilliant|fantastic|lovely|joy|good|perfect|super|marvellous|how lovely)|yeah,? right|sure,? because|well done,? (?:everyone|you|all),? (?:really|truly)?|what a surprise|shock horror|colour me surprised|who'?d have thought|thanks for nothing|slow clap)\b|\/s\b|🙄|🤡|🤦/giu;
const DISMISS_PERSON =
  /\b(?:grow up|get a life|do one|wind your neck in|get over (?:it|yourself|yourselves)|cry me a river|spare me|give me strength|whatever\s*[.!]|jog on|get a grip|pipe down|wake up,? (?:people|mate|love)|sort yourselves? out)/gi;
const DISMISS =
  /\b(?:pathetic|disgrace(?:ful)?|shambles|shambolic|a joke|a farce|laughable|ridiculous|disgusting|absolute(?:ly)? (?:joke|shambles|disgrace|disgusting|clueless)|embarrassing|ashamed|clueless|all mouth and no trousers|couldn'?t organise a (?:piss-up|p\*ss-up|party) in a brewery|useless lot|bunch of clowns|clown show)\b/gi;
const TRIBAL =
  /\btypical (?:labour|tory|tories|reform|lib ?dems?|greens?|conservatives?|snp|lefty|leftie|socialists?|independents?)(?: lot)?\b|\b(?:labour|tory|reform|lib ?dem|green|conservative|independent) lot\b|\b(?:lefties|leftards|snowflakes|gammons?|tory scum|champagne socialists?|remoaners|libtards|woke mob)\b/gi;
const MILD_PROFANITY = /\b(?:bloody|crap|crappy|damn|damned|piss(?:ed|ing)? off|arse|sod (?:off|it|this)|bollocks|frigging|flipping heck|hell)\b/gi;
const SECOND = /\b(?:you|you're|your|youre|ur|ya)\b/gi;
// Cheap pre-test: an exclamation run, a capital run, sarcasm emoji, or a stem of the phrase lists.
const PRE_MARKS = /[!?]!|![!?]|[A-Z]{3}|🙄|🤡|🤦/u;
const PRE = /\/s\b|\boh |yeah|sure|grow up|get a|do one|neck|get over|cry me|spare me|strength|whatever|jog on|grip|pipe down|wake up|sort yourselves|pathetic|disgrace|shambl|joke|farce|laughable|ridiculous|disgust|embarrass|ashamed|clueless|trousers|brewery|useless lot|clown|typical|(?:labour|tory|reform|dem|green|conservative|independent) lot|lefties|leftards|snowflake|gammon|scum|socialist|remoaner|libtard|woke|bloody|crap|damn|piss|arse|\bsod\b|bollocks|frigging|hell|surprise|horror|thought|nothing|slow clap|well done/;

/**
 * The cues of the heat signals (rules/cues.ts): heatSignals(doc) can be non-empty only with one of these.
 * A word of every SARCASM, DISMISS_PERSON, DISMISS, TRIBAL and MILD_PROFANITY phrase; `when`: what is not a
 * word: a shouted word (three capitals in a row), a run of "!" and "?", "/s", the sarcasm emoji, and the
 * phrases made of everyday words ("do one", "get over it": ASCII, so the folded text has them).
 * SARCASM_CUES hold a word (or "/", an emoji) of every SARCASM phrase; WORD_CUES one of every DISMISS_PERSON
 * (but "do one", "get over it"), DISMISS, TRIBAL and MILD_PROFANITY phrase: each is also a gate, so a draft
 * scans only the lists whose words it has.
 */
const HEAT_MARKS = /[!?]!|![!?]|[A-Z][A-Z'’]{2}|\/[sS]\b|🙄|🤡|🤦/u;
const SARCASM_CUES = {
  words: ['oh', 'yeah', 'sure', 'done', 'shock', 'whod', 'slow'],
  prefixes: ['surprise', 'nothing'],
};
const WORD_CUES = {
  words: [
    'grow', 'neck', 'cry', 'spare', 'whatever', 'jog', 'pipe', 'wake', 'useless', 'typical',
    'labour', 'tory', 'reform', 'dem', 'libdem', 'green', 'conservative', 'independent', 'woke', 'sod', 'flipping', 'hell', 'hells',
  ],
  prefixes: [
    'life', 'strength', 'grip', 'yourself', 'pathetic', 'disgrace', 'shambl', 'joke', 'farce', 'laughable', 'ridiculous', 'disgust',
    'embarrass', 'ashamed', 'clueless', 'trousers', 'brewery', 'clown', 'lefties', 'leftards', 'snowflakes', 'gammon', 'scum', 'socialist', 'remoaners',
    'libtards', 'bloody', 'crap', 'damn', 'piss', 'arse', 'bollocks', 'frigging',
  ],
};
const G_SARCASM = defineGate('tone/heat-sarcasm', { ...SARCASM_CUES, chars: '/🙄🤡🤦' });
const G_WORDS = defineGate('tone/heat-words', WORD_CUES);
/** DISMISS_PERSON's phrases of everyday words, read on the folded text. */
const everydayDismissal = (doc: TextDoc) => doc.folded.text.includes('do one') || doc.folded.text.includes('get over ');
export const HEAT_CUES = {
  words: [...SARCASM_CUES.words, ...WORD_CUES.words],
  prefixes: [...SARCASM_CUES.prefixes, ...WORD_CUES.prefixes],
  when: (doc: TextDoc): boolean => HEAT_MARKS.test(doc.text) || everydayDismissal(doc),
};

interface Signal extends Span {
  weight: number;
  text: string;
}

function lateNight(doc: TextDoc): boolean {
  if (!doc.now) return false;
  const h = doc.now.getHours();
  return h >= 23 || h < 5;
}

/** The draft's heat: every signal with its weight (shared with tone/heated-reply). */
export function heatSignals(doc: TextDoc): Signal[] {
  return doc.memo('tone.heat', () => {
    const text = doc.text;
    const out: Signal[] = [];
    if (!PRE_MARKS.test(text) && !PRE.test(doc.folded.text)) return out;
    // Each phrase list is scanned only when the draft has a word of it (its gate).
    const praiseSentence = (at: number) => {
      const s = sentenceOf(doc, at);
      return isPraise(text.slice(s.start, s.end));
    };
    // Shouting: ALL-CAPS words that are not acronyms, outside praise.
    let caps = 0;
    for (const m of doc.matchAll(CAPS_WORD)) {
      const w = m[0].replace(/['’]/g, '');
      if (ACRONYMS.has(w) || !/[AEIOUY]/.test(w) || w.length < 3) continue;
      if (praiseSentence(m.index)) continue;
      caps++;
      if (caps <= 3) out.push({ start: m.index, end: m.index + m[0].length, weight: 1, text: m[0] });
    }
    let bangs = 0;
    if (text.includes('!')) for (const m of doc.matchAll(EXCLAIM)) {
      if (!m[0].includes('!')) continue;
      if (praiseSentence(Math.max(0, m.index - 1))) continue;
      const w = m[0].length >= 3 ? 2 : 1;
      if (bangs + w > 3) break;
      bangs += w;
      // Highlight the word before the exclamation marks with them.
      const before = /[\w'’]+\W{0,2}$/.exec(text.slice(Math.max(0, m.index - 25), m.index));
      const start = before ? m.index - before[0].length : m.index;
      out.push({ start, end: m.index + m[0].length, weight: w, text: text.slice(start, m.index + m[0].length) });
    }
    let sarc = 0;
    if (gate(doc, G_SARCASM)) for (const m of doc.matchAll(SARCASM)) {
      if (sarc >= 2) break;
      sarc++;
      out.push({ start: m.index, end: m.index + m[0].length, weight: 2, text: m[0] });
    }
    const words = gate(doc, G_WORDS);
    if (words || everydayDismissal(doc)) for (const m of doc.matchAll(DISMISS_PERSON)) {
      const t = m[0].replace(/[\s.!]+$/, '');
      out.push({ start: m.index, end: m.index + t.length, weight: 3, text: t });
    }
    if (words) for (const m of doc.matchAll(DISMISS)) {
      const span = { start: m.index, end: m.index + m[0].length };
      // Criticism of a decision, policy or thing is not heat (§7): "This consultation was a shambles".
      if (aimedAtDecision(doc, span)) continue;
      out.push({ ...span, weight: 2, text: m[0] });
    }
    if (words) for (const m of doc.matchAll(TRIBAL)) out.push({ start: m.index, end: m.index + m[0].length, weight: 2, text: m[0] });
    let prof = 0;
    if (words) for (const m of doc.matchAll(MILD_PROFANITY)) {
      if (prof++ >= 2) break;
      out.push({ start: m.index, end: m.index + m[0].length, weight: 1, text: m[0] });
    }
    if (out.length === 0) return out;
    const you = doc.matchAll(SECOND);
    if (you.length >= 3) out.push({ start: you[0].index, end: you[0].index + you[0][0].length, weight: 1, text: you[0][0] });
    return out;
  });
}

/** The heat score: the sum of the signal weights, multiplied when posting late at night. */
export function heatScore(doc: TextDoc): number {
  const sum = heatSignals(doc).reduce((a, s) => a + s.weight, 0);
  return lateNight(doc) ? sum * 1.5 : sum;
}

export const INFO_AT = 3;
export const WARN_AT = 5;

export default defineRule({
  id: 'tone/public-meeting-test',
  family: 'tone',
  title: 'Would you say this at a public meeting?',
  severity: 'info',
  sets: ['tone'],
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: "don't publish on social media something you wouldn't say face to face, or at a public meeting." },
    { file: '002_0356de40dc76b657.txt', section: '1.1 General ‘Dos and Don’ts’ for Social Media — Don\'t', quote: "don't post any message on social media that you wouldn't happily say in a public meeting." },
    { file: '004_f238b8de7f3077ec.txt', section: 'Keeping your personal and family life private', quote: 'It’s highly recommended that you never post or share anything online, or on any social media account, that you would not be comfortable saying or sharing in a public meeting.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Understand what you can and can’t post online, including legally.', quote: 'If you would be reluctant to say something face-to-face to a group of strangers in the street, then you probably shouldn’t say it on social media.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '5. Principles for using social media', quote: 'Think twice –Think carefully about all your social media posts.' },
  ],
  message:
    "Quick check: would you be happy to say this at a public meeting? Strong wording ('{example}') can overshadow your point. Consider a calmer version.",
  action: 'Consider a calmer version.',
  examples: {
    trigger: [
      { text: 'ABSOLUTELY DISGUSTING!!! The state of this town is a JOKE and everyone responsible should be ASHAMED!!!', severity: 'warn', source: 'catalog R40 #1' },
      { text: 'Oh wonderful, ANOTHER consultation nobody will read 🙄🙄', source: 'catalog R40 #2' },
      { text: 'Typical Reform lot, all mouth and no trousers. Grow up.', severity: 'warn', source: 'catalog R40 #3' },
      { text: 'Whatever. Get a life, mate, some of us actually work for this ward.', context: { kind: 'reply', now: '2026-05-20T23:40:00' }, severity: 'warn', source: 'catalog R40 #4' },
      { text: 'Honestly, grow up.', severity: 'info' },
      { text: 'Whatever. Get a life, mate.', context: { now: '2026-05-20T14:00:00' }, severity: 'warn' },
    ],
    quiet: [
      { text: "I strongly disagree with the cabinet's decision and will be calling it in for scrutiny.", source: 'catalog R40 #1' },
      { text: 'URGENT: A628 closed both ways at Dunford Bridge due to snow — avoid the area.', source: 'catalog R40 #2' },
      { text: 'Brilliant effort from everyone at the Big Barnsley Litter Pick!!', source: 'catalog R40 #3' },
      { text: 'The NHS, DWP and HMRC all need to work together on this.', source: 'catalog R40 #4' },
      { text: 'This consultation was a shambles, and the council\'s decision was wrong.' },
      { text: 'ROAD CLOSED: Church Street, Penistone, until 6pm. Diversion via Bridge Street.' },
      { text: 'Well done to the SEND team at Darton for the new sensory room!' },
    ],
  },
  // Every finding is a heat signal.
  cues: HEAT_CUES,
  detect(doc) {
    const signals = heatSignals(doc);
    if (signals.length === 0) return [];
    const score = heatScore(doc);
    if (score < INFO_AT) return [];
    const top = signals.reduce((a, b) => (b.weight > a.weight ? b : a));
    return [{ start: top.start, end: top.end, severity: score >= WARN_AT ? 'warn' : 'info', vars: { example: top.text } } satisfies Hit];
  },
});

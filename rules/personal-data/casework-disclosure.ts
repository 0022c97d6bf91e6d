import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Span } from '../types';
import { findUkPhones } from '../shared/validators';
import { AGGREGATE, CASEWORK, IDENTIFYING_DETAIL, mayHaveCasework, privatePeopleIn, sensitiveHits } from './lib/cues';

/** A house number and street, or "at number 9". */
const ADDRESS = /\b(?:(?:at|on|from|in)[ \t]+(?:no\.?|number)[ \t]?\d{1,4}|\d{1,4}[a-z]?,?[ \t]+[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?[ \t]+(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Court|Grove|Terrace|Place|Gardens|Walk|Hill|Row|Mews|View|Rise|Square|Green|Parade|Fold|Croft))\b/;
/** A named street or estate: with family composition or age it points at one household. */
const STREET = /\b(?:on|in|at|off|from)[ \t]+(?:the[ \t]+)?[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?[ \t]+(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Court|Grove|Terrace|Place|Gardens|Walk|Hill|Row|Mews|View|Rise|Square|Green|Parade|Fold|Croft|estate|Estate|flats|Flats|House|Tower)\b/;
/** In a reply: details of the resident's own case, "your rent arrears are £1,240", "your banding is C". */
const YOUR_CASE =
  /\byour[ \t]+(?:housing benefit[ \t]+|rent[ \t]+|council tax[ \t]+|housing[ \t]+|benefit[ \t]+|PIP[ \t]+|UC[ \t]+|universal credit[ \t]+|homeless(?:ness)?[ \t]+|repair[ \t]+|tenancy[ \t]+)?(?:arrears|case|claim|application|banding|band|assessment|tenancy|account|debt|bill|appeal|repairs?|referral|rent|sanction|award|payments?|points|priority|file)\b/gi;
/** A specific fact in that sentence: money, a band, a count, a refusal, a date. */
const SPECIFIC = /£[ \t]?\d|\bband[ \t]+[A-E]\b|\b\d+[ \t]+(?:points|weeks|months|days)\b|\b(?:refused|rejected|turned down|declined|suspended|stopped|reduced|sanctioned|closed|overdue|behind|owe|owes|owing)\b|\b\d{1,2}\/\d{1,2}\b/i;
/** The right thing to do: an invitation to take it private. */
const TAKE_PRIVATE = /\b(?:message me|DM me|inbox me|PM me|email me|send me|get in touch|contact me|drop me a (?:line|message)|give me a (?:ring|call)|ring me|call me|I'?ll message you|I'?ll DM you|message you privately|privately)\b/i;
const THIRD_PRONOUN = /\b(?:he|she|his|her|him)\b/i;

function fullIdentifierIn(doc: TextDoc, s: Span): boolean {
  const t = doc.text.slice(s.start, s.end);
  if (ADDRESS.test(t)) return true;
  if (/\d{3}/.test(t) && findUkPhones(t).some((p) => !p.phone.organisation)) return true;
  return /\b(?:NHS|NI|national insurance|DOB|date of birth|sort code|account (?:number|no))\b/i.test(t) && /\d{4}/.test(t);
}

export default defineRule({
  id: 'personal-data/casework-disclosure',
  family: 'personal-data',
  title: "Discussing a resident's case in public",
  severity: 'warn',
  sets: ['personal-data'],
  policy: [
    { file: '003_af96a0d5570051af.txt', section: '4. Using social media for personal use at home (4.4)', quote: 'You should not divulge confidential information about, or belonging to, the Council, its service users or work colleagues.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '5. Principles for using social media', quote: "Be trustworthy - make sure that you respect people's confidentiality" },
    { file: '004_f238b8de7f3077ec.txt', section: 'Rules of engagement', quote: 'if you have specific enquiries or casework, please send directly to my official email.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '2. Report the abuse', quote: 'If the tweet or post is a complaint about a council service, you can ask for contact details and pass the information to officers to follow-up on' },
  ],
  message:
    'This looks like casework that could identify the resident ({cue}). Keep case details private: reply with "I\'ll message you" and deal with it by email or DM.',
  action: 'Reply "Sorry to hear this — please message me your details and I\'ll take it up", and deal with it privately.',
  examples: {
    trigger: [
      { text: "Update on Mrs Green's housing case: she's been moved to Band B after I chased the housing team.", source: 'catalog R22 #1' },
      { text: "Hi Darren, I've checked and your rent arrears are £1,240, so that's why the repair was refused. I'll chase.", context: { kind: 'reply' }, severity: 'stop', source: 'catalog R22 #2' }, // arrears are special-category (debt): R22 stops with R21 data
      { text: 'A single mum of three on Elm Road has been living with black mould for a year — her kids are constantly ill.', source: 'catalog R22 #3' },
      { text: 'My constituent at 7 Moor Lane has been waiting 14 weeks for his PIP assessment. Disgraceful.', severity: 'stop', source: 'catalog R22 #4' },
      { text: "Wojciech Nowak's homeless application was turned down again — I'm taking it to the Ombudsman.", severity: 'warn' },
      { text: 'Your housing application was closed in May because the form was incomplete — I have asked them to reopen it.', context: { kind: 'reply' } },
      { text: 'Met Ms Khan (tenant) about the mould in her flat — housing will visit on 12/03.' },
      { text: 'Elderly couple on Carr Green Lane waiting for a repair to their leaking roof since March — her husband is on oxygen.' },
    ],
    quiet: [
      { text: "Sorry to hear this, Darren — please message me your address and I'll take it up with housing today.", context: { kind: 'reply' }, source: 'catalog R22 #1' },
      { text: "I've helped 47 households with housing casework this year — email me if you need help.", source: 'catalog R22 #2' },
      { text: "Damp and mould complaints have doubled across the ward; I've asked for a scrutiny review.", source: 'catalog R22 #3' },
      { text: "If you're struggling with rent, the council's hardship fund is open until March: https://…", source: 'catalog R22 #4' },
      { text: 'Residents living with damp and mould can ask for a housing assessment — message me and I will help.' },
      { text: 'Case ref for the pothole on Wood Lane is in, highways say two weeks.' },
      { text: 'Sorry about your repair, please DM me your details and I will chase it.', context: { kind: 'reply' } },
      { text: 'Met the housing team today to discuss the banding policy review.' },
    ],
  },
  // A word of every CASEWORK phrase (lib/cues.ts); in a reply, "your" for YOUR_CASE.
  cues: {
    words: [
      'constituent', 'resident', 'helping', 'case', 'claim', 'application', 'appeal', 'assessment', 'banding', 'tenancy', 'arrears', 'referral',
      'account', 'bill', 'debt', 'file', 'request', 'ticket', 'complaint', 'housing', 'band', 'worker', 'waiting', 'mould', 'mold', 'damp',
      'leak', 'leaks', 'disrepair', 'rats', 'mice', 'vermin', 'roof', 'boiler', 'heating', 'chased', 'chase',
    ],
    prefixes: ['repair'],
    when: (doc) => (doc.context.kind === 'reply' || doc.context.kind === 'comment') && /your/i.test(doc.text),
  },
  detect(doc) {
    const text = doc.text;
    const reply = doc.context.kind === 'reply' || doc.context.kind === 'comment';
    const cues = mayHaveCasework(doc) ? doc.matchAll(CASEWORK) : [];
    if (cues.length === 0 && !(reply && /\byour\b/i.test(text))) return [];
    const hits: Hit[] = [];
    const sentences = doc.sentences;
    const seen = new Set<number>();
    const consider = (cue: Span, si: number, viaReply: boolean) => {
      const sent = si >= 0 ? sentences[si] : { start: 0, end: text.length };
      if (seen.has(sent.start)) return;
      const st = text.slice(sent.start, sent.end);
      const persons = privatePeopleIn(doc, sent);
      const address = ADDRESS.test(st);
      const detail = IDENTIFYING_DETAIL.test(st) && STREET.test(st);
      const carried = persons.length === 0 && THIRD_PRONOUN.test(st) && si > 0 && privatePeopleIn(doc, sentences[si - 1]).length > 0;
      const identified = persons.length > 0 || address || detail || carried || viaReply;
      if (!identified) return;
      if (!persons.length && !address && AGGREGATE.test(st)) return;
      if (TAKE_PRIVATE.test(st) && !SPECIFIC.test(st) && !address) return;
      seen.add(sent.start);
      const sensitive = sensitiveHits(doc).some((h) => h.start >= sent.start && h.end <= sent.end);
      const severity: Hit['severity'] = sensitive || fullIdentifierIn(doc, sent) ? 'stop' : 'warn';
      hits.push({ start: cue.start, end: cue.end, severity, vars: { cue: text.slice(cue.start, cue.end) } });
    };
    const sentIndex = (at: number) => sentences.findIndex((s) => at >= s.start && at < s.end);
    for (const m of cues) {
      // "Case ref for the pothole": highways, not a resident's case.
      if (/^case/i.test(m[0]) && /\b(?:pothole|streetlight|street light|fly-?tip|graffiti|bin|drain|road|pavement)\b/i.test(text.slice(m.index, m.index + 60))) continue;
      consider({ start: m.index, end: m.index + m[0].length }, sentIndex(m.index), false);
    }
    if (reply) {
      for (const m of doc.matchAll(YOUR_CASE)) {
        const si = sentIndex(m.index);
        const sent = si >= 0 ? sentences[si] : { start: 0, end: text.length };
        if (!SPECIFIC.test(text.slice(sent.start, sent.end))) continue;
        consider({ start: m.index, end: m.index + m[0].length }, si, true);
      }
    }
    return hits;
  },
});

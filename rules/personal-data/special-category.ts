import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Span } from '../types';
import { people, wordsBetween } from '../shared/people';
import { AGGREGATE, IDENTIFYING_DETAIL, OWN_FAMILY, SENSITIVE_CUES, SERVICE_FRAME, sensitiveHits } from './lib/cues';

/** A house number and street, or "at number 9": a person noun with an address identifies them. */
const ADDRESSISH = /\b(?:(?:at|on|from|in)[ \t]+(?:no\.?|number)[ \t]?\d{1,4}|\d{1,4}[a-z]?,?[ \t]+[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?[ \t]+(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Court|Grove|Terrace|Place|Gardens|Walk|Hill|Row|Mews|View|Rise|Square|Green|Parade|Fold|Croft))\b/;

/** Weaker identification: a known individual without a name. */
const WEAK_PERSON = /\b(?:my constituent|a constituent|(?:this|one|a) (?:lady|gentleman|man|woman|resident|tenant|neighbour|pensioner|young (?:man|woman|mum|lad))|(?:her|his) (?:mum|mam|dad|son|daughter|husband|wife|partner|neighbour|landlord)|our neighbour|next door)\b/i;

/** First person as the subject: "I was diagnosed", "I've been on Universal Credit". */
const SELF_SUBJECT = /(?:^|[^\w'])(?:I|I'm|I've|I'd|I am|I was|I have|I had|myself|my own)(?![\w'])/;
const THIRD_PRONOUN = /\b(?:he|she|his|her|him|they're|their)\b/i;

/** Words right after a term that make it a service or a topic, not a fact about someone: "Dementia café", "PIP assessments are changing". */
function isServiceUse(doc: TextDoc, h: Span): boolean {
  const after = doc.text.slice(h.end, Math.min(doc.text.length, h.end + 24));
  const before = doc.text.slice(Math.max(0, h.start - 30), h.start);
  // "her Universal Credit claim", "Ms Hall's PIP assessment": someone's own case, not a service.
  if (/(?:\b(?:her|his|their|your)|['’]s)[ \t]+$/i.test(before)) return false;
  if (SERVICE_FRAME.test(after.split(/[ \t,.;:!?]+/).filter(Boolean).slice(0, 2).join(' '))) return true;
  if (/\b(?:for people (?:with|on|who)|support(?:ing)? (?:for )?(?:people|those|families|anyone)|anyone (?:with|on|who)|awareness of|living with (?:it|them)|about|on the subject of|tackling|reduce|reducing|prevent(?:ing)?|end|ending|rates? of|levels of|cases of|figures (?:on|for)|funding for|services? for|help (?:with|for))[ \t]+(?:\w+[ \t]+)?$/i.test(before)) return true;
  return false;
}

/** A named person in the span. @mentions count only as the subject right before the term ("@JaneDoe has…"). */
function privatePersonIn(doc: TextDoc, s: Span, term?: Span): boolean {
  return people(doc).some((p) => {
    if (p.org || p.weak || p.start < s.start || p.end > s.end) return false;
    if (p.kind !== 'mention') return true;
    // "RT @user:" and "@user:" are attributions, not the subject.
    if (/^:/.test(doc.text.slice(p.end, p.end + 1)) || /\bRT[ \t]*$/.test(doc.text.slice(Math.max(0, p.start - 4), p.start))) return false;
    return !!term && p.end <= term.start && wordsBetween(doc.text, p.end, term.start) <= 5;
  });
}

/** Opinion, wish or threat rather than a fact about someone's record: "should be jailed", "deserves prison". */
const NOT_A_FACT = /\b(?:should|must|ought to|deserves? to|needs? to|will|would|could|wants? (?:\w+ )?to|hope (?:\w+ )?|let'?s)\s+(?:be\s+|go\s+(?:to\s+)?|end up\s+(?:in\s+)?|get\s+)?$|\b(?:deserves?|belongs? in|send (?:him|her|them) to|lock (?:him|her|them) up in)\s+(?:to\s+)?(?:be\s+)?$/i;

export default defineRule({
  id: 'personal-data/special-category',
  family: 'personal-data',
  title: 'Sensitive details about an identifiable person',
  severity: 'stop',
  sets: ['personal-data', 'core-legal'],
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: "ensure that you handle any personal or sensitive information in line with the Council's data protection policy." },
    { file: '000_02512859952f4825.txt', section: "Dos and don'ts at a glance — Don't", quote: 'divulge confidential information about, or belonging to, the council, people who use our services, employees or other elected members.' },
    { file: '003_af96a0d5570051af.txt', section: '4. Using social media for personal use at home (4.4)', quote: 'You should not divulge confidential information about, or belonging to, the Council, its service users or work colleagues.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '4. Conduct', quote: 'Other violations of this policy, such as breaching the Data Protection Act, could lead to fines being issued and possible criminal or civil action' },
  ],
  message:
    'This shares sensitive information about an identifiable person ({category}). Health, religion, sexuality, criminal records, benefits and similar details need extra care under data-protection law. Remove the personal details; you can still make your point without them.',
  action: 'Remove the personal details; make the point without them.',
  nlp: false,
  examples: {
    trigger: [
      { text: "Mr Cartwright at number 9 has terminal cancer and still the council won't fix his heating.", severity: 'stop', source: 'catalog R21 #1' },
      { text: 'My constituent Aisha Begum is on Universal Credit and has been sanctioned twice — disgraceful.', severity: 'stop', source: 'catalog R21 #2' },
      { text: 'The lad who runs the chippy on Market Street has just come out of prison, just so you all know.', severity: 'stop', source: 'catalog R21 #3' },
      { text: 'Jenny at the Co-op has been sectioned, please keep her family in your thoughts.', severity: 'stop', source: 'catalog R21 #4' },
      { text: 'The Nowak family at 5 Grove Street are asylum seekers and have been waiting a year for a decision.', severity: 'stop', source: 'catalog R21 #5' },
      { text: 'Spoke to Darren Lees today. He is an alcoholic and the housing team know it.', severity: 'stop' },
      { text: 'Everyone knows Siobhan from the pub is gay, so why all the secrecy?', severity: 'stop' },
      { text: 'My constituent has been in rehab twice and still nobody will help.', severity: 'warn' },
    ],
    quiet: [
      { text: 'Dementia café every Tuesday at Worsbrough library, 2–4pm — carers welcome.', source: 'catalog R21 #1' },
      { text: 'Over 1,200 households in our ward claim Universal Credit — the cost-of-living fund can help.', source: 'catalog R21 #2' },
      { text: "I was diagnosed with type 2 diabetes last year — please get checked if you're over 40.", source: 'catalog R21 #3' },
      { text: 'Proud to support Bury Pride and all our LGBTQ+ residents.', source: 'catalog R21 #4' },
      { text: 'PIP assessments are changing in April; Citizens Advice Barnsley can help anyone affected.' },
      { text: 'Great talk from Dr Amir Hussain on dementia awareness at the town hall tonight.' },
      { text: "My wife was diagnosed with cancer in 2019 and the NHS staff were incredible." },
      { text: 'Funding for addiction services in Barnsley has been cut by a third since 2015.' },
    ],
  },
  // Every finding is a sensitive term (lib/cues.ts sensitiveHits), whose pattern runs only when its gate passes: a word of every gate.
  cues: SENSITIVE_CUES,
  detect(doc) {
    const hits0 = sensitiveHits(doc);
    if (hits0.length === 0) return [];
    const text = doc.text;
    const out: Hit[] = [];
    const sentences = doc.sentences;
    for (const h of hits0) {
      if (isServiceUse(doc, h)) continue;
      const si = sentences.findIndex((s) => h.start >= s.start && h.start < s.end);
      const sent = si >= 0 ? sentences[si] : { start: 0, end: text.length };
      const st = text.slice(sent.start, sent.end);
      const before = text.slice(sent.start, h.start);
      if (h.category === 'criminal record' && NOT_A_FACT.test(before.slice(-40))) continue;
      // Hypotheticals and generalities: "once someone has Alzheimer's", "if anyone is on Universal Credit".
      if (/\b(?:someone|somebody|anyone|anybody|if you|if they|whoever)\b[^.!?]{0,40}$/i.test(before)) continue;
      const named = privatePersonIn(doc, sent, h);
      const detail = IDENTIFYING_DETAIL.test(st) || ADDRESSISH.test(st);
      // A pronoun pointing back to a person named in the previous sentence.
      const carried = !named && !detail && THIRD_PRONOUN.test(before) && si > 0 && privatePersonIn(doc, sentences[si - 1]);
      const weak = WEAK_PERSON.test(st);
      // Self-disclosure and the member's own family: their choice (R50 may nudge).
      if (!named && !detail && (SELF_SUBJECT.test(before) || OWN_FAMILY.test(before))) continue;
      // Aggregates: "1,200 households", "people who", "anyone".
      if (!named && !detail && AGGREGATE.test(st)) continue;
      let severity: Hit['severity'] | null = null;
      if (named || detail || carried) severity = 'stop';
      else if (weak) severity = 'warn';
      if (!severity) continue;
      out.push({ start: h.start, end: h.end, severity, vars: { category: h.category } });
    }
    return out;
  },
});

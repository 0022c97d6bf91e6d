import { defineRule } from '../define';
import type { Hit } from '../types';
import { claimNegated, matchSkeleton, sentenceIndex, sentenceOf } from '../shared/conduct';
import { inQuoteCondemnFrame } from '../shared/frames';
import { targetsIn } from '../shared/targets';

// Hearsay markers, on the skeleton (no apostrophes, single spaces).
const PRE = /hear|told|rumou?r|word is|word on|apparently|someone said|allegedly|little bird|reliable source|not confirmed|confirm|is it true|anyone know|gossip|whisper|reportedly|a friend|grapevine|on good authority/;
const MARKER =
  /\b(?:i ?ve heard|i heard|ive been told|i have heard|i have been told|im told|i am told|so im told|so i hear|i hear|we re told|were told|rumou?r (?:has it|is|going round|mill)|rumou?rs (?:are|that)|(?:the|a) rumou?r|word is|word on the street|apparently|someone (?:told|said to) me|somebody (?:told|said to) me|a friend (?:told|said)|allegedly|a little bird|reliable source|good authority|not (?:yet )?confirmed but|unconfirmed|can anyone confirm|anyone confirm|is it true (?:that )?|anyone know (?:why|if|whether)|does anyone know (?:why|if|whether)|on the grapevine|whispers?|gossip)\b/g;
// Reputational predicates (R15 signals).
const PREDICATE =
  /\b(?:sacked|suspended|suspension|arrested|nicked|charged|cautioned|drunk|pissed|hammered|under the influence|affair|cheating on|bankrupt|going bust|gone bust|in debt|skint|under investigation|being investigated|in trouble|fired|kicked out|thrown out|resigned in disgrace|in disgrace|disgraced|under a cloud|forced out|pushed out|forced to resign|banned|struck off|disciplinary|disciplined|in rehab|on drugs|taking drugs|dodgy|fiddl(?:ing|ed)|stealing|stole|fraud|corrupt|a record|in prison|jailed|pregnant|divorc(?:e|ing|ed)|off sick|breakdown|police (?:visit|came|were called|called))\b/i;
const PERSONISH = ['person', 'mention', 'role', 'organisation'] as const;

export default defineRule({
  id: 'defamation/hearsay-about-person',
  family: 'defamation',
  title: 'Passing on rumours about a named person',
  severity: 'warn',
  sets: ['core-legal'],
  nlp: true,
  policy: [
    { file: '004_f238b8de7f3077ec.txt', section: 'Rules of engagement', quote: 'Rule 4: Posts should not spread false or unverified information.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'it is important to ensure you are confident of the validity and nature of the information you publish.' },
    { file: '000_02512859952f4825.txt', section: 'Key points', quote: 'Anything you publish must be true, not misleading, and all claims must be substantiated and approved.' },
  ],
  message:
    "This passes on something you've heard about {target}. If it isn't verified, sharing it could spread false information and could be defamatory. Check it first, or leave it out.",
  action: 'Check it first, or leave it out.',
  examples: {
    trigger: [
      { text: 'Apparently the head of housing has been suspended — anyone know why?', severity: 'warn', source: 'catalog R15 #1' },
      { text: "I'm told Cllr Price was drunk at the civic dinner again.", severity: 'warn', source: 'catalog R15 #2' },
      { text: "Rumour has it the owner of the Royal Oak is going bankrupt and that's why the licence is up for review.", severity: 'warn', source: 'catalog R15 #3' },
      { text: 'Word is Mr Akhtar from the school has been arrested. Can anyone confirm?', severity: 'warn', source: 'catalog R15 #4' },
      { text: 'A little bird tells me @DaveH_Builds is under investigation by Trading Standards.' },
      { text: 'Is it true that Sarah Whitaker got sacked?' },
    ],
    quiet: [
      { text: "Apparently it's going to snow on Thursday — gritters are on standby.", source: 'catalog R15 #1' },
      { text: "I've heard from lots of residents about the state of the footpath on Cemetery Road, so I've reported it.", source: 'catalog R15 #2' },
      { text: "I'm told the A61 roadworks will finish on Friday — official update here: https://…", source: 'catalog R15 #3' },
      { text: "Cllr Price has confirmed she'll attend the ward walkabout on Saturday.", source: 'catalog R15 #4' },
      { text: 'Apparently the council has suspended garden waste collections for two weeks.' },
      { text: "I'm told Cllr Price has not been suspended — that story is false." },
      { text: 'Cllr Price was suspended by her party last year, as the council announced.' },
    ],
  },
  // Every finding needs a reputational PREDICATE, read on the typed text: one word of each.
  cues: {
    words: [
      'sacked', 'suspended', 'suspension', 'arrested', 'nicked', 'charged', 'cautioned', 'drunk', 'pissed', 'hammered', 'influence', 'affair',
      'cheating', 'bankrupt', 'bust', 'debt', 'skint', 'investigation', 'investigated', 'trouble', 'fired', 'kicked', 'thrown', 'disgrace',
      'disgraced', 'cloud', 'forced', 'pushed', 'banned', 'struck', 'disciplinary', 'disciplined', 'rehab', 'drugs', 'dodgy', 'fiddling',
      'fiddled', 'stealing', 'stole', 'fraud', 'corrupt', 'record', 'prison', 'jailed', 'pregnant', 'divorce', 'divorcing', 'divorced', 'sick',
      'breakdown', 'police',
    ],
  },
  detect(doc) {
    if (!PRE.test(doc.skeleton.text)) return [];
    const hits: Hit[] = [];
    for (const m of matchSkeleton(doc, MARKER)) {
      const span = { start: m.start, end: m.end };
      if (inQuoteCondemnFrame(doc, span)) continue;
      // The marker's sentence, and a question that follows it ("Word is X has been arrested. Can anyone confirm?").
      let sent = sentenceOf(doc, m.start);
      const sText = doc.text.slice(sent.start, sent.end);
      let pred = PREDICATE.exec(sText);
      if (!pred && /confirm|anyone know|is it true/i.test(m.match[0])) {
        // "Can anyone confirm?" after the claim: look at the sentence before.
        const prevIdx = sentenceIndex(doc, sent.start) - 1;
        if (prevIdx >= 0) {
          sent = doc.sentences[prevIdx];
          pred = PREDICATE.exec(doc.text.slice(sent.start, sent.end));
        }
      }
      if (!pred) continue;
      const predSpan = { start: sent.start + pred.index, end: sent.start + pred.index + pred[0].length };
      if (claimNegated(doc, predSpan)) continue;
      const who = targetsIn(doc, sent, PERSONISH).filter((t) => t.start < predSpan.start);
      if (who.length === 0) continue;
      const t = who[who.length - 1];
      hits.push({ start: m.start, end: m.end, vars: { target: t.text } });
    }
    // One finding per sentence is enough.
    const seen = new Set<number>();
    return hits.filter((h) => {
      const s = sentenceOf(doc, h.start).start;
      if (seen.has(s)) return false;
      seen.add(s);
      return true;
    });
  },
});

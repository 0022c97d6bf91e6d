import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Severity, Span } from '../types';
import { claimNegated, hedgeIn, lower, matchSkeleton, prevSentence, sentenceOf } from '../shared/conduct';
import { inQuoteCondemnFrame } from '../shared/frames';
import { targetsIn } from '../shared/targets';

// Cheap pre-test on the folded text: any stem of the corruption lexicon.
const PRE = /backhand|envelope|\bbung|kickback|brib|greas|on the take|pocket|paid (?:for|off)|bought off|cash for|jobs for the|nepotis|cronyis|sweetheart|dodgy deal|stitch|rigged|corrupt|fiddl|feather/;
// Patterns run on the skeleton (lower case, leetspeak undone, no apostrophes, single spaces).

// Strong idioms: an allegation of corruption in themselves.
const STRONG =
  /\b(?:backhanders?|brown[- ]envelopes?|(?:a|the|paid|took|taking|cash|paying) bung|bungs|kickbacks?|brib(?:e|es|ed|ing|ery)|(?:palms?|pockets?) (?:\w+ ){0,2}(?:greased|lined)|greas(?:e|es|ed|ing) (?:\w+ ){0,2}palms?|on the take|in the (?:back )?pocket of|in (?:his|her|their|the developers?|developers) (?:back )?pockets?|bought and paid for|(?:was|were|been|being|get|got|gets|is|are) (?:\w+ )?(?:paid|bought) off|bought off|cash for (?:favours|votes|honours|questions|planning|access|contracts|permission)|jobs for (?:the|their) (?:boys|mates|lads|girls|pals|friends)|lin(?:e|es|ed|ing) (?:their|his|her|own|the|your|whose|somebodys|someones) (?:own )?pockets|feather(?:s|ed|ing)? (?:their|his|her|your) (?:own )?nests?|fiddl(?:e|es|ed|ing) (?:the |their |his |her )?(?:expenses|books|accounts|figures|grants?|money|funds|system))\b/g;
// Weaker words: corrupt, corruption, nepotism, cronyism, rigged, stitch-up, dodgy/sweetheart deal.
const WEAK =
  /\b(?:corrupt(?:ion|ly)?|nepotism|cronyism|sweetheart deals?|dodgy deals?|stitch[- ]?ups?|stitched up|rigged(?: (?:the )?(?:vote|tender|process|election|ballot|contract|consultation|system|decision))?)\b/g;

// Insinuation (R13 signals): raise a vague allegation to a full one.
const INSINUATION = /\b(?:follow the money|funny how|ask yourselves? (?:why|who|how)|just asking(?: questions)?|makes you wonder|no coincidence|coincidence\?|draw your own conclusions|say no more|nudge,? nudge|you couldn'?t make it up)\b|🤔|😉/iu;
// Policy, training, reporting and court contexts: talking about corruption, not alleging it (de-escalators).
const POLICY_CONTEXT =
  /\b(?:anti-?|counter-?|policy|policies|act\b|bribery act|register|registers|training|awareness|whistle-?blowing|fraud (?:team|hotline|line)|report (?:any |suspected |concerns? about )?(?:suspected )?(?:fraud|corruption|bribery)|tackl(?:e|es|ing)|prevent(?:s|ing|ion)?|procurement (?:review|rules|process)|if you (?:suspect|think|see|know of)|suspected|spot the signs|signs of|gifts and hospitality|declar(?:e|ation)s? of interests?|convicted|jailed|sentenced|court|found guilty|transparency international|corruption (?:perceptions )?index)\b/i;
// A literal brown envelope: electoral forms, tax letters, the post.
const LITERAL_ENVELOPE =
  /\b(?:electoral|registration|household|enquiry|canvass|form|forms|hmrc|tax|polling card|census|in the post|through (?:the|your) door|letter|return it|return them|contains?|council tax bill|stationery|a4|c4|c5)\b/i;
const COMPUTING = /\b(?:file|files|data|download|drive|disk|memory|database|spreadsheet|upload|video|image|pdf)\b/i;
const ALWAYS_NAMED = ['person', 'mention', 'organisation', 'role', 'body', 'second-person'] as const;
const PRONOUN = /\b(?:he|she|they|them|him|her|his|their|somebody|someone|some(?: of them| councillors| officers)?|whoever)\b/i;

/** Whether the allegation names someone: a target in its sentence, or (for a pronoun) in the one before. */
function targeted(doc: TextDoc, span: Span, sent: Span, sText: string): boolean {
  // "you" is only a target when replying to someone ("If you suspect bribery, tell us" accuses nobody).
  const replying = doc.context.kind === 'reply' || doc.context.kind === 'comment';
  if (targetsIn(doc, sent, ALWAYS_NAMED).some((t) => !(t.start >= span.start && t.end <= span.end) && (t.kind !== 'second-person' || replying))) return true;
  const prev = prevSentence(doc, span);
  return !!prev && PRONOUN.test(sText) && targetsIn(doc, prev, ALWAYS_NAMED).length > 0;
}

export default defineRule({
  id: 'defamation/corruption-allegation',
  family: 'defamation',
  title: 'Alleging bribery, corruption or backhanders',
  severity: 'stop',
  sets: ['core-legal'],
  lists: { uses: ['councillors', 'officers'], withoutThem: 'generic-cues' },
  nlp: true,
  policy: [
    { file: '000_02512859952f4825.txt', section: 'Your responsibility when using social media', quote: "Some councillors don't care and are only in it for backhanders and brown envelopes." },
    { file: '000_02512859952f4825.txt', section: 'Your responsibility when using social media', quote: "If you had posted comment 1, we would instruct you to remove them, and it would be referred to the council's monitoring officer" },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'Publishing or allowing to be published (in the form of a comment) an untrue statement about a person which is damaging to their reputation may incur a libel action for which you will be personally liable.' },
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (1) Defamation', quote: 'If you publish an untrue statement about a person which is damaging to their reputation, you may be liable to pay damages.' },
  ],
  message:
    "This suggests someone is corrupt ('{phrase}'). Unproven allegations like this can be defamatory and a Code of Conduct breach. Barnsley's guidance uses almost this exact example. If you have evidence of wrongdoing, report it to the Monitoring Officer or the police instead of posting.",
  action: 'Remove the allegation. If you have evidence of wrongdoing, report it to the Monitoring Officer or the police.',
  examples: {
    trigger: [
      { text: "Thanks to the councillor for coming to support me today in my role. Some councillors don't care and are only in it for backhanders and brown envelopes.", severity: 'stop', source: 'catalog R13 #1' },
      { text: "Funny how the supermarket plans sailed through — somebody's palms got greased 🤔", severity: 'stop', source: 'catalog R13 #2' },
      { text: 'Cllr Morton is clearly on the take from the developer, why else would he back the green belt sell-off?', severity: 'stop', source: 'catalog R13 #3' },
      { text: "Jobs for the boys again: the leader's mate got the regeneration contract. Follow the money.", severity: 'stop', source: 'catalog R13 #4' },
      { text: 'The planning department is bought and paid for by developers.', severity: 'stop', source: 'catalog R13 #5' },
      { text: 'Everyone knows the cabinet are in the pocket of Harworth Estates.', severity: 'stop' },
      { text: 'B@ckh@nders all round at the town hall again, Cllr Reed must be loving it.', severity: 'stop' },
      { text: 'I reckon Cllr Morton is on the take.', severity: 'warn' },
      { text: 'Cronyism, plain and simple: the contract went to the leader’s brother-in-law.', severity: 'stop' },
      { text: 'The whole system is corrupt.', severity: 'info' },
      { text: "You're on the take and everyone knows it.", context: { kind: 'reply' }, severity: 'stop' },
    ],
    quiet: [
      { text: 'Reminder: brown envelopes from the Electoral Registration Office contain your household enquiry form — please return it.', source: 'catalog R13 #1' },
      { text: "I've asked scrutiny to review the procurement process for the leisure contract so residents can see how the decision was made.", source: 'catalog R13 #2' },
      { text: 'Full council approved the updated anti-bribery and corruption policy tonight.', source: 'catalog R13 #3' },
      { text: "The Monitoring Officer's report on the gifts and hospitality register is now online: https://…", source: 'catalog R13 #4' },
      { text: "There's no suggestion of any wrongdoing by officers — the delay was down to the contractor's insolvency.", source: 'catalog R13 #5' },
      { text: 'This consultation was a shambles and the decision was wrong.' },
      { text: "I'm not suggesting Cllr Morton is corrupt — I just think the decision was wrong." },
      { text: 'The agenda PDF was corrupted, so I have uploaded a fresh copy.' },
      { text: 'Hard work paid off: the food bank hit its target!' },
      { text: 'Someone messaged me saying I take backhanders. I have reported it to the police.' },
      { text: 'If you suspect bribery or corruption in a council contract, you can tell the audit team in confidence.' },
    ],
  },
  // A word of every STRONG and WEAK alternative, read in the skeleton the patterns run on ("br1bes", "k i c k b a c k s"):
  // 'envelope' rather than 'brown' for "brown envelopes" ("brownies", "Gordon Brown").
  cues: {
    on: 'skeleton',
    words: ['take'],
    prefixes: ['backhand', 'envelope', 'bung', 'kickback', 'brib', 'palm', 'pocket', 'greas', 'bought', 'paid', 'cash', 'jobs', 'feather', 'fiddl', 'corrupt', 'nepotism', 'cronyism', 'sweetheart', 'dodgy', 'stitch', 'rigged'],
  },
  detect(doc) {
    if (!PRE.test(doc.skeleton.text)) return [];
    const hits: Hit[] = [];
    const seen = new Set<number>();
    const check = (start: number, end: number, phrase: string, strong: boolean) => {
      const sent = sentenceOf(doc, start);
      const sText = doc.text.slice(sent.start, sent.end);
      const span = { start, end };
      if (claimNegated(doc, span)) return;
      if (inQuoteCondemnFrame(doc, span)) return;
      if (POLICY_CONTEXT.test(sText)) return;
      if (/envelope/.test(phrase) && LITERAL_ENVELOPE.test(sText)) return;
      if (/^corrupt/.test(phrase) && COMPUTING.test(sText)) return;
      // Who is it about? A target in this sentence, or (for a pronoun) the previous one.
      // Insinuation makes it a full allegation whoever it names, so the targets (the dearest reading here) are
      // only looked for without it.
      const insinuating = doc.memo('r13.insinuation', () => INSINUATION.test(doc.text));
      let sev: Severity;
      if (insinuating || targeted(doc, span, sent, sText)) sev = 'stop';
      else sev = strong ? 'warn' : 'info';
      if (sev !== 'info' && hedgeIn(doc, span)) sev = lower(sev);
      hits.push({ start, end, severity: sev, vars: { phrase } });
    };
    for (const m of matchSkeleton(doc, STRONG)) {
      seen.add(m.start);
      check(m.start, m.end, doc.text.slice(m.start, m.end), true);
    }
    for (const m of matchSkeleton(doc, WEAK)) {
      if (seen.has(m.start)) continue;
      check(m.start, m.end, doc.text.slice(m.start, m.end), false);
    }
    return hits;
  },
});

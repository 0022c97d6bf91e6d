import { defineRule } from '../define';
import type { Hit, Settings } from '../types';
import { defineGate, gate } from '../cues';
import { committeeLabel, committeeStanding, developmentAt, regulatoryMatters } from '../shared/lists';

// A campaign call to action (catalog R38). Fixed phrases; hashtags; petition hosts.
const CTA =
  /\b(?:sign (?:the|our|my|this) (?:petition|objection)|join (?:the |our )?(?:campaign|fight|protest|objectors|Save|Stop|Say No)|(?:let'?s|we must|we need to|help (?:us|me)) (?:stop|fight|oppose|block|flood|object|kill|defeat|save)|oppose (?:this|the)|object (?:to|against) (?:this|the)|say no to|get your objections in|flood (?:the )?[\w ]{0,30}?with objections|fight (?:this|it|them) all the way|STOP the|stop this (?:application|development|scheme)|save our (?:green belt|fields|green)|we'?ll fight)\b/gi;
const HASHTAG = /#(?:SayNoTo|Stop|Save|No(?=[A-Z]))[A-Za-z0-9]{2,40}/g;
const PETITION = /\b(?:change\.org|38degrees\.org\.uk|petition\.parliament\.uk|you\.38degrees)/gi;
const CHEAP = /sign|join|let|must|need|help|oppose|object|say no|objections|fight|stop|save|#|petition/i;
// The words without which CTA (but "say no to") and PETITION find nothing, read with the rules' cues.
const G_CTA = defineGate('campaigning/cta', { words: ['sign', 'join', 'stop', 'fight', 'oppose', 'block', 'flood', 'object', 'kill', 'defeat', 'save', 'objections'] });
const G_PETITION = defineGate('campaigning/petition', { words: ['change', 'degrees', 'petition'] });
// Neutral information: how to comment, deadlines, "for or against".
const NEUTRAL = /\b(?:for or against|can comment|have your say|how to comment|comments? (?:close|by|until)|officer'?s report (?:is )?published|drop-in|consultation)\b/i;

const PLANNING: Settings = { lists: { committees: [{ name: 'Planning', type: 'planning' }] } };

export default defineRule({
  id: 'predetermination/campaigning-on-live-application',
  family: 'predetermination',
  title: 'Campaigning on an application you may decide',
  severity: 'warn',
  sets: ['committee'],
  // Warn for members of the deciding committee; info for others and when committees aren't listed.
  lists: { uses: ['committees', 'liveApplications'], withoutThem: 'lower-severity' },
  policy: [
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (8) Bias and Pre-determination', quote: 'Any views aired on social media could be used as evidence of making a decision in advance of hearing all relevant information.' },
    { file: '000_02512859952f4825.txt', section: 'Joining social media groups', quote: "If you want to join a social media group that has a conflict of interest with the council's services, such as a campaign group, you should follow the guidance on personal interests" },
  ],
  message:
    '{sitOn} Actively campaigning for or against an application you may decide could suggest a closed mind. Consider sharing neutral information (how to comment, deadlines) instead, or speak to the Monitoring Officer about stepping aside for this item.',
  action: 'Share neutral information (how to comment, deadlines), or speak to the Monitoring Officer about stepping aside.',
  examples: {
    trigger: [
      { text: 'Sign the petition to STOP the Wombwell Lane Lidl! #SayNoToLidl', settings: PLANNING, severity: 'warn', source: 'catalog R38 #1' },
      { text: "Join Save Our Green Belt Hoyland — we'll fight this application all the way.", settings: PLANNING, severity: 'warn', source: 'catalog R38 #2' },
      { text: 'Everyone get your objections in against 24/00512/FUL 💪', context: { kind: 'share', sharedText: 'Save Our Fields campaign: object now!' }, settings: PLANNING, severity: 'warn', source: 'catalog R38 #3' },
      { text: "Let's flood the planning portal with objections to the HMO on Park Grove.", settings: PLANNING, severity: 'warn', source: 'catalog R38 #4' },
      { text: 'Sign the petition to STOP the Wombwell Lane Lidl! #SayNoToLidl', severity: 'info' },
      { text: 'Say no to the Church Lane scheme — sign at the library on Saturday!', settings: { lists: { ...PLANNING.lists, liveApplications: ['Church Lane scheme'] } }, severity: 'warn' },
    ],
    quiet: [
      { text: 'Residents can comment on 24/00512/FUL, for or against, until 14 June: https://…', settings: PLANNING, source: 'catalog R38 #1' },
      { text: 'Sign the petition to save the library!', settings: PLANNING, source: 'catalog R38 #2' },
      { text: "The Lidl application goes to planning board on 3 July — the officer's report is published a week before.", settings: PLANNING, source: 'catalog R38 #3' },
      { text: 'Join the Local Plan consultation drop-in at Hoyland library on Tuesday.', settings: PLANNING, source: 'catalog R38 #4' },
      { text: 'Say no to litter: join our clean-up on Saturday!', settings: PLANNING },
      { text: 'Sign the petition to stop the closure of Royston library.', settings: PLANNING },
    ],
  },
  // Every finding is a call to action: one word of every CTA, the hashtags (#SayNoToX, #StopX, #SaveX) and the
  // petition hosts ("38degrees" reads "38", "degrees"); `when`: the #NoX hashtag.
  cues: {
    // "flood" is whole ("flooding" is no call to action). "say" lets through "please have your say" (everyday
    // filler), but detect turns those away with one search for "say no to": cheaper than that search in the
    // `when` of every draft.
    words: ['sign', 'join', 'say', 'change', 'degrees', 'flood'],
    prefixes: ['stop', 'fight', 'oppos', 'block', 'object', 'kill', 'defeat', 'save', 'saynoto', 'petition'],
    when: (doc) => doc.text.includes('#No'),
  },
  detect(doc) {
    const text = doc.text;
    // Each scan only when the draft has what it needs.
    const ctas: { start: number; end: number }[] = [];
    if (gate(doc, G_CTA) || doc.folded.text.includes('say no to')) for (const m of doc.matchAll(CTA)) ctas.push({ start: m.index, end: m.index + m[0].length });
    if (text.includes('#')) for (const m of doc.matchAll(HASHTAG)) ctas.push({ start: m.index, end: m.index + m[0].length });
    // Every CTA and hashtag holds one of CHEAP's cues, a petition host alone does not: CHEAP silences only those.
    const petitionOnly = ctas.length === 0;
    if (gate(doc, G_PETITION)) for (const m of doc.matchAll(PETITION)) ctas.push({ start: m.index, end: m.index + m[0].length });
    if (ctas.length === 0 || (petitionOnly && !CHEAP.test(text))) return [];
    const matters = regulatoryMatters(doc);
    // Without an application, plan reference or listed site, the object of the call to action must be a development ("STOP the Wombwell Lane Lidl").
    if (matters.length === 0 && !ctas.some((c) => developmentAt(text.slice(c.start, Math.min(text.length, c.end + 50))))) return [];
    if (NEUTRAL.test(text)) return [];
    const kind = matters[0]?.kind ?? 'planning';
    const st = committeeStanding(doc, kind);
    const severity = st.deciding ? 'warn' : 'info';
    const sitOn = st.deciding ? `You sit on ${committeeLabel(st.deciding)}.` : `If you sit on, or may substitute for, the ${kind} committee, take care.`;
    const first = ctas.sort((a, b) => a.start - b.start)[0];
    const hits: Hit[] = [{ start: first.start, end: first.end, severity, vars: { sitOn } }];
    return hits;
  },
});

import { defineRule } from '../define';
import type { Hit } from '../types';
import type { TextDoc } from '../doc';
import type { Span } from '../types';
import { places, schools, sentenceOf, within } from '../shared/children';
import { people } from '../shared/people';

// Worry about someone's safety. Some phrases carry their own victim ("messaging teenage girls",
// "hitting his partner", "run kids") and need no separate cue.
// HARM: harm done to somebody, said as fact or suspicion ("are being neglected", "covered in bruises",
// "hanging around the school gates"). WORRY: softer words that are as often about things, policy or
// circumstance ("worried about the", "neglected", "hungry", "left on their own", "missing child"),
// which need a crowd-sourcing question.
const HARM_NEW = String.raw`(?:is|are|being|been|was|were|gets?|getting) (?:badly |being |so |really )?(?:neglected|abused|beaten|battered|starved|groomed|exploited|mistreated)|neglect(?:ing|s)? (?:his|her|their|the|those|these|that|them)|half[- ]starved|malnourished|groom(?:ing|ed|s)? (?:young |teenage |little )?(?:kids|children|girls|boys|teenagers|lads|pupils|them|her|him)|grooming gangs?`;
const HARM_OLD = String.raw`bruis(?:es|ed|ing)|black eyes?|county lines|cuckoo(?:ing|ed)|self[- ]harm(?:ing)?|suicidal|(?:hitting|beating|battering|hurting|abusing) (?:his|her|their) (?:partner|wife|husband|girlfriend|boyfriend|kids|children|son|daughter|mum|dad|mother|father)|(?:messaging|texting|grooming|following|approaching|filming|photographing|hanging around) (?:young |teenage |little |school ?)?(?:kids|children|girls|boys|teenagers|lads|pupils)|taking (?:photos|pictures|videos) of (?:the )?(?:kids|children|girls|boys|pupils)|hanging (?:around|about|round) (?:the )?(?:school|playground|park|swings)(?: gates?)?|run(?:ning)? kids|dealing to (?:kids|children)`;
const CONCERN = new RegExp(
  String.raw`\b(?:${HARM_NEW}|I['’]?m (?:really |very |so )?(?:worried|concerned) (?:about|for)|(?:really |very )?(?:worried|concerned) (?:about|for) (?:the|a|an|this|that|these|those|my|her|his|their|some)|neglect(?:ed|ing)?|left (?:on (?:their|his|her) own|alone|home alone|to fend)|home alone|no food|(?:starving|hungry|filthy|unwashed|not (?:being )?fed)|bruis(?:es|ed|ing)|black eyes?|groom(?:ing|ed|s)|county lines|cuckoo(?:ing|ed)|exploit(?:ed|ing|ation)|self[- ]harm(?:ing)?|suicidal|missing (?:child|kid|girl|boy|teen(?:ager)?|person)|(?:hasn['’]t|has not|haven['’]t|have not) been seen|(?:hitting|beating|battering|hurting|abusing) (?:his|her|their) (?:partner|wife|husband|girlfriend|boyfriend|kids|children|son|daughter|mum|dad|mother|father)|taking advantage of|screaming (?:and|every)|(?:messaging|texting|grooming|following|approaching|filming|photographing|hanging around) (?:young |teenage |little |school ?)?(?:kids|children|girls|boys|teenagers|lads|pupils)|taking (?:photos|pictures|videos) of (?:the )?(?:kids|children|girls|boys|pupils)|hanging (?:around|about|round) (?:the )?(?:school|playground|park|swings)(?: gates?)?|run(?:ning)? kids|dealing to (?:kids|children))\b`,
  'gi',
);
const HARM = new RegExp(String.raw`^(?:${HARM_NEW}|${HARM_OLD})$`, 'i');
const HARM_ANY = new RegExp(String.raw`\b(?:${HARM_NEW}|${HARM_OLD})\b`, 'i');
// A place that holds children names its own victims: "hanging around the school gates".
const SELF_VICTIM = /\b(?:school|playground|swings)\b/i;

const VULNERABLE_CUE =
  /\b(?:kids?|child|children|toddlers?|bab(?:y|ies)|teen(?:s|agers?|age)?|girls?|boys?|lads?|young (?:people|person|lad|girl|man|woman)|pupils?|son|daughter|partner|wife|girlfriend|elderly|old (?:lady|man|woman|couple)|pensioner|vulnerable|disabled|dementia|neighbour|family)\b/i;

// Asking the crowd instead of the authorities.
const CROWD =
  /\b(?:does anyone know|anyone know|(?:has )?any(?:one|body) (?:else )?(?:seen|noticed|heard|recognise)|who else has (?:seen|noticed|heard)|what (?:should|can|do) (?:we|I) do|what would you do|watch out for|be aware of (?:him|her|them|this)|keep an eye (?:out|on)|(?:please )?share (?:this|widely|far)|any (?:ideas|advice|thoughts)|thoughts\?|who do (?:I|we) (?:call|tell|contact|report)|should (?:I|we) (?:report|call|tell)|name and shame|folks\?|let(?:['’]s| us) (?:find|sort|deal))\b/i;

// Already reported, or telling people where to report: the right thing, not a worry to crowd-source.
const REPORTED =
  /\b(?:(?:I['’]ve|I have|we['’]ve|we have|has been|have been|was|were|been|I|we) (?:already )?(?:reported|referred|passed (?:it|this|them) on|raised (?:it|this) with|contacted (?:the police|social care|children['’]s services))|contact (?:children['’]s|adult|the) (?:social care|services|police)|call (?:the police|999|101|childline|the nspcc)|ring (?:999|101)|report (?:it|this|concerns|them) (?:to|on|via)|if you(?:['’]re| are) (?:worried|concerned)|safeguarding (?:training|team|board|week|lead)|nspcc|childline|police (?:are|were|have been) (?:investigating|involved|aware|informed)|(?:social (?:services|care|workers)|children['’]s services) (?:are|were|have been) (?:involved|informed|aware|round))\b/i;

// Said about somebody findable: a house, street, postcode or landmark, a named school, a named
// person, or the neighbours ("next door", "the family at number 31").
const LOCAL =
  /\b(?:next door|over the road|across the (?:road|street)|(?:at|on) the (?:end|corner|top|bottom) of (?:my|our|the) (?:road|street|close|cul-de-sac)|(?:my|our) neighbours?|neighbour['’]s|the (?:family|house|flat|people|couple|bloke|man|woman) (?:at|on|opposite|upstairs|downstairs|next door)|upstairs|downstairs)\b/i;
// Without a crowd question, harm needs a call on the public ("Parents, be warned!", "someone needs to
// do something") or somebody findable.
const CALL =
  /\b(?:be warned|beware|be on (?:your|the) (?:guard|lookout)|keep (?:your|the) (?:kids|children|little ones|eyes? (?:open|peeled)) (?:in|inside|indoors|close|away|safe|open|peeled)|(?:some(?:one|body)|any(?:one|body)) (?:needs|ought|has|should|must) (?:to )?(?:do something|step in|sort (?:it|this|them)|get (?:them|those kids) out|call (?:someone|somebody)))\b/i;
// Talk about policy, services or a case in the courts or the news is not a worry about somebody here.
const NOT_A_CASE = /\b(?:across|nationally|in the uk|statistics|figures|rising|report shows|briefing|cuts?|funding|budget|government|policy|services|scheme|campaign|motion|debate|jailed|sentenced|convicted|court|charged|trial|inquest|pleaded)\b/i;

export default defineRule({
  id: 'safeguarding/concern-posted-publicly',
  family: 'safeguarding',
  title: 'A safeguarding worry posted instead of reported',
  severity: 'warn',
  sets: ['personal-data'],
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: "Safeguarding is everyone's business – if you have any concerns about other site users, you have a responsibility to report these." },
    { file: '004_f238b8de7f3077ec.txt', section: 'The golden rule to follow', quote: 'if you are unsure about posting something, stop and ask for advice first before doing anything else.' },
  ],
  message:
    "It sounds like you're worried about someone's safety. Posting about it publicly can put them at more risk and may alert the person responsible. Please report it to children's or adult social care, or call 999 if someone is in immediate danger.",
  action: "Report it to children's or adult social care (or 999 in an emergency) instead of posting.",
  examples: {
    trigger: [
      { text: 'The kids at the end of my road seem to be left on their own every night with no food. Does anyone know the family?', severity: 'warn', source: 'catalog R26 #1' },
      { text: "There's an older guy on this group messaging teenage girls — he's called Dean, watch out for him.", severity: 'warn', source: 'catalog R26 #2' },
      { text: 'Pretty sure county lines dealers are using the flat above the bookies to run kids. Who else has noticed?', severity: 'warn', source: 'catalog R26 #3' },
      { text: 'One of my constituents told me her neighbour is hitting his partner. What should we do, folks?', severity: 'warn', source: 'catalog R26 #4' },
      { text: "I'm really worried about the little lad at the corner house, he's always covered in bruises. Has anyone else noticed?", severity: 'warn' },
      { text: 'The old lady at the end of our street has not been seen for a week and her curtains are shut. Any ideas?', severity: 'warn' },
      { text: 'This man has been hanging around the school gates taking photos of kids. Watch out for him!', severity: 'warn' },
      // `settings: {}`: kept out of bench/data/speed-texts.ts, which mixes only examples without settings
      // into the benchmark drafts, so those drafts stay as recorded (an empty settings object analyses like none).
      // Harm said about somebody findable, or with a call on the public, without a crowd question.
      { text: 'The kids in the end house on Highfield Road are being neglected, they are out in all weathers.', settings: {}, severity: 'warn' },
      { text: 'I am convinced the lad next door is being groomed by older men.', settings: {}, severity: 'warn' },
      { text: 'Bloke in a white van keeps filming kids outside Holgate School. Beware!', settings: {}, severity: 'warn' },
      { text: 'The family on Wood Street are neglecting those kids, anyone can see it.', settings: {}, severity: 'warn' },
    ],
    quiet: [
      { text: "If you're worried about a child, contact Children's Social Care, or the police on 999 in an emergency.", source: 'catalog R26 #1' },
      { text: 'I attended the safeguarding training for councillors today — really worthwhile.', source: 'catalog R26 #2' },
      { text: "I've reported concerns about a property on my patch to the police and social care and won't be commenting further.", source: 'catalog R26 #3' },
      { text: 'Great to see the youth club busy tonight — 40 young people came along.', source: 'catalog R26 #4' },
      { text: "I'm worried about the state of the roads on my ward. Does anyone know when the resurfacing starts?" },
      { text: 'County lines exploitation is rising across South Yorkshire; the police briefing to members was sobering.' },
      { text: 'I have reported the man messaging teenage girls to the police. Please do the same if he contacts your kids.' },
      { text: 'Cuts to youth services leave kids with nowhere to go. What should we do about it? Come to the budget consultation.' },
      { text: 'Kids left to fend for themselves since the youth service cuts. We must fund it.', settings: {} },
      { text: 'The police are investigating reports that children were neglected at a house on Park Road.', settings: {} },
      { text: 'The neglected play area on Racecommon Road finally has new swings.', settings: {} },
      { text: 'The trial heard that the children at a house on Beech Grove were being neglected.', settings: {} },
      { text: 'Walked past the school gates at Oakwell this morning: the parking is dangerous. Parents, be warned!', settings: {} },
    ],
  },
  // A word of every CONCERN phrase (a hit needs one as well as a CROWD question).
  cues: {
    words: [
      'worried', 'concerned', 'left', 'alone', 'food', 'starving', 'hungry', 'filthy', 'unwashed', 'fed', 'eye', 'eyes', 'county', 'harm', 'harming',
      'suicidal', 'missing', 'seen', 'hitting', 'beating', 'battering', 'hurting', 'abusing', 'advantage', 'screaming', 'messaging', 'texting',
      'following', 'approaching', 'filming', 'photographing', 'hanging', 'taking', 'run', 'running', 'dealing',
      'abused', 'beaten', 'battered', 'starved', 'mistreated', 'malnourished',
    ],
    prefixes: ['neglect', 'bruis', 'groom', 'cuckoo', 'exploit'],
  },
  detect(doc) {
    const text = doc.text;
    // Most drafts have neither a crowd question nor any harm: two yes/no tests before finding every concern.
    const crowd = CROWD.test(text);
    if (!crowd && !HARM_ANY.test(text)) return [];
    const concerns = doc.matchAll(CONCERN);
    if (concerns.length === 0 || REPORTED.test(text)) return [];
    const call = !crowd && CALL.test(text);
    const hits: Hit[] = [];
    for (const m of concerns) {
      const harm = HARM.test(m[0]);
      if (!crowd && !harm) continue;
      // The victim: inside the phrase itself ("messaging teenage girls", "the school gates") or in its sentence.
      const s = sentenceOf(doc, m.index);
      const sentence = text.slice(s.start, s.end);
      if (!VULNERABLE_CUE.test(m[0]) && !VULNERABLE_CUE.test(sentence) && !(harm && SELF_VICTIM.test(m[0]))) continue;
      // "County lines is rising across the borough" reports a trend; a worry points at someone here.
      if (/\b(?:across|nationally|in the uk|statistics|figures|rising|report shows|briefing)\b/i.test(sentence)) continue;
      // Harm said without a crowd question: posted about somebody findable, or with a call on the public.
      if (!crowd && (NOT_A_CASE.test(sentence) || !(call || findable(doc, s)))) continue;
      hits.push({ start: m.index, end: m.index + m[0].length });
      if (hits.length >= 200) break;
    }
    return hits;
  },
});

/** The sentence points at somebody who can be found: an address or landmark, a school, a named person, the neighbours. */
function findable(doc: TextDoc, s: Span): boolean {
  if (LOCAL.test(doc.text.slice(s.start, s.end))) return true;
  if (within(places(doc), s).some((p) => p.kind !== 'estate')) return true;
  if (within(schools(doc), s).length > 0) return true;
  return people(doc).some((p) => !p.org && (p.kind === 'first' || p.kind === 'full' || p.kind === 'listed') && p.start >= s.start && p.end <= s.end);
}

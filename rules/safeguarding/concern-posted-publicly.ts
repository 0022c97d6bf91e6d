import { defineRule } from '../define';
import type { Hit } from '../types';
import { sentenceOf } from '../shared/children';

// Worry about someone's safety. Some phrases carry their own victim ("messaging teenage girls",
// "hitting his partner", "run kids") and need no separate cue.
const CONCERN =
  /\b(?:I['’]?m (?:really |very |so )?(?:worried|concerned) (?:about|for)|(?:really |very )?(?:worried|concerned) (?:about|for) (?:the|a|an|this|that|these|those|my|her|his|their|some)|neglect(?:ed|ing)?|left (?:on (?:their|his|her) own|alone|home alone|to fend)|home alone|no food|(?:starving|hungry|filthy|unwashed|not (?:being )?fed)|bruis(?:es|ed|ing)|black eyes?|groom(?:ing|ed|s)|county lines|cuckoo(?:ing|ed)|exploit(?:ed|ing|ation)|self[- ]harm(?:ing)?|suicidal|missing (?:child|kid|girl|boy|teen(?:ager)?|person)|(?:hasn['’]t|has not|haven['’]t|have not) been seen|(?:hitting|beating|battering|hurting|abusing) (?:his|her|their) (?:partner|wife|husband|girlfriend|boyfriend|kids|children|son|daughter|mum|dad|mother|father)|taking advantage of|screaming (?:and|every)|(?:messaging|texting|grooming|following|approaching|filming|photographing|hanging around) (?:young |teenage |little |school ?)?(?:kids|children|girls|boys|teenagers|lads|pupils)|taking (?:photos|pictures|videos) of (?:the )?(?:kids|children|girls|boys|pupils)|hanging (?:around|about|round) (?:the )?(?:school|playground|park|swings)(?: gates?)?|run(?:ning)? kids|dealing to (?:kids|children))\b/gi;

const VULNERABLE_CUE =
  /\b(?:kids?|child|children|toddlers?|bab(?:y|ies)|teen(?:s|agers?|age)?|girls?|boys?|lads?|young (?:people|person|lad|girl|man|woman)|pupils?|son|daughter|partner|wife|girlfriend|elderly|old (?:lady|man|woman|couple)|pensioner|vulnerable|disabled|dementia|neighbour|family)\b/i;

// Asking the crowd instead of the authorities.
const CROWD =
  /\b(?:does anyone know|anyone know|(?:has )?any(?:one|body) (?:else )?(?:seen|noticed|heard|recognise)|who else has (?:seen|noticed|heard)|what (?:should|can|do) (?:we|I) do|what would you do|watch out for|be aware of (?:him|her|them|this)|keep an eye (?:out|on)|(?:please )?share (?:this|widely|far)|any (?:ideas|advice|thoughts)|thoughts\?|who do (?:I|we) (?:call|tell|contact|report)|should (?:I|we) (?:report|call|tell)|name and shame|folks\?|let(?:['’]s| us) (?:find|sort|deal))\b/i;

// Already reported, or telling people where to report: the right thing, not a worry to crowd-source.
const REPORTED =
  /\b(?:(?:I['’]ve|I have|we['’]ve|we have|has been|have been|was|were|been|I|we) (?:already )?(?:reported|referred|passed (?:it|this|them) on|raised (?:it|this) with|contacted (?:the police|social care|children['’]s services))|contact (?:children['’]s|adult|the) (?:social care|services|police)|call (?:the police|999|101|childline|the nspcc)|ring (?:999|101)|report (?:it|this|concerns|them) (?:to|on|via)|if you(?:['’]re| are) (?:worried|concerned)|safeguarding (?:training|team|board|week|lead)|nspcc|childline)\b/i;

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
    ],
  },
  // A word of every CONCERN phrase (a hit needs one as well as a CROWD question).
  cues: {
    words: [
      'worried', 'concerned', 'left', 'alone', 'food', 'starving', 'hungry', 'filthy', 'unwashed', 'fed', 'eye', 'eyes', 'county', 'harm', 'harming',
      'suicidal', 'missing', 'seen', 'hitting', 'beating', 'battering', 'hurting', 'abusing', 'advantage', 'screaming', 'messaging', 'texting',
      'following', 'approaching', 'filming', 'photographing', 'hanging', 'taking', 'run', 'running', 'dealing',
    ],
    prefixes: ['neglect', 'bruis', 'groom', 'cuckoo', 'exploit'],
  },
  detect(doc) {
    const text = doc.text;
    if (!CROWD.test(text)) return [];
    const concerns = doc.matchAll(CONCERN);
    if (concerns.length === 0 || REPORTED.test(text)) return [];
    const hits: Hit[] = [];
    for (const m of concerns) {
      // The victim: inside the phrase itself ("messaging teenage girls") or in its sentence.
      const s = sentenceOf(doc, m.index);
      if (!VULNERABLE_CUE.test(m[0]) && !VULNERABLE_CUE.test(text.slice(s.start, s.end))) continue;
      // "County lines is rising across the borough" reports a trend; a worry points at someone here.
      if (/\b(?:across|nationally|in the uk|statistics|figures|rising|report shows|briefing)\b/i.test(text.slice(s.start, s.end))) continue;
      hits.push({ start: m.index, end: m.index + m[0].length });
      if (hits.length >= 200) break;
    }
    return hits;
  },
});

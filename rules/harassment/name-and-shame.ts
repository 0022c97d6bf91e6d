import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit } from '../types';
import { defineGate, gate } from '../cues';
import { inQuoteCondemnFrame } from '../shared/frames';
import { coreTargets } from '../shared/targets';

// A shaming phrase stem or a vehicle registration: every hit also needs one (tested after PHRASE, the cheaper scan).
const PRE = /shame|know (?:this|who)|who is this|who'?s this|recogni[sz]e|knows|this is the|caught on|filmed|find out who|know what to do|expose|\b[A-Z]{2}\d{2} ?[A-Z]{3}\b|anyone know/i;

// Shaming phrases (R12 signals), on the folded text (lower case, straight apostrophes).
const PHRASE =
  /\b(?:name and shame|naming and shaming|do (?:you|u|any of you|anyone) know (?:this|these|who (?:this|these)) (?:man|woman|lad|lady|person|people|bloke|fella|guy|girl|boy|couple|driver|idiot|lot|kids?|teenagers?|youths?)|(?:anyone|any1|does anyone|do you) (?:know|recogni[sz]e) (?:him|her|them|this (?:man|woman|lad|lady|person|bloke|fella|guy|girl|boy|couple|driver|car|van|vehicle))|who (?:is|'s) this(?: (?:man|woman|lad|lady|person|bloke|fella|guy|idiot|clown|driver))?|(?:please )?recogni[sz]e (?:him|her|them|this)|share so (?:everyone|everybody|the whole \w+) knows|so (?:everyone|everybody|the whole (?:village|town|street|estate|ward|area|world)) knows|this is the (?:man|woman|lad|lady|person|bloke|fella|guy|idiot|driver|one|scumbag|lowlife|family|couple) (?:who|that|from|at)|caught on (?:camera|cctv|film|video|my (?:ring|doorbell|dashcam|camera|cctv)|ring|doorbell|dashcam)|filmed (?:me|him|her|them|this)|let'?s find out who|help (?:me |us )?(?:find|identify) (?:him|her|them|this)|find out who (?:he|she|they|this) (?:is|are)|you know what to do|expose (?:him|her|them))\b/g;
// The words of PHRASE's alternatives: one of PHRASE_WORDS, or "this" with "who" ("who's this") or with a person
// ("this is the man who"). The rule's cues are the three lists; detect asks for "this" too (common words: "everyone
// who came", "the one"), so most drafts with only those skip the scan.
const PHRASE_WORDS = ['shame', 'shaming', 'know', 'knows', 'recognise', 'recognize', 'caught', 'filmed', 'find', 'identify', 'expose'];
const WHO_WORDS = ['who', 'whos'];
const ROLE_WORDS = ['man', 'woman', 'lad', 'lady', 'person', 'bloke', 'fella', 'guy', 'idiot', 'driver', 'one', 'scumbag', 'lowlife', 'family', 'couple'];
const G_PHRASE = defineGate('harassment/shame-phrase', { words: PHRASE_WORDS });
const G_THIS = defineGate('harassment/shame-this', { words: ['this'] });
const G_WHO = defineGate('harassment/shame-who', { words: WHO_WORDS });
const G_ROLE = defineGate('harassment/shame-role', { words: ROLE_WORDS });
const mayShame = (doc: TextDoc) => gate(doc, G_PHRASE) || (gate(doc, G_THIS) && (gate(doc, G_WHO) || gate(doc, G_ROLE)));
// Vehicle registration, current GB format (case-sensitive, as written on plates).
const VRM = /\b[A-Z]{2}\d{2} ?[A-Z]{3}\b/g;
// Identifying details that make it worse: a house number or "lives at" (home address → stop).
const HOME = /\b(?:lives (?:at|on)|home address|\d{1,4}[a-z]? [A-Z][a-z]+ (?:Street|St|Road|Rd|Lane|Avenue|Close|Drive|Way|Crescent|Court|Grove|Terrace|Place|Gardens|Walk|View|Rise|Square))\b/;
const HOUSE_NO = /\b(?:no\.?|number|from|at) ?\d{1,4}[a-z]?\b/i;
const CHILD = /\b(?:child|kid|kids|boy|girl|schoolboy|schoolgirl|schoolkids|teenagers?|teen|pupils?|in (?:school|a school) uniform|(?:[1-9]|1[0-7])[- ]years?[- ]old|aged (?:[1-9]|1[0-7])\b)/i;
// An official appeal being shared (police, council): the right way to identify someone.
const OFFICIAL_APPEAL = /\b(?:police (?:are|is) appealing|police appeal|appeal(?:ing)? (?:from|by) (?:the )?(?:police|council)|crimestoppers|crime reference|(?:please )?share their (?:post|appeal)|official appeal)\b/i;
const ACCUSATION = /\b(?:dump(?:ed|ing)?|fly[- ]?tip(?:ped|ping|per|pers)?|litter(?:ed|ing)|dropp(?:ed|ing) litter|foul(?:ing)?|vandal|smash(?:ed)?|nick(?:ed|ing)|stole|steal(?:ing)?|broke|damag(?:ed|ing)|speed(?:ing)?|park(?:ed|ing)|drove|driving|graffiti|trespass|harass(?:ed|ing)|abus(?:e|ed|ive)|threaten(?:ed|ing)|shout(?:ed|ing)|filmed|spit|spat|kick(?:ed|ing)|threw|throw(?:ing)?|ran off|let (?:his|her|their) dog|done|did this)\b/i;

export default defineRule({
  id: 'harassment/name-and-shame',
  family: 'harassment',
  title: 'Publicly identifying a member of the public for others to target',
  severity: 'warn',
  sets: ['personal-data'],
  policy: [
    { file: '000_02512859952f4825.txt', section: "Managing situations when you're out in the community", quote: 'Do not retaliate with a heated conversation or by filming them back.' },
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (4) Data Protection', quote: 'Avoid publishing the personal data of other people, including photographs, without their express permission to do so.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'do not publish information which could leave you or others vulnerable.' },
  ],
  message:
    "This could identify a member of the public and invite others to target them. Even if they did something wrong, it's safer to send the evidence to the council or police. Remove identifying details or report it privately.",
  action: 'Remove identifying details and send the evidence to the council or the police privately.',
  examples: {
    trigger: [
      { text: 'Name and shame time: this is the woman who dumped three bags of rubbish on Wood Lane. Share!', context: { hasMedia: true, mediaKind: 'image' }, severity: 'warn', source: 'catalog R12 #1' },
      { text: "Do you know this lad? Filmed me at the surgery and wouldn't stop. Let's find out who he is.", context: { hasMedia: true, mediaKind: 'video' }, severity: 'warn', source: 'catalog R12 #2' },
      { text: 'Fly-tipper\'s van: white Transit, reg YD19 KLM. You know what to do.', severity: 'warn', source: 'catalog R12 #3' },
      { text: 'Caught on my Ring doorbell — the bloke from No. 22 letting his dog foul the path every morning.', context: { hasMedia: true, mediaKind: 'image' }, source: 'catalog R12 #4' },
      { text: 'Who is this? Kicked my bin over last night, he lives at 14 Elm Road. Share!', context: { hasMedia: true, mediaKind: 'image' }, severity: 'stop' },
      { text: 'Do you know this boy? Smashed the bus shelter on Churchfield — he was in school uniform.', context: { hasMedia: true, mediaKind: 'image' }, severity: 'stop' },
    ],
    quiet: [
      { text: 'South Yorkshire Police are appealing to identify a man after the burglary on Sheffield Road — please share their post.', context: { kind: 'share' }, source: 'catalog R12 #1' },
      { text: 'Fly-tipping on Wood Lane was reported to the council today; enforcement officers are investigating.', source: 'catalog R12 #2' },
      { text: 'Great to meet the volunteers from Friends of Locke Park today!', context: { hasMedia: true, mediaKind: 'image' }, source: 'catalog R12 #3' },
      { text: "If you see fly-tipping in progress, note the time and place and report it online — don't approach anyone.", source: 'catalog R12 #4' },
      { text: 'Who is this handsome chap? Our new ward mascot, Barney the dog!', context: { hasMedia: true, mediaKind: 'image' } },
      { text: 'Do you know someone who deserves a community award? Nominations close Friday.' },
      { text: 'Someone filmed me at the surgery and posted it with "you know what to do". I have reported it to the police.' },
    ],
  },
  // Every hit is a PHRASE match on the folded text: one word of each of its alternatives ("who's" reads as "whos").
  cues: { words: [...PHRASE_WORDS, ...WHO_WORDS, ...ROLE_WORDS] },
  detect(doc) {
    // Every hit is a PHRASE match: its scan (led by \b, cheap) comes before PRE (unanchored stems, dearer) and
    // before the draft-wide tests, which only a draft with a phrase needs.
    if (!mayShame(doc)) return [];
    const phrases = doc.matchFolded(PHRASE);
    if (phrases.length === 0 || !PRE.test(doc.text)) return [];
    if (OFFICIAL_APPEAL.test(doc.text) || (doc.context.kind === 'share' && /police|\.gov\.uk|council/i.test(`${doc.context.sharedUrl ?? ''} ${doc.context.sharedText ?? ''}`))) return [];
    const media = doc.context.hasMedia === true;
    const vrms = doc.matchAll(VRM);
    // Whether a private person is named (the targets pass): asked only when nothing else identifies them.
    let privateTarget: boolean | undefined;
    const namesPrivate = () => (privateTarget ??= coreTargets(doc).some((t) => (t.kind === 'role' && t.role === 'private') || (t.kind === 'person' && !t.role)));
    const houseNo = HOUSE_NO.test(doc.text);
    const accusation = ACCUSATION.test(doc.text);
    const hits: Hit[] = [];
    for (const m of phrases) {
      const span = { start: m.start, end: m.end };
      const p = m.match[0];
      if (inQuoteCondemnFrame(doc, span)) continue;
      // How identifying is it? A photo or video, a registration, a house number or a private person named.
      const identifying = media || vrms.length > 0 || houseNo || namesPrivate();
      const strongPhrase = /name and shame|naming and shaming|find out who|you know what to do|so (?:everyone|everybody|the whole)|share so|this is the|expose/.test(p);
      // "Who is this?" and "caught on camera" need something identifying and an accusation.
      if (!strongPhrase && !(identifying && accusation)) continue;
      if (!identifying && !accusation) continue;
      // "This is the woman who…" only shames when there's an accusation.
      if (/^this is the/.test(p) && !accusation) continue;
      if (/you know what to do/.test(p) && !(vrms.length > 0 || media || houseNo)) continue;
      hits.push({ start: m.start, end: m.end });
    }
    if (hits.length === 0) return [];
    const stop = HOME.test(doc.text) || CHILD.test(doc.text);
    return hits.map((h) => ({ ...h, severity: stop ? 'stop' : 'warn' }));
  },
});

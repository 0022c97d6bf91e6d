import { defineRule } from '../define';
import type { Hit } from '../types';
import { defineGate, gate } from '../cues';
import { memberLists } from '../shared/lists';

// Announcement frames and commitments on the council's behalf (catalog R31). Fixed phrases, bounded gaps.
const FRAMES: RegExp[] = [
  /^[ \t]*(?:OFFICIAL|BREAKING|ANNOUNCEMENT|CONFIRMED)\b[ \t]*[:!—–-]/gim,
  /\b(?:the council|we|I) (?:is|are|am|has|have) (?:so |very |really )?(?:pleased|delighted|proud|happy|excited|thrilled) to (?:announce|confirm)\b/gi,
  /\b[Oo]n behalf of (?:the |[A-Z][a-z]+ (?:Metropolitan )?(?:Borough )?)?(?:council|Council|authority)\b/g,
  /\bit'?s official\b/gi,
  /\bI can (?:now )?confirm (?:that )?(?:the council|we|[A-Z][a-z]+ Council)\b/g,
  /\bthe council (?:has|have) (?:now )?(?:decided|agreed) (?:to|that)\b/gi,
  /\bthe council (?:will|is going to) (?:now )?(?:refund|pay|reopen|fix|compensate|reimburse|cover the cost|waive|scrap|cancel|replace|repair)\b/gi,
  /\bI(?:'ll| will) (?:make sure|ensure|guarantee) (?:that )?the council\b/gi,
  /\bI (?:guarantee|promise)(?: you)?(?: that)? (?:the council|we) (?:will|won't|are going)\b/gi,
  /\bI(?:'ve| have) decided (?:that )?the (?:council|library|service|centre)\b/gi,
];
// The words of the frames, whole (each is followed by a word break in its frames: "repairs" and "payment"
// are not cues), read with the rules' cues: a draft runs only the frames whose word it has.
const SAYS = ['official', 'breaking', 'announcement', 'confirmed', 'announce', 'confirm'];
const WILL = ['refund', 'pay', 'reopen', 'fix', 'compensate', 'reimburse', 'cover', 'waive', 'scrap', 'cancel', 'replace', 'repair'];
const PROMISE = ['sure', 'ensure', 'guarantee', 'promise'];
const G_SAYS = defineGate('announcement/says', { words: SAYS });
const G_BEHALF = defineGate('announcement/behalf', { words: ['behalf'] });
const G_DECIDED = defineGate('announcement/decided', { words: ['decided', 'agreed'] });
const G_WILL = defineGate('announcement/will', { words: WILL });
// "The council will refund…" needs "council" too ("pay" alone is everyday).
const G_COUNCIL = defineGate('announcement/council', { words: ['council'] });
const G_PROMISE = defineGate('announcement/promise', { words: PROMISE });
const FRAME_GATES = [G_SAYS, G_BEHALF, G_DECIDED, G_WILL, G_PROMISE];
/** FRAME_GATE[i]: the index in FRAME_GATES of the gate of FRAMES[i]. */
const FRAME_GATE = [0, 0, 1, 0, 0, 2, 3, 4, 4, 2];
// Hedges: the member reports, asks or gives a view instead of deciding (catalog R31 de-escalators).
const HEDGE = /\b(?:I understand|I'?ve asked|I have asked|I'?ll ask|I will ask|asked officers|whether|I'?m told|I hope|I'?ll push|I will push|I'?ll press|I will press|pressing (?:the council|officers)|I'?ll be voting|I will be voting|in my view|I think)\b/i;
// Emergency instructions (the "single voice" variant: info).
const EMERGENCY = /\b(?:evacuat\w*|needs? to leave|must leave|rest cent(?:re|er)|boil (?:your )?water|do not (?:drink|use the|travel)|don'?t (?:drink|travel)|stay (?:indoors|inside|away)|avoid the area|gas leak|flood warning|sandbags?|shelter in place)\b/gi;
// The words of the instructions that can make a finding (not "flood warning", "gas leak", "sandbags").
const ORDERS = ['leave', 'rest', 'boil', 'drink', 'use', 'travel', 'stay', 'avoid', 'shelter'];
const G_ORDERS = defineGate('announcement/orders', { words: ORDERS, prefixes: ['evacuat'] });
const FOLLOWS_OFFICIAL = /\b(?:follow (?:the |their |the council'?s |official )?(?:advice|instructions|guidance)|official (?:update|advice|warning|post)|council'?s (?:flood )?(?:warning|update|advice|post)|gov\.uk|environment agency|https?:\/\/)/i;
const COUNCIL_BUSINESS =
  /\b(?:council|cabinet|authority|we will|we'?re|we are|we have|residents will|the (?:library|centre|pool|tip|depot|road|service|scheme|school|market|bus station)|refund\w*|reopen\w*|clos(?:e|ing|ure)|scrap\w*|free)\b/i;
const OFFICIAL_LINK = /https?:\/\/[^\s]{0,80}(?:\.gov\.uk|\.nhs\.uk|\.police\.uk)|\bon the council(?:'s)? website\b/i;
const HAZARD = /\b(?:flood\w*|fire|blaze|smoke|gas|leak|river|burst|storm|chemical|explosion|incident|emergency|warning|cordon|evacuat\w*|contaminat\w*|power cut|landslip)\b/i;
const EMERGENCY_LEAD =
  'In emergencies the council aims to speak with one voice. Consider sharing the official council update rather than posting your own instructions.';
const COUNCIL_ROLES = /\b(?:leader|deputy leader|cabinet|portfolio|executive member|mayor|chair|spokes(?:person|man|woman)|lead member)\b/i;

export default defineRule({
  id: 'official-capacity/official-announcement',
  family: 'official-capacity',
  title: "Announcing on the council's behalf",
  severity: 'warn',
  sets: ['speaking-for-council'],
  lists: { uses: ['profile.roles'], withoutThem: 'generic-cues' },
  policy: [
    { file: '000_02512859952f4825.txt', section: 'Share our news', quote: "Unless it's part of your role within the council, you should never make official announcements on behalf of the council via any communication channel." },
    { file: '003_af96a0d5570051af.txt', section: '4. Using social media for personal use at home (4.10)', quote: 'unless it is part of your role within the council then you should never make official announcements on a social media platform.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Understand what you can and can’t post online, including legally.', quote: 'your council is a corporate decision-making body – you can’t, independently, make decisions for the council on social media.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Understand what you can and can’t post online, including legally.', quote: 'having a single voice or message can be critical in some situations – for example, in the event of major flooding.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '4. Conduct', quote: 'Claim to act or give the impression you are acting as a representative of the Authority;' },
  ],
  // {lead} is the catalog's first sentence, or its emergency variant ("one voice") for emergency instructions.
  message:
    "{lead} Unless that's your role, share the council's own post instead, or make clear it's your view (\"I understand the council plans to…\").",
  action: "Share the council's own post, or make clear it's your view.",
  examples: {
    trigger: [
      { text: "OFFICIAL: Barnsley Council will be refunding everyone's garden waste fee this year.", severity: 'warn', source: 'catalog R31 #1' },
      { text: 'I can confirm the council has decided to keep Royston library open.', severity: 'warn', source: 'catalog R31 #2' },
      { text: 'On behalf of Bury Council, we apologise for the bin collection problems this week.', severity: 'warn', source: 'catalog R31 #3' },
      { text: "Don't worry Mrs Walsh, I'll make sure the council pays for your fence.", context: { kind: 'reply' }, severity: 'warn', source: 'catalog R31 #4' },
      { text: 'EVACUATE NOW: everyone on Riverside Close needs to leave, the river will breach tonight. Rest centre at the Civic.', severity: 'info', source: 'catalog R31 #5' },
      { text: 'We are delighted to announce that the council will reopen Penistone pool in May.', severity: 'warn' },
      {
        text: 'I can confirm the council has decided to keep Royston library open.',
        settings: { lists: { profile: { roles: ['Cabinet member for Culture'] } } },
        severity: 'info',
      },
    ],
    quiet: [
      { text: "Sharing the council's update on bin collections this week 👇", context: { kind: 'share', sharedUrl: 'https://www.barnsley.gov.uk/news/bins' }, source: 'catalog R31 #1' },
      { text: "I've asked officers whether the garden waste fee can be refunded and will update you.", source: 'catalog R31 #2' },
      { text: "The council's flood warning for the River Dearne is here — please follow their advice: https://…gov.uk/…", source: 'catalog R31 #3' },
      { text: "I'll be voting to keep Royston library open at full council on Thursday.", source: 'catalog R31 #4' },
      { text: 'I understand the council plans to refund the garden waste fee; I will confirm when officers publish the details.' },
      { text: "Breaking news from the bake-off: Mrs Hall's Victoria sponge wins again!" },
      { text: 'Proud to support the food bank on behalf of our residents.' },
    ],
  },
  // One word of every frame, and of every emergency instruction (a finding needs one that is not a flood
  // warning, gas leak or sandbag): the words of the gates above.
  cues: {
    words: [...SAYS, 'behalf', 'decided', 'agreed', ...WILL, ...PROMISE, ...ORDERS],
    prefixes: ['evacuat'],
  },
  detect(doc) {
    const text = doc.text;
    const ctx = doc.context;
    // Sharing the council's own post is what the policy asks for.
    if (ctx.kind === 'share' && (ctx.sharedUrl ? /gov\.uk|council/i.test(ctx.sharedUrl) : /@\w*council/i.test(text))) return [];
    const open = FRAME_GATES.map((g) => gate(doc, g) && (g !== G_WILL || gate(doc, G_COUNCIL)));
    const cheap = open.includes(true);
    // Only an instruction that can make a finding counts (a flood warning alone never does).
    EMERGENCY.lastIndex = 0;
    const emergency = gate(doc, G_ORDERS) && EMERGENCY.test(text);
    if (!cheap && !emergency) return [];
    const hits: Hit[] = [];
    const roles = memberLists(doc).roles;
    const roleCovers = roles.some((r) => COUNCIL_ROLES.test(r));
    if (cheap) {
      for (let i = 0; i < FRAMES.length; i++) {
        if (!open[FRAME_GATE[i]]) continue;
        const re = FRAMES[i];
        for (const m of doc.matchAll(re)) {
          // "Breaking news from the bake-off:" is not an announcement; the frame must be followed by council business.
          const s = doc.sentenceAt(m.index);
          const sentence = text.slice(s.start, s.end);
          if ((re === FRAMES[0] || re === FRAMES[3]) && !COUNCIL_BUSINESS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 200))) continue;
          if (HEDGE.test(sentence)) continue;
          // "BREAKING: … details on the council website <link>" shares the council's news, as 000 asks.
          if (re === FRAMES[0] && OFFICIAL_LINK.test(text)) continue;
          hits.push({ start: m.index, end: m.index + m[0].length, severity: roleCovers ? 'info' : 'warn', vars: { lead: `This reads like an official council announcement or decision ('${m[0].trim()}').` } });
        }
      }
    }
    // One finding per sentence: "I can confirm the council has decided…" is one announcement.
    if (hits.length > 1) {
      const merged: Hit[] = [];
      for (const h of hits.sort((a, b) => a.start - b.start)) {
        const last = merged[merged.length - 1];
        if (last && doc.sentenceAt(last.start).start === doc.sentenceAt(h.start).start) last.end = Math.max(last.end, h.end);
        else merged.push({ ...h });
      }
      return merged;
    }
    if (hits.length === 0 && emergency && !FOLLOWS_OFFICIAL.test(text)) {
      const instructions = doc.matchAll(EMERGENCY);
      const orders = instructions.filter((m) => !/flood warning|gas leak|sandbag/i.test(m[0]));
      // One instruction alone ("boil water" in a recipe, "stay away from me") needs a hazard beside it.
      const imperative = orders.length >= 2 || (orders.length === 1 && HAZARD.test(text));
      if (imperative) {
        const m = instructions[0];
        hits.push({ start: m.index, end: m.index + m[0].length, severity: 'info', vars: { lead: EMERGENCY_LEAD } });
      }
    }
    return hits;
  },
});

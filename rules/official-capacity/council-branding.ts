import { defineRule } from '../define';
import type { Hit } from '../types';

// File names and alt text that say "council branding" (catalog R33); images are otherwise opaque.
const FILE_CUE = /(?:logo|crest|coat[-_ ]?of[-_ ]?arms|letterhead|letter[-_ ]?head|bmbc|council[-_ ]?(?:brand|badge|banner|poster|leaflet|press))/i;
const TEXT_CUE =
  /\b(?:the council'?s (?:official )?(?:logo|crest|branding|letterhead|poster|leaflet|graphic)|council (?:logo|crest|branding|letterhead)|official (?:council )?(?:crest|logo|letterhead|poster)|coat of arms)\b/gi;
const OWN_VERSION = /\b(?:my own version|made my own|feel free to (?:print|share|use)|I(?:'ve| have) (?:made|designed|mocked up)|print (?:it|them) off)\b/i;

export default defineRule({
  id: 'official-capacity/council-branding',
  family: 'official-capacity',
  title: 'Council branding on a personal account',
  severity: 'warn',
  sets: ['speaking-for-council'],
  // Inert until the member maps which account is personal (context.account comes from that mapping).
  lists: { uses: ['accountMapping'], withoutThem: 'inert' },
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: "Do not use the Council's logo, or any other Council related material on a personal account or website." },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '5. Principles for using social media', quote: "Be honest about who you are – it's important that any accounts or profiles that you set up are clearly and easily identifiable." },
  ],
  message:
    "You're posting from your personal account with what looks like council branding ({cue}). The policy says not to use the council's logo or materials on a personal account. Share the council's own post instead.",
  action: "Share the council's own post instead of using its branding.",
  examples: {
    trigger: [
      { text: 'Proud to serve Barnsley!', context: { account: 'personal', hasMedia: true, mediaKind: 'image', mediaNames: ['barnsley_council_logo.png'] }, source: 'catalog R33 #1' },
      { text: "Here's the letter the council sent about the closures.", context: { account: 'personal', hasMedia: true, mediaKind: 'image', mediaNames: ['BMBC-letterhead-scan.jpg'] }, source: 'catalog R33 #2' },
      { text: "Made my own version of the council's recycling poster with the official crest — feel free to print!", context: { account: 'personal', hasMedia: true, mediaKind: 'image' }, source: 'catalog R33 #3' },
      { text: 'Vote Jones on 7 May', context: { account: 'personal', hasMedia: true, mediaKind: 'image', mediaNames: ['bury-council-crest.svg'] }, source: 'catalog R33 #4' },
      { text: 'New leaflet for the ward with the council logo on — print it off and pass it on.', context: { account: 'personal', hasMedia: true, mediaKind: 'image' } },
    ],
    quiet: [
      { text: 'New recycling rules from April 👇', context: { account: 'councillor', kind: 'share', sharedUrl: 'https://x.com/BarnsleyCouncil/status/1' }, source: 'catalog R33 #1' },
      { text: 'Worth a read.', context: { account: 'personal', kind: 'share', sharedUrl: 'https://x.com/BarnsleyCouncil/status/1' }, source: 'catalog R33 #2' },
      { text: 'Lovely evening at Locke Park.', context: { account: 'personal', hasMedia: true, mediaKind: 'image', mediaNames: ['IMG_2031.jpg'] }, source: 'catalog R33 #3' },
      { text: "The council's logo is being redesigned — consultation open until Friday.", context: { account: 'personal' }, source: 'catalog R33 #4' },
      { text: 'Proud to serve Barnsley!', context: { hasMedia: true, mediaKind: 'image', mediaNames: ['barnsley_council_logo.png'] } },
      { text: 'Proud to serve Barnsley!', context: { account: 'councillor', hasMedia: true, mediaKind: 'image', mediaNames: ['barnsley_council_logo.png'] } },
    ],
  },
  // The last word of every TEXT_CUE phrase ("coat" for the coat of arms); `when`: a branded file name on a personal, unshared post.
  cues: {
    words: ['coat'],
    prefixes: ['logo', 'crest', 'branding', 'letterhead', 'poster', 'leaflet', 'graphic'],
    when: (doc) => {
      const c = doc.context;
      return c.account === 'personal' && c.kind !== 'share' && (c.mediaNames ?? []).some((n) => typeof n === 'string' && FILE_CUE.test(n));
    },
  },
  detect(doc) {
    const ctx = doc.context;
    // Only a personal account breaks this rule; without the mapping the rule is off.
    if (ctx.account !== 'personal' || ctx.kind === 'share') return [];
    const text = doc.text;
    const hits: Hit[] = [];
    const media = ctx.hasMedia === true || ctx.mediaKind !== undefined || (ctx.mediaNames?.length ?? 0) > 0;
    const name = (ctx.mediaNames ?? []).find((n) => typeof n === 'string' && FILE_CUE.test(n));
    if (name) hits.push({ start: 0, end: text.length, vars: { cue: `the file “${name}”` } });
    if (media || OWN_VERSION.test(text)) {
      for (const m of doc.matchAll(TEXT_CUE)) hits.push({ start: m.index, end: m.index + m[0].length, vars: { cue: `“${m[0]}”` } });
    }
    return hits;
  },
});

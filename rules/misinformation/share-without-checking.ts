import { defineRule } from '../define';
import type { Hit } from '../types';
import { hostIsOfficial, links, mayHaveLinks } from '../shared/links';
import { dateKey, dateKeyOf, hostIn, memberLists } from '../shared/lists';

// Chain-message phrases (catalog R45): in the draft or in what is shared.
const CHAIN =
  /\b(?:share (?:this )?before (?:it'?s|it is|they) (?:deleted|taken down|removed|delete it)|before (?:it'?s|it gets) (?:deleted|taken down)|(?:copy and paste|copy & paste|copy\/paste)(?=\s*[:!—–-]|\s+(?:this|and share|to share|if you)\b)(?! (?:this |it )?(?:to|on|onto|into) (?:your|my|their) (?:status|wall|profile|timeline))|they don'?t want you to (?:see|know)|the (?:mainstream )?media (?:won'?t|will not) (?:report|tell you)|facebook (?:will|is going to) (?:start )?charg\w*|share (?:this )?(?:everywhere|far and wide) before|forward (?:this )?to everyone you know|please repost, ?don'?t share)\b/gi;
// The member's own hedge when sharing.
const HEDGE = /\b(?:if (?:this is|this'?s|it'?s|it is|true) ?(?:true|right|correct)?|not sure (?:if|whether) (?:this|it)(?:'s| is)? (?:true|real|right)|sharing (?:this )?(?:for info|just in case|in case)|can'?t verify|unverified|unconfirmed|is this (?:true|real)\?)\b/gi;
// The shared post's own uncertainty ("apparently", "unconfirmed reports").
const SHARED_UNSURE = /\b(?:apparently|unconfirmed|rumou?red|rumou?rs? (?:is|are|has it|that)|not sure (?:if|whether) (?:this|it)(?:'s| is)? true|can anyone confirm|allegedly|word is)\b/i;
const OUTRAGE = /\b(?:outrag\w*|disgrace\w*|scandal\w*|shocking|appalling|unbelievable|furious|closing|to close|shut(?:ting)?|scrapp\w*|banned)\b|!|😡|🤬/i;
/** Satire sites (shipped): sharing them as news is a classic mistake; info only. */
const SATIRE = ['thedailymash.co.uk', 'newsthump.com', 'waterfordwhispersnews.com', 'theonion.com', 'newsbiscuit.com', 'thebeaverton.com', 'babylonbee.com', 'thepoke.com'];
const OFFICIAL_HANDLE = /@\w{0,30}(?:council|mbc|police|nhs|gov|fire|ambulance)\w{0,20}\b|\b(?:South Yorkshire Police|Greater Manchester Police|Environment Agency|Met Office)\b/i;
const CHEAP_SHARE = /share|before|copy|want you|media|facebook|forward|repost|true|verif|confirm|in case|real/i;

export default defineRule({
  id: 'misinformation/share-without-checking',
  family: 'misinformation',
  title: 'Sharing without checking',
  severity: 'warn',
  sets: ['accuracy'],
  lists: { uses: ['lowReliabilityDomains'], withoutThem: 'generic-cues' },
  policy: [
    { file: '004_f238b8de7f3077ec.txt', section: 'Understand what you can and can’t post online, including legally.', quote: 'They also play a central role in preventing the spread of disinformation. Think twice before you press ‘share’ or ‘retweet’!' },
    { file: '000_02512859952f4825.txt', section: 'Your responsibility when using social media', quote: "This includes content you create, share, and people's comments and reactions linked to your content." },
    { file: '000_02512859952f4825.txt', section: 'Key points', quote: "If you're unsure whether to post, comment on or share something, err on the side of caution and don't." },
  ],
  message:
    "You're sharing something that may not be verified ({reason}). As a councillor, your share can look like an endorsement. Check the original source first, or add context.",
  action: 'Check the original source first, or add context.',
  examples: {
    trigger: [
      { text: "SHARE BEFORE IT'S DELETED: council to fine households £100 for the wrong bin — they don't want you to see this!", context: { kind: 'share' }, source: 'catalog R45 #1' },
      { text: "If this is true it's a scandal 😡", context: { kind: 'share', hasMedia: true, mediaKind: 'image' }, source: 'catalog R45 #2' },
      { text: 'Copy and paste: Barnsley Council is installing 5G cameras to spy on residents.', context: { kind: 'share' }, source: 'catalog R45 #3' },
      { text: "Outrageous! The council's closing the Metrodome!", context: { kind: 'share', sharedDate: '2019-03-01', now: '2026-04-01T10:00' }, source: 'catalog R45 #4' },
      { text: 'Worth a read 👀', context: { kind: 'share', sharedUrl: 'https://barnsley-truth-news.net/council-scandal' }, settings: { lists: { lowReliabilityDomains: ['barnsley-truth-news.net'] } } },
      { text: 'Wow, is this real?', context: { kind: 'share', sharedUrl: 'https://www.thedailymash.co.uk/news/council-bans-bins' }, severity: 'info' },
      { text: 'Unbelievable.', context: { kind: 'share', sharedText: 'Copy and paste: the council is banning bonfires on Guy Fawkes night.' } },
      { text: 'Shocking if so.', context: { kind: 'share', sharedText: 'Apparently the council is closing all the tips in Barnsley from May.' } },
    ],
    quiet: [
      { text: 'Important update on bin collections 👇', context: { kind: 'share', sharedUrl: 'https://x.com/BarnsleyCouncil/status/1', sharedText: '@BarnsleyCouncil: bin collections this week' }, source: 'catalog R45 #1' },
      { text: 'Good to see this covered — the bypass opens on Monday.', context: { kind: 'share', sharedDate: '2026-04-01', now: '2026-04-01T10:00' }, source: 'catalog R45 #2' },
      { text: 'Please share: missing person appeal from South Yorkshire Police.', context: { kind: 'share', sharedUrl: 'https://x.com/SYPolice/status/2' }, source: 'catalog R45 #3' },
      { text: "I've checked with officers: the rumour about £100 bin fines is false. Here's the council's statement: https://…gov.uk/…", source: 'catalog R45 #4' },
      { text: 'Worth a read 👀', context: { kind: 'share', sharedUrl: 'https://barnsley-truth-news.net/council-scandal' } },
      { text: "Outrageous! The council's closing the Metrodome!", context: { kind: 'share', sharedDate: '2025-05-01', now: '2026-04-01T10:00' } },
      { text: 'Great turnout at the gala — share your photos in the comments!' },
    ],
  },
  // A chain-message phrase (one word of each) in any post; `when`: a share that has something to check (the
  // shared post, its address or date, a hedge, a link).
  cues: {
    words: ['share', 'before', 'copy', 'want', 'media', 'facebook', 'forward', 'repost'],
    when: (doc) => {
      const c = doc.context;
      if ((typeof c.sharedText === 'string' && c.sharedText !== '') || typeof c.sharedUrl === 'string') return true;
      return c.kind === 'share' && ((!!c.sharedDate && !!doc.now) || CHEAP_SHARE.test(doc.text) || mayHaveLinks(doc.text));
    },
  },
  detect(doc) {
    const ctx = doc.context;
    const text = doc.text;
    const shared = typeof ctx.sharedText === 'string' ? ctx.sharedText : '';
    const isShare = ctx.kind === 'share' || shared !== '' || typeof ctx.sharedUrl === 'string';
    const hits: Hit[] = [];
    const whole = { start: 0, end: text.length };
    // Chain-message phrases count in any post: copying a chain message is sharing it.
    for (const m of doc.matchAll(CHAIN)) {
      hits.push({ start: m.index, end: m.index + m[0].length, vars: { reason: `a chain-message phrase: "${m[0]}"` } });
      break;
    }
    if (!isShare) return hits;
    // Shares from official accounts and sites are what members should share.
    const sharedHost = hostOf(ctx.sharedUrl);
    const council = memberLists(doc).councilDomains;
    if ((sharedHost && (hostIsOfficial(sharedHost, council) || OFFICIAL_HANDLE.test(ctx.sharedUrl ?? ''))) || OFFICIAL_HANDLE.test(shared) || (shared === '' && !sharedHost && OFFICIAL_HANDLE.test(text))) return [];
    if (hits.length === 0 && shared) {
      CHAIN.lastIndex = 0;
      const m = CHAIN.exec(shared) ?? SHARED_UNSURE.exec(shared);
      if (m) hits.push({ ...whole, vars: { reason: `the shared post itself says "${m[0]}"` } });
    }
    if (hits.length === 0 && CHEAP_SHARE.test(text)) {
      for (const m of doc.matchAll(HEDGE)) {
        hits.push({ start: m.index, end: m.index + m[0].length, vars: { reason: `you said "${m[0]}"` } });
        break;
      }
    }
    // Stale news with present-tense outrage.
    if (hits.length === 0 && ctx.sharedDate && doc.now) {
      const then = dateKeyOf(ctx.sharedDate);
      const yearAgo = dateKey(doc.now) - 10000;
      if (then !== undefined && then < yearAgo && OUTRAGE.test(text)) {
        hits.push({ ...whole, vars: { reason: `it was first published on ${ctx.sharedDate.slice(0, 10)}, over a year ago` } });
      }
    }
    // Domains: the member's low-reliability list (warn), shipped satire sites (info).
    const hosts = [sharedHost, ...links(doc).map((l) => l.hostname)].filter((h): h is string => !!h);
    const low = memberLists(doc).lowReliabilityDomains;
    for (const h of hosts) {
      if (low.length > 0 && hostIn(h, low)) {
        hits.push({ ...whole, vars: { reason: `${h} is on your list of unreliable sites` } });
        break;
      }
      if (hostIn(h, SATIRE)) {
        hits.push({ ...whole, severity: 'info', vars: { reason: `${h} is a satire site: this is satire, not news` } });
        break;
      }
    }
    return hits;
  },
});

function hostOf(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const m = /^(?:[a-z][a-z0-9+.-]{0,20}:\/\/)?([^/?#:\s@]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase().replace(/^www\./, '') : undefined;
}

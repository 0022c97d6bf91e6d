import { defineRule } from '../define';
import type { Hit } from '../types';
import { defineGate, gate } from '../cues';

// Signs of someone else's work (catalog R46).
const CUES =
  /\b(?:no copyright intended|no copyright infringement intended|not my (?:photo|pic|picture|image|video|words|article)s?|not mine|credit to (?:the )?(?:owner|original (?:owner|poster|photographer))|all credit (?:to|goes to) (?:the )?(?:owner|original)|found (?:this|these|it) (?:pic|photo|picture|image|video)?s? ?on (?:google|the internet|the web|facebook|pinterest|twitter|instagram)|found this (?:pic|photo|picture|image) online|(?:from|via|courtesy of) google images|photo:? (?:unknown|not mine)|(?:full )?(?:article|story|piece) (?:from [^.:\n]{1,40} )?(?:below|pasted below|copied below)|copied from|copy of the article|behind (?:a|the|their) paywall|paywalled|subscribe to (?:read|continue)|all rights reserved|local democracy report(?:er|ing service))\b/gi;
// "© Barnsley Chronicle", "(c) Getty Images": case-sensitive, and not glued to a word ("McRib©").
const COPYRIGHT_LINE = /(?<![\w])(?:©|\([cC]\))\s?(?:\d{4}\s)?[A-Z][\w&.-]{1,30}/g;
const STOCK = /(?:shutterstock|gettyimages|getty-images|istock|alamy|adobestock|depositphotos|dreamstime|123rf|stock-photo)/i;
const PRAISE = /\b(?:amazing|stunning|beautiful|gorgeous|fantastic|incredible|breathtaking) (?:photo|pic|picture|shot|image|photograph)s? (?:of|from)\b(?! (?:the |our |my )?(?:team|us|me|volunteers|residents|ward|group)\b)/i;
const CREDITED = /\b(?:photo|picture|pic|image|video|words) (?:by|from|courtesy of|credit)\b|📸|\bcredit:|\bcredits?:|\bwith (?:his |her |their |kind )?permission\b|\bmy (?:own )?(?:photo|pic|picture|shot)\b|\bI took\b|\btaken by me\b|©|\bcourtesy of\b|\bshared with permission\b/i;
const CHEAP = /copyright|google|not m|credit|found|article|story|piece|copied|copy|paywall|subscribe|rights|democracy|©|\(c\)|amazing|stunning|beautiful|gorgeous|fantastic|incredible|breathtaking/i;
// The words of CUES but "not my photo" (whole: each is followed by a word break), read with the rules' cues:
// a draft that passed the cues by "photo" alone scans CUES only if it says "not my".
const G_CUES = defineGate('copyright/cues', {
  words: ['copyright', 'mine', 'credit', 'found', 'google', 'unknown', 'below', 'copied', 'copy', 'paywall', 'paywalled', 'subscribe', 'rights', 'democracy'],
});

export default defineRule({
  id: 'copyright/copied-material',
  family: 'copyright',
  title: "Using someone else's work",
  severity: 'warn',
  sets: ['core-legal'],
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'Placing images or text from a copyrighted source (e.g., extracts from publications or photos) without permission is likely to breach copyright.' },
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (2) Copyright', quote: 'Publishing information that is not yours, without permission, may also result in an award of damages against you.' },
    { file: '000_02512859952f4825.txt', section: "Dos and don'ts at a glance — Do", quote: "credit other people's work, ideas and links" },
    { file: '002_0356de40dc76b657.txt', section: '1.1 General ‘Dos and Don’ts’ for Social Media — Do', quote: "credit other people's work, ideas and links" },
  ],
  message:
    'This may include someone else\'s work ({cue}). Copyright still applies online. Link to the original, use a short quote with credit, or get permission. "No copyright intended" doesn\'t protect you.',
  action: 'Link to the original, use a short quote with credit, or get permission.',
  examples: {
    trigger: [
      { text: 'Spring has arrived in Cawthorne!', context: { hasMedia: true, mediaKind: 'image', mediaNames: ['shutterstock_20394811.jpg'] }, severity: 'warn', source: 'catalog R46 #1' },
      { text: "Full article from today's Chronicle below as it's behind a paywall: 'By Jane Doe, Local Democracy Reporter …' [600 words]", severity: 'warn', source: 'catalog R46 #2' },
      { text: 'Stunning photo of the Cannon Hall sunset — not mine, credit to the owner, no copyright intended.', context: { hasMedia: true, mediaKind: 'image' }, severity: 'warn', source: 'catalog R46 #3' },
      { text: 'Found this pic on Google of the old Barnsley market, lovely memories.', context: { hasMedia: true, mediaKind: 'image' }, severity: 'warn', source: 'catalog R46 #4' },
      { text: 'Amazing photo of the floods at Darfield this morning.', context: { hasMedia: true, mediaKind: 'image' }, severity: 'info' },
      { text: `Here's the piece in full: "${Array.from({ length: 90 }, (_, i) => (i % 9 === 0 ? 'the' : 'council')).join(' ')}"`, severity: 'warn' },
    ],
    quiet: [
      { text: 'Good piece in the Chronicle on the market redevelopment: https://…', source: 'catalog R46 #1' },
      { text: 'Photo of the Cannon Hall sunset by Jo Briggs, shared with her permission 📸 @JoBriggsPhoto', context: { hasMedia: true, mediaKind: 'image' }, source: 'catalog R46 #2' },
      { text: 'My photo of the new cycle path this morning.', context: { hasMedia: true, mediaKind: 'image', mediaNames: ['IMG_4412.jpg'] }, source: 'catalog R46 #3' },
      { text: "As the report says, 'the scheme delivers 300 new homes' — full report here: https://…", source: 'catalog R46 #4' },
      { text: 'Amazing photo of the floods at Darfield this morning.' },
      { text: 'Great photo of the floods at Darfield — credit: Sam Hill.', context: { hasMedia: true, mediaKind: 'image' } },
      { text: 'Is that photo yours? It is not mine, so I will ask before I use it.' },
    ],
  },
  // One word of every CUES phrase ("not my photo" by what is not mine, whole: a search for "not my" in every
  // draft cost more than these words let through), the copyright sign and "(c)"; `when`: a stock-library file
  // name, a draft long enough to quote 80 words, an image praised without credit.
  cues: {
    words: [
      'credit', 'found', 'google', 'copied', 'copy', 'subscribe', 'rights', 'democracy', 'c',
      'photo', 'photos', 'pic', 'pics', 'picture', 'pictures', 'image', 'images', 'video', 'videos', 'words', 'wordss', 'article', 'articles',
    ],
    prefixes: ['copyright', 'mine', 'unknown', 'below', 'paywall'],
    chars: '©',
    when: (doc) => {
      const c = doc.context;
      if (doc.text.length > 400) return true;
      if ((c.mediaNames ?? []).some((n) => typeof n === 'string' && STOCK.test(n))) return true;
      return (c.hasMedia === true || c.mediaKind !== undefined) && PRAISE.test(doc.text);
    },
  },
  detect(doc) {
    const ctx = doc.context;
    const text = doc.text;
    const hits: Hit[] = [];
    const stock = (ctx.mediaNames ?? []).find((n) => typeof n === 'string' && STOCK.test(n));
    if (stock) hits.push({ start: 0, end: text.length, vars: { cue: `a stock-library image, “${stock}”` } });
    const image = ctx.hasMedia === true || ctx.mediaKind !== undefined;
    // A copyright line needs "©" or "(c)"; CHEAP (which "Photo: unknown" alone does not pass) asked once there is a cue.
    const cues = gate(doc, G_CUES) || doc.folded.text.includes('not my') ? doc.matchAll(CUES) : [];
    const found = [...cues, ...(text.includes('©') || text.includes('(') ? doc.matchAll(COPYRIGHT_LINE) : [])];
    if (found.length > 0 && CHEAP.test(text)) {
      for (const m of found) {
        // "not mine" only as a photo or text credit, not in "it is not mine, so I will ask".
        if (/^not mine$/i.test(m[0]) && !image) continue;
        if (/^not mine$/i.test(m[0]) && /\bask\b/i.test(text)) continue;
        hits.push({ start: m.index, end: m.index + m[0].length, vars: { cue: `“${m[0]}”` } });
      }
    }
    // Long quoted passages: more than about 80 words inside quotation marks.
    if (hits.length === 0 && text.length > 400) {
      const q = longQuote(text);
      if (q) hits.push({ start: q.start, end: q.end, vars: { cue: 'a long quoted passage' } });
    }
    if (hits.length === 0 && image && PRAISE.test(text) && !CREDITED.test(text)) {
      const m = PRAISE.exec(text)!;
      hits.push({ start: m.index, end: m.index + m[0].length, severity: 'info', vars: { cue: 'a photo with no credit' } });
    }
    return hits;
  },
});

/** The first quoted passage of more than 80 words. */
function longQuote(text: string): { start: number; end: number } | null {
  const re = /["“‘']([^"”’]{400,20000})["”’]?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const words = m[1].split(/\s+/).filter(Boolean).length;
    if (words > 80) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit } from '../types';
import { defineGate, gate } from '../cues';
import { LiteralMatcher } from '../shared/literal';
import { mayContainAny } from '../shared/lists';
import { collapseRuns, skeleton, toOriginal } from '../normalize';

/**
 * Shipped default topics (R42), as bounded patterns on the folded text, each with the words (read as cues,
 * rules/cues.ts) that every match of it holds. The member's own lists.controversialTopics are matched as
 * literals on top of these.
 */
interface Topic { name: string; re: RegExp; words?: string[]; prefixes?: string[] }
const DEFAULT_TOPICS: Topic[] = [
  { name: 'asylum accommodation', re: /\basylum(?: seekers?| hotels?| accommodation| dispersal| centres?| housing| claims?)?\b/, prefixes: ['asylum'] },
  { name: 'immigration', re: /\b(?:immigration|immigrants?|migrants?|small boats|illegal migration|refugees?)\b/, words: ['small'], prefixes: ['immigra', 'migra', 'refugee', 'boats'] },
  { name: 'Gypsy and Traveller sites', re: /\b(?:gypsy|gypsies|travellers?|roma)(?: and traveller)?(?:['’]s?)? ?(?:site|sites|encampments?|camp|community|pitches?|families)\b|\bunauthori[sz]ed encampments?\b/, prefixes: ['gyps', 'traveller', 'roma', 'encampment'] },
  { name: 'low-traffic neighbourhoods', re: /\b(?:ltns?|low[- ]traffic neighbourhoods?|modal filters?|school streets?|bus gates?)\b/, words: ['modal'], prefixes: ['ltn', 'neighbourhood', 'street', 'gate'] },
  { name: '20mph limits', re: /\b20 ?mph\b|\b20 miles? per hour\b/, words: ['mph', 'mile', 'miles'] },
  { name: 'clean air zones', re: /\b(?:clean air zones?|ulez|caz|congestion charge|workplace parking levy)\b/, words: ['air', 'congestion', 'workplace'], prefixes: ['ulez', 'caz', 'levy'] },
  { name: 'council tax rises', re: /\bcouncil tax (?:(?:will |is going to |to )?(?:rise|rises|increase|increases|hike|going up|go up)|bills? (?:rise|up))|\b(?:rise|increase|hike)s? (?:in|to) (?:the )?council tax\b|\bprecept (?:rise|increase)\b/, words: ['precept'], prefixes: ['tax'] },
  { name: 'closures of libraries or leisure centres', re: /\b(?:library|libraries|leisure centres?|swimming pools?|baths|youth club|day centre|children'?s centre|care home|museum|public toilets)\b[^.\n]{0,30}\b(?:closures?|closing down|shut(?:ting)? down|to close|will close for good|(?:permanently|proposed|planned) clos(?:e|ed|ing|ure)|cuts?)\b|\b(?:to close|plans? to close|closing down|closure of|shut(?:ting)? down|save) (?:the |our )?(?:[a-z'-]{2,20} ){0,2}?(?:library|libraries|leisure centres?|swimming pools?|baths|youth club|day centre)\b/, words: ['leisure', 'swimming', 'club', 'care'], prefixes: ['librar', 'baths', 'centre', 'museum', 'toilet'] },
  { name: 'green belt', re: /\bgreen ?belt\b/, prefixes: ['belt', 'greenbelt'] },
  { name: 'housing allocations', re: /\b(?:local plan|housing allocations?|(?:\d{3,5}|hundreds of|thousands of) (?:new )?homes|housing target|new estate)\b/, words: ['plan', 'housing'], prefixes: ['homes', 'estate'] },
  { name: 'HMOs', re: /\b(?:hmos?|houses? in multiple occupation)\b/, words: ['multiple'], prefixes: ['hmo'] },
  { name: 'places of worship', re: /\b(?:mosque|synagogue|gurdwara|temple|church|madrasa)\b[^.\n]{0,30}\b(?:planning|application|extension|proposal|plans)\b/, prefixes: ['mosque', 'synagogue', 'gurdwara', 'temple', 'madrasa', 'church'] },
  { name: 'trans and gender policy', re: /\b(?:trans(?:gender)?(?![- ](?:pennine|fats?|atlantic|european|port|fer))|gender (?:identity|critical|neutral)|non-binary|pronouns)\b/, words: ['trans', 'transgender', 'gender'], prefixes: ['binary', 'pronoun'] },
  { name: 'Israel and Gaza', re: /\b(?:israel|israeli|gaza|palestin(?:e|ian)s?|hamas|zionis[mt]|ceasefire)\b/, prefixes: ['israel', 'gaza', 'palestin', 'hamas', 'zionis', 'ceasefire'] },
  { name: 'flag flying', re: /\bflag[- ]flying\b|\b(?:union|pride|palestinian|israeli|ukrainian|st george'?s?|england|ukraine|rainbow|progress) flags?\b|\bflags? (?:on|from) (?:lamp ?posts|the town hall|council buildings)\b/, prefixes: ['flag'] },
  { name: 'statues and memorials', re: /\bstatues?\b|\b(?:renam(?:e|ing)|removing) (?:the )?(?:street|road|statue|memorial)\b/, words: ['removing'], prefixes: ['statue', 'renam'] },
];
/**
 * The topics in groups, each group one pattern (every topic in its own capture group) behind a gate of its
 * topics' words: a draft scans only the groups whose words it has. Most drafts that pass the rule's cues hold
 * a filler word of one group ("library", "street", "church", "plan"), not the rare words of the others, so they
 * scan one short pattern instead of every topic. The topics whose words are rare share one group.
 * Every match is a topic match at its position, so the first topic mentioned (the leftmost match of any
 * topic, the earlier topic on a tie) is the least (position, topic) over the groups' first matches.
 */
const GROUPS = [
  { name: 'rare', topics: [0, 1, 2, 4, 5, 8, 10, 12, 13, 14, 15] },
  { name: 'ltn', topics: [3] },
  { name: 'tax', topics: [6] },
  // A closure needs a closing word too, and a place of worship a planning word (filler: "the library on High
  // Street", "Church Lane"): a second gate, of the words every match also holds after the place. (A youth
  // service is no topic: the closures' word for it is "club", as in both of their "youth club".)
  { name: 'closures', topics: [7], also: ['close', 'closed', 'closing', 'closure', 'closures', 'shut', 'shutting', 'cut', 'cuts', 'save'] },
  { name: 'homes', topics: [9] },
  { name: 'worship', topics: [11], also: ['planning', 'application', 'extension', 'proposal', 'plans'] },
].map(({ name, topics, also }: { name: string; topics: number[]; also?: string[] }) => {
  const ts = topics.map((k) => DEFAULT_TOPICS[k]);
  const gateId = defineGate(`tone/topics-${name}`, { words: ts.flatMap((t) => t.words ?? []), prefixes: ts.flatMap((t) => t.prefixes ?? []) });
  const alsoId = also ? defineGate(`tone/topics-${name}-also`, { words: also }) : null;
  // The capture group of each topic (topics' own groups are counted).
  const groupOf: number[] = [];
  let g = 1;
  for (const t of ts) {
    groupOf.push(g);
    g += 1 + (new RegExp(`${t.re.source}|`).exec('')!.length - 1);
  }
  return { gate: gateId, also: alsoId, topics, groupOf, re: new RegExp(ts.map((t) => `(${t.re.source})`).join('|')) };
});
if (GROUPS.flatMap((g) => g.topics).sort((a, b) => a - b).join() !== DEFAULT_TOPICS.map((_, k) => k).join()) throw new Error('controversial-topic-plan: every topic in one group');
// Every default-topic hit also needs one of these stems (tested once a topic matched).
const PRE = /asylum|immigra|migrant|refugee|small boats|gyps|traveller|\broma\b|\bltns?\b|low[- ]traffic|modal filter|school street|bus gate|mph|miles per hour|clean air|ulez|\bcaz\b|congestion charge|parking levy|council tax|precept|clos(?:e|es|ed|ing|ure)|shut|\bcuts?\b|green ?belt|local plan|allocation|\d{3} (?:new )?homes|hundreds of|thousands of|housing target|new estate|\bhmos?\b|multiple occupation|mosque|synagogue|gurdwara|temple|madrasa|church[^.\n]{0,30}(?:planning|application|extension|proposal|plans)|trans|gender|binary|pronoun|israel|gaza|palestin|hamas|zionis|ceasefire|flag|statue|renam|removing/;

/** The first default topic in the folded text: its span and index, or null. */
function firstTopic(doc: TextDoc, f: string): { index: number; end: number; k: number } | null {
  let best: { index: number; end: number; k: number } | null = null;
  for (const g of GROUPS) {
    if (!gate(doc, g.gate) || (g.also && !gate(doc, g.also))) continue;
    const m = g.re.exec(f);
    if (!m || (best && m.index > best.index)) continue;
    const k = g.topics[g.groupOf.findIndex((n) => m[n] !== undefined)];
    if (!best || m.index < best.index || k < best.k) best = { index: m.index, end: m.index + m[0].length, k };
  }
  return best;
}

const listCache = new WeakMap<object, LiteralMatcher<string>>();
const keyCache = new WeakMap<object, string[]>();

/** The member's topics squeezed as shared/lists.ts squeezes its lists: a literal match implies one is in the squeezed skeleton. */
function topicKeys(own: readonly string[]): string[] {
  let keys = keyCache.get(own);
  if (!keys) {
    keys = [...new Set(own.filter((s) => typeof s === 'string').map((t) => collapseRuns(skeleton(t).tokens.map((x) => x.text).join(''))).filter(Boolean))];
    keyCache.set(own, keys);
  }
  return keys;
}

export default defineRule({
  id: 'tone/controversial-topic-plan',
  family: 'tone',
  title: "Controversial topic: plan how you'll handle replies",
  severity: 'info',
  sets: ['tone'],
  lists: { uses: ['controversialTopics'], withoutThem: 'generic-cues' },
  policy: [
    { file: '004_f238b8de7f3077ec.txt', section: 'Handling online abuse', quote: 'Consider content – some content will be more controversial than others. Consider before posting how you will manage engagement with this, for example only engaging in comments on the policy itself or directing people to consultation documents.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Handling online abuse', quote: 'Set expectations – point people to your rules of engagement and apply these consistently.' },
  ],
  message:
    "This topic often attracts strong reactions. Before posting, decide how you'll handle comments, for example by linking to the consultation documents, pinning your rules of engagement or limiting replies.",
  action: 'Decide how you will handle comments: link the consultation documents, pin your rules of engagement or limit replies.',
  examples: {
    trigger: [
      { text: 'My statement on the proposed asylum accommodation at the Park Hotel.', severity: 'info', source: 'catalog R42 #1' },
      { text: 'Consultation launched today on a 20mph limit across Worsbrough.', severity: 'info', source: 'catalog R42 #2' },
      { text: 'Council tax will rise by 4.99% this year — here\'s why I voted for it.', severity: 'info', source: 'catalog R42 #3' },
      { text: 'Update on the Traveller encampment at Locke Park.', severity: 'info', source: 'catalog R42 #4' },
      { text: 'My view on the Hoyland Common solar farm.', settings: { lists: { controversialTopics: ['solar farm'] } }, severity: 'info' },
      { text: 'Why I support the LTN trial on Dodworth Road.', context: { kind: 'post' }, severity: 'info' },
    ],
    quiet: [
      { text: 'Brass band concert in Locke Park this Sunday!', source: 'catalog R42 #1' },
      { text: 'Bin collections are back to normal after the bank holiday.', source: 'catalog R42 #2' },
      { text: 'Well done to Barnsley College students on their results.', source: 'catalog R42 #3' },
      { text: 'Thanks to everyone who came to the litter pick.', source: 'catalog R42 #4' },
      { text: 'Sunday service at St Mary\'s church starts at 10:30.' },
      { text: 'The 20mph limit on Park Road is explained on the council website.', context: { kind: 'reply' } },
      { text: 'Great turnout at the Travellers Rest quiz night!' },
    ],
  },
  // The words of every default topic (on the folded text, as the topics are read); `when` (not for replies):
  // one of the member's own topics may be in the draft.
  cues: {
    words: DEFAULT_TOPICS.flatMap((t) => t.words ?? []),
    prefixes: DEFAULT_TOPICS.flatMap((t) => t.prefixes ?? []),
    when: (doc) => {
      const k = doc.context.kind;
      if (k === 'reply' || k === 'comment') return false;
      const own = doc.lists.controversialTopics;
      return !!own && own.length > 0 && mayContainAny(doc, topicKeys(own));
    },
  },
  detect(doc) {
    // A plan for replies matters for the member's own posts, not for their replies to others.
    const k = doc.context.kind;
    if (k === 'reply' || k === 'comment') return [];
    const f = doc.folded.text;
    const own = doc.lists.controversialTopics;
    const hits: Hit[] = [];
    if (own && own.length > 0) {
      let m = listCache.get(own);
      if (!m) {
        m = new LiteralMatcher(own.filter((s) => typeof s === 'string'));
        listCache.set(own, m);
      }
      for (const t of m.find(doc.skeleton)) hits.push({ start: t.start, end: t.end, vars: { topic: t.term } });
    }
    const first = firstTopic(doc, f);
    if (first && PRE.test(f)) hits.push({ ...toOriginal(doc.folded, first.index, first.end), vars: { topic: DEFAULT_TOPICS[first.k].name } });
    // One hint per draft is enough: the first topic mentioned.
    hits.sort((a, b) => a.start - b.start);
    return hits.slice(0, 1);
  },
});

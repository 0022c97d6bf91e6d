import { defineRule } from '../define';
import type { Hit } from '../types';
import { LiteralMatcher } from '../shared/literal';
import { mayContainAny } from '../shared/lists';
import { collapseRuns, skeleton, toOriginal } from '../normalize';

/**
 * Shipped default topics (R42), as bounded patterns on the folded text. The member's own
 * lists.controversialTopics are matched as literals on top of these.
 */
const DEFAULT_TOPICS: [string, RegExp][] = [
  ['asylum accommodation', /\basylum(?: seekers?| hotels?| accommodation| dispersal| centres?| housing| claims?)?\b/],
  ['immigration', /\b(?:immigration|immigrants?|migrants?|small boats|illegal migration|refugees?)\b/],
  ['Gypsy and Traveller sites', /\b(?:gypsy|gypsies|travellers?|roma)(?: and traveller)?(?:['’]s?)? ?(?:site|sites|encampments?|camp|community|pitches?|families)\b|\bunauthori[sz]ed encampments?\b/],
  ['low-traffic neighbourhoods', /\b(?:ltns?|low[- ]traffic neighbourhoods?|modal filters?|school streets?|bus gates?)\b/],
  ['20mph limits', /\b20 ?mph\b|\b20 miles? per hour\b/],
  ['clean air zones', /\b(?:clean air zones?|ulez|caz|congestion charge|workplace parking levy)\b/],
  ['council tax rises', /\bcouncil tax (?:(?:will |is going to |to )?(?:rise|rises|increase|increases|hike|going up|go up)|bills? (?:rise|up))|\b(?:rise|increase|hike)s? (?:in|to) (?:the )?council tax\b|\bprecept (?:rise|increase)\b/],
  ['closures of libraries or leisure centres', /\b(?:library|libraries|leisure centres?|swimming pools?|baths|youth club|day centre|children'?s centre|care home|museum|public toilets)\b[^.\n]{0,30}\b(?:closures?|closing down|shut(?:ting)? down|to close|will close for good|(?:permanently|proposed|planned) clos(?:e|ed|ing|ure)|cuts?)\b|\b(?:to close|plans? to close|closing down|closure of|shut(?:ting)? down|save) (?:the |our )?(?:[a-z'-]{2,20} ){0,2}?(?:library|libraries|leisure centres?|swimming pools?|baths|youth club|day centre)\b/],
  ['green belt', /\bgreen ?belt\b/],
  ['housing allocations', /\b(?:local plan|housing allocations?|(?:\d{3,5}|hundreds of|thousands of) (?:new )?homes|housing target|new estate)\b/],
  ['HMOs', /\b(?:hmos?|houses? in multiple occupation)\b/],
  ['places of worship', /\b(?:mosque|synagogue|gurdwara|temple|church|madrasa)\b[^.\n]{0,30}\b(?:planning|application|extension|proposal|plans)\b/],
  ['trans and gender policy', /\b(?:trans(?:gender)?(?![- ](?:pennine|fats?|atlantic|european|port|fer))|gender (?:identity|critical|neutral)|non-binary|pronouns)\b/],
  ['Israel and Gaza', /\b(?:israel|israeli|gaza|palestin(?:e|ian)s?|hamas|zionis[mt]|ceasefire)\b/],
  ['flag flying', /\bflag[- ]flying\b|\b(?:union|pride|palestinian|israeli|ukrainian|st george'?s?|england|ukraine|rainbow|progress) flags?\b|\bflags? (?:on|from) (?:lamp ?posts|the town hall|council buildings)\b/],
  ['statues and memorials', /\bstatues?\b|\b(?:renam(?:e|ing)|removing) (?:the )?(?:street|road|statue|memorial)\b/],
];
/**
 * Every default topic in one pattern, each in its own group, for one scan of the draft: the leftmost
 * match of any topic (the earlier topic on a tie) is the first topic mentioned, as the rule reports.
 * TOPIC_GROUP[k] is the capture group of topic k (topics' own groups are counted).
 */
const TOPICS_ANY = new RegExp(DEFAULT_TOPICS.map(([, re]) => `(${re.source})`).join('|'), 'g');
const TOPIC_GROUP: number[] = [];
{
  let g = 1;
  for (const [, re] of DEFAULT_TOPICS) {
    TOPIC_GROUP.push(g);
    g += 1 + (new RegExp(`${re.source}|`).exec('')!.length - 1);
  }
}
const PRE = /asylum|immigra|migrant|refugee|small boats|gyps|traveller|\broma\b|\bltns?\b|low[- ]traffic|modal filter|school street|bus gate|mph|miles per hour|clean air|ulez|\bcaz\b|congestion charge|parking levy|council tax|precept|clos(?:e|es|ed|ing|ure)|shut|\bcuts?\b|green ?belt|local plan|allocation|\d{3} (?:new )?homes|hundreds of|thousands of|housing target|new estate|\bhmos?\b|multiple occupation|mosque|synagogue|gurdwara|temple|madrasa|church[^.\n]{0,30}(?:planning|application|extension|proposal|plans)|trans|gender|binary|pronoun|israel|gaza|palestin|hamas|zionis|ceasefire|flag|statue|renam|removing/;

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
  // One word of every default topic (on the folded text, as the topics are read); `when` (not for replies):
  // one of the member's own topics may be in the draft.
  cues: {
    words: [
      'small', 'modal', 'mph', 'mile', 'miles', 'air', 'congestion', 'workplace', 'precept', 'leisure', 'swimming', 'youth', 'care', 'plan', 'plans', 'housing',
      'multiple', 'trans', 'transgender', 'transgenders', 'gender', 'removing',
    ],
    prefixes: [
      'asylum', 'immigra', 'migra', 'refugee', 'boats', 'gyps', 'traveller', 'roma', 'encampment', 'ltn', 'neighbourhood', 'ulez', 'caz', 'levy',
      'belt', 'greenbelt', 'homes', 'hmo', 'mosque', 'synagogue', 'gurdwara', 'temple', 'madrasa', 'binary', 'pronoun', 'israel', 'gaza', 'palestin',
      'hamas', 'zionis', 'ceasefire', 'flag', 'statue', 'renam', 'street', 'gate', 'tax', 'librar', 'baths', 'centre', 'museum', 'toilet', 'estate', 'church',
    ],
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
    if (PRE.test(f)) {
      TOPICS_ANY.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = TOPICS_ANY.exec(f))) {
        if (m[0].length === 0) { TOPICS_ANY.lastIndex++; continue; }
        const k = TOPIC_GROUP.findIndex((g) => m![g] !== undefined);
        hits.push({ ...toOriginal(doc.folded, m.index, m.index + m[0].length), vars: { topic: DEFAULT_TOPICS[k][0] } });
        break;
      }
    }
    // One hint per draft is enough: the first topic mentioned.
    hits.sort((a, b) => a.start - b.start);
    return hits.slice(0, 1);
  },
});

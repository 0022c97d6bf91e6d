import { defineRule } from '../define';
import type { Hit } from '../types';
import { defineGate, gate } from '../cues';
import { memberLists, literalsFor } from '../shared/lists';

// Other roles (catalog R32): the member speaks as chair, rep, governor, trustee… of something else.
const ROLE_AS =
  /\b[Aa]s (?:the |a |an )?(?:chair(?:man|woman|person)?|vice[- ]chair|secretary|treasurer|(?:union |branch |shop )?rep(?:resentative)?|trustee|governor|director|president|organiser|co-?ordinator|spokes(?:person|man|woman)|founder|member) (?:of governors |of (?:the )?[A-Z]|at [A-Z]|for (?:the )?[A-Z])/g;
const CHAIR_OF_GOVERNORS = /\bas (?:the )?chair of governors\b/gi;
const OUR_GROUP =
  /\b(?:[Oo]ur|[Mm]y) (?:union branch|union|branch|UNISON|GMB|Unite|RMT|NEU|NASUWT|Usdaw|PCS|FBU|campaign group|[Rr]esidents'? [Aa]ssociation|[Tt]enants'? [Aa]ssociation|action group|community group|friends group|(?:[A-Z][\w'’-]+ ){1,3}(?:Society|Trust|Association|Club|Group|Charity))\b/g;
const WE_AT = /\b[Ww]e at [A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,5}/g;
const SAVE_CAMPAIGN = /\b(?:Save|Stop|Friends of) (?:Our )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4} (?:campaign|group|committee|action group)\b/g;
const SPEAKING_FOR = /\b[Ss]peaking (?:for|on behalf of) (?:the )?(?!council|residents|myself|the council)[A-Z][\w'’-]*/g;
// Capacity already made clear.
const MARKER = /\b(?:posting as|in my capacity as|wearing my [\w' -]{1,40}hat|not as (?:a|your|the) (?:ward )?councillor|as (?:your|a|the) (?:local |ward )?councillor|personal capacity|in a personal capacity|declar(?:e|ed|ing) an interest)\b/i;
// Campaigning against a council decision: a personal-interest prompt (warn).
const AGAINST_COUNCIL = /\b(?:stop|fight|oppose|opposing|challenge|block|take on|beat) (?:the )?(?:council|cabinet)\b|\bagainst the council\b/i;
const COUNCIL_BODY = /\b(?:council|committee|cabinet|scrutiny|board|panel|authority|ward|mayor)\b/i;
// The words without which each pattern finds nothing (whole: each is followed by a word break in its
// pattern), read with the rules' cues: a draft runs only the scans it can match. WE_AT needs "we at ".
const G_GOVERNORS = defineGate('capacity/governors', { words: ['governors'] });
const G_ROLE = defineGate('capacity/role', {
  words: [
    'chair', 'chairman', 'chairwoman', 'chairperson', 'secretary', 'treasurer', 'rep', 'representative', 'trustee', 'governor', 'director',
    'president', 'organiser', 'coordinator', 'ordinator', 'spokesperson', 'spokesman', 'spokeswoman', 'founder', 'member',
  ],
});
const G_GROUP = defineGate('capacity/group', {
  words: ['union', 'branch', 'unison', 'gmb', 'unite', 'rmt', 'neu', 'nasuwt', 'usdaw', 'pcs', 'fbu', 'group', 'association', 'society', 'trust', 'club', 'charity'],
});
const G_SAVE = defineGate('capacity/save', { words: ['save', 'stop', 'friends'] });
const G_SPEAKING = defineGate('capacity/speaking', { words: ['speaking'] });

export default defineRule({
  id: 'official-capacity/capacity-unclear',
  family: 'official-capacity',
  title: 'Posting in another role without saying so',
  severity: 'info',
  sets: ['speaking-for-council'],
  lists: { uses: ['profile.roles'], withoutThem: 'generic-cues' },
  policy: [
    { file: '000_02512859952f4825.txt', section: "Showing that you're an elected member of Barnsley Council", quote: "If you're carrying out a legitimate role that involves posting comments on social media, for example, as a trade union representative or a community action group representative etc., you need to make clear in which capacity you're making your posts." },
    { file: '002_0356de40dc76b657.txt', section: '1.3 Members Code of Conduct', quote: 'the public may perceive them as acting in either capacity when that is not their intention.' },
    { file: '000_02512859952f4825.txt', section: 'Joining social media groups', quote: "If you want to join a social media group that has a conflict of interest with the council's services, such as a campaign group, you should follow the guidance on personal interests" },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '5. Principles for using social media', quote: 'Be honest about who you are' },
  ],
  message:
    'You seem to be posting as {role}, not as a councillor. Make that clear (e.g. "Posting as chair of Friends of Locke Park, not as a councillor"). If the group has an interest in a council decision, check the Code of Conduct guidance on personal interests.',
  action: 'Say in which capacity you are posting, and check the guidance on personal interests.',
  examples: {
    trigger: [
      { text: 'Our UNISON branch is balloting members over the pay offer — vote YES.', context: { account: 'councillor' }, severity: 'info', source: 'catalog R32 #1' },
      { text: 'Save Cudworth Baths campaign meeting Thursday — we need to stop the council selling the site!', context: { account: 'councillor' }, severity: 'warn', source: 'catalog R32 #2' },
      { text: 'As chair of governors at Moorside College, I can tell you the budget cuts are hurting.', source: 'catalog R32 #3' },
      { text: "We at Hoyland Residents' Association oppose the new housing allocation.", source: 'catalog R32 #4' },
      { text: 'As secretary of the Dodworth Allotment Society I can say the rent rise is a disgrace.' },
      {
        text: 'Friends of Locke Park need volunteers for Sunday — join us at the lake from 10am.',
        settings: { lists: { profile: { roles: ['Chair of Friends of Locke Park'] } } },
      },
    ],
    quiet: [
      { text: 'Posting as chair of Friends of Locke Park (not as a councillor): litter pick Sunday 10am!', source: 'catalog R32 #1' },
      { text: "As your councillor, I've asked for the Cudworth Baths decision to go to scrutiny.", source: 'catalog R32 #2' },
      { text: 'Congratulations to UNISON on their 30th anniversary event at the town hall.', source: 'catalog R32 #3' },
      { text: 'Proud to support the Friends of Locke Park litter pick this weekend.', source: 'catalog R32 #4' },
      { text: 'As a mum of two I know how hard the school run is on Sheffield Road.' },
      { text: 'Friends of Locke Park need volunteers for Sunday — join us at the lake from 10am.' },
    ],
  },
  // The role word of ROLE_AS (and "chair of governors"), the group word ending OUR_GROUP, the first word of
  // SAVE_CAMPAIGN, "speaking"; `when`: "we at" (two everyday words) or an outside role listed in the profile.
  cues: {
    words: [
      'chair', 'chairman', 'chairwoman', 'chairperson', 'secretary', 'treasurer', 'rep', 'representative', 'trustee', 'governor', 'director',
      'president', 'organiser', 'coordinator', 'ordinator', 'spokesperson', 'spokesman', 'spokeswoman', 'founder', 'member', 'speaking',
      'save', 'stop', 'friends',
    ],
    prefixes: ['union', 'branch', 'unison', 'gmb', 'unite', 'rmt', 'neu', 'nasuwt', 'usdaw', 'pcs', 'fbu', 'association', 'group', 'society', 'trust', 'club', 'charity'],
    when: (doc) => doc.folded.text.includes('we at ') || orgsOf(doc.lists.profile?.roles).length > 0,
  },
  detect(doc) {
    const text = doc.text;
    const lists = memberLists(doc);
    const roleOrgs = lists.roles.length > 0 ? orgsOf(doc.settings.lists?.profile?.roles) : [];
    const hits: Hit[] = [];
    // Campaigning against the council raises every finding to warn (read only once there is one).
    let severity: 'warn' | 'info' | undefined;
    const add = (start: number, end: number, role: string) => hits.push({ start, end, severity: (severity ??= AGAINST_COUNCIL.test(text) ? 'warn' : 'info'), vars: { role } });
    const scans = [
      gate(doc, G_GOVERNORS) ? CHAIR_OF_GOVERNORS : null,
      gate(doc, G_ROLE) ? ROLE_AS : null,
      gate(doc, G_GROUP) ? OUR_GROUP : null,
      doc.folded.text.includes('we at ') ? WE_AT : null,
      gate(doc, G_SAVE) ? SAVE_CAMPAIGN : null,
      gate(doc, G_SPEAKING) ? SPEAKING_FOR : null,
    ];
    for (const re of scans) {
      if (!re) continue;
      for (const m of doc.matchAll(re)) {
        const phrase = m[0].replace(/^(?:as|we at|speaking (?:for|on behalf of)) (?:the )?/i, '').replace(/ (?:of|at|for)(?: the)? [A-Z]$/, '').trim();
        if (re === ROLE_AS && /^(?:a |an )?member$/i.test(phrase.replace(/^(?:a|an) /, ''))) continue;
        // Council roles are the councillor's own capacity: "As chair of the Dearne Area Council".
        if (re === ROLE_AS && COUNCIL_BODY.test(text.slice(m.index, m.index + m[0].length + 50))) continue;
        add(m.index, m.index + m[0].length, re === OUR_GROUP || re === WE_AT || re === SAVE_CAMPAIGN ? `a member of ${m[0].replace(/^(?:our|my|we at) /i, '')}` : phrase);
      }
    }
    // A listed outside role: its organisation named with "we/us/our", or posting from the councillor account.
    if (hits.length === 0 && roleOrgs.length > 0) {
      for (const m of literalsFor(roleOrgs).find(doc.skeleton)) {
        const s = doc.sentenceAt(m.start);
        if (/\b(?:we|us|our)\b/i.test(text.slice(s.start, s.end)) || doc.context.account === 'councillor') add(m.start, m.end, `a member of ${m.term}`);
      }
    }
    // Capacity already made clear silences every finding: asked last, only of the drafts with one.
    if (hits.length > 0 && MARKER.test(text)) return [];
    return hits.slice(0, 3);
  },
});

const orgCache = new WeakMap<string[], string[]>();

/** "Chair of Friends of Locke Park" → "Friends of Locke Park"; council roles ("Cabinet member for…") are not outside roles. */
function orgsOf(roles: string[] | undefined): string[] {
  if (!roles) return [];
  let out = orgCache.get(roles);
  if (out) return out;
  out = [];
  orgCache.set(roles, out);
  for (const r of roles ?? []) {
    if (typeof r !== 'string' || /\b(?:council|cabinet|portfolio|leader|mayor|committee|ward)\b/i.test(r)) continue;
    const m = /^\s*(?:chair(?:man|woman|person)?|vice[- ]chair|secretary|treasurer|rep(?:resentative)?|trustee|governor|director|president|member|founder|organiser) (?:of|at|for) (?:the )?(.{3,80})$/i.exec(r);
    if (m) out.push(m[1].trim());
  }
  return out;
}

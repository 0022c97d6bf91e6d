import { defineRule } from '../define';
import type { RuleExample } from '../define';
import type { Hit } from '../types';
import { campaignCues, electionPeriod } from '../shared/calendar';
import { hostIn, literalsFor, memberLists } from '../shared/lists';

// Council resources (catalog R36): the council's handle or hashtag, a council email address or
// phone, council money claimed as the member's own, council press photos and logos.
const RESOURCE: RegExp[] = [
  /@\w{0,30}(?:council|mbc|cbc|bc|gov)\w{0,20}\b/gi,
  /#\w{0,30}council\w{0,20}\b/gi,
  /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.gov\.uk\b/gi,
  /\bmy council (?:e-?mail|address|phone|number|mobile)\b/gi,
  /\b(?:council money|council funding|council[- ]funded|council cash|council budget|of council money)\b/gi,
  /\bI (?:secured|got|won|delivered|brought in) £\s?\d[\d,.]*\s?(?:k|m|million)?(?= of council| from the council| council)/gi,
  /\bthanks to (?:me|us|your (?:local )?\w{2,20} councillors?),? the council\b/gi,
  /\bcouncil(?:'s)? (?:press release|press office|comms team|logo|crest|photo|newsletter)\b/gi,
];
const FILE_CUE = /(?:council|press|bmbc|logo|crest|letterhead|official)/i;
const CHEAP = /@|#|council|secured|thanks to/i;

/** A council website or council social account: *.gov.uk (not GOV.UK itself), a listed council domain, or an @…Council handle. */
function isCouncilUrl(url: string, councilDomains: string[]): boolean {
  const host = /^(?:[a-z][a-z0-9+.-]{0,20}:\/\/)?([^/?#:\s@]+)/i.exec(url.trim())?.[1]?.toLowerCase() ?? '';
  if (host && hostIn(host, councilDomains)) return true;
  if (/\.gov\.uk$/.test(host) && host !== 'www.gov.uk' && host !== 'gov.uk') return true;
  return /(?:x|twitter|facebook|instagram)\.com\/[\w.]{0,40}(?:council|mbc)/i.test(url);
}

/** [election period]: dates listed and a posting time inside them. */
const PERIOD: Pick<RuleExample, 'context' | 'settings'> = {
  context: { now: '2026-04-20T18:00' },
  settings: { lists: { elections: [{ noticeOfElection: '2026-03-27', pollingDay: '2026-05-07' }] } },
};

export default defineRule({
  id: 'elections/council-resources-in-campaigning',
  family: 'elections',
  title: 'Council resources in campaigning',
  severity: 'warn',
  sets: ['elections'],
  // Only inside the pre-election period (election dates, or campaign mode); off without them.
  lists: { uses: ['elections', 'ownPublishedContacts'], withoutThem: 'inert' },
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: "During the pre-election period the Council will not promote councillors' social media accounts." },
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (9) Elections', quote: 'Particular care should be taken when using social media during the pre-election period.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Understand what you can and can’t post online, including legally.', quote: 'councillors should also keep in mind their responsibility in relation to confidential information, copyright, data protection, the pre-election period and exempt reports.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: "Do not use the Council's logo, or any other Council related material on a personal account or website." },
  ],
  message:
    "It's the pre-election period. Mixing campaign messages with council announcements, branding or resources can breach the rules on council publicity. Keep campaign posts separate from council business, and don't use council logos, photos or contact details.",
  action: 'Keep campaign posts separate from council business; no council logos, photos or contact details.',
  examples: {
    trigger: [
      { text: 'Thanks to your Labour councillors, the council has resurfaced Park Road. Vote Labour on 7 May! @BarnsleyCouncil', ...PERIOD, source: 'catalog R36 #1' },
      { text: 'I secured £250k of council money for Dodworth play area — re-elect me on Thursday!', ...PERIOD, source: 'catalog R36 #2' },
      {
        text: 'Opening the new library today. Remember who delivered it when you vote.',
        context: { ...PERIOD.context, hasMedia: true, mediaKind: 'image', mediaNames: ['council-press-photo-library-opening.jpg'] },
        settings: PERIOD.settings,
        source: 'catalog R36 #3',
      },
      { text: 'Email my council address cllr.jones@bury.gov.uk to join my campaign team.', ...PERIOD, source: 'catalog R36 #4' },
      { text: 'Vote Labour on 7 May! Questions? Ring me on 01226 770770.', ...PERIOD, settings: { lists: { ...PERIOD.settings!.lists, ownPublishedContacts: ['01226 770770'] } } },
      { text: 'Re-elect me on Thursday — the council-funded youth club is my proudest achievement.', context: { now: '2026-01-10T12:00' }, settings: { ruleSets: { elections: true } } },
      { text: 'Delivered by your Labour team. Vote Labour on 7 May!', context: { ...PERIOD.context, kind: 'share', sharedUrl: 'https://www.barnsley.gov.uk/news/new-library' }, settings: PERIOD.settings },
    ],
    quiet: [
      { text: 'Thanks to highways for resurfacing Park Road.', source: 'catalog R36 #1' },
      { text: 'Bins will be collected as normal over the bank holiday — details on the council website.', ...PERIOD, source: 'catalog R36 #2' },
      { text: 'Vote Jones on 7 May. Promoted by A. Clarke on behalf of Sam Jones, 12 Any Street, Darfield S73 9AA.', ...PERIOD, source: 'catalog R36 #3' },
      { text: "Hustings at St John's Church Hall on Tuesday at 7pm — all candidates invited.", ...PERIOD, source: 'catalog R36 #4' },
      { text: 'I secured £250k of council money for Dodworth play area — re-elect me on Thursday!' },
      { text: 'Worth a read before you vote 👇', context: { ...PERIOD.context, kind: 'share', sharedUrl: 'https://www.gov.uk/how-to-vote' }, settings: PERIOD.settings },
      { text: 'I secured £250k of council money for Dodworth play area — re-elect me on Thursday!', context: { now: '2026-05-09T00:00' }, settings: PERIOD.settings },
    ],
  },
  // Never outside the pre-election period, and never without a campaign cue: no word of its own is needed.
  cues: { when: (doc) => electionPeriod(doc).active && campaignCues(doc).length > 0 },
  detect(doc) {
    if (!electionPeriod(doc).active) return [];
    const cues = campaignCues(doc);
    if (cues.length === 0) return [];
    const text = doc.text;
    const hits: Hit[] = [];
    if (CHEAP.test(text)) {
      for (const re of RESOURCE) for (const m of doc.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length });
    }
    const own = doc.lists.ownPublishedContacts;
    if (own && own.length > 0) {
      for (const m of literalsFor(own).find(doc.skeleton)) hits.push({ start: m.start, end: m.end });
    }
    // Campaign commentary on a share of the council's own news (a council press release used as campaign material).
    const shared = doc.context.sharedUrl;
    if (hits.length === 0 && doc.context.kind === 'share' && typeof shared === 'string' && isCouncilUrl(shared, memberLists(doc).councilDomains)) {
      hits.push({ start: cues[0].start, end: cues[0].end });
    }
    const names = doc.context.mediaNames ?? [];
    if (hits.length === 0 && names.some((n) => typeof n === 'string' && FILE_CUE.test(n))) hits.push({ start: cues[0].start, end: cues[0].end });
    return hits;
  },
});

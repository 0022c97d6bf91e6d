import { defineRule } from '../define';
import type { RuleExample } from '../define';
import { campaignCues, electionPeriod } from '../shared/calendar';
import { literalsFor } from '../shared/lists';

const IMPRINT = /\b(?:promoted|published|printed and promoted|printed & promoted|printed and published)\s+(?:by|on behalf of)\b|\bimprint\s*:/i;

/** [election period]: dates listed and a posting time inside them. */
const PERIOD: Pick<RuleExample, 'context' | 'settings'> = {
  context: { now: '2026-04-20T18:00' },
  settings: { lists: { elections: [{ noticeOfElection: '2026-03-27', pollingDay: '2026-05-07' }] } },
};

export default defineRule({
  id: 'elections/missing-imprint',
  family: 'elections',
  title: 'Campaign material without an imprint',
  severity: 'warn',
  sets: ['elections'],
  // Outside the pre-election period (or without election dates) the reminder is info only.
  lists: { uses: ['elections', 'imprint'], withoutThem: 'lower-severity' },
  policy: [
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (9) Elections', quote: 'all digital campaign material should have an imprint saying who is behind the campaign and who created it. You can include a shortened link to your imprint in a tweet or post.' },
    { file: '002_0356de40dc76b657.txt', section: 'Websites and other electronic material during the pre-election period', quote: 'The imprint should include the name and address of the promoter and the organisation on whose behalf it has been produced.' },
    { file: '002_0356de40dc76b657.txt', section: 'Websites and other electronic material during the pre-election period', quote: 'You should include an imprint unless the size or format of the election material would mean that the imprint is not legible.' },
  ],
  message:
    'This looks like campaign material but doesn\'t include an imprint (who promoted it and on whose behalf). Add your imprint or your imprint link, e.g. "Promoted by J Smith on behalf of X, 1 Any St, Barnsley S70 1AA".',
  action: 'Add your imprint or your imprint link.',
  examples: {
    trigger: [
      { text: 'Vote Jones on Thursday 7 May for a cleaner, safer Darfield! #VoteJones', ...PERIOD, severity: 'warn', source: 'catalog R35 #1' },
      { text: 'Polling day tomorrow — re-elect your hardworking Labour team in Kingstone!', ...PERIOD, severity: 'warn', source: 'catalog R35 #2' },
      { text: 'Postal votes are landing — put your cross next to the Green candidate, Amy Field.', ...PERIOD, severity: 'warn', source: 'catalog R35 #3' },
      { text: 'Our leaflet for Monk Bretton ward 👇 Every vote counts!', ...PERIOD, context: { ...PERIOD.context, hasMedia: true, mediaKind: 'image' }, severity: 'warn', source: 'catalog R35 #4' },
      { text: 'Vote Jones on Thursday 7 May for a cleaner, safer Darfield! #VoteJones', severity: 'info' },
      { text: 'Vote Labour on 7 May!', context: { now: '2026-01-10T12:00' }, settings: { ruleSets: { elections: true } }, severity: 'warn' },
      { text: 'Vote Jones on 7 May!', context: { now: '2026-03-26T23:59' }, settings: PERIOD.settings, severity: 'info' },
    ],
    quiet: [
      { text: 'Vote Jones on 7 May! Promoted by A. Clarke on behalf of Sam Jones, 12 Any Street, Darfield S73 9AA.', ...PERIOD, source: 'catalog R35 #1' },
      {
        text: 'Vote Jones on 7 May 🗳️ Imprint: bit.ly/jones-imprint',
        context: PERIOD.context,
        settings: { lists: { ...PERIOD.settings!.lists, imprint: { url: 'bit.ly/jones-imprint' } } },
        source: 'catalog R35 #2',
      },
      { text: "Don't forget to register to vote by 20 April — it takes 5 minutes: https://www.gov.uk/register-to-vote", ...PERIOD, source: 'catalog R35 #3' },
      { text: "Vote for your favourite float in the Mayor's carnival competition!", source: 'catalog R35 #4' },
      { text: 'Polling stations are open 7am–10pm today.', ...PERIOD, source: 'catalog R35 #5' },
      {
        text: 'Vote Jones on 7 May 🗳️ jones4darfield.uk/imprint',
        context: PERIOD.context,
        settings: { lists: { ...PERIOD.settings!.lists, imprint: { url: 'https://jones4darfield.uk/imprint' } } },
      },
      { text: 'Vote Labour on 7 May!', ...PERIOD, settings: { ...PERIOD.settings, ruleSets: { elections: false } } },
    ],
  },
  // Every finding is a campaign cue (shared/calendar.ts): one word of each of its patterns, whole ("voted" and
  // "campaigning" are not cues), with the "'s" a word can take after it; `when`: the #VoteName hashtag.
  cues: {
    words: [
      'vote', 'votes', 'campaign', 'campaigns', 'team', 'teams', 'candidate', 'candidates', 'councillor', 'councillors',
      'elect', 'elects', 'reelect', 'reelects', 'standing', 'lend', 'give', 'polling', 'postal', 'cross',
    ],
    prefixes: ['ballot'],
    when: (doc) => doc.text.includes('#Vote') || doc.text.includes('#vote'),
  },
  detect(doc) {
    const cues = campaignCues(doc);
    if (cues.length === 0) return [];
    const text = doc.text;
    if (IMPRINT.test(text) || hasOwnImprint(doc)) return [];
    const severity = electionPeriod(doc).active ? 'warn' : 'info';
    return [{ start: cues[0].start, end: cues[0].end, severity }];
  },
});

/** The member's imprint URL or text (lists.imprint) counts as an imprint, however it is spelled or prefixed. */
function hasOwnImprint(doc: Parameters<typeof electionPeriod>[0]): boolean {
  const imp = doc.lists.imprint;
  if (!imp) return false;
  const folded = doc.folded.text;
  const url = typeof imp.url === 'string' ? imp.url.toLowerCase().trim().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '') : '';
  if (url.length >= 4 && folded.includes(url)) return true;
  const t = typeof imp.text === 'string' ? imp.text.trim() : '';
  if (t.length >= 8) {
    const terms = imp.text ? [t] : [];
    if (literalsFor(cachedList(terms, t)).find(doc.skeleton).length > 0) return true;
  }
  return false;
}

const textLists = new Map<string, string[]>();
/** One stable array per imprint text, so the literal matcher is compiled once. */
function cachedList(terms: string[], key: string): string[] {
  let l = textLists.get(key);
  if (!l) {
    if (textLists.size > 50) textLists.clear();
    l = terms;
    textLists.set(key, l);
  }
  return l;
}

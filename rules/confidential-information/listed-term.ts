import { defineRule } from '../define';
import type { Hit } from '../types';
import { TextDoc } from '../doc';
import { links } from '../shared/links';
import { confidentialMatches, mayContainAny, memberLists } from '../shared/lists';

const CONF = { confidentialTerms: ['Project Falcon'] };

export default defineRule({
  id: 'confidential-information/listed-term',
  family: 'confidential-information',
  title: 'A term on your confidential list',
  severity: 'stop',
  sets: ['council-confidentiality'],
  // Inert until the member lists confidential terms or exempt items; a term past its publicFrom date is retired.
  lists: { uses: ['confidentialTerms', 'exemptItems'], withoutThem: 'inert' },
  policy: [
    { file: '000_02512859952f4825.txt', section: 'Key points', quote: 'Do not post any confidential information on any social platforms.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'exempt reports (which contain confidential information or matters which are exempt under the provision of the Local Government (Access to Information) Act 1985)' },
    { file: '000_02512859952f4825.txt', section: "Dos and don'ts at a glance — Don't", quote: 'divulge confidential information about, or belonging to, the council' },
  ],
  message:
    "\"{term}\" is on your list of confidential items (added {date}). If it hasn't been officially published yet, please don't post about it. Remove it from the list once it's public.",
  action: "Don't post about it until it is officially published; remove it from your list once it's public.",
  examples: {
    trigger: [
      { text: 'Exciting news coming soon on Project Falcon — big jobs boost for Goldthorpe!', settings: { lists: CONF }, severity: 'stop', source: 'catalog R30 #1' },
      { text: 'The Glassworks Phase 3 sale is nearly done, watch this space.', settings: { lists: { confidentialTerms: ['Glassworks phase 3 sale'] } }, source: 'catalog R30 #2' },
      { text: 'Can\'t wait for us to complete the Cortonwood retail park acquisition 😉', settings: { lists: { confidentialTerms: ['Cortonwood retail park acquisition'] } }, source: 'catalog R30 #3' },
      { text: '#ProjectFalcon 🦅 big week ahead', settings: { lists: CONF }, source: 'catalog R30 #4' },
      { text: 'PROJECT  FALC0N is nearly signed', settings: { lists: CONF } },
      { text: 'p r o j e c t falcon: more soon', settings: { lists: CONF } },
      { text: 'Project Falcon news soon!', context: { now: '2025-05-31T23:59' }, settings: { lists: { confidentialTerms: [{ term: 'Project Falcon', publicFrom: '2025-06-01' }] } } },
      { text: 'The Cortonwood park acquisition is nearly there.', settings: { lists: { confidentialTerms: ['Cortonwood retail park acquisition'] } } },
      { text: 'Quick update on the Ward Green depot sale.', settings: { lists: { exemptItems: ['Ward Green depot sale'] } } },
      { text: 'Watch this space 👀', context: { kind: 'share', sharedText: 'Rumours of a big jobs deal — #ProjectFalcon' }, settings: { lists: CONF }, severity: 'stop' },
      { text: 'Project Falcon goes public next week: https://www.barnsley.gov.uk/news', settings: { lists: CONF }, severity: 'warn' },
    ],
    quiet: [
      { text: 'Spotted a peregrine falcon on the town hall clock tower!', settings: { lists: CONF }, source: 'catalog R30 #1' },
      {
        text: 'Project Falcon announced today — 800 jobs! Full details: https://…gov.uk/…',
        context: { now: '2025-06-02T09:00' },
        settings: { lists: { confidentialTerms: [{ term: 'Project Falcon', publicFrom: '2025-06-01' }] } },
        source: 'catalog R30 #2',
      },
      { text: 'The Glassworks is open late on Thursdays this month.', settings: { lists: { confidentialTerms: ['Glassworks phase 3 sale'] } }, source: 'catalog R30 #3' },
      { text: 'Big news for Goldthorpe coming soon!', settings: { lists: { confidentialTerms: [] } }, source: 'catalog R30 #4' },
      { text: 'Exciting news coming soon on Project Falcon — big jobs boost for Goldthorpe!' },
      { text: 'Project Falcon is public now.', context: { now: '2025-06-01T00:00' }, settings: { lists: { confidentialTerms: [{ term: 'Project Falcon', publicFrom: '2025-06-01' }] } } },
      { text: 'A projection of falcon numbers in the Dearne Valley.', settings: { lists: CONF } },
    ],
  },
  // Inert without a list: it runs only when a listed term may be in the draft (squeezed-skeleton test), or in a shared post.
  cues: {
    when: (doc) => {
      const l = doc.lists;
      if (!l.confidentialTerms?.length && !l.exemptItems?.length) return false;
      const c = memberLists(doc);
      if (!c.hasConfidential) return false;
      const shared = doc.context.sharedText;
      return (typeof shared === 'string' && shared.trim() !== '') || mayContainAny(doc, c.confidentialKeys);
    },
  },
  detect(doc) {
    const hits: Hit[] = [];
    // A link to an official announcement suggests it is public now: warn rather than stop (catalog R30 de-escalator).
    const official = () => links(doc).some((l) => l.official);
    const matches = confidentialMatches(doc);
    if (matches.length > 0) {
      const severity = official() ? 'warn' : 'stop';
      for (const m of matches) hits.push({ start: m.start, end: m.end, severity, vars: { term: m.term.term, date: m.term.added ?? 'by you' } });
      return hits;
    }
    // Sharing is publishing: a listed term in the shared post counts too (highlighted on the draft).
    const shared = doc.context.sharedText;
    if (typeof shared === 'string' && shared.trim() !== '' && memberLists(doc).hasConfidential && doc.text.trim() !== '') {
      const sdoc = new TextDoc(shared, { now: doc.context.now }, doc.settings);
      const m = confidentialMatches(sdoc)[0];
      if (m) hits.push({ start: 0, end: doc.text.length, severity: official() ? 'warn' : 'stop', vars: { term: m.term.term, date: m.term.added ?? 'by you' } });
    }
    return hits;
  },
});

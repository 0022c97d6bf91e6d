import { defineRule } from '../define';
import type { Hit } from '../types';
import { defineGate, gate } from '../cues';
import { mayContainAny, memberLists } from '../shared/lists';

// Exempt (Part II) business: the strongest cues, each a fixed phrase (no nested quantifiers).
const EXEMPT =
  /\b(?:exempt (?:report|item|information|appendix|appendices|papers?|business|session|minutes)s?|part (?:ii|2|two|b)(?= (?:session|item|report|papers?|business|meeting|agenda|discussion|appendix|minutes)\b)|in (?:the )?part (?:ii|2|two)\b|pink papers?|not for publication|schedule 12a|(?:press|public) and (?:press|public) (?:were |are |was |being )?excluded|in camera|(?:closed|private|confidential) session|confidential (?:session|item|report|appendix|papers?))/gi;
// Private or internal meetings (catalog R27): reporting on them needs a reporting verb.
const INTERNAL =
  /\b(?:(?:labour|conservative|tory|lib dem|liberal democrat|green|independent|reform|party|political|our) group meeting|^group meeting|members'? seminar|members'? briefing|(?:cabinet|leader'?s|leaders'?|officer|officers'?|private|closed|confidential|group|political group) briefing|informal cabinet|behind closed doors|private meeting(?: with officers)?|closed meeting|closed to (?:the )?public|at the briefing)\b/gim;
const REPORTING =
  /\b(?:told|tells?|telling|said|says?|saying|revealed?|reveals|showed|shown|shows?|agreed|proposed?|proposes|heard|learn(?:ed|t)|confirmed|decided|recommend(?:s|ed)?|looks like|cutting|closing|selling|sold|settle|settling)\b|£\s?\d|\b\d+ (?:jobs|posts|libraries|staff)\b/i;
// (Agenda notices — "the exempt report will be considered on Tuesday" — reveal nothing: no "will", "discussed".)
// Meta-commentary: objecting to secrecy, asking for publication, without revealing content.
const META = /\b(?:objected?|objecting|asked for|ask for|calling for|call for|should (?:be|have been) (?:published|public|held in public|heard in public)|taken in private|transparen\w*|made public|be published)\b/i;
const PUBLISHED = /\b(?:(?:is|are|has been|have been|was|were|now) (?:now )?(?:published|public|released)|published (?:today|yesterday|this week|on the council website))\b/i;
const PHOTO_CUE = /\b(?:seminar|briefing|closed|private meeting|group meeting|behind closed doors|confidential|part (?:ii|2))\b/i;
const PERMISSION = /\bwith (?:their |the organisers'? |the chair'?s )?permission\b|\borganisers?(?:'|s)? (?:(?:are|were|was) )?happy\b|\bphotos? (?:were |was )?allowed\b/i;
const CHEAP = /session|exempt|part (?:ii|2|two|b)\b|pink paper|publication|12a|excluded|camera|closed|confidential|seminar|briefing|group meeting|private meeting/i;
// The words without which EXEMPT (a prefix where the pattern has no closing word break: "in camera…") and
// INTERNAL find nothing, read with the rules' cues: a draft runs only the scans it can match.
const G_EXEMPT = defineGate('private-meeting/exempt', {
  words: ['exempt', 'part', 'pink', 'schedule', 'closed', 'private', 'confidential'],
  prefixes: ['publication', 'excluded', 'camera'],
});
const G_INTERNAL = defineGate('private-meeting/internal', { words: ['group', 'seminar', 'briefing', 'informal', 'closed', 'private'] });

export default defineRule({
  id: 'confidential-information/private-meeting-or-exempt-report',
  family: 'confidential-information',
  title: 'Reporting on a private meeting or exempt business',
  severity: 'stop',
  sets: ['council-confidentiality'],
  lists: { uses: ['exemptItems'], withoutThem: 'generic-cues' },
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'Do not publish or report on meetings which are private or internal (where no members of the public or press are present, or it is of a confidential nature) or exempt reports' },
    { file: '002_0356de40dc76b657.txt', section: '1.4 Use of Social Media During Committee Meetings — (2)', quote: "Councillors should not post photographs taken at internal Members Seminars and 'closed to public' meetings on social media, unless express permission has been given by meeting organisers." },
    { file: '004_f238b8de7f3077ec.txt', section: 'Understand what you can and can’t post online, including legally.', quote: 'councillors should also keep in mind their responsibility in relation to confidential information, copyright, data protection, the pre-election period and exempt reports.' },
    { file: '002_0356de40dc76b657.txt', section: '1.3 Members Code of Conduct', quote: 'prohibiting the disclosure of confidential information.' },
  ],
  message:
    "This seems to report on a private meeting or exempt (Part II) business. Disclosing it can breach the Code of Conduct's confidentiality rules. Wait until the information is officially published, or check with Democratic Services or the Monitoring Officer.",
  action: 'Wait until it is officially published, or check with Democratic Services or the Monitoring Officer.',
  examples: {
    trigger: [
      { text: 'In the Part II session tonight officers told us the leisure centre sale price is £2.1m.', severity: 'stop', source: 'catalog R27 #1' },
      { text: "At this morning's members' seminar we were shown the draft plans for the bus station — looks like the market hall is going.", severity: 'warn', source: 'catalog R27 #2' },
      { text: "Packed room at the closed Members' Seminar on the Local Plan!", context: { hasMedia: true, mediaKind: 'image' }, severity: 'warn', source: 'catalog R27 #3' },
      { text: 'The pink papers for cabinet say the council will settle the equal pay claim. Residents deserve to know.', severity: 'stop', source: 'catalog R27 #4' },
      { text: "Group meeting tonight: the leader says we'll be cutting three libraries. I'm furious.", severity: 'warn', source: 'catalog R27 #5' },
      { text: 'The exempt appendix says the developer will pay £400k less than the valuation.', severity: 'stop' },
      { text: 'Press and public were excluded, but I can tell you the panel agreed to sell the depot.', severity: 'stop' },
      {
        text: 'Officers told us the Hoyland Road land deal will go ahead next month.',
        settings: { lists: { exemptItems: ['Hoyland Road land deal'] } },
        severity: 'stop',
      },
    ],
    quiet: [
      { text: 'Full council tonight approved the budget — the webcast is on the council website.', source: 'catalog R27 #1' },
      { text: "I objected to the leisure centre item being taken in private. Residents deserve transparency, and I've asked for the report to be published.", source: 'catalog R27 #2' },
      { text: 'Looking forward to the public consultation events on the Local Plan next week.', source: 'catalog R27 #3' },
      { text: "Scrutiny committee's report on potholes is now published: https://…", source: 'catalog R27 #4' },
      { text: 'Part 2 of my ward walkabout: Kendray and Ardsley this Saturday.' },
      { text: 'Why is so much of cabinet business now exempt? I will keep calling for it to be heard in public.' },
      { text: 'Our support group meeting at the library is on Tuesday: all welcome.' },
      { text: 'Selfie with the team at the Members Seminar today — organisers were happy for photos!', context: { hasMedia: true, mediaKind: 'image' } },
    ],
  },
  // One word of every EXEMPT and INTERNAL phrase; `when`: a listed exempt item may be in the draft.
  cues: {
    words: ['exempt', 'part', 'pink', 'schedule', 'confidential', 'group', 'informal', 'closed', 'private'],
    prefixes: ['publication', 'excluded', 'camera', 'session', 'seminar', 'briefing'],
    when: (doc) => (doc.lists.exemptItems?.length ?? 0) > 0 && mayContainAny(doc, memberLists(doc).exemptKeys),
  },
  detect(doc) {
    const text = doc.text;
    const lists = memberLists(doc);
    const listed = lists.exemptItems.size > 0 && mayContainAny(doc, lists.exemptKeys) ? lists.exemptItems.find(doc.skeleton) : [];
    const hits: Hit[] = [];
    const image = doc.context.hasMedia === true || doc.context.mediaKind !== undefined;
    const seen = new Set<number>();
    const consider = (start: number, end: number, severity: 'stop' | 'warn') => {
      const s = doc.sentenceAt(start);
      const sentence = text.slice(s.start, s.end);
      // The reporting verb may sit in the sentence or straight after a colon.
      const after = text.slice(end, Math.min(text.length, end + 160));
      const reports = REPORTING.test(sentence) || /^\s*[:—–-]\s*\S/.test(after) && REPORTING.test(after);
      if (PUBLISHED.test(sentence)) return;
      if (!reports) {
        if (image && PHOTO_CUE.test(text.slice(start, end)) && !PERMISSION.test(text)) hits.push({ start, end, severity: 'warn' });
        return;
      }
      if (META.test(sentence) && !/\b(?:told|revealed|shown|showed|says|said)\b|£\s?\d/i.test(sentence)) return;
      if (seen.has(start)) return;
      seen.add(start);
      hits.push({ start, end, severity });
    };
    if (gate(doc, G_EXEMPT)) for (const m of doc.matchAll(EXEMPT)) consider(m.index, m.index + m[0].length, 'stop');
    if (gate(doc, G_INTERNAL)) for (const m of doc.matchAll(INTERNAL)) consider(m.index, m.index + m[0].length, 'warn');
    for (const m of listed) consider(m.start, m.end, 'stop');
    // Without a listed item nothing counts unless the draft has one of CHEAP's cues ("informal cabinet" alone
    // does not): asked last, only of the drafts with a finding.
    if (listed.length === 0 && hits.length > 0 && !CHEAP.test(text)) return [];
    return hits;
  },
});

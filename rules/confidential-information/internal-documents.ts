import { defineRule } from '../define';
import type { Hit } from '../types';
import { defineGate, gate } from '../cues';
import { links } from '../shared/links';
import { memberLists, hostIn } from '../shared/lists';
import type { TextDoc } from '../doc';

// Protective markings (Government Security Classifications and council usage). "Confidential" and
// "restricted" in ordinary case are everyday words ("confidential waste"), so only their capitalised
// marking form or an explicit "marked …" counts.
const MARKING_ANY = /\b(?:official[- ]sensitive|not for publication|not for (?:onward )?circulation|not for onward transmission|protectively marked|marked (?:as )?(?:confidential|restricted|private))\b/gi;
const MARKING_CAPS = /\b(?:CONFIDENTIAL|RESTRICTED)\b(?! (?:WASTE|SHREDDING|HELPLINE|ADVICE|SERVICE|COUNSELLING))/g;
const HEADER = /(?:^|\s)(From|Sent|To|Subject|Cc|Date):\s/g;
const PHRASES =
  /\b(?:e-?mail(?:ed)? from (?:the |our |a |an )?(?:director|officer|chief exec(?:utive)?|head of|monitoring officer|executive director|service director|leader'?s office)|(?:the director|directors?|officers?|the chief executive|chief exec) (?:e-?mailed|wrote to|messaged) (?:all )?(?:members|us|councillors)|see the e-?mail below|e-?mail (?:below|attached)|forwarded to me|internal (?:memo|e-?mail|briefing|document|report|review|audit)s?|briefing note|members'? bulletin|teams (?:message|chat)|leaked (?:e-?mail|memo|document|report|briefing)s?|screenshot of (?:the|an|my|this) (?:e-?mail|briefing|memo|report))\b/gi;
const IMAGE_CUE = /\b(?:screenshot|e-?mail|briefing|memo|they don'?t want you to see)\b/i;
const INTERNAL_HOST = ['sharepoint.com', 'teams.microsoft.com', 'outlook.office.com', 'outlook.office365.com', 'onedrive.live.com', '1drv.ms'];
const INTERNAL_PATH = /intranet|\/members?(?:area|portal|hub)?\/|mgMemberPortal|mgListPrivate|\/private\//i;
const FILE_CUE = /(?:draft|confidential|briefing|internal|exempt|part[-_ ]?(?:ii|2))[^\s/]{0,60}\.(?:docx?|pdf|xlsx?|pptx?)\b/i;
const ASKING = /\b(?:I'?ve|I have|we'?ve|I) (?:e-?mailed|written to|asked) (?:the )?officers\b/i;
const NATIONAL = /\b(?:government|minister|ministers|whitehall|treasury|downing street|no ?10|home office|DfE|DHSC)\b/i;
const CHEAP = /sensitive|publication|circulation|transmission|marked|CONFIDENTIAL|RESTRICTED|:\s|mail|forwarded|internal|briefing|bulletin|teams|leaked|screenshot|sharepoint|intranet|members|\.doc|\.pdf|\.xls|office|1drv/i;
const THEY_DONT_WANT = /\b(?:screenshot|they don'?t want you to see)\b/i;

// The words without which each scan finds nothing, read with the rules' cues: most drafts that pass the
// rule's cues hold one kind of cue, so the other scans are skipped.
const G_MARKING = defineGate('internal-documents/marking', { words: ['sensitive', 'publication', 'circulation', 'transmission', 'protectively', 'marked'] });
const G_CAPS = defineGate('internal-documents/caps', { words: ['confidential', 'restricted'] });
const G_PHRASES = defineGate('internal-documents/phrases', {
  words: ['email', 'emailed', 'mail', 'mailed', 'wrote', 'messaged', 'forwarded', 'internal', 'briefing', 'bulletin', 'teams', 'leaked', 'screenshot'],
});

/** An e-mail header finding needs "From:", "Sent:" or "Subject:" (case-sensitive): a look at each colon. */
function hasHeaderField(t: string): boolean {
  for (let i = t.indexOf(':'); i >= 0; i = t.indexOf(':', i + 1)) {
    if ((i >= 4 && (t.startsWith('From', i - 4) || t.startsWith('Sent', i - 4))) || (i >= 7 && t.startsWith('Subject', i - 7))) return true;
  }
  return false;
}

/** An image with a file name that says internal, or the "they don't want you to see" caption (no cue word of its own). */
function imageCue(doc: TextDoc): boolean {
  const c = doc.context;
  if (c.hasMedia !== true && c.mediaKind !== 'image') return false;
  return (c.mediaNames ?? []).some((n) => typeof n === 'string' && FILE_CUE.test(n)) || THEY_DONT_WANT.test(doc.text);
}

export default defineRule({
  id: 'confidential-information/internal-documents',
  family: 'confidential-information',
  title: 'Quoting an internal document or email',
  severity: 'warn',
  sets: ['council-confidentiality'],
  lists: { uses: ['councilDomains'], withoutThem: 'generic-cues' },
  policy: [
    { file: '003_af96a0d5570051af.txt', section: '4. Using social media for personal use at home (4.12)', quote: 'You are bound by all confidentiality and digital security arrangements while using council equipment and your council login.' },
    { file: '000_02512859952f4825.txt', section: "Dos and don'ts at a glance — Do", quote: 'when using council equipment and your council login.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '5. Principles for using social media', quote: 'do not disclose non-public information from Council meetings, discussions or documents' },
  ],
  message:
    "This seems to include or quote an internal council document or email ('{cue}'). Internal material is covered by the council's confidentiality and information-security rules. Ask the author or Democratic Services before sharing, or summarise what's already public.",
  action: "Ask the author or Democratic Services before sharing, or summarise what's already public.",
  examples: {
    trigger: [
      { text: "Here's what the director emailed members yesterday: 'From: Director of Place  Sent: 3 March  Subject: Depot closure — OFFICIAL-SENSITIVE …'", severity: 'stop', source: 'catalog R29 #1' },
      { text: "Screenshot of the officer briefing note they don't want you to see.", context: { hasMedia: true, mediaKind: 'image' }, source: 'catalog R29 #2' },
      { text: 'Forwarded to me by an officer: the restructure plan cuts 12 posts in libraries.', source: 'catalog R29 #3' },
      { text: 'Link to the draft report: https://barnsleymbc.sharepoint.com/sites/members/Shared%20Documents/draft-report.docx', source: 'catalog R29 #4' },
      { text: 'The paper is marked NOT FOR PUBLICATION but residents should see it.', severity: 'stop' },
      { text: 'Read it yourself.', context: { hasMedia: true, mediaKind: 'image', mediaNames: ['Confidential-briefing-depot.pdf'] } },
      { text: 'Here it is: https://intranet.bury.gov.uk/news/restructure', settings: { lists: { councilDomains: ['bury.gov.uk'] } } },
    ],
    quiet: [
      { text: "I've emailed officers asking for an update on the Cudworth flood scheme and will report back.", source: 'catalog R29 #1' },
      { text: 'The published cabinet report (page 14) shows the cost has risen — link: https://…gov.uk/…', source: 'catalog R29 #2' },
      { text: 'Confidential waste collection service now available for small businesses — book online.', source: 'catalog R29 #3' },
      { text: 'Subject to planning permission, the new play area should open in spring.', source: 'catalog R29 #4' },
      { text: 'To: all residents of Worsbrough — thank you for coming to the litter pick!' },
      { text: 'CONFIDENTIAL WASTE SHREDDING DAY at the market this Saturday.' },
      { text: 'Great to see our members at the allotment society today.', context: { hasMedia: true, mediaKind: 'image' } },
    ],
  },
  // One word of every marking, header and phrase; the internal hosts as the draft spells them (a host is
  // split at its dots: "1drv.ms" reads "1", "drv"); file extensions of a link path. `when`: e-mail headers
  // (case-sensitive "From:"), "sharepoint" inside a longer host, a listed council domain (its internal
  // paths), an image's file name or caption.
  cues: {
    words: ['protectively', 'marked', 'wrote', 'messaged', 'forwarded', 'internal', 'briefing', 'teams', 'leaked', 'outlook', 'onedrive', 'drv', 'intranet', 'doc', 'docs', 'docx'],
    prefixes: ['sensitive', 'publication', 'circulation', 'transmission', 'confidential', 'restricted', 'email', 'mail', 'bulletin', 'screenshot', 'sharepoint', 'pdf', 'xls', 'ppt'],
    when: (doc) => {
      const t = doc.text;
      if (hasHeaderField(t)) return true;
      if (doc.folded.text.includes('sharepoint')) return true;
      const council = doc.lists.councilDomains?.length ? memberLists(doc).councilDomains : [];
      if (council.length > 0) {
        const lower = t.toLowerCase();
        if (council.some((d) => d !== '' && lower.includes(d))) return true;
      }
      return imageCue(doc);
    },
  },
  detect(doc) {
    const text = doc.text;
    const names = doc.context.mediaNames ?? [];
    const hits: Hit[] = [];
    const cue = (start: number, end: number, severity: 'stop' | 'warn') => hits.push({ start, end, severity, vars: { cue: text.slice(start, end) } });
    if (gate(doc, G_MARKING)) for (const m of doc.matchAll(MARKING_ANY)) cue(m.index, m.index + m[0].length, 'stop');
    if (gate(doc, G_CAPS)) for (const m of doc.matchAll(MARKING_CAPS)) cue(m.index, m.index + m[0].length, 'stop');
    const headers = hasHeaderField(text) ? doc.matchAll(HEADER) : [];
    const fields = new Set(headers.map((m) => m[1]));
    // "Date: Saturday. To: all volunteers" is a notice, not an email: it needs From, Sent or Subject.
    if (fields.size >= 2 && (fields.has('From') || fields.has('Sent') || fields.has('Subject'))) {
      const first = headers[0];
      const start = first.index + first[0].indexOf(first[1]);
      cue(start, start + first[1].length + 1, 'warn');
    }
    for (const m of gate(doc, G_PHRASES) ? doc.matchAll(PHRASES) : []) {
      const s = doc.sentenceAt(m.index);
      const sentence = text.slice(s.start, s.end);
      if (ASKING.test(sentence) && !/forwarded|leaked|internal|briefing note/i.test(m[0])) continue;
      // National leaks reported by the press are not the council's internal documents.
      if (/^leaked/i.test(m[0]) && NATIONAL.test(sentence)) continue;
      cue(m.index, m.index + m[0].length, 'warn');
    }
    const council = memberLists(doc).councilDomains;
    for (const l of links(doc)) {
      const host = l.hostname;
      const internal = hostIn(host, INTERNAL_HOST) || /(^|\.)intranet\./i.test(host) || /sharepoint/i.test(host) ||
        (hostIn(host, council) && INTERNAL_PATH.test(`${host}${l.path}`)) || (l.path !== '' && FILE_CUE.test(l.path) && !l.official);
      if (internal) cue(l.start, l.end, 'warn');
    }
    const image = doc.context.hasMedia === true || doc.context.mediaKind === 'image';
    if (image) {
      const nameHit = names.find((n) => typeof n === 'string' && FILE_CUE.test(n));
      if (nameHit) hits.push({ start: 0, end: text.length, severity: 'warn', vars: { cue: nameHit } });
      else if (hits.length === 0) {
        const m = THEY_DONT_WANT.exec(text);
        if (m && IMAGE_CUE.test(text)) cue(m.index, m.index + m[0].length, 'warn');
      }
    }
    // Without a file name nothing counts unless the draft has one of CHEAP's cues (an internal host such as
    // "onedrive.live.com" alone does not): asked last, only of the drafts with a finding.
    if (hits.length > 0 && names.length === 0 && !CHEAP.test(text)) return [];
    return hits;
  },
});

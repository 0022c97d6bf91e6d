import { defineRule } from '../define';
import type { Hit } from '../types';
import { gate, defineGate } from '../cues';
import { confidentialMatches } from '../shared/lists';

// Pre-release markers (catalog R28). Strong ones say "this is not public"; weak ones are also
// everyday phrases ("heads up", "exclusive") and need a council subject as well as a content class.
const STRONG =
  /\b(?:not (?:yet )?(?:been )?(?:announced|made public|public)(?: yet)?|not announced yet|before it'?s (?:announced|published|made public)|you heard it here first|embargo(?:ed)?|off the record|between (?:us|ourselves)(?!,? (?:we|all|both|two|three|and)\b)|between you and me|I (?:shouldn'?t|should not) (?:really )?(?:be )?(?:saying|telling|say|tell)|keep (?:this|it) under your hats?|leaked|can'?t say (?:too )?much|strictly confidential|don'?t tell anyone|on the quiet|publishes next week|(?:will be|to be|gets?) (?:published|announced) next (?:week|month))\b/gi;
const WEAK = /\b(?:heads up|exclusive|watch this space|sneak peek|first to know)\b/gi;
const FINANCIAL = /£\s?\d|\b\d+(?:\.\d+)?\s?(?:m|k|bn|million|billion)\b|\b(?:budget|deficit|overspend|tender|contract value|valuation|sale price|settlement|savings target)\b/i;
const SERVICE =
  /\b(?:closures?|closing down|(?:to|will|going to|gonna) close|shut(?:ting)? down|job losses|(?:jobs|posts) (?:cut|lost|to go|going)|redundanc(?:y|ies)|restructur\w*|cuts? to|cutting|scrap(?:ping|ped)?|waiting[- ]lists?|inspection|ofsted|cqc|inadequate|outsourc\w*|privatis\w*|merger)\b/i;
const LEGAL = /\b(?:legal advice|counsel'?s opinion|(?:being|been|get|getting) sued|litigation|tribunal|judicial review|lawsuit|court case|lose the (?:case|review|appeal)|ombudsman)\b/i;
const COUNCIL = /\b(?:council|cabinet|officers?|leader|director|chief executive|depot|library|libraries|leisure|services?|budget|tender|report|scheme|contract|we)\b/i;
const RELEASED =
  /\b(?:(?:has|have|was|were|been|now|just) (?:officially )?(?:published|announced|released)|published (?:today|yesterday|this week|its)|announced (?:today|yesterday|this week)|press release|on the council website|consultation is (?:now )?open)\b/i;
const OFFICIAL_LINK = /\b(?:https?:\/\/)?[^\s]{0,60}(?:gov\.uk|nhs\.uk|police\.uk|moderngov|mgConvert|mgIssue)/i;
const REQUEST = /\b(?:I'?ve|I have|we'?ve|we have) (?:asked|requested|called) for\b/i;
const MEDIA = /\b(?:interview|article|in today'?s|newspaper|Chronicle|Examiner|Star|Post|BBC|ITV|Look North|podcast|radio)\b/;
// A word of each content class, read with the rules' cues (a unit after digits reads as its own word: "£4.2m"
// has "m"): a class is scanned for only when the draft has one of its words.
const CLASSES = [
  {
    re: FINANCIAL,
    gate: defineGate('unreleased/financial', {
      chars: '£',
      words: ['m', 'k', 'bn', 'million', 'billion', 'budget', 'deficit', 'overspend', 'tender', 'contract', 'valuation', 'sale', 'settlement', 'savings'],
    }),
  },
  {
    re: SERVICE,
    gate: defineGate('unreleased/service', {
      words: [
        'closure', 'closures', 'closing', 'close', 'shut', 'shutting', 'job', 'jobs', 'posts', 'redundancy', 'redundancies', 'cut', 'cuts', 'cutting',
        'scrap', 'scrapping', 'scrapped', 'waiting', 'inspection', 'ofsted', 'cqc', 'inadequate', 'merger',
      ],
      prefixes: ['restructur', 'outsourc', 'privatis'],
    }),
  },
  {
    re: LEGAL,
    gate: defineGate('unreleased/legal', {
      words: ['legal', 'counsel', 'counsels', 'sued', 'litigation', 'tribunal', 'judicial', 'lawsuit', 'court', 'lose', 'ombudsman'],
    }),
  },
];
// A word of every RELEASED phrase (each followed by a word break), read with the rules' cues.
const G_RELEASED = defineGate('unreleased/released', { words: ['published', 'announced', 'released', 'release', 'website', 'consultation'] });
// Every official link holds one of these: a draft without them skips OFFICIAL_LINK's costly scan
// (at each word start it reads up to 60 characters ahead looking for them).
const OFFICIAL_HOSTS = /gov\.uk|nhs\.uk|police\.uk|moderngov|mgconvert|mgissue/i;
// One word of each marker list, read with the rules' cues: most drafts that pass the rule's cues
// have only one kind of marker ("between us" is everyday filler), so the other scan is skipped.
const G_STRONG = defineGate('unreleased/strong', {
  words: ['heard', 'between', 'shouldnt', 'should', 'under', 'cant', 'strictly', 'tell', 'publishes'],
  prefixes: ['announced', 'public', 'published', 'embargo', 'record', 'leaked', 'quiet'],
});
const G_WEAK = defineGate('unreleased/weak', { words: ['heads', 'sneak', 'first'], prefixes: ['exclusive', 'space'] });

export default defineRule({
  id: 'confidential-information/unreleased-information',
  family: 'confidential-information',
  title: 'Council information not yet released',
  severity: 'warn',
  sets: ['council-confidentiality'],
  lists: { uses: ['confidentialTerms'], withoutThem: 'generic-cues' },
  policy: [
    { file: '000_02512859952f4825.txt', section: 'Key points', quote: "If the council has not officially released the information, don't discuss it. This includes financial data, service data and information, and legal information." },
    { file: '000_02512859952f4825.txt', section: 'Key points', quote: 'Do not post any confidential information on any social platforms.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '5. Principles for using social media', quote: 'do not disclose non-public information from Council meetings, discussions or documents' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '2. Purpose', quote: 'Disclosure of confidential information.' },
  ],
  message:
    "This looks like council information that may not have been officially released yet ('{cue}'). The guidance says not to discuss it until it is. If it's already public, add a link to the official source.",
  action: "Wait until it is officially released, or add a link to the official source if it's already public.",
  examples: {
    trigger: [
      { text: 'You heard it here first: the council is going to close the Elsecar depot with 40 job losses. Not announced yet.', source: 'catalog R28 #1' },
      { text: "Can't say too much, but the draft budget has a £14m gap and the leisure centres are on the list.", source: 'catalog R28 #2' },
      { text: 'Off the record — legal advice says the council will lose the judicial review on the incinerator.', source: 'catalog R28 #3' },
      { text: "Heads up: the Ofsted report for children's services is 'inadequate'. Publishes next week.", source: 'catalog R28 #4' },
      { text: 'Between us, the tender for the bus station came in £3m over budget.', source: 'catalog R28 #5' },
      { text: "I shouldn't be saying this but there'll be redundancies in highways after Christmas.", severity: 'warn' },
      {
        text: 'Off the record, Project Falcon means the depot closure goes ahead.',
        settings: { lists: { confidentialTerms: ['Project Falcon'] } },
        severity: 'stop',
      },
    ],
    quiet: [
      { text: "The council's draft budget consultation is now open — have your say: https://…", source: 'catalog R28 #1' },
      { text: "Cabinet published its report on the depot today. I'll be asking questions at scrutiny: https://…", source: 'catalog R28 #2' },
      { text: 'Exclusive half-term offer for residents at the Metrodome!', source: 'catalog R28 #3' },
      { text: 'The council has announced 40 new apprenticeships — details on the website.', source: 'catalog R28 #4' },
      { text: "I've asked for the legal advice on the judicial review to be shared with all members.", source: 'catalog R28 #5' },
      { text: 'Heads up: Dodworth Road is closed on Sunday for resurfacing.' },
      { text: 'Between us and the rain, the gala was a great success!' },
      { text: "Leaked? No: the budget gap of £14m was published in the cabinet papers last week: https://www.barnsley.gov.uk/budget" },
    ],
  },
  // One word of every STRONG and WEAK marker: every finding starts at one.
  cues: {
    words: ['heard', 'between', 'shouldnt', 'should', 'under', 'cant', 'strictly', 'tell', 'publishes', 'heads', 'sneak', 'first'],
    prefixes: ['announced', 'public', 'published', 'embargo', 'record', 'leaked', 'quiet', 'exclusive', 'space'],
  },
  detect(doc) {
    const text = doc.text;
    // A finding needs a content class (or a listed term) and a marker. The class first: most drafts that pass
    // the cues have a marker ("we filled forty bags between us"), few have a class.
    const listed = confidentialMatches(doc).length > 0;
    if (!listed && !CLASSES.some((c) => gate(doc, c.gate) && c.re.test(text))) return [];
    const markers: { start: number; end: number; weak: boolean }[] = [];
    if (gate(doc, G_STRONG)) for (const m of doc.matchAll(STRONG)) markers.push({ start: m.index, end: m.index + m[0].length, weak: false });
    if (gate(doc, G_WEAK)) for (const m of doc.matchAll(WEAK)) markers.push({ start: m.index, end: m.index + m[0].length, weak: true });
    if (markers.length === 0) return [];
    if ((gate(doc, G_RELEASED) && RELEASED.test(text)) || (OFFICIAL_HOSTS.test(text) && OFFICIAL_LINK.test(text))) return [];
    const hits: Hit[] = [];
    for (const mk of markers) {
      const s = doc.sentenceAt(mk.start);
      if (REQUEST.test(text.slice(s.start, s.end))) continue;
      if (mk.weak && !listed && !COUNCIL.test(text)) continue;
      // "Exclusive interview in today's Chronicle" is already public.
      if (mk.weak && MEDIA.test(text.slice(s.start, s.end))) continue;
      hits.push({ start: mk.start, end: mk.end, severity: listed ? 'stop' : 'warn', vars: { cue: text.slice(mk.start, mk.end) } });
    }
    return hits;
  },
});

import { defineRule } from '../define';
import type { Hit, Span } from '../types';

// Press-release speak (R43 jargon lexicon), on the folded text.
const JARGON =
  /\b(?:going forward|moving forward|stakeholders?|deliverables?|synerg(?:y|ies)|leverag(?:e|es|ed|ing)|holistic(?:ally)?|place[- ]based|co-?produc(?:e|ed|es|ing|tion)|key priorit(?:y|ies)|strategic (?:framework|priorities|vision|objectives|intent)|work ?streams?|step[- ]change|transformational|transformative|outcomes?[- ]focused|pursuant to|the authority|best value|value for money proposition|fit for purpose|direction of travel|in the pipeline|touch ?base|joined[- ]up (?:approach|working|thinking)|robust (?:framework|approach|governance)|governance arrangements|delivery (?:model|mechanism|partners?)|partnership working|system[- ]wide|whole[- ]system|capacity building|enablers?|unlock(?:s|ing)? (?:growth|potential|synergies|value)|levelling up agenda|inclusive growth|aligns? with|refresh(?:ed)? (?:of the )?(?:strategy|plan|framework)|business plan refresh|programme of (?:works|deliverables)|asset (?:rationalisation|optimisation)|service redesign|demand management|early intervention and prevention)\b/g;
/** Local-government acronyms residents rarely know (shipped list). */
const ACRONYMS = 'S106 s106 CIL MTFS MTFP HRA DSG LUF SYMCA GMCA WYCA ICB ICS EHCP LDF SPD SHLAA SHELAA NPPF OSC CPO TRO TTRO UKSPF HIF LEP MCA S151 DFG BCF LGR CSP JSNA SEP LTP PSPO CIPFA RSG NNDR BRS CSR SLA KPIs? RAG TOR ToR'.split(' ');
const ACRONYM = new RegExp(`\\b(?:${ACRONYMS.join('|')})\\b`, 'g');
const SELF_QUOTE =
  /\b(?:said|says|commented|added|explained)[ ,:]+(?:Cllr|Councillor|Cabinet)\b|\b(?:Cllr|Councillor) [A-Z][a-zA-Z'’-]{1,24}(?: [A-Z][a-zA-Z'’-]{1,24})?, (?:Cabinet|Deputy|Leader|Chair|Executive|Portfolio)[^,.:\n]{0,60}, said\b|\b(?:Cabinet|Executive) (?:Member|Spokesperson|Lead) for [A-Z][a-zA-Z ]{2,40}, said\b/;
// "Section 106 (money from developers)", "(known as 'Section 106')": an explained acronym does not count.
const EXPLAINED_AFTER = /^\s?\((?!\s?[A-Z0-9]{2,8}\s?\))[^)]{4,80}\)/;
const EXPLAINED_AROUND = /known as|which means|that'?s the|stands for|i\.e\.|meaning/i;
const PRE = /forward|stakeholder|deliverable|synerg|leverag|holistic|place[- ]based|produc|priorit|strategic|stream|step[- ]change|transformat|outcome|pursuant|authority|best value|proposition|fit for purpose|direction of travel|pipeline|touch ?base|joined[- ]up|robust|governance|delivery|partnership|system|capacity|enabler|unlock|levelling|inclusive growth|align|refresh|programme of|asset|redesign|demand management|intervention|said|says|commented/;
const PRE_CAPS = /[A-Z]{2}|s106/;

/** The acronyms as the cue reader sees them (lower case), with the "'s" one can take ("HRA's" reads "hras"). */
const ACRONYM_WORDS = [...new Set(ACRONYMS.flatMap((a) => [a.replace('s?', '').toLowerCase(), a.replace('s?', '').toLowerCase() + 's']))];

export default defineRule({
  id: 'tone/corporate-jargon',
  family: 'tone',
  title: 'Press-release speak and broadcasting',
  severity: 'info',
  sets: ['tone'],
  policy: [
    { file: '000_02512859952f4825.txt', section: "Dos and don'ts at a glance — Do", quote: "have a personality – corporate speak or just issuing press releases won't work well on social media" },
    { file: '002_0356de40dc76b657.txt', section: '1.1 General ‘Dos and Don’ts’ for Social Media — Do', quote: 'have a personality – corporate speak and jargon will not be effective on social media' },
    { file: '000_02512859952f4825.txt', section: "Dos and don'ts at a glance — Don't", quote: 'broadcast or talk at people. Your residents will soon spot broadcasts and respond accordingly' },
  ],
  message:
    "This reads a bit like a press release. Residents engage more with plain, personal language. Try saying what it means for them, and spell out acronyms like '{acronym}'.",
  action: 'Say what it means for residents in plain words, and spell out acronyms.',
  examples: {
    trigger: [
      { text: 'Going forward, the Authority will leverage S106 and CIL receipts to deliver place-based outcomes for key stakeholders.', severity: 'info', source: 'catalog R43 #1' },
      { text: "Cllr Smith, Cabinet Spokesperson for Regeneration, said: 'This transformational step change will unlock synergies across the MTFS.'", severity: 'info', source: 'catalog R43 #2' },
      { text: "The HRA business plan refresh aligns with the strategic framework's workstreams.", severity: 'info', source: 'catalog R43 #3' },
      { text: 'Pursuant to the decision of Cabinet, the programme of deliverables will be co-produced with partners.', severity: 'info', source: 'catalog R43 #4' },
      { text: 'The refreshed MTFS and DSG recovery plan go to OSC next week.', severity: 'info' },
    ],
    quiet: [
      { text: "Good news: £200k from housing developers (known as 'Section 106' money) will fix the Priory Road play area. What equipment would your kids like?", source: 'catalog R43 #1' },
      { text: 'Bins are back to normal this week — thanks for your patience!', source: 'catalog R43 #2' },
      { text: "Had a great chat with residents on Park Road about parking — I'm taking your ideas to highways.", source: 'catalog R43 #3' },
      { text: 'The NHS walk-in centre is open till 8pm.', source: 'catalog R43 #4' },
      { text: 'Money from the developer (S106) will pay for the new crossing — what do you think?' },
      { text: 'Looking forward to seeing you all at the gala on Saturday!' },
    ],
  },
  // A finding is a JARGON or ACRONYM span: one word of every jargon phrase and every acronym.
  cues: {
    words: [
      'strategic', 'pursuant', 'direction', 'joined', 'robust', 'delivery', 'partnership', 'capacity', 'levelling', 'inclusive', 'programme', 'asset',
      'demand', 'intervention', 'place', 'step', 'touch', ...ACRONYM_WORDS,
    ],
    prefixes: [
      'forward', 'stakeholder', 'deliverable', 'synerg', 'leverag', 'holistic', 'coproduc', 'produc', 'priorit', 'workstream', 'stream', 'transformati',
      'outcome', 'authority', 'value', 'purpose', 'pipeline', 'touchbase', 'governance', 'system', 'enabler', 'unlock', 'align', 'refresh', 'redesign',
    ],
  },
  detect(doc) {
    const text = doc.text;
    if (!PRE.test(doc.folded.text) && !PRE_CAPS.test(text)) return [];
    let score = 0;
    const spans: (Span & { text: string; acronym?: boolean })[] = [];
    for (const m of doc.matchFolded(JARGON)) {
      score += 1;
      spans.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    }
    for (const m of doc.matchAll(ACRONYM)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 90);
      const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
      const inBrackets = text[m.index - 1] === '(' && text[m.index + m[0].length] === ')';
      if (EXPLAINED_AFTER.test(after) || EXPLAINED_AROUND.test(around) || inBrackets) continue;
      score += 1;
      spans.push({ start: m.index, end: m.index + m[0].length, text: m[0], acronym: true });
    }
    if (SELF_QUOTE.test(text)) score += 2;
    if (score === 0) return [];
    // Long sentences read like a report.
    const words = text.split(/\s+/).filter(Boolean).length;
    if (doc.sentences.length > 0 && words / doc.sentences.length > 25) score += 1;
    // Talking with residents, not at them: a question or "you" lowers the score.
    if (/\?/.test(text) || /\b(?:you|your)\b/i.test(text)) score -= 1;
    if (score < 2 || spans.length === 0) return [];
    const acr = spans.find((s) => s.acronym) ?? spans[0];
    return spans.slice(0, 5).map((s) => ({ start: s.start, end: s.end, vars: { acronym: acr.text } }) satisfies Hit);
  },
});

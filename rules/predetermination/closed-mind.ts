import { defineRule } from '../define';
import type { Hit, Settings } from '../types';
import { defineGate, gate } from '../cues';
import { committeeLabel, committeeStanding, developmentAt, regulatoryMatters } from '../shared/lists';

// Closed-mind statements (catalog R37). Fixed phrases with bounded gaps only.
const CLOSED: RegExp[] = [
  /\bI(?:'ll| will| am going to|'m going to|'m| am| shall)? (?:be )?(?:vote|voting) (?:against|for|to (?:refuse|approve|reject|block|throw out)|no on|yes on)\b/gi,
  /\bmy mind(?:'s| is) (?:already )?made up\b/gi,
  /\bI(?:'ve| have)(?: already)? made (?:up )?my mind(?: up)?\b/gi,
  /\bover my dead body\b/gi,
  /\bno way (?:this|it|that|the [\w'’ -]{1,40}?) (?:gets|will get|is getting|goes|will go|is going) (?:through|approved|passed|past|ahead)\b/gi,
  /\b(?:must|will) (?:be )?(?:refused|rejected|thrown out|approved)\b/gi,
  /\bwon'?t get (?:past|by) me\b/gi,
  /\bI(?:'ll| will) make sure (?:it|this|that|the [\w'’ -]{1,40}?)(?:'s| is| gets| get)? (?:refused|rejected|approved|thrown out|blocked|stopped)\b/gi,
  /\bwhatever the (?:officers?|planners|report|inspector|applicant) (?:says?|recommends?|thinks?)\b/gi,
  /\bend of story\b/gi,
  /\bit'?s a (?:no|yes|definite no|definite yes) from me\b/gi,
  /\b100% (?:against|behind|opposed|in favour)\b/gi,
  /\bI(?:'ll| will) never (?:support|vote for|approve|back|allow)\b/gi,
  /\bregardless of (?:the )?(?:evidence|officers?'?|what (?:the )?(?:officers|report|applicant)|the report)\b/gi,
  /\bnothing (?:will|would|could) change my mind\b/gi,
  /\bI(?:'ll| will| am going to|'m going to|'m| am| shall)? (?:be )?(?:oppos(?:e|ing)|reject(?:ing)?|refus(?:e|ing)|throw(?:ing)? out|block(?:ing)?) (?:this|the|that|it|their|any)\b/gi,
  /\b(?:under|in) (?:any|no) circumstances\b|\bno matter what\b|\bcome what may\b|\bwhatever (?:anyone|the applicant|the inspector) says\b/gi,
  /\b(?:I'?m|I am) (?:dead set|totally|completely|100 ?%|utterly) (?:against|opposed to)\b/gi,
  /\b(?:won'?t|will not|will never|never going to|not going to) get my (?:vote|support|backing)\b/gi,
  /\bno chance (?:this|it|that|the [\w'’ -]{1,40}?) (?:gets|will get|is getting|goes) (?:through|approved|passed|past|my vote)\b/gi,
];
// Every finding is a match of one of CLOSED: a scan for any of them says "none" for most drafts that pass
// the cues ("vote", "its", "support" are everyday words), before the regulatory matters and twenty scans.
// The patterns in three groups, each with the words (whole, every one followed by a word break in its
// patterns) without which none of the group can match, read with the rules' cues: a draft scans only for
// the groups whose words it has.
const ANY_CLOSED = [
  { name: 'vote', words: ['vote', 'voting', 'support', 'backing', 'wont', 'never'], members: [0, 6, 12, 18] },
  {
    name: 'verdict',
    words: [
      'mind', 'dead', 'refused', 'rejected', 'thrown', 'approved', 'sure', 'oppose', 'opposing', 'reject', 'rejecting', 'refuse', 'refusing', 'throw',
      'throwing', 'block', 'blocking', 'totally', 'completely', '100', 'utterly',
    ],
    members: [1, 2, 3, 5, 7, 11, 14, 15, 17],
  },
  { name: 'everyday', words: ['way', 'whatever', 'story', 'its', 'regardless', 'circumstances', 'matter', 'come', 'chance'], members: [4, 8, 9, 10, 13, 16, 19] },
].map((g) => ({ gate: defineGate(`closed-mind/${g.name}`, { words: g.words }), any: new RegExp(g.members.map((i) => CLOSED[i].source).join('|'), 'i') }));
// The member keeps an open mind, or reports a view without deciding (catalog §1.5 hedges).
const HEDGE =
  /\b(?:open mind|until I'?ve (?:heard|read|seen)|until I have (?:heard|read|seen)|all the evidence|(?:I'?ll|I will) decide (?:at|after|when)|decide after|after hearing|haven'?t (?:yet )?made up my mind|have not (?:yet )?made up my mind|not made up my mind|concerns I'?ll raise|I'?ll raise (?:them|these|my concerns)|keep an open|not predetermined|won'?t decide until)\b/i;
const NEGATED = /\b(?:not|never|n't|haven'?t|hasn'?t|won'?t|wouldn'?t)\s+(?:\w+\s+){0,2}$/i;
// Votes that are not regulatory decisions: budget, motions, elections.
const POLITICAL = /\b(?:budget|motion|candidate|manifesto|council tax|precept|referendum|general election|leadership|party|the mayor|cuts)\b/i;

const PLANNING: Settings = { lists: { committees: [{ name: 'Planning', type: 'planning' }] } };
const LICENSING: Settings = { lists: { committees: [{ name: 'Licensing', type: 'licensing' }] } };
const WARD_GREEN = 'I will be voting against the Ward Green housing application whatever the officers say';

export default defineRule({
  id: 'predetermination/closed-mind',
  family: 'predetermination',
  title: 'Saying how you will decide a regulatory matter in advance',
  // Catalog R37: stop for members (incl. substitutes) of the committee that decides the matter.
  // Without a committee list the catalog says info, but the "Council rules" issue (newer) asks for
  // warn: a member who hasn't filled in their committees may still sit on, or substitute for, one.
  // Members who list committees and none that decides this matter get info.
  severity: 'stop',
  sets: ['committee'],
  lists: { uses: ['committees', 'liveApplications'], withoutThem: 'lower-severity' },
  policy: [
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (8) Bias and Pre-determination', quote: 'Members sitting on regulatory committees such as planning or licensing should be aware they are allowed to have a view but not have gone so far as to have predetermined their position on a matter.' },
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (8) Bias and Pre-determination', quote: 'Any views aired on social media could be used as evidence of making a decision in advance of hearing all relevant information.' },
  ],
  message:
    "{sitOn} Saying how you'll vote before the meeting ('{phrase}') could be seen as predetermination, and the decision could be challenged. You can share concerns, but make clear you'll decide after hearing all the evidence.",
  action: "Share concerns if you like, but make clear you'll decide after hearing all the evidence.",
  examples: {
    trigger: [
      { text: 'I will be voting against the Lidl application on Wombwell Lane, end of story.', settings: PLANNING, severity: 'stop', source: 'catalog R37 #1' },
      { text: 'Over my dead body will 300 houses go on the Hoyland green belt. This application must be refused.', settings: PLANNING, severity: 'stop', source: 'catalog R37 #2' },
      { text: "My mind's made up on 24/00512/FUL — it's a no from me.", settings: PLANNING, severity: 'stop', source: 'catalog R37 #3' },
      { text: "The Red Lion's late licence won't get past me at the review hearing.", settings: LICENSING, severity: 'stop', source: 'catalog R37 #4' },
      { text: "No way the Tesco extension gets through committee while I'm on it.", settings: PLANNING, severity: 'stop', source: 'catalog R37 #5' },
      { text: WARD_GREEN, settings: PLANNING, severity: 'stop' },
      { text: WARD_GREEN, severity: 'warn' },
      { text: WARD_GREEN, settings: { lists: { committees: [{ name: 'Planning Regulatory Board', substitute: true }] } }, severity: 'stop' },
      { text: WARD_GREEN, settings: { lists: { committees: [{ name: 'Overview and Scrutiny', type: 'scrutiny' }] } }, severity: 'info' },
      { text: "I'm voting against the Church Lane scheme — nothing will change my mind.", settings: { lists: { ...PLANNING.lists, liveApplications: ['Church Lane scheme'] } }, severity: 'stop' },
      { text: "I'll be opposing the application for 50 houses at Ward Green when it comes to committee.", settings: PLANNING, severity: 'stop' },
      { text: 'I will not support this planning application under any circumstances.', settings: PLANNING, severity: 'stop' },
    ],
    quiet: [
      { text: "I've got concerns about traffic on Wombwell Lane and I'll raise them at committee, but I'll decide after hearing all the evidence.", settings: PLANNING, source: 'catalog R37 #1' },
      { text: 'Residents can comment on application 24/00512/FUL until 14 June via the planning portal.', settings: PLANNING, source: 'catalog R37 #2' },
      { text: 'Planning board meets on 3 July; the agenda is online.', settings: PLANNING, source: 'catalog R37 #3' },
      { text: 'I will be voting against the budget on Thursday.', settings: PLANNING, source: 'catalog R37 #4' },
      { text: "I haven't made up my mind on the Lidl application and won't until I've read the officer's report.", settings: PLANNING, source: 'catalog R37 #5' },
      { text: "I'm voting against the Church Lane scheme — nothing will change my mind.", settings: PLANNING },
      { text: 'I will be voting for the grant application from the scout group at area council.', settings: PLANNING },
      { text: WARD_GREEN, settings: { ...PLANNING, ruleSets: { committee: false } } },
      { text: 'I support residents who want to object to the application: here is how to comment.', settings: PLANNING },
      { text: "I'm not opposing the application, but I'll listen to residents' concerns at committee.", settings: PLANNING },
      { text: 'The application will be approved if the drainage issues are fixed, officers say.', settings: PLANNING },
    ],
  },
  // One word of every CLOSED pattern ("it's" reads "its").
  cues: {
    words: [
      'vote', 'votes', 'voting', 'dead', 'way', 'wont', 'whatever', 'its', 'never', 'regardless', 'matter', 'come', 'chance', 'totally', 'completely',
      'utterly', '100',
    ],
    prefixes: ['mind', 'refus', 'reject', 'throw', 'approved', 'block', 'stopped', 'story', 'oppos', 'circumstance', 'support', 'backing'],
  },
  detect(doc) {
    const text = doc.text;
    if (!ANY_CLOSED.some((g) => gate(doc, g.gate) && g.any.test(text))) return [];
    const matters = regulatoryMatters(doc);
    const dev = matters.length === 0 ? developmentAt(text) : null;
    if (matters.length === 0 && !dev) return [];
    if (HEDGE.test(text)) return [];
    const hits: Hit[] = [];
    const kind = matters[0]?.kind ?? 'planning';
    for (const re of CLOSED) {
      for (const m of doc.matchAll(re)) {
        if (NEGATED.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        const s = doc.sentenceAt(m.index);
        const sentence = text.slice(s.start, s.end);
        // A generic development noun alone counts only in the same sentence, and never for political votes.
        if (matters.length === 0 && !developmentAt(sentence)) continue;
        if (POLITICAL.test(sentence) && !matters.some((x) => x.start >= s.start && x.end <= s.end)) continue;
        // "will be approved if the drainage is fixed", "officers recommend it will be refused": a condition or a report, not a verdict.
        if (re === CLOSED[5] && /\b(?:if|unless|subject to|recommend\w*|expected|likely|may|might|could|officers? (?:say|said|think))\b/i.test(sentence)) continue;
        hits.push(finding(doc, m.index, m.index + m[0].length, m[0], kind));
      }
    }
    return mergeBySentence(doc, hits);
  },
});

/** One finding per sentence: "I will be voting against … whatever the officers say" is one statement, highlighted whole. */
function mergeBySentence(doc: Parameters<typeof committeeStanding>[0], hits: Hit[]): Hit[] {
  const by = new Map<number, Hit>();
  for (const h of hits.sort((a, b) => a.start - b.start)) {
    const key = doc.sentenceAt(h.start).start;
    const prev = by.get(key);
    if (!prev) by.set(key, { ...h });
    else prev.end = Math.max(prev.end, h.end);
  }
  return [...by.values()];
}

function finding(doc: Parameters<typeof committeeStanding>[0], start: number, end: number, phrase: string, kind: 'planning' | 'licensing'): Hit {
  const st = committeeStanding(doc, kind);
  if (st.deciding) return { start, end, severity: 'stop', vars: { phrase, sitOn: `You sit on ${committeeLabel(st.deciding)}.` } };
  if (!st.listed) {
    return { start, end, severity: 'warn', vars: { phrase, sitOn: `If you sit on, or may substitute for, the ${kind} committee that decides this, take care.` } };
  }
  return { start, end, severity: 'info', vars: { phrase, sitOn: `You haven't listed a ${kind} committee, but you might substitute on one.` } };
}

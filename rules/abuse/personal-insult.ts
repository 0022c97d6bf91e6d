import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Severity, Span } from '../types';
import { aimedAtDecision, inQuoteCondemnFrame, isNegated, QUOTE_CONDEMN_MESSAGE } from '../shared/frames';
import { lexicon } from '../shared/lexicon';
import { ROLE_NOUNS, selfDirected, sentenceUnits, streamOf, targetOf } from '../shared/lexicon/conduct';
import { people } from '../shared/people';

/**
 * R01. An insult (lexicon/insults.ts: idiot, clown, numpty, waste of space, spineless…) aimed at a
 * person: "you're an absolute clown", "Cllr X is a spineless waste of space", "only a complete moron
 * would…", "residents like you are parasites", "the Tory numpties". Never when the word describes a
 * decision, process or thing ("a shambles of a consultation"), is negated ("I would never call
 * anyone an idiot"), is said of oneself ("I was an idiot"), or is quoted to condemn it (info chip).
 * Stop when the same sentence also has strong profanity or a threat.
 */

const INS = '(?:INS|INSA|DEHUM|PROF|FSLUR)';
const MOD = "(?:an?|such an?|the|absolute|complete|utter|total|bloody|fucking|PROF|right|proper|massive|big|little|pathetic|useless|spineless|gutless|INSA|HADJ|thick|stupid|daft|old|lying|just|nothing but|some|one|another|bunch of|pack of|load of|lot of|of|so|really|very|such)";
// "you('re| are) (a|an|such a)? (absolute)? INS", "you INS", "you lot are INS", "ya INS".
/** What a stream word can be to the patterns below: one lookup per word gives all of it. */
const SECOND_WORD = 1, LIKE = 2, ONLY = 4, COPULA_WORD = 8, ROLE_AFTER = 16, INSULT_TEXT = 32;
const WORD_ROLE = new Map<string, number>([
  // The stream words SECOND starts with ("you lot", "u r" start with "you", "u").
  ...['you', "you're", 'youre', 'ur', 'u', 'ya', 'yer'].map((w): [string, number] => [w, SECOND_WORD]),
  ['like', LIKE],
  ['only', ONLY],
  // The stream words COPULA starts with ("looks like" starts with "looks").
  ...['is', 'are', 'was', 'were', "'s", 's', 'being', 'remain', 'remains', 'seem', 'seems', 'look', 'looks', 'sound', 'sounds'].map((w): [string, number] => [w, COPULA_WORD]),
  // The stream words that end a ROLE_INS match.
  ...['on', 'in', 'at', 'from', 'who', 'running', 'of'].map((w): [string, number] => [w, ROLE_AFTER]),
  // The stream texts a finding's unit can have.
  ...['INS', 'INSA', 'DEHUM', 'PROF', 'FSLUR'].map((w): [string, number] => [w, INSULT_TEXT]),
]);
const SECOND = new RegExp(`(?:^| )(?:you|you're|youre|you are|ur|u r|ya|yer|you lot are|you lot|you all are|you two are|you're all|you are all|you're such|you absolute|you total)(?: ${MOD}| \\S+ and){0,4} ${INS}(?= |$)`, 'g');
// "INS like you", "INS(s) like him/her/them".
const LIKE_YOU = new RegExp(`(?:^| )${INS} like (?:you|him|her|them|that)(?= |$)`, 'g');
// "only a (complete) INS would".
const ONLY_A = new RegExp(`(?:^| )only (?:an? |the )?(?:\\S+ ){0,2}${INS} (?:would|could|thinks?|believes?|votes?)(?= |$)`, 'g');
// "X is/are/was a (spineless) INS": subject judged by the caller.
const COPULA = new RegExp(`(?:^| )(?:is|are|was|were|'s|s|being|remains?|seems?|looks? like|sounds? like)(?: ${MOD}){0,4} ${INS}(?= |$)`, 'g');
// "The Tory numpties", "those clowns in the cabinet", "what a clown" (reply).
const ROLE_INS = new RegExp(`(?:^| )(?:the|those|these|that|this|our|your|their) (?:\\S+ )?${INS}(?: (?:on|in|at|from|who|running|of) )`, 'g');
const PARTY = /(?:^| )(?:tory|tories|labour|lib dem|libdem|reform|green|greens|conservative|snp|ukip|independent|cabinet|council|councillors?|officers?|planning|highways)$/;
const WHAT_A = new RegExp(`^(?:what an?|such an?|absolute|total|utter|complete|bloody|you)(?: ${MOD}){0,3} ${INS}(?= |$)`);

const SUBJECT_PERSON = new RegExp(`(?:^| )(?:he|she|they|he's|she's|they're|whoever|anyone who|someone who|somebody who|everyone who|people who|those who|the person who|the man who|the woman who|AT|@\\S+|(?:${ROLE_NOUNS}))(?: \\S+){0,3}$`);

// A preposition (or a determiner after one) right before the person word: the word is inside a phrase, not the subject.
const SUBJECT_IN_PHRASE = /(?:^| )(?:as|for|by|to|from|with|about|of|at|on|against|towards?|into|among|between|aimed at|sent to|targeting)(?: (?:the|our|other|fellow|local|all|some|many|female|women|male))?\s*$/;

export function insultHits(doc: TextDoc): { span: Span; unit: number; info: boolean; target: string }[] {
  return doc.memo('abuse/insults', () => {
    const lex = lexicon(doc);
    const out: { span: Span; unit: number; info: boolean; target: string }[] = [];
    // A finding is a unit shown as an insult (INS, INSA, DEHUM, PROF, FSLUR) with an insult or dehumanising sense and
    // no strong profanity (that is R02's): without one, no pattern below can lead to a finding.
    if (!(lex.has.has('insult') || lex.has.has('insult-adj') || lex.has.has('dehum'))) return out;
    let candidate = false;
    // Words some patterns cannot match without: a second-person word, "like", "only". COPULA ends at an
    // insult word with a copula at most nine words before it (MOD words only between: no clause break), and
    // ROLE_INS at an insult word followed by one of its closing words.
    let second = false, like = false, only = false, copula = false, roleAfter = false;
    let lastCopula = -100, prevInsult = false;
    const see = (role: number, i: number) => {
      if (prevInsult && role & ROLE_AFTER) roleAfter = true;
      prevInsult = false;
      if (role & SECOND_WORD) second = true;
      if (role & LIKE) like = true;
      if (role & ONLY) only = true;
      if (role & COPULA_WORD) lastCopula = i;
    };
    const units = lex.units;
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      // A text with a space is several stream words (never a category).
      const several = u.text.includes(' ');
      const role = several ? 0 : WORD_ROLE.get(u.text) ?? 0;
      if (several) for (const w of u.text.split(' ')) see(WORD_ROLE.get(w) ?? 0, i);
      else see(role, i);
      if (u.text === '.' || u.text === ',') lastCopula = -100;
      else if (role & INSULT_TEXT) {
        prevInsult = true;
        if (i - lastCopula <= 10) copula = true;
        if (!candidate && u.senses.some((s) => s.kind === 'insult' || s.kind === 'insult-adj' || s.kind === 'dehum') && !u.senses.some((s) => s.kind === 'profanity' && s.tier !== 'mild')) candidate = true;
      }
    }
    if (!candidate) return out;
    const found = new Map<number, string>();
    const note = (unit: number, target: string) => { if (!found.has(unit)) found.set(unit, target); };
    const insultUnit = (first: number, last: number) => {
      for (let k = last; k >= first; k--) if (/^(?:INS|INSA|DEHUM|PROF|FSLUR)$/.test(lex.units[k].text)) return k;
      return -1;
    };
    if (second) for (const { first, last } of matchAllStream(lex, SECOND)) { const k = insultUnit(first, last); if (k >= 0) note(k, 'second'); }
    if (like) for (const { first, last } of matchAllStream(lex, LIKE_YOU)) { const k = insultUnit(first, first); if (k >= 0) note(k, 'second'); void last; }
    if (only) for (const { first, last } of matchAllStream(lex, ONLY_A)) { const k = insultUnit(first, last); if (k >= 0) note(k, 'person'); }
    if (copula) for (const { first, last } of matchAllStream(lex, COPULA)) {
      const k = insultUnit(first, last);
      if (k < 0) continue;
      const [a] = sentenceUnits(lex, first);
      const subj = streamOf(lex, a, first - 1);
      const hasName = people(doc).some((p) => !p.org && p.start >= lex.units[a].start && p.end <= lex.units[first].start);
      // The person word must head the subject, not sit inside a phrase about a thing: "the hate mail we get as
      // councillors is a disgrace" judges the mail, "councillors like him are a disgrace" judges the people.
      const sp = SUBJECT_PERSON.exec(subj);
      const lead = sp !== null ? subj.slice(0, sp.index + (sp[0].startsWith(' ') ? 1 : 0)) : '';
      // "The way he treats councillors is …", "The hate mail they send is …": a thing heads the subject and the person sits
      // in a clause after it ("The man who …" is in SUBJECT_PERSON itself; "The lad says he is …" starts a new clause).
      const thingHead = /^(?:the|this|that|such|all the|some of the) \S+(?: \S+)?\s*$/.test(lead) && !/\b(?:says?|said|thinks?|reckons?|and|but|because|so)\b|,/.test(lead);
      const inPhrase = sp !== null && (SUBJECT_IN_PHRASE.test(lead) || thingHead);
      const explicit = (sp !== null && !inPhrase) || /(?:^| )(?:you|ur|u)(?: \S+){0,3}$/.test(subj);
      // Everyday words ("trash", "a disgrace", "a snake") need an explicit person, not just a name nearby.
      const weak = lex.units[k].senses.every((s) => s.weak || (s.kind !== 'insult' && s.kind !== 'insult-adj'));
      if (explicit || (hasName && !weak)) note(k, 'person');
    }
    if (roleAfter) for (const { first, last } of matchAllStream(lex, ROLE_INS)) {
      const k = insultUnit(first, last);
      if (k < 0) continue;
      // "The Tory numpties on this council": a party or role word right before, or a person after.
      const before = streamOf(lex, Math.max(0, k - 1), k - 1);
      if (PARTY.test(' ' + before) || /(?:on|in|at|from|who|running) /.test(streamOf(lex, k + 1, Math.min(lex.units.length - 1, k + 1)) + ' ')) note(k, 'person');
    }
    if (doc.context.kind === 'reply' || doc.context.kind === 'comment') {
      // A reply that opens with "What a clown" / "Absolute numpty" is aimed at the person replied to.
      for (let s = 0; s < lex.units.length; s++) {
        if (s > 0 && lex.units[s - 1].text !== '.') continue;
        const [a, b] = sentenceUnits(lex, s);
        const m = WHAT_A.exec(streamOf(lex, a, b));
        if (m) { const k = insultUnit(a, Math.min(b, a + m[0].split(' ').length)); if (k >= 0) note(k, 'reply'); }
      }
    }
    for (const [k, how] of found) {
      const u = lex.units[k];
      const sense = u.senses.find((s) => s.kind === 'insult' || s.kind === 'insult-adj' || s.kind === 'dehum' || s.kind === 'profanity' || s.kind === 'slur');
      if (!sense) continue;
      // Profanity and slurs have their own rules; here only the words that are also insults.
      if (!u.senses.some((s) => s.kind === 'insult' || s.kind === 'insult-adj' || s.kind === 'dehum')) continue;
      // Strong words of abuse ("wanker", "twat") are R02's, which stops when they are aimed at someone: one panel, not two.
      if (u.senses.some((s) => s.kind === 'profanity' && s.tier !== 'mild')) continue;
      if (selfDirected(lex, k)) continue;
      if (isNegated(doc, u)) continue;
      if (aimedAtDecision(doc, u)) continue;
      const t = targetOf(doc, k);
      const target = t?.label ?? (how === 'second' ? 'the person you are addressing' : how === 'reply' ? 'the person you are replying to' : 'a person');
      out.push({ span: { start: u.start, end: u.end }, unit: k, info: inQuoteCondemnFrame(doc, u), target });
    }
    return out;
  });
}

function matchAllStream(lex: ReturnType<typeof lexicon>, re: RegExp): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  const at = lex.at;
  const unitAt = (off: number) => { let lo = 0, hi = at.length - 1; while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (at[mid] <= off) lo = mid; else hi = mid - 1; } return lo; };
  while ((m = re.exec(lex.stream))) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ first: unitAt(m.index + lead), last: unitAt(m.index + m[0].length - 1) });
    if (m[0].length === 0) re.lastIndex++;
    else re.lastIndex = m.index + Math.max(1, m[0].length - 1);
  }
  return out;
}

export default defineRule({
  id: 'abuse/personal-insult',
  family: 'abuse',
  title: 'Insulting a person rather than their argument',
  severity: 'warn',
  sets: ['tone', 'core-legal'],
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: "Don't send or post inappropriate, abusive, bullying, racist or defamatory messages to members of the public, other councillors or officers either in or outside a work environment." },
    { file: '004_f238b8de7f3077ec.txt', section: 'Handling online abuse', quote: 'Lead by example – do not post comments that could be considered abusive' },
    { file: '002_0356de40dc76b657.txt', section: '1.3 Members Code of Conduct', quote: 'the requirements to treat others with respect' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '5. Principles for using social media', quote: 'Set the tone for online conversations by being polite, open and respectful.' },
    { file: '000_02512859952f4825.txt', section: 'Your responsibility when using social media', quote: 'any form of online bullying is not acceptable on any platform' },
  ],
  message:
    '{lead}This reads as a personal insult aimed at {target}. The Code of Conduct asks you to treat people with respect, even when you disagree. Try criticising the decision or argument rather than the person.',
  action: 'Criticise the decision or argument, not the person.',
  examples: {
    trigger: [
      { text: "@DaveBentley you're an absolute clown and everyone in Kingstone ward knows it.", source: 'catalog R01 #1', severity: 'warn' },
      { text: 'Cllr Hargreaves is a spineless waste of space who should never have been elected.', source: 'catalog R01 #2', severity: 'warn' },
      { text: "Only a complete moron would think the new bin rota is the council's fault. Read the leaflet.", context: { kind: 'reply' }, source: 'catalog R01 #3', severity: 'warn' },
      { text: "The Tory numpties on this council couldn't organise a raffle.", source: 'catalog R01 #4', severity: 'warn' },
      { text: 'Residents like you are parasites on the rest of us.', context: { kind: 'reply' }, source: 'catalog R01 #5', severity: 'warn' },
      { text: 'What a pillock.', context: { kind: 'reply' }, severity: 'warn' },
      { text: 'You are a f***ing idiot, Gary.', severity: 'stop' },
      { text: 'Mrs Jenkins is an utter 1d10t and a hypocrite.', severity: 'warn' },
      { text: 'Councillors like him are a disgrace to this chamber.', severity: 'warn' },
    ],
    quiet: [
      { text: "I strongly disagree with the cabinet's decision to close Lundwood library.", source: 'catalog R01 #1' },
      { text: 'This consultation was a shambles and the timetable needs to be extended.', source: 'catalog R01 #2' },
      { text: 'I was an idiot and forgot my own bin day again 🙈', source: 'catalog R01 #3' },
      { text: "Someone called me a 'useless clown' on my page last night. I've reported it and won't be engaging.", source: 'catalog R01 #4', allowInfo: true },
      { text: "Clowns, face-painting and a bouncy castle at the Mayor's gala this Saturday!", source: 'catalog R01 #5' },
      { text: 'I would never call anyone an idiot for asking a question at a ward surgery.' },
      { text: 'The state of Doncaster Road is a disgrace and the resurfacing is overdue.' },
      { text: 'Cllr Patel is not a liar, and nobody has suggested she is.' },
      { text: 'Rat sightings near the tip have been reported to pest control.' },
      { text: 'The hate mail we get as councillors is a disgrace.' },
      { text: 'The abuse sent to female councillors online is a disgrace and it has to stop.' },
      { text: 'The way she was treated by some councillors was a disgrace.' },
    ],
  },
  detect(doc) {
    const hits: Hit[] = [];
    const lex = lexicon(doc);
    for (const h of insultHits(doc)) {
      if (h.info) { hits.push({ ...h.span, severity: 'info', vars: { lead: QUOTE_CONDEMN_MESSAGE + ' ', target: h.target } }); continue; }
      const [a, b] = sentenceUnits(lex, h.unit);
      let severity: Severity = 'warn';
      for (let k = a; k <= b; k++) if (lex.units[k].senses.some((s) => s.kind === 'profanity' && s.tier === 'strong')) severity = 'stop';
      hits.push({ ...h.span, severity, vars: { lead: '', target: h.target } });
    }
    return hits;
  },
});

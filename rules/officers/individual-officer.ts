import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Severity, Span } from '../types';
import { defineGate, gate } from '../cues';
import { claimNegated, isPraise, sentenceIndex, sentenceOf } from '../shared/conduct';
import { aimedAtDecision, inQuoteCondemnFrame } from '../shared/frames';
import { INSULT_ADJS, INSULT_NOUNS } from '../shared/lexicon/insults';
import { mayHavePersonIn, people, type PersonMention } from '../shared/people';
import { coreTargets, G_HONORIFIC, G_NAMED_AS, type Target } from '../shared/targets';

// Cheap pre-test: an officer role noun or "someone/the lady in <department>". Listed names skip it.
const PRE = /officer|head of|director|social worker|clerk|receptionist|caseworker|case worker|manager|chief exec|\bceo\b|warden|inspector|bin (?:crew|men|man)|binmen|refuse collector|(?:lady|woman|man|bloke|lad|fella|guy|girl|chap|someone) (?:in|from|at) | (?:in|from|at|on) (?:the )?(?:planning|highways|housing|licensing|environmental|parking|waste|bins|council tax|benefits|revenues|customer services|the contact centre|reception|building control|enforcement|social|children|adult services|legal|finance|regeneration|estates|parks|democratic|member services)\b/i;

// HR and employment information (R16: stop).
const HR =
  /\b(?:off sick|on sick leave|sick leave|signed off|on the sick|off with stress|with stress|stressed out|suspended|suspension|disciplinary|disciplined|sacked|fired|dismissed|made redundant|redundanc(?:y|ies)|(?:is|are|was) leaving|leaving (?:the council|her job|his job|their job|her post|his post)|resigned|resignation|handed in (?:her|his|their) notice|salary|salaries|pay rise|paid £|earns?|earning £|grievance|pregnant|maternity|paternity|under investigation|pending (?:an |the )?investigation|being investigated|performance (?:review|issues|management|plan)|capability (?:process|hearing)|tribunal|mental health|breakdown|on leave)\b/i;
// Pay that is published by law (pay policy statement, statement of accounts, senior salaries on the transparency page) is public
// information about a post, not private employment information about the person holding it.
const PAY_WORD = /^(?:salary|salaries|earns?|earning £|paid £|pay rise)$/i;
const PUBLISHED_PAY = /\b(?:pay policy|pay statement|statement of accounts|transparency|published|publishes|publish|set out in|on the (?:council'?s )?website|pay (?:scale|band|grade)s?|senior (?:pay|salaries)|(?:annual|yearly) report|freedom of information|foi)\b/i;
const PRIVATE_PAY = /\b(?:dispute|grievance|tribunal|claim|rise|bonus|pay-?off|payout|settlement|back pay|docked|cut to (?:his|her|their))\b/i;
const SOFT_HR = /^(?:(?:is|are|was) leaving|leaving|resigned|resignation|handed in|on leave)/i;
const HR_HARD = /\b(?:sick|stress|suspen|disciplin|sacked|fired|dismissed|redundan|salary|salaries|pay rise|grievance|pregnant|maternity|investigat|tribunal|mental health|breakdown|capability|performance)/i;
// Criticism of the person (R16 signals), on top of the shared insult lexicon.
const CRITICISM =
  /\b(?:useless|incompetent|lazy|bone idle|biased|partial|clueless|hopeless|unprofessional|rude|arrogant|jobsworth|idiot|a joke|a disgrace|pathetic|not fit (?:for|to)|unfit|no idea|haven'?t a clue|hasn'?t (?:got )?a clue|(?:hasn'?t|has not|never) (?:even )?read|can'?t (?:even )?(?:do|be bothered)|couldn'?t care less|waste of space|should (?:be|get) (?:sacked|fired|the sack|ashamed)|needs? (?:sacking|firing|to go)|get rid of (?:him|her|them)|thick|dim|dense|liar|lied|lying|two-faced|out of (?:his|her|their) depth|dragging (?:his|her|their) feet|sat on (?:his|her|their) (?:backside|arse|hands)|doing nothing|does nothing|did nothing|ignored|ignoring|fobbed|fobbing|(?:rubbish|crap|terrible|awful|appalling|shocking|hopeless|bad|useless) at (?:his|her|their) job|can'?t do (?:his|her|their) job|a nightmare|a liability|lost the plot|lost it|(?:can'?t|cannot|couldn'?t|could not|unable to) (?:even )?(?:answer|explain|manage|organi[sz]e|run|give a straight)|a shambles|an embarrassment|a disgrace)\b/i;
// A short verdict sentence after the one naming the officer ("… a simple question. Disgrace."): it judges that officer.
const VERDICT = /^\W{0,3}(?:(?:an? |absolute |utter |total |complete |what an? )?(?:disgrace(?:ful)?|useless|pathetic|shambles|joke|embarrassment|hopeless|clueless|incompetent|shocking|appalling|unbelievable|ridiculous|shameful|a disgrace|a joke))\W{0,5}$/i;
// Inviting complaints about, or contact with, the individual.
const EXPOSE = /\b(?:if (?:anyone|you) wants? to (?:complain|contact|ring|email|message|tell)|complain (?:to|about) (?:him|her|them)|(?:his|her|their) (?:direct line|mobile|number|email|extension) is|tell (?:him|her) what you think)\b/i;
// Routing through the proper channel, or a senior officer's public statement (de-escalators).
const CHANNEL_BEFORE = /\b(?:raised (?:it|this|the matter|my concerns?)? ?with|raise (?:it|this)? ?with|complained to|spoke(?:n)? to|speak to|emailed|contacted|escalated (?:it |this )?to|written to|wrote to|asked|met (?:with)?|meeting with|referred (?:it |this )?to|passed (?:it |this |them )?(?:on )?to|report(?:ed)? (?:it |this )?to|copied in|cc'?d)\s+(?:our |the |your )?$/i;
const PUBLIC_STATEMENT_AFTER = /^['’]?s?\s+(?:statement|update|letter|blog|message|announcement|report|briefing|column|video|press release|response to the|said|says|announced|confirmed|has confirmed|wrote)/i;
// Not council officers: police, Monitoring/Returning Officer roles are channels, not people to protect here.
const NOT_COUNCIL = /\b(?:police|monitoring|returning|press|community support)\b/i;
// Decision nouns between the officer and the critical word: criticism of the work, not the person.
const DECISION_BETWEEN = /\b(?:report|recommendation|decision|advice|response|reply|letter|assessment|handling|process|plan|policy|timetable|reasoning|conclusion|figures|survey)s?\b/i;

const DEPARTMENTS = String.raw`(?:planning|highways|housing|licensing|environmental health|parking|waste|bins|council tax|benefits|revenues|customer services|the contact centre|reception|building control|enforcement|social services|social care|children's services|adult services|legal|finance|regeneration|estates|parks|democratic services|member services)`;
const DEPT_AFTER = new RegExp(String.raw`^[ \t]+(?:in|from|at|on)[ \t]+(?:the[ \t]+)?${DEPARTMENTS}\b`, 'i');

// Without a member list or the NLP layer, every finding is about a role noun for one person (a team's plural
// role with no name is dropped by classify), a name with a department after it, or a name next to a team's role.
// These tests look for each without the shared targets pass.
/** The ends of targets.ts ROLE's matches that are not a team's (officers, workers, … men, team, services). */
const ONE_ROLE =
  /\b(?:officer|manager|director|clerk|worker|receptionists?|caseworker|head ?teacher|ceo|chief exec(?:utive)?|bin man|collector|warden|inspector|(?:head|leader)[ \t]+of)\b|\b(?:lady|woman|man|bloke|lad|fella|guy|girl|chap|someone)[ \t]+(?:in|from|at)[ \t]+(?:the[ \t]+)?(?:planning|highways|housing|licensing|environmental health|parking|waste|council|customer services|the office|reception|the contact centre)\b/i;
const G_ONE_ROLE = defineGate('officers/one-role', {
  words: ['officer', 'manager', 'director', 'clerk', 'worker', 'receptionist', 'receptionists', 'caseworker', 'headteacher', 'ceo', 'exec', 'executive', 'man', 'collector', 'warden', 'inspector', 'head', 'leader', 'lady', 'woman', 'bloke', 'lad', 'fella', 'guy', 'girl', 'chap', 'someone'],
});
/**
 * DEPT_AFTER anywhere (one space or tab before "in" is as good as several). It is read on the 40 characters after a
 * name, so its last word may be cut short there ("in parks" of "in parksville"): no \b at the end here, and the
 * last words are word beginnings in the gate.
 */
const DEPT_ANYWHERE = new RegExp(String.raw`[ \t](?:in|from|at|on)[ \t]+(?:the[ \t]+)?${DEPARTMENTS}`, 'i');
const DEPT_WORDS = ['environmental', 'customer', 'contact', 'building', 'social', 'childrens', 'adult', 'democratic', 'member'];
const DEPT_PREFIXES = ['planning', 'highways', 'housing', 'licensing', 'parking', 'waste', 'bins', 'tax', 'benefits', 'revenues', 'reception', 'enforcement', 'legal', 'finance', 'regeneration', 'estates', 'parks'];
const G_DEPT = defineGate('officers/department', { words: DEPT_WORDS, prefixes: DEPT_PREFIXES });
/** A team's role (ROLE matches ending in a plural, "head of … services", "customer services"). */
const G_TEAM = defineGate('officers/team', {
  words: ['officers', 'managers', 'directors', 'workers', 'caseworkers', 'binmen', 'men', 'crew', 'collectors', 'wardens', 'inspectors', 'head', 'director', 'officer', 'manager', 'leader', 'customer'],
});

/** Where a team's role can end (classify's plural ends), and the characters a targets.ts ROLE match is made of. */
const TEAM_END = /(?:officers|workers|staff|managers|directors|inspectors|wardens|clerks|collectors|crews?|men|team|teams|services)\b/gi;
const ROLE_CHAR = /[A-Za-z0-9&'’ \t]/;

/**
 * May the draft name an officer (before the dearer targets pass)? Only asked without a member list or the NLP layer.
 * 'near' when it turns on a person near a team's role (teamNearPerson), which detect asks last (it needs people.ts);
 * 'dept' when a name may come right before a department (deptAfterName), which makes mayFind true; otherwise mayFind
 * knows there is none.
 */
function mayNameOfficer(doc: TextDoc): boolean | 'near' | 'dept' {
  const text = doc.text;
  // A name right before a department (deptAfterName, read once here: mayFind needs it too and is then true).
  if (gate(doc, G_DEPT) && deptAfterName(text)) return 'dept';
  if (gate(doc, G_ONE_ROLE) && ONE_ROLE.test(text)) return true;
  if (!gate(doc, G_TEAM)) return false;
  // A team's role with a name (officerRefs): a name after an honorific or "called" (targets.ts adds those), one in
  // the next sentence after "name" or "called", or a person 40 characters or less from the role, which ends at a
  // team's word and starts no earlier than the run of role characters before it.
  if (gate(doc, G_HONORIFIC) || gate(doc, G_NAMED_AS) || /\bname|called\b/i.test(text)) return true;
  return 'near';
}

function teamNearPerson(doc: TextDoc): boolean {
  const text = doc.text;
  if (!mayHavePersonIn(doc, { start: 0, end: text.length })) return false;
  const persons = people(doc).filter((p) => p.kind !== 'mention');
  if (persons.length === 0) return false;
  for (const m of text.matchAll(TEAM_END)) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && ROLE_CHAR.test(text[start - 1])) start--;
    if (persons.some((p) => p.start <= end + 40 && p.end >= start - 40)) return true;
  }
  return false;
}

/**
 * May the draft have a finding at all (after mayNameOfficer and PRE, before the targets pass)? Without a member list
 * or the NLP layer, every finding is a named officer (a person, not a member, before a department or near a role in
 * its sentence; classify always reports one) or an officer's role with a judgement of the person in its sentence
 * (HR, CRITICISM, an insult, EXPOSE) or a VERDICT standing alone in the next. Most drafts with "officers" in council
 * filler have neither a person nor a judgement in the role's sentence, and skip the targets pass.
 */
function mayFind(doc: TextDoc): boolean {
  const text = doc.text;
  const l = doc.lists;
  // Any list adds listed persons (and roles to them): not worth following here.
  if (l.officers?.length || l.councillors?.length || l.familyNames?.length) return true;
  // A name introduced as one (targets.ts NAMED_AS), or one in the sentence after the role ("His name's Gavin").
  if (gate(doc, G_NAMED_AS) || /\bname|called\b/i.test(text)) return true;
  // No name right before a department: mayNameOfficer asked deptAfterName first (detect skips mayFind when there is).
  // Every officer role is a targets.ts ROLE match, inside one sentence (it has no sentence stop), with a ROLE_WORD.
  // One scan for the role words, and each sentence that has one read once (a sentence is bounded by spaces or
  // punctuation, so a role word of the draft is one of its sentence and the reverse).
  const ss = doc.sentences;
  let persons: PersonMention[] | undefined;
  ROLE_WORD.lastIndex = 0;
  for (let r = ROLE_WORD.exec(text); r; r = ROLE_WORD.exec(text)) {
    const k = doc.sentenceIndex(r.index);
    if (k < 0) continue;
    const sent = ss[k];
    ROLE_WORD.lastIndex = sent.end;
    const s = text.slice(sent.start, sent.end);
    // classify's scope for a role without a name is its sentence: the same slice, so the same \b edges.
    if (HR.test(s) || CRITICISM.test(s) || EXPOSE.test(s) || (gate(doc, G_INSULT) && insultWordIn(s))) return true;
    if (k + 1 < ss.length && VERDICT_WORD.test(text.slice(ss[k + 1].start, ss[k + 1].end))) return true;
    // A person who is not a member, in the role's sentence: targets.ts takes people.ts's (a councillor's title makes
    // a member) and the honorifics people.ts does not take (HONORIFIC_NAME: a capitalised title; Mayor, Alderman and
    // the councillors' titles make a member).
    if (gate(doc, G_HONORIFIC) && OTHER_HONORIFIC.test(s)) return true;
    if (!mayHavePersonIn(doc, sent)) continue;
    persons ??= people(doc);
    for (const p of persons) {
      if (p.start >= sent.start && p.end <= sent.end && p.kind !== 'mention' && !(p.kind === 'honorific' && /^(?:cllrs?|councillors?)$/i.test(p.title ?? ''))) return true;
    }
  }
  return false;
}
/** A word of every targets.ts ROLE match (the only officer roles). */
const ROLE_WORD = /\b(?:officers?|managers?|head|directors?|leader|chief|ceo|clerk|workers?|receptionists?|caseworkers?|headteacher|bin|binmen|collectors?|wardens?|inspectors?|lady|woman|man|bloke|lad|fella|guy|girl|chap|someone)\b/gi;
/** A word every VERDICT match has. */
const VERDICT_WORD = /disgrace|useless|pathetic|shambles|joke|embarrassment|hopeless|clueless|incompetent|shocking|appalling|unbelievable|ridiculous|shameful/i;
/** The start of every targets.ts HONORIFIC_NAME match whose title is not a member's (a superset: no end is asked for). */
const OTHER_HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Rev|Revd|Prof|PC|Sgt|Insp)\.?[ \t]+(?:Mc|Mac|O[’']|D[’'])?[A-Z]/;
const DEPT_ANYWHERE_G = new RegExp(DEPT_ANYWHERE.source, 'gi');
/**
 * A DEPT_ANYWHERE match right after what may end a person (DEPT_AFTER starts at the person's end): a run of name
 * characters with a capital in it (every name people.ts or targets.ts finds has one in its last word), or "family"
 * (people.ts's "the Nowak family").
 */
function deptAfterName(text: string): boolean {
  DEPT_ANYWHERE_G.lastIndex = 0;
  for (let m = DEPT_ANYWHERE_G.exec(text); m; m = DEPT_ANYWHERE_G.exec(text)) {
    let k = m.index;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
    let a = k;
    while (a > 0 && /[A-Za-z'’-]/.test(text[a - 1])) a--;
    const run = text.slice(a, k);
    if (/[A-Z]/.test(run) || run.endsWith('family')) return true;
  }
  return false;
}

const INSULTS = new Set([...INSULT_NOUNS, ...INSULT_ADJS].filter((w) => !w.includes(' ')));
/**
 * insultIn finds a run of letters that is an insult: its lower case begins a word of the draft as the cue pass
 * reads it (folded and typed; letters after digits start a piece, but "idiot123" is one word: hence word
 * beginnings, not whole words). An insult with a hyphen is never one run of letters.
 */
const G_INSULT = defineGate('officers/insult', { prefixes: [...INSULTS].filter((w) => /^[a-z]+$/.test(w)) });

/** Whether insultIn could find anything in the text (a superset: no context around the word is asked for). */
function insultWordIn(text: string): boolean {
  const re = /[A-Za-z]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (INSULTS.has(m[0].toLowerCase())) return true;
  return false;
}

function insultIn(text: string): RegExpExecArray | null {
  const re = /[A-Za-z]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!INSULTS.has(m[0].toLowerCase())) continue;
    // "the rat problem", "a pig farm": a noun modifying another noun names a thing, not the officer.
    const pre = text.slice(Math.max(0, m.index - 12), m.index);
    const post = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/\b(?:the|a|an|this|that|our|their|its)\s+$/i.test(pre) && /^\s+(?!(?:and|or|who|that|of|in|on|at|is|was|are|were|with|from|for|to|if|but)\b)[a-z]{3,}/.test(post)) continue;
    return m;
  }
  return null;
}

interface OfficerRef {
  span: Span;
  name: string | null;
  role: Target | null;
}

/** The officers the draft refers to: listed officers, and officer role nouns joined to a nearby name. */
function officerRefs(doc: TextDoc): OfficerRef[] {
  // People and roles only: the core kinds spare the scans of bodies, groups and pronouns.
  const ts = coreTargets(doc);
  const refs: OfficerRef[] = [];
  const used = new Set<Target>();
  for (const t of ts) {
    if (t.kind === 'person' && t.listed === 'officer') {
      refs.push({ span: t, name: t.text, role: null });
      used.add(t);
    }
  }
  // "Sarah in planning", "Kev from highways": a first name with a council department.
  for (const t of ts) {
    if (t.kind !== 'person' || used.has(t) || t.role === 'member') continue;
    if (DEPT_AFTER.test(doc.text.slice(t.end, t.end + 40))) {
      refs.push({ span: t, name: t.text, role: null });
      used.add(t);
    }
  }
  for (const t of ts) {
    if (t.kind !== 'role' || t.role !== 'officer' || NOT_COUNCIL.test(t.text)) continue;
    if (refs.some((r) => r.span.start < t.end && t.start < r.span.end)) continue;
    // A name joined to the role: "Mark Jennings, the head of waste", "the case officer, Priya Shah", "social worker Tom",
    // "The enforcement officer … His name's Gavin".
    const sent = sentenceOf(doc, t.start);
    const ss = doc.sentences;
    const idx = sentenceIndex(doc, t.start);
    const nextS = idx >= 0 ? ss[idx + 1] : undefined;
    const person = ts.find(
      (p) =>
        p.kind === 'person' &&
        !used.has(p) &&
        p.role !== 'member' &&
        ((p.start >= sent.start && p.end <= sent.end && (Math.abs(p.start - t.end) <= 40 || Math.abs(t.start - p.end) <= 40)) ||
          (nextS && p.start >= nextS.start && p.end <= nextS.end && /\bname|called\b/i.test(doc.text.slice(nextS.start, p.start)))),
    );
    if (person) used.add(person);
    refs.push({ span: t, name: person ? person.text : null, role: t });
  }
  return refs;
}

function classify(doc: TextDoc, ref: OfficerRef): { sev: Severity; why: string } | null {
  const sent = sentenceOf(doc, ref.span.start);
  const s = doc.text.slice(sent.start, sent.end);
  const before = doc.text.slice(Math.max(sent.start, ref.span.start - 50), ref.span.start);
  const after = doc.text.slice(ref.span.end, Math.min(doc.text.length, ref.span.end + 40));
  // "I've raised it with the Executive Director", "The Chief Executive's statement…": channels and public roles.
  if (!ref.name && (CHANNEL_BEFORE.test(before) || PUBLIC_STATEMENT_AFTER.test(after))) return null;
  // "the environmental health officers", "the bin men": a team, not an individual officer. A unique senior post with no
  // name ("the head of planning", "our chief executive") is one person and stays in.
  if (!ref.name && ref.role && /(?:officers|workers|staff|managers|directors|inspectors|wardens|clerks|collectors|crews?|men|team|teams|services)$/i.test(ref.role.text.trim())) return null;
  // The sentences that talk about this officer: its own, and the next when it carries the name.
  let scope = s;
  const ss = doc.sentences;
  const idx = sentenceIndex(doc, ref.span.start);
  if (ref.name && idx >= 0 && ss[idx + 1] && doc.text.slice(ss[idx + 1].start, ss[idx + 1].end).includes(ref.name)) scope += ' ' + doc.text.slice(ss[idx + 1].start, ss[idx + 1].end);

  let hr = HR.exec(scope);
  // Published pay for a post ("the chief executive's salary is in the pay policy statement") is public information.
  if (hr && PAY_WORD.test(hr[0]) && PUBLISHED_PAY.test(scope) && !PRIVATE_PAY.test(scope)) {
    const rest = scope.replace(/\b(?:salary|salaries|earns?|earning £|paid £|pay rise)\b/gi, ' ');
    hr = HR.exec(rest);
  }
  // "should be sacked", "needs sacking": a demand (criticism), not employment information.
  if (hr && /\b(?:should|must|ought to|deserves? to|needs? to|wants? to|want (?:him|her|them)|(?:get|got) (?:him|her|them))\s+(?:be\s+|get\s+)?$/i.test(scope.slice(Math.max(0, hr.index - 30), hr.index))) {
    return { sev: 'warn', why: hr[0] };
  }
  // A farewell ("leaving the council after 20 years — thank you!") is news the officer shares: a hint only.
  if (hr && SOFT_HR.test(hr[0]) && isPraise(scope) && !HR_HARD.test(scope)) return { sev: 'info', why: 'farewell' };
  if (hr) {
    const at = doc.text.indexOf(hr[0], sent.start);
    if (at < 0 || !claimNegated(doc, { start: at, end: at + hr[0].length })) return { sev: 'stop', why: hr[0] };
  }
  // A verdict standing alone in the next sentence ("Disgrace.") is about the officer just described.
  if (!ref.name && idx >= 0 && ss[idx + 1] && VERDICT.test(doc.text.slice(ss[idx + 1].start, ss[idx + 1].end))) {
    const v = doc.text.slice(ss[idx + 1].start, ss[idx + 1].end);
    // "The chief executive's budget …": the verdict is on their work, not on them.
    if (!/^['’]s?\s/.test(after) && !DECISION_BETWEEN.test(s.slice(ref.span.end - sent.start))) return { sev: 'warn', why: v.trim() };
  }
  const crit = CRITICISM.exec(scope) ?? (gate(doc, G_INSULT) ? insultIn(scope) : null);
  if (crit) {
    const at = doc.text.indexOf(crit[0], sent.start);
    const span = { start: at, end: at + crit[0].length };
    const between = at > ref.span.end ? doc.text.slice(ref.span.end, at) : '';
    // "the useless planning officer": an adjective of the officer is about the person, whatever follows.
    const ofOfficer = at >= 0 && at < ref.span.start && ref.span.start - (at + crit[0].length) <= 12;
    const aboutWork = at >= 0 && !ofOfficer && (aimedAtDecision(doc, span) || DECISION_BETWEEN.test(between));
    const negated = at >= 0 && claimNegated(doc, span);
    const quoted = at >= 0 && inQuoteCondemnFrame(doc, span);
    if (!aboutWork && !negated && !quoted) return { sev: 'warn', why: crit[0] };
  }
  if (EXPOSE.test(scope)) return { sev: 'warn', why: 'contact' };
  // A named officer with thanks, praise or neutral news: only a hint to check they're happy to be named.
  if (ref.name) return { sev: 'info', why: isPraise(scope) ? 'praise' : 'named' };
  return null;
}

export default defineRule({
  id: 'officers/individual-officer',
  family: 'officers',
  title: 'Information about, or criticism of, an individual council officer',
  severity: 'warn',
  sets: ['council-confidentiality'],
  lists: { uses: ['officers'], withoutThem: 'generic-cues' },
  nlp: true,
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'Please do not post information relating to individual officers.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: "Don't send or post inappropriate, abusive, bullying, racist or defamatory messages to members of the public, other councillors or officers" },
    { file: '003_af96a0d5570051af.txt', section: '4. Using social media for personal use at home (4.2)', quote: 'Offensive, defamatory or inappropriate comments about the Council, its customers, suppliers or any of its employees posted by employees or Members on social networking sites will not be tolerated.' },
    { file: '000_02512859952f4825.txt', section: "Dos and don'ts at a glance — Don't", quote: 'divulge confidential information about, or belonging to, the council, people who use our services, employees or other elected members.' },
  ],
  message:
    'This mentions an individual council officer ({name}). Officers can\'t answer back in public, and the policy asks you not to post information about individual officers. Raise concerns with their manager or the Chief Executive instead, or refer to "the service" rather than a person.',
  action: 'Raise concerns with their manager or the Chief Executive, or refer to "the service" rather than a person.',
  examples: {
    trigger: [
      { text: 'Sarah in planning clearly hasn\'t read the file — useless.', settings: { lists: { officers: [{ name: 'Sarah Whitaker', department: 'Planning' }] } }, severity: 'warn', source: 'catalog R16 #1' },
      { text: 'Can confirm Mark Jennings, the head of waste, has been suspended pending an investigation.', severity: 'stop', source: 'catalog R16 #2' },
      { text: 'The case officer for this application, Priya Shah, is completely biased towards the developer.', severity: 'warn', source: 'catalog R16 #3' },
      { text: "Our social worker Tom is off sick with stress again, so nothing's happening on my constituent's case.", severity: 'stop', source: 'catalog R16 #4' },
      { text: "The enforcement officer on Tuesday was rude and lazy. His name's Gavin, if anyone wants to complain.", severity: 'warn', source: 'catalog R16 #5' },
      { text: 'Sarah Whitaker is on maternity leave, so the application is delayed.', settings: { lists: { officers: [{ name: 'Sarah Whitaker (Planning)' }] } }, severity: 'stop' },
      { text: 'The planning officer was clueless at the site visit.', severity: 'warn' },
      { text: 'Kev from highways is bone idle, nothing gets done.', severity: 'warn' },
      { text: 'Sarah Whitaker is leaving the council after 20 years — huge thanks for everything!', settings: { lists: { officers: [{ name: 'Sarah Whitaker (Planning)' }] } }, severity: 'info' },
      { text: 'The head of regeneration has completely lost the plot over the market.', severity: 'warn' },
      { text: 'Our director of housing cannot even give a straight answer to tenants. Pathetic.', severity: 'warn' },
      { text: 'The head of legal is in a pay dispute with the council and has lodged a grievance.', severity: 'stop' },
      { text: 'Thanks to Sarah Whitaker for sorting the drainage on Wood Lane so quickly.', settings: { lists: { officers: [{ name: 'Sarah Whitaker', department: 'Highways' }] } }, severity: 'info' },
    ],
    quiet: [
      { text: 'Highways have confirmed the resurfacing of Dodworth Road starts on 3 June.', source: 'catalog R16 #1' },
      { text: "I'm disappointed with the planning service's response times and I've raised it with the Executive Director.", source: 'catalog R16 #2' },
      { text: "The Chief Executive's statement on the budget is on the council website: https://…", source: 'catalog R16 #3' },
      { text: 'Cllr Green and I met residents at the fire station open day.', source: 'catalog R16 #4' },
      { text: 'Huge thanks to Dave and the bin crew on Park Street for going the extra mile!', allowInfo: true, source: 'catalog R16 #5' },
      { text: "The planning department's decision was wrong and I will be asking for it to be reviewed." },
      { text: "I disagree with the planning officer's recommendation on the Hoyland scheme and will say so at committee." },
      { text: 'Enforcement officers are investigating the fly-tipping on Wood Lane.' },
      { text: 'Sarah Whitaker is on maternity leave, so the application is delayed.' },
      { text: 'The officer\'s report to committee is useless on drainage — I have asked for a fuller one.' },
      { text: "What the director of finance is paid is published each year in the council's statement of accounts." },
      { text: 'Big thanks to the pest control officers who cleared the rat infestation behind the shops in a day.' },
      { text: 'Well done to the licensing officers who closed down the rogue pig farm on Moor Lane.' },
    ],
  },
  // Every officer reference is a listed officer (the member's list), a name with a department after it (DEPT_AFTER:
  // the department's words, its last one as a word beginning) or a role target (targets.ts ROLE: a role noun,
  // "bin men", or "the man from planning").
  cues: {
    words: [
      'officer', 'officers', 'manager', 'managers', 'head', 'director', 'directors', 'leader', 'chief', 'ceo', 'clerk', 'worker', 'workers',
      'receptionist', 'receptionists', 'caseworker', 'caseworkers', 'headteacher', 'crew', 'men', 'binmen', 'collector', 'collectors', 'warden', 'wardens',
      'inspector', 'inspectors', 'lady', 'woman', 'man', 'bloke', 'lad', 'fella', 'guy', 'girl', 'chap', 'someone',
      ...DEPT_WORDS,
    ],
    prefixes: DEPT_PREFIXES,
    when: (doc) => (doc.lists.officers?.length ?? 0) > 0,
  },
  detect(doc) {
    const hasList = (doc.lists.officers?.length ?? 0) > 0;
    // Necessary conditions, cheapest first (the ones that need people.ts last).
    const may = hasList || doc.nlp || mayNameOfficer(doc);
    if (!may) return [];
    // mayFind before PRE: PRE fails on few drafts that get this far, mayFind on most.
    if (!hasList && !doc.nlp && may !== 'dept' && !mayFind(doc)) return [];
    if (!hasList && !PRE.test(doc.text)) return [];
    if (may === 'near' && !teamNearPerson(doc)) return [];
    const hits: Hit[] = [];
    for (const ref of officerRefs(doc)) {
      const c = classify(doc, ref);
      if (!c) continue;
      hits.push({ start: ref.span.start, end: ref.span.end, severity: c.sev, vars: { name: ref.name ?? ref.role?.text ?? doc.text.slice(ref.span.start, ref.span.end) } });
    }
    return hits;
  },
});

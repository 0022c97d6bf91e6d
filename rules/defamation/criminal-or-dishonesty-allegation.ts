import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Severity, Span } from '../types';
import { claimNegated, hedgeIn, lower, matchSkeleton, prevSentence, sentenceOf } from '../shared/conduct';
import { aimedAtDecision, inQuoteCondemnFrame, isQuotedOrReported } from '../shared/frames';
import { electionPeriod } from '../shared/calendar';
import { targets, type Target } from '../shared/targets';

// Patterns run on the skeleton (lower case, leetspeak undone, no apostrophes, single spaces). No pre-test of
// the stems before LABEL and ACT: with the cues below, a draft that gets this far holds a stem anyway (13 of
// the 13 benchmark drafts that passed the cues), so a pre-test only added a third scan.

// Labels: "X is a liar", "you're a crook", "they're cowboys and crooks".
const LABEL =
  /\b(?:liars?|frauds?|fraudsters?|thie(?:f|ves)|criminals?|crooks?|crooked|con (?:man|men|artists?)|conm[ae]n|scammers?|scam artists?|cowboys?|cheats?|abusers?|drug dealers?|bull(?:y|ies)|sex pests?|paedos?|paedophiles?|pedos?|pedophiles?|nonces?|rapists?|racists?|embezzlers?|swindlers?|shysters?|charlatans?|benefit cheats?|dishonest|fraudulent|a scam)\b/g;
// Acts: "Cllr Hanson lied to residents", "has been fiddling the grant money", "ripped off half of Mapplewell".
const ACT =
  /\b(?:lied|lies to|lies about|lying (?:to|about|through)|(?:is|are|was|were|been|keeps?|kept) lying(?! (?:in|on|down|low|around|awake|there|still|flat|face|under|next|by|at|across|back|empty|idle|dormant|unused))|st(?:ole|olen|eal(?:s|ing)?) (?:from|money|the|our|my|his|her|their|your|a|an|public|residents|cash|funds|peoples)|(?:deliberately|knowingly|intentionally|wilfully) misl(?:ed|eading|eads)|(?:ripp(?:ed|ing)|rips?) (?:off )?(?:me|us|them|him|her|people|residents|customers|tenants|pensioners|everyone|everybody|half (?:of )?[a-z]+|the (?:council|taxpayers?|public|elderly|town|village)|taxpayers|folk|locals|punters|buyers|old folk|my (?:mum|dad|nan|neighbour|constituent)s?)(?: off)?|fiddl(?:ed|ing|es) (?:the |their |his |her )?(?:\w+ )?(?:money|books|accounts|expenses|figures|grants?|funds|meters?|benefits|claims?)|cheat(?:ed|ing|s) (?:residents|people|us|customers|the|taxpayers|voters)|defraud(?:ed|ing|s)?|embezzl(?:ed|ing|es)|swindl(?:ed|ing|es)|conn(?:ed|ing) (?:\w+ ){0,2}(?:out of|residents|people|us|pensioners|customers)|(?:deals?|dealing) drugs|(?:has|have|got) a (?:criminal )?record|(?:was|were|been|got|has been|have been) arrested|(?:is|are|was|been) under (?:police )?investigation)\b/g;
// Generic uses of the same words that accuse nobody.
const GENERIC_AFTER = /^\s?(?:lawyers?|solicitors?|barristers?|defen[cs]e|psycholog\w*|law|minds?|masterminds?|underworld|element|elements|gangs?|networks?|damage|record|records|check|checks|justice|offence|offences|investigations?|behaviour|gangs?|charges|proceedings|activity|activities|cases?|law|courts?|exploitation|prosecution|convictions?|builders?|traders?|landlords?|alerts?|warnings?|calls?|texts?|emails?|websites?|awareness|prevention|team)\b/i;
const ALWAYS_STOP = /^(?:paedo|pedo|paedophile|pedophile|nonce|rapist)/i;
// Structure: a copula or apposition between the target and the label.
const COPULA_BEFORE = /(?:\b(?:is|are|was|were|being|been|be|become|became|am|called|call|calling|labelled|branded)\b|['’](?:s|re)\b)(?:\s+[\w'’-]{1,20}){0,4}\s*$/i;
const YOU_LABEL = /\byou(?:\s+[\w'’-]{1,15}){0,2}\s*$/i;
const PRONOUN = /\b(?:he|she|they|them|him|his|her|their|who|it|this lot|that lot)\b/gi;

const NAMED_KINDS = new Set(['person', 'mention', 'organisation']);

type Resolved = { target: Target | null; vague: boolean; text: string };

/** Who the allegation is about: the subject before a copula or act, in the same sentence (pronouns look back). */
function subjectOf(doc: TextDoc, span: Span): Resolved | null {
  const sent = sentenceOf(doc, span.start);
  const ts = targets(doc);
  const before = ts.filter((t) => t.end <= span.start && t.start >= sent.start && t.kind !== 'self' && t.kind !== 'group');
  const selfBefore = ts.filter((t) => t.kind === 'self' && t.end <= span.start && t.start >= sent.start);
  const after = ts.filter((t) => t.start >= span.end && t.start < sent.end && t.start - span.end <= 3 && NAMED_KINDS.has(t.kind));
  // Apposition "fraudster John Smith".
  if (after.length) return { target: after[0], vague: false, text: after[0].text };
  // Nearest target before, unless a first-person subject sits between it and the word ("he said I was a liar").
  // "You women are all dishonest": about a group, which is for the hate rules, not defamation.
  if (ts.some((g) => g.kind === 'group' && g.start >= sent.start && g.end <= span.start)) return null;
  const t = before[before.length - 1];
  const lastSelf = selfBefore[selfBefore.length - 1];
  if (t && (!lastSelf || lastSelf.start < t.start)) return { target: t, vague: false, text: t.text };
  if (lastSelf) return null; // about oneself
  // A pronoun: resolve to the previous sentence's target.
  const clause = doc.text.slice(sent.start, span.start);
  if (PRONOUN.test(clause)) {
    PRONOUN.lastIndex = 0;
    const prev = prevSentence(doc, span);
    if (prev) {
      const pt = ts.filter((x) => x.start >= prev.start && x.end <= prev.end && x.kind !== 'self' && x.kind !== 'group' && x.kind !== 'second-person');
      if (pt.length) return { target: pt[pt.length - 1], vague: false, text: pt[pt.length - 1].text };
    }
    return { target: null, vague: true, text: 'someone' };
  }
  PRONOUN.lastIndex = 0;
  return null;
}

function severityFor(doc: TextDoc, r: Resolved): Severity | null {
  const t = r.target;
  if (!t) return r.vague ? 'warn' : null;
  if (NAMED_KINDS.has(t.kind)) return 'stop';
  if (t.kind === 'second-person') return doc.context.kind === 'reply' || doc.context.kind === 'comment' || t.addressee ? 'stop' : 'warn';
  if (t.kind === 'role') {
    // "the landlord at 14 Victoria Road", "the chair of the residents' association", "the case officer": identifiable.
    const plural = /s$/i.test(t.text.trim()) && !/\b(?:association|business|services|class)$/i.test(t.text.trim()) && !/\bof\b/i.test(t.text);
    const some = /^(?:some|many|most|all|these|those|ward|local)\b/i.test(t.text.trim());
    return plural || some ? 'warn' : 'stop';
  }
  if (t.kind === 'body') return 'warn';
  return null;
}

export default defineRule({
  id: 'defamation/criminal-or-dishonesty-allegation',
  family: 'defamation',
  title: 'Calling a person or business a liar, thief, fraud or criminal',
  severity: 'stop',
  sets: ['core-legal'],
  lists: { uses: ['councillors', 'officers'], withoutThem: 'generic-cues' },
  nlp: true,
  policy: [
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (1) Defamation', quote: 'If you publish an untrue statement about a person which is damaging to their reputation, you may be liable to pay damages.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Understand what you can and can’t post online, including legally.', quote: 'Being a councillor will not prevent someone else pursuing legal action following the publication of an untrue statement.' },
    { file: '003_af96a0d5570051af.txt', section: '4. Using social media for personal use at home (4.2)', quote: 'Offensive, defamatory or inappropriate comments about the Council, its customers, suppliers or any of its employees posted by employees or Members on social networking sites will not be tolerated.' },
    { file: '000_02512859952f4825.txt', section: "Dos and don'ts at a glance — Don't", quote: "say things that could damage the council's reputation or other organisations or brands associated with the council" },
    { file: '000_02512859952f4825.txt', section: 'Legal guidance on using social media', quote: 'Consider whether your comments or actions could be considered defamatory, derogatory or offensive' },
  ],
  message:
    "This makes a serious allegation about {target} ('{word}'). If it isn't provably true, it could be defamatory, and you could be personally liable. Stick to facts you can evidence, or make clear it's your opinion about their decisions.",
  action: 'Stick to facts you can evidence, or make clear it is your opinion about their decisions.',
  examples: {
    trigger: [
      { text: 'Cllr Hanson lied to residents about the school closure and he knows it.', severity: 'stop', source: 'catalog R14 #1' },
      { text: "Avoid Acme Roofing — they're cowboys and crooks who ripped off half of Mapplewell.", severity: 'stop', source: 'catalog R14 #2' },
      { text: "The chair of the residents' association has been fiddling the grant money for years.", severity: 'stop', source: 'catalog R14 #3' },
      { text: "@TonyW you're a liar and a racist and everyone knows it.", context: { kind: 'reply' }, severity: 'stop', source: 'catalog R14 #4' },
      { text: "The landlord at 14 Victoria Road is a drug dealer, I've seen the cars coming and going.", severity: 'stop', source: 'catalog R14 #5' },
      { text: 'I think Cllr Hanson is a liar.', severity: 'warn' },
      { text: 'Allegedly, Dave Smith stole from the food bank.', severity: 'warn' },
      { text: 'Some councillors are liars.', severity: 'warn' },
      { text: 'Everyone knows Mark Jennings is a nonce, allegedly.', severity: 'stop' },
      { text: 'Bloggs Builders are a bunch of cr00ks.', severity: 'stop' },
      { text: 'Bloggs Builders stole my deposit.', severity: 'stop' },
      { text: 'Vote for Cllr Hanson, a known liar, if you want more of the same.', severity: 'stop' },
      { text: 'Cllr Hanson deliberately misled the committee about the figures.', severity: 'stop' },
      {
        text: 'I think Cllr Hanson is a liar.',
        context: { now: '2026-04-20T12:00:00' },
        settings: { lists: { elections: [{ noticeOfElection: '2026-03-27', pollingDay: '2026-05-07' }] } },
        severity: 'stop',
      },
    ],
    quiet: [
      { text: "I don't think the cabinet's claim that the budget is balanced stands up — here are the figures.", source: 'catalog R14 #1' },
      { text: 'Cllr Hanson and I disagree on the school closure, but I respect his commitment to the ward.', source: 'catalog R14 #2' },
      { text: 'Watch out for a doorstep scam: people pretending to be from the council are asking for cash. The council never does this.', source: 'catalog R14 #3' },
      { text: "Check a roofer is on the Trading Standards 'Buy With Confidence' list before paying a deposit.", source: 'catalog R14 #4' },
      { text: "He's not a liar, he just got the date wrong — the meeting is on the 14th.", source: 'catalog R14 #5' },
      { text: "The council's decision was wrong, and the consultation was a shambles." },
      { text: 'Report criminal damage at the bus shelter to the police on 101.' },
      { text: 'A resident called me a liar at the surgery. I have reported it to the police.' },
      { text: 'Politicians lie, everyone says so — but we can do better in Barnsley.' },
      { text: 'I was lying in bed when the flood alarm went off.' },
      { text: 'If you lied on your blue badge form, you could be prosecuted.' },
      { text: 'Thanks to Dave Smith, the criminal lawyer who gave free advice at the surgery.' },
      { text: 'Someone stole a bike from outside the library — please keep an eye out.' },
      { text: 'The officer report is misleading on drainage, and I said so at committee.' },
      { text: 'Cowboy builders are targeting older residents — check Trading Standards before you pay.' },
    ],
  },
  // A word of every LABEL and ACT alternative, read in the skeleton the patterns run on ("cr00k", "l i a r"):
  // the first word, or a rarer one of the same phrase where the first is common ('drugs' for "dealing drugs",
  // 'cheats' for "benefit cheats"), and whole words where a stem would take in common words ('bully', not
  // "bulletin"; 'sex', not "sexual"; 'conned', not "connect"; 'rips', not "ripe").
  cues: {
    on: 'skeleton',
    words: ['con', 'record', 'arrested', 'investigation', 'conned', 'conning', 'bully', 'bullies', 'sex', 'rip', 'rips'],
    prefixes: ['liar', 'fraud', 'thie', 'criminal', 'crook', 'conm', 'scam', 'cowboy', 'cheat', 'abuser', 'drug', 'paedo', 'pedo', 'nonce', 'rapist', 'racist', 'embezzl', 'swindl', 'shyster', 'charlatan', 'dishonest', 'lie', 'lying', 'stol', 'steal', 'misl', 'ripp', 'fiddl', 'defraud'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    const consider = (start: number, end: number, isLabel: boolean) => {
      const span = { start, end };
      const word = doc.text.slice(start, end);
      // "racist" labels a person only as a noun ("a racist", "you racist", "racists"), not "deemed racist".
      if (/^racist$/i.test(word) && !/(?:\ban?|\byou|total|complete|absolute|utter|known|proper|bloody|massive)\s+$/i.test(doc.text.slice(Math.max(0, start - 14), start))) return;
      if (isLabel && GENERIC_AFTER.test(doc.text.slice(end, end + 20))) return;
      if (claimNegated(doc, span)) return;
      if (inQuoteCondemnFrame(doc, span)) return;
      if (aimedAtDecision(doc, span)) return;
      const sent = sentenceOf(doc, start);
      const clauseBefore = doc.text.slice(Math.max(sent.start, start - 80), start);
      let r: Resolved | null = null;
      if (isLabel) {
        // "X is a liar" / "you liar" / "liar X".
        if (YOU_LABEL.test(clauseBefore)) {
          const you = targets(doc).filter((t) => t.kind === 'second-person' && t.end <= start && t.start >= sent.start).pop();
          const mention = targets(doc).filter((t) => t.kind === 'mention' && t.end <= start && t.start >= sent.start).pop();
          if (mention) r = { target: mention, vague: false, text: mention.text };
          else if (you) r = { target: you, vague: false, text: 'the person you are replying to' };
        }
        if (!r && COPULA_BEFORE.test(clauseBefore)) r = subjectOf(doc, span);
        // Apposition: "Cllr Hanson, a known liar, …", "Acme Roofing — crooks, the lot of them".
        if (!r) {
          const appo = /([,—–(-])\s*(?:(?:a|an|the|that|this|total|known|proven|complete|utter|absolute|serial|lying|thieving)\s+){0,3}$/i.exec(clauseBefore);
          if (appo) {
            const cut = Math.max(sent.start, start - 80) + appo.index;
            const t = targets(doc).filter((x) => x.end <= cut && cut - x.end <= 2 && NAMED_KINDS.has(x.kind)).pop();
            if (t) r = { target: t, vague: false, text: t.text };
          }
        }
        if (!r) {
          const after = targets(doc).find((t) => t.start >= end && t.start - end <= 3 && NAMED_KINDS.has(t.kind));
          if (after) r = { target: after, vague: false, text: after.text };
        }
      } else {
        r = subjectOf(doc, span);
      }
      if (!r) return;
      // Someone else's words: "He called me a liar", reported without condemnation, stay with the reporter.
      if (isQuotedOrReported(doc, span) && r.target?.kind === 'self') return;
      // Generic advice ("If you lied on the form, you could be prosecuted") accuses nobody.
      if (r.target?.kind === 'second-person' && !r.target.addressee && /\b(?:if|when|unless|whether|anyone who|whoever)\b[^.!?]{0,60}$/i.test(doc.text.slice(sent.start, start))) return;
      let sev = severityFor(doc, r);
      if (!sev) return;
      // In the pre-election period a false statement about a candidate's character is a further offence
      // (s.106 RPA 1983): a hedge about a councillor or candidate no longer lowers the severity.
      const candidate = r.target?.role === 'member' || /\bcandidate/i.test(r.target?.text ?? '');
      const electionRisk = candidate && electionPeriod(doc).active;
      if (ALWAYS_STOP.test(word)) sev = 'stop';
      else if (hedgeIn(doc, span) && !electionRisk) sev = lower(sev);
      hits.push({ start, end, severity: sev, vars: { target: r.target?.kind === 'second-person' ? 'the person you are replying to' : r.text, word } });
    };
    for (const m of matchSkeleton(doc, LABEL)) consider(m.start, m.end, true);
    for (const m of matchSkeleton(doc, ACT)) consider(m.start, m.end, false);
    return hits;
  },
});

import { defineRule } from '../define';
import type { Hit, Severity } from '../types';
import { inQuoteCondemnFrame, QUOTE_CONDEMN_MESSAGE } from '../shared/frames';
import { lexicon, mayHaveSexualEmoji, SEXUAL_EMOJI_RE, type Unit } from '../shared/lexicon';
import { SECOND_PERSON, sentenceUnits, streamOf } from '../shared/lexicon/conduct';
import { literalSense, slurHits } from '../hate-discrimination/slur';

/**
 * R02. Strong and moderate profanity from the tiered lexicon (mild British words never flag), through
 * leetspeak, masking (f***ing, c**t), spacing, invisible characters and look-alike letters, on whole
 * words of the original text (Penistone, Scunthorpe, Dick Turpin stay quiet). Stop when strong
 * profanity is aimed at a person or the content is sexually explicit; info only when quoted to condemn.
 */

// Aimed at a person: "you …", "… you", "stfu", "is a total c**t", "@name …".
const AT_PERSON_BEFORE = /(?:^| )(?:you|you're|youre|ur|u|ya|your|yer|is an?|are|was an?|he's an?|she's an?|such an?|you an?|you absolute|you total|you utter)(?: \S+){0,3} $/;
const AT_PERSON_AFTER = /^ (?:you|u|ya|yourself|off|him|her|them|like you)(?: |$)/;
const DIRECTED_TERMS = new Set(['stfu', 'gtfo', 'fuck off', 'fuckwit', 'cunt', 'wanker', 'twat', 'cunt', 'bellend', 'motherfucker', 'fuckwit', 'fuckface', 'fuckhead', 'cocksucker', 'prick', 'dickhead', 'bastard', 'arsehole', 'asshole', 'tosser', 'knobhead', 'bitch']);

export default defineRule({
  id: 'abuse/obscene-or-profane',
  family: 'abuse',
  title: 'Obscene or strongly profane language',
  severity: 'warn',
  sets: ['core-legal'],
  lists: { uses: ['place-name allowlist (shipped)'], withoutThem: 'generic-cues' },
  policy: [
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (7) Malicious and obscene communications', quote: 'It is a criminal offence to publish anything that people would consider malicious or obscene communications.' },
    { file: '002_0356de40dc76b657.txt', section: "1.1 General ‘Dos and Don’ts’ for Social Media — Don't", quote: "don't post any message on social media that you wouldn't happily say in a public meeting." },
    { file: '000_02512859952f4825.txt', section: 'Your responsibility when using social media', quote: 'Hate and harassment can be criminal or non-criminal and include offensive comments or images on social media or text messages.' },
  ],
  message:
    '{lead}This post contains strong language. Would you say it at a public meeting? Consider rewording. Obscene messages can also break the law on malicious communications.',
  action: 'Reword without the strong language.',
  examples: {
    trigger: [
      { text: "Absolute f***ing joke that the potholes on Doncaster Road still aren't fixed.", source: 'catalog R02 #1', severity: 'warn' },
      { text: '@GrimeyLad stfu, you know nothing about this ward', context: { kind: 'reply' }, source: 'catalog R02 #2', severity: 'stop' },
      { text: 'What a shitshow of a council meeting tonight.', source: 'catalog R02 #3', severity: 'warn' },
      { text: 'Whoever dumped this mattress on Wood Lane is a total c**t.', source: 'catalog R02 #4', severity: 'stop' },
      { text: 'Bollocks. Complete and utter bollocks.', context: { kind: 'reply' }, source: 'catalog R02 #5', severity: 'warn' },
      { text: 'Whoever dumped this mattress on Wood Lane is a total cunt.', source: 'catalog R02 #4 (unmasked)', severity: 'stop' },
      { text: 'What a f\u200Ducking mess the roadworks are.', severity: 'warn' },
      { text: 'ｆｕｃｋ the lot of them', severity: 'warn' },
      { text: 'Sh1t service from the bus company again.', severity: 'warn' },
      { text: 'Send nudes 🍆💦', severity: 'stop' },
    ],
    quiet: [
      { text: 'Great turnout at the Penistone Show today — well done to all the volunteers!', source: 'catalog R02 #1' },
      { text: 'Scunthorpe and Cockermouth have both trialled the same recycling scheme.', source: 'catalog R02 #2' },
      { text: 'Bloody freezing at the Remembrance parade this morning but a proud moment.', source: 'catalog R02 #3' },
      { text: "The assessment of the cocktail bar's licence application is on next week's agenda.", source: 'catalog R02 #4' },
      { text: "A resident messaged me calling me a 'f***ing disgrace'. It's been reported to the police.", source: 'catalog R02 #5', allowInfo: true },
      { text: 'Dick Turpin night at the Clitheroe museum, then a Kung Fu demo in Middlesex and Essex.' },
      { text: 'Thanks to Mr Butt, Mrs Shufflebottom and Cllr Cockburn for the Shitterton twinning visit.' },
      { text: 'Damn, the crap weather ruined the gala. Bugger.' },
      { text: 'The analysis of the Sussex pilot is published today.' },
    ],
  },
  detect(doc) {
    const lex = lexicon(doc);
    const maybeEmoji = mayHaveSexualEmoji(doc.text);
    if (!lex.has.has('profanity') && !(maybeEmoji && SEXUAL_EMOJI_RE.test(doc.text))) return [];
    const hits: Hit[] = [];
    let slurUnits: Set<Unit> | undefined;
    for (let i = 0; i < lex.units.length; i++) {
      const u = lex.units[i];
      if (u.senses.length === 0) continue;
      const prof = u.senses.filter((s) => s.kind === 'profanity' && s.tier !== 'mild');
      if (prof.length === 0) continue;
      slurUnits ??= new Set(slurHits(doc).map((h) => h.unit));
      if (slurUnits.has(u)) continue;
      // Words with an everyday sense nearby ("a fag and a pint", "ho ho ho", "the bitch and her pups").
      if (/^(?:fag|fags|faggot|faggots|bitch|bitches|hoe|hoes)$/.test(u.word)) {
        const [sa, sb] = sentenceUnits(lex, i);
        if (literalSense(u.word, streamOf(lex, sa, sb))) continue;
      }
      const strong = prof.some((s) => s.tier === 'strong');
      const sexual = prof.some((s) => s.tier === 'sexual');
      if (inQuoteCondemnFrame(doc, u)) {
        hits.push({ start: u.start, end: u.end, severity: 'info', vars: { lead: QUOTE_CONDEMN_MESSAGE + ' ' } });
        continue;
      }
      let severity: Severity = 'warn';
      if (sexual) severity = 'stop';
      else if (strong || prof.some((s) => DIRECTED_TERMS.has(s.term))) {
        const [a, b] = sentenceUnits(lex, i);
        const before = streamOf(lex, a, i - 1);
        const after = streamOf(lex, i + 1, b);
        const shut = prof.some((s) => s.term === 'stfu' || s.term === 'gtfo');
        // A noun of abuse ("is a total c**t", "you wanker") or "f*** you / off" aimed at someone stops;
        // an intensifier ("f***ing brilliant", "what a f***ing mess") only warns.
        const noun = prof.some((s) => DIRECTED_TERMS.has(s.term)) && !/(?:ing|in|ed)$/.test(u.word);
        const atYou = AT_PERSON_AFTER.test(after ? ' ' + after : '');
        const atPerson = AT_PERSON_BEFORE.test(before ? before + ' ' : '') || /(?:^| )@/.test(doc.text.slice(lex.units[a].start, u.start)) || SECOND_PERSON.test(before + ' ' + after);
        if (shut || (noun && (atPerson || atYou)) || (strong && atYou && !/(?:ing|in)$/.test(u.word))) severity = 'stop';
      }
      hits.push({ start: u.start, end: u.end, severity, vars: { lead: '' } });
    }
    const m = maybeEmoji ? SEXUAL_EMOJI_RE.exec(doc.text) : null;
    if (m) hits.push({ start: m.index, end: m.index + m[0].length, severity: 'stop', vars: { lead: '' } });
    return hits;
  },
});

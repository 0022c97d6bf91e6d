import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Span } from '../types';
import { inQuoteCondemnFrame, isNegated, QUOTE_CONDEMN_MESSAGE } from '../shared/frames';
import { NON_PERSON_OBJECT } from './violent-threat';

/**
 * R09. A call to action ("let's", "we should", "someone needs to", "who's with me", a sentence that
 * opens with the verb) together with a criminal act (smash, torch, rip out the planters, slash tyres,
 * drive them out, pay them a visit, take the law into our own hands, refuse to pay council tax) in
 * the same sentence or the next. Lawful routes (petition, consultation, object on the planning
 * portal, peaceful protest, report to 101) and reports of past events ("vandals smashed…") are quiet.
 */

const A = "['’]";
const CRIME =
  /\b(?:let (?:\w+ )?(?:his|her|their|the|your|them|all the|all their|those) (?:\w+ )?tyres down|(?:should|needs?|wants?|ought to|deserves? to) (?:be )?(?:burn(?:t|ed|ing)|torch(?:ed|ing)|petrol[- ]bomb(?:ed|ing)|fire[- ]?bomb(?:ed|ing)) ?(?:down|to the ground|out)?|burn(?:ing)? (?:it|them|the \w+|their \w+|down|the place)|torch(?:ing)?|smash(?:ing)? (?:up |every |all |the |those |them|it|their |his |her )|vandali[sz]\w*|spray[- ]?paint\w*|slash(?:ing)? (?:the |their |his |her |all the )?tyres|trash(?:ing)? (?:the|their|it|them|his|her)\b|loot(?:ing)?|beat (?:them|him|her|em) up|beat up|attack(?:ing)? (?:them|him|her|the|those|any)|drive (?:them|em|the \w+|those \w+) out|run (?:them|em|the \w+|those \w+) (?:out|off)|sort (?:them|him|her|em|(?:the|that|this|those) (?:landlords?|blokes?|man|men|woman|women|lads?|lot|family|councill?ors?|idiots?|thugs?|yobs?|scum|neighbours?|tenants?|dealers?|gangs?)) out(?! (?:with|for) (?:a|the|some))|pay (?:him|her|them|em|the \w+) a visit|take the law into (?:our|your|their|my) own hands|(?:refuse|refusing) to pay (?:\w+ )?council tax|(?:don['’]?t|do not|stop|not|never) pay(?:ing)? (?:your |their |our |the |any )?council tax|rip (?:\w+ ){0,3}(?:out|up|down)|pull (?:\w+ ){0,3}(?:out|up|down)|tear (?:\w+ ){0,3}down|dig (?:\w+ ){0,2}up|set (?:fire to|\w+ on fire|alight)|petrol bomb|fire ?bomb|break in(?:to)?|storm (?:the|their)|kick (?:the |their )?doors? in|egg (?:his|her|their) (?:house|car)|brick (?:the|their|his|her) windows|deface|block (?:the|their) (?:road|access|entrance|drive)|chase (?:them|em|those \w+) out|glue (?:the|their) locks|cut (?:the|their) (?:locks|fences?|cables?|chains?))/i;
const CALL =
  /(?:^|[.!?]\s+|\n)\s*(?:let['’]?s|lets|let us|just|everyone|everybody|someone|somebody|time to|go(?: down| round| over)?(?: there)? and)\b|\b(?:we|you|someone|somebody|everyone|everybody|people|residents|y['’]?all|you lot|anyone|the lads|the community)\s+(?:should|needs? to|must|ought to|have to|has to|gotta|got to|need|will|['’]ll|are going to|gonna|can)\b|\bwe['’]ll\b|\bgo (?:down|round|over)(?: there)? and\b|\blet['’]?s\b|\b(?:should|needs?|wants?|ought to|deserves? to) (?:be )?(?:burn(?:t|ed|ing)|torch(?:ed|ing)|petrol[- ]bomb(?:ed|ing)|fire[- ]?bomb(?:ed|ing))\b|\bwho['’]?s with me\b|\bit['’]?s time (?:we|to)\b|\bwhy don['’]?t we\b|\bhow about we\b/i;
const IMPERATIVE =
  /(?:^|[.!?]\s+|\n)\s*(?:just\s+)?(?:let (?:\w+ )?(?:his|her|their|the|your|them|all the|all their|those) (?:\w+ )?tyres|smash|burn|torch|rip|pull|trash|loot|attack|slash|spray|vandalise|vandalize|wreck|destroy|block|kick|storm|deface|egg|brick|firebomb|set fire|tear|dig|drive|chase|refuse|sort)\b/i;
const LAWFUL =
  /\b(?:petition|consultation|object(?:ion)? (?:on|via|to|through)|planning portal|peaceful(?:ly)?|lawful(?:ly)?|legally|write to (?:your|the) mp|email (?:your|the)|report (?:it|this|them|any|anything)? ?(?:to|on|via)|call 101|ring 101|contact the police|don['’]?t approach|bring placards|not trouble|vote|ballot|complain(?:t)? (?:to|via))\b/i;
const PAST = /\b(?:vandals?|someone|somebody|they|thieves|yobs)\s+(?:have\s+|has\s+)?(?:smashed|torched|burnt|burned|trashed|ripped|pulled|vandalised|vandalized|sprayed|slashed|looted|broke|attacked|dug|tore)\b/i;
const QUICK = /tyre|burn|torch|smash|vandal|spray|slash|trash|loot|beat|attack|drive|run|sort|pay|law|council tax|rip|pull|tear|dig|fire|bomb|break|storm|kick|egg|brick|deface|block|chase|glue|cut/i;

export function incitementHits(doc: TextDoc): { span: Span; info: boolean }[] {
  return doc.memo('threats/incitement', () => {
    const t = doc.text;
    const out: { span: Span; info: boolean }[] = [];
    // CRIME first: it costs no more than QUICK and matches far fewer drafts (8 of 200 against 54).
    if (!CRIME.test(t) || !QUICK.test(t)) return out;
    const sents = doc.sentences;
    for (let i = 0; i < sents.length; i++) {
      const s = sents[i];
      const text = t.slice(s.start, s.end);
      const m = CRIME.exec(text);
      if (!m) continue;
      // "Attack the backlog", "smash the target", "cut the budget": a verb of violence aimed at work,
      // money or a problem is never a crime.
      const verb = /^(?:attack(?:ing)?|smash(?:ing)?|cut|trash(?:ing)?|beat)\b/i.exec(m[0]);
      if (verb && NON_PERSON_OBJECT.test(text.slice(m.index + verb[0].length, m.index + verb[0].length + 80))) continue;
      if (LAWFUL.test(text) || PAST.test(text)) continue;
      const prev = i > 0 ? t.slice(sents[i - 1].start, sents[i - 1].end) : '';
      const next = i + 1 < sents.length ? t.slice(sents[i + 1].start, sents[i + 1].end) : '';
      const called = CALL.test(text) || IMPERATIVE.test(text) || (/\bwho['’]?s with me\b|\blet['’]?s do (?:it|this)\b/i.test(next)) || /\b(?:let['’]?s|we should|someone should)\b[^.!?]{0,30}$/i.test(prev);
      if (!called) continue;
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      if (isNegated(doc, span) && !/pay/i.test(m[0])) continue;
      out.push({ span, info: inQuoteCondemnFrame(doc, span) });
    }
    return out;
  });
}

export default defineRule({
  id: 'threats-incitement/incitement-to-crime',
  family: 'threats-incitement',
  title: 'Encouraging others to break the law',
  severity: 'stop',
  sets: ['core-legal'],
  policy: [
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (5) Incitement', quote: 'It is an offence to incite any criminal act.' },
    { file: '000_02512859952f4825.txt', section: 'No place for hate in Barnsley', quote: 'We do not accept content that is defamatory, slanderous, discriminatory, inciting or intimidatory behaviour' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '2. Purpose', quote: 'Civil or criminal action relating to breaches of legislation.' },
  ],
  message:
    '{lead}This could be read as encouraging people to break the law, which is itself an offence. If you want to rally support, point people to lawful routes like a petition, the consultation or a peaceful protest.',
  action: 'Point people to lawful routes: a petition, the consultation or a peaceful protest.',
  examples: {
    trigger: [
      { text: "Those LTN planters went in overnight — let's go down tonight and rip the lot out.", source: 'catalog R09 #1', severity: 'stop' },
      { text: "Somebody needs to pay them a visit and sort them out since the police won't.", source: 'catalog R09 #2', severity: 'stop' },
      { text: "If the council won't move the encampment, we'll drive them out ourselves. Who's with me?", source: 'catalog R09 #3', severity: 'stop' },
      { text: 'Everyone should just refuse to pay their council tax until they fix the roads.', source: 'catalog R09 #4', severity: 'stop' },
      { text: 'Smash every one of those speed cameras on the A628.', source: 'catalog R09 #5', severity: 'stop' },
      { text: "We should go round there and slash their tyres, see how they like it.", severity: 'stop' },
      { text: 'Someone should let all his tyres down while he is in the meeting.', severity: 'stop' },
      { text: 'That empty hotel wants burning to the ground.', severity: 'stop' },
      { text: 'Somebody needs to sort that landlord out properly.', severity: 'stop' },
    ],
    quiet: [
      { text: 'Peaceful protest outside the town hall at 6pm Thursday — bring placards, not trouble.', source: 'catalog R09 #1' },
      { text: 'Residents can object to the application on the planning portal until 14 June.', source: 'catalog R09 #2' },
      { text: 'Vandals smashed the bus shelter on Market Street last night. If you saw anything, please call 101.', source: 'catalog R09 #3' },
      { text: 'Write to your MP and sign the petition to save the library.', source: 'catalog R09 #4' },
      { text: "Please report fly-tipping on the council website — don't approach anyone.", source: 'catalog R09 #5' },
      { text: 'The contractors will dig up the old pipes on Church Street from Monday.' },
      { text: 'We have to attack the repairs backlog head on this winter.' },
      { text: "Let's sort the parking on Chapel Lane out once and for all." },
      { text: "Let's smash the 2030 recycling target together." },
      { text: 'You should attack the proposal at committee, the traffic figures are weak.' },
      { text: "Let's attack the waiting list for disabled adaptations together." },
      { text: 'The old depot should be knocked down and the site used for affordable housing.' },
    ],
  },
  // Every hit is a CRIME match on the typed text: one word (or word beginning, where CRIME reads on into a longer word) of each of its alternatives,
  // the rarer where an alternative has a choice: "tax" of "council tax", "alight" (or "fire") of "set alight", what is cut ("cut the locks").
  cues: {
    words: [
      'tyres', 'beat', 'drive', 'run', 'sort', 'pay', 'law', 'rip', 'pull', 'tear', 'dig', 'petrol', 'break', 'storm', 'kick',
      'egg', 'brick', 'block', 'chase', 'glue',
    ],
    prefixes: ['burn', 'torch', 'fire', 'smash', 'vandali', 'spray', 'slash', 'trash', 'loot', 'attack', 'deface', 'tax', 'alight', 'locks', 'fence', 'cable', 'chain'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const h of incitementHits(doc)) hits.push(h.info ? { ...h.span, severity: 'info', vars: { lead: QUOTE_CONDEMN_MESSAGE + ' ' } } : { ...h.span, vars: { lead: '' } });
    return hits;
  },
});

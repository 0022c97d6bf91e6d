import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit } from '../types';
import { inQuoteCondemnFrame, QUOTE_CONDEMN_MESSAGE } from '../shared/frames';
import { lexicon, type Unit } from '../shared/lexicon';
import { sentenceUnits, streamOf } from '../shared/lexicon/conduct';

/**
 * R04. A slur from the curated lexicon (rules/shared/lexicon/slurs.ts), found through leetspeak,
 * masking, spacing and look-alike letters. Words that are also ordinary or reclaimed ("queer",
 * "dyke", "bitch", "fag", "cripple") count only in a slur construction. Reclaimed in-group use
 * ("my niggas", "as a queer person") and quoting to condemn (§1.4) are not findings here.
 */

// A slur construction around a framed word (FSLUR in the stream).
const FRAME_BEFORE =
  /(?:^| )(?:(?:you|you're|youre|ur|u)(?: are| r)?(?: \S+){0,3}|(?:is|was|'s|are|were|he's|she's)(?: just| such| nothing but| only| a real| a right)? an?|(?:those|these|them|dirty|filthy|bloody|fucking|PROF)(?: \S+){0,2}|typical|bunch of|load of|lot of|another(?: \S+)?|too many|these|those|them|dirty|filthy|stupid|fucking|PROF|HADJ|INSA|DEHUM|nothing but an?|just an?|such an?|like an?|what an?|bloody|thick|little|fat|ugly|old|lazy|scrounging|f\w+ing|all)(?: an?)? $/;
const FRAME_AFTER =
  /^ (?:like (?:you|him|her|them|that)|behaviou?r|nonsense|agenda|lobby|(?:just )?(?:can't|cannot|cant) help|(?:are|is|r) (?:all )?(?:\S+ )?(?:HADJ|DEHUM|INS|INSA|PROF)|should|need to|must|deserve|everywhere|in this country|go home|get out|scum|filth|PROF)/;

// In-group, reclaimed or self use: "my niggas", "as a queer person", "I love being a faggot", "a bitch like me".
const SELF_BEFORE = /(?:^| )(?:my|our|as an?|i'm|im|i am|being an?|we're|we are|we|us|fellow|proud|myself|ourselves|this|real|i'm that|i'm the)(?: \S+){0,2} $/;
const SELF_AFTER = /^ (?:like me|like us|myself|here|pride|history|film|arts|studies|theory|community|liberation|rights|club|night|collective|network|people|person|folk|identity|icon)/;
// Talking about the word: "the word 'X'", "the term X", "X is a slur".
const MENTION = /(?:^| )(?:the (?:word|term|phrase|slur|insult|n word)|called it|spell(?:ed|ing)?) $/;

/** Words that show the everyday sense of a framed word: a dog's "bitch", a "fag" you smoke, "faggots" you eat, a "dyke" by the sea. */
const W = (words: string) => new RegExp(`(?:^| )(?:${words})(?= |$)`);
const FOOD = 'dinner|tea|lunch|butcher|butchers|cooked|cook|ate|eat|eating|delicious|fried|pan|meatballs?|gravy|peas|onion|recipe|cheese|snacks?|stale|packet|tin|crispy|biscuits?|crumbs|christmas|xmas|box of|pull|pulled|jokes?|crayons|animal|parched';
/** Words that show the everyday sense of a word that is also a slur, by word: a dog's "bitch", a "fag" you smoke, "faggots" you eat, a "dyke" by the sea. */
const LITERAL_BY_WORD: [RegExp, RegExp][] = [
  [/^(?:bitch|bitches)$/, W('dog|dogs|puppy|puppies|litter|kennel|breeder|pedigree|crufts|whelped|her pups|pups')],
  [/^(?:fag|fags)$/, W('cigarette|cigarettes|fags and|smoke|smoking|lighter|pint|ciggie|fag break|rollie|ashtray|packet|end|ends')],
  [/^(?:faggot|faggots)$/, W(FOOD)],
  [/^(?:cracker|crackers)$/, W(FOOD)],
  [/^(?:dyke|dykes)$/, W('wall|walls|flood|floods|sea|embankment|river|drain|drainage|dutch|ditch|fens?')],
  [/^(?:hoe|hoes)$/, W('garden|gardening|vegetable|weeding|hoeing|rake|spade|allotment|soil|tool|tools|shed')],
  [/^(?:chink|chinks)$/, W('armour|light|curtains?|door|gap|glasses|clink')],
  [/^(?:pansy|pansies|fairy|fairies)$/, W('flowers?|garden|bedding|planting|lights|cakes?|tooth|tale|tales|godmother|panto')],
  [/^(?:spade|spades)$/, W('garden|dig|digging|shovel|bucket|cards?|hearts|diamonds|clubs|call a spade')],
  [/^(?:bender|benders)$/, W('drinking|pub crawl|pints?|stag|hangover|on a')],
  [/^(?:coon|coons)$/, W('raccoons?|hunting|cheese|dogs?|hound')],
];
/** Does the sentence show the everyday sense of this word? */
export function literalSense(word: string, sentence: string): boolean {
  for (const [w, ctx] of LITERAL_BY_WORD) if (w.test(word)) return ctx.test(sentence);
  return false;
}

export function slurHits(doc: TextDoc): { unit: Unit; index: number; info: boolean }[] {
  return doc.memo('hate/slur-hits', () => {
    const lex = lexicon(doc);
    const out: { unit: Unit; index: number; info: boolean }[] = [];
    if (!lex.has.has('slur')) return out;
    for (let i = 0; i < lex.units.length; i++) {
      const u = lex.units[i];
      const slur = u.senses.find((s) => s.kind === 'slur');
      if (!slur || u.senses.some((s) => s.kind === 'group')) continue;
      const [a, b] = sentenceUnits(lex, i);
      const before = streamOf(lex, a, i - 1);
      const after = streamOf(lex, i + 1, b);
      const b1 = before ? before + ' ' : '';
      const a1 = after ? ' ' + after : '';
      if (MENTION.test(b1)) continue;
      if (SELF_BEFORE.test(b1) || SELF_AFTER.test(a1)) continue;
      if (slur.framed && !(FRAME_BEFORE.test(b1) || FRAME_AFTER.test(a1) || (a === i && /^ (?:just|are|r|all|always|never|can't|cannot)\b/.test(a1)) || b1 === '' && a1 === '')) continue;
      // "bitch" about a dog, a "fag" you smoke: framed words with an obvious literal sense nearby.
      if (literalSense(u.word, streamOf(lex, a, b))) continue;
      const info = inQuoteCondemnFrame(doc, u);
      out.push({ unit: u, index: i, info });
    }
    return out;
  });
}

export default defineRule({
  id: 'hate-discrimination/slur',
  family: 'hate-discrimination',
  title: 'Slur against a protected group',
  severity: 'stop',
  sets: ['core-legal'],
  policy: [
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (6) Discrimination and ‘protected characteristics’', quote: 'It is an offence to discriminate against anyone based on protected characteristics (as defined in the Equality Act 2010).' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Rules of engagement', quote: 'Rule 3: Posts should not contain any form of discrimination – including racism, sexism, ageism, ableism, homophobia, transphobia or religious intolerance.' },
    { file: '000_02512859952f4825.txt', section: 'Unacceptable content directed at our elected members', quote: "we'll not tolerate any violent or aggressive behaviour, discriminatory or hate crime comments" },
    { file: '000_02512859952f4825.txt', section: 'No place for hate in Barnsley', quote: 'We do not accept content that is defamatory, slanderous, discriminatory, inciting or intimidatory behaviour' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: "Don't send or post inappropriate, abusive, bullying, racist or defamatory messages" },
  ],
  message:
    "{lead}This post contains a term widely regarded as a slur against a protected group. Posting it could be a hate-crime or Code of Conduct matter. Please remove it. If you're quoting abuse you received, consider screenshotting and reporting it instead.",
  action: 'Remove the slur. If you are quoting abuse you received, screenshot and report it instead.',
  examples: {
    trigger: [
      { text: 'Another load of p*keys have set up on the rec — council needs to shift them.', source: 'catalog R04 #1', severity: 'stop' },
      { text: "Don't let that r3tard near the planning committee.", source: 'catalog R04 #2', severity: 'stop' },
      { text: 'Typical tr*nny nonsense being pushed in our schools again.', source: 'catalog R04 #3', severity: 'stop' },
      { text: 'Bunch of p.a.k.i.s running all the takeaway licences now.', source: 'catalog R04 #4', severity: 'stop' },
      { text: 'Another load of pikeys have set up on the rec — council needs to shift them.', source: 'catalog R04 #1 (unmasked)', severity: 'stop' },
      { text: 'Typical tranny nonsense being pushed in our schools again.', source: 'catalog R04 #3 (unmasked)', severity: 'stop' },
      { text: 'Bunch of pakis running all the takeaway licences now.', source: 'catalog R04 #4 (unmasked)', severity: 'stop' },
      { text: 'The gyppos are back on Park Road, lock up your sheds.', severity: 'stop' },
      { text: 'Ｒｅｔａｒｄ of a councillor, honestly.', severity: 'stop' },
      { text: 'You are nothing but a d y k e.', severity: 'stop' },
    ],
    quiet: [
      { text: 'The council has a statutory duty to assess the accommodation needs of Gypsies and Travellers.', source: 'catalog R04 #1' },
      { text: 'Pride in Barnsley this weekend — proud to support our LGBTQ+ residents!', source: 'catalog R04 #2' },
      { text: "I received a message calling me a 'p*ki'. I've reported it to South Yorkshire Police — there's no place for hate here.", source: 'catalog R04 #3', allowInfo: true },
      { text: 'Queer Film Night at the Civic on Friday, organised by the Queer Arts Collective.', source: 'catalog R04 #4' },
      { text: 'The unauthorised encampment on Park Road has been reported to enforcement.', source: 'catalog R04 #5' },
      { text: "I received a message calling me a 'paki'. I've reported it to South Yorkshire Police — there's no place for hate here.", source: 'catalog R04 #3 (unmasked)', allowInfo: true },
      { text: 'The flood dykes along the Dearne need inspecting after the storm.' },
      { text: 'Popped out for a fag and a pint after the ward surgery.' },
      { text: 'Our new Spanish water dog had a litter: the bitch and pups are doing well.' },
      { text: 'There is a chink in the armour of the budget plan.' },
    ],
  },
  detect(doc) {
    const lex = lexicon(doc);
    if (!lex.has.has('slur')) return [];
    const hits: Hit[] = [];
    for (const h of slurHits(doc)) {
      hits.push(h.info ? { start: h.unit.start, end: h.unit.end, severity: 'info', vars: { lead: QUOTE_CONDEMN_MESSAGE + ' ' } } : { start: h.unit.start, end: h.unit.end, vars: { lead: '' } });
    }
    return hits;
  },
});

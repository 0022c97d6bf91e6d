import { defineGate, gate } from '../cues';
import { defineRule } from '../define';
import { sentenceOf } from '../shared/children';
import type { TextDoc } from '../doc';
import type { Hit, Span } from '../types';

/**
 * Without a location chip, the draft must have one of these phrases (those of the former single pre-test
 * /\b(?:i['’]?m|i am|…|going to)\b/i), each tested only when the draft has one of its words (and one of
 * `also` when given): see hasGatePhrase.
 */
const GATE_PHRASES: [words: string, prefixes: string, re: RegExp, also?: string][] = [
  ['im am were are', '', /\b(?:i['’]?m|i am|we['’]re|we are)\b/i],
  ['currently sat sitting stood having enjoying walking cycling driving jogging heading flying jetting away every each stuck nobody', 'queu', /\b(?:currently|sat|sitting|stood|having|enjoying|walking|cycling|driving|jogging|heading|flying|jetting|away|every|each|queu\w*|stuck|nobody)\b/i],
  ['alone own', '', /\b(?:home alone|on my own)\b/i],
  ['just', '', /\bjust me\b/i],
  ['now', '', /\bright now\b/i],
  ['just', '', /\bjust (?:arrived|got|landed|rocked|pulled)\b/i],
  ['out', '', /\bout for\b/i],
  ['way', '', /\bon (?:my|our) way\b/i],
  ['off', '', /\boff to\b/i],
  ['holiday', '', /\bon holiday\b/i],
  ['usual daily morning evening regular nightly', '', /\bmy (?:usual|daily|morning|evening|regular|nightly)\b/i, 'my'],
  ['am pm', '', /\b\d\s?(?:am|pm) (?:run|walk|jog|swim)\b/i, 'run walk jog swim'],
  ['empty', '', /\b(?:house|home) (?:is |will be )?empty\b/i],
  ['ill well will', '', /\b(?:i['’]ll be|we['’]ll be|i will be)\b/i, 'be'],
  ['going', '', /\bgoing to\b/i],
];

// A place: "the Spencer Arms", "Worsbrough reservoir", "the gym".
const GENERIC_PLACE = String.raw`(?:gym|pub|local|park|club|beach|pool|baths|leisure centre|reservoir|woods?|shops|supermarket|station|airport|caf[eé]|restaurant|bar|chippy|garden centre|canal|countryside|allotment|football|match|cinema|theatre|spa|golf (?:club|course)|races|bingo|hairdressers?|barbers?|dentist)`;
const NAMED_PLACE = String.raw`(?:the\s)?[A-Z][\w'’&-]{1,25}(?:\s(?:[A-Z][\w'’&-]{1,25}|on|in|of|the|upon|de|la)){0,4}`;
const PLACE = String.raw`(?:(?:the|my|our)\s(?:local\s)?${GENERIC_PLACE}\b|${GENERIC_PLACE}\b|${NAMED_PLACE})`;

// Happening now, somewhere named.
const NOW_STRONG =
  String.raw`\b(?:(?:currently|right now)(?= (?:at|in|on|outside|inside|by) )|just (?:arrived|got here|got to|got in to|landed|rocked up|pulled up)|sat|sitting|stood|standing|having (?:a |my |our |some )?(?:quiet |quick |cheeky |lovely |swift |late |early |proper )?(?:pint|drink|coffee|brew|cuppa|meal|bite|lunch|dinner|breakfast|brunch|tea|swim|walk|wander|run|jog|drive|picnic)|enjoying (?:a|the|my|some|an)|out (?:for (?:a|my|our) (?:[a-z]{3,12} )?(?:walk|run|jog|ride|cycle|swim|drink|pint|meal|coffee|bite|stroll|wander|lunch|dinner|breakfast|brunch)|walking|running|shopping|jogging|cycling)|walking the dog|(?:walking|cycling|driving|jogging) (?:home|back)|heading (?:home|back|out|over|down|up|to|into)|on (?:my|our) way (?:to|home|back|into)|stuck (?:in|at|on)|queu(?:e|ing) (?:at|in|for|outside))\b`;
const NOW = new RegExp(NOW_STRONG, 'gi');
/** After a "now" verb: a preposition and a place, within 60 characters (case-sensitive: the place is capitalised or generic). */
const NOW_TAIL = new RegExp(String.raw`^[^.!?\n]{0,40}?\b(?:at|in|on|round|around|by|near|outside|inside|along|through|up|down|to|into|from)\s${PLACE}`);
// "I'm at the Spencer Arms", "we're in the pub": a weaker verb, so only "at …" or a generic place "in the …".
const AT = /(?<!\bhow \w{1,12} |\bwhat )\b(?:I['’]?m|I am|we['’]re|we are)\s(?:now\s|currently\s|just\s|still\s)?(?=at\s|in\s)/gi;
const AT_TAIL = new RegExp(String.raw`^(?:at\s(?!home\b|a loss|an? (?:end|loss)|odds|pains|risk|work\b|least|the moment|this (?:stage|point|time))${PLACE}|in\s(?:the|my|our)\s(?:local\s)?${GENERIC_PLACE}\b)`);
// Routines: "my usual 6am run round…", "every morning I walk the dog on…" — with a place to find you.
const ROUTINE =
  /\bmy (?:usual|daily|morning|evening|regular|nightly|weekly|early) (?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm) )?(?:run|walk|jog|swim|cycle|ride|dog walk|stroll|commute|route|spot|table|seat|pint|coffee)\b|\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm) (?:run|walk|jog|swim|cycle)\b|\b(?:every|each) (?:morning|evening|night|day|weekday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.!?\n]{0,40}?\b(?:I|we)\b[^.!?\n]{0,40}?\b(?:walk|run|jog|swim|cycle|go|head|take)\b/gi;
const ROUTINE_TAIL = new RegExp(String.raw`^[^.!?\n]{0,50}?\b(?:at|in|on|round|around|along|through|to|by|past)\s${PLACE}`);
/** A subject right before a real-time phrase that is not the member: the post is about other people. */
const OTHER_SUBJECT = /\b(?:you|yourself|yourselves|your \w+|he|she|they|who|people|residents|children|kids|pupils|students|families|parents|drivers|cyclists|walkers|dog walkers|joggers|runners|youngsters|teenagers|teens|lads|girls|boys|neighbours|visitors|shoppers|everyone|anyone|someone|somebody|those|others|staff|volunteers|officers)(?:\s+(?:are|were|is|was|keep|often|still|seen|spotted))?\s+$/i;
// An empty home: away for a stretch (or the member alone in it).
const EMPTY_HOME =
  /\b(?:off to|flying (?:to|out to|off to)|jetting off to|heading off to|away (?:in|to))\s[^.!?\n]{0,40}?\bfor (?:a |two |three |four |\d{1,2} |the |ten |few )?(?:weeks?|fortnight|month|days|nights|week)\b|\bon holiday (?:until|till|for|from)\b|\baway (?:until|till|for (?:a|two|three|\d{1,2}|the|ten) (?:weeks?|fortnight|days|month|nights))\b|\b(?:house|home) (?:is |will be )?empty\b|\bnobody(?:['’]s| is| will be)? (?:home|in the house)\b|\bout of the country (?:until|till|for)\b|\b(?:I['’]m|I am|it['’]s just me)\s(?:home alone|(?:all )?on my own (?:in|at) (?:the|my) (?:house|home|flat))\b|\bjust me (?:rattling )?(?:round|around|in|at) (?:the|my) (?:house|home|flat)\b/gi;
// Future plans to be somewhere: a nudge only.
const FUTURE = /\b(?:I['’]ll be|I will be|we['’]ll be|we will be|I['’]m going to|we['’]re going to|I['’]m off to|we['’]re off to|heading to|off to)\s(?:be\s)?/gi;
const FUTURE_TAIL = new RegExp(String.raw`^(?:at|in|to|down|up)?\s?${PLACE}[^.!?\n]{0,60}?\b(?:tomorrow|tonight|later|this (?:weekend|evening|afternoon)|next week|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b`);

// Gates (rules/cues.ts): the words every match of a signal holds, so each pattern runs only on drafts that may hold it
// (most drafts have "now", "out" or "we", few have "out" with a walk or a pint). `[a, b]`: a word of each.
const words = (name: string, ws: string) => defineGate(`whereabouts/${name}`, { words: ws.split(' ') });
const G_ACTIVITY = words('activity', 'pint drink coffee brew cuppa meal bite lunch dinner breakfast brunch tea swim walk wander run jog drive picnic ride cycle stroll walking running shopping jogging cycling');
/** EMPTY_HOME: "on holiday until", "away for two weeks", "house is empty", "nobody home", "out of the country for"; "off to … for a fortnight". */
const EMPTY_HOME_GATES = { any: words('empty-home', 'holiday away empty nobody country alone'), both: [words('off', 'off flying'), words('stretch', 'week weeks fortnight month days nights')] } as const;
/** Alone at home: "on my own in the house", "just me in the house". */
const ALONE_GATES = [words('alone-own', 'own just'), words('alone-home', 'house home flat')] as const;
/** NOW: "currently at", "right now at", "just arrived", "sat", "having a pint", "out for a walk", "heading home", "on my way to", "queuing at". */
const NOW_GATES = {
  any: words('now', 'currently sat sitting stood standing enjoying walking cycling driving jogging heading way stuck queue queuing'),
  both: [
    [words('right', 'right'), words('right-now', 'now')],
    [words('just', 'just'), words('arrived', 'arrived got landed rocked pulled')],
    [words('having-out', 'having out'), G_ACTIVITY],
  ],
} as const;
/** AT: "I'm", "I am", "we're", "we are". */
const G_AT = words('at', 'im am were are');
/** ROUTINE: "my usual run", "6am run", "every morning … I walk". */
const ROUTINE_GATES = [words('routine', 'usual daily morning evening regular nightly weekly early am pm every each'), words('routine-activity', 'run walk jog swim cycle ride dog stroll commute route spot table seat pint coffee go head take')] as const;
/** FUTURE: "I'll be", "we will be", "going to", "off to", "heading to" … with a time ("tomorrow", "on Friday"). */
const FUTURE_GATES = [words('future', 'ill will well going off heading'), words('when', 'tomorrow tonight later weekend evening afternoon week monday tuesday wednesday thursday friday saturday sunday')] as const;

const GATE_PARTS = GATE_PHRASES.map(([ws, ps, re, also], i) => ({
  gate: defineGate(`whereabouts/phrase-${i}`, { words: ws.split(' '), prefixes: ps ? [ps] : [] }),
  also: also ? defineGate(`whereabouts/phrase-${i}-also`, { words: also.split(' ') }) : null,
  re,
}));
/** Does the draft have one of GATE_PHRASES? */
function hasGatePhrase(doc: TextDoc): boolean {
  return GATE_PARTS.some((p) => gate(doc, p.gate) && (!p.also || gate(doc, p.also)) && p.re.test(doc.text));
}

// Official business is where the public is meant to find you (004 "outside of official council business").
const OFFICIAL =
  /\b(?:surgery|surgeries|conference|LGA|full council|council meeting|cabinet|committee|scrutiny|the count|count (?:centre|at)|verification|walkabout|ward walk|site visit|official|opening|civic|mayor(?:al|['’]s)?|ceremony|polling station|hustings|consultation|drop-in|public meeting|residents['’]? meeting|community meeting|advertised|open day|presentation|briefing|town hall|assembly|parliament|ward (?:tour|visit|event)|event)\b/i;
// Campaigning with a team.
const TEAM = /\b(?:leafleting|leafletting|canvassing|door[- ]?knocking|on the doors|doorstep(?:ping)?|campaigning|action day|street stall|with the team|with (?:the |our |my )?(?:[A-Z][\w-]{1,20} )?(?:team|volunteers|activists|candidates?|campaigners|members))\b/;
// Already left: "earlier today", "yesterday", "great to visit".
const PAST =
  /\b(?:earlier (?:today|this (?:morning|afternoon|evening|week))|yesterday|last (?:night|week|weekend|month|year|Saturday|Sunday|Friday)|great to (?:visit|see|meet|be|catch up)|lovely to (?:visit|see|meet|be)|visited|was at|were at|went to|got back|back from|returned from|had a (?:great|lovely|brilliant|good) (?:time|day|evening|night))\b/i;

export default defineRule({
  id: 'personal-safety/own-whereabouts',
  family: 'personal-safety',
  title: 'Revealing where you are now, or that your home is empty',
  severity: 'warn',
  sets: ['safety-security'],
  policy: [
    { file: '004_f238b8de7f3077ec.txt', section: 'Handling online abuse', quote: 'do not post information that can allow people to identify your whereabouts outside of official council business.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'Be aware of your own safety when placing information on the internet and do not publish information which could leave you or others vulnerable.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: 'Inappropriate Use of Social Media by Others', quote: 'Be aware of your own safety when placing information on the internet and do not publish information which could leave you vulnerable.' },
  ],
  message:
    "This tells people where you are right now (or that your home is empty). For your safety, consider posting after you've left, or leave out the location.",
  action: "Post it after you've left, or leave out the place.",
  examples: {
    trigger: [
      { text: 'Having a quiet pint at the Spencer Arms in Cawthorne if anyone wants a chat 🍺', severity: 'warn', source: 'catalog R49 #1' },
      { text: 'Off to Tenerife for two weeks tomorrow — emails will be slow!', severity: 'warn', source: 'catalog R49 #2' },
      { text: 'Out for my usual 6am run round Worsbrough reservoir, beautiful morning.', severity: 'warn', source: 'catalog R49 #3' },
      { text: "Queue's out the door!", context: { locationTag: 'Home Bargains, Wombwell' }, severity: 'warn', source: 'catalog R49 #4' },
      { text: "I'm at the Cross Keys till about ten if anyone wants to moan about the bins.", severity: 'warn' },
      { text: 'Sat in the sun at Locke Park with the dog, bliss.', severity: 'warn' },
      { text: "We're on holiday until the 14th so the house is empty — Dave's feeding the cat.", severity: 'warn' },
      { text: "I'll be at the Dove Inn on Friday night for the quiz if anyone fancies it.", severity: 'info' },
      { text: "Kids are at their dad's till Sunday, so it's just me in the house on Elm Grove.", severity: 'warn', settings: {} },
      { text: "I'm on my own in the house till Friday, so the ward surgery moves to the library.", severity: 'warn', settings: {} },
      { text: 'Cycling home along the Trans Pennine Trail as we speak.', severity: 'warn', settings: {} },
    ],
    quiet: [
      { text: 'Children heading home from school need a safe crossing on Park Road.', settings: {} },
      { text: 'Residents walking back from the station say the lights are out on Church Street.', settings: {} },
      { text: 'Home Alone is on telly again tonight, the kids love it.', settings: {} },
      { text: "I'll be at the ward surgery at Athersley library on Saturday 10–12.", source: 'catalog R49 #1' },
      { text: 'Great to visit Cawthorne Village Hall earlier today for the flower show.', source: 'catalog R49 #2' },
      { text: 'Leafleting on Park Road this morning with the team — thanks for the chats!', source: 'catalog R49 #3' },
      { text: "I'm at the count at the Metrodome — results expected around 2am.", source: 'catalog R49 #4' },
      { text: "I'm at a loss to understand why this scheme was approved." },
      { text: 'Lovely Sunday lunch at the Strafford Arms yesterday with the family.' },
      { text: 'What a turnout!', context: { locationTag: 'Barnsley Town Hall' } },
      { text: 'Sitting on the fence is not an option on this budget.' },
      { text: 'Having a think about the consultation responses — more soon.' },
    ],
  },
  // A word of every signal: EMPTY_HOME, NOW, AT ("I'm" reads as "im", "we're" as "were"), ROUTINE ("6am" has "am"),
  // FUTURE ("I'll" is "ill", "we'll" is "well"); a location chip runs the rule whatever the words.
  cues: {
    words: [
      'off', 'flying', 'jetting', 'heading', 'away', 'holiday', 'empty', 'country', 'currently', 'now', 'just', 'sat', 'sitting', 'stood', 'standing',
      'having', 'enjoying', 'out', 'walking', 'way', 'stuck', 'im', 'am', 'were', 'we', 'usual', 'daily', 'morning', 'evening', 'regular', 'nightly',
      'weekly', 'early', 'pm', 'every', 'each', 'ill', 'will', 'well', 'cycling', 'driving', 'jogging', 'alone', 'own',
    ],
    prefixes: ['nobody', 'queu'],
    when: (doc) => typeof doc.context.locationTag === 'string' && doc.context.locationTag.trim() !== '',
  },
  detect(doc) {
    const tag = typeof doc.context.locationTag === 'string' && doc.context.locationTag.trim() !== '' ? doc.context.locationTag : null;
    const emptyHome = gate(doc, EMPTY_HOME_GATES.any) || (gate(doc, EMPTY_HOME_GATES.both[0]) && gate(doc, EMPTY_HOME_GATES.both[1])) || (gate(doc, ALONE_GATES[0]) && gate(doc, ALONE_GATES[1]));
    const now = gate(doc, NOW_GATES.any) || NOW_GATES.both.some(([a, b]) => gate(doc, a) && gate(doc, b));
    const at = gate(doc, G_AT);
    const routine = gate(doc, ROUTINE_GATES[0]) && gate(doc, ROUTINE_GATES[1]);
    const future = gate(doc, FUTURE_GATES[0]) && gate(doc, FUTURE_GATES[1]);
    if (!tag && !(emptyHome || now || at || routine || future)) return [];
    if (!tag && !hasGatePhrase(doc)) return [];
    const text = doc.text;
    const hits: Hit[] = [];
    const add = (s: Span, severity: 'warn' | 'info') => {
      if (s.end <= s.start || hits.length >= 100) return;
      if (!hits.some((h) => h.start < s.end && s.start < h.end)) hits.push({ start: s.start, end: s.end, severity });
    };
    // One answer per sentence: long drafts repeat the question for every signal in it.
    const bySentence = new Map<number, boolean>();
    const deescalated = (s: Span) => {
      const sent = sentenceOf(doc, s.start);
      let v = bySentence.get(sent.start);
      if (v === undefined) {
        const here = text.slice(sent.start, Math.max(sent.end, s.end));
        v = OFFICIAL.test(here) || TEAM.test(here) || PAST.test(here);
        bySentence.set(sent.start, v);
      }
      return v;
    };

    const signals: Span[] = [];
    const pastBySentence = new Map<number, boolean>();
    for (const m of emptyHome ? doc.matchAll(EMPTY_HOME) : []) {
      const s = { start: m.index, end: trimEnd(text, m.index + m[0].length) };
      // An empty home is a risk even on an official trip; "back from two weeks away" is not.
      if (hits.length >= 100) break;
      const sent = sentenceOf(doc, s.start);
      let past = pastBySentence.get(sent.start);
      if (past === undefined) pastBySentence.set(sent.start, (past = PAST.test(sentenceText(doc, s))));
      if (!past) add(s, 'warn');
    }
    for (const [re, tail, may] of [[NOW, NOW_TAIL, now], [AT, AT_TAIL, at]] as const) {
      for (const m of may ? doc.matchAll(re) : []) {
        const from = m.index + m[0].length;
        const t = tail.exec(text.slice(from, from + 160));
        // Somebody else's movements ("Children heading home from school need a crossing", "Kids walking the dog…").
        if (t && re === NOW && OTHER_SUBJECT.test(text.slice(Math.max(sentenceOf(doc, m.index).start, m.index - 40), m.index))) continue;
        if (t) signals.push({ start: m.index, end: trimEnd(text, from + t[0].length) });
      }
    }
    for (const m of routine ? doc.matchAll(ROUTINE) : []) {
      const from = m.index + m[0].length;
      const t = ROUTINE_TAIL.exec(text.slice(from, from + 160));
      if (t) signals.push({ start: m.index, end: trimEnd(text, from + t[0].length) });
    }
    for (const s of signals) {
      if (hits.length >= 100) break;
      if (!deescalated(s)) add(s, 'warn');
    }
    if (hits.length === 0 && future) {
      for (const m of doc.matchAll(FUTURE)) {
        const from = m.index + m[0].length;
        const t = FUTURE_TAIL.exec(text.slice(from, from + 160));
        if (!t) continue;
        const s = { start: m.index, end: trimEnd(text, from + t[0].length) };
        if (!deescalated(s)) add(s, 'info');
      }
    }
    // A check-in chip says where you are now, whatever the words say.
    if (tag && hits.length === 0) {
      const whole = text + ' ' + tag;
      if (!OFFICIAL.test(whole) && !TEAM.test(text) && !PAST.test(text)) {
        const first = doc.sentences[0];
        if (first) add(first, 'warn');
      }
    }
    return hits;
  },
});

function sentenceText(doc: TextDoc, s: Span): string {
  const sent = sentenceOf(doc, s.start);
  return doc.text.slice(sent.start, Math.max(sent.end, s.end));
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /[\s,;:—–-]/.test(text[end - 1])) end--;
  return end;
}

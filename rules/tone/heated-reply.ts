import { defineRule } from '../define';
import type { Hit, Span } from '../types';
import { INSULT_ADJS, INSULT_NOUNS } from '../shared/lexicon/insults';
import { PROFANITY } from '../shared/lexicon/profanity';
import { HEAT_CUES, heatSignals } from './public-meeting-test';

// Argument markers (R41 signals), on the folded text (lower case, straight apostrophes).
const MARKERS =
  /\b(?:for the (?:last|third|fourth|fifth|tenth|hundredth|umpteenth|nth|\d{1,3}(?:st|nd|rd|th)) time|as i(?:'ve| have)? (?:already )?(?:said|told you|explained|pointed out)|i(?:'ve| have) already (?:said|told you|explained|answered)|did you (?:even|actually|bother to) read|if you(?:'d| had) (?:bothered|read|listened|paid attention)|educate yourself|do your (?:own )?research|learn to read|try reading|read (?:my|the) (?:post|comment) again|you clearly|you obviously|you(?:'re| are) (?:wrong|clearly wrong|talking rubbish|embarrassing yourself|making (?:it|things) up)|nice try|funny how you|you people|you lot|with (?:the greatest |all due )?respect,|not that you care|you(?:'ve| have)n?'?t (?:got )?a clue|you (?:haven't|have not|don't have) (?:got )?a clue|haven'?t a clue|(?:don'?t|do not) know what you(?:'re| are) talking about|get your facts (?:right|straight)|troll|keyboard warrior|go away|jog on|do one|grow up|get a life|whatever\.|typical of you|people like you|who do you think you are|how dare you|shame on you|sit down)\b/g;
const RHETORICAL = /\b(?:you|your|you're|you've)\b[^?]{0,80}\?|\?[^?]{0,60}\byou\b/i;
// The parent is troll-bait when it attacks (R01/R02-style words) or is all heat.
const PARENT_HOSTILE_WORDS = new Set([...INSULT_NOUNS, ...INSULT_ADJS, ...PROFANITY.strong, ...PROFANITY.moderate].filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()));
const PARENT_HOSTILE_PHRASES = /\b(?:waste of (?:space|oxygen|skin|air|a councillor)|you(?:'re| are) a (?:joke|disgrace)|shut up|get lost|do one|resign|liar|crook|corrupt|scum|traitor|useless)\b/i;
// Calm, de-escalating replies: the catalog's preferred responses.
const DEESCALATE = /\b(?:thanks? for|thank you|happy to (?:talk|discuss|help|chat|meet)|email me|message me|dm me|i understand|sorry to hear|i(?:'ve| have) passed|here'?s the link|i'?ll (?:look into|chase|find out))\b/i;

function parentIsHostile(parent: string | undefined): boolean {
  if (!parent || typeof parent !== 'string') return false;
  if (PARENT_HOSTILE_PHRASES.test(parent)) return true;
  const words = parent.toLowerCase().match(/[a-z*]+/g) ?? [];
  if (words.some((w) => PARENT_HOSTILE_WORDS.has(w))) return true;
  const letters = parent.replace(/[^A-Za-z]/g, '');
  return letters.length >= 12 && letters === letters.toUpperCase() && /!{2,}/.test(parent);
}

export default defineRule({
  id: 'tone/heated-reply',
  family: 'tone',
  title: 'Getting drawn into an argument or feeding a troll',
  severity: 'warn',
  sets: ['tone'],
  policy: [
    { file: '002_0356de40dc76b657.txt', section: '1.1 General ‘Dos and Don’ts’ for Social Media — Don\'t', quote: 'Lastly and most importantly – don\'t argue on social media – no one comes off well when you argue online.' },
    { file: '002_0356de40dc76b657.txt', section: '1.1 General ‘Dos and Don’ts’ for Social Media — Don\'t', quote: 'If someone is just trying to pick a fight with you step out and ignore it – don\'t rise to the bait.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Learn not to feed social media ‘trolls’', quote: 'By this, we mean don’t respond to what they post' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Handling online abuse', quote: 'Defuse conflict – waiting to respond can take the heat out of situations, as can reframing your own language.' },
    { file: '000_02512859952f4825.txt', section: "Managing situations when you're out in the community", quote: 'Do not retaliate with a heated conversation or by filming them back.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Understand what you can and can’t post online, including legally.', quote: 'you don’t have to respond to or comment on everything on social media – and sometimes it’s best not to.' },
  ],
  message:
    "This looks like it could turn into an argument. The guidance is clear: don't rise to the bait. You could wait a while, reply once with the facts, or offer to continue by email.",
  action: 'Wait a while, reply once with the facts, or offer to continue by email.',
  examples: {
    trigger: [
      { text: 'For the LAST time, the council doesn\'t set the bus timetable. Did you even read my post?', context: { kind: 'reply' }, severity: 'warn', source: 'catalog R41 #1' },
      { text: 'Funny how you only turn up to moan. Nice try, troll.', context: { kind: 'reply', parentText: "You're a useless waste of space" }, severity: 'warn', source: 'catalog R41 #2' },
      { text: "With respect, you clearly haven't a clue what you're talking about. Educate yourself.", context: { kind: 'reply' }, severity: 'warn', source: 'catalog R41 #3' },
      { text: "As I've already said twice, if you'd bothered coming to a surgery you'd know.", context: { kind: 'reply' }, severity: 'warn', source: 'catalog R41 #4' },
      { text: 'You people never listen.', context: { kind: 'comment' }, severity: 'warn' },
      { text: 'Where were you when we were fighting for the library?', context: { kind: 'reply', parentText: 'Councillors are all useless idiots, the lot of you' }, severity: 'warn' },
      { text: 'The figures are on the council website.', context: { kind: 'reply', parentText: 'You lying crook, you should resign' }, severity: 'info' },
    ],
    quiet: [
      { text: "Thanks for raising this, Paul — the bus timetable is set by the Combined Authority; I've passed your comments on.", context: { kind: 'reply' }, source: 'catalog R41 #1' },
      { text: "I understand the frustration. Happy to talk it through — email me at cllr.jones@bury.gov.uk.", context: { kind: 'reply' }, source: 'catalog R41 #2' },
      { text: "I've had lots of questions about the bus timetable, so here's a summary of who decides what.", context: { kind: 'post' }, source: 'catalog R41 #3' },
      { text: "Here's the link to the consultation results I mentioned.", context: { kind: 'reply' }, source: 'catalog R41 #4' },
      { text: 'Did you see the update? The road reopens on Monday.', context: { kind: 'reply' } },
      { text: "You're right, thanks — I've asked highways to look again.", context: { kind: 'reply' } },
      { text: "Sorry to hear that. Happy to help — message me your address and I'll report it.", context: { kind: 'reply', parentText: 'This council is useless, nobody ever fixes anything' } },
      { text: 'For the last time this season, the ice rink is open on Sunday!' },
    ],
  },
  // A finding needs an argument marker (one word of each), a heat signal (HEAT_CUES) or a hostile parent: one
  // marker alone scores 2, and a rhetorical question adds only 1. `when` holds for replies only: the parent,
  // and the markers made of everyday words ("you people"), on the folded text as MARKERS reads it.
  cues: {
    words: [
      ...HEAT_CUES.words, 'said', 'told', 'pointed', 'already', 'paid', 'educate', 'making', 'try', 'funny', 'respect', 'care', 'talking', 'facts',
      'keyboard', 'dare', 'shame', 'sit',
    ],
    prefixes: [...HEAT_CUES.prefixes, 'time', 'explained', 'read', 'bother', 'listen', 'research', 'clearly', 'obviously', 'wrong', 'rubbish', 'clue', 'troll', 'away', 'lot'],
    when: (doc) => {
      const k = doc.context.kind;
      if (k !== 'reply' && k !== 'comment') return false;
      const f = doc.folded.text;
      return HEAT_CUES.when(doc) || f.includes('you people') || f.includes('people like you') || f.includes('who do you think') || parentIsHostile(doc.context.parentText);
    },
  },
  detect(doc) {
    const k = doc.context.kind;
    if (k !== 'reply' && k !== 'comment') return [];
    const hostileParent = parentIsHostile(doc.context.parentText);
    const calm = DEESCALATE.test(doc.text);
    let score = 0;
    let first: Span | null = null;
    for (const m of doc.matchFolded(MARKERS)) {
      score += 2;
      first ??= { start: m.start, end: m.end };
    }
    if (RHETORICAL.test(doc.text) && !calm) {
      score += 1;
      if (!first) {
        const s = doc.sentences.find((x) => /\?/.test(doc.text.slice(x.start, x.end)) && /\byou/i.test(doc.text.slice(x.start, x.end)));
        if (s) first = s;
      }
    }
    for (const s of heatSignals(doc)) {
      score += s.weight >= 2 ? 1 : 0.5;
      first ??= { start: s.start, end: s.end };
    }
    if (hostileParent) score += 1;
    if (calm && score < 3) return [];
    if (score >= 2 && first) return [{ start: first.start, end: first.end } satisfies Hit];
    // Replying at all to an attack: a hint to consider not replying (F7).
    if (hostileParent && !calm) {
      const s = doc.sentences[0] ?? { start: 0, end: doc.text.length };
      return [{ start: s.start, end: s.end, severity: 'info' } satisfies Hit];
    }
    return [];
  },
});


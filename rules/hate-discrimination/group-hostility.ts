import { defineGate, gate } from '../cues';
import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Span } from '../types';
import { inQuoteCondemnFrame, isNegated, QUOTE_CONDEMN_MESSAGE } from '../shared/frames';
import { lexicon, matchStream, REMOVAL_VERBS, restream, type Stream, type Unit } from '../shared/lexicon';

/**
 * R05. A protected group (lexicon/groups.ts: "gay people", "Muslims", "Travellers", "two men living
 * together", a slur used as a group noun) with a hostile predicate in the same clause: dehumanising
 * ("X are vermin"), exclusion ("should not be allowed", "send them back", "get rid of them all"),
 * blanket generalisation ("they're all the same", "typical X"), hatred ("I despise X"), denial of
 * rights or worth, or wishes of harm. "They/them" in the neighbouring sentences count as the group.
 * Mentioning a group, praising it, or criticising a policy about it is never a finding; negated
 * statements ("no contempt for X", "the opposite of stupid") and quoted-to-condemn ones are quiet.
 */

const G = '(?:GRP|SLUR|FSLUR)';
const BAD = '(?:HADJ|DEHUM|INS|INSA|PROF|SLUR|FSLUR)';
const FILL =
  "(?:all|just|so|such|really|truly|absolutely|totally|utterly|completely|nothing but|no better than|little more than|basically|literally|simply|clearly|always|too|a|an|the|bunch of|pack of|load of|lot of|kind of|like|of|most|more|very|pure|complete|absolute|total|utter|that|this|these|human|worthless|pretty|seriously|quite|rather|still|common|massive|even|now|getting|filthy|dirty|disgusting|horrible|fucking|PROF|HADJ|INSA|and|being|from|such a|every|one|single)";
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const REMOVAL = `(?:${[...REMOVAL_VERBS].sort((a, b) => b.length - a.length).map(esc).join('|')})`;
/** The first word of every removal phrase ("got" of "got rid of"): a removal pattern needs one in the stream. */
const REMOVAL_FIRST = [...new Set(REMOVAL_VERBS.map((v) => v.split(' ')[0]))];
const COP = "(?:are|is|were|was|r|be|'re|re|becomes?|seem|remain|being)";

interface Pattern {
  re: RegExp;
  /** The pattern carries its own negation ("should not be allowed"): do not treat it as negated. */
  negOk?: boolean;
  /** Needs a first-person speaker somewhere in the sentence ("contempt for X"). */
  firstPerson?: boolean;
  /** Every match holds one of these words of the stream as a whole word: without any, the pattern is not run. */
  need?: readonly string[];
  /** Every match holds one of these strings (for words a match may hold inside a longer word). */
  needText?: readonly string[];
}

const P = (src: string, flags: Partial<Pattern> = {}): Pattern => ({ re: new RegExp(src, 'g'), ...flags });

const PATTERNS: Pattern[] = [
  // Predicates: "X are (just|nothing but|absolutely) vermin / disgusting / scum".
  P(`${G}(?: (?!HADJ|DEHUM|INS|PROF)\\S+){0,3}? ${COP}(?: ${FILL}){0,4} ${BAD}`, { need: ['HADJ', 'DEHUM', 'INS', 'INSA', 'PROF', 'SLUR', 'FSLUR'] }),
  P(`(?<=(?:call|calling|called|calls) )${G} (?:\\S+ )?${BAD}`, { need: ['HADJ', 'DEHUM', 'INS', 'INSA', 'PROF', 'SLUR', 'FSLUR'], needText: ['call'] }),
  P(`${G}(?: \\S+){0,2} (?:act|acting|behave|behaving|live|living|breed|breeding) like (?:\\S+ ){0,2}(?:DEHUM|HADJ|animals|savages)`, { need: ['like'] }),
  // Hatred: "I (absolutely) loathe X", "I can't stand X".
  P(`(?:^| )(?:i|we|i'm|im|i've|we're)(?: \\S+){0,3} (?:hate|hates|loathe|loathes|despise|despises|detest|detests|abhor|abhors|resent|resents|cant stand|can't stand|cannot stand|cant bear|can't bear|cannot bear)(?: \\S+){0,2} ${G}`, { need: ['hate', 'hates', 'loathe', 'loathes', 'despise', 'despises', 'detest', 'detests', 'abhor', 'abhors', 'resent', 'resents', 'stand', 'bear'] }),
  P(`(?:^| )(?:contempt|hatred|disgust|loathing|scorn|disdain|hate|revulsion)(?: \\S+){0,4} (?:for|towards|toward|of|at) (?:\\S+ ){0,2}${G}`, { firstPerson: true, need: ['contempt', 'hatred', 'disgust', 'loathing', 'scorn', 'disdain', 'hate', 'revulsion'] }),
  P(`${G}(?: \\S+){0,4} (?:make|makes|made) me (?:\\S+ ){0,2}(?:sick|HADJ|vomit|puke|ill|cringe|angry|furious|mad|boil|rage|want to (?:vomit|puke|throw up|scream))`, { need: ['make', 'makes', 'made'] }),
  P(`(?:pissed off|PROF|HADJ|sick|tired|fed up|disgusted|sickened|repulsed|angry|furious) (?:by|of|with|at) (?:\\S+ ){0,3}${G}`, { needText: ['pissed off', 'PROF', 'HADJ', 'sick', 'tired', 'fed up', 'disgusted', 'repulsed', 'angry', 'furious'] }),
  P(`(?:find|consider|think) (?:all |most |these |those |the )?${G} (?:\\S+ ){0,2}${BAD}`, { need: ['HADJ', 'DEHUM', 'INS', 'INSA', 'PROF', 'SLUR', 'FSLUR'], needText: ['find', 'consider', 'think'] }),
  P(`(?:you'?re|you are|youre|ur) (?:all )?(?:just|nothing but|only|simply) (?:\\S+ ){0,2}${G}(?= \\.| ,| to me|$)`, { need: ['just', 'nothing', 'only', 'simply'] }),
  P(`${G} (?:\\S+ ){0,2}(?:should|can|must|need to|needs to) (?:\\S+ ){0,1}shut (?:the PROF |their \\S+ |your \\S+ )?up`, { need: ['shut'] }),
  P(`(?:why don'?t|why dont|why not|let'?s|lets|let us|how about|what if) (?:we )?(?:just |all )?(?:\\S+ ){0,1}(?:${REMOVAL}|killed|eradicated) (?:\\S+ ){0,3}?(?:${G}|them)`, { negOk: true, need: [...REMOVAL_FIRST, 'killed', 'eradicated'], needText: ['why ', 'let', 'how about', 'what if'] }),
  P(`(?:common|nothing but|such|those|these|filthy|dirty|bloody|PROF|HADJ|for) (?:\\S+ )?${G} (?:DEHUM|INS)(?= |$)`, { need: ['DEHUM', 'INS'], needText: ['GRP DEHUM', 'GRP INS', 'SLUR DEHUM', 'SLUR INS'] }),
  P(`${G} (?:DEHUM|INS|PROF) like (?:you|them)`, { need: ['like'] }),
  P(`care more about (?:\\S+ ){0,6}than (?:about )?(?:\\S+ ){0,2}${G}`, { need: ['than'], needText: ['care more about'] }),
  P(`(?:allowing|letting|allow|let) (?:any )?more ${G}(?: \\S+){0,3} (?:will|would|is going to) (?:ruin|destroy|wreck)`, { need: ['more'] }),
  P(`${G}(?: \\S+){0,2} (?:disgust|disgusts|sicken|sickens|repulse|repulses|revolt|revolts) (?:me|us)`, { need: ['disgust', 'disgusts', 'sicken', 'sickens', 'repulse', 'repulses', 'revolt', 'revolts'] }),
  // Removal and exclusion.
  P(`${G}(?: \\S+){0,3} (?:should|must|need to|needs to|ought to|deserve to|deserves to|have to|has to|will|gotta|to|can) (?:(?:all|just|simply|be|get|really|immediately|literally|every one) ){0,3}${REMOVAL}(?= |$)`, { need: REMOVAL_FIRST }),
  P(`(?:^| )(?:we|you|they|someone|somebody|everyone|government|council|police|people|i|britain|this country)(?: \\S+){0,1} (?:should|must|need to|needs to|ought to|have to|gotta|will|'ll|ll|are going to|gonna|wanna|want to|would love to|could|shall|got to) (?:\\S+ ){0,2}${REMOVAL} (?:\\S+ ){0,3}?(?:${G}|them all|the lot of them|every (?:last|single) one of them)`, { need: REMOVAL_FIRST }),
  P(`(?:^|\\. |, )(?:just )?(?:deport|remove|ban|exterminate|eradicate|gas|kill|shoot|hang|lynch|burn|drown|round up|lock up|get rid of|send|ship|kick|throw|drive|wipe out|purge|expel|sterilise|sterilize)(?: \\S+){0,1} (?:all |every |the |these |those |them all|em all )?${G}`, { need: ['deport', 'remove', 'ban', 'exterminate', 'eradicate', 'gas', 'kill', 'shoot', 'hang', 'lynch', 'burn', 'drown', 'round', 'lock', 'get', 'send', 'ship', 'kick', 'throw', 'drive', 'wipe', 'purge', 'expel', 'sterilise', 'sterilize'] }),
  P(`${G}(?: \\S+){0,4} (?:should not|shouldnt|shouldn't|must not|mustnt|mustn't|shall not|cannot|cant|can't|wont|won't|will not) be (?:allowed|permitted|let|tolerated|trusted|given|welcome|accepted)`, { negOk: true, need: ['not', 'shouldnt', "shouldn't", 'mustnt', "mustn't", 'cannot', 'cant', "can't", 'wont', "won't"] }),
  P(`${G}(?: \\S+){0,2} (?:dont|don't|do not|doesnt|doesn't|does not) belong`, { negOk: true, needText: ['belong'] }),
  P(`${G}(?: \\S+){0,2} (?:are |is |r )?(?:not|never) welcome`, { negOk: true, needText: ['welcome'] }),
  P(`(?:keep|kick|throw|drive|chuck|send|ship|get) (?:them|${G}|em)(?: all| lot)? (?:out|away|back|home|off)`, { needText: ['keep', 'kick', 'throw', 'drive', 'chuck', 'send', 'ship', 'get'] }),
  P(`${G}(?: \\S+){0,2} (?:go|should go|can go|need to go|must go|should all go|can all go|to go) (?:back|home)`, { need: ['go'] }),
  P(`(?:^| )no (?:more )?${G} (?:allowed|welcome|here|in (?:my|our|this))`, { negOk: true, need: ['no'], needText: ['no GRP', 'no SLUR', 'no FSLUR', 'more GRP', 'more SLUR', 'more FSLUR'] }),
  P(`${G}(?: \\S+){0,3} (?:have|has|deserve|deserves) no (?:place|right|rights|business|value|worth)`, { negOk: true, need: ['no'] }),
  P(`(?:dont|don't|do not) want (?:any )?(?:more )?${G} (?:here|in|around|near|living)`, { negOk: true, need: ['want'] }),
  // Rights and worth.
  P(`(?:rights?|lives|votes?|protections?) (?:\\S+ ){0,2}(?:should not|shouldnt|shouldn't|dont|don't|do not) (?:apply|matter|count|extend)(?: \\S+){0,2} ${G}`, { negOk: true, need: ['apply', 'matter', 'count', 'extend'] }),
  P(`${G}(?: \\S+){0,2} (?:should not|shouldnt|shouldn't|do not|dont|don't|does not|doesnt|doesn't|never|cannot|can't) (?:be )?(?:important|matter|count|valued|respected|equal|treated equally|have rights|have any rights|have a say|vote|exist|be alive|live|intelligent|human)`, { negOk: true, need: ['not', 'shouldnt', "shouldn't", 'dont', "don't", 'doesnt', "doesn't", 'never', 'cannot', "can't"] }),
  P(`${G}(?: \\S+){0,2} (?:are|is|r) (?:never|not) (?:\\S+ ){0,1}(?:intelligent|smart|human|equal|people|capable|attractive|beautiful|good|nice|welcome|trustworthy|honest|clever|decent|normal)`, { negOk: true, need: ['never', 'not'] }),
  P(`${G}(?: \\S+){0,1} (?:are|is|r) (?:worth )?(?:absolutely )?(?:nothing|worthless|less)(?= |$)`, { need: ['nothing', 'worthless', 'less'] }),
  P(`${G}(?: \\S+){0,1} (?:aren't|arent|isn't|isnt|are not|is not) worth (?:\\S+ ){0,2}(?:shit|PROF|anything|a thing|much|saving|it)(?= |$)`, { negOk: true, need: ['worth'] }),
  P(`(?:world|country|town|society|planet|we|britain|uk|everyone|community|everybody)(?: \\S+){0,3} (?:better|happier|safer|cleaner) (?:off )?without ${G}`, { need: ['without'] }),
  P(`(?:not|never) let (?:any |a |an |these |those )?${G}(?: \\S+){0,2} (?:live|exist|survive|breathe|stay|in)(?= |$)`, { negOk: true, need: ['let'] }),
  P(`(?:^| )no (?:space|place|room|home|future)(?: \\S+){0,4} for (?:any |a |an |the |these |those )?${G}`, { negOk: true, need: ['space', 'place', 'room', 'home', 'future'] }),
  P(`(?:^| )no ${G} (?:can|could|will|should|would) (?:ever )?be (?:a |an )?(?:\\S+ )?(?:valuable|useful|good|productive|decent|trusted|equal|proper|real)`, { negOk: true, need: ['no'] }),
  P(`never lift a finger to (?:save|help) (?:\\S+ ){0,2}${G}`, { negOk: true, need: ['lift'] }),
  P(`(?:^| )(?:i|we) (?:have|feel|got) no (?:\\S+ ){0,2}(?:compassion|sympathy|respect|pity|time|love)(?: \\S+){0,3} for (?:any |the |these |those )?${G}`, { negOk: true, need: ['compassion', 'sympathy', 'respect', 'pity', 'time', 'love'], needText: ['i have no', 'we have no', 'i feel no', 'we feel no', 'i got no', 'we got no'] }),
  P(`${G}(?: \\S+){0,2} (?:should|can|must|need to|needs to) (?:all )?(?:get|go|fuck off|piss off|clear off|bugger off)(?: the PROF| PROF)? (?:out|off)(?= |$)`, { need: ['out', 'off'] }),
  // Death, suffering.
  P(`death to (?:all )?(?:\\S+ )?${G}`, { needText: ['death to'] }),
  P(`${G}(?: \\S+){0,2} (?:should|must|deserve to|deserves to|ought to|need to|will|can|to) (?:all )?(?:just )?(?:die|suffer|burn|rot|hang|perish|be (?:shot|killed|hanged|hung|gassed|burned|burnt|executed|punished|exterminated|eradicated|wiped out|put down|culled|tortured|raped|beaten|dumped))`, { needText: [' die', ' suffer', ' burn', ' rot', ' hang', ' perish', ' be '] }),
  P(`(?:would|i'?d) (?:love|like|want|prefer) (?:to )?(?:see )?(?:all )?(?:\\S+ )?${G}(?: \\S+){0,2} (?:die|suffer|burn|rot|hang|gone|dead|disappear|shot)`, { need: ['love', 'like', 'want', 'prefer'], needText: ['would ', "i'd ", 'id '] }),
  // Telling people to leave the country, with or without a group noun.
  P(`(?:^| )(?:go|get|fuck off|piss off|clear off|bugger off|sod off|send (?:them|him|her|em)|ship (?:them|him|her|em)) back (?:to|where) (?:your|their|his|her|where (?:you|they|he|she)) ?(?:own )?(?:country|countries|came from|come from|belong|homeland|own kind|africa|pakistan|poland|romania|india|bangladesh|somalia|syria|the jungle)`, { negOk: true, need: ['back'] }),
  // Conspiracy tropes: "X control the media / the banks".
  P(`${G}(?: \\S+){0,2} (?:control|controls|run|runs|own|owns|secretly run|are behind) (?:the |all the |our )?(?:media|banks|government|world|everything|country|press|bbc|money)(?= |$)`, { need: ['control', 'controls', 'run', 'runs', 'own', 'owns', 'behind'] }),
  // Hostile epithets on the group itself: "thieving Romanians", "f***ing Muslims" (hostile adjectives: see EPITHETS).
  P(`(?:^| )(?:thieving|scrounging|stinking|smelly|bloody|fucking|PROF|inbred) ${G}(?= |$)`, { need: ['thieving', 'scrounging', 'stinking', 'smelly', 'bloody', 'fucking', 'PROF', 'inbred'] }),
  // Blanket generalisation and comparisons.
  P(`never trust (?:a |an |any )?(?:\\S+ ){0,5}${G}`, { negOk: true, need: ['trust'] }),
  P(`typical (?:of )?(?:\\S+ )?${G}`, { needText: ['typical'] }),
  P(`(?:typical|classic) ${G}`, { needText: ['typical', 'classic'] }),
  P(`(?:${G}|their|they're|theyre|its|it's) nature (?:to be|is)`, { need: ['nature'] }),
  P(`(?:^| )all (?:\\S+ )?${G}(?: \\S+){0,1} (?:are|r) (?:\\S+ ){0,3}(?:${BAD}|the same|criminals|thieves|terrorists|rapists|liars)`, { need: ['all'] }),
  P(`${G} (?:are|r) all (?:\\S+ ){0,2}(?:the same|alike|${BAD}|criminals|thieves|terrorists|rapists|liars)`, { need: ['all'], needText: ['GRP are all', 'GRP r all', 'SLUR are all', 'SLUR r all'] }),
  P(`${G}(?: \\S+){0,2} (?:cant|can't|cannot|can not) (?:help|stop) (?:themselves|being)`, { need: ['help', 'stop'] }),
  P(`nothing (?:\\S+ ){0,1}(?:worse|HADJ) than (?:\\S+ ){0,2}${G}`, { negOk: true, need: ['than'], needText: ['nothing '] }),
  P(`(?:no one|nobody|nothing|noone)(?: else)? (?:is|are) (?:as|so|more) (?:\\S+ ){0,1}(?:HADJ|DEHUM|INSA|PROF) (?:as|than) (?:\\S+ ){0,1}${G}`, { negOk: true, need: ['HADJ', 'DEHUM', 'INSA', 'PROF'], needText: ['no one', 'nobody', 'nothing', 'noone'] }),
  P(`(?:rather|sooner) (?:\\S+ ){0,6}than (?:\\S+ ){0,5}${G}`, { need: ['than'], needText: ['rather', 'sooner'] }),
  P(`(?:smarter|better|cleaner|more intelligent|more human|worth more|more useful) than (?:\\S+ ){0,3}${G}`, { need: ['than'], needText: ['smarter than', 'better than', 'cleaner than', 'more intelligent than', 'more human than', 'worth more than', 'more useful than'] }),
  P(`${G}(?: \\S+){0,2} belong (?:in|on) (?:a |the )?(?:zoo|cage|cages|gutter|bin|sewer|landfill|trash|jail|prison|camps?|ground|grave|hell|kennel)`, { need: ['belong'] }),
  P(`${G}(?: \\S+){0,3} (?:are|is|r) (?:taking over|invading|flooding|overrunning|swarming|infesting|breeding|outbreeding|replacing|ruining|destroying)`, { needText: [' taking over', ' invading', ' flooding', ' overrunning', ' swarming', ' infesting', ' breeding', ' outbreeding', ' replacing', ' ruining', ' destroying'] }),
  P(`${G}(?: \\S+){0,4} (?:are|is|r) (?:a |an |the )?(?:\\S+ )?(?:threat|danger|menace|burden|drain|curse|problem|disease|plague) (?:to|on|for)`, { need: ['threat', 'danger', 'menace', 'burden', 'drain', 'curse', 'problem', 'disease', 'plague'] }),
  P(`difference between (?:a |an )?(?:\\S+ ){0,2}(?:DEHUM|rat|dog|pig|animal)(?: \\S+){0,3} and (?:a |an )?(?:\\S+ )?${G}`, { need: ['between'] }),
  P(`(?:nothing|no one|nobody) (?:\\S+ ){0,4}(?:like|hate|despise) (?:less|more) than (?:a |an )?${G}`, { negOk: true, need: ['than'], needText: ['nothing', 'no one', 'nobody'] }),
  P(`${G}(?: \\S+){0,3} (?:can|should|could) (?:all )?(?:go )?PROF (?:off|themselves)`, { need: ['PROF'], needText: ['PROF off', 'PROF themselves'] }),
  P(`${G}(?: \\S+){0,3} (?:should|can|must) (?:all )?PROF off`, { need: ['PROF'], needText: ['PROF off'] }),
  P(`(?:^| )PROF (?:all |the |these |those )?${G}`, { need: ['PROF'] }),
  P(`(?:too many|fewer|less|no more|sick of|fed up (?:of|with)|tired of) (?:of )?(?:these |those |the )?(?:SLUR|FSLUR)`, { need: ['SLUR', 'FSLUR'], needText: ['too many', 'fewer', 'less', 'no more', 'sick of', 'fed up', 'tired of'] }),
  P(`(?:once|when|wherever) (?:the )?${G} (?:arrive|turn up|move in|show up|come)(?: \\S+){0,3} (?:crime|trouble|problems|mess|rubbish)`, { need: ['arrive', 'turn', 'move', 'show', 'come'] }),
];

/**
 * Every pattern's needText strings in one alternation, longest first: one scan of the stream says which of
 * them it holds (a failing `includes` of a string scans the whole stream, ~0.3 us each on a 280-character
 * draft, more than most of the patterns it guards).
 */
const NEEDLES = [...new Set(PATTERNS.flatMap((p) => p.needText ?? []))].sort((a, b) => b.length - a.length);
const NEEDLE_RE = new RegExp(NEEDLES.map(esc).join('|'), 'g');
/** For each needle, the patterns that name it or a needle it starts with: where it is found, so are they. */
const NEEDLE_PATTERNS = new Map<string, number[]>(NEEDLES.map((n) => [n, PATTERNS.flatMap((p, k) => (p.needText?.some((w) => n.startsWith(w)) ? [k] : []))]));

/** The patterns (by index) that need each word. */
const NEEDED_BY = new Map<string, number[]>();
PATTERNS.forEach((p, k) => {
  for (const w of p.need ?? []) {
    const list = NEEDED_BY.get(w);
    if (list) list.push(k);
    else NEEDED_BY.set(w, [k]);
  }
});

/**
 * The draft's pattern flags, reused from draft to draft (a typed array per draft cost more than filling
 * one): WITH_WORDS[k] when one of pattern k's need words is in the stream, WITH_TEXT[k] when one of its
 * needText strings is. Read only by hostilityHits, which fills both before its loop and never re-enters.
 */
const WITH_WORDS = new Uint8Array(PATTERNS.length);
const WITH_TEXT = new Uint8Array(PATTERNS.length);

/** Which patterns have one of their needed words in the stream (a superset: words replaced by coreference count too). */
function markPatternsWithWords(st: Stream, coreferred: boolean): void {
  const ok = WITH_WORDS.fill(0);
  const mark = (w: string) => {
    const ks = NEEDED_BY.get(w);
    if (ks) for (const k of ks) ok[k] = 1;
  };
  for (const u of st.units) {
    if (u.text.includes(' ')) for (const w of u.text.split(' ')) mark(w);
    else mark(u.text);
  }
  // Coreference writes "GRP" and "GRP are" over pronouns.
  if (coreferred) { mark('GRP'); mark('are'); }
}

/** Which patterns have one of their needText strings in the stream. */
function markPatternsWithText(stream: string): void {
  const ok = WITH_TEXT.fill(0);
  NEEDLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NEEDLE_RE.exec(stream))) {
    // The alternation reports the longest needle starting here, and every needle starting here begins it.
    for (const k of NEEDLE_PATTERNS.get(m[0])!) ok[k] = 1;
    // Go on from the next character, so that needles overlapping this one are seen too.
    NEEDLE_RE.lastIndex = m.index + 1;
  }
}

/** "Go back to your own country" needs no group noun. */
const G_GO_BACK = defineGate('hate/go-back', { words: ['back'] });
const GO_BACK = /\bback (?:to|where) (?:your|their|his|her|where)\b/i;
const EPITHETS = new Set(['dirty', 'filthy', 'disgusting', 'vile', 'lazy', 'greedy', 'evil', 'twisted', 'scummy', 'savage', 'inbred', 'subhuman', 'stupid', 'dumb', 'thick', 'perverted', 'diseased', 'backward', 'primitive', 'uncivilised']);
const NEG = /(?:^| )(?:not|never|no|nobody|n't|isnt|arent|dont|doesnt|didnt|wont|cant|hardly|opposite|nor|neither|without|stop|stopped)(?= |$)|n't(?= |$)/;
const SELF = /(?:^| )like (?:me|us)(?= |$)/;
const DISOWN = /\b(?:never|not|n't|didn't|did not|wouldn't|would never|don't|do not)\s+(?:\w+\s+)?(?:said|say|saying|claimed|claim|claiming|suggested|suggest|suggesting|implied|imply)\b[^.!?]{0,40}$/i;
const FIRST = /(?:^| )(?:i|me|my|we|our|us|i'm|im|i've|i'd)(?= |$)/;
const PRONOUN = new Set(['they', 'them', "they're", 'theyre', 'their', 'em']);

/** Every word coreference may write over starts with "t", "e" or "k": most words are ruled out by their first letter. */
const mayBeCoreferred = (w: string) => {
  const c = w.charCodeAt(0);
  return (c === 116 || c === 101 || c === 107) && (w === 'kind' || PRONOUN.has(w));
};

function coreferenced(doc: TextDoc): Stream {
  const lex = lexicon(doc);
  const candidates: number[] = [];
  lex.units.forEach((u, i) => { if (mayBeCoreferred(u.word)) candidates.push(i); });
  // Nothing to replace: the stream is the lexicon's own.
  if (candidates.length === 0) return lex;
  // Sentence number of each unit.
  const sentence: number[] = [];
  let n = 0;
  for (const u of lex.units) { if (u.text === '.') n++; sentence.push(n); }
  const groupSentences = new Set<number>();
  lex.units.forEach((u, i) => { if (u.text === 'GRP' || u.text === 'SLUR') groupSentences.add(sentence[i]); });
  // Only the pronouns and "kind" can be replaced.
  const replaced = new Map<number, string>();
  for (const i of candidates) {
    const r = replacement(lex, lex.units[i], i, sentence, groupSentences);
    if (r !== undefined) replaced.set(i, r);
  }
  // No pronoun near a group: the stream is the lexicon's own (not a copy of it).
  return replaced.size ? restream(lex, (_u, i) => replaced.get(i)) : lex;
}

/** What coreference writes over unit `i`, if anything. */
function replacement(lex: Stream, u: Unit, i: number, sentence: number[], groupSentences: Set<number>): string | undefined {
  const prev = lex.units[i - 1]?.word;
  if (u.word === 'kind' && (prev === 'your' || prev === 'their' || prev === 'his' || prev === 'her')) return 'GRP';
  if (!PRONOUN.has(u.word)) return undefined;
  const s = sentence[i];
  if (groupSentences.has(s) || groupSentences.has(s - 1) || groupSentences.has(s + 1) || groupSentences.has(s - 2)) {
    if (u.word === 'their') return /^(?:lives|life|kind|nature|sort|type|lot)$/.test(lex.units[i + 1]?.word ?? '') ? 'GRP' : undefined;
    return u.word === "they're" || u.word === 'theyre' ? 'GRP are' : 'GRP';
  }
  return undefined;
}

export function hostilityHits(doc: TextDoc): { span: Span; info: boolean }[] {
  return doc.memo('hate/group-hostility', () => {
    const lex = lexicon(doc);
    const out: { span: Span; info: boolean }[] = [];
    // A group or slur word, or "go back to your …" (which needs no group noun).
    const goBack = () => gate(doc, G_GO_BACK) && GO_BACK.test(doc.text);
    if (!(lex.has.has('group') || lex.has.has('slur')) && !goBack()) return out;
    const st = coreferenced(doc);
    if (!/GRP|SLUR/.test(st.stream) && !goBack()) return out;
    markPatternsWithWords(st, st !== lex);
    markPatternsWithText(st.stream);
    const seen: Span[] = [];
    // "Dirty gypsies", "filthy immigrants": a hostile adjective right before the group noun.
    for (let i = 1; i < st.units.length; i++) {
      const u = st.units[i];
      if (u.text !== 'GRP' && u.text !== 'SLUR') continue;
      const prev = st.units[i - 1];
      if (!prev.senses.some((s) => s.kind === 'hostile' && EPITHETS.has(s.term))) continue;
      const span = { start: prev.start, end: u.end };
      if (isNegated(doc, span)) continue;
      seen.push(span);
      out.push({ span, info: inQuoteCondemnFrame(doc, span) });
    }
    for (let pi = 0; pi < PATTERNS.length; pi++) {
      const p = PATTERNS[pi];
      if (p.need && !WITH_WORDS[pi]) continue;
      if (p.needText && !WITH_TEXT[pi]) continue;
      for (const { m, span, first } of matchStream(st, p.re)) {
        const text = m[0];
        // Negated in the match or just before it in the clause ("no particular contempt for", "must not make").
        let k = first, before = '';
        for (let c = 0; c < 5 && k > 0; c++) { k--; const t = st.units[k].text; if (t === '.' || t === ',') break; before = t + ' ' + before; }
        // Negation scopes over its own clause, not over a complement ("not obvious that …", "don't realise that …").
        before = before.replace(/^.*(?:^| )(?:that|because|if|when|so|but|how|what|why)(?= )/, '');
        const plain = text.replace(/(?:can'?t|cannot) (?:stand|bear|help|stop)|no better than|nothing but|no different/g, '');
        if (!p.negOk && (NEG.test(plain) || NEG.test(before))) continue;
        if (p.negOk && /(?:^| )(?:no|not|never)(?= |$)/.test(before) && !/(?:^| )(?:i|we)(?= |$)/.test(before)) continue;
        if (SELF.test(text)) continue;
        // Disowned: "I never said that X are scum", "I'm not saying X are…".
        const sentStart = doc.sentenceAt(span.start).start;
        if (DISOWN.test(doc.text.slice(sentStart, span.start).replace(/[’‘]/g, "'"))) continue;
        if (p.firstPerson) {
          const sent = doc.sentenceAt(span.start);
          const s = doc.text.slice(sent.start, sent.end).toLowerCase();
          if (!FIRST.test(' ' + s.replace(/[^a-z' ]+/g, ' ') + ' ')) continue;
          if (/(?:^| )(?:your|his|her|their|you)(?: \S+){0,2}$/.test(before.trim() ? ' ' + before.trim() : '')) continue;
        }
        if (seen.some((s) => s.start < span.end && span.start < s.end)) continue;
        seen.push(span);
        out.push({ span, info: inQuoteCondemnFrame(doc, span) });
      }
    }
    return out;
  });
}

export default defineRule({
  id: 'hate-discrimination/group-hostility',
  family: 'hate-discrimination',
  title: 'Hostility towards a protected group',
  severity: 'stop',
  sets: ['core-legal'],
  policy: [
    { file: '000_02512859952f4825.txt', section: 'Your responsibility when using social media', quote: 'Two men living together should not be allowed in my community. We should get rid of them all.' },
    { file: '000_02512859952f4825.txt', section: 'Your responsibility when using social media', quote: 'If you had posted comment 2, you would be reported to South Yorkshire Police for hate crimes.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Rules of engagement', quote: 'Rule 3: Posts should not contain any form of discrimination – including racism, sexism, ageism, ableism, homophobia, transphobia or religious intolerance.' },
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (6) Discrimination and ‘protected characteristics’', quote: 'It is an offence to discriminate against anyone based on protected characteristics' },
  ],
  message:
    "{lead}This appears to single out people because of a protected characteristic (such as race, religion or sexual orientation). Content like this can be a hate crime and a Code of Conduct breach, so please don't post it. If you have concerns about a policy, focus on the policy.",
  action: 'Do not post this. If you have concerns about a policy, write about the policy.',
  examples: {
    trigger: [
      { text: 'Two men living together should not be allowed in my community. We should get rid of them all.', source: 'catalog R05 #1', severity: 'stop' },
      { text: "Once the Travellers arrive the crime starts — they're all the same, keep them out of Hoyland.", source: 'catalog R05 #2', severity: 'stop' },
      { text: 'Send them all back. This town was fine before the Eastern Europeans turned up.', source: 'catalog R05 #3', severity: 'stop' },
      { text: 'Muslims are taking over Bury and nobody will say it.', source: 'catalog R05 #4', severity: 'stop' },
      { text: "Trans people shouldn't be allowed anywhere near our schools.", source: 'catalog R05 #5', severity: 'stop' },
      { text: 'Asylum seekers are vermin and should be shipped out of Barnsley.', severity: 'stop' },
      { text: 'I honestly despise Romanians, every single one of them.', severity: 'stop' },
      { text: 'G4y people should all be locked up.', severity: 'stop' },
      { text: 'Polish families are a drain on our services, send them home.', severity: 'stop' },
      { text: 'If you don’t like it here, go back to your own country.', severity: 'stop' },
      { text: 'Dirty gypsies have left the rec in a state again.', severity: 'stop' },
    ],
    quiet: [
      { text: 'I oppose the Home Office using the Park Hotel for asylum accommodation without consulting the council — the contract process has been opaque.', source: 'catalog R05 #1' },
      { text: 'Proud to welcome the new Polish community centre to Goldthorpe.', source: 'catalog R05 #2' },
      { text: "The council's Gypsy and Traveller site consultation closes on 30 June — please respond.", source: 'catalog R05 #3' },
      { text: "A commenter wrote 'get rid of them all' about our gay neighbours. That's hate speech and I've reported it.", source: 'catalog R05 #4', allowInfo: true },
      { text: 'We need more accessible housing for disabled residents in the borough.', source: 'catalog R05 #5' },
      { text: 'Muslims in Barnsley raised £4,000 for the food bank this Ramadan — thank you.' },
      { text: 'It is obvious that immigrants are the very opposite of a burden: they staff our care homes.' },
      { text: 'I have no contempt for Travellers; the problem is the lack of an authorised site.' },
      { text: 'The asylum hotel contract is a disgrace and the Home Office should be ashamed.' },
      { text: 'Bloody brilliant turnout from the Polish community at the clean-up!' },
    ],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const h of hostilityHits(doc)) {
      hits.push(h.info ? { ...h.span, severity: 'info', vars: { lead: QUOTE_CONDEMN_MESSAGE + ' ' } } : { ...h.span, vars: { lead: '' } });
    }
    return hits;
  },
});

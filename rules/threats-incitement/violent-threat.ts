import { defineGate, gate } from '../cues';
import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Span } from '../types';
import { inQuoteCondemnFrame, QUOTE_CONDEMN_MESSAGE } from '../shared/frames';
import { FIGURATIVE, lexicon, matchStream, WEAPON_EMOJI } from '../shared/lexicon';
import { people } from '../shared/people';

/**
 * R07. Threat idioms ("watch your back", "I'll be waiting for them", "deserves a good kicking",
 * "want stringing up", "you'll end up in hospital"), and a violent verb from the lexicon with BOTH an
 * intent or wish marker (I'll, going to, want to, someone should, should be, I wish, if only, let's…)
 * and a person or group target (you, him, them, "those X", a protected group, a named person), in the
 * same clause. Figurative uses ("fight tooth and nail", "kill the Bill", "we smashed our target",
 * "Barnsley will batter Rotherham") and quoting-to-condemn are quiet.
 */

const APOS = "['’]";
/** One cheap test before the idiom patterns: a word that only the idioms need. */
const QUICK_IDIOM = /ambulance|stretcher|body ?bag|teeth|watch (?:him|her|them|your)sel|backs?\b|waiting for|coming\b|deserve|string|strung|hang|show (?:your|his|her|their|ur|yer) face|hospital|walking|knee|dead|fishes|feet under|in the ground|(?:you|him|her|them) out|(?:head|face|teeth|skull|brains) in|have you|outside|round|burn|torch|bomb|brick|solution|answer|option|cure|just world|better off/i;
const IDIOMS = new RegExp(
  // Every alternative starts at a word boundary: one \b in front of them all (a third of the cost of one each).
  `\\b(?:${[
    `watch (?:your|their|his|her|ur|yer) backs?\\b`,
    `(?:i|we)(?:${APOS}ll| will| shall) be waiting for (?:you|them|him|her|ya|u)\\b`,
    `you(?:${APOS}ll| will| are going to| r gonna|${APOS}re gonna| gonna) get what${APOS}?s coming\\b`,
    `deserves? (?:a |an )?(?:good |proper |right |bloody )?(?:slap|slapping|kicking|beating|hiding|bullet|smack|punch|battering|hammering|kicking in|knife|shoeing|doing over|clip round the ear)\\b`,
    `(?:string|strung|stringing|hang|hung|hanging) (?:them|him|her|you|the lot of them|\\w+) up\\b(?! (?:the|a|your|his|her|their|my|our) (?:phone|coat|washing|call|picture|poster|banner|bunting|lights|decorations|baskets?))`,
    `wants? stringing up\\b`,
    `should be strung up\\b`,
    `(?:better not|dare(?: to)?|don${APOS}?t you dare) show (?:your|his|her|their|ur|yer) (?:face|faces)\\b`,
    `end up in (?:hospital|a&e|the morgue|a box|a wheelchair|intensive care|the ground)\\b`,
    `(?:won${APOS}?t|will not|wont) be walking (?:anywhere|again|for a while|straight)\\b`,
    `knee ?caps?\\b`,
    `say (?:that|it) to my face\\b`,
    `you(?:${APOS}re| are| r) (?:a )?dead(?: man| meat| woman)?\\b(?! (?:right|wrong|on|set|tired|good|keen|lucky|certain|serious))`,
    `dead (?:man|meat) walking\\b`,
    `sleep with the fishes\\b`,
    `six feet under\\b`,
    `put (?:you|him|her|them|u|(?:that|this|the|those|these|your|his|her|their) \\w+) in (?:the ground|hospital|a box|a wheelchair|intensive care|a&e)\\b`,
    `(?:going|go|goes|leave|leaving|be leaving|be going|end up going|carried out|taken away) (?:home )?(?:in|on) (?:an ambulance|a stretcher|a body ?bag|a box)\\b`,
    `(?:knock|kick|punch|smash|bash|stamp|ram|shove) (?:your|his|her|their|ur|yer) (?:\\w+ )?teeth (?:down (?:your|his|her|their|ur|yer) throats?|in|out)\\b`,
    `watch (?:himself|herself|themselves|yourself|yourselves|your ?self)(?: \\w+){0,3} (?:walking|going|getting|driving|cycling|on (?:his|her|their|your|the) way) home\\b`,
    `take (?:you|him|her|them) out\\b(?! (?:for|to) (?:a |an |the |dinner|lunch|tea|coffee|a drink|drinks))`,
    `(?:kick|smash|punch|knock|cave|bash|stamp) (?:your|his|her|their|ur|yer) (?:\\w+ )?(?:head|face|teeth|skull|brains) in\\b`,
    `i${APOS}?ll have you\\b(?! (?:know|round|over|back|in|on the))`,
    `meet me outside\\b`,
    `(?:i|we)(?:${APOS}ll| will) (?:come|be) round (?:to )?(?:yours|your house|your place|his house|her house)\\b`,
    `(?:burn|torch|petrol bomb|firebomb|brick) (?:your|his|her|their) (?:house|home|car|shop|office|place|windows?)\\b`,
    `(?:execution|death|extermination|genocide|a bullet|the rope|hanging) is (?:the |a )?(?:only |best |final )?(?:solution|answer|option|cure)\\b`,
    `in a just world\\b[^.!?\\n]{0,60}\\b(?:dead|die|shot|hanged|hung)\\b`,
  ].join('|')})`,
  'gi',
);

/** Intent, wish or call markers before a violent verb, within its clause (stream words). */
const INTENT =
  /(?:^| )(?:i'll|ill|we'll|i will|we will|i shall|we shall|will|shall|going to|gonna|gunna|imma|ima|want to|wanna|would love to|i'd love to|love to|like to|intend to|plan to|about to|have to|got to|gotta|happily|gladly|can't wait to|cant wait to|keep|start|let's|lets|let us|should|must|ought to|deserve to|deserves to|need to|needs to|i'd|we'd|i hope|hope|i wish|wish|if only|best to|interest to|time to|how about we|why don't we|why dont we|what if we|someone|somebody|anyone|would|could|will be|would be|should be|to be|gonna be|be)(?= |$)/;
/** Person words: who a determiner ("those …", "that …", "every …") must point at to make a victim. */
const PERSONISH =
  "(?:GRP|SLUR|FSLUR|INS|DEHUM|people|person|persons|folk|men|man|women|woman|lads?|blokes?|guys?|kids|children|family|families|lot|ones|one|councill?ors?|cllrs?|leaders?|mayors?|mps?|officers?|landlords?|neighbours?|tenants?|residents?|owners?|travell?ers?|muslims?|jews?|hindus?|sikhs?|christians?|catholics?|refugees?|asylum seekers?|gays?|lesbians?|gypsy|gypsies|workers?|gang|thugs?|idiots?|morons?|nazis?|fascists?|thieves|rapists?|paedos?|nonces?|tories|tory|scum|traitors?|politicians?|protesters?|cyclists?|drivers?|immigrants?|migrants?|foreigners?|bastards?|PROF|kinds? of|of you|of them|sorts? of|types? of)";
const TARGET = new RegExp(
  `^(?:you|u|ya|yourself|yourselves|him|her|them|em|GRP|SLUR|FSLUR|INS|anyone|everyone|everybody|anybody|people|(?:every|all|any|each|those|these|that|this|a|an|the|some|your|his|their|her)(?: \\S+){0,1}? ${PERSONISH}|(?:the |their |your |his |her |that |those )?(?:\\S+ )?(?:necks?|throats?|heads?|faces?|legs?|kneecaps?))(?= |$)`,
);
const TARGET_BEFORE = /(?:^| )(?:you|u|ya|him|her|them|GRP|SLUR|FSLUR|INS|people like (?:him|her|you|them|that)|he|she|they|GRP like you|(?:that|this) (?:\S+ )?(?:woman|man|person|bloke|lad|guy|girl|boy|kid|family|muslim|immigrant|jew|traveller))(?: \S+){0,4}$/;
/** Weather and road hazards: "watch yourself on the ice walking home" is a kindly warning. */
export const HAZARD = /\b(?:ice|icy|snow|frost|black ice|slippery|pavements?|roads?|traffic|dark|street ?lights?|weather|storm|wind|flood(?:ing|water)?|puddles?|potholes?|leaves|fog|kerbs?|crossing|cars|lorries|careful|take care|stay safe)\b/i;
/** A speaker who intends, wishes or calls for harm, right before a "put X in hospital" idiom. */
const SPEAKER = /(?:\b(?:i|we|you|u|someone|somebody|anyone|some1|they|he|she)(?:['’]?ll|['’]?d| will| shall| would| could| should| must| need to| needs to| ought to| am going to| are going to| is going to| gonna| wanna| want to| have to| has to| got to| gotta| can)(?: \w+){0,2}|\b(?:let['’]?s|i['’]?m gonna|i['’]?m going to|gonna|going to|will|to|and|or|just|i|we)) $|^$/i;
/** What a harm verb is done to when it is not a person: money, budgets, services, work queues
 * ("cut £3m from highways", "cut the youth service", "attack the backlog", "kill time"). */
export const NON_PERSON_OBJECT =
  /^\s*(?:[£$€]|\d|(?:(?:the|our|their|its|his|her|your|my|a|an|this|that|these|those|all|some|any|every|back|down|out|off|away|up|into|from|by|almost|nearly|another|\d[\d,.]*\s*(?:m|k|bn|million|billion|per ?cent|%)?)\s+){0,3}(?:\w+\s+){0,2}(?:budgets?|funding|funds?|money|grants?|services?|spending|costs?|bills?|fees?|charges?|prices?|rates?|tax(?:es)?|subsid(?:y|ies)|backlogs?|waiting (?:lists?|times?)|queues?|emissions|carbon|pollution|grass|verges?|hedges?|trees?|ribbons?|red tape|bureaucracy|jobs|posts|hours|corners|deficit|debt|overspend|waste|potholes?|litter|problems?|issues?|crime|fly-?tipping|poverty|inequality|delays?|congestion|speeding|traffic|numbers|figures|the cake|millions|thousands|pounds|quid|ties|funding gaps?|gaps?|shortfalls?|targets?|records?|goals?|expectations|totals?|ceilings?|glass ceilings?|net zero|proposals?|plans?|polic(?:y|ies)|motions?|amendments?|decisions?|arguments?|case|reports?|bills?|schemes?|ideas?|claims?|strategy|strateg(?:y|ies)|consultations?|applications?))\b/i;

/** A slogan calling for a group's death: "death to all X", "death to the SLUR". */
const DEATH_TO = /(?:^| )death to (?:all |every |each |the |those |these )?(?:\S+ )?(?:GRP|SLUR|FSLUR)(?= |$)/g;
/** Wishing a person or group gone: "the world would be better off without you". */
const WISHES = /(?:^| )(?:world|country|town|we|everyone|everybody|society|planet|britain|uk|community)(?: \S+){0,3} better off (?:if \S+ )?without (?:you|him|her|them|GRP|SLUR|FSLUR|people like)(?= |$)/g;
/** Every wish holds "better off" and every slogan "death to": one test of the stream says whether either can match. */
const WISH_WORDS = /better off|death to/;
const NEG = /(?:^| )(?:not|never|no|don't|dont|won't|wont|wouldn't|wouldnt|shouldn't|shouldnt|mustn't|mustnt|can't|cant|nobody|nothing)(?= |$)/;
/** Verbs that are also words of competition ("beat them", "destroy the opposition", "hammer Labour"). */
const COMPETITIVE = /^(?:beat|beats|beating|beaten|hammer|hammered|hammering|batter|battered|battering|smash|smashed|smashing|destroy|destroyed|destroying|crush|crushed|wipe out|wiped out|finish|finished|end|ended|bury|buried|kick|kicked|knock out|leather|leathered|sort out|do in|break|thump|thumped|deck|decked|burn|burnt|burned|hunt|string|lamp|chin|bottle|glass|brick|skin|gut|snap|bleed|end|dead|die|suffer|hurt)$/;
const SPORT_OR_POLITICS =
  /\b(?:match|game|fixture|derby|league|cup|final|season|goals?|score|fans|supporters|come on you|kick[- ]off|ballot box|at the polls|election|by-election|the count|votes?|quiz|race|tournament|on saturday|on sunday|rugby|cricket|football|team|squad|lads on|reds|blues|tykes|shakers)\b/i;
const VIOLENT_CONTEXT = /\b(?:faces?|heads?|teeth|skulls?|hospital|knife|knives|blood|bleed|fists?|bat|guns?|grave|dead|die|throats?|necks?|legs)\b/i;

/** A word every idiom holds (whole, as the cue pass reads the draft): without one, IDIOMS cannot match. */
const G_IDIOMS = defineGate('threats/idioms', {
  words: [
    'watch', 'waiting', 'coming', 'deserve', 'deserves', 'string', 'strung', 'stringing', 'hang', 'hung', 'hanging', 'face', 'faces', 'end',
    'walking', 'knee', 'kneecap', 'kneecaps', 'dead', 'fishes', 'feet', 'put', 'ambulance', 'stretcher', 'bag', 'bodybag', 'box', 'teeth',
    'take', 'kick', 'smash', 'punch', 'knock', 'cave', 'bash', 'stamp', 'll', 'ill', 'outside', 'round', 'burn', 'torch', 'petrol', 'firebomb',
    'brick', 'solution', 'answer', 'option', 'cure', 'world',
  ],
});

/** The first character of each weapon emoji, read in the engine's cue pass: without one, no emoji is looked for. */
const G_WEAPON_EMOJI = defineGate('threats/weapon-emoji', { chars: [...new Set(WEAPON_EMOJI.map((e) => String.fromCodePoint(e.codePointAt(0)!)))].join('') });

export function threatHits(doc: TextDoc): { span: Span; info: boolean; label: string }[] {
  return doc.memo('threats/violent', () => {
    const out: { span: Span; info: boolean; label: string }[] = [];
    const text = doc.text;
    const lex = lexicon(doc);
    const hasEmoji = gate(doc, G_WEAPON_EMOJI) && WEAPON_EMOJI.some((e) => text.includes(e));
    const harm = lex.has.has('harm');
    // "Better off" in the stream needs "better" in the skeleton (every unit's text is a piece of it or a
    // category): the cheap test first, and the stream is only built when it can matter.
    const wishes = lex.has.has('group') || lex.has.has('slur') || (doc.skeleton.text.includes('better') && /better off/.test(lex.stream));
    // Without an idiom word no idiom can match. The idioms are looked for first: IDIOMS costs less than
    // QUICK_IDIOM, which matches a third of all drafts ("change" holds "hang") and so is read only when it
    // matters, for the idioms found or for the wishes below (which it gates too).
    const idiomWords = gate(doc, G_IDIOMS);
    const idioms = idiomWords ? doc.matchAll(IDIOMS) : [];
    let quickIdiom = false;
    // Read at most once: can the stream hold a wish or a "death to" slogan at all?
    let wishWords: boolean | undefined;
    if (!harm && !hasEmoji) {
      // With no idiom found only a wish or a slogan can be, and neither without its words: that test of
      // the stream comes before QUICK_IDIOM, which costs more (every draft with a group word asks it).
      if (idioms.length === 0 && !(wishes && (wishWords ??= WISH_WORDS.test(lex.stream)))) return out;
      quickIdiom = QUICK_IDIOM.test(text);
      if (!quickIdiom) return out;
    } else if (idioms.length) quickIdiom = QUICK_IDIOM.test(text);
    const add = (span: Span, label: string, core: Span = span) => {
      if (out.some((o) => o.span.start < span.end && span.start < o.span.end)) return;
      if (FIGURATIVE.test(text.slice(Math.max(doc.sentenceAt(span.start).start, span.start - 30), Math.min(text.length, span.end + 40)))) return;
      out.push({ span, info: inQuoteCondemnFrame(doc, core), label });
    };
    if (quickIdiom) {
      for (const m of idioms) {
        const before = text.slice(Math.max(doc.sentenceAt(m.index).start, m.index - 30), m.index).toLowerCase();
        if (/\b(?:not|never|n't|no)\b[^,;]{0,12}$/.test(before) && !/\bbetter\b/.test(m[0])) continue;
        // "Put her in hospital" is a threat only from a threatening speaker ("I'll put you in hospital",
        // "someone should put him in hospital"), never when a fall, crash or illness is the subject.
        if (/^put\b/i.test(m[0]) && !SPEAKER.test(before)) continue;
        // "Watch yourself walking home, the pavements are like glass" is care, not a threat.
        if (/^watch\b/i.test(m[0]) && HAZARD.test(text.slice(doc.sentenceAt(m.index).start, doc.sentenceAt(m.index).end))) continue;
        add({ start: m.index, end: m.index + m[0].length }, m[0]);
      }
    }
    if (harm) {
      const units = lex.units;
      // Read only for a verb that is also a word of competition, once per draft.
      let sport: boolean | undefined;
      for (let i = 0; i < units.length; i++) {
        const u = units[i];
        if (!u.senses.some((s) => s.kind === 'harm')) continue;
        // Clause windows in stream words.
        const back: string[] = [];
        for (let k = i - 1; k >= 0 && back.length < 9; k--) { const t = units[k].text; if (t === '.' || (t === ',' && back.length > 0)) break; if (t !== ',') back.unshift(t); }
        const fwd: string[] = [];
        for (let k = i + 1; k < units.length && fwd.length < 5; k++) { const t = units[k].text; if (t === '.' || t === ',') break; fwd.push(t); }
        const before = back.join(' ');
        const after = fwd.join(' ');
        // The victim: after the verb ("kill you", "stab those X", "snap the necks of"), or before it for
        // states and passives ("X like you would all be dead", "those X were eradicated").
        const tAfter = TARGET.test(after) || /^(?:\S+ ){0,3}(?:necks?|throats?)(?= |$)/.test(after);
        const passive = /(?:ed|en|dead|die|suffer|bleed|burn|hang|rot|cut|shot|hung|burnt|slit|strung|struck|slain)$/.test(u.word);
        // Before-the-verb victims need a passive or a state: "they should be shot", "they will all die";
        // "they will cut £400,000" is active, so its object (after the verb) decides.
        const intransitive = /^(?:dead|die|dies|died|suffer|suffers|bleed|bleeds|rot|burn|hang|perish)$/.test(u.word);
        const tBefore = passive && TARGET_BEFORE.test(before) && (intransitive || /(?:^| )(?:be|been|being|is|are|was|were|get|gets|got|getting|all be|im|i'm|you're|they're|he's|she's)(?: all| both| just)?$|(?:^| )(?:had|have|has|having|get|gets|got|getting) (?:their|his|her|your|ur|my) (?:\S+ )?\S+$/.test(before));
        let named = false;
        // Harm verbs done to money, budgets, services and backlogs are never violence.
        if (NON_PERSON_OBJECT.test(text.slice(u.end, u.end + 80))) continue;
        // "End every disabled person's isolation", "end all women's fear": the object is the
        // possessed thing, so only a life, a body part, kin or a home makes it a victim.
        const poss = /^\s+(?:\S+\s+){0,3}?\S+?['’]s?\s+([a-z]+)/i.exec(text.slice(u.end, u.end + 60));
        if (poss && !/^(?:life|lives|throats?|necks?|heads?|faces?|legs?|arms?|kneecaps?|skulls?|teeth|family|families|kids|children|wife|husband|lad|lads|son|sons|daughters?|boy|boys|girl|girls|mum|mam|dad|mate|mates|missus|partner|brother|sister|house|home|car|dog|windows?|bodies|body|own)$/i.test(poss[1])) continue;
        if (!tAfter && !tBefore) {
          // A named person or @mention right after the verb: "I'll batter Dave".
          const next = units[i + 1];
          named = !!next && people(doc).some((p) => p.start <= next.start && next.start < p.end);
          if (!named) continue;
        }
        // A sentence that opens with the verb is a call to do it: "Hang them all", "Just shoot the lot of them".
        const imperative = back.length === 0 || /^(?:just|so|now|then|and|go|go and|lets|let's)$/.test(before);
        if (!INTENT.test(before) && !imperative && !/^(?:make|makes|made|see)$/.test(units[i - 1]?.word ?? '') && !/(?:ing)$/.test(u.word)) continue;
        // A gerund subject needs a normalising predicate ("Raping a X … should not be illegal").
        if (/ing$/.test(u.word) && !INTENT.test(before)) {
          const rest = text.slice(u.end, doc.sentenceAt(u.start).end).toLowerCase();
          if (!/\b(?:should (?:not )?be (?:illegal|legal|allowed|decriminali[sz]ed|encouraged|rewarded)|is (?:fine|ok|okay|acceptable|justified)|would be (?:fine|justified))\b/.test(rest)) continue;
        }
        if (NEG.test(before)) continue;
        if ((u.word === 'get rid of' || u.word === 'wipe out') && !/^(?:\S+ ){0,2}(?:GRP|SLUR|FSLUR)(?= |$)/.test(after)) continue;
        if (COMPETITIVE.test(u.word) && ((sport ??= SPORT_OR_POLITICS.test(text)) || (!/^(?:(?:every|each|all|all the|those|these|that|the next) )?(?:you|u|ya|yourself|GRP|SLUR|FSLUR)(?= |$)/.test(after) && !tBefore && !VIOLENT_CONTEXT.test(text)))) continue;
        // Highlight the verb and its victim; the quote-and-condemn frame is judged on the verb itself.
        let to = i;
        if (tAfter) for (let k = i + 1; k < units.length && k <= i + 4; k++) { const t = units[k].text; if (t === '.' || t === ',') break; to = k; if (/^(?:you|u|ya|him|her|them|GRP|SLUR|FSLUR|INS|DEHUM|necks?|throats?|people|person)$/.test(t)) break; }
        add({ start: u.start, end: units[to].end }, u.word, { start: u.start, end: u.end });
      }
    }
    if (wishes && (wishWords ??= WISH_WORDS.test(lex.stream))) {
      for (const { span } of matchStream(lex, WISHES)) add(span, 'wish');
      for (const { span } of matchStream(lex, DEATH_TO)) add(span, 'death to');
    }
    if (hasEmoji) {
      for (const e of WEAPON_EMOJI) {
        let at = text.indexOf(e);
        while (at >= 0) {
          const near = text.slice(Math.max(0, at - 40), at + 40);
          if (/@\w|\byou\b|\bu\b/i.test(near) || people(doc).some((p) => Math.abs(p.start - at) < 40)) add({ start: at, end: at + e.length }, e);
          at = text.indexOf(e, at + e.length);
        }
      }
    }
    return out;
  });
}

export default defineRule({
  id: 'threats-incitement/violent-threat',
  family: 'threats-incitement',
  title: 'Threat of violence',
  severity: 'stop',
  sets: ['core-legal'],
  policy: [
    { file: '000_02512859952f4825.txt', section: 'Your responsibility when using social media', quote: "If I ever see any of them in my area, they better watch their backs. I'll be waiting for them." },
    { file: '004_f238b8de7f3077ec.txt', section: 'Rules of engagement', quote: 'Rule 2: Posts should not contain abuse, harassment, intimidation or threats of any form.' },
    { file: '000_02512859952f4825.txt', section: 'Unacceptable content directed at our elected members', quote: "we'll not tolerate any violent or aggressive behaviour" },
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (7) Malicious and obscene communications', quote: 'It is a criminal offence to publish anything that people would consider malicious or obscene communications.' },
  ],
  message:
    "{lead}This could be read as a threat of violence. Threats are a criminal matter and a serious Code of Conduct breach, so please don't post this. If you're angry, step away and come back to it later.",
  action: 'Do not post this. Step away and come back to it later.',
  examples: {
    trigger: [
      { text: "If I ever see any of them in my area, they better watch their backs. I'll be waiting for them.", source: 'catalog R07 #1', severity: 'stop' },
      { text: "Whoever keeps fly-tipping on Thurnscoe Road deserves a good kicking and I'll happily do it.", source: 'catalog R07 #2', severity: 'stop' },
      { text: "@SteveP you'd better not show your face at the next meeting or you'll regret it.", source: 'catalog R07 #3', severity: 'stop' },
      { text: 'People like him want stringing up.', source: 'catalog R07 #4', severity: 'stop' },
      { text: "Say that to my face and you'll end up in hospital.", context: { kind: 'reply' }, source: 'catalog R07 #5', severity: 'stop' },
      { text: "I'm going to batter you next time I see you at the Co-op.", severity: 'stop' },
      { text: 'Someone should st4b that landlord, honestly.', severity: 'stop' },
      { text: '@DaveBentley 🔪🔪', severity: 'stop' },
      { text: 'I will k i l l the lot of them if they come back.', severity: 'stop' },
      { text: "Carry on like that and you'll be going home on a stretcher.", severity: 'stop' },
      { text: 'Somebody should knock his teeth down his throat.', severity: 'stop' },
      { text: 'He wants to watch himself on his way home from the next meeting.', severity: 'stop' },
      { text: "I'll put you in hospital if you come near my family again.", severity: 'stop' },
      { text: 'Death to all the immigrants in those hotels.', severity: 'stop' },
    ],
    quiet: [
      { text: "We'll fight this closure tooth and nail — see you at the consultation meeting.", source: 'catalog R07 #1' },
      { text: 'Barnsley are going to batter Rotherham on Saturday! Come on you Reds!', source: 'catalog R07 #2' },
      { text: "I received a message saying I'd 'better watch my back'. It's been reported to the police.", source: 'catalog R07 #3', allowInfo: true },
      { text: 'Kill the Bill: why the Planning Bill is wrong for our villages.', source: 'catalog R07 #4' },
      { text: 'We smashed our recycling target this year — thank you, residents!', source: 'catalog R07 #5' },
      { text: "We're going to beat them at the ballot box in May." },
      { text: 'The hanging baskets on Market Street will be taken down on Monday.' },
      { text: 'I would never want anyone to get hurt at the protest.' },
      { text: 'Great photo shoot with the Year 6 choir today.' },
      { text: "The opposition's alternative budget would have cut £2m from road repairs." },
      { text: 'They are going to cut £300,000 from the youth service again.' },
      { text: 'Mrs Hale has had two falls since May, and the second one put her in hospital.' },
      { text: 'Parks will cut the grass on the verges every three weeks from April.' },
      { text: 'Watch yourself walking home tonight — the street lights on Park Lane are out again.' },
      { text: "We want to end every disabled resident's isolation with the new befriending scheme." },
    ],
  },
  detect(doc) {
    const hits: Hit[] = [];
    for (const h of threatHits(doc)) {
      hits.push(h.info ? { ...h.span, severity: 'info', vars: { lead: QUOTE_CONDEMN_MESSAGE + ' ' } } : { ...h.span, vars: { lead: '' } });
    }
    return hits;
  },
});

/**
 * Cues about children and vulnerable people, and about where somebody can be found (catalog R24,
 * R25, R26, R50). Regex only, on the original text, bounded windows; each list is memoised per
 * draft. Rules should gate on `mayMentionChild` / `mayMentionVulnerable` before asking for more.
 *
 * Stable API:
 *   childNouns(doc)      "lad", "my daughter", "pupils", "under-11s"… (kind 'individual' | 'group')
 *   ageCues(doc)         "(8)", "aged 12", "12-year-old", "year 9"
 *   schools(doc)         "Oakfield Primary", "Hillside Academy", "St Aidan's" (kind 'school' | 'saint'), lists.childrensSchools
 *   routines(doc)        "walks home", "at 3:15", "on her own", "every morning", "works nights"
 *   places(doc)          house + street, street name, estate, postcode, "opposite the…", "the big house on…", "number 31"
 *   careStatus(doc)      "foster children", "looked-after child", "in care", "adopted son", "care leaver"
 *   namedChildren(doc)   names tied to a child: "my daughter Sophie", "Lily-Mae Turner (8)", "the lad … is Tyler",
 *                        "Young Jayden", "Maisie's first nativity", "Jayden … He's 11"
 *   organisedGroups(doc) a children's group that is a unit: "Cubs", "Brownies", "Year 6", "our under-11s", "U12s"
 *   attends(doc)         where a child goes: "who goes to Holy Trinity", "attends Springvale", "is in Year 4 at St Mary's"
 *   listedFamilyNames(doc)  the member's family names, possessives too ("Maisie's")
 *   sentenceWindow(doc, span, next)   the sentence around a span, optionally with the next one (binary search)
 *   sentenceOf(doc, offset)           the sentence containing an offset (binary search)
 *   within(sortedCues, window)        the cues inside a window (binary search)
 *   strongEnough(ids)                 drops 'weak' routine cues (a time, "every day") standing alone
 *   HitSet                            dedupes and caps hit spans so long drafts stay linear
 */
import { defineGate, gate } from '../cues';
import type { TextDoc } from '../doc';
import type { Span } from '../types';
import { memberLists } from './lists';
import { nlpParse } from './nlp-doc';
import { isFirstName, people } from './people';

export interface Cue extends Span {
  kind: string;
  text: string;
}

/** Cheap gate: one regex test for anything child-shaped. */
const MAY_CHILD =
  /\b(?:kids?|child|children|pupils?|sons?|daughters?|boys?|girls?|lads?|lass|toddlers?|bab(?:y|ies)|teen|teens|teenagers?|teenage|youngsters?|grand(?:son|daughter|child|children|kids)|step(?:son|daughter)|year \d{1,2}|aged \d{1,2}|under-?\d{1,2}s?|u\d{1,2}s|foster|looked[- ]after|in care|adopted|juniors|infants|primary|academy|school|nursery)\b|\(\d{1,2}\)|\b(?:young|little|wee) [A-Z]|\b(?:he|she)['’]s (?:only |just |now )?\d|['’]s (?:very )?(?:first |last |big )?(?:nativity|sports day|christening|prom|leavers|parents['’] evening|swimming gala|dance show|birthday party)\b/i;

export function mayMentionChild(text: string): boolean {
  return MAY_CHILD.test(text);
}

const MAY_VULNERABLE =
  /\b(?:refuge|safe ?house|supported (?:accommodation|housing|living)|hostel|children['’]s home|approved premises|bail|care leaver|foster|elderly|(?:lives?|living) (?:alone|on (?:his|her|their) own|by (?:him|her)self)|vulnerable|dementia|frail|housebound|pensioner|oap|disabled|domestic (?:abuse|violence)|key ?safe|halfway house|sheltered|wander(?:s|ed|ing)?|falling|missing|alzheimer['’]?s?|lost|confused|bed-?bound)\b/i;

export function mayMentionVulnerable(text: string): boolean {
  return MAY_VULNERABLE.test(text);
}

// ---------- gates ----------
// Each scan below runs only when the engine's one reading of the draft (rules/cues.ts) found a word that every
// one of its matches holds, as a regex's \b sees it; most drafts have none, and pay a bit test instead of a scan.

const G_DIGITS = defineGate('children/digits', { digits: true });
/** INDIVIDUAL_CHILD's words (NOUN_IS_NAME's are among them). */
const INDIVIDUAL_WORDS = ['lad', 'lass', 'boy', 'girl', 'kid', 'child', 'son', 'daughter', 'teenager', 'teen', 'toddler', 'baby', 'youngster', 'schoolboy', 'schoolgirl', 'grandson', 'granddaughter', 'grandchild', 'nephew', 'niece', 'stepson', 'stepdaughter', 'pupil'];
const G_INDIVIDUAL = defineGate('children/individual', { words: INDIVIDUAL_WORDS });
/** GROUP_CHILD: "under-11s" has the word "under", "under11s" and "u11s" are one word each (prefixes). */
const G_GROUP = defineGate('children/group', {
  words: ['kids', 'children', 'pupils', 'boys', 'girls', 'lads', 'teenagers', 'teens', 'youngsters', 'toddlers', 'babies', 'young', 'grandchildren', 'grandkids', 'under', 'year', 'juniors', 'infants', 'cubs', 'brownies', 'beavers', 'rainbows', 'scouts', 'guides', 'class', 'school', 'schoolteam', 'squad'],
  prefixes: [...'0123456789'].flatMap((d) => [`under${d}`, `u${d}`]),
});
/** AGE_RE (with digits too): "(8)", "aged 12", "12-year-old", "Year 9", "9th birthday", "he's 11" (read as "hes"). */
const G_AGE = defineGate('children/age', { words: ['age', 'aged', 'year', 'years', 'birthday', 'hes', 'shes'], chars: '(' });
/** CARE_RE: "foster(ed) …", "looked after …", "… in/into care", "care leaver", "adopted …", "children's home", "placed on …". */
const G_CARE = defineGate('children/care', { words: ['foster', 'fostered', 'looked', 'care', 'adopted', 'children', 'placed'] });
/** RELATION_NAME's nouns, alone or run together with the word before them ("my stepson", "my littleboy"). */
const RELATION_NOUNS = ['son', 'daughter', 'boy', 'girl', 'lad', 'lass', 'grandson', 'granddaughter', 'grandchild', 'nephew', 'niece', 'child', 'kid', 'stepson', 'stepdaughter'];
const RELATION_BEFORE = ['eldest', 'youngest', 'oldest', 'little', 'baby', 'teenage', 'middle', 'twin', 'step', 'grand', 'foster', 'adopted'];
const G_RELATION = defineGate('children/relation', { words: [...RELATION_NOUNS, ...RELATION_BEFORE.flatMap((b) => RELATION_NOUNS.map((n) => b + n))] });
const G_NOUN_IS = defineGate('children/noun-is', { words: ['lad', 'lass', 'boy', 'girl', 'kid', 'child', 'teenager', 'teen', 'youngster', 'son', 'daughter'] });
/** NAME_AGE: "Name (8)", "Name aged 8" (and "Name, 8,": digitComma). */
const G_NAME_AGE = defineGate('children/name-age', { words: ['aged'], chars: '(' });
const G_YOUNG = defineGate('children/young', { words: ['young', 'little', 'wee'] });
/** EVENT_NAME's occasions ("day at school" has "school", "sports day" "sports"), after a possessive (the word "s" of "Maisie's"). */
const G_EVENT = defineGate('children/event', { words: ['nativity', 'school', 'sports', 'nursery', 'christening', 'prom', 'leavers', 'parents', 'swimming', 'dance', 'birthday'] });
const G_POSSESSIVE = defineGate('children/possessive', { words: ['s'] });
/** An age said of a person: "he's 11", "she’s only 9" (AGE_RE's said-age). */
const G_SAID_AGE = defineGate('children/said-age', { words: ['hes', 'shes'] });

// ---------- child nouns ----------

const INDIVIDUAL_CHILD =
  /\b(?:lad|lass|boy|girl|kid|child|son|daughter|teenager|teen|toddler|baby|youngster|schoolboy|schoolgirl|grandson|granddaughter|grandchild|nephew|niece|stepson|stepdaughter|pupil)\b/gi;
const GROUP_CHILD =
  /\b(?:kids|children|pupils|boys|girls|lads|teenagers|teens|youngsters|toddlers|babies|young people|grandchildren|grandkids|under-?\d{1,2}s|u\d{1,2}s|year \d{1,2}(?:s|\sclass(?:es)?|\spupils|\schildren)|juniors|infants|cubs|brownies|beavers|rainbows|scouts|guides|class of \d{4}|school ?team|squad)\b/gi;
// Organisations and services named after children are not children.
const NOT_CHILD_AFTER = /^['’]?s? (?:services|social care|centres?|commissioner|hospital|trust|charity|society|services budget|act|minister|department|ward|home)\b/i;

export function childNouns(doc: TextDoc): Cue[] {
  return doc.memo('children/nouns', () => {
    const out: Cue[] = [];
    for (const [re, kind, g] of [[INDIVIDUAL_CHILD, 'individual', G_INDIVIDUAL], [GROUP_CHILD, 'group', G_GROUP]] as const) {
      if (!gate(doc, g)) continue;
      for (const m of doc.matchAll(re)) {
        const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
        if (NOT_CHILD_AFTER.test(after)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, kind, text: m[0] });
      }
    }
    return out.sort(byStart);
  });
}

// ---------- organised groups ----------

// A group that is a unit children belong to: a uniformed group, a school year, a junior side. A photo
// of one shows particular children, with or without a word about what they were doing.
// Capitalised on purpose: "guides to recycling", "beavers on the Dearne" and "rainbows" are not groups.
const UNIFORMED = /\b(?:Cub Scouts|Beaver Scouts|Girl ?Guides|Sea Cadets|Army Cadets|Air Cadets|Boys['’] Brigade|Girls['’] Brigade|Cubs|Brownies|Scouts)\b/g;
// Names that are also things: a group only after "the/our/local/with/to/and/&/,", or listed with another group.
const UNIFORMED_AMBIGUOUS = /\b(?:Guides|Beavers|Rainbows)\b/g;
// A capital says little at a sentence start ("Brownies and tea at the coffee morning"), or in a handle.
const AT_START = /(?:^|[.!?\n:;"“‘(—–-]\s*|@)$/;
// A school year as a group of children: "to Year 6 from Scout Dike", "Year 3 from Athersley North", "our
// Year 2 class", not "Year 1 of the plan", "free lessons for Year 7s", "good luck, Year 11".
const YEAR_GROUP = /\b[Yy]ear ([1-9]|1[0-3])(?:s| class(?:es)?| pupils| children)?\b(?![\d:.,]\d|\s(?:of|on|in review|results?|budget|plan|figures|report|review|programme|funding|targets?|\d))/g;
const YEAR_AFTER = /^s?(?: class(?:es)?| pupils| children)\b|^s? (?:from|at) (?:the )?[A-Z]/;
const YEAR_BEFORE = /\b(?:to|with|the|our|meet|met|meeting|joined by|welcomed|welcoming|visit from|thanks to)\s$/i;
// A junior side: "our under-11s", "Dodworth Under 12s", "the U12s" (not "free swimming for under-16s").
const JUNIOR_SIDE = /\b(?:(?:[Oo]ur|[Tt]he|[Tt]heir)\s|[A-Z][a-z'’]{2,20}\s)(?:[Uu]nder[- ]?\d{1,2}s|U\d{1,2}s)\b|(?<!\b(?:for|[Ff]ree|all|including|to|and|or|aged?)\s)\bU\d{1,2}s\b/g;

export function organisedGroups(doc: TextDoc): Cue[] {
  return doc.memo('children/organised', () => {
    const out: Cue[] = [];
    const text = doc.text;
    const add = (start: number, end: number, kind: string) => out.push({ start, end, kind, text: text.slice(start, end) });
    const uniformed = [...doc.matchAll(UNIFORMED), ...doc.matchAll(UNIFORMED_AMBIGUOUS)];
    for (const m of uniformed) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const ambiguous = /^(?:Guides|Beavers|Rainbows)$/.test(m[0]);
      const supported = uniformed.length > 1 || /^ from /.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
      if (AT_START.test(before) ? supported : !ambiguous || supported || /(?:\b(?:the|our|local|with|to|and)|&|,)\s$/i.test(before)) add(m.index, m.index + m[0].length, 'uniformed');
    }
    for (const m of doc.matchAll(YEAR_GROUP)) {
      const end = m.index + m[0].length;
      if (YEAR_AFTER.test(text.slice(m.index + 5 + m[1].length, end + 12)) || YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) add(m.index, end, 'year-group');
    }
    for (const m of doc.matchAll(JUNIOR_SIDE)) {
      const s = m.index + m[0].search(/[Uu](?:nder|\d)/);
      add(s, m.index + m[0].length, 'junior-side');
    }
    return dropContained(out.sort(byStart));
  });
}

// ---------- where a child goes ----------

// Where a child goes week in, week out: "who goes to Holy Trinity", "attends Springvale", "is in Year 4 at
// St Mary's". A start ("starts at Holy Trinity on Monday") is one day, and a name after it may be anything.
const ATTENDS = new RegExp(
  String.raw`\b(?:goes to|attends|(?:is|are) (?:a )?pupils? at|(?:is|are) in (?:[Yy]ear \d{1,2}|[Rr]eception|[Nn]ursery) at)\s(?:the\s)?((?:(?:St\.?|Saint|Our|Holy)\s)?[A-Z][\w'’-]{1,25}(?:\s[A-Z][\w'’-]{1,25}){0,2})`,
  'g',
);

/** Where a child regularly goes, named: the place after "goes to", "attends", "is a pupil at" (kind 'attends'). */
export function attends(doc: TextDoc): Cue[] {
  return doc.memo('children/attends', () =>
    doc.matchAll(ATTENDS).map((m) => {
      const s = m.index + m[0].length - m[1].length;
      return { start: s, end: s + m[1].length, kind: 'attends', text: m[1] };
    }),
  );
}

// ---------- ages ----------

// "He's 11", "she's only 9": an age said of a person (units after the number make it something else: "he's 10 minutes away").
const AGE_RE =
  /\((\d{1,2})\)|\baged? (\d{1,2})(?:\s?[-–—]\s?\d{1,2})?\b|\b(\d{1,2})[- ]years?[- ]old\b|\b[Yy]ear ([1-9]|1[0-3])\b(?![\d]|,\d)|\b(\d{1,2})(?:st|nd|rd|th) birthday\b|\b(?:[Hh]e|[Ss]he)['’]s (?:only |just |now )?(\d{1,2})\b(?![:.,/]?\d|\s?(?:%|[-–—]\s?\d|(?:am|pm|mins?|minutes|hours?|hrs?|secs?|seconds|days?|weeks?|months?|points?|goals?|runs?|miles?|mph|quid|p|pence|st|lbs?|kg|stone|times|x|th|st|nd|rd|percent|feet|ft|foot|inches|cm|metres?|meters?|m)\b))/g;

export function ageCues(doc: TextDoc): Cue[] {
  return doc.memo('children/ages', () => {
    const out: Cue[] = [];
    if (!gate(doc, G_DIGITS) || !gate(doc, G_AGE)) return out;
    for (const m of doc.matchAll(AGE_RE)) {
      const n = +(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]);
      const range = /[-–—]/.test(m[0]);
      const kind = m[4] ? 'year-group' : range ? 'range' : m[6] ? 'said-age' : 'age';
      if (kind !== 'year-group' && (n < 1 || n > 17)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind, text: m[0] });
    }
    return out;
  });
}

// ---------- schools ----------

const SCHOOL_RE =
  /\b(?:(?:St\.?|Saint) )?[A-Z][\w'’-]{1,30}(?: (?:[A-Z][\w'’-]{1,30}|of|and|&)){0,3} (?:Primary|Academy|School|Juniors|Infants|College|Nursery|High School|Grammar|Junior School|Infant School|C of E|CofE)\b/g;
const SAINT_RE = /\b(?:St\.?|Saint) [A-Z][a-z]{2,20}['’]s\b/g;

export function schools(doc: TextDoc): Cue[] {
  return doc.memo('children/schools', () => {
    const out: Cue[] = [];
    if (/\b(?:Primary|Academy|School|Juniors|Infants|College|Nursery|Grammar|C of E|CofE)\b/.test(doc.text)) {
      for (const m of doc.matchAll(SCHOOL_RE)) {
        let s = m.index;
        // Drop a leading sentence word swallowed by the pattern ("Congratulations Oakfield Primary" is rare; "At Oakfield Primary" common).
        const first = /^(?:At|In|From|To|The|Our|My|Visited|Visiting|Congratulations|Well)\s/.exec(m[0]);
        if (first) s += first[0].length;
        if (/^(?:Primary|Academy|School|College|High)\b/.test(doc.text.slice(s))) continue;
        out.push({ start: s, end: m.index + m[0].length, kind: 'school', text: doc.text.slice(s, m.index + m[0].length) });
      }
    }
    if (/\b(?:St\.?|Saint) [A-Z]/.test(doc.text)) {
      for (const m of doc.matchAll(SAINT_RE)) {
        if (out.some((c) => c.start <= m.index && m.index < c.end)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, kind: 'saint', text: m[0] });
      }
    }
    const listed = memberLists(doc).childrensSchools;
    if (listed.size > 0) {
      for (const m of listed.find(doc.skeleton)) {
        if (out.some((c) => c.start <= m.start && m.end <= c.end)) {
          for (const c of out) if (c.start <= m.start && m.end <= c.end) c.kind = 'listed-school';
          continue;
        }
        out.push({ start: m.start, end: m.end, kind: 'listed-school', text: doc.text.slice(m.start, m.end) });
      }
    }
    return out.sort(byStart);
  });
}

// ---------- routines ----------

// Movement says where a person will be ("walks home", "school run"); a time, "every Monday" or
// "on her own" only adds to another detail (kind 'weak').
const ROUTINE_RE =
  /\b(?:walks?|walking|cycles?|cycling|gets? the bus|catches the bus|goes) (?:home|to school|back home|to and from)\b|\bschool run\b|\bafter school\b|\b(?:picks?|picked|pick|drops?|dropped|drop) (?:him|her|them) (?:up|off)\b|\bworks (?:nights|days|lates|weekends|late)\b|\b(?:trains|plays|swims) (?:at|for|with) [A-Z]|(\bat \d{1,2}[:.]\d{2}\b|\bon (?:his|her|their) own\b|\b(?:every|each) (?:morning|day|night|evening|afternoon|weekday|weekend|week|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gi;

/** Routine cues: kind 'routine' (movement, work pattern) or 'weak' (a time, "every Monday", "on her own"). */
export function routines(doc: TextDoc): Cue[] {
  return doc.memo('children/routines', () => doc.matchAll(ROUTINE_RE).map((m) => ({ start: m.index, end: m.index + m[0].length, kind: m[1] ? 'weak' : 'routine', text: m[0] })));
}

/** Drop 'weak' routine cues unless something stronger is there too. */
export function strongEnough<T extends Cue | Span>(ids: T[]): T[] {
  return ids.some((i) => (i as Cue).kind !== 'weak') ? ids : [];
}

// ---------- places ----------

const STREET_WORDS = 'Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Court|Grove|Terrace|Place|Gardens|Walk|Hill|Row|Mews|View|Rise|Square|Green|Fold|Croft|Parade|Gate|Vale|Bank|Top|Side|End';
// "16 Bank End Road", "12 Orchard Close", "flat 3, 4 Elm Road"
const HOUSE_STREET = new RegExp(
  String.raw`\b(?:(?:flat|apartment|apt|no\.?|number)\s{0,2}\d{1,4}[a-z]?,?\s{0,2})?\d{1,4}[a-z]?,?\s{1,2}(?:[A-Z][a-z'’]{1,20}\s){1,3}(?:${STREET_WORDS})\b`,
  'g',
);
const STREET = new RegExp(String.raw`\b(?:[A-Z][a-z'’]{1,20}\s){1,3}(?:Street|Road|Lane|Avenue|Close|Drive|Way|Crescent|Court|Grove|Terrace|Place|Gardens|Walk|Mews|Rise|Square|Fold|Croft|Parade|Vale)\b`, 'g');
const ESTATE = /\b(?:the )?[A-Z][a-z'’]{2,20} [Ee]state\b/g;
const POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s?\d[ABD-HJLNP-UW-Z]{2}\b/g;
const LANDMARK = /\b(?:opposite|next door to|next to|above|behind|across from|round the corner from|near) the [A-Z]?[\w'’-]{2,25}\b|\bthe (?:big|old|new|white|red|green|blue|corner|end|last|first|detached|semi|terraced) (?:house|bungalow|flat|building|property|place|one) (?:on|at|in|by|near|opposite)\b|\b(?:it['’]s |at )?(?:number|no\.) ?\d{1,4}\b|\b(?:the|a) flat above the [\w'’-]{2,20}\b/g;
const STREET_SKIP = /^(?:The|A|An|This|That|Our|My|Your|Their|Every|Each|Main|High)\s/;
/** HOUSE_STREET's and STREET's street words (whole words after a space): a draft without one skips both scans. */
const G_HOUSE_STREET = defineGate('children/house-street', { words: STREET_WORDS.toLowerCase().split('|') });
const G_STREET = defineGate('children/street', { words: 'street road lane avenue close drive way crescent court grove terrace place gardens walk mews rise square fold croft parade vale'.split(' ') });

export function places(doc: TextDoc): Cue[] {
  return doc.memo('children/places', () => {
    const out: Cue[] = [];
    const text = doc.text;
    const add = (start: number, end: number, kind: string) => {
      out.push({ start, end, kind, text: text.slice(start, end) });
    };
    if (/\d/.test(text)) {
      for (const m of gate(doc, G_HOUSE_STREET) ? doc.matchAll(HOUSE_STREET) : []) add(m.index, m.index + m[0].length, 'house');
      for (const m of doc.matchAll(POSTCODE)) add(m.index, m.index + m[0].length, 'postcode');
    }
    for (const m of gate(doc, G_STREET) ? doc.matchAll(STREET) : []) {
      let s = m.index;
      const skip = STREET_SKIP.exec(m[0]);
      if (skip) s += skip[0].length;
      if (s >= m.index + m[0].length - 4) continue;
      add(s, m.index + m[0].length, 'street');
    }
    if (/estate/i.test(text)) for (const m of doc.matchAll(ESTATE)) add(m.index, m.index + m[0].length, 'estate');
    for (const m of doc.matchAll(LANDMARK)) add(m.index, m.index + m[0].length, 'landmark');
    return dropContained(out.sort(byStart));
  });
}

// ---------- care status ----------

const CARE_RE =
  /\bfoster(?:ed)? (?:child|children|kids?|sons?|daughters?|boys?|girls?|lads?|placements?|teenagers?)\b|\blooked[- ]after (?:child|children|kids?|young (?:people|person)|boys?|girls?)\b|\b(?:taken|placed|put|living|lives|grew up|been|is|are|was) (?:into |in )care\b(?! (?:home|homes|workers?|staff|sector|providers?|quality|plan))|\bcare leavers?\b|\badopted (?:son|daughter|child|children|kids?|boy|girl)\b|\bchildren['’]s home\b|\bplaced (?:on|in|at|with) (?!the agenda)/gi;

export function careStatus(doc: TextDoc): Cue[] {
  return doc.memo('children/care', () => (gate(doc, G_CARE) ? doc.matchAll(CARE_RE) : []).map((m) => ({ start: m.index, end: m.index + m[0].length, kind: /placed (?:on|in|at|with)/i.test(m[0]) ? 'placed' : 'care', text: m[0] })));
}

// ---------- named children ----------

const NAME = String.raw`[A-Z][a-z'’]{1,20}(?:-[A-Z][a-z'’]{1,20})?`;
const NOT_A_NAME = new Set(
  'The A An And But Is Was Who Has Had Have When Where Why How I I\'m Im It Its Our My Your His Her Their This That Who\'s Well Thanks Thank Happy Good Great Year Age Aged Item Appendix Section Page Paragraph Clause Rule Question Note Table Figure Point Ward Wards Labour Conservative Conservatives Tory Tories Reform Green Greens Independent Independents Liberal Lib Dem Dems Plaid Seats Votes Option Phase Stage Part Chapter Round Box Flat Room Unit Block Plot Lot Number No Total Turnout Majority Primary Academy School College Street Road Lane Avenue Close Drive Way Crescent Court Grove Council Councillor Cllr Mr Mrs Ms Miss Dr'.split(' '),
);
/** "son" → "[Ss]on": sentence-initial capitals without making the name pattern case-insensitive. */
const ci = (words: string) => words.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const RELATION_NAME = new RegExp(
  String.raw`\b(?:${ci('my|our|his|her|their|your|whose|a|the')})\s(?:(?:eldest|youngest|oldest|little|baby|teenage|middle|twin|step|grand|foster|adopted)[- ]?)?(?:son|daughter|boy|girl|lad|lass|grandson|granddaughter|grandchild|nephew|niece|child|kid|stepson|stepdaughter)(?:,)?\s(${NAME})\b`,
  'g',
);
const NAME_AGE = new RegExp(String.raw`\b(${NAME}(?: ${NAME})?),?\s(?:\((\d{1,2})\)|aged\s(\d{1,2})\b|(\d{1,2}),)`, 'g');
// Names given to children in England and Wales since about 2005 that the general first-name list
// (shared/people.ts) lacks, some because they are also words ("Grace", "Ruby", "Summer"). They count
// only where the words around them already say "child": "little Evie", "Ruby's first nativity", "… she's 8".
const CHILD_NAMES = new Set(
  ('olivia amelia isla ava mia ivy lily isabella rosie sophia grace freya willow florence evie poppy ella daisy sienna ruby maisie elsie millie ' +
    'harper darcie darcey esme phoebe matilda evelyn luna aria maya erin imogen scarlett lola layla hallie thea orla ellie lottie robyn holly ' +
    'megan chloe jessica emily sophie lucy katie amber abigail bethany niamh paige kayla aurora bonnie margot penelope violet hazel iris ada ' +
    'nancy mabel edie lyla gracie lexi mollie summer skye lacey macie tilly maddison madison lacie alisha aisha zara ' +
    'noah oliver george arthur muhammad mohammed leo harry oscar archie henry theo freddie jack charlie teddy alfie finley jayden tyler kai ' +
    'riley reggie tommy ronnie bobby frankie jude louie albie ezra rory hugo hunter harley kian mason logan ethan dylan caleb jenson jaxon ' +
    'rowan ollie toby zachary finn elliot max sonny lewis callum kyle liam bradley connor brody kayden jacob joshua lucas alexander')
    .split(' '),
);
function isChildName(word: string): boolean {
  return isFirstName(word) || CHILD_NAMES.has(word.toLowerCase().replace(/['’]s$/, ''));
}

const PET = /\b(?:dogs?|doggy|pup|puppy|puppies|cats?|kitten|kitty|pony|ponies|horse|rabbit|bunny|hamster|guinea pig|budgie|parrot|tortoise|pets?|paws?|walkies|vets?|greyhound|labrador|lab|spaniel|terrier|collie|staffie|whippet|lurcher|poodle|cockapoo|retriever|shepherd)\b/i;

// "Young Jayden", "little Harry": how people speak of a child by name.
const CAPITALISED = /\b[A-Z][a-z]{1,20}\b/g;
// ("Lil" is a stage name: "Lil Wayne".)
const YOUNG_NAME = new RegExp(String.raw`\b(?:[Yy]oung|[Ll]ittle|[Ww]ee)\s(${NAME})\b`, 'g');
// "Maisie's first nativity", "Jack's sports day": a child's occasion with the child's name.
const EVENT_NAME = new RegExp(
  String.raw`\b(${NAME})['’]s (?:very )?(?:first |last |big )?(?:nativity|school play|sports day|day (?:at|of) (?:big )?(?:school|nursery)|christening|prom|leavers['’]? (?:assembly|service|do|day)|parents['’] evening|school trip|swimming gala|dance show|birthday party)\b`,
  'g',
);
const NOUN_IS_NAME = new RegExp(
  String.raw`\b(?:${ci('lad|lass|boy|girl|kid|child|teenager|teen|youngster|son|daughter')})\b[^.!?\n]{0,50}?\b(?:is|called|named|name is|name['’]s)\s(${NAME})\b`,
  'g',
);

/** Names that the text ties to a child. `strength` 'tied' = relation, age or "is called"; 'near' = a person named next to an individual-child word. */
export interface NamedChild extends Cue {
  strength: 'tied' | 'near';
}

export function namedChildren(doc: TextDoc): NamedChild[] {
  return doc.memo('children/named', () => {
    const out: NamedChild[] = [];
    const text = doc.text;
    const add = (start: number, end: number, strength: NamedChild['strength'], kind: string) => {
      const name = text.slice(start, end);
      if (NOT_A_NAME.has(name.split(/[\s-]/)[0])) return;
      out.push({ start, end, kind, text: name, strength });
    };
    for (const m of gate(doc, G_RELATION) ? doc.matchAll(RELATION_NAME) : []) {
      const s = m.index + m[0].length - m[1].length;
      add(s, s + m[1].length, 'tied', 'relation');
    }
    // "Name (8)", "Name aged 8", "Name Surname, 8,": digits, and a bracket, "aged" or one or two digits before a comma.
    for (const m of gate(doc, G_DIGITS) && (gate(doc, G_NAME_AGE) || digitComma(text)) ? doc.matchAll(NAME_AGE) : []) {
      const age = +(m[2] ?? m[3] ?? m[4]);
      if (!(age >= 1 && age <= 17)) continue;
      // "Labour (12)": a single capitalised word needs a child word or a school nearby to be a child's name.
      const single = !m[1].includes(' ') && !m[1].includes('-');
      const win = sentenceWindow(doc, { start: m.index, end: m.index + m[0].length });
      if (single && within(childNouns(doc), win).length === 0 && within(schools(doc), win).length === 0) {
        // "Smith (2) and Jones (1)", "Labour (12), Conservative (8)": a tally of bracketed numbers is not ages.
        const tally = (doc.text.slice(win.start, win.end).match(/[A-Za-z] \(\d{1,3}\)/g) ?? []).length >= 2;
        if (tally || (!isFirstName(m[1]) && !nlpPerson(doc, m.index, m.index + m[1].length))) continue;
      }
      if (m[4] && single) continue; // "Tom, 12, …" only with two words or a bracket
      add(m.index, m.index + m[1].length, 'tied', 'age');
    }
    for (const m of gate(doc, G_NOUN_IS) ? doc.matchAll(NOUN_IS_NAME) : []) {
      const s = m.index + m[0].length - m[1].length;
      add(s, s + m[1].length, 'tied', 'called');
    }
    // A first name (or a listed family name) as a child: "Young Jayden", "Maisie's first nativity".
    // Pets have names, ages and birthday parties too: not with a pet word in the sentence.
    const listed = listedFamilyNames(doc);
    const knownName = (start: number, name: string) => isChildName(name.split('-')[0]) || listed.some((l) => l.start === start);
    const aboutPet = (at: number, from = sentenceOf(doc, at).start) => PET.test(text.slice(from, sentenceOf(doc, at).end));
    for (const re of [YOUNG_NAME, EVENT_NAME]) {
      if (re === YOUNG_NAME ? !gate(doc, G_YOUNG) : !gate(doc, G_EVENT) || !gate(doc, G_POSSESSIVE)) continue;
      for (const m of doc.matchAll(re)) {
        const s = re === YOUNG_NAME ? m.index + m[0].length - m[1].length : m.index;
        if (knownName(s, m[1]) && !aboutPet(s)) add(s, s + m[1].length, 'tied', re === YOUNG_NAME ? 'young' : 'occasion');
      }
    }
    // An age said of the last person named before it: "Jayden … needs a wheelchair. He's 11".
    let linked = 0;
    for (const a of gate(doc, G_SAID_AGE) ? ageCues(doc) : []) {
      if (a.kind !== 'said-age' || ++linked > 50) continue;
      const from = Math.max(a.start - 300, previousSentenceStart(doc, sentenceOf(doc, a.start).start));
      if (aboutPet(a.start, from)) continue;
      let last: { start: number; end: number } | null = null;
      for (const p of people(doc)) {
        if (p.end > a.start || p.start < from || p.org || (p.kind !== 'first' && p.kind !== 'full' && p.kind !== 'listed')) continue;
        if (p.kind === 'listed' ? p.list !== 'familyNames' : !isFirstName(p.name.split(/[\s-]/)[0])) continue;
        last = p;
      }
      // A child's name the people pass does not know ("Ruby", "Evie"), if it comes later.
      for (const m of text.slice(from, a.start).matchAll(CAPITALISED)) {
        const st = from + m.index;
        if ((!last || st > last.start) && CHILD_NAMES.has(m[0].toLowerCase())) last = { start: st, end: st + m[0].length };
      }
      if (last) add(last.start, last.end, 'tied', 'said-age');
    }
    // Listed family names count as named children only next to a child word (R50 handles adults).
    const nouns = gate(doc, G_INDIVIDUAL) ? childNouns(doc).filter((c) => c.kind === 'individual') : [];
    if (nouns.length > 0) {
      for (const p of people(doc)) {
        if (p.org || p.kind === 'mention' || p.kind === 'honorific') continue;
        // Headlines are Title Case ("Her Son Wear Pink Fairy Wings"): a nearby name must start with a known first name.
        if (p.kind !== 'listed' && !isFirstName(p.name.split(/[\s-]/)[0])) continue;
        const near = within(nouns, { start: Math.max(0, p.start - 40), end: p.end + 40 }).some((c) => (c.end <= p.start && p.start - c.end <= 25) || (p.end <= c.start && c.start - p.end <= 25));
        if (near) add(p.start, p.end, 'near', p.kind);
      }
    }
    // Earlier patterns are stronger: keep the first of overlapping names.
    const rank = new Map(out.map((c, i) => [c, i]));
    const sorted = [...out].sort(byStart);
    const seen: NamedChild[] = [];
    for (const c of sorted) {
      const last = seen[seen.length - 1];
      if (last && c.start < last.end) {
        if (rank.get(c)! < rank.get(last)!) seen[seen.length - 1] = c;
        continue;
      }
      seen.push(c);
    }
    return seen;
  });
}

/** One or two digits right before a comma ("Tom Smith, 12, …"), as NAME_AGE's third form needs. */
function digitComma(text: string): boolean {
  for (let i = text.indexOf(','); i > 0; i = text.indexOf(',', i + 1)) {
    const c = text.charCodeAt(i - 1);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// ---------- the member's family names ----------

/** The member's listed family names in the draft, possessives included ("Maisie's" gives "Maisie", shared/literal.ts). */
export function listedFamilyNames(doc: TextDoc): Span[] {
  return doc.memo('children/family', () => {
    const list = doc.lists.familyNames;
    if (!Array.isArray(list) || list.length === 0) return [];
    return memberLists(doc).familyNames.find(doc.skeleton).map((m) => ({ start: m.start, end: m.end })).sort(byStart);
  });
}

// ---------- helpers ----------

/** In full mode, compromise's people() as a second opinion on a single capitalised word ("Mia"). */
function nlpPerson(doc: TextDoc, start: number, end: number): boolean {
  const p = nlpParse(doc);
  return !!p && p.people.some((s) => s.start <= start && end <= s.end);
}

/**
 * Collects hit spans without quadratic work on long drafts: exact duplicates are merged (the
 * strongest severity wins), overlaps are resolved once at the end, and the count is capped.
 */
export class HitSet {
  private map = new Map<string, { start: number; end: number; severity?: 'stop' | 'warn' | 'info'; vars?: Record<string, string> }>();
  constructor(private readonly limit = 200) {}
  get size(): number {
    return this.map.size;
  }
  add(s: Span, severity?: 'stop' | 'warn' | 'info', vars?: Record<string, string>): void {
    if (s.end <= s.start) return;
    const k = `${s.start}:${s.end}`;
    const prev = this.map.get(k);
    if (prev) {
      if (severity && (!prev.severity || RANK[severity] > RANK[prev.severity])) prev.severity = severity;
      return;
    }
    if (this.map.size >= this.limit) return;
    this.map.set(k, { start: s.start, end: s.end, severity, vars });
  }
  /** Hits in text order; of overlapping spans the first (longest at a position) is kept. */
  hits(): { start: number; end: number; severity?: 'stop' | 'warn' | 'info'; vars?: Record<string, string> }[] {
    const all = [...this.map.values()].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: typeof all = [];
    for (const h of all) {
      const last = out[out.length - 1];
      if (last && h.start < last.end) {
        if (h.severity && (!last.severity || RANK[h.severity] > RANK[last.severity])) last.severity = h.severity;
        continue;
      }
      out.push(h);
    }
    return out;
  }
}
const RANK = { info: 1, warn: 2, stop: 3 } as const;

/** Cues of a sorted list that lie inside a window (binary search to the first candidate). */
export function within<T extends Span>(list: readonly T[], w: Span): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < w.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i].start < w.end; i++) if (list[i].end <= w.end) out.push(list[i]);
  return out;
}

/** Index of the last sentence for which `before` holds (sentences are in order, so `before` flips once), or -1. */
function lastSentence(ss: readonly Span[], before: (s: Span) => boolean): number {
  let lo = 0;
  let hi = ss.length - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before(ss[mid])) {
      i = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return i;
}

/** The sentence containing the span (and, with `next`, the following sentence too). */
export function sentenceWindow(doc: TextDoc, span: Span, next = false): Span {
  const ss = doc.sentences;
  const i = lastSentence(ss, (s) => s.start <= span.start);
  if (i < 0 || span.start >= ss[i].end) return { start: Math.max(0, span.start), end: Math.max(span.end, i >= 0 && i + 1 < ss.length ? ss[i + 1].end : span.end) };
  let end = Math.max(ss[i].end, span.end);
  if (next && i + 1 < ss.length) end = Math.max(end, ss[i + 1].end);
  return { start: ss[i].start, end };
}

/** Where the sentence before the one starting at `start` starts; `start` if there is none. */
function previousSentenceStart(doc: TextDoc, start: number): number {
  const ss = doc.sentences;
  const i = lastSentence(ss, (s) => s.end <= start);
  return i >= 0 ? ss[i].start : start;
}

/** The sentence containing an offset (binary search), or the gap around it. */
export function sentenceOf(doc: TextDoc, at: number): Span {
  return sentenceWindow(doc, { start: at, end: at });
}

export function inside(a: Span, w: Span): boolean {
  return a.start >= w.start && a.end <= w.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Drop spans that lie inside an earlier (longer) span; input sorted by start, longest first. */
function dropContained<T extends Span>(xs: T[]): T[] {
  const out: T[] = [];
  let maxEnd = -1;
  for (const x of xs) {
    if (x.end <= maxEnd) continue;
    out.push(x);
    maxEnd = Math.max(maxEnd, x.end);
  }
  return out;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

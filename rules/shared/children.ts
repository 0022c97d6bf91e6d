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
 *   namedChildren(doc)   names tied to a child: "my daughter Sophie", "Lily-Mae Turner (8)", "the lad … is Tyler"
 *   sentenceWindow(doc, span, next)   the sentence around a span, optionally with the next one (binary search)
 *   sentenceOf(doc, offset)           the sentence containing an offset (binary search)
 *   within(sortedCues, window)        the cues inside a window (binary search)
 *   strongEnough(ids)                 drops 'weak' routine cues (a time, "every day") standing alone
 *   HitSet                            dedupes and caps hit spans so long drafts stay linear
 */
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
  /\b(?:kids?|child|children|pupils?|sons?|daughters?|boys?|girls?|lads?|lass|toddlers?|bab(?:y|ies)|teen|teens|teenagers?|teenage|youngsters?|grand(?:son|daughter|child|children|kids)|step(?:son|daughter)|year \d{1,2}|aged \d{1,2}|under-?\d{1,2}s?|u\d{1,2}s|foster|looked[- ]after|in care|adopted|juniors|infants|primary|academy|school)\b|\(\d{1,2}\)/i;

export function mayMentionChild(text: string): boolean {
  return MAY_CHILD.test(text);
}

const MAY_VULNERABLE =
  /\b(?:refuge|safe ?house|supported (?:accommodation|housing|living)|hostel|children['’]s home|approved premises|bail|care leaver|foster|elderly|(?:lives?|living) (?:alone|on (?:his|her|their) own)|vulnerable|dementia|frail|housebound|pensioner|oap|disabled|domestic (?:abuse|violence)|key ?safe|halfway house|sheltered)\b/i;

export function mayMentionVulnerable(text: string): boolean {
  return MAY_VULNERABLE.test(text);
}

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
    for (const [re, kind] of [[INDIVIDUAL_CHILD, 'individual'], [GROUP_CHILD, 'group']] as const) {
      for (const m of doc.matchAll(re)) {
        const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
        if (NOT_CHILD_AFTER.test(after)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, kind, text: m[0] });
      }
    }
    return out.sort(byStart);
  });
}

// ---------- ages ----------

const AGE_RE =
  /\((\d{1,2})\)|\baged? (\d{1,2})(?:\s?[-–—]\s?\d{1,2})?\b|\b(\d{1,2})[- ]years?[- ]old\b|\b[Yy]ear ([1-9]|1[0-3])\b(?![\d]|,\d)|\b(\d{1,2})(?:st|nd|rd|th) birthday\b/g;

export function ageCues(doc: TextDoc): Cue[] {
  return doc.memo('children/ages', () => {
    const out: Cue[] = [];
    for (const m of doc.matchAll(AGE_RE)) {
      const n = +(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
      const range = /[-–—]/.test(m[0]);
      const kind = m[4] ? 'year-group' : range ? 'range' : 'age';
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

export function places(doc: TextDoc): Cue[] {
  return doc.memo('children/places', () => {
    const out: Cue[] = [];
    const text = doc.text;
    const add = (start: number, end: number, kind: string) => {
      out.push({ start, end, kind, text: text.slice(start, end) });
    };
    if (/\d/.test(text)) {
      for (const m of doc.matchAll(HOUSE_STREET)) add(m.index, m.index + m[0].length, 'house');
      for (const m of doc.matchAll(POSTCODE)) add(m.index, m.index + m[0].length, 'postcode');
    }
    for (const m of doc.matchAll(STREET)) {
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
  return doc.memo('children/care', () => doc.matchAll(CARE_RE).map((m) => ({ start: m.index, end: m.index + m[0].length, kind: /placed (?:on|in|at|with)/i.test(m[0]) ? 'placed' : 'care', text: m[0] })));
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
    for (const m of doc.matchAll(RELATION_NAME)) {
      const s = m.index + m[0].length - m[1].length;
      add(s, s + m[1].length, 'tied', 'relation');
    }
    for (const m of doc.matchAll(NAME_AGE)) {
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
    for (const m of doc.matchAll(NOUN_IS_NAME)) {
      const s = m.index + m[0].length - m[1].length;
      add(s, s + m[1].length, 'tied', 'called');
    }
    // Listed family names count as named children only next to a child word (R50 handles adults).
    const nouns = childNouns(doc).filter((c) => c.kind === 'individual');
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

/** The sentence containing the span (and, with `next`, the following sentence too). */
export function sentenceWindow(doc: TextDoc, span: Span, next = false): Span {
  const ss = doc.sentences;
  // Binary search: the last sentence starting at or before the span.
  let lo = 0;
  let hi = ss.length - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].start <= span.start) {
      i = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (i < 0 || span.start >= ss[i].end) return { start: Math.max(0, span.start), end: Math.max(span.end, i >= 0 && i + 1 < ss.length ? ss[i + 1].end : span.end) };
  let end = Math.max(ss[i].end, span.end);
  if (next && i + 1 < ss.length) end = Math.max(end, ss[i + 1].end);
  return { start: ss[i].start, end };
}

/** The sentence containing an offset (binary search; doc.sentenceAt is linear). */
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

/**
 * Civic look-alikes: the numbers a councillor posts all day that are NOT personal data. Phone,
 * identifier and address rules mask these spans first (catalog §1.6, §1.7, R17, R20):
 *  dates ("12/03", "12/03/2024", "12 March", "Friday"), times ("10:30", "10–2", "9–5", "2am"),
 *  planning references ("2024/0123/FUL", "24/00512/FUL", "B/23/01234/OUT"), money ("£1,250,000", "£4.2m"),
 *  percentages, vote counts ("34 votes to 12"), road numbers ("A61", "B6096", "M1 J37"), bus routes
 *  ("X17", "72a"), public service numbers (101, 111, 999, 116 123), organisation ranges
 *  (03xx, 080x, 084x, 087x, 09) and the member's list of council numbers (lists.councilNumbers).
 *
 * `civicSpans(doc)` is memoised per draft; `isCivic(doc, span)` says whether a span overlaps one.
 */
import { defineGate, gate } from '../cues';
import type { TextDoc } from '../doc';
import type { Span } from '../types';
import { parseUkPhone, ukPhones } from './validators';

export type CivicKind =
  | 'date'
  | 'time'
  | 'planning-ref'
  | 'money'
  | 'percent'
  | 'votes'
  | 'road'
  | 'bus'
  | 'public-number'
  | 'organisation-number'
  | 'council-number'
  | 'year'
  | 'count';

export interface CivicSpan extends Span {
  kind: CivicKind;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const AMPM = '(?:[ \\t]?(?:am|pm|a\\.m\\.|p\\.m\\.))';
const MONTH_GATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const VOTE_CUE = /\b(?:vot\w*|motion|carried|defeated|majority|abstain\w*|amendment|won|lost|score\w*|beat|drew|fell|passed)\b/i;

type Pattern = [kind: CivicKind, re: RegExp, ok: ((m: RegExpExecArray, text: string) => boolean) | null, gate: RegExp, wordGate?: string];

/**
 * Word gates (rules/cues.ts) in front of the regex gates whose alternations would otherwise be tried all over the
 * draft ("jan|feb|…" also finds "mayor" and "decision"): every match of the pattern holds one of these words whole.
 */
const G = (name: string, words: string, prefixes: string[] = []) => defineGate(`civic/${name}`, { words: words.split(' '), prefixes });
const G_MONTH = G('month', 'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december');
const G_DAY = G('day', 'monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday saturdays sunday sundays');
const G_DAY_SHORT = G('day-short', 'mon tue tues wed thu thur thurs fri sat sun');
const G_PENCE = G('pence', 'p pence pounds quid gbp');
const G_PERCENT = G('percent', 'per percent');
const G_VOTES = G('votes', 'vote votes');
const G_MAJORITY = G('majority', 'majority margin');
const G_VOTE_CUE = G('vote-cue', 'motion carried defeated majority amendment won lost beat drew fell passed', ['vot', 'abstain', 'score']);
const G_BUS = G('bus', 'bus buses route routes service services number');
const G_BUS_AFTER = G('bus-after', 'bus buses');

/**
 * Each pattern has a cheap gate (one simple test on the whole draft, after its word gate when it has one) so a
 * draft pays only for the kinds of number it actually contains.
 */
const PATTERNS: Pattern[] = [
  // Planning references before dates so "2024/0123/FUL" is one span.
  ['planning-ref', /(?<![\w\/])(?:[A-Z]{1,3}\/)?\d{2,4}\/\d{3,6}(?:\/[A-Z]{2,6})?\b/g, null, /\d\/\d/],
  ['date', /(?<![\w\/.,:])(\d{1,2})[\/.\-](\d{1,2})(?:[\/.\-](?:\d{4}|\d{2}))?(?![\w\/]|[.,:]\d)/g, (m) => validDayMonth(+m[1], +m[2]), /\d[\/.\-]\d/],
  ['date', new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?${MONTH}\\b\\.?(?:,?[ \\t]+\\d{4})?`, 'gi'), null, MONTH_GATE, G_MONTH],
  ['date', new RegExp(`\\b${MONTH}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?[ \\t]+\\d{4})?`, 'gi'), null, MONTH_GATE, G_MONTH],
  ['date', new RegExp(`\\b${MONTH}[ \\t]+\\d{4}\\b`, 'gi'), null, MONTH_GATE, G_MONTH],
  ['date', /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:s)?\b/gi, null, /day/i, G_DAY],
  ['date', /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?(?=[ \t]+\d)/g, null, /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?[ \t]+\d/, G_DAY_SHORT],
  ['time', new RegExp(`\\b\\d{1,2}(?:[:.]\\d{2})?${AMPM}?[ \\t]*(?:[-–—]|to|till|until)[ \\t]*\\d{1,2}(?:[:.]\\d{2})?${AMPM}?(?![\\w\\/]|[.,:]\\d)`, 'gi'), (m) => timeRange(m[0]), /\d[ \t]*(?:[-–—]|to\b|till|until)|\d[ap]\.?m/i],
  ['time', new RegExp(`\\b\\d{1,2}[:.]\\d{2}${AMPM}?(?![\\d])`, 'gi'), (m) => /^\d{1,2}[:.][0-5]\d/.test(m[0]) && +m[0].split(/[:.]/)[0] <= 24, /\d[:.]\d\d/],
  ['time', new RegExp(`\\b\\d{1,2}${AMPM}\\b`, 'gi'), null, /\d[ \t]?[ap]\.?m/i],
  ['money', /[£€$][ \t]?\d[\d,]{0,15}(?:\.\d{1,2})?(?:[ \t]?(?:m|bn|k|million|billion|thousand)\b)?/gi, null, /[£€$]/],
  ['money', /\b\d{1,3}(?:\.\d{1,2})?[ \t]?(?:p|pence)\b|\b\d[\d,]{0,15}(?:\.\d{1,2})?[ \t]?(?:pounds|quid|GBP)\b/g, null, /\d[ \t]?(?:p|pence|pounds|quid|GBP)\b/, G_PENCE],
  ['percent', /\b\d{1,3}(?:\.\d{1,2})?[ \t]?(?:%|per[ \t]?cent\b)/gi, null, /%|per[ \t]?cent/i],
  ['votes', /\b\d{1,4}(?:,\d{3})?[ \t]+votes?\b(?:[ \t]+(?:to|against)[ \t]+\d{1,4})?/gi, null, /votes?\b/i, G_VOTES],
  ['votes', /\b(?:majority|margin)[ \t]+of[ \t]+\d[\d,]{0,8}\b/gi, null, /majority|margin/i, G_MAJORITY],
  ['votes', /\b\d{1,3}[ \t]*(?:[-–—]|to)[ \t]*\d{1,3}(?:[ \t]*(?:[-–—]|with)[ \t]*\d{1,3})?\b/g, (m, text) => VOTE_CUE.test(text.slice(Math.max(0, m.index - 50), m.index + m[0].length + 30)), VOTE_CUE, G_VOTE_CUE],
  ['road', /\b[ABM]\d{1,4}(?:\([MT]\))?\b/g, null, /[ABM]\d/],
  ['road', /\b(?:J|[Jj]unction[ \t]{0,2})\d{1,2}[a-z]?\b/g, null, /J\d|[Jj]unction[ \t]{0,2}\d/],
  ['bus', /\b[Xx]\d{1,3}[a-z]?\b/g, null, /[Xx]\d/],
  ['bus', /\b(?:bus|buses|route|routes|service|services|number)[ \t]+(?:no\.?[ \t]*)?\d{1,3}[a-zA-Z]?(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|or)[ \t]+)\d{1,3}[a-zA-Z]?){0,6}\b/gi, null, /(?:bus|buses|route|routes|service|services|number)[ \t]+(?:no\.?[ \t]*)?\d/i, G_BUS],
  ['bus', /\b\d{1,3}[a-zA-Z]?(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|or)[ \t]+)\d{1,3}[a-zA-Z]?){0,6}[ \t]+(?:bus|buses|bus[ \t]+routes?|bus[ \t]+services?)\b/gi, null, /\d[a-zA-Z]?[ \t]+bus/i, G_BUS_AFTER],
  ['public-number', /(?<![\w.,\/-]|\d[ \t])(?:999|112|101|111|116[ \t]?\d{3}|118[ \t]?\d{3})(?![\w\/]|[.,-]\d|[ \t]\d)/g, null, /999|112|101|111|116|118/],
  ['year', /\b(?:19|20)\d{2}(?:[-–\/](?:\d{2}|\d{4}))?\b/g, null, /(?:19|20)\d\d/],
  ['count', /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b/g, null, /\d,\d{3}/],
];

function validDayMonth(a: number, b: number): boolean {
  // UK day/month; accept US month/day too (it is still a date, not a phone or ID).
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
}

function timeRange(s: string): boolean {
  const nums = s.match(/\d{1,2}(?=[:.]\d{2}|\D|$)/g);
  if (!nums || nums.length < 2) return false;
  return nums.every((n) => +n <= 24);
}

/** Spans of the draft that are civic look-alikes, sorted by start. */
export function civicSpans(doc: TextDoc): CivicSpan[] {
  return doc.memo('shared/civic', () => findCivic(doc));
}

function findCivic(doc: TextDoc): CivicSpan[] {
  const text = doc.text;
  const out: CivicSpan[] = [];
  if (!/\d|day\b/i.test(text)) return out;
  for (const [kind, re, ok, test, wordGate] of PATTERNS) {
    if ((wordGate && !gate(doc, wordGate)) || !test.test(text)) continue;
    for (const m of doc.matchAll(re)) {
      if (ok && !ok(m, text)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind });
    }
  }
  if (/\d{3}/.test(text)) {
    const council = councilNumbers(doc);
    const phones = ukPhones(doc);
    // A "year", "count", vote or time inside a phone number ("0808 2000 247", "07797-374-151") is part of the number.
    for (let i = out.length - 1; i >= 0; i--) {
      const c = out[i];
      if ((c.kind === 'year' || c.kind === 'count' || c.kind === 'votes' || c.kind === 'time' || c.kind === 'bus' || c.kind === 'road' || c.kind === 'public-number') && phones.some((p) => p.start <= c.start && c.end <= p.end)) out.splice(i, 1);
    }
    for (const p of phones) {
      if (council.has(p.phone.national)) out.push({ start: p.start, end: p.end, kind: 'council-number' });
      else if (p.phone.organisation) out.push({ start: p.start, end: p.end, kind: 'organisation-number' });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

const councilCache = new WeakMap<object, Set<string>>();
/** The member's council and organisation numbers, as national digit strings. */
export function councilNumbers(doc: TextDoc): Set<string> {
  const list = doc.lists.councilNumbers;
  if (!list || list.length === 0) return new Set();
  let s = councilCache.get(list);
  if (!s) {
    s = new Set();
    for (const n of list) {
      if (typeof n !== 'string') continue;
      const p = parseUkPhone(n);
      s.add(p ? p.national : n.replace(/\D+/g, ''));
    }
    councilCache.set(list, s);
  }
  return s;
}

/** True when the span overlaps a civic look-alike (optionally only of the given kinds). */
export function isCivic(doc: TextDoc, span: Span, kinds?: readonly CivicKind[]): boolean {
  return civicAt(doc, span, kinds) !== null;
}

/** The first civic span overlapping `span`, or null. */
export function civicAt(doc: TextDoc, span: Span, kinds?: readonly CivicKind[]): CivicSpan | null {
  const all = civicSpans(doc);
  // Civic spans are short (< 70 characters): start the scan just before the span (binary search keeps long drafts fast).
  let lo = 0;
  let hi = all.length;
  const from = span.start - 80;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < all.length; i++) {
    const c = all[i];
    if (c.start >= span.end) break;
    if (c.end > span.start && (!kinds || kinds.includes(c.kind))) return c;
  }
  return null;
}

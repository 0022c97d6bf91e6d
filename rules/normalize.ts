/**
 * Normalisation for matching only (design.md §7). The original text is never changed: every
 * normalised form keeps, for each of its characters, the span of the original it came from, so
 * a match is reported on the characters the member actually typed.
 */

export interface Folded {
  /** Lower-case, invisible characters removed, compatibility forms and look-alikes folded. */
  text: string;
  /** For each character of `text`, where its source code point starts and ends in the original. */
  from: Int32Array;
  to: Int32Array;
  source: string;
}

// Soft hyphen, combining grapheme joiner, zero-width and directional marks, word joiner and
// invisible operators, BOM, Mongolian vowel separator, variation selectors, bidi embeddings and isolates.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
const MARK = /\p{M}/u;

/** Cyrillic, Greek and other letters that look like Latin ones (a small, safe subset of Unicode confusables). */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ʏ: 'y', ɡ: 'g', ı: 'i', ɩ: 'i',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ω: 'w',
  ϲ: 'c', ϳ: 'j', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th',
  '‘': "'", '’': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-',
};

const foldCache = new Map<string, string>();

function foldCodePoint(cp: string): string {
  let out = foldCache.get(cp);
  if (out !== undefined) return out;
  const code = cp.codePointAt(0)!;
  if (code >= 0xe0000 && code <= 0xe007f) out = ''; // tag characters
  else if (cp.length === 1 && code >= 0xd800 && code <= 0xdfff) out = '\uFFFD'; // lone surrogate
  else if (INVISIBLE.test(cp)) out = '';
  else {
    out = '';
    for (const c of cp.normalize('NFKD')) {
      if (MARK.test(c)) continue; // Zalgo and accents: "fück" matches "fuck"
      const lower = c.toLowerCase();
      out += CONFUSABLES[lower] ?? lower;
    }
    // NFKD can expand into characters that are themselves foldable (e.g. full-width forms): fold once more.
    if (out.length > 0 && out !== cp) out = [...out].map((c) => CONFUSABLES[c] ?? c).join('');
  }
  if (foldCache.size < 20000) foldCache.set(cp, out);
  return out;
}

const ASCII_ONLY = /^[\x00-\x7F]*$/;

export function fold(source: string): Folded {
  if (ASCII_ONLY.test(source)) {
    const n = source.length;
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    for (let i = 0; i < n; i++) { from[i] = i; to[i] = i + 1; }
    return { text: source.toLowerCase(), from, to, source };
  }
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const code = source.charCodeAt(i);
    // Fast path: printable ASCII.
    if (code < 0x80) {
      chars.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : source[i]);
      from.push(i);
      to.push(i + 1);
      i++;
      continue;
    }
    const cp = String.fromCodePoint(source.codePointAt(i)!);
    const len = code >= 0xd800 && code <= 0xdbff && i + 1 < n && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const unit = len === 2 ? cp : source[i];
    const folded = foldCodePoint(unit);
    for (let k = 0; k < folded.length; k++) {
      chars.push(folded[k]);
      from.push(i);
      to.push(i + len);
    }
    i += len;
  }
  return { text: chars.join(''), from: Int32Array.from(from), to: Int32Array.from(to), source };
}

/** Map a [start, end) span of a normalised form back to the original text. */
export function toOriginal(f: { from: Int32Array; to: Int32Array; source: string }, start: number, end: number): { start: number; end: number } {
  if (f.from.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, f.from.length - 1));
  const e = Math.max(s, Math.min(end, f.to.length) - 1);
  let stop = f.to[e];
  // Take trailing combining marks with the last letter, so a Zalgo word is highlighted whole.
  while (stop < f.source.length && MARK.test(f.source[stop])) stop++;
  return { start: f.from[s], end: stop };
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'l', '€': 'e', '£': 'l' };

export interface Skeleton {
  /** Words of the folded text, leetspeak undone, separated by single spaces. */
  text: string;
  from: Int32Array;
  to: Int32Array;
  source: string;
  tokens: SkeletonToken[];
}

export interface SkeletonToken {
  /** The token as it appears in the skeleton. */
  text: string;
  /** Offsets into skeleton.text. */
  start: number;
  end: number;
}

const LETTER_RE = /\p{L}/u;
const isLetterCode = (c: number, ch: string) => (c >= 97 && c <= 122) || (c > 127 && LETTER_RE.test(ch));
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const STAR = 42;
const APOS = 39;

/** Characters that can stand inside a word: letters, digits, leetspeak symbols, the masking asterisk and apostrophes. */
function isWordish(c: number, ch: string): boolean {
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  if (c === STAR || c === APOS || c === 64 /* @ */ || c === 36 /* $ */ || c === 33 /* ! */) return true;
  if (c < 128) return false;
  return ch === '€' || ch === '£' || LETTER_RE.test(ch);
}

/**
 * The matching skeleton of a text: folded, split into words, leetspeak undone inside words that
 * contain a letter ("sh1t" → "shit", but "07700" stays digits), apostrophes dropped, and runs of
 * three or more single characters joined ("f u c k", "f.u.c.k" → "fuck").
 */
export function skeleton(input: string | Folded): Skeleton {
  const f = typeof input === 'string' ? fold(input) : input;
  const t = f.text;
  const n = t.length;
  // 1. Raw tokens on the folded text: [start, end) pairs, trimmed of leading/trailing symbols.
  const rs: number[] = [];
  const re: number[] = [];
  let i = 0;
  while (i < n) {
    let c = t.charCodeAt(i);
    if (!isWordish(c, t[i])) { i++; continue; }
    const s = i;
    while (i < n && isWordish(t.charCodeAt(i), t[i])) i++;
    let a = s, b = i;
    // Leading and trailing symbols are punctuation, not letters ("wow!", "'hello'", "$5", "@dave"),
    // except a dollar sign on a word that has letters: "$hit", "a$$" are leetspeak.
    let letters = false;
    for (let q = s; q < i && !letters; q++) letters = isLetterCode(t.charCodeAt(q), t[q]);
    const keep = (code: number, ch: string) => code === STAR || isDigitCode(code) || isLetterCode(code, ch) || (letters && code === 36);
    while (a < b && !keep(t.charCodeAt(a), t[a])) a++;
    while (b > a && !keep(t.charCodeAt(b - 1), t[b - 1])) b--;
    if (b > a) { rs.push(a); re.push(b); }
  }
  // 2. Group runs of >= 3 single-character tokens separated by one short gap on the same line,
  //    and emit the skeleton. It is never longer than the folded text (one separator per gap).
  const codes = new Uint16Array(n + 1);
  const from = new Int32Array(n + 1);
  const to = new Int32Array(n + 1);
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  const emit = (gs: number, ge: number) => {
    let hasLetter = false;
    for (let k = gs; k <= ge && !hasLetter; k++) for (let q = rs[k]; q < re[k]; q++) if (isLetterCode(t.charCodeAt(q), t[q])) { hasLetter = true; break; }
    const sepAt = pos;
    if (starts.length > 0) { codes[pos] = 32; from[pos] = to[pos] = f.from[rs[gs]]; pos++; }
    const tokStart = pos;
    for (let k = gs; k <= ge; k++) {
      for (let q = rs[k]; q < re[k]; q++) {
        let code = t.charCodeAt(q);
        if (code === APOS) continue;
        if (hasLetter) { const l = LEET[t[q]]; if (l !== undefined) code = l.charCodeAt(0); }
        else if (!isDigitCode(code) && code !== STAR) continue;
        codes[pos] = code; from[pos] = f.from[q]; to[pos] = f.to[q];
        pos++;
      }
    }
    if (pos === tokStart) { pos = sepAt; return; }
    starts.push(tokStart); ends.push(pos);
  };
  const m = rs.length;
  for (let k = 0; k < m; ) {
    let j = k;
    if (re[k] - rs[k] === 1) {
      while (j + 1 < m && re[j + 1] - rs[j + 1] === 1 && rs[j + 1] - re[j] <= 2 && t.charCodeAt(re[j]) !== 10 && t.charCodeAt(rs[j + 1] - 1) !== 10) j++;
    }
    if (j - k + 1 >= 3) { emit(k, j); k = j + 1; }
    else { emit(k, k); k++; }
  }
  let text = '';
  for (let a = 0; a < pos; a += 8192) text += String.fromCharCode.apply(null, codes.subarray(a, Math.min(pos, a + 8192)) as unknown as number[]);
  const tokens: SkeletonToken[] = starts.map((st, k) => ({ text: text.slice(st, ends[k]), start: st, end: ends[k] }));
  return { text, from: from.slice(0, pos), to: to.slice(0, pos), source: f.source, tokens };
}

/** Collapse runs of a repeated character to one ("scummmm" → "scum"). */
export function collapseRuns(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out += s[i];
  return out;
}

/** Digits only, for comparing phone numbers and account numbers however they are spaced. */
export function digitsOnly(s: string): string {
  return s.replace(/\D+/g, '');
}

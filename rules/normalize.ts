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
  /**
   * Folding changed nothing beyond ASCII: every character of the source above U+007F folded to itself
   * (emoji, symbols), so the folded text is the source with its ASCII capitals lowered, unit for unit.
   */
  asciiOnlyChanges?: boolean;
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

let identityFrom = new Int32Array(0);
let identityTo = new Int32Array(0);
function growIdentity(n: number) {
  const cap = Math.max(n, identityFrom.length * 2, 4096);
  identityFrom = new Int32Array(cap);
  identityTo = new Int32Array(cap);
  for (let i = 0; i < cap; i++) { identityFrom[i] = i; identityTo[i] = i + 1; }
}

/**
 * Scratch buffers, reused from draft to draft (the results are copies). `scratchBytes` holds the same
 * characters as `scratchCodes` as bytes, for a result that turns out to be ASCII (see codesToString).
 */
let scratchCodes = new Uint16Array(1024);
let scratchBytes = new Uint8Array(1024);
let scratchFrom = new Int32Array(1024);
let scratchTo = new Int32Array(1024);
/** The skeleton's raw tokens (start, end, classes of their characters) and words (start, end): at most one per character. */
let scratchTokStart = new Int32Array(1024);
let scratchTokEnd = new Int32Array(1024);
let scratchTokClass = new Uint8Array(1024);
let scratchWordStart = new Int32Array(1024);
let scratchWordEnd = new Int32Array(1024);
function scratch(n: number) {
  if (scratchCodes.length >= n) return;
  const cap = Math.max(n, scratchCodes.length * 2);
  scratchCodes = new Uint16Array(cap);
  scratchBytes = new Uint8Array(cap);
  scratchFrom = new Int32Array(cap);
  scratchTo = new Int32Array(cap);
  scratchTokStart = new Int32Array(cap);
  scratchTokEnd = new Int32Array(cap);
  scratchTokClass = new Uint8Array(cap);
  scratchWordStart = new Int32Array(cap);
  scratchWordEnd = new Int32Array(cap);
}
// UTF-16 code units to a string: a TextDecoder (browsers and Node) is about twice as fast as
// String.fromCharCode.apply. The units never hold a lone surrogate (fold maps those to U+FFFD), so
// decoding is exact; a leading U+FEFF is kept (ignoreBOM). Uint16Array is in the platform's byte
// order, so the decoder is used only where that is little-endian. When every unit is ASCII (most
// skeletons, and the folded text of most drafts whose only non-ASCII characters are quotes or
// dashes), the bytes are decoded as UTF-8 instead: the same characters, three times faster again, and
// a one-byte string.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = LITTLE_ENDIAN && typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
const UTF8 = typeof TextDecoder === 'function' ? new TextDecoder('utf-8', { ignoreBOM: true }) : null;

/** The first `n` code units as a string; `ascii`: they are all below 0x80 and `bytes` holds them too. */
function codesToString(codes: Uint16Array, n: number, bytes?: Uint8Array, ascii = false): string {
  if (ascii && UTF8 && bytes) return UTF8.decode(bytes.subarray(0, n));
  if (UTF16) return UTF16.decode(new Uint8Array(codes.buffer, codes.byteOffset, 2 * n));
  let text = '';
  for (let a = 0; a < n; a += 8192) text += String.fromCharCode.apply(null, codes.subarray(a, Math.min(n, a + 8192)) as unknown as number[]);
  return text;
}

/**
 * The offset maps of the results: views of one shared block, handed out one after the other and never
 * written again. A typed array of its own costs an off-heap allocation (about 0.3 µs, and two maps per
 * form per draft); a view of the block costs a few tens of nanoseconds. When the block is full a new one
 * is started; the old one lives on only as long as some view into it. Long texts get arrays of their own.
 */
const BLOCK = 1 << 14;
let block = new Int32Array(BLOCK);
let blockUsed = 0;
function copyOut(src: Int32Array, n: number): Int32Array {
  if (n > BLOCK >> 3) return src.slice(0, n);
  if (blockUsed + n > BLOCK) { block = new Int32Array(BLOCK); blockUsed = 0; }
  const out = block.subarray(blockUsed, blockUsed + n);
  blockUsed += n;
  out.set(src.subarray(0, n));
  return out;
}

const NON_ASCII = /[^\x00-\x7F]/g;

/**
 * Most drafts beyond ASCII hold a few curly quotes, dashes, £ signs or accented letters, each folding to
 * one character: the folded text is then the lower-cased draft with those few characters replaced, and
 * every offset maps to itself (the shared identity views), so no character-by-character copy with its
 * offset maps is needed. Null when that does not hold (a surrogate pair such as an emoji, a character
 * folding to none or to several, many characters beyond ASCII): the general path below.
 */
function foldAligned(source: string): Folded | null {
  const lower = source.toLowerCase();
  // Without surrogates (checked below), equal lengths mean every character lower-cased to one.
  if (lower.length !== source.length) return null;
  // The pieces are joined at the end: a flat string (one built with += would be a tree of pieces,
  // and every charCodeAt on it slower).
  const parts: string[] = [];
  let last = 0;
  let count = 0;
  let asciiOnlyChanges = true;
  NON_ASCII.lastIndex = 0;
  while (NON_ASCII.test(source)) {
    const i = NON_ASCII.lastIndex - 1;
    const code = source.charCodeAt(i);
    if ((code >= 0xd800 && code <= 0xdfff) || ++count > 32) return null;
    const cp = source[i];
    const folded = foldCodePoint(cp);
    if (folded.length !== 1) return null;
    if (folded !== cp) asciiOnlyChanges = false;
    // Between two such characters every character is ASCII, lower-cased alike by toLowerCase.
    parts.push(lower.slice(last, i), folded);
    last = i + 1;
  }
  parts.push(lower.slice(last));
  const text = parts.join('');
  const n = source.length;
  if (identityFrom.length < n) growIdentity(n);
  return { text, from: identityFrom.subarray(0, n), to: identityTo.subarray(0, n), source, asciiOnlyChanges };
}

export function fold(source: string): Folded {
  if (ASCII_ONLY.test(source)) {
    // Every character maps to itself: views of one shared identity map (read-only, like every offset map).
    const n = source.length;
    if (identityFrom.length < n) growIdentity(n);
    return { text: source.toLowerCase(), from: identityFrom.subarray(0, n), to: identityTo.subarray(0, n), source, asciiOnlyChanges: true };
  }
  const aligned = foldAligned(source);
  if (aligned) return aligned;
  // Folding rarely grows a code point (ß → ss, ligatures, full-width forms) and one grows to 18 at
  // most (U+FDFA): the scratch buffers are made big enough as we go.
  const n = source.length;
  scratch(n + 64);
  let codes = scratchCodes, bytes = scratchBytes, from = scratchFrom, to = scratchTo;
  let p = 0;
  let i = 0;
  // Every unit written, or-ed: below 0x80 when the folded text is ASCII.
  let wide = 0;
  let asciiOnlyChanges = true;
  while (i < n) {
    if (p + 64 > codes.length) {
      scratch(codes.length * 2);
      scratchCodes.set(codes.subarray(0, p)); scratchBytes.set(bytes.subarray(0, p)); scratchFrom.set(from.subarray(0, p)); scratchTo.set(to.subarray(0, p));
      codes = scratchCodes; bytes = scratchBytes; from = scratchFrom; to = scratchTo;
    }
    const code = source.charCodeAt(i);
    // Fast path: ASCII.
    if (code < 0x80) {
      codes[p] = bytes[p] = code >= 65 && code <= 90 ? code + 32 : code;
      from[p] = i;
      to[p] = i + 1;
      p++;
      i++;
      continue;
    }
    const len = code >= 0xd800 && code <= 0xdbff && i + 1 < n && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const cp = len === 2 ? source.slice(i, i + 2) : source[i];
    const folded = foldCodePoint(cp);
    if (folded !== cp) asciiOnlyChanges = false;
    for (let k = 0; k < folded.length && k < 64; k++) {
      const c = folded.charCodeAt(k);
      codes[p] = bytes[p] = c;
      wide |= c;
      from[p] = i;
      to[p] = i + len;
      p++;
    }
    i += len;
  }
  return { text: codesToString(codes, p, bytes, wide < 0x80), from: copyOut(from, p), to: copyOut(to, p), source, asciiOnlyChanges };
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
  /**
   * Every word is a stretch of the folded text copied as it is (no leetspeak or spaced letters undone),
   * but for single apostrophes dropped from words without digits ("don't" → "dont"): the skeleton's
   * words, read as a regex \b sees them, are then the folded text's read whole across apostrophes
   * (rules/cues.ts reads the skeleton's cues with the folded text's).
   */
  verbatim?: boolean;
}

export interface SkeletonToken {
  /** The token as it appears in the skeleton. */
  text: string;
  /** Offsets into skeleton.text. */
  start: number;
  end: number;
}

const LETTER_RE = /\p{L}/u;

// Character classes of the folded text, as bits: a table for ASCII, computed and cached beyond it.
const WORDISH = 1; // can stand inside a word: letters, digits, leetspeak symbols, the masking asterisk, apostrophes
const LETTER = 2;
const DIGIT = 4;
const STAR = 8;
const DOLLAR = 16;
const SYMBOL = 32; // ' @ ! € £: inside a word only as leetspeak or an apostrophe
const WIDE = 64; // beyond ASCII
const APOS = 39;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = WORDISH | LETTER;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = WORDISH | DIGIT;
ASCII_CLASS[42] = WORDISH | STAR;
ASCII_CLASS[36] = WORDISH | DOLLAR;
ASCII_CLASS[APOS] = ASCII_CLASS[64] = ASCII_CLASS[33] = WORDISH | SYMBOL; // ' @ !
const wideClass = new Map<number, number>();

function classOf(c: number): number {
  if (c < 128) return ASCII_CLASS[c];
  if (c === 0x20ac || c === 0xa3) return WORDISH | SYMBOL | WIDE; // € £: leetspeak inside a word, never a letter
  let k = wideClass.get(c);
  if (k === undefined) {
    k = WIDE | (LETTER_RE.test(String.fromCharCode(c)) ? WORDISH | LETTER : 0);
    if (wideClass.size < 4096) wideClass.set(c, k);
  }
  return k;
}

/** Leetspeak inside a word with a letter: the character code it stands for, or -1. */
const LEET_CODE = new Int32Array(128).fill(-1);
for (const [k, v] of Object.entries(LEET)) if (k.charCodeAt(0) < 128) LEET_CODE[k.charCodeAt(0)] = v.charCodeAt(0);
const leetCode = (c: number) => (c < 128 ? LEET_CODE[c] : c === 0x20ac ? 101 : c === 0xa3 ? 108 : -1);

/**
 * The matching skeleton of a text: folded, split into words, leetspeak undone inside words that
 * contain a letter ("sh1t" → "shit", but "07700" stays digits), apostrophes dropped, and runs of
 * three or more single characters joined ("f u c k", "f.u.c.k" → "fuck").
 */
export function skeleton(input: string | Folded): Skeleton {
  const f = typeof input === 'string' ? fold(input) : input;
  const t = f.text;
  const n = t.length;
  // 1. Raw tokens on the folded text: [start, end) pairs, trimmed of leading/trailing symbols
  //    ("wow!", "'hello'", "$5", "@dave"), except a dollar sign on a word with letters ("$hit", "a$$"),
  //    with the classes of their characters (trimming never removes a letter: letters are always kept).
  scratch(n + 1);
  const rs = scratchTokStart, re = scratchTokEnd, classes = scratchTokClass;
  let m = 0;
  let i = 0;
  // The classes of every token's characters together: without WIDE, the skeleton is ASCII.
  let tokenClasses = 0;
  while (i < n) {
    if (!(classOf(t.charCodeAt(i)) & WORDISH)) { i++; continue; }
    const s = i;
    let all = 0;
    let k: number;
    while (i < n && (k = classOf(t.charCodeAt(i))) & WORDISH) { all |= k; i++; }
    const keep = all & LETTER ? STAR | DIGIT | LETTER | DOLLAR : STAR | DIGIT | LETTER;
    let a = s, b = i;
    // Only symbols (and a dollar sign in a word without letters) are trimmed: most words have none.
    if (all & (SYMBOL | DOLLAR)) {
      while (a < b && !(classOf(t.charCodeAt(a)) & keep)) a++;
      while (b > a && !(classOf(t.charCodeAt(b - 1)) & keep)) b--;
    }
    if (b > a) { rs[m] = a; re[m] = b; classes[m] = all; tokenClasses |= all; m++; }
  }
  // 2. Group runs of >= 3 single-character tokens separated by one short gap on the same line,
  //    and emit the skeleton. It is never longer than the folded text (one separator per gap), and
  //    has no more words than there were raw tokens.
  const codes = scratchCodes, bytes = scratchBytes, from = scratchFrom, to = scratchTo;
  const starts = scratchWordStart, ends = scratchWordEnd;
  const ffrom = f.from, fto = f.to;
  let pos = 0;
  let words = 0;
  let wide = 0;
  let verbatim = true;
  // The common case: an ASCII skeleton of a draft whose folded text maps offset for offset to it
  // (fold's identity views): a letters-only word is copied as bytes with its own offsets.
  const fast = !(tokenClasses & WIDE) && UTF8 !== null && ffrom.buffer === identityFrom.buffer && ffrom.byteOffset === 0 && fto.buffer === identityTo.buffer && fto.byteOffset === 0;
  for (let k = 0; k < m; ) {
    let j = k;
    if (re[k] - rs[k] === 1) {
      while (j + 1 < m && re[j + 1] - rs[j + 1] === 1 && rs[j + 1] - re[j] <= 2 && t.charCodeAt(re[j]) !== 10 && t.charCodeAt(rs[j + 1] - 1) !== 10) j++;
    }
    const ge = j - k + 1 >= 3 ? j : k;
    // Emit tokens k..ge as one skeleton word.
    let hasLetter = false;
    for (let g = k; g <= ge; g++) if (classes[g] & LETTER) { hasLetter = true; break; }
    const sepAt = pos;
    if (words > 0) { codes[pos] = bytes[pos] = 32; from[pos] = to[pos] = ffrom[rs[k]]; pos++; }
    const tokStart = pos;
    if (ge === k && classes[k] === (WORDISH | LETTER) && fast) {
      for (let q = rs[k]; q < re[k]; q++) { bytes[pos] = t.charCodeAt(q); from[pos] = q; to[pos] = q + 1; pos++; }
    } else if (ge === k && classes[k] === (WORDISH | LETTER)) {
      // Most words: letters only, copied as they are.
      for (let q = rs[k]; q < re[k]; q++) {
        const code = t.charCodeAt(q);
        codes[pos] = bytes[pos] = code; from[pos] = ffrom[q]; to[pos] = fto[q];
        wide |= code;
        pos++;
      }
    } else {
      // Apostrophes dropped; two in a row (the folded text's words end there, the skeleton's go on).
      let dropped = 0;
      let doubled = false;
      for (let g = k; g <= ge; g++) {
        for (let q = rs[g]; q < re[g]; q++) {
          let code = t.charCodeAt(q);
          if (code === APOS) { dropped++; if (t.charCodeAt(q + 1) === APOS) doubled = true; continue; }
          if (hasLetter) { const l = leetCode(code); if (l >= 0 && l !== code) { code = l; verbatim = false; } }
          else if (!(classOf(code) & (DIGIT | STAR))) continue;
          codes[pos] = bytes[pos] = code; from[pos] = ffrom[q]; to[pos] = fto[q];
          wide |= code;
          pos++;
        }
      }
      // Grouped spaced letters, or a character left out (a symbol among digits; an apostrophe next to
      // another or in a word with digits, whose pieces a regex reads differently).
      if (ge !== k || pos - tokStart !== re[k] - rs[k] - dropped || doubled || (dropped > 0 && classes[k] & DIGIT)) verbatim = false;
    }
    if (pos === tokStart) pos = sepAt;
    else { starts[words] = tokStart; ends[words] = pos; words++; }
    k = ge + 1;
  }
  const text = codesToString(codes, pos, bytes, fast || wide < 0x80);
  const tokens: SkeletonToken[] = new Array(words);
  for (let k = 0; k < words; k++) tokens[k] = { text: text.slice(starts[k], ends[k]), start: starts[k], end: ends[k] };
  return { text, from: copyOut(from, pos), to: copyOut(to, pos), source: f.source, tokens, verbatim };
}

/** Collapse runs of a repeated character to one ("scummmm" → "scum"). */
export function collapseRuns(s: string): string {
  // Most words repeat no character: the same string back, without building a copy one character at a time.
  let i = 1;
  while (i < s.length && s.charCodeAt(i) !== s.charCodeAt(i - 1)) i++;
  if (i >= s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(i - 1)) out += s[i];
  return out;
}

/** Digits only, for comparing phone numbers and account numbers however they are spaced. */
export function digitsOnly(s: string): string {
  return s.replace(/\D+/g, '');
}

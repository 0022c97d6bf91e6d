/**
 * Cues: the cheap gate in front of every rule. A rule declares the words (or word beginnings, or
 * characters) without which it can never fire; the engine reads the draft ONCE for the cues of every
 * rule together and calls a rule's `detect` only when one of its cues is there. Most drafts have
 * the cues of a handful of rules, so most rules cost one bit test instead of their own scans.
 *
 * A rule's cues must be a necessary condition of every hit it can return: if `detect` could find
 * something in a draft without any of them, the gate would hide it. Cues are looked for in the
 * folded text (lower case, accents, look-alikes and invisible characters undone, design.md §7),
 * word by word, so they are a superset of what case-insensitive patterns on the typed text find:
 * - `words`: whole words, lower case, without apostrophes: a word is read whole and in its pieces, so
 *   "dont" matches "don't" and "dont", and "council" matches "council's"; letters straight after
 *   digits start a piece too ("10percent" has the word "percent", "5G" the word "5g");
 * - `prefixes`: word beginnings ("immigra" matches "immigrants", "rumo" matches "rumour" and "rumor");
 * - `chars`: characters whose presence anywhere is enough ("£%©#@/", emoji);
 * - `digits`: any digit;
 * - `when`: a test of the context or settings that makes the rule run whatever the words
 *   (a member list to look for, a date inside an election period).
 * - `on: 'skeleton'`: read the words in the skeleton instead, for rules that match on it.
 * A rule without cues always runs.
 */
import type { TextDoc } from './doc';

export interface Cues {
  words?: readonly string[];
  prefixes?: readonly string[];
  chars?: string;
  digits?: boolean;
  when?: (doc: TextDoc) => boolean;
  /**
   * Where the words are read: the typed text (default, folded as above), or the skeleton (normalize.ts:
   * leetspeak and spaced letters undone, apostrophes dropped) for a rule whose patterns run on the
   * skeleton ("cr00k", "l i a r"). The skeleton is made for every draft anyway (the conduct lexicon).
   */
  on?: 'typed' | 'skeleton';
}

interface Gated { id: string; cues?: Cues }

const WORD_CHARS = 36; // a-z, 0-9

/** Trie slot of an ASCII character: a-z (either case) 0-25, digits 26-35, anything else -1. */
const SLOT = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) SLOT[97 + c] = SLOT[65 + c] = c;
for (let d = 0; d < 10; d++) SLOT[48 + d] = 26 + d;
const slot = (code: number): number => (code < 128 ? SLOT[code] : -1);

/**
 * Characters beyond ASCII that folding may turn into (or out of) word characters: anything but the
 * typographic punctuation it maps to ASCII punctuation or leaves alone (quotes, dashes, prime, £ € ©,
 * bullet, ellipsis, no-break space). Letters, marks, digits, invisible characters and symbols such as
 * "ⓧ" (folded to "x") all count, so the typed text is read too.
 */
const FOLD_CHANGES_WORDS = /[^\x00-\x7F\u2010-\u2015\u2018-\u201F\u2032\u00A3\u20AC\u00A9\u2022\u2026\u00A0]/;

/** The cues of a list of rules, compiled into one trie over the words of a draft. */
export class CueIndex {
  /** Bit of each gated rule (rules without cues are not here: they always run). */
  readonly bit = new Map<string, number>();
  private readonly width: number;
  private next: Int32Array;
  private exact: Uint32Array;
  private prefix: Uint32Array;
  private nodes = 1;
  /** Nodes where some rule's prefix ends (most nodes have none: the walk skips their masks). */
  private hasPrefix = new Uint8Array(64);
  private readonly charMask = new Map<number, Uint32Array>();
  private readonly digitMask: Uint32Array;
  private readonly whens: { bit: number; when: (doc: TextDoc) => boolean }[] = [];

  constructor(rules: readonly Gated[]) {
    const gated = rules.filter((r) => r.cues);
    if (gated.some((r) => r.cues!.on === 'skeleton') && gated.some((r) => r.cues!.on !== 'skeleton')) throw new Error('one CueIndex reads one text: split typed and skeleton cues (RuleCues does)');
    gated.forEach((r, i) => this.bit.set(r.id, i));
    this.width = Math.max(1, Math.ceil(gated.length / 32));
    this.next = new Int32Array(64 * WORD_CHARS).fill(-1);
    this.exact = new Uint32Array(64 * this.width);
    this.prefix = new Uint32Array(64 * this.width);
    this.digitMask = new Uint32Array(this.width);
    for (const r of gated) {
      const b = this.bit.get(r.id)!;
      const c = r.cues!;
      for (const w of c.words ?? []) {
        // insert() may grow the arrays: read this.exact only after it.
        const node = this.insert(r.id, w);
        this.set(this.exact, node, b);
      }
      for (const p of c.prefixes ?? []) {
        const node = this.insert(r.id, p);
        this.set(this.prefix, node, b);
        this.hasPrefix[node] = 1;
      }
      for (const ch of c.chars ?? '') {
        const code = ch.codePointAt(0)!;
        if (slot(code) >= 0 || code === 39) throw new Error(`${r.id}: cue character "${ch}" is a word character: list it as a word or prefix`);
        let m = this.charMask.get(code);
        if (!m) this.charMask.set(code, (m = new Uint32Array(this.width)));
        m[b >>> 5] |= 1 << (b & 31);
      }
      if (c.digits) this.digitMask[b >>> 5] |= 1 << (b & 31);
      if (c.when) this.whens.push({ bit: b, when: c.when });
      if (!c.words?.length && !c.prefixes?.length && !c.chars && !c.digits && !c.when) throw new Error(`${r.id}: empty cues would never let the rule run`);
    }
  }

  private set(arr: Uint32Array, node: number, b: number) {
    arr[node * this.width + (b >>> 5)] |= 1 << (b & 31);
  }

  private insert(id: string, word: string): number {
    if (!/^[a-z0-9]+$/.test(word)) throw new Error(`${id}: cue "${word}" must be lower-case letters and digits only (no spaces or apostrophes)`);
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const s = slot(word.charCodeAt(i));
      let to = this.next[node * WORD_CHARS + s];
      if (to < 0) {
        to = this.nodes++;
        if (to * WORD_CHARS >= this.next.length) this.grow();
        this.next[node * WORD_CHARS + s] = to;
      }
      node = to;
    }
    return node;
  }

  private grow() {
    const cap = (this.next.length / WORD_CHARS) * 2;
    const next = new Int32Array(cap * WORD_CHARS).fill(-1);
    next.set(this.next);
    this.next = next;
    const exact = new Uint32Array(cap * this.width);
    exact.set(this.exact);
    this.exact = exact;
    const prefix = new Uint32Array(cap * this.width);
    prefix.set(this.prefix);
    this.prefix = prefix;
    const hasPrefix = new Uint8Array(cap);
    hasPrefix.set(this.hasPrefix);
    this.hasPrefix = hasPrefix;
  }

  /**
   * The rules whose cues the draft has, as a bit set. Words are runs of ASCII letters and digits, as a
   * regex's \b sees them; every other character breaks a word. They are read in the folded text
   * ("fück" is "fuck", "ｋｉｌｌ" is "kill") and, when folding changed letters or dropped invisible
   * characters, in the typed text too ("killé" has the word "kill", "ki\u200Bll" the word "ki").
   */
  scan(doc: TextDoc, folded: string, typed: string): Uint32Array {
    const out = new Uint32Array(this.width);
    // The second reading matters only where folding changed a letter or dropped an invisible character.
    let digits = this.walk(folded, out);
    if (folded !== typed && FOLD_CHANGES_WORDS.test(typed) && this.walk(typed, out)) digits = true;
    if (digits) for (let k = 0; k < this.width; k++) out[k] |= this.digitMask[k];
    for (const { bit, when } of this.whens) {
      if (out[bit >>> 5] & (1 << (bit & 31))) continue;
      if (when(doc)) out[bit >>> 5] |= 1 << (bit & 31);
    }
    return out;
  }

  /**
   * One reading of the words of `s` into `out`; true if it saw a digit. A word is read whole with its
   * apostrophes skipped ("don't" → "dont", "council's" → "councils") and, at the same time, in the
   * pieces a regex's \b sees ("don", "t"; "council", "s"), so a cue is found either way; letters
   * straight after digits start a piece too ("10percent" → "percent", while "5g" stays whole).
   */
  private walk(s: string, out: Uint32Array): boolean {
    const W = this.width;
    const { next, exact, prefix, charMask, hasPrefix } = this;
    const n = s.length;
    let digits = false;
    let i = 0;
    const emit = (node: number) => {
      if (node > 0) { const o = node * W; for (let k = 0; k < W; k++) out[k] |= exact[o + k]; }
    };
    while (i < n) {
      let code = s.charCodeAt(i);
      let sl = slot(code);
      if (sl < 0) {
        if (code > 32 && charMask.size) {
          let cp = code;
          if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
            const lo = s.charCodeAt(i + 1);
            if (lo >= 0xdc00 && lo <= 0xdfff) { cp = (code - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000; i++; }
          }
          const m = charMask.get(cp);
          if (m) for (let k = 0; k < W; k++) out[k] |= m[k];
        }
        i++;
        continue;
      }
      // One word. `a`: the trie node of the whole word; `b`: of the piece since the last break (-1: no break yet).
      let a = 0;
      let b = -1;
      let prevDigit = false;
      while (i < n) {
        code = s.charCodeAt(i);
        sl = slot(code);
        if (sl < 0) {
          if (code === 39 || code === 0x2019) {
            const c2 = i + 1 < n ? s.charCodeAt(i + 1) : 32;
            if (slot(c2) >= 0) {
              emit(a);
              emit(b);
              b = 0;
              prevDigit = false;
              i++;
              continue;
            }
            break;
          }
          break;
        }
        if (sl >= 26) { digits = true; prevDigit = true; }
        else if (prevDigit) {
          emit(b >= 0 ? b : a);
          b = 0;
          prevDigit = false;
        }
        if (a >= 0) {
          a = next[a * WORD_CHARS + sl];
          if (a > 0 && hasPrefix[a]) { const o = a * W; for (let k = 0; k < W; k++) out[k] |= prefix[o + k]; }
        }
        if (b >= 0) {
          b = next[b * WORD_CHARS + sl];
          if (b > 0 && hasPrefix[b]) { const o = b * W; for (let k = 0; k < W; k++) out[k] |= prefix[o + k]; }
        }
        i++;
      }
      emit(a);
      emit(b);
    }
    return digits;
  }

  /** Is this rule or gate in the index? */
  has(id: string): boolean {
    return this.bit.has(id);
  }

  /** May this rule fire on the draft whose cue bits are `mask`? */
  passes(id: string, mask: Uint32Array): boolean {
    const b = this.bit.get(id);
    return b === undefined || (mask[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}

// ---------------------------------------------------------------------------------------------
// The engine's reading: every rule's and gate's cues in the typed text, and the cues of the rules
// that read the skeleton in the skeleton.

export interface CueState {
  index: CueIndex;
  mask: Uint32Array;
  skeleton: CueIndex | null;
  skeletonMask: Uint32Array | null;
}

export class RuleCues {
  readonly typed: CueIndex;
  readonly skeleton: CueIndex | null;
  constructor(rules: readonly Gated[], gates: readonly Gated[] = definedGates()) {
    const onSkeleton = rules.filter((r) => r.cues?.on === 'skeleton');
    this.typed = new CueIndex([...rules.filter((r) => r.cues?.on !== 'skeleton'), ...gates]);
    this.skeleton = onSkeleton.length ? new CueIndex(onSkeleton) : null;
  }

  /** One reading of the draft (and of its skeleton when a rule that reads it is on: `withSkeleton`). */
  read(doc: TextDoc, withSkeleton = true): CueState {
    const mask = this.typed.scan(doc, doc.folded.text, doc.text);
    const skeleton = withSkeleton ? this.skeleton : null;
    const sk = skeleton ? doc.skeleton.text : '';
    return { index: this.typed, mask, skeleton, skeletonMask: skeleton ? skeleton.scan(doc, sk, sk) : null };
  }

  /** May this rule fire on the draft read as `state`? (Rules without cues always may.) */
  passes(rule: Gated, state: CueState): boolean {
    if (!rule.cues) return true;
    if (rule.cues.on === 'skeleton') return state.skeleton ? state.skeleton.passes(rule.id, state.skeletonMask!) : true;
    return state.index.passes(rule.id, state.mask);
  }
}

// ---------------------------------------------------------------------------------------------
// Gates of shared helpers: named cue sets read in the same pass as the rules' cues, so a helper
// (targets, people) can skip a scan whose matches all hold a word the draft does not have.

const GATES: Gated[] = [];

/** Declare a gate (at module load); returns its id for `gate()`. */
export function defineGate(name: string, cues: Cues): string {
  const id = `gate:${name}`;
  if (GATES.some((g) => g.id === id)) throw new Error(`${id} is defined twice`);
  GATES.push({ id, cues });
  return id;
}

/** Every gate declared so far (the engine reads them with the rules' cues). */
export function definedGates(): readonly Gated[] {
  return GATES;
}

let gatesOnly: CueIndex | null = null;
let gatesOnlyCount = -1;

/**
 * May the draft hold one of the gate's cues? Answered from the engine's reading of the draft when
 * there is one (doc.cueState), otherwise from a reading of the gates alone, once per draft.
 */
export function gate(doc: TextDoc, id: string): boolean {
  const st = doc.cueState;
  if (st && st.index.has(id)) return st.index.passes(id, st.mask);
  const own = doc.memo('cues:gates', () => {
    if (!gatesOnly || gatesOnlyCount !== GATES.length) {
      gatesOnly = new CueIndex(GATES);
      gatesOnlyCount = GATES.length;
    }
    return { index: gatesOnly, mask: gatesOnly.scan(doc, doc.folded.text, doc.text) };
  });
  return own.index.passes(id, own.mask);
}

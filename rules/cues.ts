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

/** Node flags: some rule's word ends here, some rule's prefix ends here. */
const EXACT = 1;
const PREFIX = 2;

function orInto(out: Uint32Array, from: Uint32Array, o: number, w: number) {
  for (let k = 0; k < w; k++) out[k] |= from[o + k];
}

function orIntoKeeping(out: Uint32Array, from: Uint32Array, o: number, w: number, keep: Uint32Array) {
  for (let k = 0; k < w; k++) out[k] |= from[o + k] & keep[k];
}

/**
 * Characters beyond ASCII that folding may turn into (or out of) word characters: anything but the
 * typographic punctuation it maps to ASCII punctuation or leaves alone (quotes, dashes, prime, £ € ©,
 * bullet, ellipsis, no-break space). Letters, marks, digits, invisible characters and symbols such as
 * "ⓧ" (folded to "x") all count, so the typed text is read too.
 */
const FOLD_CHANGES_WORDS = /[^\x00-\x7F\u2010-\u2015\u2018-\u201F\u2032\u00A3\u20AC\u00A9\u2022\u2026\u00A0]/;

/** Trie node numbers: 0 is a dead end (every edge of it leads back to it), 1 the root. */
const DEAD = 0;
const ROOT = 1;

/** A trie node while the index is built: its children by slot, and the rules whose word or prefix ends here. */
/**
 * A node of the trie while it is built. The build runs once per rule list, on the page's first check, in
 * V8's interpreter (cold code): it numbers nodes on the nodes themselves and walks children by index.
 */
interface BuildNode { kids: (BuildNode | undefined)[]; slots: number[]; exact: number[]; prefix: number[]; id: number }
const buildNode = (): BuildNode => ({ kids: [], slots: [], exact: [], prefix: [], id: 0 });

function insert(root: BuildNode, id: string, word: string): BuildNode {
  if (!/^[a-z0-9]+$/.test(word)) throw new Error(`${id}: cue "${word}" must be lower-case letters and digits only (no spaces or apostrophes)`);
  let node = root;
  for (let i = 0; i < word.length; i++) {
    const s = slot(word.charCodeAt(i));
    let kid = node.kids[s];
    if (!kid) {
      node.kids[s] = kid = buildNode();
      node.slots.push(s);
    }
    node = kid;
  }
  return node;
}

/** The cues of a list of rules, compiled into one trie over the words of a draft. */
export class CueIndex {
  /** Bit of each gated rule (rules without cues are not here: they always run). */
  readonly bit = new Map<string, number>();
  readonly width: number;
  /**
   * The trie as one table: row `node`, column `slot`, the child (DEAD when there is none). Nodes are
   * numbered breadth first, so the few hundred nodes of the first letters, which nearly every word
   * goes through, sit together in a few kilobytes of cache, and 16 bits a cell (32 beyond 65,535
   * nodes) keep the whole table small.
   */
  private readonly next: Uint16Array | Uint32Array;
  private readonly exact: Uint32Array;
  private readonly prefix: Uint32Array;
  /** EXACT and PREFIX of each node (most nodes have neither: the walk skips their masks). */
  private readonly flags: Uint8Array;
  private readonly charMask = new Map<number, Uint32Array>();
  private readonly digitMask: Uint32Array;
  private readonly whens: { bit: number; when: (doc: TextDoc) => boolean }[] = [];
  /** Every bit but those of the `wholeWords` ids (read from apostrophe pieces). */
  private readonly pieceBits: Uint32Array;

  /**
   * `wholeWords`: ids whose cues are read as the skeleton reads a word with its apostrophes dropped:
   * whole, not in the pieces around an apostrophe ("don't" is "dont", never "don" or "t").
   */
  constructor(rules: readonly Gated[], wholeWords: readonly string[] = []) {
    const gated = rules.filter((r) => r.cues);
    if (gated.some((r) => r.cues!.on === 'skeleton') && gated.some((r) => r.cues!.on !== 'skeleton')) throw new Error('one CueIndex reads one text: split typed and skeleton cues (RuleCues does)');
    gated.forEach((r, i) => this.bit.set(r.id, i));
    const W = (this.width = Math.max(1, Math.ceil(gated.length / 32)));
    this.digitMask = new Uint32Array(W);
    this.pieceBits = new Uint32Array(W).fill(0xffffffff);
    for (const id of wholeWords) { const b = this.bit.get(id); if (b !== undefined) this.pieceBits[b >>> 5] &= ~(1 << (b & 31)); }
    const root = buildNode();
    for (const r of gated) {
      const b = this.bit.get(r.id)!;
      const c = r.cues!;
      for (const w of c.words ?? []) insert(root, r.id, w).exact.push(b);
      for (const p of c.prefixes ?? []) insert(root, r.id, p).prefix.push(b);
      for (const ch of c.chars ?? '') {
        const code = ch.codePointAt(0)!;
        if (slot(code) >= 0 || code === 39) throw new Error(`${r.id}: cue character "${ch}" is a word character: list it as a word or prefix`);
        let m = this.charMask.get(code);
        if (!m) this.charMask.set(code, (m = new Uint32Array(W)));
        m[b >>> 5] |= 1 << (b & 31);
      }
      if (c.digits) this.digitMask[b >>> 5] |= 1 << (b & 31);
      if (c.when) this.whens.push({ bit: b, when: c.when });
      if (!c.words?.length && !c.prefixes?.length && !c.chars && !c.digits && !c.when) throw new Error(`${r.id}: empty cues would never let the rule run`);
    }
    // Number the nodes breadth first from the root, then fill the tables.
    const order: BuildNode[] = [root];
    root.id = ROOT;
    for (let k = 0; k < order.length; k++) {
      const { kids, slots } = order[k];
      for (let j = 0; j < slots.length; j++) {
        const kid = kids[slots[j]]!;
        kid.id = ROOT + order.length;
        order.push(kid);
      }
    }
    const count = ROOT + order.length;
    const next = (this.next = count <= 0xffff ? new Uint16Array(count * WORD_CHARS) : new Uint32Array(count * WORD_CHARS));
    const exact = (this.exact = new Uint32Array(count * W));
    const prefix = (this.prefix = new Uint32Array(count * W));
    const flags = (this.flags = new Uint8Array(count));
    for (let k = 0; k < order.length; k++) {
      const { kids, slots, id: n, exact: ex, prefix: pre } = order[k];
      for (let j = 0; j < slots.length; j++) next[n * WORD_CHARS + slots[j]] = kids[slots[j]]!.id;
      for (let j = 0; j < ex.length; j++) { const b = ex[j]; exact[n * W + (b >>> 5)] |= 1 << (b & 31); flags[n] |= EXACT; }
      for (let j = 0; j < pre.length; j++) { const b = pre[j]; prefix[n * W + (b >>> 5)] |= 1 << (b & 31); flags[n] |= PREFIX; }
    }
  }

  /**
   * The rules whose cues the draft has, as a bit set. Words are runs of ASCII letters and digits, as a
   * regex's \b sees them; every other character breaks a word. They are read in the folded text
   * ("fück" is "fuck", "ｋｉｌｌ" is "kill") and, when folding changed letters or dropped invisible
   * characters, in the typed text too ("killé" has the word "kill", "ki\u200Bll" the word "ki").
   */
  scan(doc: TextDoc, folded: string, typed: string, sameWords = false, foldedWords?: Uint32Array): Uint32Array {
    const out = new Uint32Array(this.width);
    // The second reading matters only where folding changed a letter or dropped an invisible character;
    // `sameWords`: the caller knows folding changed nothing but ASCII capitals, so the typed text reads
    // exactly as the folded one (Folded.asciiOnlyChanges). `foldedWords` gets the words and prefixes
    // of the folded text alone.
    let digits = this.walk(folded, out);
    if (foldedWords) foldedWords.set(out);
    if (!sameWords && folded !== typed && FOLD_CHANGES_WORDS.test(typed) && this.walk(typed, out)) digits = true;
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
    const { next, exact, prefix, charMask, flags, pieceBits } = this;
    const n = s.length;
    let digits = false;
    let i = 0;
    while (i < n) {
      let code = s.charCodeAt(i);
      let sl = code < 128 ? SLOT[code] : -1;
      if (sl < 0) {
        if (code > 32 && charMask.size) {
          let cp = code;
          if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
            const lo = s.charCodeAt(i + 1);
            if (lo >= 0xdc00 && lo <= 0xdfff) { cp = (code - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000; i++; }
          }
          const m = charMask.get(cp);
          if (m) orInto(out, m, 0, W);
        }
        i++;
        continue;
      }
      // One word, from its first character (`sl`). `a`: the trie node of the whole word; `b`: of the
      // piece since the last break (DEAD before the first break, and once the piece has left the trie).
      // A node's flags say whether it ends a cue word or a prefix at all: most nodes do neither, so
      // their masks are not read.
      let a = ROOT;
      let b = DEAD;
      // The piece started after an apostrophe: it holds none of the `wholeWords` cues.
      let bApos = false;
      let prevDigit = false;
      for (;;) {
        if (sl >= 26) { digits = true; prevDigit = true; }
        else if (prevDigit) {
          // Letters after digits: the piece (or the word, when there is no piece) ends before them.
          const e = b !== DEAD ? b : a;
          if (flags[e] & EXACT) {
            if (e === b && bApos) orIntoKeeping(out, exact, e * W, W, pieceBits);
            else orInto(out, exact, e * W, W);
          }
          b = ROOT;
          bApos = false;
          prevDigit = false;
        }
        if (a !== DEAD) {
          a = next[a * WORD_CHARS + sl];
          if (flags[a] & PREFIX) orInto(out, prefix, a * W, W);
        }
        if (b !== DEAD) {
          b = next[b * WORD_CHARS + sl];
          if (flags[b] & PREFIX) {
            if (bApos) orIntoKeeping(out, prefix, b * W, W, pieceBits);
            else orInto(out, prefix, b * W, W);
          }
        }
        if (++i >= n) break;
        code = s.charCodeAt(i);
        if (a === DEAD && b === DEAD && !prevDigit) {
          // The word and its piece have left the trie: nothing more of it is a cue unless a digit or an
          // apostrophe starts a new piece, so skip its (lower-case) letters in a tight loop.
          while (code >= 97 && code <= 122) code = ++i < n ? s.charCodeAt(i) : 32;
        }
        sl = code < 128 ? SLOT[code] : -1;
        if (sl >= 0) continue;
        // An apostrophe between word characters: the word goes on, and a piece starts after it.
        if ((code === 39 || code === 0x2019) && i + 1 < n) {
          const c2 = s.charCodeAt(i + 1);
          const s2 = c2 < 128 ? SLOT[c2] : -1;
          if (s2 >= 0) {
            if (flags[a] & EXACT) orIntoKeeping(out, exact, a * W, W, pieceBits);
            if (flags[b] & EXACT) orIntoKeeping(out, exact, b * W, W, pieceBits);
            b = ROOT;
            bApos = true;
            prevDigit = false;
            i++;
            sl = s2;
            continue;
          }
        }
        break;
      }
      if (flags[a] & EXACT) orInto(out, exact, a * W, W);
      if (flags[b] & EXACT) {
        if (bApos) orIntoKeeping(out, exact, b * W, W, pieceBits);
        else orInto(out, exact, b * W, W);
      }
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
  /**
   * The skeleton rules' cues are also read with the typed text's, under ids of their own, when they
   * are all words and prefixes of letters: on a draft whose skeleton is its folded text's words copied
   * as they are (Skeleton.verbatim), the skeleton's reading is then known without a walk of its own.
   * (Letters only: a word that a digit ends can be read differently by tries with other words.)
   */
  private readonly proxies: { typedBit: number; skeletonBit: number }[] = [];

  constructor(rules: readonly Gated[], gates: readonly Gated[] = definedGates()) {
    const onSkeleton = rules.filter((r) => r.cues?.on === 'skeleton');
    const letters = (ws: readonly string[] | undefined) => (ws ?? []).every((w) => /^[a-z]+$/.test(w));
    const proxied = onSkeleton.length > 0 && onSkeleton.every(({ cues: c }) => !c!.chars && !c!.digits && !c!.when && letters(c!.words) && letters(c!.prefixes));
    const proxies: Gated[] = proxied ? onSkeleton.map((r) => ({ id: `skeleton-words:${r.id}`, cues: { words: r.cues!.words, prefixes: r.cues!.prefixes } })) : [];
    this.typed = new CueIndex([...rules.filter((r) => r.cues?.on !== 'skeleton'), ...gates, ...proxies], proxies.map((p) => p.id));
    this.skeleton = onSkeleton.length ? new CueIndex(onSkeleton) : null;
    proxies.forEach((p, k) => this.proxies.push({ typedBit: this.typed.bit.get(p.id)!, skeletonBit: this.skeleton!.bit.get(onSkeleton[k].id)! }));
  }

  /** One reading of the draft (and of its skeleton when a rule that reads it is on: `withSkeleton`). */
  read(doc: TextDoc, withSkeleton = true): CueState {
    const f = doc.folded;
    const skeleton = withSkeleton ? this.skeleton : null;
    const sk = skeleton ? doc.skeleton : null;
    const proxied = sk !== null && sk.verbatim === true && this.proxies.length > 0;
    const foldedWords = proxied ? new Uint32Array(this.typed.width) : undefined;
    const mask = this.typed.scan(doc, f.text, doc.text, f.asciiOnlyChanges === true, foldedWords);
    let skeletonMask: Uint32Array | null = null;
    if (skeleton && sk) {
      if (foldedWords) {
        skeletonMask = new Uint32Array(skeleton.width);
        for (const { typedBit: t, skeletonBit: b } of this.proxies) if (foldedWords[t >>> 5] & (1 << (t & 31))) skeletonMask[b >>> 5] |= 1 << (b & 31);
      } else skeletonMask = skeleton.scan(doc, sk.text, sk.text);
    }
    return { index: this.typed, mask, skeleton, skeletonMask };
  }

  /** May this rule fire on the draft read as `state`? (Rules without cues always may.) */
  passes(rule: Gated, state: CueState): boolean {
    if (!rule.cues) return true;
    if (rule.cues.on === 'skeleton') return state.skeleton ? state.skeleton.passes(rule.id, state.skeletonMask!) : true;
    return state.index.passes(rule.id, state.mask);
  }

  private readonly plans = new WeakMap<readonly Gated[], CuePlan>();

  /**
   * The bit of each rule of a list, worked out once per list (the engine's list of active rules is the
   * same array from draft to draft), so that asking whether a rule passes is a bit test rather than a
   * map lookup by id: the answers are those of `passes`.
   */
  plan(rules: readonly Gated[]): CuePlan {
    let p = this.plans.get(rules);
    if (!p) {
      const bits = new Int32Array(rules.length);
      const onSkeleton = new Uint8Array(rules.length);
      rules.forEach((r, k) => {
        const sk = r.cues?.on === 'skeleton';
        const b = !r.cues ? undefined : sk ? this.skeleton?.bit.get(r.id) : this.typed.bit.get(r.id);
        bits[k] = b ?? -1;
        onSkeleton[k] = sk ? 1 : 0;
      });
      p = { bits, onSkeleton, anySkeleton: rules.some((r) => r.cues?.on === 'skeleton') };
      this.plans.set(rules, p);
    }
    return p;
  }

  /** May rule `k` of the list planned as `plan` fire on the draft read as `state`? (Same answer as `passes`.) */
  passesAt(plan: CuePlan, k: number, state: CueState): boolean {
    const b = plan.bits[k];
    if (b < 0) return true;
    const mask = plan.onSkeleton[k] ? state.skeletonMask : state.mask;
    return !mask || (mask[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}

/** Where each rule of a list finds its cue bit: -1 when it always runs; on the skeleton's mask or the typed text's. */
export interface CuePlan {
  bits: Int32Array;
  onSkeleton: Uint8Array;
  /** Does some rule of the list read the skeleton (so the skeleton is read for cues)? */
  anySkeleton: boolean;
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
  // One lookup of the gate's bit (helpers ask on every draft, some several times).
  const b = st ? st.index.bit.get(id) : undefined;
  if (b !== undefined) return (st!.mask[b >>> 5] & (1 << (b & 31))) !== 0;
  const own = doc.memo('cues:gates', () => {
    if (!gatesOnly || gatesOnlyCount !== GATES.length) {
      gatesOnly = new CueIndex(GATES);
      gatesOnlyCount = GATES.length;
    }
    return { index: gatesOnly, mask: gatesOnly.scan(doc, doc.folded.text, doc.text, doc.folded.asciiOnlyChanges === true) };
  });
  return own.index.passes(id, own.mask);
}

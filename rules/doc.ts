import { fold, skeleton, toOriginal, type Folded, type Skeleton } from './normalize';
import type { CueState } from './cues';
import type { ComposeContext, MemberLists, RuleSetId, Settings, Span } from './types';
import { RULE_SET_BY_ID } from './sets';

/** How a set stands for this draft: explicitly on, following dates or committees, or off. */
export type SetState = 'on' | 'auto' | 'off';

/**
 * One draft as the rules see it. Everything derived (folded text, skeleton, sentences, NLP parse,
 * helpers' results) is computed on first use and shared by every rule, so a rule that needs
 * nothing extra costs nothing extra.
 */
export class TextDoc {
  readonly text: string;
  readonly context: ComposeContext;
  readonly settings: Settings;
  readonly lists: MemberLists;
  /** The posting time, if known. Missing means unknown, never "outside any window". */
  readonly now: Date | undefined;
  /** The NLP parser, when the caller made one available (full analysis); null on the fast path. */
  readonly nlp: NlpParser | null;
  /** Offset of this text within the whole draft when the engine analyses a long draft in blocks. */
  readonly offset: number;
  private memos = new Map<string, unknown>();
  // The forms nearly every draft needs, kept in fields rather than the memo map (one lookup fewer each time a rule asks).
  private foldedForm: Folded | undefined;
  private skeletonForm: Skeleton | undefined;
  private sentenceSpans: Span[] | undefined;
  /** The engine's one reading of the draft for every rule's and helper's cues (rules/cues.ts), when it made one. */
  cueState?: CueState;

  constructor(text: string, context: ComposeContext = {}, settings: Settings = {}, nlp: NlpParser | null = null, offset = 0) {
    this.text = text;
    this.context = context;
    this.settings = settings;
    this.lists = settings.lists ?? {};
    this.nlp = nlp;
    this.offset = offset;
    this.now = parseNow(context.now);
  }

  /** Compute once per draft: shared helpers cache their results here under a unique key. */
  memo<T>(key: string, compute: () => T): T {
    const have = this.memos.get(key);
    if (have !== undefined || this.memos.has(key)) return have as T;
    const v = compute();
    this.memos.set(key, v);
    return v;
  }

  get folded(): Folded {
    return (this.foldedForm ??= fold(this.text));
  }

  get skeleton(): Skeleton {
    return (this.skeletonForm ??= skeleton(this.folded));
  }

  /** Sentence spans of the original text (split on . ! ? and line breaks). */
  get sentences(): Span[] {
    return (this.sentenceSpans ??= splitSentences(this.text));
  }

  /** Index of the sentence containing an offset (binary search: long drafts have thousands), or -1. */
  sentenceIndex(offset: number): number {
    const ss = this.sentences;
    let lo = 0;
    let hi = ss.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < ss[mid].start) hi = mid - 1;
      else if (offset >= ss[mid].end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** The sentence containing an offset, or the whole text when the offset is between sentences. */
  sentenceAt(offset: number): Span {
    const i = this.sentenceIndex(offset);
    return i >= 0 ? this.sentences[i] : { start: 0, end: this.text.length };
  }

  /** Every match of a global regex on the original text. */
  matchAll(re: RegExp): RegExpExecArray[] {
    if (!re.global) throw new Error(`matchAll needs a global pattern: ${re}`);
    re.lastIndex = 0;
    const out: RegExpExecArray[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text))) {
      out.push(m);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }

  /** Every match of a global regex on the folded text, with its span mapped back to the original. */
  matchFolded(re: RegExp): { match: RegExpExecArray; start: number; end: number }[] {
    if (!re.global) throw new Error(`matchFolded needs a global pattern: ${re}`);
    const f = this.folded;
    re.lastIndex = 0;
    const out: { match: RegExpExecArray; start: number; end: number }[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(f.text))) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const span = toOriginal(f, m.index, m.index + m[0].length);
      out.push({ match: m, ...span });
    }
    return out;
  }

  /**
   * How a rule set stands: 'off' when the member switched it off, 'on' when forced on (e.g. campaign
   * mode), 'auto' when it follows dates or committees (rules then decide their own strength).
   */
  setState(set: RuleSetId): SetState {
    const v = this.settings.ruleSets?.[set] ?? RULE_SET_BY_ID[set].default;
    return v === false ? 'off' : v === 'auto' ? 'auto' : 'on';
  }
}

/** The parse of a text by the NLP layer (compromise); rules type what they use. */
export type NlpParser = (text: string) => any;

function parseNow(now: ComposeContext['now']): Date | undefined {
  if (now === undefined || now === null) return undefined;
  const d = now instanceof Date ? now : new Date(now);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

const ABBREV = /^(?:mr|mrs|ms|dr|st|no|cllr|rd|ave|prof|rev|approx|etc|vs|[A-Z])$/i;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Where a sentence may end: a line break or . ! ? (found by the regex engine, faster than a loop over every character). */
const STOP = /[\n.!?]/g;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  const push = (a: number, b: number) => {
    // Trim leading whitespace of each sentence.
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    if (b > a) out.push({ start: a, end: b });
  };
  STOP.lastIndex = 0;
  while (STOP.test(text)) {
    const i = STOP.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (i > start) push(start, i);
      start = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 46 || d === 33 || d === 63 || d === 34 || d === 39 || d === 0x201d || d === 0x2019 || d === 41) j++;
      else break;
    }
    const next = j < n ? text.charCodeAt(j) : -1;
    if (j >= n || next === 32 || next === 10 || next === 9) {
      // Not a sentence end after a single capital or a common abbreviation ("Mr.", "St.", "No. 4").
      if (c === 46 && i > 0 && isLetter(text.charCodeAt(i - 1))) {
        // The letters before the dot, at most six back.
        const lo = Math.max(start, i - 6);
        let a = i;
        while (a > lo && isLetter(text.charCodeAt(a - 1))) a--;
        if (ABBREV.test(text.slice(a, i))) { STOP.lastIndex = j; continue; }
      }
      push(start, j);
      start = j;
      STOP.lastIndex = j;
    }
  }
  if (start < n) push(start, n);
  return out;
}

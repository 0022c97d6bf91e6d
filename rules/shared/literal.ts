/**
 * Literal term matching on the skeleton (normalise.ts): case-, spacing-, accent- and
 * leetspeak-tolerant, on word boundaries, and never a compiled pattern, so a member's or a
 * council's list can hold any text without a ReDoS risk. "Project Falcon" matches
 * "project  falcon", "PROJECT-FALCON", "#ProjectFalcon", "pr0ject f@lcon" and "p r o j e c t falcon".
 */
import { collapseRuns, skeleton, toOriginal, type Skeleton } from '../normalize';
import type { Span } from '../types';

export interface TermMatch<T = string> extends Span {
  term: T;
}

interface Entry<T> {
  term: T;
  /** Tokens of the term's skeleton. */
  tokens: string[];
  /** Concatenation of the tokens, for spacing-tolerant matching. */
  joined: string;
}

export interface LiteralMatcherOptions {
  /** Allow a text token to be longer than the term's last token (prefix match on the last word): "fuck" finds "fucking". */
  prefixLastToken?: boolean;
  /** Allow a repeated letter in the text ("scummmm" for "scum"). Default true. */
  tolerateRepeats?: boolean;
  /** Find a term in the possessive ("Maisie's", "Project Falcon’s"), the span ending before the "'s". Default true. */
  possessive?: boolean;
}

/** Is skeleton token `tok` the possessive of a word, written with an apostrophe before its final "s"? */
function isPossessive(sk: Skeleton, tok: { text: string; end: number }): boolean {
  if (tok.text.length < 2 || tok.text[tok.text.length - 1] !== 's') return false;
  const at = sk.from[tok.end - 1];
  const c = sk.source[at - 1];
  return c === "'" || c === '’';
}

export class LiteralMatcher<T = string> {
  private byFirst = new Map<string, Entry<T>[]>();
  private byFirstChar = new Map<string, Entry<T>[]>();
  /**
   * ASCII characters some term begins with. Every lookup below is keyed by text beginning with the
   * token's first character, so a token beginning with any other character is passed over at once.
   */
  private firstAscii = new Uint8Array(128);
  /** Lengths of one-word terms, ascending, for prefix matching. */
  private singleLengths: number[] = [];
  readonly size: number;

  constructor(terms: Iterable<[string, T]> | string[], private opts: LiteralMatcherOptions = {}) {
    let size = 0;
    const list: [string, T][] = Array.isArray(terms) && typeof terms[0] === 'string'
      ? (terms as string[]).map((s) => [s, s as unknown as T])
      : [...(terms as Iterable<[string, T]>)];
    for (const [text, term] of list) {
      if (typeof text !== 'string') continue;
      const sk = skeleton(text);
      const tokens = sk.tokens.map((t) => t.text);
      if (tokens.length === 0) continue;
      const entry: Entry<T> = { term, tokens, joined: tokens.join('') };
      push(this.byFirst, collapseRuns(tokens[0]), entry);
      push(this.byFirstChar, entry.joined[0], entry);
      const c = entry.joined.charCodeAt(0);
      if (c < 128) this.firstAscii[c] = 1;
      if (tokens.length === 1 && !this.singleLengths.includes(tokens[0].length)) this.singleLengths.push(tokens[0].length);
      size++;
    }
    this.singleLengths.sort((a, b) => a - b);
    this.size = size;
  }

  /** Every match, as spans of the original text, longest first at each position. */
  find(input: string | Skeleton): TermMatch<T>[] {
    if (this.size === 0) return [];
    const sk = typeof input === 'string' ? skeleton(input) : input;
    const toks = sk.tokens;
    const out: TermMatch<T>[] = [];
    const tolerate = this.opts.tolerateRepeats !== false;
    for (let i = 0; i < toks.length; i++) {
      const tok = toks[i].text;
      const c = tok.charCodeAt(0);
      if (c < 128 ? this.firstAscii[c] === 0 : !this.byFirstChar.has(tok[0])) continue;
      // Word-by-word: "project falcon".
      const cands = this.byFirst.get(collapseRuns(tok));
      // A one-word term in the possessive: "Maisie's" (the skeleton token "maisies").
      if (this.opts.possessive !== false && !this.opts.prefixLastToken && isPossessive(sk, toks[i])) {
        for (const e of this.byFirst.get(collapseRuns(tok.slice(0, -1))) ?? []) {
          if (e.tokens.length === 1 && tok.slice(0, -1) === e.tokens[0]) out.push(this.span(sk, i, i, e.term, 1));
        }
      }
      // A one-word term as the start of a longer word ("Scunthorpe" in "Scunthorpe's", "scunthorpes").
      if (this.opts.prefixLastToken) {
        for (const len of this.singleLengths) {
          if (len >= tok.length) break;
          for (const e of this.byFirst.get(collapseRuns(tok.slice(0, len))) ?? []) {
            if (e.tokens.length === 1 && tok.startsWith(e.tokens[0])) out.push(this.span(sk, i, i, e.term));
          }
        }
      }
      if (cands) {
        for (const e of cands) {
          const end = this.matchTokens(toks, i, e, tolerate);
          if (end >= 0) out.push(this.span(sk, i, end, e.term));
          // A longer term whose last word is in the possessive: "Project Falcon's budget".
          else if (e.tokens.length > 1 && this.opts.possessive !== false && i + e.tokens.length <= toks.length) {
            const last = toks[i + e.tokens.length - 1];
            if (isPossessive(sk, last) && last.text.slice(0, -1) === e.tokens[e.tokens.length - 1] && this.matchTokens(toks, i, { ...e, tokens: e.tokens.slice(0, -1) }, tolerate) >= 0) {
              out.push(this.span(sk, i, i + e.tokens.length - 1, e.term, 1));
            }
          }
        }
      }
      // Spacing-tolerant: "projectfalcon", "#ProjectFalcon", "pro ject falcon".
      const byChar = this.byFirstChar.get(tok[0]);
      if (byChar) {
        for (const e of byChar) {
          if (e.tokens.length === 1 && cands?.includes(e)) continue;
          let acc = '';
          for (let j = i; j < toks.length && acc.length < e.joined.length; j++) {
            acc += toks[j].text;
            if (acc === e.joined || (this.opts.prefixLastToken && acc.startsWith(e.joined) && j > i)) {
              if (j > i || e.tokens.length > 1) out.push(this.span(sk, i, j, e.term));
              break;
            }
            if (!e.joined.startsWith(acc)) break;
          }
        }
      }
    }
    return dedupe(out);
  }

  private matchTokens(toks: Skeleton['tokens'], i: number, e: Entry<T>, tolerate: boolean): number {
    if (i + e.tokens.length > toks.length) return -1;
    for (let k = 0; k < e.tokens.length; k++) {
      const have = toks[i + k].text;
      const want = e.tokens[k];
      const last = k === e.tokens.length - 1;
      if (have === want) continue;
      if (last && this.opts.prefixLastToken && have.startsWith(want)) continue;
      if (tolerate && have.length > want.length && collapseRuns(have) === collapseRuns(want)) continue;
      return -1;
    }
    return i + e.tokens.length - 1;
  }

  /** The original span of tokens i..j, less `trim` trailing skeleton characters (the "s" of a possessive, its apostrophe with it). */
  private span(sk: Skeleton, i: number, j: number, term: T, trim = 0): TermMatch<T> {
    return { ...toOriginal(sk, sk.tokens[i].start, sk.tokens[j].end - trim), term };
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

function dedupe<T>(ms: TermMatch<T>[]): TermMatch<T>[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

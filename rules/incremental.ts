/**
 * Incremental analysis for long drafts: a re-check after one keystroke in a 60,000-character
 * draft re-analyses only the block that changed.
 *
 * Drafts up to `threshold` characters (default 2,000) go straight to analyze(), so short drafts get
 * exactly the same findings. Longer drafts are split into blocks at paragraph boundaries (line
 * breaks); a paragraph longer than `maxBlock` is cut further after sentence ends, choosing the cut
 * points from the sentences' own content so that an edit moves at most the cuts next to it; a
 * single run longer than `maxBlock` with no sentence end is cut at whitespace (or, failing that,
 * hard). Each block is analysed on its own with its findings shifted to draft offsets, and the
 * result is cached by the block's text. The cache is dropped when the context or the settings change
 * (same object, or else equal JSON; the context's `now` is compared to the minute, so an adapter
 * that stamps every keystroke with the time keeps its cache within a minute), and holds only the
 * blocks of the latest draft.
 *
 * Known difference from analyze() on the whole draft: a rule sees one block at a time, so cues that
 * cross a block boundary are not combined: a name in one paragraph and an address in the next, a
 * quote-and-condemn frame in another paragraph, a whole-draft check (e.g. "no imprint anywhere")
 * answered per block. Inside a block the findings are exactly those of analyze() on that block.
 */
import { analyze, type AnalyzeOptions } from './engine';
import { splitSentences } from './doc';
import type { ComposeContext, Finding, Settings, Span } from './types';

export interface IncrementalOptions {
  /** Drafts of at most this many characters are analysed whole. Default 2,000. */
  threshold?: number;
  /** Paragraphs longer than this are cut further at sentence ends. Default 2,000. */
  maxBlock?: number;
  /** A content-defined cut is only taken once a block has at least this many characters. Default 400. */
  minBlock?: number;
  /** Options passed to analyze() (mode, nlp, only, rules). */
  analyzeOptions?: AnalyzeOptions;
}

export interface IncrementalStats {
  /** Blocks of the last draft (1 when it was analysed whole). */
  blocks: number;
  /** Blocks analysed afresh (the rest came from the cache). */
  analysed: number;
  reused: number;
}

export interface IncrementalAnalyzer {
  analyze(text: string, context?: ComposeContext, settings?: Settings): Finding[];
  /** The blocks the last long draft was split into (empty for short drafts). */
  readonly lastBlocks: readonly Span[];
  readonly stats: IncrementalStats;
  /** Forget every cached block. */
  clear(): void;
}

const NO_CONTEXT: ComposeContext = Object.freeze({});
const NO_SETTINGS: Settings = Object.freeze({});

export function createIncrementalAnalyzer(options: IncrementalOptions = {}): IncrementalAnalyzer {
  const threshold = options.threshold ?? 2000;
  const maxBlock = Math.max(50, options.maxBlock ?? 2000);
  const minBlock = Math.min(maxBlock, options.minBlock ?? 400);
  const aopts = options.analyzeOptions ?? {};
  let cache = new Map<string, Finding[]>();
  let cacheContext: ComposeContext | undefined;
  let cacheSettings: Settings | undefined;
  let cacheKey = '';
  let lastBlocks: Span[] = [];
  const stats: IncrementalStats = { blocks: 0, analysed: 0, reused: 0 };

  return {
    get lastBlocks() {
      return lastBlocks;
    },
    stats,
    clear() {
      cache = new Map();
    },
    analyze(text: string, context?: ComposeContext, settings?: Settings): Finding[] {
      if (typeof text !== 'string') return analyze(text, context, settings, aopts); // same TypeError as analyze()
      const ctx = context ?? NO_CONTEXT;
      const set = settings ?? NO_SETTINGS;
      if (text.length <= threshold) {
        lastBlocks = [];
        stats.blocks = 1;
        stats.analysed = 1;
        stats.reused = 0;
        return analyze(text, ctx, set, aopts);
      }
      if (ctx !== cacheContext || set !== cacheSettings) {
        const k = stateKey(ctx, set);
        if (k !== cacheKey) cache = new Map();
        cacheKey = k;
        cacheContext = ctx;
        cacheSettings = set;
      }
      const blocks = splitBlocks(text, maxBlock, minBlock);
      const next = new Map<string, Finding[]>();
      const out: Finding[] = [];
      let analysed = 0;
      for (const b of blocks) {
        const bt = text.slice(b.start, b.end);
        let fs = next.get(bt) ?? cache.get(bt);
        if (!fs) {
          fs = analyze(bt, ctx, set, aopts);
          analysed++;
        }
        next.set(bt, fs);
        for (const f of fs) out.push(b.start === 0 ? f : { ...f, start: f.start + b.start, end: f.end + b.start });
      }
      cache = next;
      lastBlocks = blocks;
      stats.blocks = blocks.length;
      stats.analysed = analysed;
      stats.reused = blocks.length - analysed;
      return out;
    },
  };
}

const keys = new WeakMap<object, string>();

/** What the findings depend on besides the text: the context (its time to the minute) and the settings. */
function stateKey(ctx: ComposeContext, set: Settings): string {
  let s = keys.get(set);
  if (s === undefined) {
    try {
      s = JSON.stringify(set);
    } catch {
      s = String(Math.random()); // unserialisable settings: never reuse
    }
    keys.set(set, s);
  }
  let c: string;
  try {
    const now = ctx.now === undefined ? undefined : Math.floor(new Date(ctx.now as string).getTime() / 60_000);
    c = JSON.stringify({ ...ctx, now });
  } catch {
    c = String(Math.random());
  }
  return c + '\u0000' + s;
}

/**
 * The blocks of a long draft: paragraphs (split at line breaks, separators left out), overlong
 * paragraphs cut after content-chosen sentence ends, overlong sentences cut at whitespace.
 * Blocks are in order, do not overlap and cover every non-blank character.
 */
export function splitBlocks(text: string, maxBlock = 2000, minBlock = 400): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Skip line breaks and blank lines.
    while (i < n && (text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= n) break;
    let j = text.indexOf('\n', i);
    if (j < 0) j = n;
    let e = j;
    if (e > i && text[e - 1] === '\r') e--;
    if (text.slice(i, e).trim() !== '') {
      if (e - i <= maxBlock) out.push({ start: i, end: e });
      else cutParagraph(text, i, e, maxBlock, minBlock, out);
    }
    i = j + 1;
  }
  return out;
}

function cutParagraph(text: string, start: number, end: number, maxBlock: number, minBlock: number, out: Span[]): void {
  const para = text.slice(start, end);
  const sentences = splitSentences(para);
  let blockStart = start;
  for (const s of sentences) {
    const sEnd = start + s.end;
    // A sentence that alone is too long: cut it at whitespace.
    if (sEnd - blockStart > maxBlock) {
      const sStart = start + s.start;
      if (sStart > blockStart && sStart - blockStart >= minBlock) {
        out.push({ start: blockStart, end: sStart });
        blockStart = sStart;
      }
      while (sEnd - blockStart > maxBlock) {
        const cut = cutPoint(text, blockStart, blockStart + maxBlock);
        out.push({ start: blockStart, end: cut });
        blockStart = cut;
      }
    }
    const len = sEnd - blockStart;
    if (len >= minBlock && (hash(text, start + s.start, sEnd) % 4 === 0 || len >= maxBlock - 200)) {
      out.push({ start: blockStart, end: sEnd });
      blockStart = sEnd;
    }
  }
  if (end > blockStart) {
    if (text.slice(blockStart, end).trim() === '' && out.length > 0) return;
    out.push({ start: blockStart, end });
  }
}

/** The last whitespace before `limit` (in the second half of the block), else `limit` itself (not inside a surrogate pair). */
function cutPoint(text: string, from: number, limit: number): number {
  for (let k = limit; k > from + (limit - from) / 2; k--) if (text[k - 1] === ' ' || text[k - 1] === '\t') return k;
  const c = text.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit;
}

/** FNV-1a over a span: a cheap, stable choice of cut points from the text itself. */
function hash(text: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let k = a; k < b; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

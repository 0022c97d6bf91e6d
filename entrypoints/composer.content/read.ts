/**
 * Reading a composer, read-only (design.md §4): textarea/input value, or block-aware text from a
 * contenteditable (Draft.js `div[data-block]` and Lexical `p` blocks joined by "\n", a trailing
 * placeholder `<br>` read as nothing). Alongside the text we keep a map from text offsets back to
 * the DOM text nodes, so highlights can be drawn over the original characters without ever
 * touching the editor. Works on any DOM-shaped object (unit tests use linkedom).
 */

/** The slice of the DOM that reading needs. */
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<NodeLike>;
  getAttribute?(name: string): string | null;
}

/** A run of the text that comes from one text node. */
export interface Segment<N = NodeLike> {
  node: N;
  /** Offset of the node's first character in the extracted text. */
  start: number;
  length: number;
}

export interface Extracted<N = NodeLike> {
  text: string;
  segments: Segment<N>[];
}

const TEXT = 3;
const ELEMENT = 1;
const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'TBODY', 'TR', 'TD', 'FIGURE']);
/** Never part of the draft: scripts, styles and Lexical/Draft decorators marked as not editable text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function isBlock(n: NodeLike): boolean {
  return n.nodeType === ELEMENT && BLOCKS.has(n.nodeName.toUpperCase());
}

function hasBlockChild(n: NodeLike): boolean {
  const kids = n.childNodes;
  for (let i = 0; i < kids.length; i++) if (isBlock(kids[i])) return true;
  return false;
}

/**
 * The text of a contenteditable root: one line per leaf block, joined by "\n". Inline content
 * mixed with blocks forms its own line. An empty composer reads as "".
 */
export function extractEditable<N extends NodeLike>(root: N): Extracted<N> {
  const lines: { text: string; segs: { node: N; at: number; length: number }[] }[] = [];

  const inline = (nodes: NodeLike[]) => {
    // Flatten to text nodes and line breaks, in document order.
    const tokens: NodeLike[] = [];
    const flat = (n: NodeLike) => {
      if (n.nodeType === TEXT) {
        if ((n.nodeValue ?? '').length) tokens.push(n);
      } else if (n.nodeType === ELEMENT) {
        const name = n.nodeName.toUpperCase();
        if (SKIP.has(name)) return;
        if (name === 'BR') tokens.push(n);
        else for (let i = 0; i < n.childNodes.length; i++) flat(n.childNodes[i]);
      }
    };
    for (const n of nodes) flat(n);
    // A trailing <br> is the browser's placeholder for an empty or line-ended block: not a character.
    if (tokens.length && tokens[tokens.length - 1].nodeType !== TEXT) tokens.pop();
    const line = { text: '', segs: [] as { node: N; at: number; length: number }[] };
    for (const t of tokens) {
      if (t.nodeType === TEXT) {
        const v = t.nodeValue ?? '';
        line.segs.push({ node: t as N, at: line.text.length, length: v.length });
        line.text += v;
      } else line.text += '\n';
    }
    lines.push(line);
  };

  const block = (n: NodeLike) => {
    if (!hasBlockChild(n)) {
      inline(Array.from(n.childNodes));
      return;
    }
    let run: NodeLike[] = [];
    const flush = () => {
      if (run.some((k) => k.nodeType === ELEMENT || (k.nodeValue ?? '').trim() !== '')) inline(run);
      run = [];
    };
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (isBlock(k)) {
        flush();
        block(k);
      } else if (!(k.nodeType === ELEMENT && SKIP.has(k.nodeName.toUpperCase()))) run.push(k);
    }
    flush();
  };

  block(root);
  let text = '';
  const segments: Segment<N>[] = [];
  lines.forEach((l, i) => {
    if (i > 0) text += '\n';
    for (const s of l.segs) segments.push({ node: s.node, start: text.length + s.at, length: s.length });
    text += l.text;
  });
  // A composer holding only blank blocks reads as empty.
  if (text.trim() === '' && segments.length === 0) return { text: '', segments: [] };
  return { text, segments };
}

/** Where a text offset lies in the DOM: the text node and the offset inside it, or null (a line break). */
export function domPosition<N>(segments: readonly Segment<N>[], offset: number, preferEnd = false): { node: N; offset: number } | null {
  let candidate: { node: N; offset: number } | null = null;
  for (const s of segments) {
    if (offset >= s.start && offset <= s.start + s.length) {
      const pos = { node: s.node, offset: offset - s.start };
      // At a boundary between two nodes, a range start belongs to the next node, a range end to the previous one.
      if (preferEnd) return pos;
      if (offset < s.start + s.length) return pos;
      candidate = pos;
    } else if (s.start > offset) break;
  }
  if (candidate) return candidate;
  // Offset on a line break: snap forward for starts, backward for ends.
  if (!preferEnd) {
    for (const s of segments) if (s.start >= offset) return { node: s.node, offset: 0 };
  } else {
    for (let i = segments.length - 1; i >= 0; i--) if (segments[i].start + segments[i].length <= offset) return { node: segments[i].node, offset: segments[i].length };
  }
  return null;
}

/** The spans [start, end) of the extracted text as per-node pieces, for building one DOM range per line. */
export function domPieces<N>(segments: readonly Segment<N>[], start: number, end: number): { node: N; start: number; end: number }[] {
  const out: { node: N; start: number; end: number }[] = [];
  for (const s of segments) {
    const a = Math.max(start, s.start);
    const b = Math.min(end, s.start + s.length);
    if (b > a) out.push({ node: s.node, start: a - s.start, end: b - s.start });
  }
  return out;
}

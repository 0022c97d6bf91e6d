/**
 * Highlights over the draft without touching the editor (design.md §4; approach after Harper's
 * lint-framework): the CSS Custom Highlight API over ranges of the editor's own text nodes, rebuilt
 * after every re-render; where that API is missing, or for a <textarea> (whose text has no nodes),
 * boxes from Range.getClientRects() drawn in our own shadow layer, a mirror div standing in for
 * the textarea. Nothing is ever inserted into or changed inside the composer.
 */
import type { Finding, Severity } from '../../rules/types';
import { domPieces, type Extracted } from './read';

const NAMES: Record<Severity, string> = { stop: 'think-twice-stop', warn: 'think-twice-warn', info: 'think-twice-info' };
const PAGE_CSS = `::highlight(think-twice-stop){background-color:rgba(255,0,40,.18);text-decoration:underline wavy #b00020;}
::highlight(think-twice-warn){background-color:rgba(255,200,0,.25);text-decoration:underline wavy #b25e00;}
::highlight(think-twice-info){text-decoration:underline dotted #1d5fa8;}`;

type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void };

function highlightApi(): { registry: Map<string, unknown>; Highlight: HighlightCtor } | null {
  const css = globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined;
  const H = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (!css?.highlights || !H) return null;
  // A test-only switch to exercise the overlay path in Chromium (no effect on real sites' behaviour).
  if (document.documentElement.getAttribute('data-think-twice-test-highlight') === 'overlay') return null;
  return { registry: css.highlights, Highlight: H };
}

export interface HighlightTarget {
  el: Element;
  extracted: Extracted<Node> | null;
}

export class Highlighter {
  private boxes: HTMLElement[] = [];
  private mirror: HTMLElement | null = null;
  private styleEl: HTMLStyleElement | null = null;
  private usedApi = false;
  /** The last target and findings, so scroll and resize can redraw boxes. */
  private last: { target: HighlightTarget; findings: readonly Finding[] } | null = null;
  count = 0;

  constructor(
    private layer: HTMLElement,
    private onCount: (n: number) => void,
  ) {}

  render(target: HighlightTarget | null, findings: readonly Finding[]): void {
    this.last = target ? { target, findings } : null;
    this.clearApi();
    this.clearBoxes();
    if (!target || findings.length === 0) return this.setCount(0);
    const isField = target.el instanceof HTMLTextAreaElement || target.el instanceof HTMLInputElement;
    const api = isField ? null : highlightApi();
    if (api && target.extracted) {
      this.ensurePageStyle();
      const groups: Record<Severity, Range[]> = { stop: [], warn: [], info: [] };
      let n = 0;
      for (const f of findings) {
        const rs = this.rangesFor(target.extracted, f.start, f.end);
        if (rs.length) n++;
        groups[f.severity].push(...rs);
      }
      for (const sev of Object.keys(groups) as Severity[]) if (groups[sev].length) api.registry.set(NAMES[sev], new api.Highlight(...groups[sev]));
      this.usedApi = true;
      return this.setCount(n);
    }
    this.setCount(this.drawBoxes(target, findings));
  }

  /** Re-align after scroll, resize or layout change (the API's ranges follow the text by themselves). */
  reposition(): void {
    if (!this.last || this.usedApi) return;
    this.clearBoxes();
    this.setCount(this.drawBoxes(this.last.target, this.last.findings));
  }

  clear(): void {
    this.last = null;
    this.clearApi();
    this.clearBoxes();
    this.setCount(0);
  }

  destroy(): void {
    this.clear();
    this.mirror?.remove();
    this.styleEl?.remove();
  }

  private setCount(n: number) {
    if (n !== this.count) {
      this.count = n;
      this.onCount(n);
    }
  }

  private rangesFor(ex: Extracted<Node>, start: number, end: number): Range[] {
    const out: Range[] = [];
    for (const p of domPieces(ex.segments, start, end)) {
      if (!p.node.isConnected) continue;
      const r = document.createRange();
      r.setStart(p.node, p.start);
      r.setEnd(p.node, p.end);
      out.push(r);
    }
    return out;
  }

  private ensurePageStyle() {
    // ::highlight() must be styled in the page's document, where the ranges live; our own <style>
    // in <head>, never inside the editor.
    if (this.styleEl?.isConnected) return;
    this.styleEl = document.createElement('style');
    this.styleEl.setAttribute('data-think-twice', 'highlights');
    this.styleEl.textContent = PAGE_CSS;
    (document.head ?? document.documentElement).append(this.styleEl);
  }

  private clearApi() {
    if (!this.usedApi) return;
    const api = highlightApi() ?? { registry: (globalThis.CSS as unknown as { highlights?: Map<string, unknown> })?.highlights };
    for (const n of Object.values(NAMES)) api.registry?.delete(n);
    this.usedApi = false;
  }

  private clearBoxes() {
    for (const b of this.boxes) b.remove();
    this.boxes = [];
  }

  private drawBoxes(target: HighlightTarget, findings: readonly Finding[]): number {
    const el = target.el;
    const layerRect = this.layer.getBoundingClientRect();
    const clip = el.getBoundingClientRect();
    let n = 0;
    let ranges: (f: Finding) => Range[];
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      const mirror = this.syncMirror(el);
      const node = mirror.firstChild as Text | null;
      ranges = (f) => {
        if (!node) return [];
        const r = document.createRange();
        r.setStart(node, Math.min(f.start, node.length));
        r.setEnd(node, Math.min(f.end, node.length));
        return [r];
      };
    } else if (target.extracted) {
      const ex = target.extracted;
      ranges = (f) => this.rangesFor(ex, f.start, f.end);
    } else return 0;
    for (const f of findings) {
      let drawn = false;
      for (const r of ranges(f)) {
        for (const rect of Array.from(r.getClientRects())) {
          // Only the part inside the composer's visible box (the text may be scrolled out of view).
          const top = Math.max(rect.top, clip.top);
          const bottom = Math.min(rect.bottom, clip.bottom);
          const left = Math.max(rect.left, clip.left);
          const right = Math.min(rect.right, clip.right);
          if (bottom <= top || right <= left) continue;
          const box = document.createElement('div');
          box.className = `tt-box tt-${f.severity}`;
          box.setAttribute('data-testid', 'tt-highlight');
          box.style.cssText = `top:${top - layerRect.top}px;left:${left - layerRect.left}px;width:${right - left}px;height:${bottom - top}px`;
          this.layer.append(box);
          this.boxes.push(box);
          drawn = true;
        }
      }
      if (drawn) n++;
    }
    return n;
  }

  /** A hidden copy of the textarea's text laid out exactly like it, in our layer, for measuring. */
  private syncMirror(el: HTMLTextAreaElement | HTMLInputElement): HTMLElement {
    if (!this.mirror) {
      this.mirror = document.createElement('div');
      this.mirror.className = 'tt-mirror';
      this.mirror.setAttribute('aria-hidden', 'true');
    }
    if (!this.mirror.isConnected) this.layer.append(this.mirror);
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const layerRect = this.layer.getBoundingClientRect();
    const m = this.mirror.style;
    for (const p of ['font', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'tabSize', 'direction', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'boxSizing'] as const) {
      (m as unknown as Record<string, string>)[p] = (cs as unknown as Record<string, string>)[p];
    }
    m.whiteSpace = el instanceof HTMLInputElement ? 'pre' : 'pre-wrap';
    m.top = `${r.top - layerRect.top}px`;
    m.left = `${r.left - layerRect.left}px`;
    m.width = `${r.width}px`;
    m.height = `${r.height}px`;
    // Our copy of the value, as text (never HTML); the trailing space keeps a final newline's height.
    this.mirror.textContent = `${el.value} `;
    this.mirror.scrollTop = el.scrollTop;
    this.mirror.scrollLeft = el.scrollLeft;
    return this.mirror;
  }
}

/**
 * Where the panel goes (design.md §4): fixed to the viewport, beside the composer, never over the
 * text being typed nor over the site's Post button. Pure maths, so it is unit-tested.
 */
export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The panel scrolls inside this height. */
  maxHeight: number;
  side: 'below' | 'above' | 'right' | 'left' | 'corner';
}

const MARGIN = 8;
/** Below this the panel is too cramped to read; try another side. */
const MIN_HEIGHT = 96;

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

function union(rs: Rect[]): Rect {
  const top = Math.min(...rs.map((r) => r.top));
  const left = Math.min(...rs.map((r) => r.left));
  const bottom = Math.max(...rs.map((r) => r.top + r.height));
  const right = Math.max(...rs.map((r) => r.left + r.width));
  return { top, left, width: right - left, height: bottom - top };
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * @param composer the composer's rect (the text being typed)
 * @param avoid other rects never to cover (the submit button, the toolbar)
 * @param panel the panel's natural size
 * @param viewport the viewport size
 * @param spare rects better left uncovered (other composers on the page), given up before the rest
 */
export function placePanel(composer: Rect, avoid: Rect[], panel: { width: number; height: number }, viewport: { width: number; height: number }, spare: Rect[] = []): Placement {
  const obstacles = [composer, ...avoid.filter((r) => r.width > 0 && r.height > 0)];
  const block = union(obstacles);
  const w = Math.min(panel.width, viewport.width - 2 * MARGIN);
  const hx = clamp(composer.left, MARGIN, viewport.width - w - MARGIN);
  const candidates: Placement[] = [];
  // Below everything we must not cover, aligned with the composer's left edge.
  {
    const top = block.top + block.height + MARGIN;
    candidates.push({ top, left: hx, maxHeight: viewport.height - top - MARGIN, side: 'below' });
  }
  // Above the composer.
  {
    const room = composer.top - 2 * MARGIN;
    const h = Math.min(panel.height, room);
    candidates.push({ top: composer.top - MARGIN - h, left: hx, maxHeight: room, side: 'above' });
  }
  // Right of and left of everything, from the composer's top.
  {
    const top = clamp(composer.top, MARGIN, Math.max(MARGIN, viewport.height - panel.height - MARGIN));
    candidates.push({ top, left: block.left + block.width + MARGIN, maxHeight: viewport.height - top - MARGIN, side: 'right' });
    candidates.push({ top, left: block.left - MARGIN - w, maxHeight: viewport.height - top - MARGIN, side: 'left' });
  }
  const soft = spare.filter((r) => r.width > 0 && r.height > 0);
  const fits = (p: Placement, withSpare: boolean) => {
    const h = Math.min(panel.height, p.maxHeight);
    if (p.maxHeight < Math.min(MIN_HEIGHT, panel.height)) return false;
    if (p.left < 0 || p.left + w > viewport.width || p.top < 0 || p.top + h > viewport.height) return false;
    const box = { top: p.top, left: p.left, width: w, height: h };
    if (withSpare && soft.some((o) => intersects(box, o))) return false;
    return !obstacles.some((o) => intersects(box, o));
  };
  if (soft.length) for (const c of candidates) if (fits(c, true)) return c;
  for (const c of candidates) if (fits(c, false)) return c;
  // Nothing fits beside the composer (a small window, a composer filling the screen): use the
  // viewport corner that covers the least of what we must not cover.
  const h = Math.min(panel.height, Math.max(MIN_HEIGHT, viewport.height / 3));
  const corners: Placement[] = [
    { top: viewport.height - h - MARGIN, left: viewport.width - w - MARGIN, maxHeight: h, side: 'corner' },
    { top: MARGIN, left: viewport.width - w - MARGIN, maxHeight: h, side: 'corner' },
    { top: viewport.height - h - MARGIN, left: MARGIN, maxHeight: h, side: 'corner' },
    { top: MARGIN, left: MARGIN, maxHeight: h, side: 'corner' },
  ];
  const cost = (p: Placement) => {
    const box = { top: p.top, left: p.left, width: w, height: Math.min(panel.height, p.maxHeight) };
    // Covering the Post button is worse than covering part of the composer.
    return overlapArea(box, composer) + obstacles.slice(1).reduce((s, o) => s + 10 * overlapArea(box, o), 0);
  };
  return corners.reduce((best, p) => (cost(p) < cost(best) ? p : best));
}

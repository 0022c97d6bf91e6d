import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intersects, placePanel, type Rect } from '../../entrypoints/composer.content/placement';

const vp = { width: 1280, height: 800 };
const size = { width: 360, height: 220 };
const box = (p: { top: number; left: number; maxHeight: number }, s = size): Rect => ({ top: p.top, left: p.left, width: s.width, height: Math.min(s.height, p.maxHeight) });

describe('panel placement', () => {
  it('goes below the composer and its Post button when there is room', () => {
    const composer = { top: 100, left: 300, width: 600, height: 120 };
    const post = { top: 230, left: 820, width: 80, height: 36 };
    const p = placePanel(composer, [post], size, vp);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(266);
    expect(intersects(box(p), composer)).toBe(false);
    expect(intersects(box(p), post)).toBe(false);
  });
  it('goes above a composer at the bottom of the screen', () => {
    const composer = { top: 560, left: 300, width: 600, height: 150 };
    const post = { top: 720, left: 820, width: 80, height: 36 };
    const p = placePanel(composer, [post], size, vp);
    expect(p.side).toBe('above');
    expect(p.top + Math.min(size.height, p.maxHeight)).toBeLessThanOrEqual(560);
  });
  it('goes beside a composer that fills the height', () => {
    const composer = { top: 40, left: 200, width: 500, height: 700 };
    const p = placePanel(composer, [], size, vp);
    expect(p.side).toBe('right');
    expect(p.left).toBeGreaterThanOrEqual(700);
  });
  it('never covers the composer or the Post button when any side has room', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 40, max: 300 }),
        fc.integer({ min: 100, max: 600 }),
        (top, left, h, w) => {
          const composer = { top, left: Math.min(left, vp.width - w), width: w, height: Math.min(h, vp.height - top) };
          const post = { top: composer.top + composer.height + 4, left: composer.left + composer.width - 80, width: 80, height: 32 };
          const p = placePanel(composer, [post], size, vp);
          if (p.side === 'corner') return;
          expect(intersects(box(p), composer)).toBe(false);
          expect(intersects(box(p), post)).toBe(false);
          expect(p.left).toBeGreaterThanOrEqual(0);
          expect(p.left + size.width).toBeLessThanOrEqual(vp.width);
        },
      ),
    );
  });
  it('in a tiny window picks the corner that spares the Post button', () => {
    const small = { width: 400, height: 300 };
    const composer = { top: 0, left: 0, width: 400, height: 260 };
    const post = { top: 262, left: 320, width: 70, height: 30 };
    const p = placePanel(composer, [post], { width: 360, height: 200 }, small);
    expect(p.side).toBe('corner');
    expect(intersects(box(p, { width: 360, height: 200 }), post)).toBe(false);
  });
});

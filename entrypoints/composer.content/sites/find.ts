/**
 * The shared machinery behind the site adapters: finding composers with ordered fallbacks,
 * recognising submit buttons, and pairing a button with its composer by region. DOM-only reads.
 */
import type { ComposeKind } from '../../../rules/types';
import type { SiteAdapter, Where } from './types';

export interface FoundComposer {
  el: Element;
  kind: ComposeKind;
  /** Which fallback tier found it (0 = the preferred selector), for the health report. */
  tier: number;
}

export type VisibleFn = (el: Element) => boolean;

export const isVisible: VisibleFn = (el) => {
  const r = (el as HTMLElement).getClientRects?.();
  return !!r && r.length > 0;
};

/** Buttons as sites build them: real buttons, ARIA buttons, submit inputs. */
export const BUTTONISH = 'button, [role="button"], input[type="submit"]';

/** Search fields are never composers, on any site. */
export function isSearchBox(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox') return true;
  if (el.getAttribute('type') === 'search') return true;
  if (/search/i.test(el.getAttribute('aria-label') ?? '') || /search/i.test(el.getAttribute('placeholder') ?? '')) return true;
  return !!el.closest('[role="search"], form[action*="search"]');
}

/**
 * Every composer of the site under root, each claimed by the first spec and tier that finds it.
 * All tiers are tried (a site may change one composer's test id but not another's); the tier is
 * kept so the health report can say a fallback is in use.
 */
export function findComposers(adapter: SiteAdapter, root: ParentNode, where: Where, visible: VisibleFn = isVisible): FoundComposer[] {
  const claimed = new Map<Element, FoundComposer>();
  for (const spec of adapter.composers) {
    for (let tier = 0; tier < spec.tiers.length; tier++) {
      for (const el of Array.from(root.querySelectorAll(spec.tiers[tier]))) {
        if (claimed.has(el) || !visible(el)) continue;
        if (isSearchBox(el) || adapter.exclude(el, where)) continue;
        if (adapter.accept && !adapter.accept(el)) continue;
        // A composer nested in one already found (a wrapper matched by a looser tier) is the same composer.
        if ([...claimed.keys()].some((c) => c.contains(el) || el.contains(c))) continue;
        claimed.set(el, { el, kind: adapter.kindOf ? adapter.kindOf(el, spec.kind) : spec.kind, tier });
      }
    }
  }
  return [...claimed.values()];
}

/** The composer element an event target lies in, if it is one of the site's composers. */
export function composerOf(adapter: SiteAdapter, target: Element, where: Where): FoundComposer | null {
  for (const spec of adapter.composers) {
    for (let tier = 0; tier < spec.tiers.length; tier++) {
      const el = target.closest(spec.tiers[tier]);
      if (!el || isSearchBox(el) || adapter.exclude(el, where)) continue;
      if (adapter.accept && !adapter.accept(el)) continue;
      return { el, kind: adapter.kindOf ? adapter.kindOf(el, spec.kind) : spec.kind, tier };
    }
  }
  return null;
}

export function buttonLabel(el: Element): string {
  return (el.getAttribute('aria-label') ?? (el as HTMLInputElement).value ?? el.textContent ?? '').trim() || (el.textContent ?? '').trim();
}

/** The site's submit button the target lies in, or null. */
export function submitButtonOf(adapter: SiteAdapter, target: Element): Element | null {
  for (const sel of adapter.submitSelectors) {
    const b = target.closest(sel);
    if (b) return b;
  }
  const b = target.closest(BUTTONISH);
  if (!b) return null;
  return isSubmitLabel(adapter, buttonLabel(b)) ? b : null;
}

function isSubmitLabel(adapter: SiteAdapter, label: string): boolean {
  const l = label.toLowerCase();
  return adapter.submitLabels.some((x) => x.toLowerCase() === l) || !!adapter.stepLabels?.some((x) => x.toLowerCase() === l);
}

/** A disabled button never posts: disabled, aria-disabled, or inert. */
export function isEnabled(b: Element): boolean {
  return !(b as HTMLButtonElement).disabled && b.getAttribute('aria-disabled') !== 'true' && !b.closest('[inert]');
}

/** Submit buttons inside a region, preferred selectors first. */
export function submitButtonsIn(adapter: SiteAdapter, region: ParentNode): Element[] {
  const out: Element[] = [];
  for (const sel of adapter.submitSelectors) for (const b of Array.from(region.querySelectorAll(sel))) if (!out.includes(b)) out.push(b);
  for (const b of Array.from(region.querySelectorAll(BUTTONISH))) {
    if (out.includes(b)) continue;
    if (isSubmitLabel(adapter, buttonLabel(b))) out.push(b);
  }
  return out;
}

/**
 * The submit button that posts this composer: walk up from the composer to the first ancestor that
 * holds a submit button (X's toolbar is a sibling subtree; Facebook's is in the dialog footer).
 */
export function findSubmitFor(adapter: SiteAdapter, composer: Element, visible: VisibleFn = isVisible, maxDepth = 14): Element | null {
  let node: Element | null = composer.parentElement;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    const buttons = submitButtonsIn(adapter, node).filter((b) => visible(b));
    if (buttons.length) return buttons.find(isEnabled) ?? buttons[0];
    if (node.matches('[role="dialog"], form, body')) break;
  }
  return null;
}

/** The region a composer posts from: its dialog or form, else its nearest ancestor holding a submit button. */
export function regionOf(adapter: SiteAdapter, composer: Element, visible: VisibleFn = isVisible): Element | null {
  const box = composer.closest('[role="dialog"], form');
  if (box) return box;
  const b = findSubmitFor(adapter, composer, visible);
  if (!b) return null;
  let node: Element | null = b.parentElement;
  while (node && !node.contains(composer)) node = node.parentElement;
  return node;
}

/**
 * Which of the candidate composers a submit button posts: the one sharing the smallest region with
 * the button (the nearest common ancestor); ties go to the one typed in last.
 */
export function pairButton<T extends { el: Element; region: Element | null; lastActive: number }>(button: Element, candidates: readonly T[]): T | null {
  let best: T | null = null;
  let bestDepth = Infinity;
  for (const c of candidates) {
    let depth = 0;
    let node: Element | null = button;
    const home = c.el.isConnected ? c.el : c.region;
    if (!home) continue;
    while (node && !node.contains(home)) {
      node = node.parentElement;
      depth++;
    }
    // Sharing only the page itself is no pairing (X's side-bar "Post" only opens the composer).
    if (!node || node.nodeName === 'BODY' || node.nodeName === 'HTML') continue;
    // Disconnected composers (Facebook Pages' "Next" screen) pair only within their own region.
    if (!c.el.isConnected && !(c.region && c.region.contains(button))) continue;
    if (depth < bestDepth || (depth === bestDepth && best && c.lastActive > best.lastActive)) {
      best = c;
      bestDepth = depth;
    }
  }
  if (best && bestDepth > 16) return null;
  return best;
}

/**
 * Photos or video attached to the draft, as the composer's region shows them: upload previews
 * (blob: URLs), X's attachments strip, a <video>. Undefined when none is seen (unknown, not "none").
 */
export function mediaIn(region: ParentNode | null): { hasMedia: true; mediaKind: 'image' | 'video' } | undefined {
  if (!region) return undefined;
  if (region.querySelector('video, [data-testid="attachments"] video')) return { hasMedia: true, mediaKind: 'video' };
  if (region.querySelector('img[src^="blob:"], [data-testid="attachments"] img, [data-testid="attachments"] [role="img"]')) return { hasMedia: true, mediaKind: 'image' };
  return undefined;
}

/** Visible text of an element, whitespace folded, capped (read-only; rules only need the gist). */
export function textOf(el: Element | null | undefined, max = 2000): string | undefined {
  const t = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
}

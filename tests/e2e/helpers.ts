/**
 * What the tests look at: the extension's panel and pause (in its open shadow root, which
 * Playwright's CSS locators pierce) and the practice page's own submit log.
 */
import type { Locator, Page } from 'playwright-core';

/** Drafts the rules already judge (checked in tests/e2e/drafts.test.ts against analyze()). */
export const DRAFTS = {
  /** stop: security/credentials */
  stop: "Members' portal password is Barnsley2024!",
  stop2: 'The key safe code at the scout hut is 2580 if you get there before me.',
  clean: 'Lovely to see so many residents at the Hoyland litter pick this morning.',
  clean2: 'Ward surgery this Saturday, 10am at Hoyland library. All welcome.',
} as const;

/** How long "nothing shows" is given: well past the debounce and the 500 ms budget. */
export const QUIET_MS = 900;
export const SHOW_TIMEOUT = 5_000;

export const panels = (page: Page): Locator => page.locator('[data-testid="tt-panel"]');
export const findings = (page: Page): Locator => page.locator('[data-testid="tt-finding"]');
export const pauseBox = (page: Page): Locator => page.locator('[data-testid="tt-pause"]');
export const editButton = (page: Page): Locator => page.locator('[data-testid="tt-edit"]');
export const postAnywayButton = (page: Page): Locator => page.locator('[data-testid="tt-post-anyway"]');

export async function submitCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid="submit-count"]').textContent());
}

export async function submittedTexts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="submit-log"] li').allTextContents();
}

/** Waits until the content script says it is watching the page. */
export async function waitReady(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.thinkTwice === 'ready', undefined, { timeout });
}

/** Loads a practice page fresh and waits for the content script (without failing if it never says ready). */
export async function open(page: Page, url: string): Promise<boolean> {
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('#root > *').first().waitFor();
  try {
    await waitReady(page, 5_000);
    return true;
  } catch {
    return false;
  }
}

/** The text in a composer: a textarea's value, or the editor's rendered text. */
export async function composerText(editor: Locator): Promise<string> {
  return editor.evaluate((el) => (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText));
}

/** Normalises rendered editor text for comparison (editors render trailing newlines and nbsp). */
export function norm(s: string): string {
  return s.replace(/\u00a0/g, ' ').replace(/\n+$/g, '').trim();
}

/** Real keyboard typing into a composer. */
export async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.type(text);
}

export async function expectPanelShown(page: Page): Promise<void> {
  await panels(page).first().waitFor({ state: 'visible', timeout: SHOW_TIMEOUT });
}

export async function visibleCount(loc: Locator): Promise<number> {
  let n = 0;
  for (const l of await loc.all()) if (await l.isVisible()) n++;
  return n;
}

/** Highest `data-highlights` on any of our host elements. */
export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...Array.from(document.querySelectorAll('think-twice-panel')).map((h) => Number(h.getAttribute('data-highlights') ?? 0))));
}

export async function ruleIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid="tt-finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id') ?? ''));
}

/** Whether focus is in the editor (or is it). */
export async function editorHasFocus(editor: Locator): Promise<boolean> {
  return editor.evaluate((el) => {
    const a = document.activeElement;
    return !!a && (a === el || el.contains(a));
  });
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export function overlaps(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return false;
  return a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
}

/** The bounding box of the visible text the member typed (the range of the editor's contents). */
export async function typedTextBox(editor: Locator): Promise<Box | null> {
  return editor.evaluate((el) => {
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return r.width === 0 && r.height === 0 ? null : { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** Gap between two boxes (0 when they touch or overlap). */
export function gap(a: Box | null, b: Box | null): number {
  if (!a || !b) return Infinity;
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

/**
 * An IME composition as Chromium delivers it from a real input method: composition updates, then
 * Enter pressed to commit (a trusted keydown with isComposing and keyCode 229), then the committed text.
 */
export async function imeComposeAndCommitWithEnter(page: Page, composing: string[], committed: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const t of composing) await cdp.send('Input.imeSetComposition', { text: t, selectionStart: t.length, selectionEnd: t.length });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: committed });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
  } finally {
    await cdp.detach();
  }
}

/** The keydowns the practice page's composer saw ("key:composing|plain:keyCode"). */
export async function pageKeyLog(page: Page): Promise<string[]> {
  return page.evaluate(() => (document.documentElement.dataset.fixtureKeys ?? '').split('|').filter(Boolean));
}

/** DOM changes inside the editor during `ms` of quiet (no typing): the extension must make none. */
export async function editorMutationsWhileIdle(page: Page, editor: Locator, ms: number): Promise<string[]> {
  await editor.evaluate((el) => {
    const w = window as unknown as { __ttMutations: string[] };
    w.__ttMutations = [];
    new MutationObserver((records) => {
      for (const r of records) w.__ttMutations.push(`${r.type}:${r.attributeName ?? ''}:${r.target.nodeName}`);
    }).observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.waitForTimeout(ms);
  return page.evaluate(() => (window as unknown as { __ttMutations: string[] }).__ttMutations);
}

/** Text of every CSS Custom Highlight range that lies inside the editor (the registry is shared by all worlds). */
export async function highlightedTextsIn(editor: Locator): Promise<string[]> {
  return editor.evaluate((el) => {
    const out: string[] = [];
    const reg = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
    if (!reg) return out;
    reg.forEach((h) => {
      for (const r of h) if (el.contains(r.commonAncestorContainer)) out.push(r.toString());
    });
    return out;
  });
}

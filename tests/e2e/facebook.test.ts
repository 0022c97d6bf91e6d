/** Facebook: create post, comments, a Page's Next-then-Post, Messenger, IME, fail open. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageUrl } from '../fixtures/practice-pages';
import { CASES, composerSuite, expectNoPanel, noNetworkTest, openCase } from './composers';
import { launch, type Session } from './harness';
import {
  DRAFTS,
  QUIET_MS,
  composerText,
  expectPanelShown,
  gap,
  imeComposeAndCommitWithEnter,
  norm,
  open,
  pageKeyLog,
  panels,
  pauseBox,
  postAnywayButton,
  submitCount,
  submittedTexts,
  typeInto,
  visibleCount,
} from './helpers';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  page = await session.newPage();
});
afterAll(async () => {
  await session?.close();
});

const comments = (p: Page) => p.locator('[data-lexical-editor="true"][aria-label="Write a comment…"]');

describe('Facebook', () => {
  composerSuite(() => session, () => page, CASES.fbPost);
  composerSuite(() => session, () => page, CASES.fbComment);
  composerSuite(() => session, () => page, CASES.fbPages);

  it('the Messenger chat box is left alone: no panel, Enter sends', async () => {
    await open(page, pageUrl('facebook-home'));
    const chat = page.locator('[data-lexical-editor="true"][aria-label="Message"]');
    await typeInto(page, chat, DRAFTS.stop);
    await expectNoPanel(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => submitCount(page), { timeout: 3_000 }).toBe(1);
    expect(await visibleCount(pauseBox(page))).toBe(0);
    expect(await page.locator('[data-testid="submit-log"] li[data-composer="messenger"]').allTextContents()).toEqual([DRAFTS.stop]);
  });

  it('two comment boxes on one page are judged apart: panel and pause follow the box in use', async () => {
    await open(page, pageUrl('facebook-home'));
    const [one, two] = [comments(page).nth(0), comments(page).nth(1)];
    await typeInto(page, two, DRAFTS.stop2);
    await expect.poll(async () => (await panels(page).allInnerTexts()).join(' '), { timeout: 5_000 }).toContain('2580');
    expect(gap(await panels(page).first().boundingBox(), await two.boundingBox())).toBeLessThan(120);
    await typeInto(page, one, DRAFTS.stop);
    await expect.poll(async () => (await panels(page).allInnerTexts()).join(' '), { timeout: 5_000 }).toContain('Barnsley2024');
    expect((await panels(page).allInnerTexts()).join(' ')).not.toContain('2580');
    expect(gap(await panels(page).first().boundingBox(), await one.boundingBox())).toBeLessThan(120);
    // Enter in the first box pauses the first draft only; Post anyway posts it alone.
    await page.keyboard.press('Enter');
    await pauseBox(page).first().waitFor({ state: 'visible', timeout: 3_000 });
    expect(await submitCount(page)).toBe(0);
    await postAnywayButton(page).first().click();
    await expect.poll(() => submitCount(page), { timeout: 3_000 }).toBe(1);
    expect(await page.locator('[data-testid="submit-log"] li').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-composer')}:${e.textContent}`))).toEqual([
      `comment-1:${DRAFTS.stop}`,
    ]);
    expect(norm(await composerText(two))).toBe(DRAFTS.stop2);
  });

  it('Shift+Enter in a comment is a newline: never paused, never posted', async () => {
    const editor = await openCase(page, CASES.fbComment);
    await typeInto(page, editor, DRAFTS.stop);
    await expectPanelShown(page);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Second line');
    await page.waitForTimeout(QUIET_MS);
    expect(await visibleCount(pauseBox(page))).toBe(0);
    expect(await submitCount(page)).toBe(0);
    expect(norm(await composerText(editor))).toBe(`${DRAFTS.stop}\nSecond line`);
  });

  it('IME composition committed with Enter is never paused, and the text is not duplicated', async () => {
    const editor = await openCase(page, CASES.fbComment);
    await typeInto(page, editor, `${DRAFTS.stop} `);
    await expectPanelShown(page);
    await imeComposeAndCommitWithEnter(page, ['に', 'にほ', 'にほん'], '日本');
    await page.waitForTimeout(QUIET_MS);
    expect(await pageKeyLog(page)).toContain('Enter:composing:229');
    expect(await visibleCount(pauseBox(page)), 'no pause mid-composition').toBe(0);
    expect(await submitCount(page)).toBe(0);
    expect(norm(await composerText(editor))).toBe(`${DRAFTS.stop} 日本`);
    // Once the composition is over, Enter posts, and the guard holds it.
    await page.keyboard.press('Enter');
    await pauseBox(page).first().waitFor({ state: 'visible', timeout: 3_000 });
    expect(await submitCount(page)).toBe(0);
  });

  it('an exception inside the content script lets comments and posts through (fail open)', async () => {
    const editor = await openCase(page, CASES.fbComment, '?fault=analyze');
    await typeInto(page, editor, DRAFTS.stop);
    await page.waitForTimeout(QUIET_MS);
    await page.keyboard.press('Enter');
    await expect.poll(() => submitCount(page), { timeout: 3_000 }).toBe(1);
    expect(await visibleCount(pauseBox(page))).toBe(0);
    await page.locator('[data-fixture="open-create-post"]').click();
    await typeInto(page, CASES.fbPost.editor(page), DRAFTS.stop2);
    await CASES.fbPost.submitButton(page).click();
    await expect.poll(() => submitCount(page), { timeout: 3_000 }).toBe(2);
    expect((await submittedTexts(page)).map(norm)).toEqual([DRAFTS.stop, DRAFTS.stop2]);
  });

  noNetworkTest(() => session);
});

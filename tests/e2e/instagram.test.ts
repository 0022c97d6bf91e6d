/** Instagram: caption (Lexical, Share) and comment (React textarea, Enter posts). */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, composerSuite, noNetworkTest, openCase } from './composers';
import { launch, type Session } from './harness';
import { DRAFTS, QUIET_MS, composerText, expectPanelShown, imeComposeAndCommitWithEnter, pageKeyLog, pauseBox, submitCount, typeInto, visibleCount } from './helpers';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  page = await session.newPage();
});
afterAll(async () => {
  await session?.close();
});

describe('Instagram', () => {
  composerSuite(() => session, () => page, CASES.igCaption);
  composerSuite(() => session, () => page, CASES.igComment);

  it('IME composition committed with Enter in the comment textarea is never paused', async () => {
    const editor = await openCase(page, CASES.igComment);
    await typeInto(page, editor, `${DRAFTS.stop} `);
    await expectPanelShown(page);
    await imeComposeAndCommitWithEnter(page, ['か', 'かん', 'かんじ'], '漢字');
    await page.waitForTimeout(QUIET_MS);
    expect(await pageKeyLog(page)).toContain('Enter:composing:229');
    expect(await visibleCount(pauseBox(page))).toBe(0);
    expect(await submitCount(page)).toBe(0);
    expect(await composerText(editor)).toBe(`${DRAFTS.stop} 漢字`);
    await page.keyboard.press('Enter');
    await pauseBox(page).first().waitFor({ state: 'visible', timeout: 3_000 });
    expect(await submitCount(page)).toBe(0);
    expect(await composerText(editor)).toBe(`${DRAFTS.stop} 漢字`);
  });

  it('an exception inside the content script lets the comment through (fail open)', async () => {
    const editor = await openCase(page, CASES.igComment, '?fault=analyze');
    await typeInto(page, editor, DRAFTS.stop);
    await page.waitForTimeout(QUIET_MS);
    await page.keyboard.press('Enter');
    await expect.poll(() => submitCount(page), { timeout: 3_000 }).toBe(1);
    expect(await visibleCount(pauseBox(page))).toBe(0);
  });

  noNetworkTest(() => session);
});

/** Nextdoor: the generic adapter on a post dialog (contenteditable) and a reply form (textarea). */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, composerSuite, noNetworkTest, openCase } from './composers';
import { launch, type Session } from './harness';
import { DRAFTS, QUIET_MS, pauseBox, submitCount, typeInto, visibleCount } from './helpers';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  page = await session.newPage();
});
afterAll(async () => {
  await session?.close();
});

describe('Nextdoor', () => {
  composerSuite(() => session, () => page, CASES.ndPost);
  composerSuite(() => session, () => page, CASES.ndReply);

  it('an exception inside the content script lets the reply through (fail open)', async () => {
    const editor = await openCase(page, CASES.ndReply, '?fault=analyze');
    await typeInto(page, editor, DRAFTS.stop);
    await page.waitForTimeout(QUIET_MS);
    await CASES.ndReply.submitButton(page).click();
    await expect.poll(() => submitCount(page), { timeout: 3_000 }).toBe(1);
    expect(await visibleCount(pauseBox(page))).toBe(0);
  });

  noNetworkTest(() => session);
});

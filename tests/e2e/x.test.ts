/** X: home, modal, reply and mobile composers in real Chromium with the extension. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, stopServiceWorker, type Session } from './harness';
import { CASES, composerSuite, expectNoPanel, noNetworkTest, openCase, pauseWithStopDraft, pressSubmit } from './composers';
import { DRAFTS, QUIET_MS, gap, open, overlaps, composerText, expectPanelShown, norm, panels, pauseBox, postAnywayButton, ruleIds, submitCount, submittedTexts, typeInto, visibleCount } from './helpers';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  page = await session.newPage();
});
afterAll(async () => {
  await session?.close();
});

describe('X', () => {
  composerSuite(() => session, () => page, CASES.xHome);
  composerSuite(() => session, () => page, CASES.xModal);
  composerSuite(() => session, () => page, CASES.xReply);
  composerSuite(() => session, () => page, CASES.xMobile);

  it('synthetic (untrusted) clicks and keys from the page on our controls do nothing', async () => {
    const editor = await openCase(page, CASES.xHome);
    await pauseWithStopDraft(page, CASES.xHome, editor);
    const touched = await page.evaluate(() => {
      let n = 0;
      for (const host of Array.from(document.querySelectorAll('think-twice-panel'))) {
        const root = host.shadowRoot;
        if (!root) continue;
        for (const id of ['tt-post-anyway', 'tt-edit']) {
          const b = root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
          if (!b) continue;
          n++;
          b.click();
          b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
          b.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
          b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
          b.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
        }
      }
      return n;
    });
    expect(touched, 'the page script could reach both of our buttons (open shadow root)').toBe(2);
    await page.waitForTimeout(QUIET_MS);
    expect(await submitCount(page)).toBe(0);
    expect(await visibleCount(pauseBox(page)), 'the pause stays').toBeGreaterThan(0);
    expect(norm(await composerText(editor))).toBe(DRAFTS.stop);
    // A page-made click on the site's own Post button while paused is not a confirmation either.
    await page.evaluate(() => (document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click());
    await page.waitForTimeout(300);
    expect(await submitCount(page)).toBe(0);
  });

  it('Cmd+Enter (Meta) is held like Ctrl+Enter', async () => {
    const editor = await openCase(page, CASES.xHome);
    await typeInto(page, editor, DRAFTS.stop);
    await expectPanelShown(page);
    await page.keyboard.press('Meta+Enter');
    await pauseBox(page).first().waitFor({ state: 'visible', timeout: 3_000 });
    await page.waitForTimeout(300);
    expect(await submitCount(page)).toBe(0);
    expect(norm(await composerText(editor))).toBe(DRAFTS.stop);
  });

  it('markup typed in a draft is shown as literal text, never run', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const editor = await openCase(page, CASES.xHome);
    const draft = 'Door code for the hut is 4071# <img src=x onerror=alert(1)><b>bold</b>';
    await typeInto(page, editor, draft);
    await expectPanelShown(page);
    await page.waitForTimeout(500);
    const inside = await page.evaluate(() =>
      Array.from(document.querySelectorAll('think-twice-panel')).map((h) => h.shadowRoot?.querySelectorAll('img, b').length ?? 0),
    );
    expect(inside.every((n) => n === 0), 'no element made from the draft').toBe(true);
    // The panel quotes the draft around the words, markup included, as text.
    expect((await panels(page).allInnerTexts()).join(' ')).toContain('<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);
    expect(norm(await composerText(editor))).toBe(draft);
  });

  it('a 100,000-character draft is still checked and held, untouched, with no page error', async () => {
    const errors: string[] = [];
    const onError = (e: Error) => errors.push(e.message);
    page.on('pageerror', onError);
    const editor = await openCase(page, CASES.xMobile);
    await editor.click();
    const big = 'Thanks to everyone at the litter pick. '.repeat(2600).slice(0, 100_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.insertText', { text: big });
    await cdp.detach();
    await page.keyboard.type(` ${DRAFTS.stop}`);
    await expectPanelShown(page);
    await page.keyboard.press('Control+Enter');
    await pauseBox(page).first().waitFor({ state: 'visible', timeout: 5_000 });
    expect(await submitCount(page)).toBe(0);
    expect(await composerText(editor)).toBe(`${big} ${DRAFTS.stop}`);
    page.off('pageerror', onError);
    expect(errors).toEqual([]);
  });

  it('twitter.com serves the same composer, and it is guarded too', async () => {
    expect(await open(page, 'https://twitter.com/home'), 'the content script runs on twitter.com').toBe(true);
    const editor = CASES.xHome.editor(page);
    await typeInto(page, editor, DRAFTS.stop);
    await expectPanelShown(page);
    await page.keyboard.press('Control+Enter');
    await pauseBox(page).first().waitFor({ state: 'visible', timeout: 3_000 });
    expect(await submitCount(page)).toBe(0);
  });

  it('a remounted composer is picked up', async () => {
    const editor = await openCase(page, CASES.xHome);
    await typeInto(page, editor, 'First draft');
    await page.locator('[data-testid="fixture-remount"]').click();
    const fresh = CASES.xHome.editor(page);
    await fresh.waitFor();
    expect(norm(await composerText(fresh))).toBe('');
    await typeInto(page, fresh, DRAFTS.stop);
    await expectPanelShown(page);
    expect(await ruleIds(page)).toContain('security/credentials');
    await pressSubmit(page, CASES.xHome);
    await pauseBox(page).first().waitFor({ state: 'visible', timeout: 3_000 });
    expect(await submitCount(page)).toBe(0);
  });

  it('inline and modal composers on one page are judged apart: the panel follows the one in use', async () => {
    const inline = await openCase(page, CASES.xHome);
    await typeInto(page, inline, DRAFTS.stop);
    await expectPanelShown(page);
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    const modal = CASES.xModal.editor(page);
    await typeInto(page, modal, DRAFTS.stop2);
    // The panel describes the modal's draft ("2580"), not the inline one's, and sits by the modal.
    await expect.poll(async () => (await panels(page).allInnerTexts()).join(' '), { timeout: 5_000 }).toContain('2580');
    expect((await panels(page).allInnerTexts()).join(' ')).not.toContain('Barnsley2024');
    const panelBox = await panels(page).first().boundingBox();
    expect(gap(panelBox, await modal.boundingBox()), 'panel sits by the modal composer').toBeLessThan(120);
    expect(overlaps(panelBox, await CASES.xModal.submitButton(page).boundingBox())).toBe(false);
    await pressSubmit(page, CASES.xModal);
    await pauseBox(page).first().waitFor({ state: 'visible', timeout: 3_000 });
    expect(await submitCount(page)).toBe(0);
    await postAnywayButton(page).first().click();
    await expect.poll(() => submitCount(page), { timeout: 3_000 }).toBe(1);
    // Only the modal's draft went; the inline draft is untouched and still guarded.
    expect((await submittedTexts(page)).map(norm)).toEqual([DRAFTS.stop2]);
    expect(norm(await composerText(inline))).toBe(DRAFTS.stop);
    await inline.click();
    await expect.poll(async () => (await panels(page).allInnerTexts()).join(' '), { timeout: 5_000 }).toContain('Barnsley2024');
    await pressSubmit(page, CASES.xHome);
    await pauseBox(page).first().waitFor({ state: 'visible', timeout: 3_000 });
    expect(await submitCount(page)).toBe(1);
  });

  it('an exception inside the content script lets posts through (fail open)', async () => {
    const editor = await openCase(page, CASES.xHome, '?fault=analyze');
    expect(await page.evaluate(() => document.documentElement.dataset.thinkTwiceTestFault)).toBe('analyze');
    await typeInto(page, editor, DRAFTS.stop);
    await page.waitForTimeout(QUIET_MS);
    await pressSubmit(page, CASES.xHome);
    await expect.poll(() => submitCount(page), { timeout: 3_000 }).toBe(1);
    expect(await visibleCount(pauseBox(page))).toBe(0);
    // Keyboard posting too.
    await typeInto(page, editor, DRAFTS.stop2);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => submitCount(page), { timeout: 3_000 }).toBe(2);
  });

  it('with the service worker stopped mid-session, a stop-level draft is still paused and a clean one still posts', async () => {
    const editor = await openCase(page, CASES.xHome);
    expect(await stopServiceWorker(session), 'a running extension worker was stopped').toBeGreaterThan(0);
    await typeInto(page, editor, DRAFTS.clean);
    await expectNoPanel(page);
    await pressSubmit(page, CASES.xHome);
    await expect.poll(() => submitCount(page), { timeout: 3_000 }).toBe(1);
    await stopServiceWorker(session).catch(() => 0);
    await typeInto(page, editor, DRAFTS.stop);
    await expectPanelShown(page);
    await page.keyboard.press('Control+Enter');
    await pauseBox(page).first().waitFor({ state: 'visible', timeout: 3_000 });
    await page.waitForTimeout(300);
    expect(await submitCount(page)).toBe(1);
    expect(norm(await composerText(editor))).toBe(DRAFTS.stop);
  });

  noNetworkTest(() => session);
});

/**
 * The behaviour every composer kind must show with the extension: risky draft → panel + highlights
 * (never covering the Post button or the typed text); clean draft → nothing, posts at once;
 * stop-level draft → click and keyboard submits held with the draft intact; Edit → back in the
 * composer where the member left off; Post anyway → exactly one post even when clicked twice.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SCREENSHOT_DIR, type Session } from './harness';
import { openCase, pauseWithStopDraft, pressSubmit, type ComposerCase } from './cases';
import {
  DRAFTS,
  QUIET_MS,
  composerText,
  editButton,
  editorHasFocus,
  editorMutationsWhileIdle,
  expectPanelShown,
  findings,
  highlightCount,
  highlightedTextsIn,
  norm,
  overlaps,
  panels,
  pauseBox,
  postAnywayButton,
  ruleIds,
  submitCount,
  submittedTexts,
  typeInto,
  typedTextBox,
  visibleCount,
} from './helpers';

export { CASES, openCase, pauseWithStopDraft, pressSubmit } from './cases';

/** Asserts no panel becomes visible within QUIET_MS. */
export async function expectNoPanel(page: Page, ms = QUIET_MS): Promise<void> {
  await page.waitForTimeout(ms);
  expect(await visibleCount(panels(page))).toBe(0);
}

/** The five behaviours every composer kind must show. */
export function composerSuite(session: () => Session, page: () => Page, c: ComposerCase): void {
  it(`${c.name}: a risky draft shows the panel and highlights (draft untouched), clear of the Post button and the text`, async () => {
    const p = page();
    const editor = await openCase(p, c);
    await typeInto(p, editor, DRAFTS.stop);
    await expectPanelShown(p);
    const panel = panels(p).first();
    expect(await panel.getAttribute('data-severity')).toBe('stop');
    expect(await ruleIds(p)).toContain('security/credentials');
    const fam = await findings(p).first().getAttribute('data-family');
    expect(fam).toBe('security');
    await expect.poll(() => highlightCount(p), { timeout: 3_000 }).toBeGreaterThan(0);
    expect(norm(await composerText(editor))).toBe(DRAFTS.stop);
    // Read, never write: nothing changes inside the editor while the panel stands.
    expect(await editorMutationsWhileIdle(p, editor, 1_200)).toEqual([]);
    if (!(await editor.evaluate((el) => el instanceof HTMLTextAreaElement))) {
      // The highlight is on the member's own characters, inside this editor.
      expect((await highlightedTextsIn(editor)).join(' ')).toContain('Barnsley2024!');
    }
    const panelBox = await panel.boundingBox();
    expect(overlaps(panelBox, await c.submitButton(p).boundingBox()), 'panel covers the Post button').toBe(false);
    expect(overlaps(panelBox, await typedTextBox(editor)), 'panel covers the typed text').toBe(false);
    if (c.screenshot) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await p.screenshot({ path: join(SCREENSHOT_DIR, `${c.screenshot}.png`) });
    }
  });

  it(`${c.name}: a clean draft shows nothing and posts at once`, async () => {
    const p = page();
    const editor = await openCase(p, c);
    await typeInto(p, editor, DRAFTS.clean);
    await expectNoPanel(p);
    await pressSubmit(p, c);
    await expect.poll(() => submitCount(p), { timeout: 3_000 }).toBe(1);
    expect(await visibleCount(pauseBox(p))).toBe(0);
    expect((await submittedTexts(p)).map(norm)).toEqual([DRAFTS.clean]);
  });

  it(`${c.name}: a stop-level draft's click${c.keySubmit ? ' and keyboard' : ''} submits are held, draft intact`, async () => {
    const p = page();
    const editor = await openCase(p, c);
    await pauseWithStopDraft(p, c, editor);
    await p.waitForTimeout(300);
    expect(await submitCount(p)).toBe(0);
    expect(norm(await composerText(editor))).toBe(DRAFTS.stop);
    if (c.keySubmit) {
      // Back in the composer (Edit), then the site's keyboard shortcut: held again.
      await editButton(p).first().click();
      await expect.poll(() => editorHasFocus(editor)).toBe(true);
      await p.waitForTimeout(150);
      await p.keyboard.press('Control+End');
      await p.keyboard.press(c.keySubmit);
      await pauseBox(p).first().waitFor({ state: 'visible', timeout: 3_000 });
      await p.waitForTimeout(300);
      expect(await submitCount(p)).toBe(0);
      expect(norm(await composerText(editor))).toBe(DRAFTS.stop);
    }
    if (c.enterIsNewline) {
      // Enter is a newline in this box: never a pause, never a post.
      await editButton(p).first().click();
      await expect.poll(() => editorHasFocus(editor)).toBe(true);
      await p.waitForTimeout(150);
      await p.keyboard.press('Control+End');
      await p.keyboard.press('Enter');
      await p.keyboard.type('Thanks');
      await p.waitForTimeout(400);
      expect(await visibleCount(pauseBox(p))).toBe(0);
      expect(await submitCount(p)).toBe(0);
      expect(norm(await composerText(editor)).replace(/\n+/g, '\n')).toBe(`${DRAFTS.stop}\nThanks`);
    }
  });

  it(`${c.name}: Edit closes the pause and returns focus to the composer, draft intact, caret where it was`, async () => {
    const p = page();
    const editor = await openCase(p, c);
    await pauseWithStopDraft(p, c, editor);
    await editButton(p).first().click();
    await expect.poll(async () => visibleCount(pauseBox(p))).toBe(0);
    expect(norm(await composerText(editor))).toBe(DRAFTS.stop);
    expect(await submitCount(p)).toBe(0);
    if (c.submit && !(await editor.isVisible())) return; // a Page's second step: the editor is behind "Back"
    await expect.poll(() => editorHasFocus(editor)).toBe(true);
    await p.waitForTimeout(150);
    // Typing goes on where the member left off (the end of the draft): no cursor jump.
    await p.keyboard.type(' x');
    expect(norm(await composerText(editor))).toBe(`${DRAFTS.stop} x`);
  });

  it(`${c.name}: Post anyway posts exactly once, even when clicked twice`, async () => {
    const p = page();
    const editor = await openCase(p, c);
    await pauseWithStopDraft(p, c, editor);
    expect(await submitCount(p)).toBe(0);
    await postAnywayButton(p).first().dblclick();
    if (c.finish) await c.finish(p);
    await expect.poll(() => submitCount(p), { timeout: 3_000 }).toBe(1);
    await p.waitForTimeout(QUIET_MS);
    expect(await submitCount(p)).toBe(1);
    expect((await submittedTexts(p)).map(norm)).toEqual([DRAFTS.stop]);
    expect(await visibleCount(pauseBox(p))).toBe(0);
    // The site emptied (or closed) the composer, firing no input event: the panel goes too.
    await expect.poll(() => visibleCount(panels(p)), { timeout: 3_000 }).toBe(0);
  });

  if (c.keySubmit) {
    it(`${c.name}: a pause from the keyboard (${c.keySubmit}), then Post anyway, posts exactly once`, async () => {
      const p = page();
      const editor = await openCase(p, c);
      await typeInto(p, editor, DRAFTS.stop);
      await expectPanelShown(p);
      await p.keyboard.press(c.keySubmit!);
      await pauseBox(p).first().waitFor({ state: 'visible', timeout: 3_000 });
      await p.waitForTimeout(200);
      expect(await submitCount(p)).toBe(0);
      await postAnywayButton(p).first().click();
      await expect.poll(() => submitCount(p), { timeout: 3_000 }).toBe(1);
      // The member presses the shortcut again straight away: nothing more goes.
      if (await editor.isVisible()) await editor.click(); // (X's modal closes once it has posted)
      await p.keyboard.press(c.keySubmit!);
      await p.keyboard.press(c.keySubmit!);
      await p.waitForTimeout(QUIET_MS);
      expect(await submitCount(p)).toBe(1);
      expect((await submittedTexts(p)).map(norm)).toEqual([DRAFTS.stop]);
    });
  }
}

/** The last test of every file: the extension made no request at all. */
export function noNetworkTest(session: () => Session): void {
  it('the extension made no network request during this file', () => {
    const s = session();
    expect(s.net.length, 'the request watcher saw the practice pages load').toBeGreaterThan(0);
    expect(s.offendingRequests()).toEqual([]);
  });
}

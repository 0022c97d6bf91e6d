/**
 * Settings that members control, end to end in Chromium: the popup and options page change what the
 * content script checks on an already-open practice page; both pages pass axe-core with no serious
 * violations and work from the keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, openCase } from './composers';
import { launch, type Session } from './harness';
import { DRAFTS, QUIET_MS, expectPanelShown, ruleIds, typeInto } from './helpers';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let session: Session;

beforeAll(async () => {
  session = await launch();
  expect(session.extensionId, 'the extension loaded').toBeTruthy();
});
afterAll(async () => {
  await session?.close();
});

async function extensionPage(name: 'popup' | 'options', width = 400): Promise<Page> {
  const p = await session.context.newPage();
  await p.setViewportSize({ width, height: 900 });
  await p.goto(`chrome-extension://${session.extensionId}/${name}.html`);
  await p.locator('main').waitFor();
  return p;
}

async function seriousViolations(p: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP), so axe is evaluated through the debugger protocol.
  await p.evaluate(AXE);
  const result = await p.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; help: string; nodes: unknown[] }[] }> } }).axe.run(document);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, n: v.nodes.length }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.n}×): ${v.help}`);
}

async function resetSettings(): Promise<void> {
  const p = await extensionPage('popup');
  await p.evaluate(() => chrome.storage.local.remove(['settings', 'settings$']));
  await p.close();
}

describe('popup and options change what is checked', () => {
  it('switching a rule set off in the popup stops its warnings on an already-open practice page', async () => {
    await resetSettings();
    const page = await session.newPage();
    const editor = await openCase(page, CASES.xHome);
    await typeInto(page, editor, DRAFTS.stop);
    await expectPanelShown(page);
    expect(await ruleIds(page)).toContain('security/credentials');

    const popup = await extensionPage('popup');
    const sw = popup.getByRole('switch', { name: /Personal safety & security/ });
    await expect.poll(() => sw.isChecked()).toBe(true);
    await sw.uncheck();
    await expect.poll(() => popup.evaluate(async () => ((await chrome.storage.local.get("settings")).settings as any)?.ruleSets?.['safety-security'])).toBe(false);

    // The open page follows the change without a reload: the credentials warning goes.
    await page.bringToFront();
    await editor.click();
    await page.keyboard.type(' ');
    await expect.poll(() => ruleIds(page), { timeout: 10_000 }).not.toContain('security/credentials');

    await sw.check();
    await page.bringToFront();
    await page.keyboard.type(' ');
    await expect.poll(() => ruleIds(page), { timeout: 10_000 }).toContain('security/credentials');
    await popup.close();
    await page.close();
  });

  it('adding a confidential term in the options page makes it fire', async () => {
    await resetSettings();
    const page = await session.newPage();
    const editor = await openCase(page, CASES.xHome);
    const draft = 'Big news on P R O J E C T  falc0n coming soon';
    await typeInto(page, editor, draft);
    await page.waitForTimeout(QUIET_MS);
    expect(await ruleIds(page)).not.toContain('confidential-information/listed-term');

    const options = await extensionPage('options', 1000);
    const editorBlock = options.locator('section[data-list="confidentialTerms"]');
    await editorBlock.getByRole('button', { name: 'Add a row' }).click();
    await editorBlock.getByRole('textbox', { name: 'Term, row 1' }).fill('Project Falcon');
    await editorBlock.getByRole('button', { name: /Save confidential terms/ }).click();
    await expect.poll(() => options.getByTestId('saved').textContent()).toMatch(/Saved/);

    // The options page's own "try a draft" box shows it at once…
    await options.getByTestId('try-draft').fill('Can anyone tell me more about projectfalcon?');
    await expect.poll(() => options.locator('[data-testid="try-finding"][data-rule-id="confidential-information/listed-term"]').count()).toBe(1);

    // …and so does the practice page, as soon as the draft changes.
    await page.bringToFront();
    await editor.click();
    await page.keyboard.type('!');
    await expect.poll(() => ruleIds(page), { timeout: 10_000 }).toContain('confidential-information/listed-term');
    await options.close();
    await page.close();
  });

  it('refuses an invalid list entry with a reason and saves nothing', async () => {
    await resetSettings();
    const options = await extensionPage('options', 1000);
    const block = options.locator('section[data-list="elections"]');
    await block.getByRole('button', { name: 'Add a row' }).click();
    await block.getByRole('textbox', { name: 'Election, row 1', exact: true }).fill('Borough elections');
    await block.getByRole('button', { name: /Save election dates/ }).click();
    await expect.poll(() => block.getByRole('alert').textContent()).toMatch(/noticeOfElection is missing/);
    expect(await options.evaluate(async () => ((await chrome.storage.local.get("settings")).settings as any)?.lists?.elections)).toBeUndefined();
    await options.close();
  });
});

describe('accessibility', () => {
  for (const name of ['popup', 'options'] as const) {
    it(`${name} has no serious accessibility violations (axe-core)`, async () => {
      const p = await extensionPage(name, name === 'popup' ? 400 : 1000);
      expect(await seriousViolations(p)).toEqual([]);
      await p.close();
    });
  }

  it('the popup is fully keyboard-operable', async () => {
    await resetSettings();
    const p = await extensionPage('popup');
    // Tab to "Pause for an hour" and press it with the keyboard.
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await p.keyboard.press('Tab');
      found = await p.evaluate(() => document.activeElement?.textContent === 'Pause for an hour');
    }
    expect(found, 'Pause for an hour is reachable with Tab').toBe(true);
    await p.keyboard.press('Enter');
    await expect.poll(() => p.getByRole('button', { name: 'Resume now' }).count()).toBe(1);
    // Every control can be reached with Tab, in order, and none traps focus.
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await p.keyboard.press('Tab');
      reached.add(await p.evaluate(() => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.textContent?.trim() || ''));
    }
    for (const id of ['site-facebook', 'site-x', 'site-instagram', 'site-nextdoor', 'set-core-legal', 'set-elections', 'set-safety-security']) expect(reached).toContain(id);
    // Space toggles a focused switch.
    await p.focus('#set-tone');
    await p.keyboard.press('Space');
    await expect.poll(() => p.evaluate(async () => ((await chrome.storage.local.get("settings")).settings as any)?.ruleSets?.tone)).toBe(false);
    await p.close();
  });

  it('the options page is keyboard-operable: add, fill and save a list without a mouse', async () => {
    await resetSettings();
    const p = await extensionPage('options', 1000);
    await p.locator('section[data-list="officers"]').getByRole('button', { name: 'Add a row' }).focus();
    await p.keyboard.press('Enter');
    await p.keyboard.press('Shift+Tab'); // back past Remove, into the new row's last field
    await p.keyboard.press('Shift+Tab');
    await p.keyboard.press('Shift+Tab');
    await p.keyboard.type('Jane Ellis');
    await p.keyboard.press('Tab');
    await p.keyboard.type('Planning');
    await p.locator('section[data-list="officers"]').getByRole('button', { name: /Save council officers/ }).focus();
    await p.keyboard.press('Enter');
    await expect
      .poll(() => p.evaluate(async () => ((await chrome.storage.local.get("settings")).settings as any)?.lists?.officers))
      .toEqual([{ name: 'Jane Ellis', department: 'Planning' }]);
    await p.close();
  });
});

/**
 * A council's managed policy, written where Chromium reads enterprise policy on Linux
 * (/etc/chromium/policies/managed/), locks a rule set on: the member's own "off" no longer applies,
 * the popup shows it locked, and the practice page keeps warning. The file is removed afterwards.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, openCase } from './composers';
import { launch, type Session } from './harness';
import { DRAFTS, expectPanelShown, ruleIds, typeInto } from './helpers';

const EXTENSION_ID = 'bcgmelgoodjcpcekmkkljejbjjhbpapa';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/think-twice-e2e.json`;

let session: Session;

beforeAll(async () => {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: {
        ruleSets: { 'safety-security': true },
        policyPack: 'barnsley',
        // Chrome drops values that fail managed_schema.json before the extension sees them; a date
        // that is text but not a date passes the schema and must be refused by the extension itself.
        lists: { confidentialTerms: [{ term: 'Project Heron' }], elections: [{ noticeOfElection: 'next spring', pollingDay: '2027-05-06' }] },
      } } } }),
    );
  } catch (e) {
    throw new Error(`Cannot write Chromium's managed policy (${POLICY_FILE}); the test needs root, as CI has: ${(e as Error).message}`);
  }
  session = await launch();
  expect(session.extensionId).toBe(EXTENSION_ID);
});

afterAll(async () => {
  await session?.close();
  rmSync(POLICY_FILE, { force: true });
});

describe('managed policy', () => {
  it('locks a rule set on over the member’s own choice, and says why a bad value was refused', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    // The member had switched the set off themselves.
    await popup.evaluate(() => chrome.storage.local.set({ settings: { ruleSets: { 'safety-security': false } } }));
    await popup.reload();
    const sw = popup.getByRole('switch', { name: /Personal safety & security/ });
    // Chromium loads enterprise policy shortly after start; the popup follows it when it arrives.
    await expect.poll(() => sw.isChecked(), { timeout: 15_000 }).toBe(true);
    expect(await sw.isDisabled()).toBe(true);
    expect(await popup.locator('[data-set="safety-security"]').textContent()).toContain('Set by your council');
    // An unlocked set stays the member's to change.
    expect(await popup.getByRole('switch', { name: /Tone: public-meeting test/ }).isDisabled()).toBe(false);
    // The election date that is not a date is refused with a reason, not applied.
    await expect.poll(() => popup.getByRole('status').first().textContent()).toMatch(/noticeOfElection must be a date/);

    const page = await session.newPage();
    const editor = await openCase(page, CASES.xHome);
    await typeInto(page, editor, `${DRAFTS.stop} Also, Project Heron update soon.`);
    await expectPanelShown(page);
    await expect.poll(() => ruleIds(page)).toContain('security/credentials');
    await expect.poll(() => ruleIds(page)).toContain('confidential-information/listed-term');
    await popup.close();
    await page.close();
  });

  it('shows the council’s lists as locked in the options page', async () => {
    const options = await session.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const block = options.locator('section[data-list="confidentialTerms"]');
    await expect.poll(() => block.getByRole('textbox', { name: 'Term, row 1' }).inputValue(), { timeout: 15_000 }).toBe('Project Heron');
    expect(await block.getByRole('textbox', { name: 'Term, row 1' }).isDisabled()).toBe(true);
    expect(await block.textContent()).toContain('Set by your council');
    expect(await options.locator('#policy-pack').isDisabled()).toBe(true);
    expect(await options.locator('#policy-pack').inputValue()).toBe('barnsley');
    await options.close();
  });
});

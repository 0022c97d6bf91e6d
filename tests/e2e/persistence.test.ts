/**
 * Settings survive a browser restart, an extension update (a new build with a higher version, same
 * id) and a stopped worker; settings stored by the first builds (v1, no version mark) are migrated on
 * update. The profile directory is kept between launches, as a member's is.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { assertExtensionBuilt, chromiumArgs, EXTENSION_DIR, findChromium } from './harness';

const ID = 'bcgmelgoodjcpcekmkkljejbjjhbpapa';
const tmp = mkdtempSync(join(tmpdir(), 'think-twice-persist-'));
const profile = join(tmp, 'profile');

/** A copy of the build, optionally with a new version number (an "update" of the same extension). */
function buildCopy(name: string, version?: string): string {
  assertExtensionBuilt();
  const dir = join(tmp, name);
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  if (version) {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    m.version = version;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
  }
  return dir;
}

async function start(extensionDir: string): Promise<BrowserContext> {
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs(9, true, extensionDir),
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  if (!ctx.serviceWorkers().some((w) => w.url().includes(ID))) await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  return ctx;
}

const stored = async (ctx: BrowserContext) => {
  const p = await ctx.newPage();
  await p.goto(`chrome-extension://${ID}/popup.html`);
  const v = await p.evaluate(async () => ({ ...(await chrome.storage.local.get(null)), version: chrome.runtime.getManifest().version }));
  await p.close();
  return v as Record<string, any> & { version: string };
};

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('settings persistence', () => {
  const v1 = buildCopy('v1');
  const v2 = buildCopy('v2', '0.2.0');

  it('keeps the member’s settings through an update, a stopped worker and a browser restart, migrating old ones', async () => {
    // First run: an early build left v1 settings (no version mark, and a field v2 no longer has).
    let ctx = await start(v1);
    let p = await ctx.newPage();
    await p.goto(`chrome-extension://${ID}/options.html`);
    await p.evaluate(async () => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ settings: { ruleSets: { tone: false }, lists: { confidentialTerms: ['Project Falcon'] }, highlightColour: 'yellow' } });
    });
    await ctx.close();

    // Update to a new version of the same extension: the worker migrates v1 → v2 on install, before
    // any of our pages is opened.
    ctx = await start(v2);
    const worker = ctx.serviceWorkers().find((w) => w.url().includes(ID))!;
    const raw = () => worker.evaluate(() => chrome.storage.local.get(null)) as Promise<Record<string, any>>;
    await expect.poll(async () => (await raw())['settings$'], { timeout: 10_000 }).toEqual({ v: 2 });
    expect((await raw()).settings).toEqual({ ruleSets: { tone: false }, lists: { confidentialTerms: ['Project Falcon'] } });
    expect((await stored(ctx)).version).toBe('0.2.0');
    p = await ctx.newPage();
    await p.goto(`chrome-extension://${ID}/popup.html`);
    await expect.poll(() => p.getByRole('switch', { name: /Tone: public-meeting test/ }).isChecked(), { timeout: 10_000 }).toBe(false);

    // The member adds their committee.
    const options = await ctx.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${ID}/options.html`);
    const rows = options.locator('section[data-list="committees"]');
    await rows.getByRole('button', { name: 'Add a row' }).click();
    await rows.getByRole('textbox', { name: 'Committee, row 1' }).fill('Planning Regulatory Board');
    await rows.getByRole('textbox', { name: 'Type (planning, licensing…), row 1' }).fill('planning');
    await rows.getByRole('button', { name: /Save committees/ }).click();
    await expect.poll(async () => (await stored(ctx)).settings?.lists?.committees).toEqual([{ name: 'Planning Regulatory Board', type: 'planning' }]);

    // The worker is stopped (as Chrome does after 30 s idle): nothing is lost.
    const cdp = await ctx.browser()?.newBrowserCDPSession().catch(() => null);
    if (cdp) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      for (const t of targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(ID))) await cdp.send('Target.closeTarget', { targetId: t.targetId });
    }
    expect((await stored(ctx)).settings?.ruleSets?.tone).toBe(false);
    await ctx.close();

    // Browser restart: everything is still there.
    ctx = await start(v2);
    const s = await stored(ctx);
    expect(s.settings.ruleSets.tone).toBe(false);
    expect(s.settings.lists.confidentialTerms).toEqual(['Project Falcon']);
    expect(s.settings.lists.committees).toEqual([{ name: 'Planning Regulatory Board', type: 'planning' }]);
    p = await ctx.newPage();
    await p.setViewportSize({ width: 1000, height: 900 });
    await p.goto(`chrome-extension://${ID}/options.html`);
    await expect
      .poll(() => p.locator('section[data-list="committees"]').getByRole('textbox', { name: 'Committee, row 1' }).inputValue(), { timeout: 10_000 })
      .toBe('Planning Regulatory Board');
    await ctx.close();
  });
});

/**
 * No network: the extension's pages, worker and content script make no request at all. First the
 * watcher proves it can see a request from the extension's service worker (so the final check can
 * fail), then every practice page and the extension's own pages are exercised and the record checked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, pageUrl } from '../fixtures/practice-pages';
import { CASES, noNetworkTest, openCase } from './composers';
import { isOffending, launch, type Session } from './harness';
import { DRAFTS, expectPanelShown, open, typeInto } from './helpers';

let session: Session;
let page: Page;
const PROBE = 'https://example.org/think-twice-watcher-self-test';

beforeAll(async () => {
  session = await launch();
  page = await session.newPage();
});
afterAll(async () => {
  await session?.close();
});

describe('network', () => {
  it('the watcher sees a request made from the extension service worker', async () => {
    const sw = session.serviceWorker;
    expect(sw, 'the extension service worker started').not.toBeNull();
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    await sw!.evaluate((url) => fetch(url).then(() => 'ok', () => 'failed'), PROBE);
    await expect.poll(() => session.net.filter((r) => r.url === PROBE).length, { timeout: 5_000 }).toBeGreaterThan(0);
    const probe = session.net.find((r) => r.url === PROBE)!;
    expect(probe.from).toBe('worker');
    expect(isOffending(probe)).toBe(true);
    // Forget the probe: from here on, any such record is the extension's own doing.
    session.net.splice(0, session.net.length, ...session.net.filter((r) => r.url !== PROBE));
  });

  it('the watcher flags a page request to a host other than the practice server', () => {
    expect(isOffending({ url: 'https://www.google-analytics.com/collect', from: 'page', origin: 'https://x.com/home', resourceType: 'fetch' })).toBe(true);
    expect(isOffending({ url: 'https://x.com/__practice/x-home.js', from: 'page', origin: 'https://x.com/home', resourceType: 'script' })).toBe(false);
    expect(isOffending({ url: 'https://x.com/i/api/graphql', from: 'page', origin: 'chrome-extension://abc/popup.html', resourceType: 'fetch' })).toBe(true);
  });

  it('every practice page loads with the extension, and a risky draft is checked, with no request but the page’s own', async () => {
    for (const p of PAGES) {
      await open(page, pageUrl(p));
      expect(await page.title()).toBe(p.title);
    }
    const editor = await openCase(page, CASES.xHome);
    await typeInto(page, editor, DRAFTS.stop);
    await expectPanelShown(page);
    expect(session.offendingRequests()).toEqual([]);
  });

  it('the popup and options pages make no request', async () => {
    expect(session.extensionId).toBeTruthy();
    for (const name of ['popup.html', 'options.html']) {
      const p = await session.context.newPage();
      await p.goto(`chrome-extension://${session.extensionId}/${name}`);
      await p.waitForLoadState('load');
      await p.waitForTimeout(500);
      await p.close();
    }
    expect(session.offendingRequests()).toEqual([]);
  });

  noNetworkTest(() => session);
});

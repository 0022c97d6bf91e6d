/**
 * Real Chromium with the built extension, pointed at the practice server.
 * One browser per test file (launchPersistentContext with a temp profile); every request any page,
 * frame or the extension's service worker makes is recorded so a test can assert the extension made
 * none.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { MAPPED_HOSTS, startPracticeServer, type PracticeServer } from '../fixtures/server';
import { pageUrl } from '../fixtures/practice-pages';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension: `wxt build` output, or $THINK_TWICE_EXTENSION_DIR (a copy, so a rebuild mid-run cannot pull it away). */
export const EXTENSION_DIR = process.env.THINK_TWICE_EXTENSION_DIR ? resolve(process.env.THINK_TWICE_EXTENSION_DIR) : join(ROOT, '.output', 'chrome-mv3');
export const SCREENSHOT_DIR = join(ROOT, 'tests', 'e2e', 'screenshots');

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to drive: $CHROMIUM_PATH, then Debian's chromium. Throws (never skips) when none is installed. */
export function findChromium(): string {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (!existsSync(env)) throw new Error(`CHROMIUM_PATH=${env} does not exist.`);
    return env;
  }
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      'Chromium is not installed, so the end-to-end tests cannot run. Install it with `sudo apt-get install -y chromium` ' +
        `(looked in ${CHROMIUM_CANDIDATES.join(', ')}; or set CHROMIUM_PATH).`,
    );
  return found;
}

export function assertExtensionBuilt(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`The extension is not built: ${EXTENSION_DIR}/manifest.json is missing. Run \`npx wxt build\` (npm run test:e2e does).`);
}

/** Whether a build directory is complete: the manifest and every script it names. */
function buildComplete(dir: string): boolean {
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { background?: { service_worker?: string }; content_scripts?: { js?: string[] }[] };
    const files = [m.background?.service_worker, ...(m.content_scripts ?? []).flatMap((c) => c.js ?? [])].filter((f): f is string => !!f);
    return files.every((f) => existsSync(join(dir, f)));
  } catch {
    return false;
  }
}

/**
 * A private copy of the build for one browser, so a rebuild of .output/ while tests run (another
 * terminal, `npm start`) cannot pull files from under a running Chromium.
 */
async function snapshotExtension(into: string): Promise<string> {
  const dest = join(into, 'extension');
  for (let attempt = 0; attempt < 20; attempt++) {
    if (buildComplete(EXTENSION_DIR)) {
      rmSync(dest, { recursive: true, force: true });
      cpSync(EXTENSION_DIR, dest, { recursive: true });
      if (buildComplete(dest)) return dest;
    }
    await new Promise((r) => setTimeout(r, 1_000)); // a build may be writing it right now
  }
  assertExtensionBuilt();
  throw new Error(`The extension build in ${EXTENSION_DIR} is incomplete (a file the manifest names is missing).`);
}

export function chromiumArgs(port: number, extension: boolean, extensionDir: string = EXTENSION_DIR): string[] {
  const rules = [...MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  return [
    ...(extension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${rules}`,
  ];
}

export interface NetRecord {
  url: string;
  /** 'page' for requests from a page or frame, 'worker' for a service worker's. */
  from: 'page' | 'worker';
  /** URL of the frame or worker that made it. */
  origin: string;
  resourceType: string;
}

export interface Session {
  context: BrowserContext;
  server: PracticeServer;
  port: number;
  extensionId: string | null;
  serviceWorker: Worker | null;
  /** Every request seen since launch (or since `net.clear()`). */
  net: NetRecord[];
  /** Requests that break the no-network promise: from the extension, or to any host but the practice server. */
  offendingRequests(): NetRecord[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const PRACTICE_HOST = /^(?:[a-z0-9-]+\.)*(?:x\.com|twitter\.com|facebook\.com|instagram\.com|nextdoor\.com|nextdoor\.co\.uk)$|^127\.0\.0\.1$/;

export function isOffending(r: NetRecord): boolean {
  let u: URL;
  try {
    u = new URL(r.url);
  } catch {
    return true;
  }
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return false;
  // Loading its own packaged files is not network.
  if (u.protocol === 'chrome-extension:') return false;
  if (r.from === 'worker') return true;
  if (r.origin.startsWith('chrome-extension:')) return true;
  return !PRACTICE_HOST.test(u.hostname);
}

export interface LaunchOptions {
  extension?: boolean;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
}

/** Starts the practice server and Chromium (with the extension unless `extension: false`). */
export async function launch(opts: LaunchOptions = {}): Promise<Session> {
  const extension = opts.extension ?? true;
  const executablePath = findChromium();
  if (extension) assertExtensionBuilt();
  const server = await startPracticeServer();
  const tmp = mkdtempSync(join(tmpdir(), 'think-twice-e2e-'));
  const userDataDir = join(tmp, 'profile');
  let context: BrowserContext;
  try {
    const extensionDir = extension ? await snapshotExtension(tmp) : '';
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: opts.headless ?? true,
      args: chromiumArgs(server.port, extension, extensionDir),
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: opts.viewport === undefined ? { width: 1280, height: 860 } : opts.viewport,
      ignoreHTTPSErrors: true,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
  } catch (e) {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
    if ((e as Error).message.startsWith('The extension')) throw e;
    throw new Error(`Chromium (${executablePath}) did not start: ${(e as Error).message}`);
  }
  // Fail fast: a control hidden under something should fail in seconds, not hang for 30.
  context.setDefaultTimeout(8_000);
  const net: NetRecord[] = [];
  const record = (r: Request): void => {
    const sw = r.serviceWorker();
    let origin = '';
    if (sw) origin = sw.url();
    else {
      try {
        origin = r.frame().url();
      } catch {
        origin = '';
      }
    }
    net.push({ url: r.url(), from: sw ? 'worker' : 'page', origin, resourceType: r.resourceType() });
  };
  context.on('request', record);

  let serviceWorker: Worker | null = null;
  let extensionId: string | null = null;
  if (extension) {
    serviceWorker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? null;
    if (!serviceWorker) {
      try {
        serviceWorker = await context.waitForEvent('serviceworker', { timeout: 10_000 });
      } catch {
        serviceWorker = null;
      }
    }
    if (serviceWorker) extensionId = new URL(serviceWorker.url()).host;
  }
  // A blank first tab comes with a persistent context; reuse it.
  const spare = context.pages();

  return {
    context,
    server,
    port: server.port,
    extensionId,
    serviceWorker,
    net,
    offendingRequests: () => net.filter(isOffending),
    async newPage() {
      const p = spare.shift();
      if (p && !p.isClosed() && p.url() === 'about:blank') return p;
      return context.newPage();
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Stops the extension's service worker, as Chrome does when it idles or is killed mid-session. */
export async function stopServiceWorker(session: Session): Promise<number> {
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser handle to reach the service worker');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    for (const w of workers) await cdp.send('Target.closeTarget', { targetId: w.targetId });
    return workers.length;
  } finally {
    await cdp.detach();
  }
}

export { pageUrl };

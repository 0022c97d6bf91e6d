#!/usr/bin/env node
/**
 * `npm start`: build the extension, serve the practice pages, and open Chromium with Think Twice
 * loaded on them, at an index page linking every practice page. With no display ($DISPLAY and
 * $WAYLAND_DISPLAY unset) it says so, writes screenshots of each practice page with a warning
 * showing to tests/e2e/screenshots/, and exits 0.
 *
 * Plain Node (no build step): the TypeScript harness is loaded through tsx.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

function step(msg) {
  process.stdout.write(`\n▶ ${msg}\n`);
}

async function main() {
  step('Building the extension (wxt build)');
  const built = spawnSync(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('\nThe extension did not build; see the errors above.');
    process.exit(built.status ?? 1);
  }

  const harness = await tsImport('./harness.ts', import.meta.url);
  const headed = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

  if (!headed) {
    step('No display ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser window can open.');
    console.log('  Writing screenshots of each practice page with a warning showing instead.');
    const { captureWarnings } = await tsImport('./screenshots.ts', import.meta.url);
    const session = await harness.launch({ headless: true });
    let failed = 0;
    try {
      const shots = await captureWarnings(session, harness.SCREENSHOT_DIR);
      for (const s of shots) {
        if (s.file) console.log(`  ✓ ${s.name}: ${relative(process.cwd(), s.file)}`);
        else {
          failed++;
          console.log(`  ✗ ${s.name}: no warning showed (${s.error})`);
        }
      }
    } finally {
      await session.close();
    }
    console.log(failed ? `\n${failed} page(s) showed no warning: see above.` : '\nDone. Open the PNG files to see the panel on each site.');
    process.exit(0);
  }

  step('Starting the practice server and Chromium with Think Twice loaded');
  const session = await harness.launch({ headless: false, viewport: null });
  const index = `https://127.0.0.1:${session.port}/`;
  const page = await session.newPage();
  await page.goto(index);
  console.log(`\n  Practice pages: ${index}`);
  console.log('  (x.com, facebook.com, instagram.com and nextdoor.com resolve to this machine only inside this browser window.)');
  console.log(`  Extension id: ${session.extensionId ?? 'unknown (the service worker did not start)'}`);
  console.log('  Close the browser window or press Ctrl+C to stop.\n');

  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await session.close();
    process.exit(0);
  };
  session.context.on('close', stop);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  const first = String(e?.message ?? e).split('\n').find((l) => l.trim()) ?? String(e);
  console.error(`\nnpm start failed: ${first}`);
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
    console.error('A display is set but Chromium could not open a window on it. Unset DISPLAY and WAYLAND_DISPLAY to get screenshots instead.');
  process.exit(1);
});

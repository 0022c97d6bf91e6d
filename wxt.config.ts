import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { build } from 'esbuild';
import { SITE_MATCHES } from './entrypoints/composer.content/sites';

/** The rules engine, bundled apart from the content script and imported by it on first use (see engine-entry.ts). */
async function bundleEngine(): Promise<string> {
  const out = await build({
    entryPoints: ['entrypoints/composer.content/engine-entry.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox115'],
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  });
  // The NLP layer belongs to the worker alone: never ship it to every page.
  const nlp = Object.keys(out.metafile.inputs).filter((f) => /node_modules\/compromise\/|(^|\/)rules\/nlp\.ts$/.test(f));
  if (nlp.length) throw new Error(`engine.js must not include the NLP layer (rules/nlp.ts, compromise), but it pulls in ${nlp.join(', ')}`);
  return out.outputFiles[0].text;
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      files.push({ relativeDest: 'engine.js', contents: await bundleEngine() });
    },
  },
  manifest: {
    name: 'Think Twice',
    description:
      "Warns councillors before they post something that breaks their council's social-media policy. Nothing you type leaves your browser.",
    // Settings, lists and per-site health live in storage; nothing else is needed.
    permissions: ['storage'],
    // Exactly the four sites the content script reads (Facebook, X, Instagram, Nextdoor).
    host_permissions: SITE_MATCHES,
    // The content script imports the rules from our own package; only on the four sites.
    web_accessible_resources: [{ resources: ['engine.js'], matches: SITE_MATCHES, use_dynamic_url: true }],
  },
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { build } from 'esbuild';
import { SITE_MATCHES } from './entrypoints/composer.content/sites';
import { managedSchema } from './components/settings/managed-schema';
import { ENGINE_BUILD_OPTIONS, ENGINE_ENTRY } from './entrypoints/composer.content/engine-build';

/**
 * Public half of the extension's signing key: it fixes the Chrome extension id to
 * bcgmelgoodjcpcekmkkljejbjjhbpapa for unpacked and policy-installed copies, so a council's
 * managed policy can name it (README, "For council IT").
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtnWe6QZALPaH9b35HIlHRTGXRS5UebP5k4hVVJALR9Cmu4RBYWbgbFutG/RzlWJn9CgEYxq0808wNFHPCqTVWu7U4b7rWmBpppvwuQeGxdkCycHBb0gBpTTUxeVkAXiKhXzm9tXs9mmplORD8KpGztg23Cnn17016vvj+IbAJLiwAOJuBhlrwI6P6uya02XGFeTtTxDhfW+Z5XCZtDuTjdJVmxJjNsY1uYH/CxRkBtxxF0rGogbDvmV6N6PeCYfcMBe0fFq8SyFQa4SUDLVqwaSBpXptnkm+okmp8rlR06+DFs+cWpTHqgfDaX616vgx9HK88X94Nr6OWQHFw1xQrQIDAQAB';
/** The Firefox add-on id, named by Firefox policies.json. */
export const GECKO_ID = 'think-twice@councillors.extension';

/** The rules engine, bundled apart from the content script and imported by it on first use (see engine-entry.ts). */
async function bundleEngine(): Promise<string> {
  const out = await build({ ...ENGINE_BUILD_OPTIONS, target: [...ENGINE_BUILD_OPTIONS.target], entryPoints: [ENGINE_ENTRY], write: false, metafile: true });
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
      // What a council may set through enterprise policy (components/settings/managed.ts validates it again).
      files.push({ relativeDest: 'managed_schema.json', contents: JSON.stringify(managedSchema(), null, 2) });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Think Twice',
    description:
      "Warns councillors before they post something that breaks their council's social-media policy. Nothing you type leaves your browser.",
    // Settings, lists and per-site health live in storage; nothing else is needed.
    permissions: ['storage'],
    // Exactly the four sites the content script reads (Facebook, X, Instagram, Nextdoor).
    host_permissions: SITE_MATCHES,
    // The content script imports the rules from our own package; only on the four sites.
    web_accessible_resources: [{ resources: ['engine.js'], matches: SITE_MATCHES, use_dynamic_url: true }],
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              // Nothing is collected or transmitted: Firefox shows this to the member at install.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: CHROME_PUBLIC_KEY }),
  }),
});

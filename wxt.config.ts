import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_MATCHES } from './entrypoints/composer.content/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Think Twice',
    description:
      "Warns councillors before they post something that breaks their council's social-media policy. Nothing you type leaves your browser.",
    // Settings, lists and per-site health live in storage; nothing else is needed.
    permissions: ['storage'],
    // Exactly the four sites the content script reads (Facebook, X, Instagram, Nextdoor).
    host_permissions: SITE_MATCHES,
  },
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    permissions: ['storage'],
  },
});

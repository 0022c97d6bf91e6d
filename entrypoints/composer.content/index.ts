export default defineContentScript({
  matches: ['*://*.x.com/*', '*://x.com/*'],
  runAt: 'document_start',
  main() {
    document.documentElement.dataset.thinkTwice = 'ready';
  },
});

import '../../components/panel.css';
import { startThinkTwice } from './app';
import { SITE_MATCHES } from './sites';

/**
 * Thin entry: everything lives in ./app (WXT imports this file in Node at build time, so nothing
 * runs outside main()). document_start, so the submit guard is in place before the site's own
 * listeners.
 */
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main(ctx) {
    void startThinkTwice(ctx);
  },
});

/**
 * The rules engine as its own module, `engine.js` in the build (bundled by the hook in
 * wxt.config.ts). The content script imports it from the extension's own files when it first meets
 * a composer, so the eager content script stays small on every page load of four of the busiest
 * sites, and the rules can grow without weighing on pages where nobody writes. No NLP here: the
 * full analysis runs in the worker.
 */
export { analyze } from '../../rules/engine';
export { createIncrementalAnalyzer, type IncrementalAnalyzer } from '../../rules/incremental';

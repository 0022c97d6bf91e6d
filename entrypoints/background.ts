import { analyzeDetailed } from '../rules/engine';
import type { NlpParser } from '../rules/doc';
import { FULL_ANALYSIS, MAX_FULL_CHARS, STAT, parseFullAnalysisRequest, parseStatMessage, type FullAnalysisResponse } from './composer.content/messages';
import { record, type Stats } from '../components/settings/stats';
// Defining the settings item (WXT storage) runs its migrations each time the worker starts, so an
// update brings stored settings to the current version before any page of ours is opened.
import '../components/settings/store';

/**
 * The worker runs the full analysis (the NLP layer, compromise) where it costs the page nothing.
 * The content script never waits on it to let a post through: it asks, and keeps its fast-path
 * answer if the worker is asleep, slow or failing. Settings: the worker migrates them (above) and records the private counts; pages and the content script read storage directly.
 */
export default defineBackground(() => {

  let nlp: Promise<NlpParser | null> | null = null;
  // Loaded lazily and resolved at build time by glob, so the worker builds even before rules/nlp.ts lands.
  const loadNlp = (): Promise<NlpParser | null> => {
    nlp ??= (async () => {
      const mods = import.meta.glob<{ createNlp?: () => NlpParser }>('../rules/nlp.ts');
      const load = Object.values(mods)[0];
      if (!load) return null;
      const m = await load();
      return m.createNlp ? m.createNlp() : null;
    })().catch(() => null);
    return nlp;
  };

  // Stats are written here, one at a time, so tabs never overwrite each other's counts.
  let statWrites: Promise<unknown> = Promise.resolve();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Our own content scripts only: no other extension, no web page.
    if (sender.id !== browser.runtime.id || !sender.tab) return undefined;
    if ((message as { type?: unknown })?.type === STAT) {
      const m = parseStatMessage(message);
      if (!m) return undefined;
      statWrites = statWrites
        .then(async () => {
          const got = await browser.storage.local.get('stats');
          const old = (typeof got.stats === 'object' && got.stats !== null ? got.stats : {}) as Stats;
          await browser.storage.local.set({ stats: record(old, m.record) });
        })
        .catch(() => undefined);
      return undefined;
    }
    if ((message as { type?: unknown })?.type !== FULL_ANALYSIS) return undefined;
    const req = parseFullAnalysisRequest(message);
    if (!req) return Promise.resolve<FullAnalysisResponse>({ ok: false, findings: [], mode: 'fast', ms: 0, error: 'bad request' });
    return (async (): Promise<FullAnalysisResponse> => {
      const t0 = performance.now();
      try {
        const parser = req.text.length <= MAX_FULL_CHARS ? await loadNlp() : null;
        const r = analyzeDetailed(req.text, req.context, req.settings, { mode: parser ? 'full' : 'fast', nlp: parser });
        return { ok: true, findings: r.findings, mode: r.mode, ms: performance.now() - t0 };
      } catch (e) {
        return { ok: false, findings: [], mode: 'fast', ms: performance.now() - t0, error: e instanceof Error ? e.message : String(e) };
      }
    })();
  });
});

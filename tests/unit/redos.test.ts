/**
 * ReDoS guard (design.md §7): every registered rule (RULES is iterated, so new rules are covered
 * automatically) must finish analyze() on each adversarial 50,000-character input within a budget,
 * with default settings and with its own examples' context and settings (list-driven paths).
 * Each rule runs in a worker thread that is terminated if it stops answering, so a catastrophic
 * pattern fails the test instead of hanging it. The worst time per rule is printed at the end.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { ADVERSARIAL } from '../../bench/adversarial';
import { RULES } from '../../rules/registry';

/** Per input, generous for a loaded 2-core machine; a catastrophic pattern takes seconds to forever. */
const BUDGET_MS = 1500;
/** No answer for this long: the pattern is taken to be stuck, the worker is terminated. */
const STUCK_MS = 8000;

const workerFile = resolve(dirname(fileURLToPath(import.meta.url)), '../../bench/redos-worker.ts');

interface Timing { input: string; config: string; ms: number }
interface Outcome { times: Timing[]; stuck?: { input: string; config: string }; error?: string }

let worker: Worker | null = null;
/** The worker loads TypeScript through tsx's loader API (execArgv --import does not reach a worker's entry on Node 20). */
const newWorker = () =>
  new Worker(
    `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(pathToFileURL(workerFile).href)}); }).catch((e) => { require('node:worker_threads').parentPort.postMessage({ type: 'error', message: String(e && e.stack || e) }); });`,
    { eval: true },
  );

function run(msg: { ruleId?: string; catastrophic?: boolean }, stuckMs = STUCK_MS): Promise<Outcome> {
  worker ??= newWorker();
  const w = worker;
  return new Promise((resolvePromise) => {
    const times: Timing[] = [];
    let current = { input: '(loading)', config: '' };
    let timer: NodeJS.Timeout;
    const finish = (o: Outcome) => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      resolvePromise(o);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void w.terminate();
        worker = null;
        finish({ times, stuck: current });
      }, stuckMs);
    };
    const onMessage = (m: any) => {
      if (m.type === 'start') {
        current = { input: m.input, config: m.config };
        arm();
      } else if (m.type === 'time') times.push({ input: m.input, config: m.config, ms: m.ms });
      else if (m.type === 'done') finish({ times });
      else if (m.type === 'error') finish({ times, error: m.message });
    };
    const onError = (e: Error) => {
      worker = null;
      finish({ times, error: e.message });
    };
    w.on('message', onMessage);
    w.on('error', onError);
    // The first message also waits for the worker to load the rules.
    timer = setTimeout(() => {
      void w.terminate();
      worker = null;
      finish({ times, stuck: current });
    }, 60_000);
    w.postMessage(msg);
  });
}

const worst: { rule: string; ms: number; input: string }[] = [];

afterAll(async () => {
  await worker?.terminate();
  worker = null;
  worst.sort((a, b) => b.ms - a.ms);
  console.log(
    `ReDoS: worst time per rule on ${ADVERSARIAL.length} adversarial 50,000-character inputs (budget ${BUDGET_MS} ms each)\n` +
      worst.map((w) => `  ${w.ms.toFixed(1).padStart(8)} ms  ${w.rule}  (${w.input})`).join('\n'),
  );
});

describe('the harness', () => {
  it('fails a catastrophically backtracking pattern instead of hanging', async () => {
    const o = await run({ catastrophic: true }, 3000);
    const over = o.times.filter((t) => t.ms > BUDGET_MS);
    expect(o.stuck !== undefined || over.length > 0).toBe(true);
    if (o.stuck) expect(o.stuck.input).toMatch(/letters/);
  }, 90_000);
});

describe('every rule finishes adversarial 50,000-character inputs within budget', () => {
  it('covers every registered rule', () => {
    expect(RULES.length).toBeGreaterThan(0);
  });
  for (const rule of RULES) {
    it(rule.id, async () => {
      const o = await run({ ruleId: rule.id });
      expect(o.error, o.error).toBeUndefined();
      expect(o.stuck, `${rule.id} did not return within ${STUCK_MS} ms on "${o.stuck?.input}" (${o.stuck?.config})`).toBeUndefined();
      const top = o.times.reduce((a, b) => (b.ms > a.ms ? b : a), { input: '-', config: '', ms: 0 });
      worst.push({ rule: rule.id, ms: top.ms, input: `${top.input}, ${top.config}` });
      const over = o.times.filter((t) => t.ms > BUDGET_MS);
      expect(over.map((t) => `${t.input} (${t.config}): ${t.ms.toFixed(0)} ms`), `${rule.id} over ${BUDGET_MS} ms`).toEqual([]);
      expect(o.times.length).toBeGreaterThanOrEqual(ADVERSARIAL.length);
    }, 180_000);
  }
});

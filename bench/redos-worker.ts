/**
 * Worker for tests/unit/redos.test.ts: times analyze() with one rule on every adversarial input,
 * in a thread the test can terminate if a pattern never returns.
 * Messages in: { ruleId } (a registered rule) or { catastrophic: true } (a deliberately bad rule, to prove the harness).
 * Messages out: { type: 'start', input, config } before each input; { type: 'time', input, config, ms }; { type: 'done' }.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../rules/engine';
import { defineRule, type Rule } from '../rules/define';
import { RULE_BY_ID } from '../rules/registry';
import type { ComposeContext, Settings } from '../rules/types';
import { ADVERSARIAL } from './adversarial';

const CATASTROPHIC: Rule = defineRule({
  id: 'tone/catastrophic-fixture',
  family: 'tone',
  title: 'Deliberately catastrophic pattern',
  severity: 'warn',
  sets: ['tone'],
  policy: [],
  message: 'fixture',
  action: 'fixture',
  examples: { trigger: [], quiet: [] },
  detect(doc) {
    return /^(a+)+$/.test(doc.text + '!') ? [{ start: 0, end: 1 }] : [];
  },
});

/** Default settings, and the context/settings of the rule's own examples (so list-driven paths run too). */
function configs(rule: Rule): { name: string; context?: ComposeContext; settings?: Settings }[] {
  const out: { name: string; context?: ComposeContext; settings?: Settings }[] = [{ name: 'default' }];
  const seen = new Set<string>();
  for (const e of [...rule.examples.trigger, ...rule.examples.quiet]) {
    if (!e.context && !e.settings) continue;
    const key = JSON.stringify([e.context, e.settings]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: `example ${out.length}`, context: e.context, settings: e.settings });
    if (out.length >= 3) break;
  }
  return out;
}

const inputs = ADVERSARIAL.map(([name, make]) => [name, make()] as const);

parentPort!.on('message', (msg: { ruleId?: string; catastrophic?: boolean }) => {
  const rule = msg.catastrophic ? CATASTROPHIC : RULE_BY_ID.get(msg.ruleId!);
  if (!rule) {
    parentPort!.postMessage({ type: 'error', message: `unknown rule ${msg.ruleId}` });
    return;
  }
  const opts = msg.catastrophic ? { rules: [rule] } : { only: [rule.id] };
  for (const cfg of configs(rule)) {
    // Warm-up: lazily built lexicons and JIT, not counted.
    analyze('Warm up the rule with a short ordinary sentence about the ward, 07700 900482.', cfg.context, cfg.settings, opts);
    for (const [name, text] of inputs) {
      parentPort!.postMessage({ type: 'start', input: name, config: cfg.name });
      const t0 = process.hrtime.bigint();
      analyze(text, cfg.context, cfg.settings, opts);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      parentPort!.postMessage({ type: 'time', input: name, config: cfg.name, ms });
    }
  }
  parentPort!.postMessage({ type: 'done' });
});

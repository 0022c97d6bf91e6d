/**
 * A safety net for speed work on the rules: records every finding of the engine on a large corpus
 * (every declared example with its context and settings, the hold-out councillor posts, the synthetic
 * UK set, Davidson, HateCheck and the benchmark's drafts), then compares a later run with it. A change
 * that is meant only to make the rules faster must leave the snapshot identical.
 *
 *   npx tsx bench/snapshot.ts --write .prof/base.jsonl     # before the change
 *   npx tsx bench/snapshot.ts --compare .prof/base.jsonl   # after it: lists every difference, exit 1 if any
 *   options: --family F (only findings of that family), --full (also the NLP analysis, on a subset)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze, type AnalyzeOptions } from '../rules/engine';
import { RULES } from '../rules/registry';
import type { ComposeContext, Finding, Settings } from '../rules/types';
import { COUNCILLOR_POSTS } from './data/councillor-posts';
import { readDataset } from './data/datasets';
import { buildTexts } from './data/speed-texts';
import { syntheticUk } from './data/synthetic-uk';

interface Case { id: string; text: string; context?: ComposeContext; settings?: Settings; full?: boolean }

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const family = opt('--family');
const read = (f: string) => readDataset(f);

const cases: Case[] = [];
for (const r of RULES) {
  for (const [kind, list] of [['trigger', r.examples.trigger], ['quiet', r.examples.quiet]] as const) {
    list.forEach((e, i) => cases.push({ id: `${r.id}/${kind}/${i}`, text: e.text, context: e.context, settings: e.settings, full: true }));
  }
}
for (const p of COUNCILLOR_POSTS) cases.push({ id: `post/${p.id}`, text: p.text, context: p.context, settings: p.settings, full: true });
for (const s of syntheticUk()) cases.push({ id: `uk/${s.id}`, text: s.text, context: s.context, settings: s.settings });
const davidson = read('davidson.jsonl');
const hatecheck = read('hatecheck.jsonl');
for (const d of davidson) cases.push({ id: `davidson/${d.id}`, text: d.text });
for (const d of hatecheck) cases.push({ id: `hatecheck/${d.id}`, text: d.text });
const speed = buildTexts([...davidson, ...hatecheck]);
for (const [len, ts] of Object.entries(speed)) if (len !== '60000') ts.forEach((t, i) => cases.push({ id: `speed${len}/${i}`, text: t }));
// The same drafts shouted and with Windows line ends: case and spacing must not change what gates let through.
davidson.filter((_, i) => i % 25 === 0).forEach((d) => cases.push({ id: `upper/${d.id}`, text: d.text.toUpperCase() }));
COUNCILLOR_POSTS.forEach((p) => cases.push({ id: `crlf/${p.id}`, text: p.text.replace(/\n/g, '\r\n').toUpperCase(), context: p.context, settings: p.settings }));

const key = (f: Finding) => `${f.ruleId} ${f.severity} ${f.start}-${f.end}`;
async function run(): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  let full: AnalyzeOptions | null = null;
  if (args.includes('--full')) {
    const { createNlp } = await import('../rules/nlp');
    full = { mode: 'full', nlp: createNlp() };
  }
  for (const c of cases) {
    const keep = (fs: Finding[]) => fs.filter((f) => !family || f.family === family).map(key);
    out.set(c.id, keep(analyze(c.text, c.context, c.settings, { mode: 'fast' })));
    if (full && c.full) out.set(`${c.id}#full`, keep(analyze(c.text, c.context, c.settings, full)));
  }
  return out;
}

const t0 = Date.now();
const now = await run();
const secs = ((Date.now() - t0) / 1000).toFixed(1);
const write = opt('--write');
const compare = opt('--compare');
if (write) {
  writeFileSync(write, [...now].map(([id, fs]) => JSON.stringify({ id, fs })).join('\n') + '\n');
  console.log(`${now.size} analyses (${cases.length} drafts) written to ${write} in ${secs} s`);
} else if (compare) {
  const base = new Map<string, string[]>(readFileSync(compare, 'utf8').split('\n').filter(Boolean).map((l) => { const o = JSON.parse(l); return [o.id, o.fs]; }));
  let diffs = 0;
  for (const [id, fs] of now) {
    const was = (base.get(id) ?? []).filter((k) => !family || RULES.find((r) => r.id === k.split(' ')[0])?.family === family);
    const a = JSON.stringify(was), b = JSON.stringify(fs);
    if (a === b) continue;
    if (++diffs <= 40) {
      const c = cases.find((x) => x.id === id.replace(/#full$/, ''));
      console.log(`${id}\n  before: ${was.join(' | ') || '(nothing)'}\n  after:  ${fs.join(' | ') || '(nothing)'}\n  text:   ${JSON.stringify(c?.text.slice(0, 300))}`);
    }
  }
  console.log(`${now.size} analyses compared in ${secs} s: ${diffs} differ`);
  process.exit(diffs ? 1 : 0);
} else {
  console.error('usage: bench/snapshot.ts --write FILE | --compare FILE [--family F] [--full]');
  process.exit(2);
}

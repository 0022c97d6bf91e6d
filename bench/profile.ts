/**
 * A developer's tool for the fast path's cost, quicker than `npm run bench`: times the fast analysis of
 * every rule and obscenity on the benchmark's 280-character drafts, interleaved in the same run, and prints
 * the p50 ratio. With `--rules` it adds each rule's cost alone. Run it under `node --cpu-prof` to see where
 * the time goes:
 *
 *   npx tsx bench/profile.ts [--rules [id,id…]] [--seconds N] [--ours-only]
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.ts --ours-only
 *
 * The figures to quote remain those of `npm run bench`.
 */
import { analyze } from '../rules/engine';
import { RULES } from '../rules/registry';
import { readDataset } from './data/datasets';
import { buildTexts } from './data/speed-texts';
import { fmtMs, percentile as pct } from './metrics';

const percentile = (xs: number[], q: number) => pct([...xs].sort((a, b) => a - b), q);

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 6;
const read = (f: string) => readDataset(f);
const texts = buildTexts([...read('davidson.jsonl'), ...read('hatecheck.jsonl')])['280'];

const obsc: any = await import('obscenity');
const matcher = new obsc.RegExpMatcher({ ...obsc.englishDataset.build(), ...obsc.englishRecommendedTransformers });

function time(fn: (t: string) => unknown, ms: number): number[] {
  for (const t of texts) fn(t);
  const xs: number[] = [];
  const end = Date.now() + ms;
  while (Date.now() < end) for (const t of texts) { const t0 = process.hrtime.bigint(); fn(t); xs.push(Number(process.hrtime.bigint() - t0) / 1e6); }
  return xs;
}

const all: [string, (t: string) => unknown][] = [
  ['ours fast', (t) => analyze(t, {}, {}, { mode: 'fast' })],
  ['obscenity getAllMatches', (t) => matcher.getAllMatches(t)],
];
const engines = all.filter(([n]) => !args.includes('--ours-only') || n === 'ours fast');
const samples = new Map<string, number[]>(engines.map(([n]) => [n, []]));
const rounds = 6;
for (let r = 0; r < rounds; r++) for (let k = 0; k < engines.length; k++) {
  const [name, fn] = engines[(r + k) % engines.length];
  samples.get(name)!.push(...time(fn, (seconds * 1000) / rounds / engines.length));
}
const p50 = (n: string) => percentile(samples.get(n)!, 0.5);
for (const [n] of engines) console.log(`${n.padEnd(26)} p50 ${fmtMs(p50(n)).padStart(9)}  p99 ${fmtMs(percentile(samples.get(n)!, 0.99)).padStart(9)}  n=${samples.get(n)!.length}`);
if (engines.length > 1) console.log(`ratio ours fast ÷ obscenity: ${(p50('ours fast') / p50('obscenity getAllMatches')).toFixed(2)}×`);

if (args.includes('--rules')) {
  // Each rule alone, as the mean over the drafts of the best of several runs of each draft: the best
  // run of a draft is what it costs when nothing else on the machine interrupts it, so these figures
  // hold steady on a shared, loaded machine where p50s wander. `--rules a,b` times only those rules.
  const pick = args[args.indexOf('--rules') + 1];
  const ids = pick && !pick.startsWith('--') ? pick.split(',') : RULES.map((r) => r.id);
  const bestMean = (fn: (t: string) => unknown) => {
    for (const t of texts) fn(t);
    const best = texts.map(() => Infinity);
    for (let r = 0; r < 12; r++) texts.forEach((t, i) => { const t0 = process.hrtime.bigint(); fn(t); const d = Number(process.hrtime.bigint() - t0) / 1e6; if (d < best[i]) best[i] = d; });
    return best.reduce((a, b) => a + b, 0) / best.length;
  };
  const base = bestMean((t) => analyze(t, {}, {}, { only: [] }));
  const rows: [string, number][] = [['(no rules)', base], ['(every rule, default settings)', bestMean((t) => analyze(t, {}, {}, { mode: 'fast' }))]];
  for (const id of ids) rows.push([id, bestMean((t) => analyze(t, {}, {}, { only: [id] }))]);
  rows.sort((a, b) => b[1] - a[1]);
  console.log('mean over the drafts of the best of 12 runs each:');
  for (const [id, v] of rows) console.log(`${fmtMs(v).padStart(9)}  ${id}`);
}

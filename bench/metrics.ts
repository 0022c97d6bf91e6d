/** Small helpers for the benchmark: confusion counts, percentiles, a seeded PRNG, markdown tables. */

export interface Counts { tp: number; fp: number; fn: number; tn: number }

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function add(c: Counts, gold: boolean, predicted: boolean): void {
  if (gold && predicted) c.tp++;
  else if (gold) c.fn++;
  else if (predicted) c.fp++;
  else c.tn++;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

export const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
export const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');

export function prfCells(c: Counts): string[] {
  const { p, r, f1 } = prf(c);
  return [f2(p), f2(r), f2(f1)];
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** mulberry32: a small deterministic PRNG for reproducible text building. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function table(head: string[], rows: (string | number)[][], align?: ('l' | 'r')[]): string {
  // Numbers (and figures such as "0.42 ms", "12.5%", "–") right-aligned, text left-aligned.
  const numeric = (v: string | number) => typeof v === 'number' || /^(?:[-–+]?[\d.,]+|–|)(?:\s|%|×|$)/.test(String(v).replace(/\*/g, ''));
  const a = align ?? head.map((_, i) => (i > 0 && rows.length > 0 && rows.every((r) => numeric(r[i] ?? '')) ? 'r' : 'l'));
  const esc = (v: string | number) => String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `| ${head.map(esc).join(' | ')} |`,
    `|${a.map((x) => (x === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ];
  return lines.join('\n');
}

export const passMiss = (ok: boolean) => (ok ? '**PASS**' : '**MISS**');

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 0.1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 10) return `${ms.toFixed(3)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/**
 * The public labelled datasets in ../shared/datasets (JSON lines), for the benchmark and its tools.
 * A missing file reads as an empty set: the tools report it instead of failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATASETS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/datasets');

/** Every line of a dataset file (e.g. 'davidson.jsonl'), parsed; [] when the file is absent. */
export function readDataset<T = { id: string; text: string }>(file: string): T[] {
  const path = resolve(DATASETS_DIR, file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** Test helper: the five council policies, and the verbatim-quote check used by every conformance test. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const POLICY_DIR = resolve(here, '../../../shared/policies');

/** Whitespace folded, markdown ** and [text](#) removed, as catalog Appendix A did; quotes and dashes compared exactly. */
export function foldPolicyText(s: string): string {
  return s.replace(/\*\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
}

let cache: Map<string, string> | null = null;
export function policyTexts(): Map<string, string> {
  if (!cache) {
    cache = new Map();
    for (const f of readdirSync(POLICY_DIR)) if (f.endsWith('.txt')) cache.set(f, foldPolicyText(readFileSync(join(POLICY_DIR, f), 'utf8')));
  }
  return cache;
}

/** True when the quote appears verbatim (whitespace folded) in the named policy file. */
export function quoteIsVerbatim(file: string, quote: string): boolean {
  const text = policyTexts().get(file);
  return !!text && text.includes(foldPolicyText(quote));
}

/** True when every part of a section heading ("1.2 Legal considerations — (4) Data Protection") appears in the file. */
export function sectionExists(file: string, section: string): boolean {
  const text = policyTexts().get(file);
  if (!text) return false;
  return section
    .split(/\s+[—–]\s+/)
    .map((p) => foldPolicyText(p).replace(/\s*\(\d+\.\d+\)$/, ''))
    .every((p) => text.includes(p) || text.toLowerCase().includes(p.toLowerCase()));
}

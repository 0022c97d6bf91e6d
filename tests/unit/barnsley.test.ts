/**
 * The two worked examples of the Barnsley guidance (policies/000, "Your responsibility when using
 * social media"): comment 1 would be referred to the Monitoring Officer (defamation), comment 2
 * reported to the police for hate crimes. Asserted through analyze() with all rules on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import { POLICY_DIR } from './policy-text';

const policy = readFileSync(join(POLICY_DIR, '000_02512859952f4825.txt'), 'utf8');
const example = (n: 1 | 2) => {
  const m = new RegExp(`- ${n}\\) "([^"]+)"`).exec(policy);
  if (!m) throw new Error(`example ${n} not found in the Barnsley guidance`);
  return m[1];
};

describe('Barnsley guidance worked examples', () => {
  it('finds both examples in the policy text', () => {
    expect(example(1)).toContain('backhanders and brown envelopes');
    expect(example(2)).toContain('watch their backs');
  });

  it('comment 1 ("backhanders and brown envelopes") stops as defamation', () => {
    const fs = analyze(example(1));
    const defamation = fs.filter((f) => f.family === 'defamation' && f.severity === 'stop');
    expect(defamation.length, JSON.stringify(fs.map((f) => [f.ruleId, f.severity, f.excerpt]))).toBeGreaterThan(0);
    expect(defamation.some((f) => /backhanders|brown envelopes/.test(f.excerpt))).toBe(true);
  });

  it('comment 2 ("two men living together … watch their backs") stops as hate and as a threat', () => {
    const fs = analyze(example(2));
    const hate = fs.filter((f) => f.family === 'hate-discrimination' && f.severity === 'stop');
    const threat = fs.filter((f) => f.family === 'threats-incitement' && f.severity === 'stop');
    expect(hate.length).toBeGreaterThan(0);
    expect(threat.length).toBeGreaterThan(0);
    expect(hate.some((f) => f.excerpt.includes('Two men living together'))).toBe(true);
    expect(threat.some((f) => /watch their backs|waiting for them/.test(f.excerpt))).toBe(true);
    // Every finding cites policy text and explains itself.
    for (const f of [...hate, ...threat]) {
      expect(f.policy.length).toBeGreaterThan(0);
      expect(f.message).not.toMatch(/\{\w+\}/);
    }
  });
});

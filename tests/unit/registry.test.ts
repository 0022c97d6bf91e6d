/**
 * The registry checks itself (style.md): every rule file is registered under its id, belongs to a
 * known family and set, cites policy text that exists verbatim, and every declared example
 * behaves as declared through analyze().
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import { RULES } from '../../rules/registry';
import { FAMILIES, RULE_SET_IDS, SEVERITY_RANK } from '../../rules/types';
import { quoteIsVerbatim, sectionExists } from './policy-text';

const rulesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');

function ruleFiles(): string[] {
  const out: string[] = [];
  for (const fam of FAMILIES) {
    const dir = join(rulesDir, fam);
    for (const f of readdirSync(dir)) {
      if (f === 'index.ts' || !f.endsWith('.ts') || statSync(join(dir, f)).isDirectory()) continue;
      out.push(relative(rulesDir, join(dir, f)).replace(/\.ts$/, '').split('\\').join('/'));
    }
  }
  return out.sort();
}

describe('rule registry', () => {
  it('registers every rule file, once, under the id that is its path', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleFiles());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('is well-formed', () => {
        expect(FAMILIES).toContain(rule.family);
        expect(rule.id.startsWith(`${rule.family}/`)).toBe(true);
        expect(rule.sets.length).toBeGreaterThan(0);
        for (const s of rule.sets) expect(RULE_SET_IDS).toContain(s);
        expect(rule.title.length).toBeGreaterThan(3);
        expect(rule.message.length).toBeGreaterThan(20);
        expect(rule.action.length).toBeGreaterThan(5);
        expect(rule.policy.length).toBeGreaterThan(0);
      });

      it('quotes its policies verbatim', () => {
        for (const p of rule.policy) {
          expect(quoteIsVerbatim(p.file, p.quote), `${p.file}: “${p.quote}”`).toBe(true);
          expect(sectionExists(p.file, p.section), `${p.file}: section ${p.section}`).toBe(true);
        }
      });

      it('has at least four examples each way', () => {
        expect(rule.examples.trigger.length).toBeGreaterThanOrEqual(4);
        expect(rule.examples.quiet.length).toBeGreaterThanOrEqual(4);
      });

      for (const [i, ex] of rule.examples.trigger.entries()) {
        it(`triggers on example ${i + 1}: ${ex.text.slice(0, 60)}`, () => {
          const mine = analyze(ex.text, ex.context, ex.settings).filter((f) => f.ruleId === rule.id);
          expect(mine.length, 'no finding').toBeGreaterThan(0);
          const worst = mine.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
          if (ex.severity) expect(worst.severity).toBe(ex.severity);
          for (const f of mine) {
            expect(f.excerpt).toBe(ex.text.slice(f.start, f.end));
            expect(f.excerpt.trim().length).toBeGreaterThan(0);
            expect(f.message).not.toMatch(/\{\w+\}/);
          }
        });
      }

      for (const [i, ex] of rule.examples.quiet.entries()) {
        it(`stays quiet on example ${i + 1}: ${ex.text.slice(0, 60)}`, () => {
          const mine = analyze(ex.text, ex.context, ex.settings).filter((f) => f.ruleId === rule.id);
          const loud = mine.filter((f) => !(ex.allowInfo && f.severity === 'info'));
          expect(loud.map((f) => `${f.severity}: ${f.excerpt}`)).toEqual([]);
        });
      }
    });
  }
});

/** Policy packs (catalog F26): data conformance (verbatim clauses, known rules) and ordering behaviour. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import { orderSources, POLICY_PACKS, resolvePack } from '../../rules/packs';
import { RULE_BY_ID, RULES } from '../../rules/registry';
import type { PolicySource } from '../../rules/types';
import { policyTexts, quoteIsVerbatim, sectionExists } from './policy-text';

const FILES = [...policyTexts().keys()];

describe('policy pack data', () => {
  it('has unique ids and aliases, and the five packs the options page offers', () => {
    const ids = POLICY_PACKS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['generic', 'barnsley', 'bury', 'annex', 'east-riding']);
    const aliases = POLICY_PACKS.flatMap((p) => p.aliases ?? []);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it('covers every policy file exactly once (generic covers all by keeping each rule’s order)', () => {
    const owned = POLICY_PACKS.flatMap((p) => p.files);
    expect(new Set(owned).size).toBe(owned.length);
    expect([...owned].sort()).toEqual([...FILES].sort());
  });

  for (const pack of POLICY_PACKS) {
    for (const [ruleId, clauses] of Object.entries(pack.clauses ?? {})) {
      it(`${pack.id}: extra clauses for ${ruleId} are its own council's, verbatim, under a real heading`, () => {
        expect(RULE_BY_ID.has(ruleId), `unknown rule ${ruleId}`).toBe(true);
        for (const c of clauses) {
          expect(pack.files).toContain(c.file);
          expect(quoteIsVerbatim(c.file, c.quote), `${c.file}: “${c.quote}”`).toBe(true);
          expect(sectionExists(c.file, c.section), `${c.file}: section ${c.section}`).toBe(true);
        }
      });
    }
  }
});

describe('orderSources', () => {
  const src = (file: string, quote: string): PolicySource => ({ file, section: 's', quote });
  const sources = [src('002_0356de40dc76b657.txt', 'a'), src('001_7fd03c8e1b0bdc04.txt', 'b'), src('003_af96a0d5570051af.txt', 'c'), src('000_02512859952f4825.txt', 'd')];

  it('keeps the rule order for generic, unknown or missing packs', () => {
    expect(orderSources(sources, 'generic')).toEqual(sources);
    expect(orderSources(sources, undefined)).toEqual(sources);
    expect(orderSources(sources, 'atlantis')).toEqual(sources);
  });

  it("puts the member's council first, in the pack's file order, and keeps every source", () => {
    expect(orderSources(sources, 'barnsley').map((s) => s.quote)).toEqual(['d', 'c', 'a', 'b']);
    expect(orderSources(sources, 'bury').map((s) => s.quote)).toEqual(['b', 'a', 'c', 'd']);
    expect(orderSources(sources, 'east-riding').map((s) => s.quote)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('resolves council names and aliases', () => {
    expect(resolvePack('Barnsley Council')?.id).toBe('barnsley');
    expect(resolvePack(' BURY ')?.id).toBe('bury');
    expect(resolvePack('ERYC')?.id).toBe('east-riding');
    expect(orderSources(sources, 'Bury Council')[0].quote).toBe('b');
  });

  it("adds the pack's extra clauses for the rule, first when the rule has none of that council, without duplicates", () => {
    const rule = RULE_BY_ID.get('confidential-information/private-meeting-or-exempt-report')!;
    const ordered = orderSources(rule.policy, 'barnsley', rule.id);
    expect(ordered[0].file).toBe('000_02512859952f4825.txt');
    expect(ordered.length).toBe(rule.policy.length + 2);
    for (const s of rule.policy) expect(ordered).toContainEqual(s);
    // Without the rule id (old callers) only the order changes.
    expect(orderSources(rule.policy, 'barnsley').length).toBe(rule.policy.length);
    // A clause the rule already cites is not repeated.
    const again = orderSources([...rule.policy, ...resolvePack('barnsley')!.clauses![rule.id]], 'barnsley', rule.id);
    expect(again.length).toBe(rule.policy.length + 2);
  });
});

describe('a policy-pack switch changes the first citation of a finding', () => {
  const text = 'In the Part II session tonight officers told us the leisure centre sale price is £2.1m.';
  const first = (pack?: string) => {
    const f = analyze(text, {}, pack ? { policyPack: pack } : {}).find((x) => x.ruleId === 'confidential-information/private-meeting-or-exempt-report');
    expect(f, 'finding').toBeTruthy();
    return f!.policy[0];
  };

  it('generic: the catalog order (Bury first for R27)', () => {
    expect(first().file).toBe('001_7fd03c8e1b0bdc04.txt');
    expect(first('generic').file).toBe('001_7fd03c8e1b0bdc04.txt');
  });
  it('barnsley: a Barnsley clause first', () => expect(first('barnsley').file).toBe('000_02512859952f4825.txt'));
  it('annex: the annex first', () => expect(first('annex').file).toBe('002_0356de40dc76b657.txt'));
  it('east-riding: the East Riding-style policy first', () => expect(first('east-riding').file).toBe('004_f238b8de7f3077ec.txt'));

  it('predetermination for a Bury member falls back to the annex clause (Bury has none)', () => {
    const f = analyze('I will be voting against the Ward Green housing application whatever the officers say', {}, {
      policyPack: 'bury',
      lists: { committees: [{ name: 'Planning', type: 'planning' }] },
    }).find((x) => x.ruleId === 'predetermination/closed-mind')!;
    expect(f.policy[0].file).toBe('002_0356de40dc76b657.txt');
  });

  it('every rule, under every pack, cites only verbatim clauses, its own council first when it has one', () => {
    for (const pack of POLICY_PACKS) {
      for (const rule of RULES) {
        const ordered = orderSources(rule.policy, pack.id, rule.id);
        expect(ordered.length).toBeGreaterThanOrEqual(rule.policy.length);
        for (const s of ordered) expect(quoteIsVerbatim(s.file, s.quote)).toBe(true);
        const hasOwn = ordered.some((s) => pack.files.includes(s.file));
        if (pack.files.length > 0 && hasOwn) expect(pack.files).toContain(ordered[0].file);
      }
    }
  });
});

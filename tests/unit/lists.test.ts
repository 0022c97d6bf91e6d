/** The member's lists compiled into literal matchers (rules/shared/lists.ts). */
import { describe, expect, it } from 'vitest';
import { TextDoc } from '../../rules/doc';
import { analyze } from '../../rules/engine';
import {
  committeeStanding,
  confidentialMatches,
  hostIn,
  literalsFor,
  memberLists,
  regulatoryMatters,
  variants,
} from '../../rules/shared/lists';
import type { Settings } from '../../rules/types';
import { RULES as RULE_LIST } from '../../rules/registry';

const conf = (terms: Settings['lists'] extends infer L ? (L extends { confidentialTerms?: infer T } ? T : never) : never): Settings => ({ lists: { confidentialTerms: terms } });

function found(text: string, settings: Settings, now?: string) {
  const doc = new TextDoc(text, now ? { now } : {}, settings);
  return confidentialMatches(doc).map((m) => ({ term: m.term.term, typed: text.slice(m.start, m.end), start: m.start, end: m.end }));
}

describe('confidential terms: caught in any spacing, case or evasive spelling, offsets on the original characters', () => {
  const settings = conf(['Project Falcon']);
  const cases: [string, string][] = [
    ['Exciting news on Project Falcon soon', 'Project Falcon'],
    ['#ProjectFalcon big week', 'ProjectFalcon'],
    ['PROJECT  FALC0N is close', 'PROJECT  FALC0N'],
    ['p r o j e c t falcon!', 'p r o j e c t falcon'],
    ['project-falcon update', 'project-falcon'],
    ['Pr0ject F@lcon is nearly signed', 'Pr0ject F@lcon'],
    ['PROJECT\nFALCON', 'PROJECT\nFALCON'],
    ['proj\u200Bect falcon', 'proj\u200Bect falcon'],
    ['Ｐｒｏｊｅｃｔ Ｆａｌｃｏｎ', 'Ｐｒｏｊｅｃｔ Ｆａｌｃｏｎ'],
    ['Big news — project falcons are go', 'project falcons'],
  ];
  for (const [text, typed] of cases) {
    it(JSON.stringify(text), () => {
      const hits = found(text, settings);
      expect(hits.length).toBe(1);
      expect(hits[0].typed).toBe(typed);
      expect(hits[0].start).toBe(text.indexOf(typed));
    });
  }

  it('the R30 finding highlights exactly the typed characters, after other text', () => {
    const text = 'Huge 🎉 news: #ProjectFalcon lands Monday';
    const f = analyze(text, {}, settings).filter((x) => x.ruleId === 'confidential-information/listed-term');
    expect(f).toHaveLength(1);
    expect(f[0].excerpt).toBe('ProjectFalcon');
    expect(f[0].severity).toBe('stop');
    expect(f[0].message).toContain('"Project Falcon" is on your list');
  });

  it('does not match other words that share letters or a single word of the term', () => {
    for (const t of ['Spotted a peregrine falcon today', 'The project is on time', 'projection falconry', 'Falcon Project']) expect(found(t, settings)).toEqual([]);
  });

  it('a listed term is a literal, never a pattern: regex metacharacters are inert', () => {
    const s = conf(['a+b (phase .*)', '(a+)+$']);
    // As a regex, a+b would match "aab" and .* anything; as literals they don't.
    expect(found('aab phase xyz', s)).toEqual([]);
    expect(found('the anything phase goes', s)).toEqual([]);
    const t0 = performance.now();
    found(`${'a'.repeat(50_000)}!`, s);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('a term with publicFrom in the past is no longer confidential; before that date, and with no time known, it is', () => {
    const s = conf([{ term: 'Project Falcon', publicFrom: '2025-06-01' }]);
    expect(found('Project Falcon news', s, '2025-05-31T23:59')).toHaveLength(1);
    expect(found('Project Falcon news', s, '2025-06-01T00:00')).toHaveLength(0);
    expect(found('Project Falcon news', s, '2025-06-02T09:00')).toHaveLength(0);
    expect(found('Project Falcon news', s)).toHaveLength(1);
  });

  it('tolerates one missing inner word in phrases of 3+ words, and plurals, but not a missing first or last word', () => {
    const s = conf(['Cortonwood retail park acquisition']);
    expect(found('the Cortonwood park acquisition', s)).toHaveLength(1);
    expect(found('the Cortonwood retail acquisition', s)).toHaveLength(1);
    expect(found('the Cortonwood retail park', s)).toHaveLength(0);
    expect(found('retail park acquisition', s)).toHaveLength(0);
    expect(variants('Glassworks phase 3 sale')).toContain('Glassworks phase 3 sales');
  });

  it('exempt items feed the confidential matcher too', () => {
    expect(found('update on the Ward Green depot sale', { lists: { exemptItems: ['Ward Green depot sale'] } })).toHaveLength(1);
  });

  it('ignores empty and malformed entries', () => {
    const s = { lists: { confidentialTerms: ['', '   ', { term: '' }, null as unknown as string, { term: 'Falcon Deal' }] } } as Settings;
    expect(found('the falcon deal', s)).toHaveLength(1);
    expect(memberLists(s).hasConfidential).toBe(true);
    expect(memberLists({}).hasConfidential).toBe(false);
  });
});

describe('compilation is cached per settings object', () => {
  it('returns the same compiled lists for the same settings, new ones for new settings', () => {
    const s: Settings = { lists: { confidentialTerms: ['Project Falcon'] } };
    expect(memberLists(s)).toBe(memberLists(s));
    expect(memberLists(new TextDoc('x', {}, s))).toBe(memberLists(s));
    expect(memberLists({ lists: { confidentialTerms: ['Project Falcon'] } })).not.toBe(memberLists(s));
  });
  it('literalsFor caches per array', () => {
    const a = ['Locke Park'];
    expect(literalsFor(a)).toBe(literalsFor(a));
    expect(literalsFor(a).find('at locke  park').length).toBe(1);
    expect(literalsFor(undefined).find('anything')).toEqual([]);
  });
});

describe('committees and regulatory matters', () => {
  it('a planning member decides planning matters, substitutes included; licensing is separate', () => {
    const doc = (committees: Settings['lists']) => new TextDoc('x', {}, { lists: committees });
    expect(committeeStanding(doc({ committees: [{ name: 'Planning', type: 'planning' }] }), 'planning').deciding?.name).toBe('Planning');
    expect(committeeStanding(doc({ committees: [{ name: 'Planning Regulatory Board', substitute: true }] }), 'planning').deciding?.substitute).toBe(true);
    expect(committeeStanding(doc({ committees: [{ name: 'Licensing', type: 'licensing' }] }), 'planning').deciding).toBeUndefined();
    expect(committeeStanding(doc({ committees: [{ name: 'Licensing', type: 'licensing' }] }), 'licensing').deciding?.name).toBe('Licensing');
    expect(committeeStanding(doc({}), 'planning')).toEqual({ listed: false });
  });
  it('finds planning references, licences and listed sites, not job applications or dates', () => {
    const kinds = (t: string, s: Settings = {}) => regulatoryMatters(new TextDoc(t, {}, s)).map((m) => t.slice(m.start, m.end));
    expect(kinds('Objections to 24/00512/FUL close Friday')).toContain('24/00512/FUL');
    expect(kinds('the late licence review')).toEqual(expect.arrayContaining(['late licence']));
    expect(kinds('my job application and the 12/03/2024 deadline')).toEqual([]);
    expect(kinds('the Church Lane scheme', { lists: { liveApplications: ['Church Lane scheme'] } })).toEqual(['Church Lane scheme']);
  });
  it('hostIn matches a domain and its subdomains only', () => {
    expect(hostIn('www.fake-news.net', ['fake-news.net'])).toBe(true);
    expect(hostIn('notfake-news.net', ['fake-news.net'])).toBe(false);
  });
});

describe('list-driven council rules behave as they declare without their lists', () => {
  const FAMS = /^(confidential-information|official-capacity|elections|predetermination|misinformation|copyright)\//;
  const rank = { info: 1, warn: 2, stop: 3 } as const;
  const strip = (uses: string[], settings: Settings | undefined, context: Record<string, unknown> | undefined) => {
    const lists = { ...(settings?.lists ?? {}) } as Record<string, unknown>;
    for (const u of uses) {
      const [top, sub] = u.split('.');
      if (sub && lists[top]) lists[top] = { ...(lists[top] as object), [sub]: undefined };
      else delete lists[top];
    }
    const ctx = { ...(context ?? {}) };
    if (uses.includes('accountMapping')) delete ctx.account;
    // Campaign mode is a list-free way of declaring the period: drop forced sets too.
    return { settings: { ...settings, lists, ruleSets: undefined } as Settings, context: ctx };
  };
  for (const rule of RULE_LIST.filter((r) => FAMS.test(r.id) && r.lists)) {
    it(`${rule.id} (${rule.lists!.withoutThem})`, () => {
      expect(rule.lists!.uses.length).toBeGreaterThan(0);
      for (const ex of rule.examples.trigger) {
        const before = analyze(ex.text, ex.context, ex.settings).filter((f) => f.ruleId === rule.id);
        const { settings, context } = strip(rule.lists!.uses, ex.settings, ex.context as Record<string, unknown>);
        const after = analyze(ex.text, context, settings).filter((f) => f.ruleId === rule.id);
        const worst = (fs: typeof before) => Math.max(0, ...fs.map((f) => rank[f.severity]));
        expect(before.length, ex.text).toBeGreaterThan(0);
        // inert: nothing without the list; lower-severity: never the rule's full severity without it.
        if (rule.lists!.withoutThem === 'inert') expect(after, ex.text).toEqual([]);
        if (rule.lists!.withoutThem === 'lower-severity') expect(worst(after), ex.text).toBeLessThan(rank[rule.severity]);
      }
    });
  }
});

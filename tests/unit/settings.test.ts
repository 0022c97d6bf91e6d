import { describe, expect, it } from 'vitest';
import { applyManaged, guardChange, isLocked } from '../../components/settings/managed';
import { migrate, repair } from '../../components/settings/migrate';
import { defaultSettings, isChecking, SETTINGS_VERSION, toEngineSettings, validatePartial } from '../../components/settings/model';
import { exportSettings, importSettings } from '../../components/settings/portable';
import { analyze } from '../../rules/engine';

describe('settings model', () => {
  it('defaults switch every site and set on, elections and committee on auto', () => {
    const d = defaultSettings();
    expect(d.enabled).toBe(true);
    expect(Object.values(d.sites).every(Boolean)).toBe(true);
    expect(d.ruleSets.elections).toBe('auto');
    expect(d.ruleSets.committee).toBe('auto');
    expect(d.ruleSets['core-legal']).toBe(true);
  });

  it('pause for an hour stops checking until the time passes', () => {
    const s = { ...defaultSettings(), pausedUntil: 1_000_000 };
    expect(isChecking(s, 'x', 999_999)).toBe(false);
    expect(isChecking(s, 'x', 1_000_000)).toBe(true);
    expect(isChecking({ ...s, sites: { ...s.sites, x: false } }, 'x', 2_000_000)).toBe(false);
    expect(isChecking({ ...s, enabled: false }, 'facebook', 2_000_000)).toBe(false);
  });

  it('refuses bad values with a reason for each', () => {
    const r = validatePartial({ enabled: 'yes', policyPack: 'narnia', ruleSets: { 'core-legal': 'sometimes' }, lists: { officers: [{ dept: 'x' }] }, colour: 'red' });
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors.join('\n');
    expect(errors).toContain('settings.enabled must be true or false');
    expect(errors).toContain('settings.policyPack must be one of');
    expect(errors).toContain("settings.ruleSets.core-legal must be on, off or auto");
    expect(errors).toContain('settings.lists.officers[1].name is missing');
    expect(errors).toContain('settings.colour is not a setting Think Twice knows');
  });

  it('checks dates in election and meeting lists', () => {
    const bad = validatePartial({ lists: { elections: [{ noticeOfElection: '2027-05-06', pollingDay: '2027-03-28' }], meetings: [{ title: 'Planning', start: 'tomorrow' }] } });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.errors.join('\n')).toMatch(/polling day comes before the notice of election[\s\S]*start must be a date/);
    const good = validatePartial({ lists: { elections: [{ noticeOfElection: '2027-03-28', pollingDay: '2027-05-06' }], meetings: [{ title: 'Planning', start: '2027-01-12T18:30', quasiJudicial: true }] } });
    expect(good.ok).toBe(true);
  });

  it('gives the engine the member lists and switches', () => {
    const s = { ...defaultSettings(), ruleSets: { ...defaultSettings().ruleSets, 'safety-security': false } };
    const findings = analyze("Members' portal password is Barnsley2024!", {}, toEngineSettings(s));
    expect(findings.filter((f) => f.ruleId === 'security/credentials')).toEqual([]);
    expect(analyze("Members' portal password is Barnsley2024!", {}, toEngineSettings(defaultSettings())).some((f) => f.ruleId === 'security/credentials')).toBe(true);
  });
});

describe('migrations', () => {
  it('brings v1 (the engine settings, no version mark) to the current version, keeping lists and switches', () => {
    const v1 = { ruleSets: { tone: false }, lists: { officers: [{ name: 'Jane Ellis' }] }, allowlist: ['Dick Turpin'], policyPack: 'bury' };
    const { settings, notices } = migrate(v1, 1);
    expect(notices).toEqual([]);
    expect(settings.ruleSets.tone).toBe(false);
    expect(settings.ruleSets['core-legal']).toBe(true);
    expect(settings.lists.officers).toEqual([{ name: 'Jane Ellis' }]);
    expect(settings.allowlist).toEqual(['Dick Turpin']);
    expect(settings.policyPack).toBe('bury');
    expect(settings.enabled).toBe(true);
    expect(settings.sites.nextdoor).toBe(true);
  });

  it('keeps the current version as it is', () => {
    const cur = { ...defaultSettings(), enabled: false };
    expect(migrate(cur, SETTINGS_VERSION).settings).toEqual(cur);
  });

  it('drops a corrupt field with a notice and keeps the rest', () => {
    const { settings, notices } = repair({ ...defaultSettings(), policyPack: 42, allowlist: ['Penistone'] });
    expect(settings.policyPack).toBe('generic');
    expect(settings.allowlist).toEqual(['Penistone']);
    expect(notices.join()).toMatch(/policyPack/);
  });

  it('falls back to defaults with a notice for unreadable or future data', () => {
    expect(repair('garbage').notices.length).toBe(1);
    expect(migrate({}, 99).notices[0]).toMatch(/unknown version/);
    expect(migrate({}, 99).settings).toEqual(defaultSettings());
  });
});

describe('import and export', () => {
  it('round-trips', () => {
    const s = { ...defaultSettings(), lists: { confidentialTerms: ['Project Falcon'] }, policyPack: 'barnsley' };
    const r = importSettings(exportSettings(s));
    expect(r.ok && r.value).toEqual(s);
  });

  it('refuses a bad file whole, with the reasons', () => {
    for (const [text, reason] of [
      ['', /empty/],
      ['{nope', /not valid JSON/],
      ['{"hello": 1}', /not a Think Twice settings file/],
      [JSON.stringify({ kind: 'think-twice-settings', version: 99, settings: {} }), /newer Think Twice/],
      [JSON.stringify({ kind: 'think-twice-settings', version: 2, settings: { enabled: true, lists: { officers: 'Jane' } } }), /lists.officers must be a list/],
    ] as const) {
      const r = importSettings(text);
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.errors.join('\n')).toMatch(reason);
    }
  });

  it('imports a file from an earlier version through the migrations', () => {
    const r = importSettings(JSON.stringify({ kind: 'think-twice-settings', version: 1, settings: { ruleSets: { tone: false }, enabled: false } }));
    expect(r.ok).toBe(true);
    // v1 had no master switch: the migration drops it, so the member keeps checking on.
    expect(r.ok && r.value.enabled).toBe(true);
    expect(r.ok && r.value.ruleSets.tone).toBe(false);
  });
});

describe('managed policy', () => {
  it('merges valid values over the member and locks them', () => {
    const user = { ...defaultSettings(), ruleSets: { ...defaultSettings().ruleSets, 'core-legal': false }, policyPack: 'generic' };
    const m = applyManaged(user, { ruleSets: { 'core-legal': true }, policyPack: 'barnsley', lists: { officers: [{ name: 'Jane Ellis' }] } });
    expect(m.refused).toEqual([]);
    expect(m.effective.ruleSets['core-legal']).toBe(true);
    expect(m.effective.ruleSets.tone).toBe(true);
    expect(m.effective.policyPack).toBe('barnsley');
    expect(m.effective.lists.officers).toEqual([{ name: 'Jane Ellis' }]);
    expect(m.locked.sort()).toEqual(['lists.officers', 'policyPack', 'ruleSets.core-legal']);
    expect(isLocked(m.locked, 'ruleSets.core-legal')).toBe(true);
    expect(isLocked(m.locked, 'ruleSets.tone')).toBe(false);
    expect(guardChange(m.locked, 'policyPack').ok).toBe(false);
    expect(user.ruleSets['core-legal']).toBe(false);
  });

  it('refuses values of the wrong type with a reason, and applies the rest', () => {
    const m = applyManaged(defaultSettings(), { ruleSets: { 'core-legal': 'yes', tone: false }, enabled: 1, bogus: true });
    expect(m.effective.ruleSets.tone).toBe(false);
    expect(m.effective.ruleSets['core-legal']).toBe(true);
    expect(m.effective.enabled).toBe(true);
    expect(m.locked).toEqual(['ruleSets.tone']);
    expect(m.refused.join('\n')).toMatch(/core-legal must be on, off or auto[\s\S]*enabled must be true or false[\s\S]*bogus is not a setting/);
  });

  it('ignores an empty or missing policy', () => {
    expect(applyManaged(defaultSettings(), undefined).locked).toEqual([]);
    expect(applyManaged(defaultSettings(), {}).locked).toEqual([]);
    expect(applyManaged(defaultSettings(), 'x').refused.length).toBe(1);
  });
});

import { isStatRecord, record, summarise } from '../../components/settings/stats';

describe('statistics', () => {
  const day = 86_400_000;
  const t0 = new Date('2026-11-20T12:00:00').getTime();

  it('counts events by family and site, for this week only', () => {
    let s = {};
    s = record(s, { event: 'shown', family: 'abuse', site: 'x' }, t0 - 10 * day);
    s = record(s, { event: 'shown', family: 'abuse', site: 'x' }, t0);
    s = record(s, { event: 'shown', family: 'personal-data', site: 'facebook' }, t0);
    s = record(s, { event: 'changed', family: 'abuse', site: 'x' }, t0);
    s = record(s, { event: 'postedAnyway', family: 'personal-data', site: 'facebook' }, t0 - 6 * day);
    const w = summarise(s, t0);
    expect(w.totals).toEqual({ shown: 2, changed: 1, postedAnyway: 1 });
    expect(w.byFamily.abuse).toEqual({ shown: 1, changed: 1, postedAnyway: 0 });
    expect(w.bySite.facebook).toEqual({ shown: 1, changed: 0, postedAnyway: 1 });
    expect(summarise(s, t0, 30).totals.shown).toBe(3);
  });

  it('forgets days older than 90 and never stores text', () => {
    let s = record({}, { event: 'shown', family: 'abuse', site: 'x' }, t0 - 100 * day);
    s = record(s, { event: 'shown', family: 'tone', site: 'nextdoor' }, t0);
    expect(Object.keys(s)).toHaveLength(1);
    expect(JSON.stringify(s)).not.toMatch(/[a-z]{25}/);
  });

  it('accepts only well-formed records from the content script', () => {
    expect(isStatRecord({ event: 'shown', family: 'abuse', site: 'x' })).toBe(true);
    expect(isStatRecord({ event: 'shown', family: 'abuse', site: 'x', text: 'you idiot' })).toBe(false);
    expect(isStatRecord({ event: 'deleted', family: 'abuse', site: 'x' })).toBe(false);
    expect(isStatRecord({ event: 'shown', family: 'nope', site: 'x' })).toBe(false);
    expect(isStatRecord(null)).toBe(false);
  });
});

import { managedSchema } from '../../components/settings/managed-schema';
import { settingsFields } from '../../components/settings/model';

describe('managed_schema.json', () => {
  const schema = managedSchema();
  it('describes only settings the extension knows, with only keywords Chrome supports', () => {
    for (const key of Object.keys(schema.properties!)) expect(Object.keys(settingsFields)).toContain(key);
    const walk = (s: Record<string, unknown>) => {
      for (const k of Object.keys(s)) expect(['type', 'description', 'title', 'properties', 'items']).toContain(k);
      for (const sub of Object.values((s.properties as Record<string, Record<string, unknown>>) ?? {})) walk(sub);
      if (s.items) walk(s.items as Record<string, unknown>);
    };
    walk(schema as unknown as Record<string, unknown>);
  });

  it('accepts the README example policy, which the extension applies without refusals', () => {
    const example = { ruleSets: { 'core-legal': true, 'personal-data': true }, policyPack: 'barnsley', lists: { officers: [{ name: 'Jane Ellis', department: 'Planning' }], elections: [{ noticeOfElection: '2027-03-29', pollingDay: '2027-05-06' }] } };
    const m = applyManaged(defaultSettings(), example);
    expect(m.refused).toEqual([]);
    expect(m.locked).toContain('ruleSets.core-legal');
  });
});

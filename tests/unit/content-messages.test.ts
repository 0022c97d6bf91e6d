import { describe, expect, it } from 'vitest';
import { FULL_ANALYSIS, parseFullAnalysisRequest } from '../../entrypoints/composer.content/messages';
import { createHealthRecorder, mergeHealth, toSettings } from '../../entrypoints/composer.content/storage';
import { excerptParts, summary } from '../../components/Panel';
import type { Finding } from '../../rules/types';

describe('full-analysis request validation', () => {
  it('accepts the exact shape and keeps only documented context fields', () => {
    const req = parseFullAnalysisRequest({ type: FULL_ANALYSIS, text: 'hi', context: { kind: 'reply', platform: 'x', now: 5, evil: () => 1, hasMedia: 'yes' }, settings: { rules: {} } });
    expect(req).toEqual({ type: FULL_ANALYSIS, text: 'hi', context: { kind: 'reply', platform: 'x', now: 5 }, settings: { rules: {} } });
  });
  it('refuses other types, non-string text, oversized text, and non-object context or settings', () => {
    expect(parseFullAnalysisRequest({ type: 'other', text: 'hi' })).toBeNull();
    expect(parseFullAnalysisRequest({ type: FULL_ANALYSIS, text: 42 })).toBeNull();
    expect(parseFullAnalysisRequest({ type: FULL_ANALYSIS, text: 'x'.repeat(200_001) })).toBeNull();
    expect(parseFullAnalysisRequest({ type: FULL_ANALYSIS, text: 'hi', context: 'x' })).toBeNull();
    expect(parseFullAnalysisRequest({ type: FULL_ANALYSIS, text: 'hi', settings: [1] })).toBeNull();
    expect(parseFullAnalysisRequest(null)).toBeNull();
    expect(parseFullAnalysisRequest('think-twice/analyze-full')).toBeNull();
  });
  it('drops unknown kinds and platforms rather than passing them on', () => {
    expect(parseFullAnalysisRequest({ type: FULL_ANALYSIS, text: 'a', context: { kind: 'dm', platform: 'tiktok' } })!.context).toEqual({});
  });
});

describe('settings and health in storage', () => {
  it('uses defaults for a missing or malformed settings value', () => {
    expect(toSettings(undefined)).toEqual({});
    expect(toSettings('on')).toEqual({});
    expect(toSettings([1, 2])).toEqual({});
    expect(toSettings({ allowlist: ['Penistone'] })).toEqual({ allowlist: ['Penistone'] });
  });
  it('merges one site into the health map without losing the others', () => {
    const h = { state: 'checking here' as const, reason: 'ok', at: 1 };
    expect(mergeHealth({ facebook: { state: 'not checking here', reason: 'x', at: 0 } }, 'x', h)).toEqual({ facebook: { state: 'not checking here', reason: 'x', at: 0 }, x: h });
    expect(mergeHealth('garbage', 'x', h)).toEqual({ x: h });
  });
  it('writes health only when it changes, and tries again after a failed write', async () => {
    let store: unknown = {};
    let fail = false;
    let writes = 0;
    const record = createHealthRecorder('instagram', async (update) => {
      writes++;
      if (fail) throw new Error('quota');
      store = update(store);
    });
    record('checking here', 'watching');
    record('checking here', 'watching');
    await Promise.resolve();
    expect(writes).toBe(1);
    expect((store as Record<string, { state: string }>).instagram.state).toBe('checking here');
    fail = true;
    record('not checking here', 'error');
    await new Promise((r) => setTimeout(r, 0));
    fail = false;
    record('not checking here', 'error');
    await new Promise((r) => setTimeout(r, 0));
    expect(writes).toBe(3);
    expect((store as Record<string, { state: string; reason: string }>).instagram).toMatchObject({ state: 'not checking here', reason: 'error' });
  });
});

describe('panel text helpers', () => {
  it('marks the excerpt with a few words either side, as plain text', () => {
    const text = 'Lovely day at the park. My password is Hunter2 and the gate code is 1234 so come along.';
    const s = text.indexOf('Hunter2');
    const p = excerptParts(text, s, s + 7, 15);
    expect(p.hit).toBe('Hunter2');
    expect(p.before.startsWith('…')).toBe(true);
    expect(p.after.endsWith('…')).toBe(true);
    expect(text.includes(p.before.replace('…', '') + p.hit + p.after.replace('…', ''))).toBe(true);
  });
  it('keeps markup in the draft as literal text', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(excerptParts(text, 0, text.length).hit).toBe(text);
  });
  it('summarises for the screen-reader announcement', () => {
    const f = (severity: Finding['severity']) => ({ severity }) as Finding;
    expect(summary([f('stop'), f('warn'), f('info')], false)).toBe('Think Twice: 1 serious warning, 2 to consider.');
    expect(summary([], false)).toBe('');
    expect(summary([f('stop')], true)).toMatch(/paused/);
  });
});

describe('settings in force for the content script', () => {
  it('reads a current (v2) value, and honours the master switch, site switches and "pause for an hour"', async () => {
    const { effectiveSettings, checkingState } = await import('../../entrypoints/composer.content/storage');
    const s = effectiveSettings({ enabled: true, pausedUntil: null, sites: { facebook: false, x: true, instagram: true, nextdoor: true }, ruleSets: { tone: false }, rules: {}, policyPack: 'bury', lists: {}, allowlist: ['Penistone'] }, { v: 2 }, undefined);
    expect(checkingState(s, 'x').on).toBe(true);
    expect(checkingState(s, 'facebook').on).toBe(false);
    expect(checkingState(s, 'x').settings).toMatchObject({ ruleSets: { tone: false }, policyPack: 'bury', allowlist: ['Penistone'] });
    const paused = effectiveSettings({ ...s, pausedUntil: 2_000 }, { v: 2 }, undefined);
    expect(checkingState(paused, 'x', 1_000).on).toBe(false);
    expect(checkingState(paused, 'x', 3_000).on).toBe(true);
    expect(checkingState(effectiveSettings({ ...s, enabled: false }, { v: 2 }, undefined), 'x').on).toBe(false);
  });
  it('migrates the unversioned v1 shape (the engine Settings) and uses defaults when nothing is stored', async () => {
    const { effectiveSettings, checkingState } = await import('../../entrypoints/composer.content/storage');
    const v1 = effectiveSettings({ ruleSets: { 'safety-security': false }, allowlist: ['Dick'] }, undefined, undefined);
    expect(checkingState(v1, 'instagram')).toMatchObject({ on: true, settings: { ruleSets: { 'safety-security': false }, allowlist: ['Dick'] } });
    expect(checkingState(effectiveSettings(undefined, undefined, undefined), 'nextdoor').on).toBe(true);
  });
  it("keeps checking with the valid fields when a stored value is corrupt, and the council's policy wins", async () => {
    const { effectiveSettings, checkingState } = await import('../../entrypoints/composer.content/storage');
    const s = effectiveSettings({ enabled: 'yes', ruleSets: { tone: false } }, { v: 2 }, { ruleSets: { tone: true } });
    expect(checkingState(s, 'x').on).toBe(true);
    expect(checkingState(s, 'x').settings.ruleSets?.tone).toBe(true);
  });
});

describe('stat messages', () => {
  it('accept counts only: event, family and site, nothing else', async () => {
    const { parseStatMessage, STAT } = await import('../../entrypoints/composer.content/messages');
    expect(parseStatMessage({ type: STAT, record: { event: 'shown', family: 'security', site: 'x' } })).toEqual({ type: STAT, record: { event: 'shown', family: 'security', site: 'x' } });
    expect(parseStatMessage({ type: STAT, record: { event: 'shown', family: 'security', site: 'x', text: 'my password' } })).toBeNull();
    expect(parseStatMessage({ type: STAT, record: { event: 'shown', family: 'security', site: 'x' }, text: 'draft' })).toBeNull();
    expect(parseStatMessage({ type: STAT, record: { event: 'liked', family: 'security', site: 'x' } })).toBeNull();
  });
});

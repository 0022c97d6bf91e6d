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

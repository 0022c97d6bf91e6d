/**
 * The e2e drafts mean what the browser tests assume: checked here against the engine directly, so a
 * rule change shows up as a clear failure here rather than as a puzzling one in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { analyze, worstSeverity } from '../../rules/engine';
import { DRAFTS } from './helpers';

describe('e2e drafts', () => {
  it.each([
    ['stop', DRAFTS.stop],
    ['stop2', DRAFTS.stop2],
  ])('%s is stop-level through security/credentials', (_name, text) => {
    const f = analyze(text);
    expect(worstSeverity(f)).toBe('stop');
    expect(f.map((x) => x.ruleId)).toContain('security/credentials');
  });
  it.each([
    ['clean', DRAFTS.clean],
    ['clean2', DRAFTS.clean2],
  ])('%s raises nothing', (_name, text) => {
    expect(analyze(text)).toEqual([]);
  });
  it('the stop draft stays stop-level in every platform and kind the tests use', () => {
    for (const platform of ['x', 'facebook', 'instagram', 'nextdoor'] as const)
      for (const kind of ['post', 'reply', 'comment'] as const) {
        const f = analyze(DRAFTS.stop, { platform, kind });
        expect(worstSeverity(f)).toBe('stop');
      }
  });
});

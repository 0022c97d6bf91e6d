/** Copyright rule R46: stock images, copied articles, "no copyright intended", uncredited photos. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import type { ComposeContext, Severity } from '../../rules/types';

const R = 'copyright/copied-material';
function sev(text: string, context: ComposeContext = {}): Severity | null {
  const mine = analyze(text, context).filter((f) => f.ruleId === R);
  if (mine.length === 0) return null;
  return mine.some((f) => f.severity === 'warn') ? 'warn' : 'info';
}
const IMAGE: ComposeContext = { hasMedia: true, mediaKind: 'image' };

describe('copyright/copied-material (R46)', () => {
  it.each([
    ['Spring in Cawthorne!', { ...IMAGE, mediaNames: ['iStock-123456.jpg'] }],
    ['Spring in Cawthorne!', { ...IMAGE, mediaNames: ['AdobeStock_99.jpeg'] }],
    ['Lovely sunset — not my photo, all credit to the owner.', IMAGE],
    ['No copyright intended, just sharing the memories.', IMAGE],
    ['Here is the whole Chronicle story as it is behind a paywall.', {}],
    ['© Barnsley Chronicle 2026. All rights reserved.', {}],
    ['Found these photos on Facebook of the 1984 strike.', IMAGE],
    ['Lovely old photo of Barnsley market, courtesy of Google Images.', IMAGE],
  ] as const)('warn: %s', (text, ctx) => expect(sev(text, ctx as ComposeContext)).toBe('warn'));

  it('a long quoted passage (more than 80 words) warns; a short quote with a link does not', () => {
    const long = `Here's what it says: "${Array.from({ length: 100 }, (_, i) => ['the', 'council', 'plans', 'to', 'build'][i % 5]).join(' ')}"`;
    expect(sev(long)).toBe('warn');
    expect(sev("As the report says, 'the scheme delivers 300 new homes' — full report: https://www.barnsley.gov.uk/r")).toBeNull();
  });

  it('an uncredited "amazing photo of" is info; a credit or no image is quiet', () => {
    expect(sev('Amazing photo of the floods at Darfield this morning.', IMAGE)).toBe('info');
    expect(sev('Amazing photo of the floods at Darfield by Sam Hill 📸', IMAGE)).toBeNull();
    expect(sev('Amazing photo of the floods at Darfield this morning.')).toBeNull();
    expect(sev('Stunning photo of the team at the litter pick!', IMAGE)).toBeNull();
  });

  it.each([
    ['My photo of the new cycle path this morning.', { ...IMAGE, mediaNames: ['IMG_4412.jpg'] }],
    ['Good piece in the Chronicle on the market: https://www.barnsleychronicle.com/x', {}],
    ['Is that photo yours? It is not mine, so I will ask before I use it.', {}],
    ['Photo of the sunset by Jo Briggs, shared with her permission.', IMAGE],
    ['Best pie in Barnsley, like the McRib© but better.', {}],
  ] as const)('quiet: %s', (text, ctx) => expect(sev(text, ctx as ComposeContext)).toBeNull());

  it('highlights the cue and names it in the warning', () => {
    const text = 'Stunning sunset — not mine, credit to the owner.';
    const f = analyze(text, IMAGE).find((x) => x.ruleId === R)!;
    expect(f.excerpt).toBe(text.slice(f.start, f.end));
    expect(f.message).toMatch(/^This may include someone else's work \(“/);
  });
});

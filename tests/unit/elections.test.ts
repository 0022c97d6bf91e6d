/** Elections rules R35–R36: the pre-election period from lists.elections + now, campaign mode, imprints and council resources. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import type { ComposeContext, Settings, Severity } from '../../rules/types';

function sev(rule: string, text: string, context: ComposeContext = {}, settings: Settings = {}): Severity | null {
  const mine = analyze(text, context, settings).filter((f) => f.ruleId === rule);
  if (mine.length === 0) return null;
  return mine.some((f) => f.severity === 'stop') ? 'stop' : mine.some((f) => f.severity === 'warn') ? 'warn' : 'info';
}
const DATES = { elections: [{ noticeOfElection: '2026-03-27', pollingDay: '2026-05-07' }] };
const IN: ComposeContext = { now: '2026-04-20T18:00' };
const OUT: ComposeContext = { now: '2026-06-01T18:00' };
const PERIOD: Settings = { lists: DATES };

describe('elections/missing-imprint (R35)', () => {
  const R = 'elections/missing-imprint';
  const post = 'Vote Jones on Thursday 7 May for a cleaner, safer Darfield! #VoteJones';

  it('warns in the period, info outside it, info without dates (the list lowers severity, never silences)', () => {
    expect(sev(R, post, IN, PERIOD)).toBe('warn');
    expect(sev(R, post, OUT, PERIOD)).toBe('info');
    expect(sev(R, post, IN)).toBe('info');
    expect(sev(R, post)).toBe('info');
  });

  it('campaign mode forces warn at any date; switching the set off silences it', () => {
    expect(sev(R, post, OUT, { ruleSets: { elections: true } })).toBe('warn');
    expect(sev(R, post, {}, { ruleSets: { elections: true } })).toBe('warn');
    expect(sev(R, post, IN, { ...PERIOD, ruleSets: { elections: false } })).toBeNull();
  });

  it.each([
    'Re-elect your hardworking Labour team in Kingstone!',
    'Put your cross next to the Green candidate, Amy Field.',
    'Every vote counts — vote Labour on 7 May!',
    'Remember who fixed the potholes when you vote on Thursday.',
  ])('campaign: %s', (text) => expect(sev(R, text, IN, PERIOD)).toBe('warn'));

  it.each([
    'Vote Jones on 7 May! Promoted by A. Clarke on behalf of Sam Jones, 12 Any Street, Darfield S73 9AA.',
    'Vote Jones 🗳️ Printed and promoted by A Clarke, 12 Any Street, Darfield.',
    'Vote Jones 🗳️ Imprint: bit.ly/jones-imprint',
    "Don't forget to register to vote by 20 April: https://www.gov.uk/register-to-vote",
    'Polling stations are open 7am–10pm today.',
    'Remember to bring photo ID when you vote on Thursday.',
    "Vote for your favourite float in the Mayor's carnival competition!",
    'Vote YES in the UNISON ballot on pay.',
    "Hustings at St John's Church Hall on Tuesday — all candidates invited.",
  ])('quiet: %s', (text) => expect(sev(R, text, IN, PERIOD)).toBeNull());

  it("the member's imprint URL or text from lists.imprint counts as present", () => {
    const text = 'Vote Jones on 7 May 🗳️ jones4darfield.uk/imprint';
    expect(sev(R, text, IN, PERIOD)).toBe('warn');
    expect(sev(R, text, IN, { lists: { ...DATES, imprint: { url: 'https://www.jones4darfield.uk/imprint/' } } })).toBeNull();
    const t2 = 'Vote Jones on 7 May — A Clarke for Sam Jones, 12 Any St, Darfield S73 9AA';
    expect(sev(R, t2, IN, PERIOD)).toBe('warn');
    expect(sev(R, t2, IN, { lists: { ...DATES, imprint: { text: 'A Clarke for Sam Jones, 12 Any St, Darfield S73 9AA' } } })).toBeNull();
  });
});

describe('elections/council-resources-in-campaigning (R36)', () => {
  const R = 'elections/council-resources-in-campaigning';
  const post = 'Thanks to your Labour councillors, the council has resurfaced Park Road. Vote Labour on 7 May! @BarnsleyCouncil';

  it('runs only in the period (or campaign mode): inert without election dates', () => {
    expect(sev(R, post, IN, PERIOD)).toBe('warn');
    expect(sev(R, post, OUT, PERIOD)).toBeNull();
    expect(sev(R, post, IN)).toBeNull();
    expect(sev(R, post)).toBeNull();
    expect(sev(R, post, {}, { ruleSets: { elections: true } })).toBe('warn');
  });

  it.each([
    'I secured £250k of council money for Dodworth play area — re-elect me on Thursday!',
    'Email my council address cllr.jones@bury.gov.uk to join my campaign team.',
    'Vote Labour on 7 May! #BarnsleyCouncil',
  ])('warn: %s', (text) => expect(sev(R, text, IN, PERIOD)).toBe('warn'));

  it.each([
    'Bins will be collected as normal over the bank holiday — details on the council website.',
    'Vote Jones on 7 May. Promoted by A. Clarke on behalf of Sam Jones, 12 Any Street, Darfield S73 9AA.',
    'My council email is cllr.jones@bury.gov.uk if you need help with casework.',
    'Thanks to the council for fixing Park Road so quickly.',
  ])('quiet: %s', (text) => expect(sev(R, text, IN, PERIOD)).toBeNull());

  it("the member's own published contacts count as council resources only once listed", () => {
    const text = 'Vote Labour on 7 May! Questions? Ring me on 01226 770770.';
    expect(sev(R, text, IN, PERIOD)).toBeNull();
    expect(sev(R, text, IN, { lists: { ...DATES, ownPublishedContacts: ['01226770770'] } })).toBe('warn');
  });

  it('council press photos by file name', () => {
    const ctx: ComposeContext = { ...IN, hasMedia: true, mediaKind: 'image', mediaNames: ['council-press-photo-library.jpg'] };
    expect(sev(R, 'Opening the new library today. Remember who delivered it when you vote.', ctx, PERIOD)).toBe('warn');
    expect(sev(R, 'Opening the new library today. Remember who delivered it when you vote.', { ...ctx, mediaNames: ['IMG_1.jpg'] }, PERIOD)).toBeNull();
  });
});

/** Misinformation rules R44–R45: uncertainty, fact-framing and unsourced figures; shares with and without the low-reliability list. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import type { ComposeContext, Settings, Severity } from '../../rules/types';

function sev(rule: string, text: string, context: ComposeContext = {}, settings: Settings = {}): Severity | null {
  const mine = analyze(text, context, settings).filter((f) => f.ruleId === rule);
  if (mine.length === 0) return null;
  return mine.some((f) => f.severity === 'stop') ? 'stop' : mine.some((f) => f.severity === 'warn') ? 'warn' : 'info';
}

describe('misinformation/unverified-claim (R44)', () => {
  const R = 'misinformation/unverified-claim';
  it.each([
    ['warn', 'Apparently the council is scrapping free bulky waste collections.'],
    ['warn', "I've heard the tip at Smithies Lane is closing — can anyone confirm?"],
    ['warn', 'Rumour has it the leisure centre will shut in the summer.'],
    ['warn', 'Fact: the new bus lanes have doubled journey times.'],
    ['warn', 'Everyone knows the council wastes money on consultants.'],
    ['info', 'Council spending on agency staff doubled last year to £12m.'],
    ['info', 'Fly-tipping is up 40% in Kendray.'],
    ['warn', 'Is it true the council is closing Royston library?'],
    ['warn', "I've been told the tip is shutting at weekends from April."],
  ] as const)('%s: %s', (want, text) => expect(sev(R, text)).toBe(want));

  it.each([
    'Crime in Goldthorpe fell 12% last year, according to South Yorkshire Police figures: https://www.police.uk/',
    'The council spent £4.2m on consultants last year (Statement of Accounts, p.47).',
    'I think the new bus lanes have made congestion worse — what do you think?',
    'Apparently it’s going to snow this weekend — stay safe everyone!',
    "I've heard your concerns about the parking and will raise them with highways.",
    "I've checked with officers: the rumour about £100 bin fines is false.",
    '20% off all tickets at the Civic this weekend!',
    'Thank you to the 300 volunteers who turned out.',
    'Everybody knows Dickie Bird, and everybody loves him.',
    'I heard that owl again last night.',
  ])('quiet: %s', (text) => expect(sev(R, text)).toBeNull());

  it('hearsay about a named person is left to the defamation rules', () => {
    expect(sev(R, 'Apparently Cllr Smith has been suspended from the council.')).toBeNull();
  });

  it('fills the right variant of the warning', () => {
    const a = analyze('Someone told me the tip is closing for good.').find((f) => f.ruleId === R)!;
    expect(a.message).toMatch(/^You've said you're not sure this is true \('Someone told me'\)\./);
    const c = analyze('The council wasted £4.2m on consultants last year.').find((f) => f.ruleId === R)!;
    expect(c.message).toBe('This includes a figure (£4.2m) without a source. Add a link or say where it comes from, so people can check it.');
    expect(c.excerpt).toBe('£4.2m');
  });
});

describe('misinformation/share-without-checking (R45)', () => {
  const R = 'misinformation/share-without-checking';
  const share: ComposeContext = { kind: 'share' };

  it.each([
    ["SHARE BEFORE IT'S DELETED: the council is fining everyone £100!", share],
    ['If this is true it’s a scandal 😡', { kind: 'share', hasMedia: true, mediaKind: 'image' }],
    ['Copy and paste: the council is putting 5G cameras on every lamp post.', {}],
    ['Unbelievable.', { kind: 'share', sharedText: 'Copy and paste: the council is banning bonfires.' }],
    ["Outrageous! The council's closing the Metrodome!", { kind: 'share', sharedDate: '2019-03-01', now: '2026-04-01T10:00' }],
  ] as const)('warn: %s', (text, ctx) => expect(sev(R, text, ctx as ComposeContext)).toBe('warn'));

  it.each([
    ['Important update on bin collections 👇', { kind: 'share', sharedUrl: 'https://www.barnsley.gov.uk/news/bins' }],
    ['Please share: missing person appeal.', { kind: 'share', sharedUrl: 'https://x.com/SYPolice/status/2' }],
    ['If this is true it’s great news!', { kind: 'share', sharedUrl: 'https://www.nhs.uk/news' }],
    ["Outrageous! The council's closing the Metrodome!", { kind: 'share', sharedDate: '2025-05-01', now: '2026-04-01T10:00' }],
    ["Outrageous! The council's closing the Metrodome!", { kind: 'share', sharedDate: '2019-03-01' }],
    ['Copy and paste this to your status if you support our NHS nurses.', {}],
    ['Great turnout at the gala — share your photos below!', {}],
    ['Most people copy and paste their speeches; I write mine.', {}],
  ] as const)('quiet: %s', (text, ctx) => expect(sev(R, text, ctx as ComposeContext)).toBeNull());

  it('low-reliability domains: only once listed (warn); shipped satire sites are info', () => {
    const ctx: ComposeContext = { kind: 'share', sharedUrl: 'https://www.barnsley-truth-news.net/story' };
    expect(sev(R, 'Worth a read 👀', ctx)).toBeNull();
    expect(sev(R, 'Worth a read 👀', ctx, { lists: { lowReliabilityDomains: ['barnsley-truth-news.net'] } })).toBe('warn');
    expect(sev(R, 'Wow.', { kind: 'share', sharedUrl: 'https://www.newsthump.com/2026/01/01/council' })).toBe('info');
  });

  it('says why in the warning', () => {
    const f = analyze('Worth a read', { kind: 'share', sharedUrl: 'https://bad.example.net/x' }, { lists: { lowReliabilityDomains: ['bad.example.net'] } }).find((x) => x.ruleId === R)!;
    expect(f.message).toContain('(bad.example.net is on your list of unreliable sites)');
  });
});

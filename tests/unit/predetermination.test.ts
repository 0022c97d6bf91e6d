/** Predetermination rules R37–R39, with and without committees, live applications and the meeting calendar; the JSONL fixture. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import type { ComposeContext, Settings, Severity } from '../../rules/types';

function sev(rule: string, text: string, context: ComposeContext = {}, settings: Settings = {}): Severity | null {
  const mine = analyze(text, context, settings).filter((f) => f.ruleId === rule);
  if (mine.length === 0) return null;
  return mine.some((f) => f.severity === 'stop') ? 'stop' : mine.some((f) => f.severity === 'warn') ? 'warn' : 'info';
}
const PLANNING: Settings = { lists: { committees: [{ name: 'Planning', type: 'planning' }] } };
const LICENSING: Settings = { lists: { committees: [{ name: 'Licensing', type: 'licensing' }] } };
const WARD_GREEN = 'I will be voting against the Ward Green housing application whatever the officers say';

describe('the JSONL fixture (the CLI reads the same lines)', () => {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/predetermination.jsonl');
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  it('has the Ward Green sentence with and without the committee list', () => {
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.some((p) => p.text === WARD_GREEN && p.settings?.lists?.committees?.length)).toBe(true);
    expect(parsed.some((p) => p.text === WARD_GREEN && !p.settings)).toBe(true);
  });
  for (const line of lines) {
    const { id, text, context, settings, expect: want } = JSON.parse(line) as { id: string; text: string; context?: ComposeContext; settings?: Settings; expect: { ruleId: string; severity: Severity | null } };
    it(`${id} → ${want.severity ?? 'quiet'}`, () => expect(sev(want.ruleId, text, context, settings)).toBe(want.severity));
  }
});

describe('predetermination/closed-mind (R37)', () => {
  const R = 'predetermination/closed-mind';

  it('Ward Green: stop for a planning member, warn without a committee list (issue), info for a non-regulatory member', () => {
    expect(sev(R, WARD_GREEN, {}, PLANNING)).toBe('stop');
    expect(sev(R, WARD_GREEN)).toBe('warn');
    expect(sev(R, WARD_GREEN, {}, { lists: { committees: [{ name: 'Audit', type: 'audit' }] } })).toBe('info');
    expect(sev(R, WARD_GREEN, {}, { lists: { committees: [{ name: 'Planning', type: 'planning', substitute: true }] } })).toBe('stop');
  });

  it('names the committee, and a substitute as such, in the warning', () => {
    const f = analyze(WARD_GREEN, {}, { lists: { committees: [{ name: 'Planning Regulatory Board', substitute: true }] } }).find((x) => x.ruleId === R)!;
    expect(f.message).toContain('You sit on Planning Regulatory Board (as a substitute).');
    expect(f.message).toMatch(/\('I will be voting against'\)|\('whatever the officers say'\)/);
  });

  it('a licensing member on a planning matter (and vice versa) is not the deciding member', () => {
    expect(sev(R, WARD_GREEN, {}, LICENSING)).toBe('info');
    const pub = "The Red Lion's late licence won't get past me at the review hearing.";
    expect(sev(R, pub, {}, LICENSING)).toBe('stop');
    expect(sev(R, pub, {}, PLANNING)).toBe('info');
  });

  it.each([
    'Over my dead body will 300 houses go on the Hoyland green belt.',
    "My mind's made up on 24/00512/FUL.",
    'No way the Tesco extension gets through committee.',
    "It's a no from me on the HMO application on Park Grove.",
    'I am 100% against the change of use at the old bank.',
    "This application won't get my vote, end of.",
    'No chance the Ward Green application gets through while I sit on planning.',
    'I will not support this planning application under any circumstances.',
  ])('stop for a planning member: %s', (text) => expect(sev(R, text, {}, PLANNING)).toBe('stop'));

  it.each([
    "I haven't made up my mind on the Lidl application and won't until I've read the officer's report.",
    "I've got concerns about the Ward Green application and I'll raise them at committee, but I'll decide after hearing all the evidence.",
    'I will be voting against the budget on Thursday.',
    "I'm voting for the motion on climate change at full council.",
    'I will be voting for the grant application from the scout group at area council.',
    'Residents can comment on application 24/00512/FUL until 14 June.',
    'The appeal was approved by the inspector last week.',
  ])('quiet for a planning member: %s', (text) => expect(sev(R, text, {}, PLANNING)).toBeNull());

  it('live applications: a listed site is a regulatory matter; without the list a bare site name is not', () => {
    const text = "I'm voting against the Church Lane scheme — nothing will change my mind.";
    expect(sev(R, text, {}, PLANNING)).toBeNull();
    expect(sev(R, text, {}, { lists: { ...PLANNING.lists, liveApplications: ['Church Lane scheme'] } })).toBe('stop');
  });

  it('switching the committee set off silences it', () => {
    expect(sev(R, WARD_GREEN, {}, { ...PLANNING, ruleSets: { committee: false } })).toBeNull();
  });
});

describe('predetermination/campaigning-on-live-application (R38)', () => {
  const R = 'predetermination/campaigning-on-live-application';
  const text = 'Sign the petition to STOP the Wombwell Lane Lidl! #SayNoToLidl';

  it('warn for the deciding committee, info without a committee list or for other committees', () => {
    expect(sev(R, text, {}, PLANNING)).toBe('warn');
    expect(sev(R, text)).toBe('info');
    expect(sev(R, text, {}, LICENSING)).toBe('info');
  });

  it.each([
    "Let's flood the planning portal with objections to the HMO on Park Grove.",
    'Everyone get your objections in against 24/00512/FUL!',
    'Join the campaign against the Ward Green planning application.',
  ])('warn: %s', (t) => expect(sev(R, t, {}, PLANNING)).toBe('warn'));

  it.each([
    'Residents can comment on 24/00512/FUL, for or against, until 14 June.',
    'Sign the petition to save the library!',
    'Say no to litter: join our clean-up on Saturday!',
    'Join the Local Plan consultation drop-in at Hoyland library on Tuesday.',
  ])('quiet: %s', (t) => expect(sev(R, t, {}, PLANNING)).toBeNull());

  it('a listed live application is caught by name', () => {
    const t = 'Say no to the Church Lane scheme — sign at the library on Saturday!';
    expect(sev(R, t, {}, PLANNING)).toBeNull();
    expect(sev(R, t, {}, { lists: { ...PLANNING.lists, liveApplications: ['Church Lane scheme'] } })).toBe('warn');
  });
});

describe('predetermination/posting-during-meeting (R39)', () => {
  const R = 'predetermination/posting-during-meeting';
  const board = { title: 'Planning board', start: '2026-07-03T18:00', end: '2026-07-03T20:00', type: 'planning' };
  const during = (now: string): [ComposeContext, Settings] => [{ now }, { lists: { meetings: [board] } }];

  it('without the calendar only text cues count', () => {
    expect(sev(R, 'Sat in planning — this agent is waffling 😴')).toBe('warn');
    expect(sev(R, 'Right now at full council, the debate is heated.')).toBe('info');
    expect(sev(R, 'Lovely sunset tonight.', { now: '2026-07-03T19:00' })).toBeNull();
    expect(sev(R, 'The chair just announced the raffle winners at the gala!')).toBeNull();
    expect(sev(R, 'Sat in the car waiting for the rain to stop 😴')).toBeNull();
  });

  it('with the calendar any post during a quasi-judicial meeting warns; boundaries a minute either side', () => {
    expect(sev(R, 'Lovely sunset tonight.', ...during('2026-07-03T17:59'))).toBeNull();
    expect(sev(R, 'Lovely sunset tonight.', ...during('2026-07-03T18:00'))).toBe('warn');
    expect(sev(R, 'Lovely sunset tonight.', ...during('2026-07-03T20:00'))).toBe('warn');
    expect(sev(R, 'Lovely sunset tonight.', ...during('2026-07-03T20:01'))).toBeNull();
  });

  it('names the meeting, and adds the recording-protocol reminder when media is attached', () => {
    const [ctx, s] = during('2026-07-03T19:00');
    const f = analyze('Watch this!', { ...ctx, hasMedia: true, mediaKind: 'video' }, s).find((x) => x.ruleId === R)!;
    expect(f.message).toContain("You're in (or scheduled for) Planning board right now.");
    expect(f.message).toContain('protocol for recording devices');
    const g = analyze('Watch this!', ctx, s).find((x) => x.ruleId === R)!;
    expect(g.message).not.toContain('protocol');
  });
});

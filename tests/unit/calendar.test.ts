/** Time windows from doc.now (rules/shared/calendar.ts): the pre-election period and listed meetings, at their boundaries. */
import { describe, expect, it } from 'vitest';
import { TextDoc } from '../../rules/doc';
import { analyze } from '../../rules/engine';
import { campaignCues, electionPeriod, meetingNow, meetingWindow, parseLocal } from '../../rules/shared/calendar';
import type { Meeting, Settings } from '../../rules/types';

const ELECTION: Settings = { lists: { elections: [{ noticeOfElection: '2026-03-27', pollingDay: '2026-05-07' }] } };
const period = (now: string | undefined, settings: Settings = ELECTION) => electionPeriod(new TextDoc('x', now === undefined ? {} : { now }, settings));

describe('pre-election period: notice of election to polling day + 1 day, inclusive, local dates', () => {
  const cases: [string, boolean][] = [
    ['2026-03-26T23:59', false], // a minute before the notice day
    ['2026-03-27T00:00', true], // at the start of the notice day
    ['2026-03-27T00:01', true],
    ['2026-05-07T22:00', true], // polling day
    ['2026-05-08T23:59', true], // the day after polling day, last minute
    ['2026-05-09T00:00', false], // two days after
    ['2026-05-09T00:01', false],
  ];
  for (const [now, active] of cases) it(`${now} → ${active ? 'in' : 'out'}`, () => expect(period(now).active).toBe(active));

  it('reads epoch milliseconds and Date objects as local time too', () => {
    expect(period(new Date(2026, 2, 27, 0, 0).getTime() as unknown as string).active).toBe(true);
    expect(electionPeriod(new TextDoc('x', { now: new Date(2026, 2, 26, 23, 59) }, ELECTION)).active).toBe(false);
  });

  it('missing or unreadable now means unknown: no window', () => {
    expect(period(undefined)).toMatchObject({ active: false, reason: 'no-time' });
    expect(period('not a date')).toMatchObject({ active: false, reason: 'no-time' });
  });

  it('no dates listed: off (auto); malformed dates are ignored', () => {
    expect(period('2026-04-01T10:00', {})).toMatchObject({ active: false, reason: 'no-dates' });
    expect(period('2026-04-01T10:00', { lists: { elections: [{ noticeOfElection: 'soon', pollingDay: '2026-05-07' }] } }).active).toBe(false);
  });

  it('campaign mode (ruleSets.elections true) forces it on, even with no dates or time; false forces it off', () => {
    expect(period(undefined, { ruleSets: { elections: true } })).toMatchObject({ active: true, reason: 'forced-on' });
    expect(period('2026-04-01T10:00', { ...ELECTION, ruleSets: { elections: false } })).toMatchObject({ active: false, reason: 'forced-off' });
    expect(period('2026-01-01T10:00', { ...ELECTION, ruleSets: { elections: 'auto' } }).active).toBe(false);
  });

  it('picks whichever of several elections contains now', () => {
    const s: Settings = { lists: { elections: [{ noticeOfElection: '2025-03-28', pollingDay: '2025-05-01' }, ...ELECTION.lists!.elections!] } };
    expect(period('2026-04-10T10:00', s).election?.pollingDay).toBe('2026-05-07');
    expect(period('2025-04-10T10:00', s).election?.pollingDay).toBe('2025-05-01');
  });

  it('switches the imprint rule between info and warn at the boundary', () => {
    const sev = (now: string) => analyze('Vote Jones on 7 May!', { now }, ELECTION).find((f) => f.ruleId === 'elections/missing-imprint')?.severity;
    expect(sev('2026-03-26T23:59')).toBe('info');
    expect(sev('2026-03-27T00:00')).toBe('warn');
    expect(sev('2026-05-08T23:59')).toBe('warn');
    expect(sev('2026-05-09T00:00')).toBe('info');
  });

  it('council resources rule runs only in the period', () => {
    const has = (now: string) => analyze('I secured £250k of council money for Dodworth play area — re-elect me on Thursday!', { now }, ELECTION).some((f) => f.ruleId === 'elections/council-resources-in-campaigning');
    expect(has('2026-03-26T23:59')).toBe(false);
    expect(has('2026-03-27T00:00')).toBe(true);
    expect(has('2026-05-09T00:00')).toBe(false);
  });
});

describe('meetings: start to end inclusive, or 3 hours when no end is listed', () => {
  const board: Meeting = { title: 'Planning board', start: '2026-07-03T18:00', end: '2026-07-03T20:00', type: 'planning' };
  const open = (m: Meeting, now: string | undefined) => meetingNow(new TextDoc('x', now ? { now } : {}, { lists: { meetings: [m] } }));
  const cases: [string, boolean][] = [
    ['2026-07-03T17:59', false], // a minute before
    ['2026-07-03T18:00', true], // at the start
    ['2026-07-03T18:01', true],
    ['2026-07-03T19:59', true], // a minute before the end
    ['2026-07-03T20:00', true], // at the listed end
    ['2026-07-03T20:01', false], // a minute after
  ];
  for (const [now, inside] of cases) it(`${now} → ${inside ? 'during' : 'not during'}`, () => expect(!!open(board, now)).toBe(inside));

  it('no end: three hours from the start, inclusive', () => {
    const m: Meeting = { title: 'Licensing hearing', start: '2026-07-08T10:00' };
    expect(!!open(m, '2026-07-08T09:59')).toBe(false);
    expect(!!open(m, '2026-07-08T10:00')).toBe(true);
    expect(!!open(m, '2026-07-08T13:00')).toBe(true);
    expect(!!open(m, '2026-07-08T13:01')).toBe(false);
  });

  it('missing now means unknown: no meeting', () => expect(open(board, undefined)).toBeUndefined());

  it('an end before the start is ignored (default duration), and zones are honoured', () => {
    expect(meetingWindow({ title: 'x', start: '2026-07-03T18:00', end: '2026-07-03T17:00' })!.until.getTime()).toBe(new Date(2026, 6, 3, 21, 0).getTime());
    expect(parseLocal('2026-07-03T18:00Z')!.toISOString()).toBe('2026-07-03T18:00:00.000Z');
    expect(parseLocal('2026-07-03T18:00')!.getHours()).toBe(18);
    expect(parseLocal('garbage')).toBeUndefined();
  });

  it('prefers a quasi-judicial meeting when two overlap', () => {
    const doc = new TextDoc('x', { now: '2026-07-03T18:30' }, { lists: { meetings: [{ title: 'Full council', start: '2026-07-03T18:00' }, board] } });
    expect(meetingNow(doc)?.title).toBe('Planning board');
  });

  it('the posting-during-meeting rule follows the window: warn for quasi-judicial, info for others', () => {
    const sev = (m: Meeting, now: string) => analyze('Lovely sunset tonight.', { now }, { lists: { meetings: [m] } }).find((f) => f.ruleId === 'predetermination/posting-during-meeting')?.severity;
    expect(sev(board, '2026-07-03T17:59')).toBeUndefined();
    expect(sev(board, '2026-07-03T18:00')).toBe('warn');
    expect(sev(board, '2026-07-03T20:00')).toBe('warn');
    expect(sev(board, '2026-07-03T20:01')).toBeUndefined();
    expect(sev({ title: 'Full council', start: '2026-07-15T18:00', end: '2026-07-15T21:00' }, '2026-07-15T19:00')).toBe('info');
    expect(sev({ title: 'Members briefing', start: '2026-07-15T18:00', quasiJudicial: true }, '2026-07-15T19:00')).toBe('warn');
  });
});

describe('campaign cues', () => {
  const cues = (t: string) => campaignCues(new TextDoc(t)).map((c) => c.text);
  it('finds asks for votes', () => {
    expect(cues('Vote Jones on Thursday! #VoteJones')).toEqual(['Vote Jones', '#VoteJones']);
    expect(cues('Please re-elect your hardworking team')).toEqual(['re-elect']);
    expect(cues('Every vote counts!')).toEqual(['Every vote counts']);
    expect(cues("I'm standing for re-election in Darton East.")).toEqual(['standing for re-election']);
    expect(cues('Please lend me your vote on Thursday.')).toEqual(['lend me your vote']);
    expect(cues('Support your local Lib Dem team on 7 May!')).toEqual(['Support your local Lib Dem team']);
  });
  it('ignores civic reminders and other kinds of vote', () => {
    expect(cues("Vote for your favourite float in the Mayor's carnival competition!")).toEqual([]);
    expect(cues("Don't forget to register to vote by 20 April")).toEqual([]);
    expect(cues('Polling stations are open 7am–10pm today.')).toEqual([]);
    expect(cues('Vote YES in the UNISON ballot')).toEqual([]);
    expect(cues('Thank you for re-electing me, Darton East!')).toEqual([]);
    expect(cues('Great team effort at the litter pick.')).toEqual([]);
  });
});

describe('status helpers for the popup', () => {
  it('electionStatus and meetingInProgress answer without a draft', async () => {
    const { electionStatus, meetingInProgress } = await import('../../rules/shared/calendar');
    expect(electionStatus(ELECTION, '2026-04-01T10:00').active).toBe(true);
    expect(electionStatus(ELECTION, '2026-06-01T10:00').active).toBe(false);
    expect(electionStatus(ELECTION).active).toBe(false);
    const s: Settings = { lists: { meetings: [{ title: 'Planning board', start: '2026-07-03T18:00' }] } };
    expect(meetingInProgress(s, '2026-07-03T19:00')?.title).toBe('Planning board');
    expect(meetingInProgress(s, '2026-07-03T22:00')).toBeUndefined();
  });
});

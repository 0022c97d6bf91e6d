/** Confidential-information rules R27–R30: flagged and quiet drafts, each list-driven rule without and with its list. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import type { ComposeContext, Settings, Severity } from '../../rules/types';

function sev(rule: string, text: string, context: ComposeContext = {}, settings: Settings = {}): Severity | null {
  const mine = analyze(text, context, settings).filter((f) => f.ruleId === rule);
  if (mine.length === 0) return null;
  return mine.some((f) => f.severity === 'stop') ? 'stop' : mine.some((f) => f.severity === 'warn') ? 'warn' : 'info';
}
const IMAGE: ComposeContext = { hasMedia: true, mediaKind: 'image' };

describe('confidential-information/private-meeting-or-exempt-report (R27)', () => {
  const R = 'confidential-information/private-meeting-or-exempt-report';
  it.each([
    ['stop', 'The exempt report on the depot sale says we will get £1.2m.'],
    ['stop', 'Part II item tonight: officers told us the pool closes in June.'],
    ['stop', 'Held in camera, but I can say the panel agreed to sell the land.'],
    ['stop', 'The pink papers say the council will settle the claim for £400k.'],
    ['warn', "At the leader's briefing we were told three libraries are going."],
    ['warn', 'Behind closed doors the cabinet agreed to cut the grants.'],
    ['stop', 'Cabinet agreed in private session to sell the Civic building.'],
    ['warn', 'Officers confirmed at the group briefing that the library will close.'],
  ] as const)('%s: %s', (want, text) => expect(sev(R, text)).toBe(want));

  it.each([
    'I objected to the depot item being taken in private and have asked for the report to be published.',
    'The Part II report on the depot sale has now been published — read it here.',
    'Full council meets on Wednesday and the webcast is public.',
    'Part 2 of my ward update: Kendray and Worsbrough.',
    'Members seminar on the Local Plan next Tuesday.',
    'Our Labour group meeting is at 6pm.',
    "Members' seminar on Tuesday will cover the Local Plan timetable.",
    'The exempt report on the depot will be considered by cabinet on Tuesday.',
  ])('quiet: %s', (text) => expect(sev(R, text)).toBeNull());

  it('a photo from a closed seminar warns; with the organisers’ permission it does not', () => {
    expect(sev(R, "Packed room at the closed Members' Seminar on the Local Plan!", IMAGE)).toBe('warn');
    expect(sev(R, "Packed room at the Members' Seminar — organisers were happy for photos!", IMAGE)).toBeNull();
    expect(sev(R, "Packed room at the closed Members' Seminar on the Local Plan!")).toBeNull();
  });

  it('exempt items: text cues only without the list; a listed item reported on is stop', () => {
    const text = 'Officers told us the Hoyland Road land deal will go ahead next month.';
    expect(sev(R, text)).toBeNull();
    expect(sev(R, text, {}, { lists: { exemptItems: ['Hoyland Road land deal'] } })).toBe('stop');
    expect(sev(R, 'The Hoyland Road land deal is on the agenda.', {}, { lists: { exemptItems: ['Hoyland Road land deal'] } })).toBeNull();
  });
});

describe('confidential-information/unreleased-information (R28)', () => {
  const R = 'confidential-information/unreleased-information';
  it.each([
    'Not announced yet, but the council is going to close Elsecar depot.',
    "Keep this under your hat: there'll be 30 redundancies in highways.",
    'Embargoed until Monday: the budget gap is £20m.',
    'Strictly confidential — counsel’s opinion is that we will lose the tribunal.',
  ])('warn: %s', (text) => expect(sev(R, text)).toBe('warn'));

  it.each([
    'Off the record, I love a pie from the market.',
    'Between us, we raised £1,200 for the hospice!',
    'Heads up: the A628 is closed overnight for resurfacing.',
    'The budget gap of £20m was published in the cabinet papers today.',
    'Exclusive interview with the Mayor in today’s Chronicle about the budget.',
    "I've asked for the legal advice on the judicial review to be shared with all members.",
  ])('quiet: %s', (text) => expect(sev(R, text)).toBeNull());

  it('escalates to stop when a listed confidential term is also mentioned (and only then)', () => {
    const text = 'Off the record, Project Falcon means the depot closure goes ahead.';
    expect(sev(R, text)).toBe('warn');
    expect(sev(R, text, {}, { lists: { confidentialTerms: ['Project Falcon'] } })).toBe('stop');
  });

  it('the warning quotes the cue', () => {
    const f = analyze('Between us, the tender for the bus station came in £3m over budget.').find((x) => x.ruleId === R)!;
    expect(f.message).toContain("('Between us')");
    expect(f.excerpt).toBe('Between us');
  });
});

describe('confidential-information/internal-documents (R29)', () => {
  const R = 'confidential-information/internal-documents';
  it.each([
    ['stop', 'The memo is marked OFFICIAL-SENSITIVE but residents should know.'],
    ['stop', 'Official sensitive: depot review attached.'],
    ['stop', 'It says CONFIDENTIAL at the top but here goes.'],
    ['warn', 'From: Head of Highways\nTo: All Members\nSubject: Gritting routes'],
    ['warn', 'Internal memo says the pool will shut in June.'],
    ['warn', 'See the email below from the chief executive.'],
    ['warn', 'Docs here: https://barnsleymbc.sharepoint.com/sites/members/x.docx'],
  ] as const)('%s: %s', (want, text) => expect(sev(R, text)).toBe(want));

  it.each([
    'Confidential waste collection service now available for small businesses — book online.',
    'Subject to planning permission, the new play area should open in spring.',
    "I've emailed officers asking for an update on the flood scheme.",
    'To: all residents — thank you!',
    'Date: Saturday 5 July. To: all volunteers — bring gloves!',
    'Leaked documents show the government plans to cut council funding again.',
    'The published cabinet report (page 14) is here: https://www.barnsley.gov.uk/report.pdf',
  ])('quiet: %s', (text) => expect(sev(R, text)).toBeNull());

  it('council domains: a members-only path on the council site warns only once the domain is listed', () => {
    const text = 'Here it is: https://www.bury.gov.uk/members/area/restructure';
    expect(sev(R, text)).toBeNull();
    expect(sev(R, text, {}, { lists: { councilDomains: ['bury.gov.uk'] } })).toBe('warn');
  });

  it('a screenshot of an internal document (file name or words) warns', () => {
    expect(sev(R, 'Read it yourself.', { ...IMAGE, mediaNames: ['confidential_briefing_note.pdf'] })).toBe('warn');
    expect(sev(R, 'Screenshot of the email they don’t want you to see.', IMAGE)).toBe('warn');
    expect(sev(R, 'Read it yourself.', { ...IMAGE, mediaNames: ['IMG_0042.jpg'] })).toBeNull();
  });
});

describe('confidential-information/listed-term (R30)', () => {
  const R = 'confidential-information/listed-term';
  const text = 'Exciting news coming soon on Project Falcon — big jobs boost for Goldthorpe!';

  it('is inert without the list (or with an empty one)', () => {
    expect(sev(R, text)).toBeNull();
    expect(sev(R, text, {}, { lists: { confidentialTerms: [] } })).toBeNull();
  });

  it('stops on a listed term, in any spelling', () => {
    for (const t of [text, '#ProjectFalcon 🦅', 'PROJECT  FALC0N', 'p r o j e c t   falcon', 'project-falcon']) {
      expect(sev(R, t, {}, { lists: { confidentialTerms: ['Project Falcon'] } }), t).toBe('stop');
    }
  });

  it('retires a term from its publicFrom date (local), and keeps it when the time is unknown', () => {
    const lists = { confidentialTerms: [{ term: 'Project Falcon', publicFrom: '2025-06-01' }] };
    expect(sev(R, text, { now: '2025-05-31T23:59' }, { lists })).toBe('stop');
    expect(sev(R, text, { now: '2025-06-01T00:00' }, { lists })).toBeNull();
    expect(sev(R, text, { now: '2025-07-01T12:00' }, { lists })).toBeNull();
    expect(sev(R, text, {}, { lists })).toBe('stop');
  });

  it('fills the term and the date it was added into the warning', () => {
    const lists = { confidentialTerms: [{ term: 'Project Falcon', added: '2025-03-02' } as { term: string }] };
    const f = analyze(text, {}, { lists }).find((x) => x.ruleId === R)!;
    expect(f.message).toContain('"Project Falcon" is on your list of confidential items (added 2025-03-02)');
    const g = analyze(text, {}, { lists: { confidentialTerms: ['Project Falcon'] } }).find((x) => x.ruleId === R)!;
    expect(g.message).toContain('(added by you)');
  });

  it('also reads the shared post (sharing is publishing), and a link to an official announcement lowers it to warn', () => {
    const lists = { confidentialTerms: ['Project Falcon'] };
    const share: ComposeContext = { kind: 'share', sharedText: 'Big jobs deal coming — #ProjectFalcon' };
    expect(sev(R, 'Watch this space 👀', share)).toBeNull();
    expect(sev(R, 'Watch this space 👀', share, { lists })).toBe('stop');
    expect(sev(R, 'Project Falcon is public now: https://www.barnsley.gov.uk/news/falcon', {}, { lists })).toBe('warn');
  });

  it('is switched off with its set', () => {
    expect(sev(R, text, {}, { lists: { confidentialTerms: ['Project Falcon'] }, ruleSets: { 'council-confidentiality': false } })).toBeNull();
  });
});

/** Harassment rules R10–R12 through the whole engine, including R11 with and without local history. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import { historyKeysFor, targetKeys } from '../../rules/shared/targets';
import type { ComposeContext, HistoryEntry, Settings, Severity } from '../../rules/types';

const RANK: Record<Severity, number> = { info: 1, warn: 2, stop: 3 };
function worst(ruleId: string, text: string, context?: ComposeContext, settings?: Settings): Severity | null {
  const fs = analyze(text, context, settings).filter((f) => f.ruleId === ruleId);
  if (fs.length === 0) return null;
  return fs.reduce((a, f) => (RANK[f.severity] > RANK[a] ? f.severity : a), 'info' as Severity);
}

const R10 = 'harassment/pile-on';
const R11 = 'harassment/repeated-targeting';
const R12 = 'harassment/name-and-shame';

describe('R10 pile-on', () => {
  it.each([
    'Everyone email Mark Jennings and tell him what you think of his decision.',
    "Let's all bombard @DaveH_Builds until he answers.",
    'Make sure Kevin Hughes knows how angry we are — share far and wide.',
    'Folks, ring Acme Roofing and give them hell.',
  ])('warns: %s', (text) => {
    expect(worst(R10, text)).toBe('warn');
  });

  it("stops when the target's contact details follow", () => {
    expect(worst(R10, 'Everyone message Gary Holt and tell him what you think — his mobile is 07700 900123.')).toBe('stop');
    expect(worst(R10, 'Everyone message Gary Holt and tell him what you think.')).toBe('warn');
    expect(worst(R10, 'Go and give Cllr Dean a piece of your mind — her number is 07700 900456.')).toBe('stop');
  });

  it("names the target in the warning", () => {
    const f = analyze('Everyone email Mark Jennings and tell him what you think of his decision.').find((x) => x.ruleId === R10)!;
    expect(f.message).toContain('Mark Jennings');
  });

  it.each([
    'Please respond to the bus consultation — the survey is here.',
    'Write to your MP about the rail timetable cuts — template letter here.',
    "Let's all email the council to object to the library closure.",
    'Please share far and wide: the food bank needs tinned goods.',
    'Everyone tag a friend who would love the Penistone gala!',
    'Please call Sarah on 07700 900123 to book a place at the lunch club.',
    'Email me at cllr.ahmed@bury.gov.uk if you are affected and I will chase it up.',
    'Someone told their followers to flood my page. I have reported it to the police.',
  ])('quiet: %s', (text) => {
    expect(worst(R10, text)).toBeNull();
  });
});

describe('R11 repeated targeting', () => {
  const NOW = Date.parse('2026-05-20T12:00:00Z');
  const DAY = 86_400_000;
  const ctx = (history: HistoryEntry[], extra: ComposeContext = {}): ComposeContext => ({ now: NOW, history, ...extra });
  const posts = (target: string, ...daysAgo: number[]) => daysAgo.map((d) => ({ target, at: NOW - d * DAY }));
  const text = 'Why is Cllr Dyson still refusing to answer about the depot?';

  it('without history a single critical post is not repeated targeting', () => {
    expect(worst(R11, 'Cllr Dyson voted against the depot plan.')).toBeNull();
    expect(worst(R11, 'Cllr Dyson voted against the depot plan.', ctx([]))).toBeNull();
  });

  it('is info on the 2nd critical post in 14 days and warn from the 3rd', () => {
    expect(worst(R11, 'Why is Cllr Dyson refusing to answer about the depot?', ctx(posts('dyson', 3)))).toBe('info');
    expect(worst(R11, 'Why is Cllr Dyson refusing to answer about the depot?', ctx(posts('dyson', 3, 8)))).toBe('warn');
  });

  it('counts only posts inside the 14-day window, and none from the future', () => {
    expect(worst(R11, 'Why is Cllr Dyson refusing to answer about the depot?', ctx(posts('dyson', 20, 30)))).toBeNull();
    expect(worst(R11, 'Why is Cllr Dyson refusing to answer about the depot?', ctx(posts('dyson', -5, -6)))).toBeNull();
  });

  it('matches history keys by folded name: "Cllr Dyson" ~ "dyson" ~ "Jane Dyson"', () => {
    expect(worst(R11, text, ctx(posts('jane dyson', 2, 4)))).toBe('warn');
    expect(worst(R11, text, ctx(posts('someone else', 2, 4)))).not.toBe('warn');
  });

  it('says which post this is and about whom', () => {
    const f = analyze(text, ctx(posts('dyson', 2, 4, 6))).find((x) => x.ruleId === R11)!;
    expect(f.message).toContain('4th critical post about Cllr Dyson');
    expect(f.message).toMatch(/last \d+ days/);
  });

  it('doubles the thresholds for listed councillors (public figures)', () => {
    const settings: Settings = { lists: { councillors: ['Cllr Jane Dyson'] } };
    expect(worst(R11, 'Why is Cllr Dyson refusing to answer about the depot?', ctx(posts('dyson', 3, 8)), settings)).toBeNull();
    expect(worst(R11, 'Why is Cllr Dyson refusing to answer about the depot?', ctx(posts('dyson', 1, 3, 5, 8, 10)), settings)).toBe('warn');
  });

  it('campaign cues count without history', () => {
    expect(worst(R11, "I won't stop until Gary Holt resigns, every single day until he goes.")).toBe('warn');
    expect(worst(R11, 'For the tenth time, when will Sarah Whitaker answer?')).toBe('warn');
  });

  it('stays quiet for thanks, for plans rather than people, and without a person', () => {
    expect(worst(R11, 'Thanks again to Cllr Dyson for opening the garden.', ctx(posts('dyson', 1, 2, 3)))).toBeNull();
    expect(worst(R11, "Cllr Dyson's budget plan still doesn't add up.", ctx(posts('dyson', 1, 2)))).toBeNull();
    expect(worst(R11, 'The council is still ignoring the potholes on Park Road.', ctx(posts('council', 1, 2)))).toBeNull();
  });

  it('history keys are recorded only for critical posts', () => {
    expect(historyKeysFor('Cllr Dyson is hiding again — what is she covering up?')).toEqual(['dyson']);
    expect(historyKeysFor('Thanks to Cllr Dyson for opening the community garden!')).toEqual([]);
    expect(targetKeys('@JoeBloggs72 and Sarah Whitaker still have not replied.')).toEqual(['@joebloggs72', 'sarah whitaker']);
  });
});

describe('R12 name and shame', () => {
  const image: ComposeContext = { hasMedia: true, mediaKind: 'image' };
  it.each([
    ['Name and shame: this is the man who smashed the bus shelter.', undefined],
    ['Anyone recognise him? Caught on CCTV nicking parcels on Dodworth Road.', image],
    ['Silver Corsa YK21 ABC parked on the pavement again. You know what to do.', undefined],
  ] as const)('warns: %s', (text, context) => {
    expect(worst(R12, text, context)).toBe('warn');
  });

  it('stops with a home address or a child', () => {
    expect(worst(R12, 'Name and shame: the woman at 22 Elm Road dumped her rubbish again.', image)).toBe('stop');
    expect(worst(R12, 'Do you know this girl? Caught on camera spraying graffiti, she is about 12-year-old.', image)).toBe('stop');
  });

  it.each([
    ['South Yorkshire Police are appealing for help to identify this man — please share their post.', image],
    ['Who is this lovely lot? Our Year 6 litter pickers!', image],
    ['Fly-tipping on Wood Lane has been reported; enforcement officers are investigating.', undefined],
    ['Caught on camera: the red kites are back over Wentworth!', image],
  ] as const)('quiet: %s', (text, context) => {
    expect(worst(R12, text, context)).toBeNull();
  });
});

describe('R10: "flood" the noun is not a call to action', () => {
  it.each([
    'Flood update: the Environment Agency has stood down its warning on the Dearne.',
    'Sharing the latest Environment Agency flood map for the ward.',
    'Flood defences at Darfield are being inspected by the Environment Agency this week.',
    'Check your flood risk on the Environment Agency site before the storm.',
  ])('quiet: %s', (text) => {
    expect(worst(R10, text)).toBeNull();
  });
  it('the verb with a crowd and a target still warns', () => {
    expect(worst(R10, 'Cllr Dyson voted to shut the pool. Everyone flood his page with comments.')).toBe('warn');
    expect(worst(R10, "Let's all flood Acme Roofing's page with reviews.")).toBe('warn');
  });
});

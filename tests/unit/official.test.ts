/** Official-capacity rules R31–R34: flagged and quiet drafts; the role, roles and account-mapping lists without and with them. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import type { ComposeContext, Settings, Severity } from '../../rules/types';

function sev(rule: string, text: string, context: ComposeContext = {}, settings: Settings = {}): Severity | null {
  const mine = analyze(text, context, settings).filter((f) => f.ruleId === rule);
  if (mine.length === 0) return null;
  return mine.some((f) => f.severity === 'stop') ? 'stop' : mine.some((f) => f.severity === 'warn') ? 'warn' : 'info';
}

describe('official-capacity/official-announcement (R31)', () => {
  const R = 'official-capacity/official-announcement';
  it.each([
    'OFFICIAL: the council will refund all parking fines issued last week.',
    'The council is pleased to announce that Royston pool will reopen in May.',
    'On behalf of Barnsley Council, I apologise to everyone affected.',
    'I can confirm the council has decided to scrap the garden waste charge.',
    "Don't worry, I'll make sure the council pays for the repair.",
    'I promise you the council will fix this road by Friday.',
  ])('warn: %s', (text) => expect(sev(R, text)).toBe('warn'));

  it.each([
    "I've asked officers whether the parking fines can be refunded.",
    'I understand the council plans to reopen the pool in May.',
    "It's official — I'm running the Barnsley 10k for the hospice!",
    'Breaking news from the bake-off: Mrs Hall wins again!',
    'BREAKING: the new bus station opens on Monday — details at https://www.barnsley.gov.uk/bus',
    "I'll be voting to keep Royston library open at full council.",
    'Proud to volunteer on behalf of our residents at the food bank.',
    'Boil water, add the pasta and stir.',
    'Stay away from the chippy on Market Street, the queue is mad.',
  ])('quiet: %s', (text) => expect(sev(R, text)).toBeNull());

  it("a role that covers announcements (profile.roles) lowers it to info; other roles don't", () => {
    const text = 'The council is pleased to announce that Royston pool will reopen in May.';
    expect(sev(R, text)).toBe('warn');
    expect(sev(R, text, {}, { lists: { profile: { roles: ['Leader of the Council'] } } })).toBe('info');
    expect(sev(R, text, {}, { lists: { profile: { roles: ['Cabinet Member for Culture'] } } })).toBe('info');
    expect(sev(R, text, {}, { lists: { profile: { roles: ['Ward councillor'] } } })).toBe('warn');
  });

  it('emergency instructions get the one-voice info; pointing to the official advice is quiet', () => {
    const f = analyze('EVACUATE NOW: everyone on Riverside Close needs to leave. Rest centre at the Civic.').find((x) => x.ruleId === R)!;
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/^In emergencies the council aims to speak with one voice\./);
    expect(sev(R, "Flood warning for the Dearne — please follow the council's advice: https://www.barnsley.gov.uk/floods")).toBeNull();
  });

  it("sharing the council's own post is quiet", () => {
    expect(sev(R, 'The council is pleased to announce the new bins 👇', { kind: 'share', sharedUrl: 'https://www.barnsley.gov.uk/news' })).toBeNull();
  });

  it('quotes the phrase in the warning', () => {
    const f = analyze('I can confirm the council has decided to keep Royston library open.').find((x) => x.ruleId === R)!;
    expect(f.message).toContain("('I can confirm the council')");
  });
});

describe('official-capacity/capacity-unclear (R32)', () => {
  const R = 'official-capacity/capacity-unclear';
  it.each([
    ['info', 'Our GMB branch is balloting on the pay offer.'],
    ['info', 'As treasurer of the Cudworth Allotment Society I can say rents are fair.'],
    ['info', 'We at Kendray Tenants Group welcome the new bus route.'],
    ['warn', 'Save Dodworth Library campaign: we will fight the council all the way!'],
  ] as const)('%s: %s', (want, text) => expect(sev(R, text)).toBe(want));

  it.each([
    'Posting as chair of Friends of Locke Park (not as a councillor): litter pick Sunday!',
    "As your councillor, I've asked for the decision to go to scrutiny.",
    'As chair of the Dearne Area Council I opened the new garden.',
    'Congratulations to UNISON on their anniversary.',
    'Proud to support the Friends of Locke Park litter pick.',
    'Our campaign for a crossing on Park Road worked!',
    'Wearing my school governor hat: the new head starts Monday.',
    'Litter is a blight on our society.',
    'I put my trust in residents to make the right call.',
  ])('quiet: %s', (text) => expect(sev(R, text)).toBeNull());

  it('a listed outside role makes its organisation a cue; without the list the same post is quiet', () => {
    const text = 'Friends of Locke Park need volunteers for Sunday — join us at the lake.';
    const lists = { profile: { roles: ['Chair of Friends of Locke Park', 'Cabinet member for Environment'] } };
    expect(sev(R, text)).toBeNull();
    expect(sev(R, text, {}, { lists })).toBe('info');
    const f = analyze(text, {}, { lists }).find((x) => x.ruleId === R)!;
    expect(f.message).toContain('You seem to be posting as a member of Friends of Locke Park');
  });
});

describe('official-capacity/council-branding (R33)', () => {
  const R = 'official-capacity/council-branding';
  const logo: ComposeContext = { hasMedia: true, mediaKind: 'image', mediaNames: ['barnsley_council_logo.png'] };
  it('is inert until the account is mapped: unknown and councillor accounts are quiet', () => {
    expect(sev(R, 'Proud to serve Barnsley!', logo)).toBeNull();
    expect(sev(R, 'Proud to serve Barnsley!', { ...logo, account: 'councillor' })).toBeNull();
    expect(sev(R, 'Proud to serve Barnsley!', { ...logo, account: 'personal' })).toBe('warn');
  });
  it('catches crests and letterheads by file name, and text cues only with an image or a "my own version"', () => {
    expect(sev(R, 'Letter attached.', { account: 'personal', hasMedia: true, mediaKind: 'image', mediaNames: ['BMBC-letterhead-scan.jpg'] })).toBe('warn');
    expect(sev(R, 'I made my own version of the council logo for the gala — feel free to use it!', { account: 'personal' })).toBe('warn');
    expect(sev(R, "The council's logo is being redesigned — consultation open.", { account: 'personal' })).toBeNull();
    expect(sev(R, 'Lovely evening at Locke Park.', { account: 'personal', hasMedia: true, mediaKind: 'image', mediaNames: ['IMG_2031.jpg'] })).toBeNull();
    expect(sev(R, 'Worth a read.', { ...logo, account: 'personal', kind: 'share' })).toBeNull();
  });
});

describe('official-capacity/internal-issue-aired-publicly (R34)', () => {
  const R = 'official-capacity/internal-issue-aired-publicly';
  it.each([
    "Officers still haven't replied to my members' enquiry about the drains.",
    'Two months and no answer from highways on the crossing.',
    "My group leader won't let me speak at full council.",
    'I have been deselected by my own party after 12 years.',
  ])('info only: %s', (text) => expect(sev(R, text)).toBe('info'));

  it.each([
    "The cabinet's decision to close the library is wrong and I'll keep fighting it.",
    'I voted against the budget because of the cuts to youth services.',
    'Thanks to highways for getting back to me so quickly!',
    "I've raised the drains through members' enquiries and will update residents when I hear back.",
    'Residents have waited months for an answer from the developer.',
  ])('quiet (criticism and process are fine): %s', (text) => expect(sev(R, text)).toBeNull());
});

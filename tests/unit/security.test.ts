/**
 * Security rules (catalog R47, R48) and the shared link reader: secrets found however they are
 * disguised, advice left alone; links classified by where they really go; tldts never touched on
 * text without a link.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('tldts', async (importOriginal) => {
  const real = await importOriginal<typeof import('tldts')>();
  return { ...real, parse: vi.fn(real.parse) };
});

import { parse } from 'tldts';
import { analyze } from '../../rules/engine';
import { TextDoc } from '../../rules/doc';
import { findLinks, hostIsOfficial, isGovLookalike, links, mayHaveLinks } from '../../rules/shared/links';
import type { ComposeContext, Settings } from '../../rules/types';

const R47 = 'security/credentials';
const R48 = 'security/suspicious-link';
const run = (id: string, text: string, context: ComposeContext = {}, settings: Settings = {}) => analyze(text, context, settings, { only: [id] });
const excerpts = (fs: { excerpt: string }[]) => fs.map((f) => f.excerpt);

describe(R47, () => {
  it.each([
    ["Members' portal login for the new councillors: username cllr.new, password Barnsley2024!", 'username cllr.new, password Barnsley2024!'],
    ['WiFi at the community centre is CentreGuest, password Miner$1984 — help yourselves.', 'password Miner$1984'],
    ['Your verification code is 482913 — can someone tell me what this is?', 'Your verification code is 482913'],
    ['Door code for the ward office is 4071#, just let yourselves in.', 'Door code for the ward office is 4071#'],
    ['573201 is your WhatsApp code. Who keeps sending me these?', '573201 is your WhatsApp code'],
    ['Citrix login: jsmith / pw: letmein', 'login: jsmith / pw: letmein'],
    ['Modern.gov password is CentreGuest if anyone needs the papers.', 'password is CentreGuest'],
    ['Modern.gov password: letmeinplease', 'password: letmeinplease'],
    ['My PIN is 1234.', 'PIN is 1234'],
    ['The gate code at the allotments is 1066, lock it after you.', 'gate code at the allotments is 1066'],
    ['The code for the front door is 2468, see you there.', 'code for the front door is 2468'],
    ['The code is 4821# for the side gate.', 'code is 4821# for the side gate'],
    ['Login for the ward Facebook page: councillorsmith@gmail.com / Kingstone!2024', 'Login for the ward Facebook page: councillorsmith@gmail.com / Kingstone!2024'],
    ["Here's the one-time code I got: 883112, is this a scam?", 'one-time code I got: 883112'],
  ])('stops on %s, highlighting the secret', (text, want) => {
    const fs = run(R47, text);
    expect(fs.map((f) => f.severity)).toEqual(['stop']);
    expect(excerpts(fs)).toEqual([want]);
  });

  it('sees through invisible characters, capitals and look-alike letters, and highlights the original characters', () => {
    const zw = 'Pass\u200Bword: Summer2025! for the iPad';
    const fs = run(R47, zw);
    expect(fs).toHaveLength(1);
    expect(zw.slice(fs[0].start, fs[0].end)).toBe('Pass\u200Bword: Summer2025!');
    expect(run(R47, 'PASSWORD = Winter2024')).toHaveLength(1);
    expect(run(R47, 'раssword: Barnsley2024')).toHaveLength(1); // Cyrillic р and а
    expect(run(R47, 'p@ssw0rd: Barnsley2024')).toHaveLength(1);
  });

  it('shows the catalog warning text without repeating the secret', () => {
    const [f] = run(R47, 'My PIN is 1234.');
    expect(f.message).toBe("This looks like it contains a password or security code. Never post these, even in a private group or message. Delete it, and change the password if it's been shared.");
    expect(f.message).not.toContain('1234');
  });

  it.each([
    'Reminder: never share your passwords, and turn on two-factor authentication.',
    "I've been locked out of my account after forgetting my password — sorry for the silence!",
    'Pay by phone: the location code is shown on the signs in the car park.',
    'My Modern.gov password is expired again — IT are on it.',
    'My Modern.gov password is definitely cursed.',
    "Don't use passwords like Password123 — a long passphrase is much safer.",
    'The council will never ask for your PIN or password by text.',
    'Your code is 482913 for the raffle tickets.',
    'The PIN machines at the leisure centre are working again.',
    'Remember your password must be 12 characters, e.g. Summer2025!',
    'Tax year 2024/25: my code is 1257L apparently.',
    'Log in to the portal / app from Monday.',
    'The dress code for the civic dinner is black tie.',
    'The code of conduct for the hall is on the door.',
  ])('is quiet on %s', (text) => {
    expect(run(R47, text)).toEqual([]);
  });

  it('finishes a hostile 60,000-character draft quickly', () => {
    const hostile = 'password is '.repeat(3000) + 'door '.repeat(3000) + 'username a '.repeat(2000);
    const t0 = performance.now();
    run(R47, hostile);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

describe('shared/links', () => {
  beforeEach(() => vi.mocked(parse).mockClear());

  it('never calls tldts on a draft with no link shape', () => {
    const d = new TextDoc("Great turnout at the Penistone gala today. Thanks to everyone who came, e.g. the scouts! Back at 5.30pm.");
    expect(mayHaveLinks('Great turnout at the gala today, thanks all!')).toBe(false);
    expect(links(d)).toEqual([]);
    expect(vi.mocked(parse)).not.toHaveBeenCalled();
  });

  it('computes links once per draft', () => {
    const d = new TextDoc('See https://www.gov.uk/register-to-vote and bit.ly/abc');
    const a = links(d);
    const calls = vi.mocked(parse).mock.calls.length;
    expect(links(d)).toBe(a);
    expect(vi.mocked(parse).mock.calls.length).toBe(calls);
  });

  it.each([
    ['http://barnsley.gov.uk.rebate-claims.com/apply', 'barnsley.gov.uk.rebate-claims.com', ['lookalike']],
    ['https://gov-uk-rebate.co/claim', 'gov-uk-rebate.co', ['lookalike']],
    ['govuk-refund.net', 'govuk-refund.net', ['lookalike']],
    ['http://xn--bry-cncl-4ya.com', 'xn--bry-cncl-4ya.com', ['punycode']],
    ['http://185.22.14.9/bins.apk', '185.22.14.9', ['ip', 'download']],
    ['https://www.gov.uk@evil.com/x', 'evil.com', ['userinfo']],
    ['https://bаrnsley.gov.uk/portal', 'bаrnsley.gov.uk', ['punycode']],
    ['foo.zip', 'foo.zip', ['risky-tld']],
    ['https://files.example.com/setup.exe?x=1', 'files.example.com', ['download']],
    ['bit.ly/3xYz', 'bit.ly', ['shortener']],
    ['https://www.barnsley.gov.uk/services/bins', 'www.barnsley.gov.uk', []],
    ['https://www.nhs.uk/conditions/flu/', 'www.nhs.uk', []],
    ['police.uk', 'police.uk', []],
  ])('classifies %s', (url, host, kinds) => {
    const [l] = findLinks(`Look: ${url} now`);
    expect(l.url).toBe(url);
    expect(l.hostname).toBe(host);
    expect(l.risks.map((r) => r.kind)).toEqual(kinds);
  });

  it('is not fooled by e-mail addresses, abbreviations, times, money or version numbers', () => {
    expect(findLinks('Email cllr.j.smith@barnsley.gov.uk, e.g. at 5.30pm; £4.2m; v1.2.3.4; Mr.Smith; file.txt')).toEqual([]);
  });

  it('keeps a bracket the URL opened and drops sentence punctuation', () => {
    expect(findLinks('(see https://en.wikipedia.org/wiki/Foo_(bar)).').map((l) => l.url)).toEqual(['https://en.wikipedia.org/wiki/Foo_(bar)']);
    expect(findLinks('Visit www.nhs.uk/conditions.').map((l) => l.url)).toEqual(['www.nhs.uk/conditions']);
  });

  it('flags hosts that sell council money or borrow the council name', () => {
    expect(findLinks('https://counciltax-refunds.com/claim')[0].risks.map((r) => r.kind)).toEqual(['lookalike']);
    expect(findLinks('https://www.barnsleychronicle.com/news')[0].risks).toEqual([]);
    const lists = { profile: { council: 'Barnsley Metropolitan Borough Council' } };
    expect(findLinks('https://barnsleycouncil-portal.com/pay', lists)[0].risks.map((r) => r.kind)).toEqual(['lookalike']);
    expect(findLinks('https://barnsleycouncil-portal.com/pay')[0].risks).toEqual([]);
    expect(findLinks('https://council-payments.co/pay')[0].risks.map((r) => r.kind)).toEqual(['lookalike']);
    expect(findLinks('https://www.barnsley.gov.uk/pay', lists)[0].risks).toEqual([]);
    expect(findLinks('https://barnsley-portal.net/login', { councilDomains: ['barnsley.gov.uk'] })[0].risks.map((r) => r.kind)).toEqual(['lookalike']);
  });

  it('knows official and look-alike hosts', () => {
    expect(hostIsOfficial('www.bury.gov.uk')).toBe(true);
    expect(hostIsOfficial('evilgov.uk')).toBe(false);
    expect(hostIsOfficial('barnsleybsl.org', ['barnsleybsl.org'])).toBe(true);
    expect(isGovLookalike('barnsley.gov.uk.rebate-claims.com')).toBe(true);
    expect(isGovLookalike('www.gov.uk')).toBe(false);
    expect(isGovLookalike('refunds-hmrc.com')).toBe(true);
    expect(isGovLookalike('governor.com')).toBe(false);
  });
});

describe(R48, () => {
  it('warns on a look-alike with the reason in the message', () => {
    const text = 'Claim your £150 council tax rebate here: http://barnsley.gov.uk.rebate-claims.com/apply';
    const fs = run(R48, text);
    expect(fs.map((f) => [f.severity, f.excerpt])).toEqual([['warn', 'http://barnsley.gov.uk.rebate-claims.com/apply']]);
    expect(fs[0].message).toContain('it imitates a government address but really goes to rebate-claims.com');
    expect(fs[0].message).not.toMatch(/\{\w+\}/);
  });

  it('gives a bare shortener an info nudge, but warns when a scam line comes with it', () => {
    expect(run(R48, 'Full details of the consultation: bit.ly/3xQ7rTz').map((f) => f.severity)).toEqual(['info']);
    expect(run(R48, 'Free £50 energy grant for every household, apply at tinyurl.com/grant-now').map((f) => f.severity)).toEqual(['warn']);
  });

  it('gives a scam topic beside an ordinary link a nudge, and nothing beside a trusted advice site', () => {
    expect(run(R48, 'Energy grant for all residents — apply at https://www.energy-help-hub.co.uk').map((f) => f.severity)).toEqual(['info']);
    expect(run(R48, 'Apply for an energy grant: https://www.citizensadvice.org.uk/consumer/energy/')).toEqual([]);
    expect(run(R48, 'Verify your account to get your energy grant: https://www.energy-help-hub.co.uk').map((f) => f.severity)).toEqual(['warn']);
  });

  it("stays quiet on the member's own short link and imprint URL, and on listed council domains", () => {
    expect(run(R48, 'Read my leaflet at bit.ly/cllr-jones', {}, { lists: { ownShortLinks: ['bit.ly/cllr-jones'] } })).toEqual([]);
    expect(run(R48, 'Read my leaflet at https://bit.ly/cllr-jones.', {}, { lists: { imprint: { url: 'https://bit.ly/cllr-jones' } } })).toEqual([]);
    expect(run(R48, 'Read my leaflet at bit.ly/someone-else', {}, { lists: { ownShortLinks: ['bit.ly/cllr-jones'] } }).map((f) => f.severity)).toEqual(['info']);
    expect(run(R48, 'Claim your energy grant at https://grants.barnsleybsl.org/apply', {}, { lists: { councilDomains: ['barnsleybsl.org'] } })).toEqual([]);
  });

  it('downgrades to a nudge when the post warns people about the scam link', () => {
    expect(run(R48, 'Beware of scam texts linking to govuk-refund.net — do not click.').map((f) => f.severity)).toEqual(['info']);
    // "not a scam" is what a scammer says.
    expect(run(R48, 'This is not a scam: verify your account at govuk-refund.net').map((f) => f.severity)).toEqual(['warn']);
  });

  it.each([
    'Check your bin day: https://www.barnsley.gov.uk/services/bins',
    'Register to vote: https://www.gov.uk/register-to-vote',
    'Warning: scam texts claiming to offer council tax rebates are going round. The council will never text you a link.',
    'Energy bill support from the government: https://www.gov.uk/get-help-energy-bills',
    'Our friends at https://www.barnsleyfoodbank.org.uk need tins this week.',
    'Email me at cllr.j.smith@barnsley.gov.uk',
  ])('is quiet on %s', (text) => {
    expect(run(R48, text)).toEqual([]);
  });

  it('finishes a hostile 60,000-character draft quickly', () => {
    const hostile = 'a.'.repeat(20000) + 'http://' + 'x'.repeat(20000) + ' www.' + '-'.repeat(5000);
    const t0 = performance.now();
    run(R48, hostile);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

/**
 * Defamation rules R13–R15 through the whole engine (all rules on, default settings), plus the
 * Barnsley guidance's own worked example read straight from the policy file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import type { ComposeContext, Settings, Severity } from '../../rules/types';
import { POLICY_DIR } from './policy-text';

const RANK: Record<Severity, number> = { info: 1, warn: 2, stop: 3 };

function worst(ruleId: string, text: string, context?: ComposeContext, settings?: Settings): Severity | null {
  const fs = analyze(text, context, settings).filter((f) => f.ruleId === ruleId);
  if (fs.length === 0) return null;
  return fs.reduce((a, f) => (RANK[f.severity] > RANK[a] ? f.severity : a), 'info' as Severity);
}

const R13 = 'defamation/corruption-allegation';
const R14 = 'defamation/criminal-or-dishonesty-allegation';
const R15 = 'defamation/hearsay-about-person';

describe('Barnsley worked example (policy 000, "Your responsibility when using social media")', () => {
  const policy = readFileSync(join(POLICY_DIR, '000_02512859952f4825.txt'), 'utf8');
  const comment1 = /1\) "([^"]+)"/.exec(policy)?.[1] ?? '';

  it('finds comment 1 in the policy text', () => {
    expect(comment1).toContain('backhanders and brown envelopes');
  });

  it('stops comment 1 as a corruption allegation, highlighting the allegation', () => {
    const fs = analyze(comment1).filter((f) => f.ruleId === R13);
    expect(fs.map((f) => f.severity)).toContain('stop');
    const hit = fs.find((f) => f.severity === 'stop')!;
    expect(hit.excerpt.toLowerCase()).toMatch(/backhanders|brown envelopes/);
    expect(hit.message).toContain("('backhanders");
    expect(hit.policy.some((p) => p.quote.includes('backhanders and brown envelopes'))).toBe(true);
  });

  it('still stops it when the member spells it with leetspeak or spacing', () => {
    expect(worst(R13, 'Some councillors are only in it for b4ckh4nders.')).toBe('stop');
    expect(worst(R13, 'Some councillors are only in it for brown-envelopes.')).toBe('stop');
  });
});

describe('R13 corruption allegation', () => {
  it.each([
    ['Cllr Morton is on the take.', 'stop'],
    ['The leader is in the pocket of the developers.', 'stop'],
    ['Officers have been lining their own pockets for years.', 'stop'],
    ['They rigged the tender for their mates, follow the money.', 'stop'],
    ['Bloggs Developments paid a bung to get this through, I reckon.', 'warn'],
    ['Allegedly Cllr Morton takes backhanders.', 'warn'],
    ["Who's lining whose pockets here? 🤔", 'stop'],
    ['The whole thing was a stitch-up between the leader and the developer.', 'stop'],
  ] as const)('%s → %s', (text, sev) => {
    expect(worst(R13, text)).toBe(sev);
  });

  it('hedges lower a level but never cure it', () => {
    expect(worst(R13, 'Cllr Morton is on the take.')).toBe('stop');
    expect(worst(R13, 'I think Cllr Morton is on the take.')).toBe('warn');
  });

  it.each([
    'This consultation was a shambles.',
    "The council's decision was wrong.",
    "There's no suggestion of any wrongdoing by officers — the delay was down to the contractor's insolvency.",
    'Nobody is saying Cllr Morton is corrupt; the process was simply rushed.',
    'Please return the brown envelope with your canvass form by Friday.',
    'Training on the Bribery Act for all members is on Tuesday.',
    'Report suspected fraud or corruption to the council hotline.',
    'My spreadsheet got corrupted so the figures are a day late.',
    'Our fundraising paid off — the minibus is bought!',
    'Someone emailed saying I take bribes. I have reported it to the police.',
  ])('quiet: %s', (text) => {
    expect(worst(R13, text)).toBeNull();
  });
});

describe('R14 criminal or dishonesty allegation', () => {
  it.each([
    ['Cllr Hanson is a liar.', 'stop'],
    ['Acme Roofing are thieves.', 'stop'],
    ['Mark Jennings stole from the food bank.', 'stop'],
    ['The case officer lied to the committee.', 'stop'],
    ['You are a fraud.', 'warn'],
    ['Some landlords are crooks.', 'warn'],
    ['Cllr Hanson is a liar, allegedly.', 'warn'],
    ['I reckon Bloggs Builders are cowboys.', 'warn'],
  ] as const)('%s → %s', (text, sev) => {
    expect(worst(R14, text)).toBe(sev);
  });

  it('a reply calling the person replied to a liar is a named allegation', () => {
    expect(worst(R14, "You're a liar.", { kind: 'reply' })).toBe('stop');
    expect(worst(R14, "You're a liar.", { kind: 'post' })).toBe('warn');
  });

  it('in the pre-election period a hedge about a councillor or candidate does not lower it', () => {
    const settings: Settings = { lists: { elections: [{ noticeOfElection: '2026-03-27', pollingDay: '2026-05-07' }] } };
    expect(worst(R14, 'I think Cllr Hanson is a liar.', { now: '2026-04-20T12:00:00' }, settings)).toBe('stop');
    expect(worst(R14, 'I think Cllr Hanson is a liar.', { now: '2026-06-20T12:00:00' }, settings)).toBe('warn');
    expect(worst(R14, 'I think Bloggs Builders are cowboys.', { now: '2026-04-20T12:00:00' }, settings)).toBe('warn');
  });

  it('paedo/nonce allegations stay at stop even when hedged', () => {
    expect(worst(R14, 'Apparently Dave Smith is a nonce.')).toBe('stop');
  });

  it('names the target and the word in the warning', () => {
    const f = analyze('Cllr Hanson lied to residents about the school closure.').find((x) => x.ruleId === R14)!;
    expect(f.message).toContain('Cllr Hanson');
    expect(f.message).toContain("('lied");
  });

  it.each([
    "He's not a liar, he just got the date wrong.",
    'Cllr Hanson never lied to anyone; he was misinformed.',
    "I'm not saying Cllr Hanson is a liar — but the figures don't add up.",
    "The council's decision was wrong and the consultation was a shambles.",
    'Politicians lie, and that is why trust is low.',
    'He called me a liar at the meeting, which I have reported to the Monitoring Officer.',
    'Criminal damage to the bus shelter should be reported on 101.',
    'Beware of cowboy traders knocking on doors after the storm.',
    'The old cart was lying in the canal for years.',
    'I lied about my age to get into the youth club in 1985!',
  ])('quiet: %s', (text) => {
    expect(worst(R14, text)).toBeNull();
  });
});

describe('R15 hearsay about a person', () => {
  it.each([
    "I've heard Cllr Price is under investigation.",
    'Rumour has it Sarah Whitaker has been sacked.',
    'Apparently the owner of the Royal Oak was arrested last night.',
    'Someone told me the head of planning is having an affair.',
    'Word on the street is Cllr Dean is quitting in disgrace.',
    'Heard a rumour that the chief exec is leaving under a cloud.',
  ])('warns: %s', (text) => {
    expect(worst(R15, text)).toBe('warn');
  });

  it.each([
    'Apparently the council has suspended green bin collections.',
    "I've heard lots of concerns about parking on Park Road.",
    "I'm told Cllr Price has not been suspended — that story is false.",
    'Cllr Price was suspended by her party, as the party announced today.',
    'Apparently the bus station toilets are closed again.',
  ])('quiet: %s', (text) => {
    expect(worst(R15, text)).toBeNull();
  });

  it('names the person in the warning', () => {
    const f = analyze("I'm told Cllr Price was drunk at the civic dinner again.").find((x) => x.ruleId === R15)!;
    expect(f.message).toContain('Cllr Price');
  });
});

/** R16 individual officer, with and without the member's officer list. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import type { ComposeContext, Settings, Severity } from '../../rules/types';

const R16 = 'officers/individual-officer';
const RANK: Record<Severity, number> = { info: 1, warn: 2, stop: 3 };
function worst(text: string, settings?: Settings, context?: ComposeContext): Severity | null {
  const fs = analyze(text, context, settings).filter((f) => f.ruleId === R16);
  if (fs.length === 0) return null;
  return fs.reduce((a, f) => (RANK[f.severity] > RANK[a] ? f.severity : a), 'info' as Severity);
}

const LIST: Settings = { lists: { officers: [{ name: 'Sarah Whitaker', department: 'Planning' }, { name: 'Tom Briggs', department: 'Social care' }] } };

describe('with the officer list', () => {
  it('finds a listed officer by full name, by "Ms" + surname, and by first name + department', () => {
    expect(worst('Sarah Whitaker is useless.', LIST)).toBe('warn');
    expect(worst('Ms Whitaker is useless.', LIST)).toBe('warn');
    expect(worst('Sarah in planning is useless.', LIST)).toBe('warn');
  });

  it('HR and employment information is a stop', () => {
    expect(worst('Sarah Whitaker is off sick with stress.', LIST)).toBe('stop');
    expect(worst('Tom Briggs has been suspended.', LIST)).toBe('stop');
    expect(worst("Sarah Whitaker's salary is more than the PM's.", LIST)).toBe('stop');
  });

  it('a farewell is a hint, but leaving under a cloud is employment information', () => {
    expect(worst('Sarah Whitaker is leaving the council after 20 years — huge thanks for everything!', LIST)).toBe('info');
    expect(worst('Sarah Whitaker is leaving the council.', LIST)).toBe('stop');
    expect(worst('Thanks to Sarah Whitaker, who is leaving after her disciplinary.', LIST)).toBe('stop');
  });

  it('plain thanks to a named officer is only an info hint', () => {
    expect(worst('Thanks to Sarah Whitaker for sorting the drainage so quickly.', LIST)).toBe('info');
  });

  it('the finding names the officer', () => {
    const f = analyze('Sarah Whitaker is useless.', undefined, LIST).find((x) => x.ruleId === R16)!;
    expect(f.message).toContain('(Sarah Whitaker)');
    expect(f.excerpt).toBe('Sarah Whitaker');
  });

  it('a listed name that is not mentioned changes nothing', () => {
    expect(worst('Highways have confirmed the resurfacing of Dodworth Road.', LIST)).toBeNull();
  });
});

describe('without the officer list (role nouns)', () => {
  it('a first-name-only or unlisted officer is missed unless a role or department says so', () => {
    expect(worst('Sarah Whitaker is off sick with stress.')).toBeNull();
    expect(worst('Sarah in planning is off sick with stress.')).toBe('stop');
    expect(worst('The planning officer is off sick with stress.')).toBe('stop');
  });

  it.each([
    ['The case officer is useless and biased.', 'warn'],
    ['The head of housing should be sacked.', 'warn'],
    ['The head of housing has been sacked.', 'stop'],
    ['The enforcement officer was rude to my constituent.', 'warn'],
    ['The useless planning officer has lost the file again.', 'warn'],
    ['Mrs Jones in Housing is rubbish at her job.', 'warn'],
    ['That planning officer Janet is a total idiot and should be sacked.', 'warn'],
    ['Our social worker Tom is off sick again.', 'stop'],
    ['Shout out to Jenny the receptionist for her help today!', 'info'],
  ] as const)('%s → %s', (text, sev) => {
    expect(worst(text)).toBe(sev);
  });

  it.each([
    "The planning department's decision was wrong.",
    'The highways service keeps missing its own deadlines.',
    "I disagree with the case officer's recommendation and will say so at committee.",
    "I've raised it with the Executive Director.",
    "The Chief Executive's statement on the budget is online.",
    'Thanks to the bin crews for working through the snow.',
    'Report it to the Monitoring Officer.',
    'Police officers were called to the disturbance.',
    'Cllr Green is useless.',
  ])('quiet: %s', (text) => {
    expect(worst(text)).toBeNull();
  });
});

describe('audit shapes: public pay, thanked teams, unnamed senior posts', () => {
  it('published pay for a post is public; a personal pay dispute about the holder still stops', () => {
    expect(worst("The director of finance's pay is listed in the pay policy statement the council publishes each spring.")).toBeNull();
    expect(worst('Senior salaries, including the chief executive\'s, are published on the transparency page.')).toBeNull();
    expect(worst('The head of legal is in a pay dispute with the council and has lodged a grievance.')).toBe('stop');
  });
  it('thanking a team about a nuisance is not about an individual officer', () => {
    expect(worst('Thanks to the pest control officers who sorted the rat problem behind the shops so fast.')).toBeNull();
    expect(worst('Well done to the street wardens for clearing the pig farm mess on Moor Lane.')).toBeNull();
  });
  it('a unique senior post with no name is one person: judging them warns', () => {
    expect(worst('The head of regeneration has totally lost the plot.')).toBe('warn');
    expect(worst("Our chief executive couldn't even answer a basic question from residents. Pathetic.")).toBe('warn');
    expect(worst("Our chief executive's budget paper was late. Pathetic.")).toBeNull();
  });
});

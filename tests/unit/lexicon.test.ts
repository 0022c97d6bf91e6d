/**
 * The conduct lexicon (rules/shared/lexicon): evasive spellings found on the characters the member
 * typed (design.md §7), tiers, slurs by characteristic, protected groups, and the Scunthorpe problem.
 */
import { describe, expect, it } from 'vitest';
import { TextDoc } from '../../rules/doc';
import { analyze } from '../../rules/engine';
import { lexicon, isAllowlisted, splitWord } from '../../rules/shared/lexicon';

const CONDUCT = /^(abuse|hate-discrimination|threats-incitement)\//;
const conduct = (text: string) => analyze(text).filter((f) => CONDUCT.test(f.ruleId));
const senses = (text: string) => lexicon(new TextDoc(text)).units.filter((u) => u.senses.length > 0);

describe('evasive spellings (design.md §7)', () => {
  const cases: [string, string][] = [
    ['What a f\u200Duck up.', 'f\u200Duck'],
    ['What a f u c k up.', 'f u c k'],
    ['Total sh1t service.', 'sh1t'],
    ['What a fu\u0441k up.', 'fu\u0441k'], // Cyrillic с
    ['What a ｆｕｃｋ up.', 'ｆｕｃｋ'],
    ['What a 𝒻𝓊𝒸𝓀 up.', '𝒻𝓊𝒸𝓀'],
    ['He is an a\u00ADsshole.', 'a\u00ADsshole'],
  ];
  for (const [text, typed] of cases) {
    it(`finds ${JSON.stringify(typed)} and highlights the typed characters`, () => {
      const f = conduct(text).find((x) => x.ruleId === 'abuse/obscene-or-profane');
      expect(f, JSON.stringify(conduct(text))).toBeDefined();
      expect(f!.excerpt).toBe(typed);
      expect(text.slice(f!.start, f!.end)).toBe(typed);
    });
  }

  it('finds a\\u00ADss in the lexicon as a mild word (never flagged on its own)', () => {
    const u = senses('a\u00ADss');
    expect(u).toHaveLength(1);
    expect(u[0].senses[0]).toMatchObject({ kind: 'profanity', tier: 'mild' });
    expect(conduct('a\u00ADss')).toEqual([]);
  });

  it('reads masked forms: f***, f*cking, sh*t, c**t', () => {
    for (const [w, term] of [['f***', 'fuck'], ['f*cking', 'fuck'], ['sh*t', 'shit'], ['c**t', 'cunt']]) {
      const u = senses(`well ${w} that`);
      expect(u.map((x) => x.senses.map((s) => s.term)).flat(), w).toContain(term);
      expect(u[0].evasive).toBe(true);
    }
  });

  it('reads repeated letters and run-together words', () => {
    expect(senses('fuuuuuck')[0].senses[0].term).toBe('fuck');
    const run = lexicon(new TextDoc('Too manyrapefugees here'));
    expect(run.stream).toContain('SLUR');
  });

  it('never splits an English word into lexicon words', () => {
    expect(splitWord('among')).toBeNull(); // a + mong
    expect(splitWord('therapists')).toBeNull(); // the + rapists
    expect(splitWord('ihate')).not.toBeNull();
  });
});

describe('tiers', () => {
  it('mild British words are never flagged', () => {
    for (const t of ['Bloody freezing at the parade.', 'Damn, missed the bus.', 'What a crap day for the gala.', 'Bugger, the bins are late again.']) {
      expect(conduct(t), t).toEqual([]);
    }
  });
  it('UK strong words are flagged', () => {
    for (const t of ['He is a total wanker.', 'stfu', 'What a bellend.', 'Complete bollocks.', 'Absolute twat.']) {
      expect(conduct(t).some((f) => f.ruleId === 'abuse/obscene-or-profane'), t).toBe(true);
    }
  });
});

describe('slurs and groups', () => {
  it('tags slurs with the protected characteristic', () => {
    const by = (t: string) => senses(t).flatMap((u) => u.senses).find((s) => s.kind === 'slur')?.characteristic;
    expect(by('the p*keys again')).toBe('race');
    expect(by('that gyppo')).toBe('race');
    expect(by('tr4nny')).toBe('gender-identity');
    expect(by('spaz')).toBe('disability');
  });
  it('turns group adjectives before a person noun into a group, through leetspeak and misspellings', () => {
    expect(lexicon(new TextDoc('G4y people are great')).stream).toMatch(/^GRP are/);
    expect(lexicon(new TextDoc('Immigrnts are scum')).stream).toMatch(/^GRP are DEHUM/);
    expect(lexicon(new TextDoc('Two men living together')).stream).toBe('GRP');
  });
});

describe('the Scunthorpe problem', () => {
  it('keeps possessives and plurals of allowlisted places quiet', () => {
    for (const t of ["Scunthorpe's new bins start on Monday.", "Penistone's show was great.", 'Both Scunthorpes are lovely.', "Mr Cockburn's report is out."]) {
      expect(analyze(t).filter((f) => f.severity !== 'info').map((f) => f.ruleId), t).toEqual([]);
    }
  });

  const quiet = [
    'Great turnout at the Penistone Show today.',
    'Scunthorpe and Cockermouth have both trialled it.',
    'Clitheroe, Middlesex, Essex and Sussex councils met today.',
    'Dick Turpin night at the museum.',
    'The Shitterton flood scheme is finished.',
    'The assessment of the cocktail bar licence is on the agenda.',
    'The analysis is published.',
    'Kung Fu classes at the leisure centre.',
    'Thanks to Mr Butt, Mrs Shufflebottom and Cllr Cockburn.',
    'Thanks to Dick for running the raffle.',
    'Cllr Dick Smith chaired the meeting.',
    'Horton-cum-Studley parish council and the Plymouth Hoe trip.',
    'A blue tit nested in the Bell End bus shelter.',
  ];
  for (const t of quiet) it(`stays quiet: ${t}`, () => expect(conduct(t)).toEqual([]));

  it('ships the allowlist', () => {
    expect(isAllowlisted('Penistone')).toBe(true);
    expect(isAllowlisted('Dick Turpin')).toBe(true);
    expect(isAllowlisted('Barnsley')).toBe(false);
  });

  it('still flags the word when it is used as a word', () => {
    expect(conduct('Whoever did this is a dick and a cunt.').some((f) => f.ruleId === 'abuse/obscene-or-profane')).toBe(true);
  });
});

describe('robustness', () => {
  it('handles long and hostile input without throwing and within a generous budget', () => {
    const big = ('f u c k '.repeat(2000) + 'ａ'.repeat(5000) + 'immigrnts are '.repeat(500) + '\u200D'.repeat(3000) + '*'.repeat(5000)).slice(0, 50000);
    const t0 = Date.now();
    expect(() => analyze(big)).not.toThrow();
    expect(Date.now() - t0).toBeLessThan(20000);
  });
});

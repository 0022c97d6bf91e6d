/** Unit cases for the matching normalisation (rules/normalize.ts) and the literal matcher built on it. */
import { describe, expect, it } from 'vitest';
import { collapseRuns, digitsOnly, fold, skeleton, toOriginal } from '../../rules/normalize';
import { LiteralMatcher } from '../../rules/shared/literal';

const spanText = (s: string, sp: { start: number; end: number }) => s.slice(sp.start, sp.end);

describe('fold', () => {
  it('lower-cases ASCII and keeps a one-to-one map', () => {
    const f = fold('Hello World');
    expect(f.text).toBe('hello world');
    expect([...f.from]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([...f.to]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(f.source).toBe('Hello World');
  });

  it('removes invisible characters: soft hyphen, zero-width joiners and spaces, bidi controls, BOM, word joiner, tag characters', () => {
    for (const inv of ['\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u202E', '\u2066', '\u2060', '\uFEFF', '\u034F', '\u{E0041}', '\uFE0F']) {
      const f = fold(`a${inv}b`);
      expect(f.text, JSON.stringify(inv)).toBe('ab');
      expect(f.from[1]).toBe(1 + inv.length);
    }
  });

  it('strips accents and Zalgo marks, folds compatibility forms and look-alikes', () => {
    expect(fold('Café').text).toBe('cafe');
    expect(fold('f\u0336\u0301\u0327u\u035Bck').text).toBe('fuck');
    expect(fold('ｆｕｃｋ').text).toBe('fuck');
    expect(fold('𝒻𝓊𝒸𝓀').text).toBe('fuck');
    expect(fold('fuсk').text).toBe('fuck'); // Cyrillic es
    expect(fold('ΑΒΕ').text).toBe('abe'); // Greek capitals
    expect(fold('Straße').text).toBe('strasse');
    expect(fold('“quoted” — it’s').text).toBe('"quoted" - it\'s');
    expect(fold('①').text).toBe('1');
  });

  it('maps every folded character to the whole source code point, also for astral characters and expansions', () => {
    const s = 'x𝒻ß';
    const f = fold(s);
    expect(f.text).toBe('xfss');
    expect([...f.from]).toEqual([0, 1, 3, 3]);
    expect([...f.to]).toEqual([1, 3, 4, 4]);
  });

  it('turns a lone surrogate into U+FFFD and keeps going', () => {
    const f = fold('a\uD800b\uDC00c');
    expect(f.text).toBe('a\uFFFDb\uFFFDc');
    expect(f.from.length).toBe(5);
  });

  it('handles the empty string', () => {
    const f = fold('');
    expect(f.text).toBe('');
    expect(toOriginal(f, 0, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('toOriginal', () => {
  it('maps a folded span back to the characters typed, clamping out-of-range spans', () => {
    const s = 'Say ｆｕｃｋ now';
    const f = fold(s);
    const i = f.text.indexOf('fuck');
    expect(spanText(s, toOriginal(f, i, i + 4))).toBe('ｆｕｃｋ');
    const all = toOriginal(f, -5, 999);
    expect(all).toEqual({ start: 0, end: s.length });
  });

  it('takes trailing combining marks with the last letter (Zalgo highlighted whole)', () => {
    const s = 'bad w\u0301o\u0302r\u0303d\u0304\u0305 here';
    const f = fold(s);
    const i = f.text.indexOf('word');
    expect(spanText(s, toOriginal(f, i, i + 4))).toBe('w\u0301o\u0302r\u0303d\u0304\u0305');
  });
});

describe('skeleton', () => {
  it('splits words, separated by single spaces, with a map back', () => {
    const sk = skeleton('  Hello,   WORLD!! ');
    expect(sk.text).toBe('hello world');
    expect(sk.tokens.map((t) => t.text)).toEqual(['hello', 'world']);
    expect(sk.from[6]).toBe(11);
    expect(sk.to[10]).toBe(16);
  });

  it('undoes leetspeak only inside words with a letter: sh1t → shit, but 07700 stays digits', () => {
    expect(skeleton('sh1t').text).toBe('shit');
    expect(skeleton('b0ll0cks').text).toBe('bollocks');
    expect(skeleton('5h1t').text).toBe('shit');
    expect(skeleton('sh!t and b@stard').text).toBe('shit and bastard');
    expect(skeleton('07700 900482').text).toBe('07700 900482');
    expect(skeleton('£5 and 10%').text).toBe('5 and 10');
  });

  it('keeps trailing and leading punctuation out of words', () => {
    expect(skeleton('wow! "hello" $5').text).toBe('wow hello 5');
  });

  it('drops apostrophes', () => {
    expect(skeleton("don't O'Neill").text).toBe('dont oneill');
  });

  it('joins runs of three or more single characters: f u c k, f.u.c.k, f-u-c-k', () => {
    expect(skeleton('f u c k').text).toBe('fuck');
    expect(skeleton('f.u.c.k off').text).toBe('fuck off');
    expect(skeleton('you f-u-c-k').text).toBe('you fuck');
    expect(skeleton('a b').text).toBe('a b');
    expect(skeleton('I a m').text).toBe('iam');
  });

  it('does not join single characters across a line break', () => {
    expect(skeleton('f u\nc k').text).toBe('f u c k');
  });

  it('keeps the masking asterisk inside words', () => {
    expect(skeleton('f*ck').text).toBe('f*ck');
  });
});

describe('helpers', () => {
  it('collapseRuns and digitsOnly', () => {
    expect(collapseRuns('scummmm')).toBe('scum');
    expect(collapseRuns('')).toBe('');
    expect(digitsOnly('07700 900-482')).toBe('07700900482');
  });
});

describe('LiteralMatcher on the skeleton', () => {
  it('matches on word boundaries only (Scunthorpe, Penistone, assessment stay quiet)', () => {
    const m = new LiteralMatcher(['cunt', 'penis', 'ass']);
    expect(m.find('Scunthorpe United won; Penistone Road; the assessment is done; class dismissed')).toEqual([]);
    expect(m.find('what an ass').map((x) => x.term)).toEqual(['ass']);
  });

  it('matches multi-word terms whatever the spacing, case and hashtags', () => {
    const m = new LiteralMatcher(['Project Falcon']);
    for (const t of ['project  falcon', 'PROJECT-FALCON', '#ProjectFalcon', 'pr0ject f@lcon', 'p r o j e c t falcon']) {
      const hits = m.find(`About ${t} today`);
      expect(hits.length, t).toBe(1);
      expect(spanText(`About ${t} today`, hits[0]).toLowerCase().replace(/[^a-z0-9@#]/g, '')).toContain(t === '#ProjectFalcon' ? 'projectfalcon' : '');
    }
  });

  it('tolerates repeated letters and, when asked, a longer last word', () => {
    expect(new LiteralMatcher(['scum']).find('scummmm').length).toBe(1);
    expect(new LiteralMatcher(['fuck']).find('fucking').length).toBe(0);
    expect(new LiteralMatcher(['stupid cow'], { prefixLastToken: true }).find('you stupid cows').length).toBe(1);
    expect(new LiteralMatcher(['stupid cow']).find('you stupid cows').length).toBe(0);
  });

  it('ignores empty and non-string terms', () => {
    const m = new LiteralMatcher(['', '   ', 'ok'] as string[]);
    expect(m.size).toBe(1);
    expect(new LiteralMatcher([]).find('anything')).toEqual([]);
  });
});

describe('LiteralMatcher: listed terms in the possessive', () => {
  const m = new LiteralMatcher(['Maisie', 'Project Falcon', 'Sharon Whitaker']);
  const found = (t: string) => m.find(t).map((x) => t.slice(x.start, x.end));
  it('finds a listed name or phrase with an apostrophe s, highlighting the name itself', () => {
    expect(found("Maisie's first nativity")).toEqual(['Maisie']);
    expect(found('Maisie’s day out')).toEqual(['Maisie']);
    expect(found("PROJECT FALCON'S budget")).toEqual(['PROJECT FALCON']);
    expect(found('Sharon Whitaker’s salary')).toEqual(['Sharon Whitaker']);
  });
  it('does not take a plural or a longer word for the possessive', () => {
    expect(found('the Maisies')).toEqual([]);
    expect(found('maisies')).toEqual([]);
    expect(found("Project Falconer's plan")).toEqual([]);
  });
  it('can be switched off', () => {
    expect(new LiteralMatcher(['Maisie'], { possessive: false }).find("Maisie's")).toEqual([]);
  });
});

describe('symbols at the edge of a word', () => {
  it('reads a dollar sign on a word as an s, but not on a price', () => {
    expect(skeleton('what a $hit show').text).toBe('what a shit show');
    expect(skeleton('a$$').text).toBe('ass');
    expect(skeleton('Price $5, or £20').text).toBe('price 5 or 20');
    expect(skeleton('@BarnsleyCouncil wow!').text).toBe('barnsleycouncil wow');
  });

  it('matches a one-word term at the start of a longer word when asked to', () => {
    expect(new LiteralMatcher(['fuck'], { prefixLastToken: true }).find('fucking hell').map((m) => [m.start, m.end])).toEqual([[0, 7]]);
    expect(new LiteralMatcher(['fuck']).find('fucking hell')).toEqual([]);
    expect(new LiteralMatcher(['Scunthorpe'], { prefixLastToken: true }).find("Scunthorpe's bins").length).toBe(1);
  });
});

/**
 * Properties of the normalisation and the engine on any input (design.md §7): nothing throws,
 * offsets stay inside the original, excerpts are the original characters, and the evasive
 * spellings normalise to the plain word and map back onto what the member typed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeDetailed } from '../../rules/engine';
import { fold, skeleton } from '../../rules/normalize';
import { RULES } from '../../rules/registry';
import { LiteralMatcher } from '../../rules/shared/literal';
import type { ComposeContext, Finding, Settings } from '../../rules/types';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const special = fc.constantFrom(
  '㏞', '⅜', '\0', '\u202E', '\u202D', '\u2066', '\u200D', '\u200B', '\u00AD', '\uFEFF', '\u0336', '\u0301', '\u034F', '\u{E0041}',
  '😀', '👨‍👩‍👧', '🇬🇧', 'ｆ', '𝒻', 'с', 'ß', 'İ', 'ﬁ', '\n', '\r\n', '\t', ' ', '  ', '.', '@', '$', '1', '0', "'", '*', '#', '-', '/', ':',
);
const words = fc.constantFrom('the', 'council', 'Patel', 'password', '07700', '900482', 'Road', 'fuck', 'sh1t', 'f', 'u', 'c', 'k', 'http://', 'www.', '.co.uk', 'SW1A', '1AA');
/** Any code points, lone surrogates, invisible and directional controls, emoji, look-alikes, words that rules look for. */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 3, arbitrary: special },
  { weight: 3, arbitrary: words },
);
const anyText = fc.array(unit, { maxLength: 120 }).map((a) => a.join(''));

/** Generous: the machine is shared and every registered rule runs. */
const T = 120_000;

const EXAMPLES = RULES.flatMap((r) => [...r.examples.trigger, ...r.examples.quiet]);
/** Declared examples with junk spliced in: where rules fire, under hostile characters. */
const exampleWithJunk = fc
  .tuple(fc.constantFrom(...(EXAMPLES.length ? EXAMPLES : [{ text: 'hello' }])), fc.array(fc.tuple(fc.nat(), fc.array(unit, { maxLength: 3 })), { maxLength: 4 }))
  .map(([ex, inserts]) => {
    let t = ex.text;
    for (const [p, u] of inserts) {
      const at = p % (t.length + 1);
      t = t.slice(0, at) + u.join('') + t.slice(at);
    }
    return { ...ex, text: t };
  });

function checkFindings(text: string, fs: Finding[]): void {
  for (const f of fs) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.excerpt).toBe(text.slice(f.start, f.end));
  }
}

function checkFoldMap(s: string): void {
  const f = fold(s);
  expect(f.from.length).toBe(f.text.length);
  expect(f.to.length).toBe(f.text.length);
  expect(f.source).toBe(s);
  for (let i = 0; i < f.text.length; i++) {
    expect(f.from[i]).toBeGreaterThanOrEqual(0);
    expect(f.to[i]).toBeGreaterThan(f.from[i]);
    expect(f.to[i]).toBeLessThanOrEqual(s.length);
    if (i > 0) expect(f.from[i]).toBeGreaterThanOrEqual(f.from[i - 1]);
    // The folded character comes from the characters it maps back to.
    expect(fold(s.slice(f.from[i], f.to[i])).text).toContain(f.text[i]);
  }
}

function checkSkeletonMap(s: string): void {
  const sk = skeleton(s);
  expect(sk.from.length).toBe(sk.text.length);
  expect(sk.to.length).toBe(sk.text.length);
  expect(sk.tokens.map((t) => t.text).join(' ')).toBe(sk.text);
  for (let i = 0; i < sk.text.length; i++) {
    expect(sk.from[i]).toBeGreaterThanOrEqual(0);
    expect(sk.to[i]).toBeGreaterThanOrEqual(sk.from[i]);
    expect(sk.to[i]).toBeLessThanOrEqual(s.length);
  }
  let prevStart = 0;
  for (const t of sk.tokens) {
    expect(sk.text.slice(t.start, t.end)).toBe(t.text);
    const a = sk.from[t.start];
    const b = sk.to[t.end - 1];
    expect(b).toBeGreaterThan(a);
    // In order (one compatibility character such as ㏞ or ⅜ can hold two tokens, so spans may share it).
    expect(a).toBeGreaterThanOrEqual(prevStart);
    prevStart = a;
    // Mapping a token back lands on the characters it came from: their own skeleton reproduces it
    // (contains, not equals: one compatibility character such as ⅜ can hold several tokens).
    expect(skeleton(s.slice(a, b)).text).toContain(t.text);
  }
}

describe('never throws, whatever the input', () => {
  it('property: fold, skeleton and analyze on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        checkFoldMap(s);
        checkSkeletonMap(s);
        checkFindings(s, analyze(s));
        checkFindings(s, analyze(s, { kind: 'reply', hasMedia: true, mediaKind: 'image', now: '2026-05-07T23:40:00Z' }));
      }),
      { numRuns: 300 },
    );
  }, T);

  it('property: declared examples with hostile characters spliced in keep offsets on the original text', () => {
    fc.assert(
      fc.property(exampleWithJunk, (ex) => {
        checkFoldMap(ex.text);
        checkFindings(ex.text, analyze(ex.text, ex.context, ex.settings));
      }),
      { numRuns: 300 },
    );
  }, T);

  const BIG: [string, () => string][] = [
    ['100,000 random characters', () => fc.sample(fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 }), { numRuns: 1, seed: 7 })[0]],
    ['100,000 characters of councillor text', () => EXAMPLES.map((e) => e.text).join('\n').repeat(400).slice(0, 100_000) || 'x'.repeat(100_000)],
    ['10,000 emoji', () => '😀👍🏽🇬🇧👨‍👩‍👧'.repeat(2500)],
    ['Zalgo text', () => 'You are a f\u0336\u0301\u0327\u035Bu\u0334\u0300c\u0335k\u0338\u0489ing idiot '.repeat(500) + 'h\u0301'.repeat(5000)],
    ['RTL overrides', () => '\u202Ekcuf\u202C and \u2067مرحبا\u2069 '.repeat(2000)],
    ['lone surrogates', () => '\uD800a\uDFFFb\uDBFF'.repeat(10_000) + '\uD83D'],
    ['NUL characters', () => 'pass\0word\0 is\0 1234 '.repeat(3000) + '\0'.repeat(10_000)],
    ['only whitespace', () => ' \n\t\u00A0\u3000'.repeat(10_000)],
  ];
  for (const [name, make] of BIG) {
    it(`${name}: no exception, offsets on the original`, () => {
      const s = make();
      const f = fold(s);
      expect(f.from.length).toBe(f.text.length);
      const sk = skeleton(f);
      for (const t of sk.tokens) expect(sk.to[t.end - 1]).toBeLessThanOrEqual(s.length);
      checkFindings(s, analyze(s));
    }, 60_000);
  }
});

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

describe('no hidden state, no mutation', () => {
  it('property: a draft gets the same findings whatever was analysed before (no leaking regex lastIndex or caches)', () => {
    const pool = EXAMPLES.length ? EXAMPLES : [{ text: 'hello' }];
    const baseline = pool.map((e) => JSON.stringify(analyze(e.text, e.context, e.settings)));
    fc.assert(
      fc.property(fc.array(fc.nat({ max: pool.length - 1 }), { minLength: 2, maxLength: 40 }), (order) => {
        for (const i of order) expect(JSON.stringify(analyze(pool[i].text, pool[i].context, pool[i].settings))).toBe(baseline[i]);
      }),
      { numRuns: 40 },
    );
  }, T);

  it('never mutates the context or settings: frozen inputs give the same findings and no rule errors', () => {
    for (const e of EXAMPLES) {
      const plain = analyzeDetailed(e.text, e.context, e.settings);
      const frozen = analyzeDetailed(e.text, deepFreeze(structuredClone(e.context ?? {})) as ComposeContext, deepFreeze(structuredClone(e.settings ?? {})) as Settings);
      expect(frozen.errors, e.text).toEqual([]);
      expect(frozen.findings).toEqual(plain.findings);
    }
  }, T);
});

describe('evasive spellings (design.md §7) normalise to the plain word and map back onto the original characters', () => {
  const EVASIONS: [string, string][] = [
    ['f\u200Duck', 'fuck'],
    ['a\u00ADss', 'ass'],
    ['f u c k', 'fuck'],
    ['f.u.c.k', 'fuck'],
    ['sh1t', 'shit'],
    ['fuсk', 'fuck'], // Cyrillic es
    ['ｆｕｃｋ', 'fuck'],
    ['𝒻𝓊𝒸𝓀', 'fuck'],
    ['F\u200BU\u200CC\u2060K', 'fuck'],
    ['f\u0336u\u0336c\u0336k\u0336', 'fuck'],
    ['SH1T', 'shit'],
  ];
  const benign = fc.array(fc.constantFrom('what', 'a', 'load', 'of', 'this', 'council', 'is', 'Barnsley', 'today', 'honestly', '—', '!', '2024', 'we', 'the'), { maxLength: 6 });

  for (const [evasive, word] of EVASIONS) {
    it(`${JSON.stringify(evasive)} → ${word}`, () => {
      const alone = skeleton(evasive);
      expect(alone.text).toBe(word);
      const m = new LiteralMatcher([word]);
      fc.assert(
        fc.property(benign, benign, fc.constantFrom(' ', '  ', '\n', ' "', '('), fc.constantFrom(' ', '! ', '.', '"', ')', ''), (pre, post, l, r) => {
          // A lone single letter before a spaced-out word would join it ("a f u c k" → "afuck"): keep two letters.
          const before = pre.filter((w) => w.length > 1).join(' ');
          const after = post.filter((w) => w.length > 1).join(' ');
          const text = `${before}${l}${evasive}${r} ${after}`;
          const at = before.length + l.length;
          const sk = skeleton(text);
          expect(sk.tokens.map((t) => t.text)).toContain(word);
          const hits = m.find(sk);
          const hit = hits.find((h) => h.start <= at + 1 && h.end >= at + evasive.length - 1);
          expect(hit, `${JSON.stringify(text)}: ${JSON.stringify(hits)}`).toBeDefined();
          // The highlight lands on the characters typed: from the first to the last visible letter.
          const typed = text.slice(hit!.start, hit!.end);
          expect(hit!.start).toBe(at);
          expect(fold(typed).text.replace(/[^a-z0-9]/g, '').replace(/1/g, 'i')).toBe(word);
          expect(hit!.end).toBeGreaterThanOrEqual(at + evasive.replace(/[\u0336]$/, '').length);
          expect(hit!.end).toBeLessThanOrEqual(at + evasive.length);
        }),
        { numRuns: 60 },
      );
    }, T);
  }

  it('plain words that merely contain a term stay quiet (Scunthorpe problem)', () => {
    const m = new LiteralMatcher(['cunt', 'shit', 'ass', 'cock', 'dick', 'penis', 'tit', 'butt']);
    for (const t of ['Scunthorpe', 'Penistone', 'Cockermouth', 'Clitheroe', 'assessment', 'cocktail', 'Shitlington', 'constitution', 'Buttershaw', 'classic']) {
      expect(m.find(t).filter((h) => t.slice(h.start, h.end).length < t.length), t).toEqual([]);
    }
  }, T);
});

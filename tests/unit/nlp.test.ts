/** rules/nlp.ts: the compromise wrapper, its per-sentence cache, and full-mode analysis. */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeDetailed } from '../../rules/engine';
import { TextDoc } from '../../rules/doc';
import { createNlp } from '../../rules/nlp';
import { mayHoldName, nlpParse, nlpParseAll } from '../../rules/shared/nlp-doc';
import { RULES } from '../../rules/registry';
import { SEVERITY_RANK } from '../../rules/types';

const nlp = createNlp();
const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('createNlp()', () => {
  it('parses into sentences and terms with offsets into the original text', () => {
    const text = 'Cllr Morton met Mrs Patel at Tesco in Barnsley. Did he not say so?';
    const p = nlp(text);
    expect(p.sentences.map((s) => s.text)).toEqual(['Cllr Morton met Mrs Patel at Tesco in Barnsley.', 'Did he not say so?']);
    for (const s of p.sentences) for (const t of s.terms) expect(slice(text, t)).toBe(t.text);
    expect(p.sentences[1].isQuestion).toBe(true);
    expect(p.sentences[0].isQuestion).toBe(false);
  });

  it('knows UK honorifics: "Cllr" and "Councillor" are part of a person', () => {
    const text = 'Cllr Morton and Councillor Brown spoke.';
    const people = nlp(text).people.map((s) => slice(text, s));
    expect(people).toEqual(['Cllr Morton', 'Councillor Brown']);
  });

  it('knows UK first names compromise misses ("Priya")', () => {
    const text = 'I spoke to Priya yesterday.';
    expect(nlp(text).people.map((s) => slice(text, s))).toContain('Priya');
  });

  it('finds organisations, places, quotations and negatives', () => {
    const text = 'Tesco in Barnsley is not "a disgrace" at all.';
    const p = nlp(text);
    expect(p.organizations.map((s) => slice(text, s))).toContain('Tesco');
    expect(p.places.map((s) => slice(text, s))).toContain('Barnsley');
    expect(p.quotations.map((s) => slice(text, s))).toEqual(['"a disgrace"']);
    expect(p.negatives.map((s) => slice(text, s))).toContain('not');
    expect(p.hasTag({ start: 0, end: 5 }, 'Organization')).toBe(true);
    expect(p.termAt(text.indexOf('Barnsley'))?.text).toBe('Barnsley');
  });

  it('teaches the member’s names', () => {
    const own = createNlp();
    const text = 'Thanks to Zebedee for the help.';
    expect(own(text).people.map((s) => slice(text, s))).not.toContain('Zebedee');
    own.teach({ people: ['Zebedee'] });
    expect(own(text).people.map((s) => slice(text, s))).toContain('Zebedee');
  });

  it('re-parses only the sentence that changed after a keystroke', () => {
    const own = createNlp();
    const sentences = Array.from({ length: 40 }, (_, i) => `Residents on road number ${i} asked about the bins.`);
    const text = sentences.join(' ');
    own(text);
    const before = own.stats.parsedSentences;
    expect(before).toBe(40);
    const edited = text.replace('road number 17 asked', 'road number 17 asxked');
    const p = own(edited);
    expect(own.stats.parsedSentences - before).toBe(1);
    // The edited draft's offsets are still right.
    for (const s of p.sentences) for (const t of s.terms) expect(slice(edited, t)).toBe(t.text);
  });

  it('gives the same parse whether sentences come from the cache or a fresh parse', () => {
    const a = createNlp();
    const b = createNlp();
    const text = 'Cllr Morton is here. Sarah Whitaker is not. Ask Tesco!';
    a('Sarah Whitaker is not.');
    expect(JSON.stringify(a(text).sentences)).toBe(JSON.stringify(b(text).sentences));
  });

  it('handles empty, odd and long input without throwing', () => {
    expect(nlp('').sentences).toEqual([]);
    expect(() => nlp('\u0000\uD800 ☃ 🤔🤔 ...!!! ??')).not.toThrow();
    const long = 'The gala is on Saturday. '.repeat(400);
    expect(nlp(long).sentences.length).toBe(400);
  });
});

describe('full-mode analysis', () => {
  it('rules read the parse through nlpParse(doc): null on the fast path, memoised in full mode', () => {
    const fast = new TextDoc('Cllr Morton is on the take.');
    expect(nlpParse(fast)).toBeNull();
    const full = new TextDoc('Cllr Morton is on the take.', {}, {}, nlp);
    expect(nlpParse(full)).not.toBeNull();
    expect(nlpParse(full)).toBe(nlpParse(full));
  });

  it('fails open when the parser throws', () => {
    const broken = () => {
      throw new Error('boom');
    };
    const r = analyzeDetailed('Cllr Morton is on the take.', {}, {}, { mode: 'full', nlp: broken });
    expect(r.errors).toEqual([]);
    expect(r.findings.some((f) => f.ruleId === 'defamation/corruption-allegation' && f.severity === 'stop')).toBe(true);
  });

  it('nlpParse parses only the sentences that may hold a name; nlpParseAll parses all', () => {
    const seen: string[] = [];
    const spy = (text: string) => {
      seen.push(text);
      return nlp(text);
    };
    const text = 'The bins are late again. Thanks to Xavier Fontaine for the help! I think so. NHS and DWP staff met on Friday.';
    const doc = new TextDoc(text, {}, {}, spy);
    const p = nlpParse(doc)!;
    expect(seen).toEqual(['Thanks to Xavier Fontaine for the help!']);
    expect(p.people.map((s) => slice(text, s))).toEqual(['Xavier Fontaine']);
    expect(p.sentences.map((s) => s.terms.length > 0)).toEqual([false, true, false, false]);
    const all = nlpParseAll(doc)!;
    expect(all.sentences.every((s) => s.terms.length > 0)).toBe(true);
    expect(mayHoldName('Tesco are thieves.')).toBe(true);
    expect(mayHoldName('The council met on Monday.')).toBe(false);
    expect(mayHoldName('ABSOLUTELY DISGUSTING!!!')).toBe(false);
  });

  it('finds named targets the fast path cannot (organisation names without a suffix)', () => {
    const text = 'Tesco are thieves.';
    const id = 'defamation/criminal-or-dishonesty-allegation';
    expect(analyze(text).filter((f) => f.ruleId === id)).toEqual([]);
    expect(analyze(text, {}, {}, { mode: 'full', nlp }).find((f) => f.ruleId === id)?.severity).toBe('stop');
  });

  // Every example of the NLP-aware conduct rules behaves the same with the parser as without it.
  const conduct = RULES.filter((r) => /^(harassment|defamation|officers|tone)\//.test(r.id));
  for (const rule of conduct) {
    it(`${rule.id}: examples hold in full mode`, () => {
      for (const ex of rule.examples.trigger) {
        const mine = analyze(ex.text, ex.context, ex.settings, { mode: 'full', nlp }).filter((f) => f.ruleId === rule.id);
        expect(mine.length, ex.text).toBeGreaterThan(0);
        const worst = mine.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
        if (ex.severity) expect(worst.severity, ex.text).toBe(ex.severity);
      }
      for (const ex of rule.examples.quiet) {
        const loud = analyze(ex.text, ex.context, ex.settings, { mode: 'full', nlp }).filter((f) => f.ruleId === rule.id && !(ex.allowInfo && f.severity === 'info'));
        expect(loud.map((f) => f.excerpt), ex.text).toEqual([]);
      }
    });
  }
});

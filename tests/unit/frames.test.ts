/** Shared frames (rules/shared/frames.ts): quote-and-condemn, counter-speech, negation, criticism of decisions. */
import { describe, expect, it } from 'vitest';
import { TextDoc } from '../../rules/doc';
import { aimedAtDecision, inQuoteCondemnFrame, isNegated, isQuotedOrReported, quoteCondemn } from '../../rules/shared/frames';

const at = (text: string, word: string) => {
  const i = text.indexOf(word);
  if (i < 0) throw new Error(`${word} not in ${text}`);
  return { doc: new TextDoc(text), span: { start: i, end: i + word.length } };
};

describe('quote-and-condemn (§1.4)', () => {
  const framed: [string, string][] = [
    ["Someone called me a 'useless clown' on my page last night. I've reported it and won't be engaging.", 'clown'],
    ["I received a message calling me a 'p*ki'. I've reported it to South Yorkshire Police — there's no place for hate here.", 'p*ki'],
    ["A man told me 'I know where you live' at the count. It's been reported to the police and the Monitoring Officer.", 'know where you live'],
    ["A commenter wrote 'get rid of them all' about our gay neighbours. That's hate speech and I've reported it.", 'get rid'],
    ['Saying "immigrants are vermin" is disgusting.', 'vermin'],
    ['You can\'t say "Travellers are thieves" and expect no consequences.', 'thieves'],
    ['Statements like "Muslims are a plague" are hateful.', 'plague'],
    ['Calling trans people freaks is such a horrible thing to do.', 'freaks'],
  ];
  for (const [text, word] of framed) {
    it(`frames: ${text.slice(0, 50)}`, () => {
      const { doc, span } = at(text, word);
      expect(inQuoteCondemnFrame(doc, span)).toBe(true);
    });
  }

  it('needs both parts: quoted words without a condemnation cue are not framed', () => {
    const { doc, span } = at('As my nan used to say, "you lot are idiots".', 'idiots');
    expect(isQuotedOrReported(doc, span)).toBe(true);
    expect(inQuoteCondemnFrame(doc, span)).toBe(false);
  });

  it('a condemnation word inside the quotation is part of the abuse, not a condemnation', () => {
    const { doc, span } = at('"Gypsies are vile and disgusting" — that is all I will say.', 'vile');
    expect(inQuoteCondemnFrame(doc, span)).toBe(false);
  });

  it('does not frame the Barnsley example 2 (no quote, no condemnation)', () => {
    const { doc, span } = at('Two men living together should not be allowed in my community. We should get rid of them all.', 'get rid');
    expect(inQuoteCondemnFrame(doc, span)).toBe(false);
  });

  it('pairs quotes, not apostrophes', () => {
    const qc = quoteCondemn(new TextDoc("Don't worry, Barnsley's 'best' bins are fine"));
    expect(qc.quoted.map((q) => "Don't worry, Barnsley's 'best' bins are fine".slice(q.start, q.end))).toEqual(['best']);
  });
});

describe('negation (§1.5)', () => {
  it('sees negation in the clause', () => {
    for (const [t, w] of [['I would never call anyone an idiot', 'idiot'], ['Cllr Patel is not a liar', 'liar'], ['There is no suggestion of wrongdoing', 'wrongdoing'], ["I don't think he's a crook", 'crook']] as const) {
      const { doc, span } = at(t, w);
      expect(isNegated(doc, span), t).toBe(true);
    }
  });
  it('does not carry negation across a clause break', () => {
    const { doc, span } = at("He's not a councillor, he's an idiot", 'idiot');
    expect(isNegated(doc, span)).toBe(false);
    const b = at('Not for the first time, you are an idiot', 'idiot');
    expect(isNegated(b.doc, b.span)).toBe(false);
  });
});

describe('criticism of decisions (§7)', () => {
  it('is aimed at the decision, policy or process', () => {
    for (const [t, w] of [['This consultation was a shambles', 'shambles'], ['What an idiotic decision by the cabinet', 'idiotic'], ['The state of Doncaster Road is a disgrace', 'disgrace'], ['A joke of a scheme', 'joke']] as const) {
      const { doc, span } = at(t, w);
      expect(aimedAtDecision(doc, span), t).toBe(true);
    }
  });
  it('is not when the word is said of a person', () => {
    for (const [t, w] of [['You are an idiot', 'idiot'], ['Cllr Hargreaves is a disgrace', 'disgrace']] as const) {
      const { doc, span } = at(t, w);
      expect(aimedAtDecision(doc, span), t).toBe(false);
    }
  });
});

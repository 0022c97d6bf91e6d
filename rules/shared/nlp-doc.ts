/**
 * How rules read the NLP parse: `nlpParse(doc)` is the draft's parse (rules/nlp.ts), computed once
 * per draft and shared by every rule, or null on the fast path (no parser) or if the parser fails.
 * Type-only import of rules/nlp.ts, so the fast-path bundle never pulls in compromise.
 */
import type { TextDoc } from '../doc';
import type { NlpParse } from '../nlp';

export type { NlpParse, NlpSentence, NlpTerm } from '../nlp';

export function nlpParse(doc: TextDoc): NlpParse | null {
  if (!doc.nlp) return null;
  return doc.memo('nlp:parse', () => {
    try {
      const p = doc.nlp!(doc.text);
      return p && Array.isArray(p.sentences) ? (p as NlpParse) : null;
    } catch {
      return null; // fail open: the fast path stands
    }
  });
}

/**
 * Helpers the conduct rules (abuse, hate, threats) share on top of the lexicon stream: who a word
 * is aimed at, the stream of one sentence, first-person and self references.
 * Uses rules/shared/people.ts (named people, @mentions) and, when present, C2's targets.ts.
 */
import type { TextDoc } from '../../doc';
import type { Span } from '../../types';
import { people } from '../people';
import { lexicon, type Lexicon } from './index';

/** Role nouns (catalog §1.3) and party nouns that make a person target. */
export const ROLE_NOUNS =
  'councill?ors?|cllrs?|leaders?|mayors?|mps?|officers?|planning officers?|case officers?|directors?|chief executive|clerk|social workers?|enforcement officers?|bin (?:crew|men|man)|landlords?|neighbours?|residents?|chair(?:man|woman|person)?|cabinet members?|member|members|candidates?|tories|tory|labour|lib dems?|libdems?|reform|greens?|conservatives?|snp|ukip|independents?|opposition|administration|lot|lad|bloke|woman|man|guy|fella|lass|people|person|folk|trolls?|idiots?|everyone|anyone|anybody|somebody|someone|whoever|chap|kid|mate|pal|son|sir|madam|fool|voters?';

const ROLE_RE = new RegExp(`(?:^| )(?:${ROLE_NOUNS})(?= |$)`);

export interface TargetInfo {
  kind: 'second-person' | 'mention' | 'named' | 'role' | 'third-person' | 'reply-parent';
  /** How to name the target in the warning. */
  label: string;
  span?: Span;
}

/** Units of the sentence that holds unit `i` (stream indices, inclusive), stopping at "." pseudo-units. */
export function sentenceUnits(lex: Lexicon, i: number): [number, number] {
  let a = i, b = i;
  while (a > 0 && lex.units[a - 1].text !== '.') a--;
  while (b < lex.units.length - 1 && lex.units[b + 1].text !== '.') b++;
  return [a, b];
}

/** Stream text of units [a, b] (inclusive). */
export function streamOf(lex: Lexicon, a: number, b: number): string {
  if (b < a) return '';
  const end = b + 1 < lex.at.length ? lex.at[b + 1] - 1 : lex.stream.length;
  return lex.stream.slice(lex.at[a], end);
}

export const SECOND_PERSON = /(?:^| )(?:you|you're|youre|you've|you'll|you'd|ya|yer|ur|u|your|yours|yourself|yourselves|thou)(?= |$)/;
export const FIRST_PERSON_SUBJ = /(?:^| )(?:i|i'm|im|i've|i'd|i'll|me|myself|we're|we|us|ourselves)(?= |$)/;
export const THIRD_PERSON = /(?:^| )(?:he|she|he's|she's|him|her|they|they're|them|his|theirs)(?= |$)/;

/**
 * Who (if anyone) the words at unit `i` are aimed at, from its sentence: the second person, an
 * @mention or named person, a role noun, a third-person pronoun, or the parent author of a reply.
 */
export function targetOf(doc: TextDoc, i: number): TargetInfo | null {
  const lex = lexicon(doc);
  const [a, b] = sentenceUnits(lex, i);
  const sent: Span = { start: lex.units[a].start, end: lex.units[b].end };
  const before = streamOf(lex, a, i - 1);
  const after = streamOf(lex, i + 1, b);
  const ppl = people(doc).filter((p) => p.end > sent.start - 1 && p.start < sent.end && !p.org);
  const mention = ppl.find((p) => p.kind === 'mention');
  if (mention) return { kind: 'mention', label: doc.text.slice(mention.start, mention.end), span: mention };
  if (SECOND_PERSON.test(before) || /^(?:like )?(?:you|ya|u)(?: |$)/.test(after)) return { kind: 'second-person', label: 'the person you are addressing' };
  if (ppl.length) return { kind: 'named', label: ppl[0].name, span: ppl[0] };
  const role = ROLE_RE.exec(before);
  if (role) return { kind: 'role', label: role[0].trim() };
  if (THIRD_PERSON.test(before) || /^like (?:him|her|them)(?: |$)/.test(after)) return { kind: 'third-person', label: 'the person you are writing about' };
  if (doc.context.kind === 'reply' || doc.context.kind === 'comment') return { kind: 'reply-parent', label: 'the person you are replying to' };
  return null;
}

/** The words before unit `i` in its clause make the speaker the subject ("I was an idiot", "I'm such a dumbass"). */
export function selfDirected(lex: Lexicon, i: number): boolean {
  let a = i;
  while (a > 0 && lex.units[a - 1].text !== '.' && lex.units[a - 1].text !== ',') a--;
  const before = streamOf(lex, a, i - 1);
  return /(?:^| )(?:i|i'm|im|i am|i was|i've been|i can be|i feel like|i felt like|call me|me|myself|as a|being a|i'm such|i am such|i'm a)(?: \S+){0,4}$/.test(before) && !SECOND_PERSON.test(before.replace(/^.*(?:^| )(?:i|i'm|im|me)(?= )/, ''));
}

/**
 * Small shared cues for the harassment, defamation, officer and tone rules (catalog §1.5, R11, R14):
 * hedges, praise versus criticism, and lowering a severity by one step. Owned by C2. Bounded regexes
 * on the original text, called only after a rule has a candidate.
 *
 *   hedgeIn(doc, span)       the sentence hedges the claim ("allegedly", "I think", "I reckon") → lower one step
 *   isPraise(text)           thanks, congratulations, praise ("Huge thanks to…", "well done")
 *   criticalCue(text)        a critical or accusatory cue ("hiding", "covering up", "still no answer", "useless")
 *   lower(sev)               one step down: stop → warn → info
 *   sentenceText(doc, span)  the sentence around a span
 */
import type { TextDoc } from '../doc';
import type { Severity, Span } from '../types';

const HEDGE =
  /\b(?:allegedly|alleged|reportedly|i think|i reckon|i believe|i suspect|i feel|in my (?:humble )?opinion|imo|imho|i'?d say|seems? (?:like|to be)|looks? like|probably|possibly|maybe|perhaps|might (?:be|have)|may (?:be|have)|i wonder if|i'?m not saying|just asking|surely|apparently|rumou?r (?:has it|is)|word is|i hear|i'?ve heard|i'?m told|so i'?m told|someone told me|unconfirmed)\b/i;

/** The sentence around `span` hedges the claim; hedges lower a defamation severity one step but never cure it (§1.5). */
export function hedgeIn(doc: TextDoc, span: Span): boolean {
  const s = sentenceOf(doc, span.start);
  return HEDGE.test(doc.text.slice(s.start, s.end).replace(/[’‘]/g, "'"));
}

export function sentenceText(doc: TextDoc, span: Span): string {
  const s = sentenceOf(doc, span.start);
  return doc.text.slice(s.start, s.end);
}

const PRAISE =
  /\b(?:thanks?|thank you|thankyou|cheers|grateful|gratitude|well done|congratulations|congrats|brilliant|fantastic|amazing|excellent|superb|great (?:job|work|effort|to see|news)|good (?:job|work|luck)|proud|kudos|hats off|shout ?out|appreciate[ds]?|delighted|lovely|wonderful|going the extra mile|above and beyond|credit to|huge thanks|big thanks|welcome to|a pleasure|helpful|hard[- ]working|dedicated|brilliant job)\b|[👏🙏❤💐🎉]/iu;
const SARCASM_PRAISE = /\b(?:oh|yeah|well) (?:great|wonderful|brilliant|fantastic|lovely|super|perfect)\b|\bthanks for nothing\b|\bwell done (?:for|on) (?:nothing|failing|ignoring|wasting)\b|🙄|\/s\b/i;

/** Thanks or praise (and not sarcastic praise). */
export function isPraise(text: string): boolean {
  return PRAISE.test(text) && !SARCASM_PRAISE.test(text);
}

export function isSarcastic(text: string): boolean {
  return SARCASM_PRAISE.test(text);
}

const CRITICAL =
  /\b(?:hiding|hides|hid|covering up|cover[- ]up|dodg(?:e|es|ed|ing)|duck(?:ed|ing) (?:the|my|our)|ignor(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|still (?:no|not|hasn'?t|haven'?t|won'?t|refuses|ignoring|waiting|silent)|no (?:answer|reply|response)|thought not|silence|silent|excuses?|fail(?:s|ed|ing|ure)?|useless|incompetent|lazy|hopeless|clueless|disgrace(?:ful)?|shame(?:ful|less)?|pathetic|liar|lied|lying|lies|crook|corrupt|resign|apologi[sz]e|sack(?:ed)?|answer (?:the|my) question|what(?:'s| is) (?:he|she|they) (?:hiding|covering)|explain (?:himself|herself|themselves)|accountable|misled|misleading|broken promises?|let (?:us|residents|everyone) down|out of touch|waste of|spineless|arrogant|rude|a joke|blame|fault|why (?:hasn'?t|won'?t|doesn'?t|didn'?t|isn'?t|can'?t))\b/i;

/** A critical or accusatory cue about someone (not praise). */
export function criticalCue(text: string): boolean {
  return CRITICAL.test(text.replace(/[’‘]/g, "'"));
}

export function lower(sev: Severity): Severity {
  return sev === 'stop' ? 'warn' : 'info';
}

/** Index of the sentence containing an offset, or -1 (doc.sentenceIndex). */
export function sentenceIndex(doc: TextDoc, offset: number): number {
  return doc.sentenceIndex(offset);
}

/** The sentence containing an offset (doc.sentenceAt). */
export function sentenceOf(doc: TextDoc, offset: number): Span {
  return doc.sentenceAt(offset);
}

/** The next sentence after the one containing `span`, or null. */
export function nextSentence(doc: TextDoc, span: Span): Span | null {
  const i = sentenceIndex(doc, span.start);
  return i >= 0 ? doc.sentences[i + 1] ?? null : null;
}

/** The previous sentence before the one containing `span`, or null. */
export function prevSentence(doc: TextDoc, span: Span): Span | null {
  const i = sentenceIndex(doc, span.start);
  return i > 0 ? doc.sentences[i - 1] : null;
}

/**
 * Every match of a global, lower-case pattern on the draft's skeleton (folded, leetspeak undone,
 * apostrophes dropped, punctuation turned into single spaces), mapped back to the original text.
 * Write patterns without apostrophes ("dont", "developers") and with single spaces between words.
 */
export function matchSkeleton(doc: TextDoc, re: RegExp): { match: RegExpExecArray; start: number; end: number }[] {
  if (!re.global) throw new Error(`matchSkeleton needs a global pattern: ${re}`);
  const sk = doc.skeleton;
  const out: { match: RegExpExecArray; start: number; end: number }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sk.text))) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const a = m.index, b = m.index + m[0].length - 1;
    out.push({ match: m, start: sk.from[a], end: sk.to[b] });
  }
  return out;
}

const NEG_NEAR =
  /\b(?:not|never|no|nobody|no one|none|neither|nor|cannot|(?:is|are|was|were|do|does|did|wo|would|could|should|ca|have|has|had|must|need)n'?t|isnt|arent|wasnt|dont|doesnt|didnt|wont|wouldnt|cant|shouldnt|hardly|far from)\b/i;
const DISCLAIM =
  /\b(?:no (?:suggestion|evidence|allegation|implication|question|sign|hint)|not (?:suggesting|saying|accusing|alleging|implying|claiming)|nobody (?:is|'s|was) (?:saying|suggesting|accusing|claiming)|no one (?:is|'s|was) (?:saying|suggesting|accusing|claiming)|(?:i'?m|i am|we'?re|we are) not (?:suggesting|saying|accusing|alleging|implying)|(?:i|we) (?:do not|don'?t|would never|never) (?:suggest|say|accuse|allege|imply|claim|think|believe))\b/i;
const NEG_BREAK = /[,;:()\n—–]|\b(?:but|however|though|and|who|which|because|so|yet|while)\b/i;

/**
 * The claim at `span` is negated or disowned: a negator within the last few words of its own clause
 * ("not a liar", "isn't on the take", "never lied") or a disclaimer earlier in the sentence ("no
 * suggestion of wrongdoing", "I'm not saying he's corrupt"). Narrower than frames.isNegated, so
 * "don't care and are only in it for backhanders" is not negated.
 */
export function claimNegated(doc: TextDoc, span: Span): boolean {
  const sent = sentenceOf(doc, span.start);
  const before = doc.text.slice(Math.max(sent.start, span.start - 120), span.start).replace(/[’‘]/g, "'");
  if (DISCLAIM.test(before)) return true;
  const parts = before.split(NEG_BREAK);
  const clause = parts[parts.length - 1] ?? '';
  const words = clause.trim().split(/\s+/).slice(-6).join(' ');
  return NEG_NEAR.test(words);
}

/** R11 text cues that mark a campaign against one person by themselves ("day 12 of asking", "I won't stop until"). */
export const REPEAT_CUE =
  /\b(?:i(?:'ll| will| am going to|'m going to|m going to) keep (?:on )?(?:posting|asking|writing|chasing|going on|at (?:him|her|them))|(?:i|we)(?: will|'ll|ll) (?:keep posting|not stop|never stop|keep this up)|i (?:won'?t|will not|shan'?t) (?:stop|give up|let (?:this|it) go)(?: until)?|every (?:single )?(?:day|week|morning|night|meeting) until|day \d{1,3} of (?:asking|waiting|chasing|trying|no answer|being ignored)|(?:for the|this is the|that'?s the) (?:(?:[3-9]|\d{2,3})(?:st|nd|rd|th)|third|fourth|fifth|sixth|seventh|tenth|twentieth|hundredth|umpteenth|nth) time|(?:\d{1,3}|three|four|five|six|ten) (?:weeks|days|months) (?:of asking|and still|since i (?:first )?asked)|keep posting about)\b/i;

/**
 * Whether a post counts as critical of someone (for recording history and for R11 itself). A caller that has
 * already tested REPEAT_CUE on the text (curly quotes straightened) passes the answer as `repeatCue`.
 */
export function isCriticalPost(text: string, repeatCue?: boolean): boolean {
  if (!text) return false;
  text = text.replace(/[’‘]/g, "'");
  const crit = criticalCue(text) || (repeatCue ?? REPEAT_CUE.test(text));
  if (!crit && isPraise(text)) return false;
  return crit || /\?\s*$/.test(text.trim()) && /\b(?:why|where|when|still|what)\b/i.test(text);
}


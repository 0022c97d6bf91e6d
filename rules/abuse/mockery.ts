import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Span } from '../types';
import { inQuoteCondemnFrame, isNegated, QUOTE_CONDEMN_MESSAGE } from '../shared/frames';

/**
 * R03. Mocking or belittling someone, mostly in replies: name-calling memes (Karen, gammon,
 * snowflake, keyboard warrior, ok boomer), "imagine thinking…", "do your research", correcting the
 * other person's spelling, "bless you" in a disagreement, laughing or eye-roll emoji aimed at the
 * person replied to. Laughing with people ("brilliant costume 😂") and at oneself stays quiet.
 */

// Memes and put-downs that mock whoever they are said to.
const MEMES =
  /\b(?:keyboard warriors?|armchair (?:experts?|critics?|warriors?|generals?)|ok(?:ay)? boomer|ok(?:ay)? karen|ok(?:ay)? gammon|imagine (?:thinking|believing|being so)|tell me you (?:\S+ ){1,6}without telling me|do your (?:own )?research|learn(?:t)? to (?:spell|read)|learned to (?:spell|read)|\[sic\]|cry (?:more|harder)|cope harder|stay mad|get a life|touch grass|(?:a|such a|typical|proper|total|right|another|calm down|you absolute|you utter) (?:karen|gammon|snowflake)|karens|gammons(?! (?:steak|joint))|snowflakes(?! (?:fell|falling|on))|sad little (?:man|woman|person|troll)|bless (?:you|him|her|your|their)(?: (?:little |cotton )?(?:heart|socks))?|zzz+|yawn)\b/i;
const QUICK_MEME = /warrior|armchair|boomer|karen|gammon|snowflake|imagine|tell me you|research|learn|sic\]|cry |cope|stay mad|get a life|touch grass|sad little|bless|zzz|yawn/i;
const LAUGH = /😂|🤣|😆|😹|😅|\b(?:lol|lmao|lmfao|rofl|roflmao|pmsl|ha(?:ha)+|he(?:he)+|ahaha+)\b/i;
const EYEROLL = /🤡|🙄|🤦|🥱|🤪|😴|🙃/u;
const SPELLING = /(?:^|\n)[ \t]{0,10}\*[ \t]?\w{1,30}[ \t]{0,10}(?:$|\n)|\bit'?s ['"‘“]?\w+['"’”]?,? not ['"‘“]?\w+|\bspell(?:ing)? (?:check|it right)\b|\b(?:its|it's) spelt\b/i;
const POSITIVE =
  /\b(?:thanks|thank you|cheers|brilliant|great|well done|congrat\w*|love (?:it|this|that)|amazing|fab(?:ulous)?|lovely|proud|fair point|welcome|good luck|appreciate\w*|happy|glad|wonderful|fantastic|superb|excellent|good (?:one|idea|point|shout)|nice one|hilarious|so funny|made my day|bless them all)\b|❤|😍|🥰|👍|🎉|🙏/i;
const DISAGREE =
  /\b(?:imagine|actually|maybe|perhaps|read|wrong|nonsense|rubbish|clueless|seriously|as if|yeah right|good one|sure(?: thing)?|obviously|clearly|learn|try|do you even|did you even|no idea|nothing to do with|not the council|how about|before commenting)\b|\?/i;
const PARENT_NEGATIVE =
  /\b(?:disgrace\w*|disgusting|shocking|shambles|useless|rubbish|joke|pathetic|terrible|awful|appalling|fed up|sick of|angry|furious|complain\w*|why (?:has|have|is|are|hasn't|haven't|isn't|aren't|won't|don't|doesn't)|nobody|never|still (?:not|no)|waiting|ignored|let down|failed|failing|worst)\b/i;
const SELF = /^(?:\W*)(?:i|i'm|im|me|my|we|we're|our)\b/i;

export function mockeryHits(doc: TextDoc): { span: Span; info: boolean }[] {
  return doc.memo('abuse/mockery', () => {
    const t = doc.text;
    const out: { span: Span; info: boolean }[] = [];
    const reply = doc.context.kind === 'reply' || doc.context.kind === 'comment';
    const push = (start: number, end: number) => {
      const span = { start, end };
      if (out.some((o) => o.span.start < end && start < o.span.end)) return;
      if (isNegated(doc, span)) return;
      out.push({ span, info: inQuoteCondemnFrame(doc, span) });
    };
    const m = QUICK_MEME.test(t) ? MEMES.exec(t) : null;
    if (m) {
      const word = m[0].toLowerCase();
      // "Bless you" is mocking only when it comes with disagreement, not with thanks.
      const blessing = word.startsWith('bless');
      if (!blessing || (!POSITIVE.test(t) && (reply || DISAGREE.test(t)))) push(m.index, m.index + m[0].length);
    }
    if (reply && SPELLING.test(t)) {
      const s = SPELLING.exec(t)!;
      push(s.index, s.index + s[0].length);
    }
    if (reply && !POSITIVE.test(t)) {
      const l = LAUGH.exec(t);
      const e = EYEROLL.exec(t);
      const first = l && e ? (l.index < e.index ? l : e) : l ?? e;
      // Laughing back at a complaint (the parent post is negative) mocks the person who made it.
      const parentNegative = !!doc.context.parentText && PARENT_NEGATIVE.test(doc.context.parentText);
      if (first && (DISAGREE.test(t) || e || out.length || parentNegative) && !SELF.test(t.trim())) push(first.index, first.index + first[0].length);
    } else if (!reply && EYEROLL.test(t) && !POSITIVE.test(t) && !SELF.test(t.trim())) {
      // Eye-roll or clown emoji aimed at someone: "Another … who's never been to a surgery 🙄".
      const e = EYEROLL.exec(t)!;
      if (/\b(?:another|you|who'?s|these|those|this (?:man|woman|bloke|guy|person)|some people|certain people)\b/i.test(t)) push(e.index, e.index + e[0].length);
    }
    return out;
  });
}

export default defineRule({
  id: 'abuse/mockery',
  family: 'abuse',
  title: 'Mocking or belittling a resident',
  severity: 'warn',
  sets: ['tone'],
  policy: [
    { file: '000_02512859952f4825.txt', section: "Managing situations when you're out in the community", quote: 'Do not be disrespectful to people or mock them.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Rules of engagement', quote: 'Rule 1: Debate and disagreement are welcome on this page, but only if expressed with courtesy, respect and politeness.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '5. Principles for using social media', quote: 'Use familiar language, be cordial, honest and professional at all times.' },
  ],
  message:
    "{lead}This may come across as mocking the person you're replying to. Residents are entitled to disagree. A short factual reply, or no reply, usually goes down better.",
  action: 'Reply with a short factual answer, or do not reply.',
  examples: {
    trigger: [
      { text: '😂😂 imagine thinking the council controls the weather', context: { kind: 'reply' }, source: 'catalog R03 #1', severity: 'warn' },
      { text: 'Bless you, Karen. Maybe read the planning documents before commenting?', context: { kind: 'reply' }, source: 'catalog R03 #2', severity: 'warn' },
      { text: "It's 'council', not 'counsel'. Might help if you learnt to spell before lecturing me.", context: { kind: 'reply' }, source: 'catalog R03 #3', severity: 'warn' },
      { text: "Another keyboard warrior who's never been to a single ward surgery 🙄", source: 'catalog R03 #4', severity: 'warn' },
      { text: 'Ok gammon 🤡', context: { kind: 'reply' }, source: 'catalog R03 #5', severity: 'warn' },
      { text: 'lol do your research before you post', context: { kind: 'reply' }, severity: 'warn' },
      { text: 'Tell me you have never read a council budget without telling me you have never read a council budget.', severity: 'warn' },
      { text: '😂😂😂', context: { kind: 'reply', parentText: 'Still waiting three weeks for a bin collection. Absolute shambles.' }, severity: 'warn' },
    ],
    quiet: [
      { text: 'Haha, brilliant costume at the Halloween trail, Ellie! 🎃😂', source: 'catalog R03 #1' },
      { text: "Thanks Jackie — fair point, I've asked highways to look again.", context: { kind: 'reply' }, source: 'catalog R03 #2' },
      { text: 'Lol I got absolutely soaked doing the litter pick today', source: 'catalog R03 #3' },
      { text: 'I understand your frustration. The decision was made by full council on 3 May; the minutes are here: https://www.barnsley.gov.uk/…', context: { kind: 'reply' }, source: 'catalog R03 #4' },
      { text: "Someone's video of me slipping on the ice is doing the rounds 😂 — yes, the gritter is on its way!", source: 'catalog R03 #5' },
      { text: 'Karen from the food bank has done an amazing job this winter — thank you!' },
      { text: 'Haha yes, we will definitely get the Christmas lights up this week 😂', context: { kind: 'reply' } },
      { text: 'Haha thank you, Sue — it was a brilliant day 😂', context: { kind: 'reply', parentText: 'Never laughed so much as at the fun run, the mayor in a tutu was the worst dancer!' } },
      { text: "A resident called me a 'keyboard warrior' in an email; I've reported the abuse to the Monitoring Officer.", allowInfo: true },
    ],
  },
  // A MEMES word; in a reply, any laugh, eye-roll or spelling correction; elsewhere an eye-roll emoji (cue
  // characters: the cue pass reads code points beyond the BMP, so no pattern runs over every draft for them).
  cues: {
    words: [
      'keyboard', 'armchair', 'boomer', 'karen', 'gammon', 'snowflake', 'karens', 'gammons', 'snowflakes', 'imagine', 'tell', 'research', 'learn',
      'learnt', 'learned', 'sic', 'cry', 'cope', 'stay', 'life', 'grass', 'sad', 'bless', 'yawn',
    ],
    prefixes: ['zzz'],
    chars: '🤡🙄🤦🥱🤪😴🙃',
    when: (doc) => doc.context.kind === 'reply' || doc.context.kind === 'comment',
  },
  detect(doc) {
    if (!/[a-z]/i.test(doc.text) && !EYEROLL.test(doc.text) && !LAUGH.test(doc.text)) return [];
    const hits: Hit[] = [];
    for (const h of mockeryHits(doc)) hits.push(h.info ? { ...h.span, severity: 'info', vars: { lead: QUOTE_CONDEMN_MESSAGE + ' ' } } : { ...h.span, vars: { lead: '' } });
    return hits;
  },
});

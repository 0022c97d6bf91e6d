/**
 * Shared frames for the conduct rules (catalog §1.4, §1.5, §7). Owned by C1; imported by the abuse,
 * hate, threats, harassment, defamation and tone rules.
 *
 * Stable API:
 * - `quoteCondemn(doc)`: the quoted and reported spans of the draft and its condemnation cue (memoised).
 * - `inQuoteCondemnFrame(doc, span)`: the span is quoted or reported (after "called me", "said", "I received",
 *   "this comment", …) AND the draft condemns or reports it ("reported", "police", "Monitoring Officer",
 *   "unacceptable", "no place for", "hate crime", "is disgusting", "you can't say", …). Rules then give
 *   at most the info chip `QUOTE_CONDEMN_MESSAGE`.
 * - `isNegated(doc, span)`: the words are negated or disowned in their clause ("I would never call anyone
 *   an idiot", "not a liar", "no suggestion of wrongdoing").
 * - `aimedAtDecision(doc, span)`: the word is said of a decision, policy, process or thing, not a person
 *   ("This consultation was a shambles", "a ridiculous decision").
 * - `isHypothetical(doc, span)`: a question or conditional about someone else's words, used sparingly.
 *
 * Everything is regex on the original text with bounded windows (no nested unbounded quantifiers),
 * cheap enough to call only after a rule has a candidate.
 */
import { defineGate, gate } from '../cues';
import type { TextDoc } from '../doc';
import type { Span } from '../types';

/** The info chip a rule shows instead of a warning when the match is quoted to condemn or report it. */
export const QUOTE_CONDEMN_MESSAGE =
  "Quoting abuse you received? Screenshot and report it instead; avoid re-sharing the sender's details.";

export interface QuoteCondemn {
  /** Spans inside quotation marks (the quote marks excluded). */
  quoted: Span[];
  /** Spans reported after a reporting verb, to the end of its sentence ("called me …", "I received a message saying …"). */
  reported: Span[];
  /** Spans of condemnation or reporting cues ("reported it", "police", "no place for", "is disgusting"). */
  cues: Span[];
}

// Quotation pairs: straight or curly double quotes, and single quotes that open after a space or
// bracket and close before a non-letter (so apostrophes in "don't" and "Barnsley's" do not pair).
const DQ = /["“”„]([^"“”„\n]{1,300})["“”]/g;
const SQ = /(?<![\p{L}\p{N}])['‘]([^'‘’\n]{1,200}?)['’](?![\p{L}\p{N}])/gu;

/** Reporting verbs and nouns: what follows them is someone else's words. */
const REPORTING =
  /\b(?:call(?:ed|ing|s)?(?: out)?(?: (?:me|us|him|her|them|people|someone|somebody|anyone|others|my \w{1,15}|our \w{1,15}))?|(?:said|says|saying|say|wrote|writes|writing|write|posted|posting|tweeted|tweeting|messaged|texted|shouted|shouting|yelled|told (?:me|us|him|her|them)|telling|tell(?:s)? (?:me|us)|sent (?:me|us)|left (?:me |us )?(?:a |this )?(?:comment|message|voicemail|note)|received|receiving|got (?:a |this |an )?(?:message|comment|email|letter|dm|reply)|(?:this|that|the|a|his|her|their|your) (?:comment|message|post|tweet|email|letter|dm|reply|remark|phrase|slogan|graffiti|language)s?|(?:comments?|posts?|messages?|remarks?|statements?|threats?|tweets?|slogans?|things?|words?|phrases?|stuff|hate|rhetoric|language|abuse|slurs?) (?:like|such as|saying|that said)|screenshots?|accus(?:ed|ing)|threaten(?:ed|ing|s)?(?: to)?|chant(?:ed|ing)|claim(?:ed|ing|s)?|(?:believe|believing|think|thinking|pretend|pretending|suggest|suggesting|implying|imply) that|spread(?:ing)?|repeat(?:ed|ing)?))\b/gi;

/** A word every REPORTING match holds (read in the engine's cue pass): without one, nothing is reported speech. */
const G_REPORTING = defineGate('frames/reporting', {
  words: [
    'call', 'called', 'calling', 'calls', 'said', 'says', 'saying', 'say', 'wrote', 'writes', 'writing', 'write', 'posted', 'posting', 'tweeted',
    'tweeting', 'messaged', 'texted', 'shouted', 'shouting', 'yelled', 'told', 'telling', 'tell', 'tells', 'sent', 'received', 'receiving',
    'comment', 'comments', 'message', 'messages', 'voicemail', 'note', 'email', 'emails', 'letter', 'letters', 'dm', 'dms', 'reply', 'replys',
    'post', 'posts', 'tweet', 'tweets', 'remark', 'remarks', 'phrase', 'phrases', 'slogan', 'slogans', 'graffiti', 'graffitis', 'language',
    'languages', 'statement', 'statements', 'threat', 'threats', 'thing', 'things', 'word', 'words', 'stuff', 'hate', 'rhetoric', 'abuse', 'slur',
    'slurs', 'screenshot', 'screenshots', 'accused', 'accusing', 'threaten', 'threatened', 'threatening', 'threatens', 'chanted', 'chanting',
    'claim', 'claimed', 'claiming', 'claims', 'believe', 'believing', 'think', 'thinking', 'pretend', 'pretending', 'suggest', 'suggesting',
    'implying', 'imply', 'spread', 'spreading', 'repeat', 'repeated', 'repeating',
  ],
});

/**
 * Condemnation and reporting cues (§1.4), and the judgements of counter-speech ("… is disgusting",
 * "you can't say …", "statements like … are hateful", "no respect for people who write …").
 */
const CONDEMN =
  /\b(?:report(?:ed|ing)?(?! (?:back|card|says|on the))|police|101\b|monitoring officer|standards (?:committee|board)|unacceptable|not acceptable|no place (?:for|in)|condemn(?:s|ed|ing)?|won'?t (?:be )?tolerat(?:e|ed)|will not (?:be )?tolerat(?:e|ed)|not (?:going to |gonna )?tolerate|never tolerate|zero tolerance|hate (?:crimes?|speech|incidents?)|hateful|bigot(?:ed|ry|s)?|racis[tm]|homophobi[ac]|transphobi[ac]|sexis[tm]|misogyn(?:y|ist|istic)|ableis[tm]|dehumani[sz]ing|disgusting|disgraceful|appalling|abhorrent|shameful|sickening|vile|(?<!am i |is it |was i |was it )wrong|not ok(?:ay)?|never ok(?:ay)?|(?:think|thinks|thought) it'?s ok(?:ay)?|out of order|offensive|abusive|harass(?:ment|ing)|intimidat(?:ion|ing)|threatening|has to stop|have to stop|must stop|needs? to stop|(?:lost|no) (?:all |any )?respect|(?:can(?:no|')t|cannot|shouldn'?t|should not|mustn'?t|must not|don'?t) (?:just |seriously |really |honestly )?(?:say|call|post|write|tweet|use|believe|think)|jail|prison|court|consequences|sued?|arrest(?:ed)?|prosecut(?:e|ed|ion)|illegal|criminal offence|an offence|ashamed|shame on|don'?t expect|blocked|banned|kicked off|get away with|screenshot(?:ted|s)?|evidence|(?:i|we) (?:stand|stood) with|solidarity|no excuse|not who we are|call(?:ing)? (?:it |this |them )?out|(?:horrible|terrible|awful|nasty|cruel|hurtful|ignorant|stupid|small-minded|small minded) (?:thing|person|people|view|views|attitude)|thing to (?:say|do|write|post)|small-minded|small minded|hurts|hurtful|sad to (?:see|read|write|hear)|reflect(?:s)? (?:well|badly|poorly)|says a lot about|shows what|what makes you|why would (?:you|anyone)|how (?:can|could|dare) you|seriously believe|ignoran(?:t|ce)|unforgivable|inexcusable|sickened|appalled|horrified|upsetting|heartbreaking|not on\b|beyond the pale)\b/gi;

/** CONDEMN as a yes/no test (no global state). */
const CONDEMN_ANY = new RegExp(CONDEMN.source, 'i');

/**
 * The quoted spans of a draft, and its reported speech read only as far as a question needs: a span can
 * only lie in words reported by a phrase that starts before it, so the reporting pattern (a long one, read
 * on a third of all drafts) stops at the span, and goes on from there if a later span is asked about.
 * The phrases are found one after another by the same global pattern over the whole text: read in parts
 * or at once, `reported` ends up the same.
 */
class Frames {
  readonly quoted: Span[] = [];
  readonly reported: Span[] = [];
  /** Where the reporting pattern goes on from; -1 once it has read the whole draft. */
  private next: number;
  /** Start of the last reporting phrase read (every phrase that starts before it is in `reported`). */
  private last = -1;

  constructor(private readonly doc: TextDoc) {
    for (const m of doc.matchAll(DQ)) this.quoted.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
    for (const m of doc.matchAll(SQ)) this.quoted.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
    this.next = gate(doc, G_REPORTING) ? 0 : -1;
  }

  /** The reported spans, with at least every one whose reporting phrase starts before `limit`. */
  reportedBefore(limit: number): Span[] {
    const t = this.doc.text;
    while (this.next >= 0 && this.last < limit) {
      REPORTING.lastIndex = this.next;
      const m = REPORTING.exec(t);
      if (!m) {
        this.next = -1;
        break;
      }
      this.next = m[0].length === 0 ? REPORTING.lastIndex + 1 : REPORTING.lastIndex;
      this.last = m.index;
      const end = m.index + m[0].length;
      const s = this.doc.sentenceAt(m.index);
      // The reported words run to the end of the sentence, or to the end of a quotation that starts in it.
      let stop = s.end;
      for (const q of this.quoted) if (q.start >= end && q.start <= s.end + 1 && q.end + 1 > stop) stop = q.end + 1;
      if (stop > end) this.reported.push({ start: end, end: Math.min(t.length, stop) });
    }
    REPORTING.lastIndex = 0;
    return this.reported;
  }
}

const framesOf = (doc: TextDoc): Frames => doc.memo('frames.quotedOrReported', () => new Frames(doc));

/** The quoted and reported spans of the draft, all of them, without the condemnation cues. */
function quotedOrReported(doc: TextDoc): { quoted: Span[]; reported: Span[] } {
  const f = framesOf(doc);
  return { quoted: f.quoted, reported: f.reportedBefore(Infinity) };
}

export function quoteCondemn(doc: TextDoc): QuoteCondemn {
  return doc.memo('frames.quoteCondemn', () => {
    const { quoted, reported } = quotedOrReported(doc);
    const cues: Span[] = [];
    // Cues only matter for quoted or reported words: without them, skip the big pattern.
    if (quoted.length || reported.length) for (const m of doc.matchAll(CONDEMN)) cues.push({ start: m.index, end: m.index + m[0].length });
    return { quoted, reported, cues };
  });
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The span is quoted or reported (someone else's words), without regard to condemnation. */
export function isQuotedOrReported(doc: TextDoc, span: Span): boolean {
  const f = framesOf(doc);
  return f.quoted.some((q) => within(span, q)) || f.reportedBefore(span.start).some((r) => within(span, r));
}

/**
 * Quote-and-condemn (§1.4): the span is someone else's words (quoted or reported), and the draft also
 * has a condemnation or reporting cue that is not itself part of those words.
 */
export function inQuoteCondemnFrame(doc: TextDoc, span: Span): boolean {
  // The span must be someone else's words first: finding the quotes (two quick scans) and the reported
  // speech (gated) costs less than the condemnation pattern, which most spans then never need.
  const f = framesOf(doc);
  const quotedHere = f.quoted.filter((q) => within(span, q));
  if (quotedHere.length === 0 && !f.reportedBefore(span.start).some((r) => within(span, r))) return false;
  // No condemnation cue anywhere in the draft: no frame can count.
  if (!doc.memo('frames.condemns', () => CONDEMN_ANY.test(doc.text))) return false;
  const qc = quoteCondemn(doc);
  if (qc.cues.length === 0) return false;
  // A cue counts if it lies outside the quoted words (a cue inside the quotation is part of the abuse),
  // or, for reported speech without quotation marks, outside the quotation marks at least.
  return qc.cues.some((c) => {
    if (quotedHere.some((q) => overlaps(c, q))) return false;
    if (quotedHere.length > 0) return true;
    // Reported speech without quotes ("Writing that X are … says a lot about you"): the cue must be
    // outside the reported words themselves — before the reporting verb or after the matched span.
    return !overlaps(c, span);
  });
}

// Negators in the clause before a word. Bounded look-back; a clause break (comma, "but", ";") ends the scope.
const NEGATOR =
  /\b(?:not|never|no|nobody|no one|none|neither|nor|nothing|without|cannot|hardly|(?:is|are|was|were|do|does|did|wo|would|could|should|ca|have|has|had|must|need)n'?t|isnt|arent|wasnt|dont|doesnt|didnt|wont|wouldnt|cant|shouldnt|no suggestion(?: of| that)?|not saying|far from|opposite of|rather than|instead of|refuse to|stop(?:ped)? (?:calling|being))\b/i;
const CLAUSE_BREAK = /[,;:()\n]|\bbut\b|\bhowever\b|\bthough\b|\byet\b/i;

/** The words at `span` are negated in their own clause ("not a liar", "I would never call anyone an idiot"). */
export function isNegated(doc: TextDoc, span: Span): boolean {
  const sent = doc.sentenceAt(span.start);
  const from = Math.max(sent.start, span.start - 60);
  let before = doc.text.slice(from, span.start).replace(/[’‘]/g, "'");
  // Keep only the current clause.
  const parts = before.split(CLAUSE_BREAK);
  before = parts[parts.length - 1] ?? '';
  return NEGATOR.test(before);
}

/** Nouns for decisions, policies, processes and things: criticising them is never abuse (§7). */
export const DECISION_NOUNS =
  'decisions?|plans?|polic(?:y|ies)|schemes?|consultations?|process(?:es)?|proposals?|budgets?|reports?|ideas?|timetables?|rotas?|motions?|votes?|meetings?|strateg(?:y|ies)|applications?|roads?|potholes?|state|situation|service|services|system|response|handling|decision-making|management|contract|outcome|result|agenda|argument|claims?|statement|leaflets?|website|app|bins?|collections?|paperwork|mess|cuts?|rules?|law|bill|legislation|guidance|regime|approach|project|development|design|layout|junction|parking|traffic|weather|idea|logic|reasoning|excuse|u-turn|fiasco|debate|speech|announcement|figures|numbers|data|survey|planning|performance|record|budgeting|scheme|programme|funding|spending|increase|rise|charges?|fees?|tax|council tax|precept'; 

const DECISION_AFTER = new RegExp(`^\\s{0,2}(?:[\\w'-]{1,20}\\s){0,2}?(?:${DECISION_NOUNS})\\b`, 'i');
const DECISION_SUBJECT = new RegExp(
  `\\b(?:this|that|the|their|your|his|her|our|its|these|those|whole)\\s(?:[\\w'-]{1,20}\\s){0,3}?(?:${DECISION_NOUNS})\\s(?:is|was|are|were|has been|have been|looks?|seems?|sounds?|felt|feels?|became|remains?)\\s(?:(?:a|an|such a|just|so|totally|absolutely|completely|utterly|frankly|quite|really|an absolute|a complete|a total|an utter|a bit of a|a bit|the most|nothing but|beyond|pure)\\s){0,3}$`,
  'i',
);
/** Every DECISION_SUBJECT match holds one of its verbs as a word before a space: the quick test before it. */
const SUBJECT_VERB = /\b(?:is|was|are|were|been|looks?|seems?|sounds?|felt|feels?|became|remains?)\s/i;
const OF_A_DECISION = new RegExp(`^\\s{0,2}of an? (?:[\\w'-]{1,20}\\s){0,2}?(?:${DECISION_NOUNS})\\b`, 'i');

/**
 * The word at `span` describes a decision, policy, process or thing, not a person: "an idiotic
 * decision", "This consultation was a shambles", "a joke of a scheme".
 */
export function aimedAtDecision(doc: TextDoc, span: Span): boolean {
  const sent = doc.sentenceAt(span.start);
  const after = doc.text.slice(span.end, Math.min(sent.end, span.end + 40));
  if (DECISION_AFTER.test(after) || OF_A_DECISION.test(after)) return true;
  const before = doc.text.slice(Math.max(sent.start, span.start - 80), span.start);
  return SUBJECT_VERB.test(before) && DECISION_SUBJECT.test(before);
}

const QUESTION_OR_IF = /\b(?:if|whether|would it be|is it|imagine if)\b/i;

/** The words are inside a question or a conditional clause about others ("what if someone called you…"). */
export function isHypothetical(doc: TextDoc, span: Span): boolean {
  const sent = doc.sentenceAt(span.start);
  const s = doc.text.slice(sent.start, sent.end);
  return /\?\s*$/.test(s) || QUESTION_OR_IF.test(doc.text.slice(sent.start, span.start));
}

/**
 * Counter-speech about hateful words (HateCheck counter_quote / counter_ref): the span is quoted or
 * reported and the draft judges those words. Same test as the quote-and-condemn frame; kept as a
 * separate name so callers read clearly.
 */
export const isCounterSpeech = inQuoteCondemnFrame;

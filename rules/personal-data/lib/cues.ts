/**
 * Cue lexicons shared by the personal-data rules (R17–R23): sensitive categories, casework,
 * residence, self-disclosure, venues and allegations. Internal to rules/personal-data (this folder
 * holds no rules). All patterns are bounded alternations: no nested unbounded quantifiers.
 */
import { defineGate, gate } from '../../cues';
import type { TextDoc } from '../../doc';
import type { Span } from '../../types';
import { people } from '../../shared/people';
import { parseUkPhone } from '../../shared/validators';

export type SensitiveCategory =
  | 'health'
  | 'sexual orientation or gender identity'
  | 'religion'
  | 'criminal record'
  | 'benefits'
  | 'immigration status'
  | 'domestic abuse'
  | 'debt'
  | 'eviction';

/** Sensitive-category lexicon (catalog R21). Each regex is global, case-insensitive, word-bounded. */
export const SENSITIVE: [SensitiveCategory, RegExp][] = [
  ['health', /\b(?:(?:terminal(?:ly ill)?|has|with|got|battling|beating|fighting|diagnosed with)\s+(?:\w+\s+)?cancer|cancer (?:diagnosis|treatment)|terminally ill|terminal illness|dementia|alzheimer'?s|(?:been |was |got |being )sectioned|overdosed?|miscarriage|miscarried|depression|clinically depressed|suicidal|attempted suicide|self[- ]harm(?:ing|s)?|schizophreni[ac]|bipolar|psychosis|psychotic|mental breakdown|eating disorder|anorexi[ac]|bulimi[ac]|autism|autistic|addiction|\baddict\b|drug addict|alcoholic|methadone|(?:in|out of|went to|gone to|into) rehab|chemo(?:therapy)?|dialysis|(?:had|suffered) a (?:stroke|heart attack)|parkinson'?s|motor neurone|multiple sclerosis|learning disabilit(?:y|ies)|wheelchair user|registered blind|diabetic|diabetes|is pregnant|pregnant with|mental health (?:problems|issues|crisis|condition)|in a psychiatric|on antidepressants|in and out of hospital|with (?:his|her|their) mental health|mental health (?:crisis|breakdown))\b/gi],
  ['health', /\b(?:HIV[- ]positive|HIV|AIDS|ADHD)\b/g],
  ['debt', /\b(?:CCJ|IVA)\b/g],
  ['immigration status', /\bNRPF\b/g],
  ['sexual orientation or gender identity', /\b(?:(?:is|he's|she's|they're|are|was|openly|being|as)\s+(?:gay|lesbian|bisexual|bi|trans|transgender|non-binary|queer)|came out (?:as|to (?:his|her|their) (?:family|parents|mum|mam|dad))|coming out as|has come out as|transitioning|transitioned|sex change|gender reassignment)\b/gi],
  ['religion', /\b(?:(?:is|he's|she's|they're|are|was|devout|practising|practicing|converted to|converting to|became)\s+(?:a\s+)?(?:muslim|catholic|jewish|jew|hindu|sikh|buddhist|jehovah'?s witness|mormon|atheist|born[- ]again christian|evangelical)|converted to islam|converted to christianity)\b/gi],
  ['criminal record', /\b(?:(?:out of|come out of|released from|just out of|been in|spent time in|served time in|sent to|went to|back in) (?:prison|jail|gaol|nick)|ex[- ]con(?:vict)?|convicted (?:of|for)|criminal record|previous convictions|on (?:a |an )?(?:electronic )?tag|tagged|on probation|probation officer|on bail|out on licence|sex offender|sex offenders register|served (?:\d{1,2} )?(?:years|months)|did time|doing time|jailed|imprisoned)\b/gi],
  ['benefits', /\b(?:universal credit|on benefits|claims? benefits|claiming benefits|personal independence payment|jobseeker'?s allowance|disability living allowance|attendance allowance|carer'?s allowance|housing benefit|council tax support|(?:been |was |got |were )?sanctioned|benefit sanction|food bank vouchers?)\b/gi],
  ['benefits', /\b(?:PIP|ESA|JSA|DLA|UC)\b/g],
  ['immigration status', /\b(?:asylum seekers?|seeking asylum|claimed asylum|asylum claim|refugee status|overstayer|overstayed|illegal immigrants?|illegals|undocumented|no recourse to public funds|visa (?:has )?expired|facing deportation|being deported|deportation order)\b/gi],
  ['domestic abuse', /\b(?:domestic (?:abuse|violence)|(?:beaten|abused|hit|battered) by (?:her|his|their) (?:partner|husband|wife|boyfriend|girlfriend|ex)|fleeing (?:abuse|violence|her partner|his partner)|restraining order|non[- ]molestation order|in a refuge|women'?s refuge|coercive control)\b/gi],
  ['debt', /\b(?:rent arrears|council tax arrears|in arrears|arrears of|(?:is|are|was|got|getting|in) (?:in )?debt|debts of|bailiffs?|bankrupt(?:cy)?|county court judgment|debt relief order|payday loans?)\b/gi],
  ['eviction', /\b(?:evicted|eviction|being evicted|section 21|section 8 notice|notice to quit|repossessed|repossession)\b/gi],
];

export interface SensitiveHit extends Span {
  category: SensitiveCategory;
}

/**
 * For each SENSITIVE entry (same order), words at least one of which every phrase of that entry
 * contains. A word scan with a Set lookup finds which entries can match, so a draft pays only for
 * the categories it might hold (and nothing on clean text).
 */
const TRIGGERS: string[] = [
  `cancer terminal terminally dementia alzheimer sectioned overdose overdosed miscarriage miscarried depression depressed suicidal suicide harm harming schizophrenia schizophrenic
  bipolar psychosis psychotic breakdown disorder anorexia anorexic bulimia bulimic autism autistic addiction addict alcoholic methadone rehab chemo chemotherapy dialysis stroke heart
  parkinson neurone sclerosis disability disabilities wheelchair blind diabetic diabetes pregnant mental psychiatric antidepressants hospital`,
  `hiv aids adhd`,
  `ccj iva`,
  `nrpf`,
  `gay lesbian bisexual bi trans transgender binary queer came coming come transitioning transitioned reassignment sex`,
  `muslim catholic jewish jew hindu sikh buddhist jehovah mormon atheist christian evangelical islam christianity`,
  `prison jail gaol nick con convict convicted convictions criminal tag tagged probation bail licence offender offenders served did doing jailed imprisoned`,
  `universal benefits personal jobseeker disability attendance carer housing council sanctioned sanction vouchers`,
  `pip esa jsa dla uc`,
  `asylum refugee overstayer overstayed illegal illegals undocumented recourse visa deportation deported`,
  `domestic beaten abused hit battered fleeing restraining molestation refuge women coercive`,
  `arrears debt debts bailiff bailiffs bankrupt bankruptcy county relief payday`,
  `evicted eviction section notice repossessed repossession`,
];
const TRIGGER_WORDS = new Map<string, number>();
TRIGGERS.forEach((ws, i) => {
  for (const w of ws.split(/\s+/)) if (w) TRIGGER_WORDS.set(w, (TRIGGER_WORDS.get(w) ?? 0) | (1 << i));
});

/** First three letters (or the whole of two-letter words) of the trigger words, as a 27×27×27 bitmap. */
const TRIGGER_PREFIX = (() => {
  const t = new Uint8Array(27 * 27 * 27);
  for (const w of TRIGGER_WORDS.keys()) t[prefixKey(w.charCodeAt(0), w.charCodeAt(1), w.length > 2 ? w.charCodeAt(2) : 0)] = 1;
  return t;
})();
function prefixKey(a: number, b: number, c: number): number {
  a = a >= 97 && a <= 122 ? a - 96 : 0;
  b = b >= 97 && b <= 122 ? b - 96 : 0;
  c = c >= 97 && c <= 122 ? c - 96 : 0;
  return (a * 27 + b) * 27 + c;
}

/**
 * The SENSITIVE entries whose trigger words are among the words (runs of ASCII letters) that start in
 * text[from, to), or run across `from`; a bit per entry.
 */
function triggerMask(text: string, from: number, to: number): number {
  let mask = 0;
  let i = from;
  while (i > 0 && ((text.charCodeAt(i - 1) | 0x20) >= 97 && (text.charCodeAt(i - 1) | 0x20) <= 122)) i--;
  while (i < to) {
    let c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) { i++; continue; }
    const start = i;
    while (i < text.length && (c = text.charCodeAt(i) | 0x20) >= 97 && c <= 122) i++;
    const len = i - start;
    if (len < 2 || len > 16) continue;
    const a = text.charCodeAt(start) | 0x20;
    const b = text.charCodeAt(start + 1) | 0x20;
    const d = len > 2 ? text.charCodeAt(start + 2) | 0x20 : 0;
    if (!TRIGGER_PREFIX[prefixKey(a, b, d)]) continue;
    mask |= TRIGGER_WORDS.get(text.slice(start, i).toLowerCase()) ?? 0;
  }
  return mask;
}

/** Which SENSITIVE entries can match (a bit per entry); 0 on clean text. About 1 µs on 280 characters. */
export function sensitiveEntries(text: string): number {
  return triggerMask(text, 0, text.length);
}

/** Cheap gate: could the text hold any sensitive-category phrase? */
export function mayBeSensitive(text: string): boolean {
  return sensitiveEntries(text) !== 0;
}

/**
 * Gates (rules/cues.ts) for the SENSITIVE entries, read in the engine's one pass over the draft: every match of
 * an entry holds one of its gate's words (or word beginnings) as a whole word, chosen for rarity where a phrase
 * allows it ("universal credit": "credit", "council tax support": "tax"). An entry's pattern runs only when its
 * gate passes, or (`both`) when each of two gates does.
 */
const gateWords: string[] = [];
const gatePrefixes: string[] = [];
function sensitiveGate(name: string, words: string, prefixes: string[] = []): string {
  const ws = words.split(/\s+/).filter(Boolean);
  gateWords.push(...ws);
  gatePrefixes.push(...prefixes);
  return defineGate(`pd/sensitive/${name}`, { words: ws, prefixes });
}
const SENSITIVE_GATES: { entries: number[]; gate: string; both?: [string, string] }[] = [
  {
    entries: [0],
    gate: sensitiveGate(
      'health',
      `cancer terminal terminally dementia sectioned overdose overdosed miscarriage miscarried depression depressed suicidal suicide harm harming
      harms schizophrenia schizophrenic bipolar psychosis psychotic breakdown disorder anorexia anorexic bulimia bulimic autism autistic addiction
      addict alcoholic methadone rehab chemo chemotherapy dialysis stroke heart neurone sclerosis disability disabilities wheelchair blind diabetic
      diabetes pregnant mental psychiatric antidepressants hospital`,
      ['alzheimer', 'parkinson'],
    ),
  },
  // The acronyms: HIV, AIDS, ADHD; CCJ, IVA; NRPF; PIP, ESA, JSA, DLA, UC.
  { entries: [1, 2, 3, 8], gate: sensitiveGate('acronyms', 'hiv aids adhd ccj iva nrpf pip esa jsa dla uc') },
  // "came out as", "coming out as", "has come out as" hold "out" too ("came" alone is common: "everyone who came along").
  {
    entries: [4],
    gate: sensitiveGate('orientation', 'gay lesbian bisexual bi trans transgender binary queer transitioning transitioned sex reassignment'),
    both: [defineGate('pd/sensitive/came', { words: ['came', 'coming', 'come'] }), sensitiveGate('out', 'out')],
  },
  { entries: [5], gate: sensitiveGate('religion', 'muslim catholic jewish jew hindu sikh buddhist witness mormon atheist christian evangelical islam christianity') },
  {
    entries: [6],
    gate: sensitiveGate('criminal', 'prison jail gaol nick con convict convicted convictions criminal tag tagged probation bail licence offender offenders served did doing jailed imprisoned'),
  },
  { entries: [7], gate: sensitiveGate('benefits', 'credit benefits independence allowance benefit tax sanctioned voucher vouchers') },
  { entries: [9], gate: sensitiveGate('immigration', 'asylum refugee overstayer overstayed illegal illegals undocumented recourse visa deportation deported') },
  { entries: [10], gate: sensitiveGate('domestic', 'domestic beaten abused hit battered fleeing restraining molestation refuge coercive') },
  { entries: [11], gate: sensitiveGate('debt', 'arrears debt debts bailiff bailiffs bankrupt bankruptcy judgment payday') },
  { entries: [12], gate: sensitiveGate('eviction', 'evicted eviction section quit repossessed repossession') },
];

/** Cues (rules/cues.ts) for a rule whose every finding is a sensitive term: a word of every gate above ("out" for "came out"). */
export const SENSITIVE_CUES = { words: gateWords, prefixes: gatePrefixes } as const;

/** Every sensitive-category term in the draft (memoised). */
export function sensitiveHits(doc: TextDoc): SensitiveHit[] {
  return doc.memo('pd/sensitive', () => {
    const out: SensitiveHit[] = [];
    const text = doc.text;
    // An entry counts only when one of its trigger words is in the draft (sensitiveEntries). A match that holds
    // one shows it; the others ("food bank voucher", "alzheimers") need the whole draft read, which is rare.
    let may = 0;
    for (const g of SENSITIVE_GATES) {
      if (gate(doc, g.gate) || (g.both && gate(doc, g.both[0]) && gate(doc, g.both[1]))) for (const i of g.entries) may |= 1 << i;
    }
    if (may === 0) return out;
    let all = -1;
    SENSITIVE.forEach(([category, re], i) => {
      if (!(may & (1 << i))) return;
      for (const m of doc.matchAll(re)) {
        const end = m.index + m[0].length;
        if (!(triggerMask(text, m.index, end) & (1 << i))) {
          if (all < 0) all = sensitiveEntries(text);
          if (!(all & (1 << i))) continue;
        }
        out.push({ start: m.index, end, category });
      }
    });
    return out.sort((a, b) => a.start - b.start);
  });
}

/** Service listings and awareness framing: "Dementia café", "PIP advice drop-in", "Universal Credit helpline". */
export const SERVICE_FRAME =
  /\b(?:caf[eé]s?|clinic|support group|drop[- ]in|helpline|hotline|advice|awareness|walk|screening|assessments|appeals|payments|rules|eligibility|entitlement|checker|service|services|fund|charity|appeal|training|workshop|session|sessions|surgery|fair|group|groups|network|team|strategy|policy|budget|funding|campaign|research|unit|ward|hub|friendly|champions?|forum|information|info|applications?|claims?|claimants|rollout|roll-out|changes|reforms?|rates?|figures|statistics|numbers|levels|cases)(?![A-Za-z0-9_])/i;

/** Aggregates: "1,200 households", "over 300 families", "12% of residents", "many people". */
export const AGGREGATE =
  /\b(?:\d[\d,]*\s+(?:households|families|residents|people|tenants|claimants|children|pupils|patients|adults|pensioners|young people|homes|properties|of (?:our|the|them))|\d{1,3}(?:\.\d)?\s?%|(?:many|most|some|all|lots of|hundreds of|thousands of|more|fewer)\s+(?:people|residents|families|households|tenants|claimants|pensioners|constituents)|anyone|everyone|residents who|people who|families who|those who|if you(?:'re| are)?)\b/i;

/** First-person self-disclosure ("I was diagnosed", "my own"), and the member's family (R50's job). */
export const SELF = /\b(?:I|I'm|I've|I was|I am|me|myself|my own|mine)\b/;
export const SELF_SUBJECT = /(?:^|[.!?]\s+|,\s*|\band\s+)(?:I|I'm|I've|I'd|I was|I am|I have|I had|my (?:own )?(?:diagnosis|condition|illness|health|experience|recovery))\b/;
export const OWN_FAMILY = /\bmy\s+(?:wife|husband|partner|mum|mam|mother|dad|father|son|daughter|kids?|children|brother|sister|nan|nana|gran|grandad|grandma|grandson|granddaughter|grandchildren|family|uncle|auntie|aunt|cousin|nephew|niece|fiancee?|girlfriend|boyfriend)\b/i;

/** Casework cues (catalog R22). */
export const CASEWORK =
  /\b(?:my constituent|a constituent|(?:a |one )?resident (?:has )?(?:contacted|came to see|emailed|rang|messaged|wrote to) me|I'?ve been helping|I have been helping|(?:her|his|their|your) (?:housing benefit |housing |rent |benefit |council tax |PIP |ESA |UC |universal credit |blue badge |disability |homeless(?:ness)? )?(?:case|claim|application|appeal|assessment|banding|tenancy|arrears|referral)|(?:her|his|their|your) (?:housing benefit|housing|rent|benefit|council tax|PIP|UC|universal credit|repairs?) (?:account|bill|debt|file|repairs?|request|ticket|complaint)|housing (?:case|application|register|list|band|banding|needs|officer)|(?:moved|placed|put) (?:up |down )?(?:to|in|into|on) band [A-E]\b|band [A-E]\b|banding|repairs? (?:ticket|job|request|reference|ref)|case (?:ref|reference|number|no)|homeless(?:ness)? application|rent arrears|arrears (?:are|of|stand)|social worker|(?:PIP|OT|care|needs|capability|carer'?s|medical|housing|disability|mental health) assessment|waiting for (?:a |an |her |his |their )?(?:decision|assessment|transfer|move|repair|appointment|operation|bed|place|visit)|(?:refused|rejected|turned down|approved) (?:her|his|their) (?:claim|application|appeal|request)|living with (?:black )?(?:mould|damp)|(?:damp|mould|mold|leaks?|disrepair|rats|mice|vermin) (?:in|at|throughout) (?:her|his|their) (?:flat|house|home|property|bungalow|kitchen|bedroom)|black mould|disrepair|(?:leaking|broken) (?:roof|boiler|heating)|no heating|chased (?:the )?(?:housing|benefits|council tax|repairs)|I(?:'ll| will) chase)\b/gi;

/** CASEWORK without the global flag, for .test(). */
export const CASEWORK_ANY = new RegExp(CASEWORK.source, 'i');

/**
 * Gates for CASEWORK: every match holds one of these words, or "repair(s)" with a word of the second gate ("your
 * repairs request", "repairs ticket", "waiting for a repair", "chased the repairs"). The update on pothole repairs
 * that so many posts carry has neither, and skips the scan.
 */
const G_CASEWORK = defineGate('pd/casework', {
  words: [
    'constituent', 'resident', 'helping', 'case', 'claim', 'application', 'appeal', 'assessment', 'banding', 'tenancy', 'arrears', 'referral', 'account', 'bill',
    'debt', 'file', 'request', 'ticket', 'complaint', 'housing', 'band', 'worker', 'waiting', 'mould', 'mold', 'damp', 'leak', 'leaks', 'disrepair', 'rats',
    'mice', 'vermin', 'roof', 'boiler', 'heating', 'chased', 'chase',
  ],
});
const G_CASEWORK_REPAIR = defineGate('pd/casework-repair', { words: ['ticket', 'job', 'request', 'reference', 'ref', 'her', 'his', 'their', 'your', 'waiting', 'chased'] });

/** Can CASEWORK match in the draft? (Two bit tests; the pattern itself tries dozens of phrases at every word.) */
export function mayHaveCasework(doc: TextDoc): boolean {
  return gate(doc, G_CASEWORK) || gate(doc, G_CASEWORK_REPAIR);
}

/** Identifying details that make a case about one household: family composition, age, a single person noun. */
export const IDENTIFYING_DETAIL =
  /\b(?:single (?:mum|mam|mother|dad|father|parent) of (?:one|two|three|four|five|six|\d)|(?:mum|mam|mother|dad|father) of (?:one|two|three|four|five|six|\d)|family of (?:three|four|five|six|seven|eight|\d)|(?:elderly|disabled|pregnant|young|vulnerable|widowed|blind|deaf|old|older) (?:man|woman|lady|gentleman|gent|couple|resident|tenant|neighbour|widow|widower|mum|mam|dad|pensioner)|(?:aged|age) \d{1,3}|\d{1,3}[- ]year[- ]old|pensioner|widow(?:er)?|the (?:lad|bloke|man|woman|lady|girl|boy|guy|fella|couple|family|tenant|tenants|landlord|owner|resident|neighbour|neighbours) (?:who|at|from|on|in|next door|opposite|above|below))\b/i;

/** Residence cues (catalog §1.7 residenceCue, widened). */
export const RESIDENCE =
  /\b(?:lives?|living|lived|resides?|residing|stays|staying) (?:at|in|on|next door|opposite|above|below|round the corner|near)|home address|(?:his|her|their|your|my) (?:house|home|flat|address|place|front door|bungalow|maisonette)|(?:the )?(?:family|man|woman|lady|bloke|lad|couple|tenants?|landlord|neighbours?|owner|occupants?|household|residents?|people|guy|fella|girl|boy) (?:at|from|in) (?:no\.?\s?|number\s)?\d{1,4}[a-z]?\b|(?:no\.?|number)\s?\d{1,4}[a-z]?\b|next door|moved (?:in|into)|living at|address(?:es)? (?:is|was|:)|(?:flat|apartment|apt)\s?\d{1,4}[a-z]?\b|HMO|council house|housing association (?:house|flat|property)|tenancy|(?:rented|rents|renting) (?:a |the )?(?:house|flat)/i;

/** Venues and events: an address here is a place people go, not a home. */
export const VENUE =
  /\b(?:library|libraries|church|chapel|cathedral|mosque|temple|gurdwara|synagogue|hall|community cent(?:re|er)|cent(?:re|er)|school|academy|college|nursery|surgery|clinic|pharmacy|health cent(?:re|er)|hospital|pub|inn|arms|tavern|club|hotel|caf[eé]|coffee shop|restaurant|takeaway|chippy|shop|store|supermarket|market|office|offices|museum|gallery|theatre|cinema|leisure cent(?:re|er)|sports cent(?:re|er)|pool|gym|park|playground|station|depot|garage|unit|industrial estate|business park|food ?bank|warehouse|car park|meeting|event|open day|coffee morning|drop[- ]in|fun day|gala|fair|fete|f[eê]te|session|workshop|class|classes|tip|recycling cent(?:re|er)|household waste|venue|scout hut|hut|pavilion|allotments?|ward surgery|polling station|hq|headquarters|ltd|limited|business|salon|barbers?|studio|site|development|plot|building)(?![A-Za-z0-9_])/i;

/** Allegations (R14) and threats (R07/R08) that escalate address and phone findings. */
export const ALLEGATION =
  /\b(?:dealer|dealing|drug[s]?|thie(?:f|ves)|stole|stolen|nicked|burglar|burgled|criminal|crook|fraud(?:ster)?|scrounger|benefit cheat|paedo(?:phile)?|nonce|pervert|abuser|wife[- ]beater|grass|fly[- ]tipp(?:ing|er|ers)|vandal|arsonist|thug|scumbag|scum|yob|lowlife)\b/i;
export const THREAT =
  /\b(?:pay (?:him|her|them) a visit|go round|knock on (?:his|her|their) door|sort (?:him|her|them) out|teach (?:him|her|them) a lesson|you know where (?:he|she|they) lives?|let'?s (?:all )?(?:go|visit|pay)|everyone go round)\b/i;

/** Child cues (R24) that escalate an address. */
export const CHILD = /\b(?:kids?|child(?:ren)?|son|daughter|toddler|baby|babies|pupil|schoolboy|schoolgirl|year \d{1,2}|aged (?:[1-9]|1[0-7])\b|\((?:[1-9]|1[0-7])\))/i;

/** Self references that mean "this is my own contact detail": "call me on", "my mobile is". */
export const SELF_CONTACT = /\b(?:me|my|I'm|I am|myself)\b[^.!?\n]{0,30}$/i;

/** Sentence span around an offset. */
export function sentenceOf(doc: TextDoc, offset: number): Span {
  return doc.sentenceAt(offset);
}

/** Text of a span. */
export function slice(doc: TextDoc, s: Span): string {
  return doc.text.slice(s.start, s.end);
}

/** Private people (not @organisations, not councillors or officers from the member's lists) in a span. */
export function privatePeopleIn(doc: TextDoc, span: Span) {
  return people(doc).filter(
    (p) => p.start >= span.start && p.end <= span.end && !p.org && !p.weak && !(p.kind === 'honorific' && /^(?:cllr|councillor)$/i.test(p.title ?? '')) && !(p.kind === 'listed' && p.list !== 'familyNames'),
  );
}

/** Digits in a string (cheap, no allocation). */
export function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** What the identifier, phone and address patterns need of a draft's digits, read in one pass (digitStats). */
export interface DigitStats {
  /** Digits in the draft. */
  count: number;
  /** The lengths of the runs of consecutive digits, a bit each (bit n: a run of n digits; bit 31: 31 or more). */
  runs: number;
  /** The most digits in one stretch of digits, spaces, tabs and dashes ("943 476 5919", "20-45-77", "4539 1488 0343 6467"). */
  spaced: number;
  /** The most digits in one stretch of digits, spaces, tabs, dots, brackets, dashes and plus signs ("+44 (0)7700 900.123"). */
  dialled: number;
  /** A letter right before a digit ("S70", "YD19", "GB82"), and a capital one. */
  letterDigit: boolean;
  capitalDigit: boolean;
  /** A digit right before a capital letter ("ABC 123D"). */
  digitCapital: boolean;
  /** Where each run of 1–4 digits ends that is not right after a word character or one of "/£$.,:–-" (house numbers). */
  shortRuns: number[];
  /** Where each run of digits starts that comes right after "at" ("lives at 43", "at 6pm"), perhaps with a space or tab between. */
  afterAt: number[];
  /** A run of digits right after "no", "no." or "number" ("at no. 9", "number 14"), perhaps with a space or tab between. */
  afterNo: boolean;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;

const DIGIT_RUN = /\d+/g;

/** The draft's DigitStats (memoised): one look at each run of digits. */
export function digitStats(doc: TextDoc): DigitStats {
  return doc.memo('pd/digits', () => {
    const text = doc.text;
    const n = text.length;
    const st: DigitStats = { count: 0, runs: 0, spaced: 0, dialled: 0, letterDigit: false, capitalDigit: false, digitCapital: false, shortRuns: [], afterAt: [], afterNo: false };
    let spaced = 0;
    let dialled = 0;
    let prevEnd = -1;
    DIGIT_RUN.lastIndex = 0;
    for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
      const start = m.index;
      const len = m[0].length;
      const end = start + len;
      // The characters since the last run keep a stretch going only if all are its separators.
      if (prevEnd >= 0) {
        let keepSpaced = true;
        let keepDialled = true;
        for (let k = prevEnd; k < start && keepDialled; k++) {
          const c = text.charCodeAt(k);
          if (c !== 32 && c !== 9 && c !== 45) {
            keepSpaced = false;
            if (c !== 46 && c !== 40 && c !== 41 && c !== 43) keepDialled = false;
          }
        }
        if (!keepSpaced) spaced = 0;
        if (!keepDialled) dialled = 0;
      }
      prevEnd = end;
      st.count += len;
      st.runs |= 1 << Math.min(len, 31);
      spaced += len;
      dialled += len;
      if (spaced > st.spaced) st.spaced = spaced;
      if (dialled > st.dialled) st.dialled = dialled;
      const before = start > 0 ? text.charCodeAt(start - 1) : 32;
      const after = end < n ? text.charCodeAt(end) : 32;
      if (isLetter(before)) {
        st.letterDigit = true;
        if (before <= 90) st.capitalDigit = true;
      } else if (len <= 4 && before !== 95 && !NOT_BEFORE_HOUSE_NUMBER.includes(before)) {
        st.shortRuns.push(end);
      }
      if (after >= 65 && after <= 90) st.digitCapital = true;
      // "at 43", "no. 9", "number 14" (by the last letter first: most runs follow none of these).
      const p = before === 32 || before === 9 ? start - 1 : start;
      const last = text.charCodeAt(p - 1) | 0x20;
      if (last === 116 /* t */) {
        if (wordBefore(text, p, 'at')) st.afterAt.push(start);
      } else if (last === 111 /* o */) st.afterNo ||= wordBefore(text, p, 'no');
      else if (last === 114 /* r */) st.afterNo ||= wordBefore(text, p, 'number');
      else if (last === 46 /* . */) st.afterNo ||= wordBefore(text, p - 1, 'no');
    }
    return st;
  });
}
/** HOUSE_STREET's look-behind (home-address.ts): no house number right after one of "/£$.,:–-". */
const NOT_BEFORE_HOUSE_NUMBER = [...'/£$.,:–-'].map((ch) => ch.charCodeAt(0));

/** Does `word` (lower case) end at text[end], as a whole word at its start? */
function wordBefore(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false;
  const c = start > 0 ? text.charCodeAt(start - 1) : 32;
  return !isLetter(c) && !isDigit(c) && c !== 95;
}

/** Normalised own-published and own-private contacts, for allowlisting. */
export function ownContacts(doc: TextDoc): { digits: Set<string>; emails: Set<string> } {
  return doc.memo('pd/own', () => {
    const digits = new Set<string>();
    const emails = new Set<string>();
    for (const s of [...(doc.lists.ownPublishedContacts ?? []), ...(doc.lists.ownPrivateDetails ?? [])]) {
      if (typeof s !== 'string') continue;
      if (s.includes('@')) emails.add(s.trim().toLowerCase());
      else {
        const p = parseUkPhone(s);
        const d = p ? p.national : s.replace(/\D+/g, '');
        if (d.length >= 6) digits.add(d);
      }
    }
    return { digits, emails };
  });
}

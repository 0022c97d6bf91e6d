import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Span } from '../types';
import { defineGate, gate } from '../cues';
import { criticalCue, nextSentence, prevSentence, sentenceOf } from '../shared/conduct';
import { inQuoteCondemnFrame } from '../shared/frames';
import { coreTargets, type Target } from '../shared/targets';
import { EMAIL_RE_SOURCE, findUkPhones } from '../shared/validators';

// A call-to-action stem: every hit also needs one of these in the typed text (tested after CTA, the cheaper scan).
const PRE = /messag|\bdm\b|\bpm\b|inbox|e-?mail|\bring\b|phone|\bcall\b|\btext\b|\btag\b|flood|bombard|spam|inundate|hound|troll|go after|get on ?to|contact|write to|complain|review|star|tell (?:him|her|them|this)|let (?:him|her|them)|make sure|far and wide|famous|name and shame|give |earful|forget|a visit|turn up|knows|know what to do|share/i;

// Mass call-to-action (R10 signals). Folded text: lower case, straight apostrophes.
const CTA =
  /\b(?:message|messaging|dm|pm|inbox|e-?mail|ring|phone|call|text|tag|flood|bombard|spam|inundate|hound|troll|go after|get on ?to|contact|write to|complain to|leave (?:a |some |them |him |her )?(?:bad |1[- ]star |one[- ]star )?(?:reviews?|comments?)|review[- ]bomb|1[- ]star|one[- ]star|tell (?:him|her|them|this (?:man|woman|bloke|lad|fella|guy)) (?:what you think|exactly what|where to go)|let (?:him|her|them) (?:know (?:what you think|how you feel|exactly)|have it)|make sure (?:he|she|they) (?:can'?t|cannot|can not|doesn'?t|don'?t|never) (?:hide|forget|get away|live (?:it|this) down|sleep)|make sure (?:[\w'@.-]{1,20} ){1,3}(?:knows|hears|sees this|gets the message|gets this)|share (?:this |it |the post |my post )?(?:far and wide|everywhere|widely|with everyone)|make (?:him|her|them) famous|name and shame|give (?:him|her|them|(?:[\w'@.-]{1,20} ){1,3}?)(?:hell|grief|a piece of (?:your|our) mind|what for|a hard time|an earful)|don'?t let (?:him|her|them) forget|pay (?:him|her|them) a visit|turn up (?:at|outside) (?:his|her|their)|so (?:the whole|everyone in the|all the) (?:village|town|street|estate|ward|area|world|country|borough) knows|you know what to do)\b/g;
// Phrases that are calls to the crowd in themselves (no audience word needed).
const INHERENT = /far and wide|everywhere|widely|with everyone|famous|name and shame|knows$|you know what to do|make sure|give (?:him|her|them)|don'?t let|pay (?:him|her|them)|turn up|flood|bombard|inundate|review[- ]bomb|1[- ]star|one[- ]star|hound/;
const AUDIENCE = /\b(?:everyone|everybody|every one of you|all of you|let'?s|lets|as many (?:people|of you) as|please all|folks|guys|you all|y'?all|if you (?:agree|feel|care|want|can)|get (?:everyone|your friends)|spread the word|all (?:go|get|send))\b/i;
// Sentence-initial imperative ("Tag @X everywhere", "Message Sarah…", "Everyone message…").
const IMPERATIVE_START = /^\W{0,3}(?:(?:please|so|now|just|and|go|everyone|everybody|all of you|folks|guys|let'?s(?: all)?)[ ,]+){0,2}$/i;
// Official channels about a policy (don't fire): consultations, petitions, "write to your MP about the rail cuts".
const CHANNEL = /\b(?:consultation|petition|survey|respond|response|objection|object to the|representations?|have your say|planning portal|formal complaint|complaints procedure|report it)\b/i;
const YOUR_REP = /^(?:your|their|our|the local|the)\s+(?:mp|mps|councillors?|local councillors?|ward councillors?|mayor|representatives?)$/i;
// Residence cue: a target's home.
const HOME = /\b(?:lives (?:at|on|in)|home address|(?:his|her|their) (?:house|home|address|door)|\d{1,4}[a-z]? [A-Z][a-z]+ (?:Street|St|Road|Rd|Lane|Avenue|Close|Drive|Way|Crescent|Court|Grove|Terrace|Place|Gardens|Walk|View|Rise|Square)|(?:no\.?|number) ?\d{1,4}\b)/i;
// Swamping verbs ("flood", "bombard", "spam", "inundate") are also everyday nouns and adjectives ("flood update",
// "the flood map", "spam filter"). As a call they need a crowd or imperative frame and an object right after:
// "everyone flood his page", "let's bombard Bloggs Builders with reviews".
const SWAMP = /^(?:flood|bombard|spam|inundate)$/;
const SWAMP_OBJECT = /^\s+(?:him|her|them|his|her|their|its|the|this|that|these|those|every|all|@|[A-Z][a-z]|(?:his|her|their)\b)/;
const NEUTRAL_VERB = /^(?:message|messaging|dm|pm|inbox|e-?mail|ring|phone|call|text|tag|contact|write to)$/;
const HOSTILE = /\b(?:what you think|complain|until|sort (?:it|this|the \w+) out|answer|explain|shame|disgrace|hide|let (?:him|her|them) know|tell (?:him|her|them)|demand|to account|ask (?:him|her|them) why|everywhere|flood|resign|sack|apologi[sz]e|can'?t ignore|won'?t ignore|keep (?:on|at)|every day|over and over|again and again)\b|['‘][^'’]{1,30}['’]/i;
const EMAIL = new RegExp(EMAIL_RE_SOURCE, 'g');
/**
 * A word of each CTA alternative but "go after" and "you know what to do", whose words are everyday ones ("after
 * two years", "you know"): those two need both "go" and "after", and "know" and "what". Gates, so that a draft with
 * only "after" or "know" skips the scan.
 */
const CTA_WORDS = [
  'message', 'messaging', 'dm', 'pm', 'inbox', 'email', 'mail', 'ring', 'phone', 'call', 'text', 'tag', 'flood', 'bombard', 'spam', 'inundate',
  'hound', 'troll', 'get', 'contact', 'write', 'complain', 'leave', 'review', 'star', 'tell', 'let', 'sure', 'share', 'famous', 'shame',
  'give', 'forget', 'visit', 'turn', 'knows',
];
const G_CTA = defineGate('harassment/cta', { words: CTA_WORDS });
const G_GO = defineGate('harassment/cta-go', { words: ['go'] });
const G_AFTER = defineGate('harassment/cta-after', { words: ['after'] });
const G_KNOW = defineGate('harassment/cta-know', { words: ['know'] });
const G_WHAT = defineGate('harassment/cta-what', { words: ['what'] });
const mayCallOut = (doc: TextDoc) => gate(doc, G_CTA) || (gate(doc, G_GO) && gate(doc, G_AFTER)) || (gate(doc, G_KNOW) && gate(doc, G_WHAT));

// The core kinds of targets.ts (coreTargets): people, @mentions, organisations and roles.
const TARGET_KINDS = new Set(['person', 'mention', 'organisation', 'role']);

function isTarget(t: Target): boolean {
  if (!TARGET_KINDS.has(t.kind)) return false;
  if (t.kind === 'role' && YOUR_REP.test(t.text.trim())) return false;
  if (t.kind === 'mention' && /council|gov|police|nhs|official/i.test(t.text)) return false;
  return true;
}

/** Someone's contact details in the draft: a personal phone number, a non-council email, a home address cue. */
function contactDetails(doc: TextDoc): boolean {
  return doc.memo('harassment.contactDetails', () => {
    const own = new Set((doc.lists.ownPublishedContacts ?? []).map((s) => String(s).toLowerCase().replace(/\s+/g, '')));
    for (const p of findUkPhones(doc.text)) {
      const raw = doc.text.slice(p.start, p.end).replace(/\s+/g, '');
      if (!p.phone?.organisation && !own.has(raw)) return true;
    }
    for (const m of doc.matchAll(EMAIL)) {
      const e = m[0].toLowerCase();
      if (!/\.gov\.uk$|\.police\.uk$|\.nhs\.uk$/.test(e) && !own.has(e)) return true;
    }
    return HOME.test(doc.text);
  });
}

function targetFor(doc: TextDoc, span: Span): Target | null {
  const sent = sentenceOf(doc, span.start);
  const inSent = coreTargets(doc).filter((t) => t.start >= sent.start && t.end <= sent.end && isTarget(t));
  // The target after the call ("message Sarah Whitaker", "flood Bloggs Builders' page"), or just before it
  // in the same clause ("Leave Acme Roofing a one-star review").
  const after = inSent.find((t) => t.start >= span.end && t.start - span.end <= 60);
  if (after) return after;
  const before = inSent.filter((t) => t.end <= span.start && span.start - t.end <= 30 && !/[:;—–()\n]|\s-\s/.test(doc.text.slice(t.end, span.start)));
  if (before.length) return before[before.length - 1];
  if (inSent.some((t) => t.start < span.end && t.end > span.start)) return inSent.find((t) => t.start < span.end && t.end > span.start)!;
  // "make sure he can't hide": a pronoun points back to the previous sentence.
  if (/\b(?:him|her|them|he|she|they|his|their)\b/i.test(doc.text.slice(sent.start, sent.end))) {
    const prev = prevSentence(doc, span);
    if (prev) {
      const p = coreTargets(doc).filter((t) => t.start >= prev.start && t.end <= prev.end && isTarget(t));
      if (p.length) return p[p.length - 1];
    }
  }
  return null;
}

export default defineRule({
  id: 'harassment/pile-on',
  family: 'harassment',
  title: 'Asking others to target a person',
  severity: 'warn',
  sets: ['core-legal'],
  lists: { uses: ['officers'], withoutThem: 'generic-cues' },
  policy: [
    { file: '000_02512859952f4825.txt', section: 'Your responsibility when using social media', quote: "Online bullying includes inappropriate content concerning the council's services, council employees and other elected members, residents, businesses, customers or suppliers." },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '2. Purpose', quote: 'Bullying or "trolling"' },
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (3) Harassment', quote: 'It is an offence to repeatedly pursue a campaign against a person that is likely to cause alarm, harassment or distress.' },
  ],
  message:
    "This asks others to contact or target {target}. Even when you're frustrated, this can turn into a pile-on and may count as online bullying. Consider raising it through the proper channel instead.",
  action: 'Raise it through the proper channel instead of asking others to contact them.',
  examples: {
    trigger: [
      { text: "Everyone message Sarah Whitaker in highways and tell her what you think of her 'plan'. Her work email is on the council site.", severity: 'warn', source: 'catalog R10 #1' },
      { text: "Let's all flood Bloggs Builders' Facebook page with reviews until they sort out the mess on Church Street.", severity: 'warn', source: 'catalog R10 #2' },
      { text: 'Tag @MattLeeBury everywhere — make sure he can\'t hide from this.', severity: 'warn', source: 'catalog R10 #3' },
      { text: 'Share this far and wide so the whole village knows what Mr Clarke at No. 4 has done.', source: 'catalog R10 #4' },
      { text: 'Everyone ring Gary Holt and let him know what you think: 07700 900123.', severity: 'stop' },
      { text: 'Leave Acme Roofing a one-star review, everyone, they deserve it.', severity: 'warn' },
      { text: 'Cllr Dyson voted to shut the pool. Everyone flood his page with comments until he explains himself.', severity: 'warn' },
    ],
    quiet: [
      { text: 'Please respond to the bus consultation — the survey is here: https://…', source: 'catalog R10 #1' },
      { text: "If you've been affected by the bin strike, email me at cllr.ahmed@bury.gov.uk and I'll chase it up.", source: 'catalog R10 #2' },
      { text: 'Write to your MP about the rail timetable cuts — template letter here.', source: 'catalog R10 #3' },
      { text: 'Everyone welcome at the ward forum on Thursday — bring your questions for the police.', source: 'catalog R10 #4' },
      { text: "Let's all email the council to object to the library closure." },
      { text: 'Please share this far and wide: the food bank needs tinned goods this week.' },
      { text: 'Everyone tag a friend who would love the Penistone gala!' },
      { text: 'Please call Sarah on 07700 900123 to book your place at the lunch club.' },
      { text: 'Write to Cllr Patel about the rail timetable cuts — she is collecting views.' },
      { text: 'Someone told everyone to message me and flood my page. I have reported it to the police.' },
      { text: 'Flood update: the Environment Agency has stood down the warning for the River Dearne.' },
      { text: 'Here is the Environment Agency flood map for the Dearne valley — check your postcode.' },
      { text: 'Everyone on Mill Lane, please sign up for flood alerts: the river is rising.' },
      { text: 'Flood Warning for the River Dearne at Darfield has been lifted.' },
    ],
  },
  // Every hit is a CTA match on the folded text: one word of each of its alternatives ("e-mail" reads as "e" and "mail", "1-star" as "star").
  cues: { words: [...CTA_WORDS, 'after', 'know'] },
  detect(doc) {
    // CTA (one scan led by \b, cheap) before PRE (unanchored stems, a scan that tries every position): a draft
    // without a CTA match has no hit whatever PRE says, and PRE still has the last word where CTA matched.
    if (!mayCallOut(doc)) return [];
    const ctas = doc.matchFolded(CTA);
    if (ctas.length === 0 || !PRE.test(doc.text)) return [];
    const hits: Hit[] = [];
    for (const m of ctas) {
      const span = { start: m.start, end: m.end };
      const phrase = m.match[0];
      const sent = sentenceOf(doc, m.start);
      const sText = doc.text.slice(sent.start, sent.end);
      const lead = doc.text.slice(sent.start, m.start);
      if (SWAMP.test(phrase)) {
        const post = doc.text.slice(m.end, m.end + 20);
        // Noun use: "Flood update:", "the flood map", "Environment Agency flood warning", "flood defences".
        if (!SWAMP_OBJECT.test(post) || /^\s+[A-Za-z]+\s*[:–—|]/.test(post) || /^\s+the\s+(?:river|valley|plain|zone|area|risk|warning|water)/i.test(post)) continue;
        if (/\b(?:the|a|an|of|agency|river|this|our|their|latest|new)\s+$/i.test(lead)) continue;
        // A bare sentence-initial "Flood Warning for the River Don" is a headline; bare imperatives count only with a
        // personal object ("Flood his page").
        const bare = lead.trim() === '';
        if (!AUDIENCE.test(sText) && !(IMPERATIVE_START.test(lead) && (!bare || /^\s+(?:him|her|them|his|their)\b/i.test(post)))) continue;
      }
      const crowd = INHERENT.test(phrase) || AUDIENCE.test(sText) || IMPERATIVE_START.test(lead);
      if (!crowd) continue;
      // Plain contact verbs ("call Sarah on … to book") need a hostile purpose in the sentence or the next (asked
      // before the dearer frame and targets tests: it needs neither).
      if (NEUTRAL_VERB.test(phrase)) {
        const next = nextSentence(doc, span);
        const scope = sText + ' ' + (next ? doc.text.slice(next.start, next.end) : '');
        if (!HOSTILE.test(scope) && !criticalCue(scope)) continue;
      }
      if (inQuoteCondemnFrame(doc, span)) continue;
      const t = targetFor(doc, span);
      if (!t) continue;
      // "Write to your councillor about the cuts", "email the council to object": a channel about a policy.
      if (t.role === 'member' && (CHANNEL.test(sText) || /\babout (?:the|this|our|their)\b/i.test(sText))) continue;
      const stop = (t.kind === 'person' || t.kind === 'mention' || (t.kind === 'role' && t.role !== 'member')) && contactDetails(doc) && !/email me|ring me|call me|message me|contact me/i.test(sText);
      hits.push({ start: m.start, end: m.end, severity: stop ? 'stop' : 'warn', vars: { target: t.text } });
    }
    return hits.slice(0, 3);
  },
});

import { defineRule } from '../define';
import type { Hit } from '../types';
import { defineGate, gate } from '../cues';
import { electionPeriod } from '../shared/calendar';
import { peopleIn } from '../shared/people';

// (a) The member's own uncertainty (catalog R44). About a named person it is R15's business (hearsay).
const UNSURE =
  /\b(?:not sure (?:if|whether) (?:this|it|that)(?: is|'s)? (?:true|right|correct|accurate)|not sure if (?:this|it)'?s? true|apparently|I'?ve heard (?:that|a rumou?r|rumou?rs|the council|they|it'?s|it is)|I have heard (?:that|a rumou?r|rumou?rs|the council|they)|I heard (?:that|a rumou?r)|rumou?rs? (?:is|are|has it|going round|that)|rumou?red|someone (?:told|has told) me|somebody (?:told|has told) me|a friend (?:told|said)|can (?:anyone|anybody|someone) confirm|(?:sharing|posting) (?:this )?just in case|word is|word on the street|unconfirmed|I'?m told|I am told|I'?ve been told|I have been told|on the grapevine|not (?:100 ?%|a hundred percent) sure|is it true (?:that )?|(?:is|if) this (?:is )?true\?)/gi;
// (b) Opinion framed as fact.
const FACT_LABEL = /(?:^|[\s(])(?:FACT|Fact)\s*[:!—–-]/g;
const AS_FACT = /\b(?:the fact is|it'?s a fact that|it is a fact that|fact of the matter is|everyone knows|everybody knows|we all know that|the truth they don'?t want you to know|what they don'?t want you to know|wake up,? (?:people|sheeple|Barnsley|Bury|residents)|no one can deny|undeniable fact)\b/gi;
// (c) Figures with a change verb.
const FIGURE = /(?:£\s?\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?|\b\d[\d,.]*\s?(?:%|per ?cent\b))/gi;
const CHANGE = /\b(?:up|down|rose|risen|rising|fell|fallen|falling|cut|cuts|slashed|wasted|waste|spent|spending|squandered|blew|doubled|tripled|trebled|halved|increased?|decreased?|soared|rocketed|plummeted|dropped|lost|jumped|grown|grew)\b/i;
const SOURCED =
  /https?:\/\/|www\.|\b(?:according to|source:|sources?:|figures (?:from|published)|data (?:from|published)|(?:police|ONS|council|government|NHS|official) (?:figures|data|statistics|stats)|ONS|police\.uk|statement of accounts|annual report|audit(?:ed)? accounts|census|survey (?:by|from)|report (?:by|from)|published (?:by|in)|p\.\s?\d|page \d|FOI|freedom of information)\b/i;
// Checking or debunking is the opposite of spreading.
const CHECKED = /\b(?:I'?ve checked|I have checked|checked with|fact[- ]check\w*|(?:is|are|was) (?:false|untrue|not true|a myth|wrong)|debunk\w*|myth)\b/i;
// Opinion marked as opinion.
const OPINION = /\b(?:I think|in my (?:view|opinion)|I believe|I feel|my view is|personally)\b/i;
// One word of each kind of finding, read with the rules' cues, so a draft runs only the scans it can
// match. A marker without a closing \b ("apparently…", "I'm told…", "is it true…") takes its word as a prefix;
// "someone/somebody told me" is read by its "told".
const G_UNSURE = defineGate('unverified/unsure', {
  words: ['heard', 'friend', 'just', 'word'],
  prefixes: ['sure', 'apparently', 'rumo', 'confirm', 'unconfirmed', 'told', 'grapevine', 'true'],
});
const G_FACT = defineGate('unverified/fact', { words: ['fact', 'knows', 'know', 'wake', 'deny'] });
// A figure needs "£", "%" or "per cent" (glued to the digits or not, "per centimetre" included).
const G_FIGURE = defineGate('unverified/figure', { chars: '£%', prefixes: ['percent', 'cent'] });
// A source needs "://", "www." or one of these words (whole: each is followed by a word break in SOURCED);
// an opinion marker one of OPINION's words. Read with the rules' cues, so most drafts skip both scans.
const G_SOURCED = defineGate('unverified/sourced', {
  words: [
    'according', 'source', 'sources', 'figures', 'data', 'statistics', 'stats', 'ons', 'police', 'statement', 'annual', 'audit', 'audited', 'census',
    'survey', 'report', 'published', 'p', 'page', 'foi', 'freedom',
  ],
});
const G_OPINION = defineGate('unverified/opinion', { words: ['think', 'view', 'opinion', 'believe', 'feel', 'personally'] });
const CIVIC = /\b(?:council|cabinet|clos\w*|scrap\w*|cuts?|ban\w*|fines?|charg\w*|tip|recycling|library|libraries|school|bus|buses|road|police|crime|hospital|NHS|GP|plan\w*|houses|homes|housing|development|shut\w*|open\w*|tax|bins?|estate|asylum|migrants?|hotel|jobs|depot|leisure|pool|centre|park|service\w*|funding|budget|money|£)\b/i;

export default defineRule({
  id: 'misinformation/unverified-claim',
  family: 'misinformation',
  title: 'Unverified or unsourced claim',
  severity: 'warn',
  sets: ['accuracy'],
  policy: [
    { file: '004_f238b8de7f3077ec.txt', section: 'Rules of engagement', quote: 'Rule 4: Posts should not spread false or unverified information.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Handling online abuse', quote: 'avoid posting false or unverified information.' },
    { file: '000_02512859952f4825.txt', section: 'Key points', quote: 'Anything you publish must be true, not misleading, and all claims must be substantiated and approved.' },
    { file: '000_02512859952f4825.txt', section: 'No place for hate in Barnsley', quote: 'misinformation (false, misleading or out-of-context material regardless of the motivation behind it)' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Understand what you can and can’t post online, including legally.', quote: 'Councillors should be mindful of the difference between fact and opinion.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '5. Principles for using social media', quote: 'Be credible and consistent – be accurate, fair, thorough and transparent.' },
  ],
  // The catalog has two warnings, (a) unsure and (c) unsourced figure; (b) "opinion as fact" gets its own first sentence.
  message: '{whatWeNoticed} {whatToDo}',
  action: 'Check with the council or a reliable source first, or add a link to your source.',
  examples: {
    trigger: [
      { text: 'Not sure if this is true but apparently the council is scrapping free bulky waste collections from April. Sharing just in case!', severity: 'warn', source: 'catalog R44 #1' },
      { text: 'FACT: crime in Goldthorpe is up 300% since the new estate was built.', severity: 'warn', source: 'catalog R44 #2' },
      { text: 'The council wasted £4.2m on consultants last year.', severity: 'info', source: 'catalog R44 #3' },
      { text: 'Someone told me the tip at Smithies Lane is closing for good — can anyone confirm?', severity: 'warn', source: 'catalog R44 #4' },
      { text: 'Everyone knows the new bus lanes have made congestion worse.', severity: 'warn', source: 'catalog R44 #5' },
      { text: 'Word is the Metrodome is shutting in the summer.', severity: 'warn' },
      { text: 'Council tax has doubled in ten years — 100% up while services were cut.', severity: 'info' },
      {
        text: 'The council wasted £4.2m on consultants last year.',
        context: { now: '2026-04-20T18:00' },
        settings: { lists: { elections: [{ noticeOfElection: '2026-03-27', pollingDay: '2026-05-07' }] } },
        severity: 'warn',
      },
    ],
    quiet: [
      { text: 'Crime in Goldthorpe fell 12% last year, according to South Yorkshire Police figures: https://…', source: 'catalog R44 #1' },
      { text: 'The council spent £4.2m on consultants last year (Statement of Accounts, p.47: https://…).', source: 'catalog R44 #2' },
      { text: "I think the new bus lanes have made congestion worse on Sheffield Road — what's your experience?", source: 'catalog R44 #3' },
      { text: 'The tip at Smithies Lane closes on Christmas Day only — opening hours here: https://…gov.uk/…', source: 'catalog R44 #4' },
      { text: "I've checked with officers: the rumour about £100 bin fines is false. Here's the council's statement: https://…gov.uk/…" },
      { text: '20% off all tickets at the Civic this weekend!' },
      { text: 'Thank you to the 300 volunteers who turned out for the litter pick.' },
    ],
  },
  // One word of every marker (UNSURE, FACT_LABEL, AS_FACT) and what every figure needs (£, %, per cent).
  cues: {
    words: ['sure', 'apparently', 'heard', 'someone', 'somebody', 'friend', 'confirm', 'just', 'word', 'unconfirmed', 'told', 'grapevine', 'true', 'fact', 'know', 'knows', 'wake', 'deny', 'percent', 'cent'],
    prefixes: ['rumo'],
    chars: '£%',
  },
  detect(doc) {
    const text = doc.text;
    const hits: Hit[] = [];
    for (const m of gate(doc, G_UNSURE) ? doc.matchAll(UNSURE) : []) {
      const s = doc.sentenceAt(m.index);
      // Hearsay about the weather or a film is not a civic claim: every marker needs a public-affairs subject.
      if (!CIVIC.test(text.slice(s.start, s.end))) continue;
      // About a named person: defamation/hearsay-about-person deals with it.
      if (peopleIn(doc, s).length > 0) continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        severity: 'warn',
        vars: {
          whatWeNoticed: `You've said you're not sure this is true ('${m[0]}'). Sharing unverified information can spread misinformation.`,
          whatToDo: 'Check with the council or a reliable source first.',
        },
      });
      break;
    }
    const facts = gate(doc, G_FACT);
    const figures = gate(doc, G_FIGURE);
    // A source silences both: asked only once there is a fact framing or a figure to silence.
    let sourced: boolean | undefined;
    const unsourced = () => !(sourced ??= (text.includes('://') || doc.folded.text.includes('www.') || gate(doc, G_SOURCED)) && SOURCED.test(text));
    if (facts || figures) {
      const framed = facts ? [...doc.matchAll(FACT_LABEL), ...doc.matchAll(AS_FACT)] : [];
      for (const m of framed.length > 0 && unsourced() ? framed : []) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const fs = doc.sentenceAt(start);
        if (!CIVIC.test(text.slice(fs.start, Math.min(text.length, fs.end + 120)))) continue;
        hits.push({
          start,
          end: m.index + m[0].length,
          severity: 'warn',
          vars: {
            whatWeNoticed: `This presents a claim as settled fact ('${m[0].trim()}') without saying where it comes from. Councillors should be mindful of the difference between fact and opinion.`,
            whatToDo: 'Add a source, or make clear it is your view.',
          },
        });
        break;
      }
      if (figures && (text.includes('£') || /\d\s?(?:%|per ?cent)/i.test(text)) && unsourced() && !(gate(doc, G_OPINION) && OPINION.test(text))) {
        for (const m of doc.matchAll(FIGURE)) {
          const s = doc.sentenceAt(m.index);
          const sentence = text.slice(s.start, s.end);
          const near = text.slice(Math.max(s.start, m.index - 60), Math.min(s.end, m.index + m[0].length + 60));
          if (!CHANGE.test(near) || /\b(?:off|discount|sale|save|saving|offer|tickets?)\b/i.test(sentence)) continue;
          const figure = m[0].trim();
          hits.push({
            start: m.index,
            end: m.index + m[0].trimEnd().length,
            // Catalog §4: the pre-election period raises unsourced figures (campaign claims) to warn.
            severity: electionPeriod(doc).active ? 'warn' : 'info',
            vars: { whatWeNoticed: `This includes a figure (${figure}) without a source.`, whatToDo: 'Add a link or say where it comes from, so people can check it.' },
          });
          break;
        }
      }
    }
    // Checking or debunking silences every finding: asked last, of the drafts that have one.
    if (hits.length > 0 && CHECKED.test(text)) return [];
    return hits;
  },
});

import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { Hit, Span } from '../types';
import { people } from '../shared/people';
import { isUkPostcode } from '../shared/validators';
import { ALLEGATION, CHILD, THREAT, VENUE, digitStats, privatePeopleIn, sensitiveHits } from './lib/cues';

const SUFFIXES = [
  'Street', 'St', 'Road', 'Rd', 'Lane', 'Ln', 'Avenue', 'Ave', 'Close', 'Drive', 'Way', 'Crescent', 'Cres', 'Court', 'Ct', 'Grove', 'Terrace',
  'Place', 'Gardens', 'Gdns', 'Walk', 'Hill', 'Row', 'Mews', 'View', 'Rise', 'Square', 'Green', 'Parade', 'Fold', 'Croft', 'Vale', 'Gate', 'Lea',
  'Bank', 'Side', 'Wynd', 'Yard', 'Meadow', 'Meadows', 'Heights', 'Approach', 'Boulevard', 'End', 'Park', 'Chase', 'Garth', 'Grange', 'Nook',
];
const SUFFIX = `(?:${SUFFIXES.map((w) => `[${w[0]}${w[0].toLowerCase()}]${w.slice(1)}`).join('|')})`;
const NAME_WORD = "[A-Za-z][A-Za-z'’]{1,20}";
const POSTCODE_SRC = '[A-Za-z]{1,2}\\d[A-Za-z\\d]?[ \\t]?\\d[A-Za-z]{2}';

/** "Flat 3, 12 Queen Street, Worsbrough, S70 4XX": an optional flat, a house number, 1–3 name words, a street word, then optional town and postcode. */
const HOUSE_STREET = new RegExp(
  `(?:\\b(?:[Ff]lat|[Aa]partment|[Aa]pt|[Uu]nit)\\.?[ \\t]?\\d{1,4}[A-Za-z]?,?[ \\t]{1,3})?` +
    `(?:\\b(?:[Nn]o\\.?|[Nn]umber)[ \\t]?)?(?<![\\d\\/£$.,:–-])\\b(\\d{1,4}[A-Za-z]?)(?:[-–]\\d{1,4})?,?[ \\t]{1,3}` +
    `((?:${NAME_WORD}[ \\t]){1,3}${SUFFIX})\\b\\.?` +
    `(?:,?[ \\t]{1,3}(?!${POSTCODE_SRC}\\b)[A-Z][a-z]{2,20}(?:[ \\t][A-Z][a-z]{2,20})?(?=,|[ \\t]+${POSTCODE_SRC}\\b))?` +
    `(?:,?[ \\t]{1,3}${POSTCODE_SRC}\\b)?`,
  'g',
);

const STREET_WORDS = new Set(SUFFIXES.map((w) => w.toLowerCase()));
const isLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/**
 * Can HOUSE_STREET match with its house number ending at `j`? A letter and a range may follow ("7b", "12-14"),
 * then a comma, 1–3 spaces or tabs, and 1–3 name words each followed by one space or tab, the last before a street word.
 */
function streetAfter(text: string, j: number): boolean {
  if (isLetter(text.charCodeAt(j))) j++;
  if (text[j] === '-' || text[j] === '–') {
    j++;
    while (text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  }
  if (text[j] === ',') j++;
  let k = 0;
  while (text[j + k] === ' ' || text[j + k] === '\t') k++;
  if (k < 1 || k > 3) return false;
  j += k;
  for (let w = 0; w < 3; w++) {
    if (!isLetter(text.charCodeAt(j))) return false;
    j++;
    while (isLetter(text.charCodeAt(j)) || text[j] === "'" || text[j] === '’') j++;
    if (text[j] !== ' ' && text[j] !== '\t') return false;
    const start = ++j;
    while (isLetter(text.charCodeAt(j))) j++;
    if (STREET_WORDS.has(text.slice(start, j).toLowerCase())) return true;
    j = start;
  }
  return false;
}

/** BARE_NUMBER's "lives … at 43" ends at `end` ("olives at 5" passes too)? */
const LIVES_AT = /(?:lives?|living|moved in|resides?)[^.!?\n]{0,20}?\bat[ \t]?$/i;

const POSTCODE = new RegExp(`(?<![@#\\/.\\w-])${POSTCODE_SRC}(?![\\w\\/@]|\\.\\w)`, 'g');

/** "number 9 on Elm Road", "lives next door at 43": a house number with a street or a residence verb. */
const BARE_NUMBER = /\b(?:(?:lives?|living|moved in|resides?)[^.!?\n]{0,20}?\bat|(?:at|from|in)[ \t]+(?:no\.?|number))[ \t]?(\d{1,4}[a-z]?)\b(?![ \t]*(?:am|pm|[:.]\d|%|years?|weeks?|days?|months?|minutes?|hours?|bus|o'clock))/gi;

/** A named street somewhere in the sentence: "number 9 on Elm Road". */
const STREET_WORD = new RegExp(`\\b[A-Z][a-z]{2,20}[ \\t]+${SUFFIX}\\b`);

/** Strong residence: where someone lives, not just a house number. */
const STRONG_RESIDENCE =
  /\b(?:lives?|living|lived|resides?|residing|stays|staying) (?:at|in|on|next door|opposite|above|below|round the corner|near|over)|home address|(?:his|her|their|your) (?:house|home|flat|address|place|front door|bungalow|maisonette)|(?:the )?(?:family|man|woman|lady|bloke|lad|couple|tenants?|landlord|neighbours?|owner|occupants?|household|guy|fella|girl|boy|people|residents?) (?:at|from|in) (?:no\.?\s?|number\s)?\d{1,4}[a-z]?\b|next door|moved (?:in|into)|\baddress(?:es)?\b|\bHMO\b|(?:rented|rents|renting) (?:a |the )?(?:house|flat)|tenancy|\bflat\s?\d/i;

/** Just before the address: "the couple at", "moved into", "her flat is". */
const PRE_RESIDENCE =
  /\b(?:family|man|woman|lady|gentleman|bloke|lad|couple|tenants?|landlord|landlady|neighbours?|owner|occupants?|household|guy|fella|girl|boy|people|residents?|lives|living|moved|resides|staying|house|home|flat|bungalow|address|constituent)(?:['’]s)?[ \t,:]+(?:is[ \t]+|are[ \t]+|at[ \t]+|in[ \t]+|on[ \t]+|into[ \t]+|in to[ \t]+|to[ \t]+|from[ \t]+|of[ \t]+){0,2}(?:the[ \t]+)?$/i;

/** A person singled out without a name. */
const PERSON_NOUN = /\b(?:the|a|this|that) (?:lad|bloke|man|woman|lady|girl|boy|guy|fella|couple|family|tenants?|landlord|landlady|owner|neighbours?|occupants?) (?:who|that|at|from|in|on|next door)\b/i;

/** First-person: the member's own home (R50). */
const SELF_HOME = /\b(?:I live|I'm living|I've lived|my (?:home|house|address|flat|bungalow)|me at home|find me at|our (?:house|home))\b/i;

/** A count, not an address: "300 Park Lane residents". */
const COUNT_AFTER = /^[ \t]+(?:residents|households|homes|houses|properties|tenants|families|people|cars|trees|bins|signatures|objections)\b/i;

const NOT_STREET_NAME = /^(?:the|a|an|of|to|from|on|in|at|for|and|or|my|his|her|our|your|their|more|than|over|per|each|every|extra|years?|days?|weeks?|months?|hours?|minutes?|miles?|yards?|metres?|homes|houses|people|residents|cars|new|great|big|little|steep|long|short|very)$/i;

function addressKeyMatches(doc: TextDoc, excerpt: string): boolean {
  const own = doc.lists.ownPrivateDetails;
  if (!own || own.length === 0) return false;
  const k = excerpt.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return own.some((s) => {
    if (typeof s !== 'string') return false;
    const o = s.toLowerCase().replace(/[^a-z0-9]+/g, '');
    return o.length >= 5 && (o.includes(k) || k.includes(o));
  });
}

function maskedSentence(doc: TextDoc, sent: Span, addr: Span): string {
  return doc.text.slice(sent.start, addr.start) + ' ' + doc.text.slice(addr.end, sent.end);
}

export default defineRule({
  id: 'personal-data/home-address',
  family: 'personal-data',
  title: "A private individual's home address",
  severity: 'warn',
  sets: ['personal-data'],
  lists: { uses: ['ownPrivateDetails'], withoutThem: 'generic-cues' },
  policy: [
    { file: '004_f238b8de7f3077ec.txt', section: 'Keeping your personal and family life private', quote: 'As a rule, don’t share personal information such as your personal phone number, date of birth, home address – or photos that make any of these obvious.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Keeping your personal and family life private', quote: 'Remember that you also need to consider the personal data of others around you.' },
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (4) Data Protection', quote: 'Avoid publishing the personal data of other people' },
  ],
  message:
    'This appears to give someone\'s home address ({address}). Posting where someone lives can put them at risk and break data-protection rules. Describe the location more generally (e.g. "on Church Lane") or share it privately.',
  action: 'Describe the location more generally, or share the address privately.',
  examples: {
    trigger: [
      { text: "Kevin Hughes lives at 23 Carr Lane, S71 3EX — he's the one behind the noise complaints.", source: 'catalog R19 #1' },
      { text: 'The family at number 14 Acacia Avenue have been fly-tipping for months.', severity: 'stop', source: 'catalog R19 #2' }, // fly-tipping is an allegation of an offence: R19 stops with R14
      { text: "Mrs Dyson, I've passed your address (Flat 3, 12 Queen Street, BL9 0EJ) to the housing team.", context: { kind: 'reply' }, source: 'catalog R19 #3' },
      { text: 'The new HMO is at 41 Park Grove — the landlord Mr Singh lives next door at 43.', source: 'catalog R19 #4' },
      { text: 'Ring Mrs Patel on 07700 900482, she lives at 27 Sheffield Road', severity: 'warn' },
      { text: 'Wojciech has moved into 7b Station road, Hoyland, S74 9AB with his mum.', severity: 'warn' },
      { text: "The couple at 19 Elmhirst Crescent are dealing drugs, everyone go round and tell them what you think.", severity: 'stop' },
      { text: 'Her flat is Flat 2, 88 Doncaster Road — the damp is unbelievable.' },
    ],
    quiet: [
      { text: 'Ward surgery at 10:30 on 12/03 at 14 High Street.', source: 'catalog R19 #1' },
      { text: "Pop-up vaccine clinic at St Mary's Church Hall, 2 Church Street, Saturday 10–2.", source: 'catalog R19 #2' },
      { text: 'Potholes on Carr Lane have been reported — repairs scheduled for next week.', source: 'catalog R19 #3' },
      { text: 'Residents in the S75 area will get new recycling bins in June.', source: 'catalog R19 #4' },
      { text: 'Great to see the new homes on the Hoyland Road development being finished.', source: 'catalog R19 #5' },
      { text: 'Coffee morning at the Methodist chapel, 5 Market Street, S70 1AB — all welcome!' },
      { text: 'Over 300 Park Lane residents signed the petition against the closure.' },
      { text: 'Residents can always find me at home, 16 Bank End Road, Worsbrough S70 4XX.', settings: { lists: { ownPrivateDetails: ['16 Bank End Road, Worsbrough S70 4XX'] } } },
      { text: 'Sheffield Road is closed between the A61 and Wood Lane until Friday.' },
      { text: 'The 22 bus no longer stops on Fitzwilliam Street after 7pm.' },
      { text: 'Planning: 45 Sheffield Road extension (2024/0456/HOU) approved.' },
      { text: 'Vote Patel on 7 May! Promoted by J. Hirst on behalf of Priya Patel, both at 3 Station Road, Hoyland S74 9AB.' },
    ],
  },
  // Every candidate (house number, "at number 9", postcode) has a digit.
  cues: { digits: true },
  detect(doc) {
    const text = doc.text;
    const cands: { span: Span; address: string; street: boolean; weakStreet?: boolean }[] = [];
    // Each pattern only when the draft has what every match of it needs (lib/cues.ts digitStats, streetAfter, LIVES_AT).
    const digits = digitStats(doc);
    for (const m of digits.shortRuns.some((end) => streetAfter(text, end)) ? doc.matchAll(HOUSE_STREET) : []) {
      const words = m[2].trim().split(/[ \t]+/);
      const names = words.slice(0, -1);
      if (names.some((w) => NOT_STREET_NAME.test(w))) continue;
      // Lower-case street names ("27 sheffield rd") only with an unmistakable street word: "4 combo nd end" and "50k followers but drive" are not addresses.
      const weakStreet = names.some((w) => /^[a-z]/.test(w)) && !/^(?:street|st|road|rd|lane|ln|avenue|ave|crescent|cres|terrace|gardens|gdns|mews|grove)$/i.test(words[words.length - 1]);
      if (/^\d+[kKmM]$/.test(m[1])) continue; // "50k followers" 
      const range = /^(\d{1,4})[A-Za-z]?[-–](\d{1,4})/.exec(text.slice(m.index + m[0].indexOf(m[1])));
      if (range && +range[2] - +range[1] > 4) continue; // "odd numbers 1–59 Summer Lane": a stretch of road
      const numStart = m.index + m[0].indexOf(m[1]);
      // Civic look-alikes, checked locally (cheaper than the whole-draft civic scan): a year ("In 2019 Sheffield Road…"),
      // a date ("12 March", "Friday 12"), a time or a count right before the number.
      if (/^(?:19|20)\d\d$/.test(m[1])) continue;
      if (/(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|day|[:.]\d\d|\d[ \t]?(?:am|pm))[ \t]*,?[ \t]*$/i.test(text.slice(Math.max(0, numStart - 12), numStart))) continue;
      if (COUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      let end = m.index + m[0].length;
      while (end > m.index && /[ \t,.]/.test(text[end - 1])) end--;
      cands.push({ span: { start: m.index, end }, address: text.slice(m.index, end), street: true, weakStreet });
    }
    const inCand = (s: Span) => cands.some((c) => c.span.start <= s.start && s.end <= c.span.end);
    const bare = digits.afterNo || digits.afterAt.some((at) => LIVES_AT.test(text.slice(Math.max(0, at - 36), at)));
    for (const m of bare ? doc.matchAll(BARE_NUMBER) : []) {
      const start = m.index + m[0].length - m[1].length;
      const span = { start, end: start + m[1].length };
      if (inCand(span) || cands.some((c) => c.span.start < span.end && span.start < c.span.end)) continue;
      // "Steve at number 22 has been brilliant": a number with no street and no residence verb is not an address.
      const sent = doc.sentenceAt(span.start);
      if (!/^(?:lives?|living|moved|resides?)/i.test(m[0]) && !STREET_WORD.test(text.slice(sent.start, sent.end))) continue;
      cands.push({ span, address: m[1], street: false });
    }
    if (digits.letterDigit && /\d[A-Za-z]{2}\b/.test(text)) {
      for (const m of doc.matchAll(POSTCODE)) {
        const span = { start: m.index, end: m.index + m[0].length };
        // Written like a postcode: with its space, or in capitals ("S704XX"); "l00py" and "b245js" are not.
        if (!/[ \t]/.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
        if (!isUkPostcode(m[0]) || inCand(span)) continue;
        cands.push({ span, address: m[0], street: false });
      }
    }
    if (cands.length === 0) return [];
    const hits: Hit[] = [];
    for (const c of cands) {
      if (addressKeyMatches(doc, c.address)) continue;
      const sent = doc.sentenceAt(c.span.start);
      // The sentence without the address and without people's names ("Ms Hall" is not a hall).
      let rest = maskedSentence(doc, sent, c.span);
      for (const p of people(doc)) if (p.start >= sent.start && p.end <= sent.end) rest = rest.replace(doc.text.slice(p.start, p.end), ' ');
      const sentText = text.slice(sent.start, sent.end);
      const strong = STRONG_RESIDENCE.test(rest) || PRE_RESIDENCE.test(text.slice(Math.max(sent.start, c.span.start - 40), c.span.start)) || /^(?:[Ff]lat|[Aa]partment|[Nn]o|[Nn]umber)\b/.test(c.address);
      const persons = privatePeopleIn(doc, sent);
      if (SELF_HOME.test(rest) && persons.length === 0 && !/\b(?:his|her|their)\b/i.test(rest)) continue;
      // An election imprint must give the promoter's address by law: "Promoted by A. Clarke, 12 Any Street…".
      if (/\b(?:promoted|published|printed(?: and| &) promoted|printed)[ \t]+by\b/i.test(sentText)) continue;
      let severity: Hit['severity'] | null = null;
      if (strong) severity = 'warn';
      // Without a residence cue: a bare postcode or number needs a person, and lower-case "4 combo nd end" or
      // "50k followers but drive" counts not at all.
      else if ((c.street || persons.length > 0) && !c.weakStreet) {
        // A planning application's site is public record: treat it like a venue.
        const venue = VENUE.test(rest) || /\bplanning\b|\bapplication\b/i.test(rest) || /\b\d{2,4}\/\d{3,6}\b/.test(sentText);
        // "The woman who keeps feeding pigeons at 7 Laithes Lane": a person singled out, without a name.
        if (!venue && (persons.length > 0 || PERSON_NOUN.test(rest))) severity = 'warn';
        else if (!venue && c.street) severity = 'info';
      }
      if (!severity) continue;
      if (severity === 'warn') {
        const sensitive = sensitiveHits(doc).some((h) => h.start >= sent.start && h.end <= sent.end);
        if (sensitive || ALLEGATION.test(sentText) || doc.memo('pd/threat', () => THREAT.test(text)) || CHILD.test(sentText)) severity = 'stop';
      }
      hits.push({ start: c.span.start, end: c.span.end, severity, vars: { address: c.address } });
    }
    return hits;
  },
});

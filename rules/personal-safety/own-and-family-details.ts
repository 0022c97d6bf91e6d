import { defineGate, gate } from '../cues';
import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import { digitsOnly } from '../normalize';
import type { Span } from '../types';
import { HitSet, ageCues, attends, listedFamilyNames, namedChildren, overlaps, places, routines, schools, sentenceWindow, within } from '../shared/children';
import { LiteralMatcher } from '../shared/literal';

/** One cheap test: self-disclosure, family words, or anything the member listed. */
const GATE = /\b(?:my|mine|I live|I was born|born|find me|family|wife|husband|son|daughter|kids)\b|@|\d{3}/i;

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?(?:\sof)?\s${MONTH}(?:,?\s(?:19|20)\d{2})?|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|${MONTH}\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s(?:19|20)\d{2})?)`;
// "Born 4 May 1975" at the start of a sentence, "I was born on…", "my birthday is 4 May", "DOB: 04/05/1975".
const DOB_SELF = new RegExp(
  String.raw`(?:(?<=^|[.!?]\s{1,3}|\n|🎉\s?)[Bb]orn|\bI was born|\b[Mm]y (?:birthday|date of birth|DOB|d\.o\.b\.?)(?: is|:)?)\s{0,3}(?:on\s)?(?:the\s)?(${DATE})`,
  'g',
);
// "my home address is", "I live at", "find me at home,".
const ADDRESS_SELF = /\b(?:my (?:home |house |private )?address(?: is|:)|I live (?:at|on)|(?:find|visit|see) me at (?:home|my house)|(?:come|pop) (?:round|over) to (?:mine|my house|my place)|my (?:house|home) is (?:at|on)|at my (?:house|home)|I['’]m at home)\b/gi;
// "my personal mobile 07700 900777"; a plain "my number" may be the published councillor number.
const CONTACT_SELF = /\bmy (?:personal|private|own|home|family) (?:mobile|phone|number|landline|mobile number|phone number|whatsapp|e-?mail(?: address)?)\b/gi;
const PHONE_DIGITS = /(?:\+44\s?\(?0?\)?\s?|\(?0)\d[\d\s().-]{7,14}\d/g;
const EMAIL = /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\b/g;

// "my wife Sharon", "our eldest, Jack", "my grandson Alfie".
const RELATIONS = 'son|daughter|wife|husband|partner|kids|children|boys|girls|grandson|granddaughter|grandchildren|grandkids|eldest|youngest|little one|stepson|stepdaughter|mum|mam|dad|mother|father|sister|brother|fiancé|fiancée|other half|hubby|missus|grandad|grandma|nan|twins';
const FAMILY = new RegExp(String.raw`\b(?:[Mm]y|[Oo]ur)\s(?:(?:eldest|youngest|little|oldest|middle|baby|twin|teenage|step|grand)[- ]?)?(${RELATIONS})\b(?:,?\s((?!I\b|I['’])[A-Z][a-z'’]{1,20}(?:-[A-Z][a-z'’]{1,20})?)\b)?`, 'g');
// The member speaking as the parent of a child named in the post: "Proud mum moment – Jack's first nativity".
const PARENT_SELF = /\b(?:proud|happy|emotional|teary) (?:mum|mam|mom|dad|nan|nana|grandma|gran|granny|grandad|grandpa|grandparents?|parents?|auntie|aunty|uncle)\b|\b(?:mum|mam|dad) (?:life|duties|taxi)\b/i;
// Relations who are children: where they go is a school or a club.
const CHILD_RELATION = /^(?:son|daughter|kids|children|boys|girls|grandson|granddaughter|grandchildren|grandkids|eldest|youngest|little one|stepson|stepdaughter|twins|child)$/;
// Gates (rules/cues.ts): a word that every match of a pattern holds, so the pattern runs only on drafts that may hold it.
/** PARENT_SELF: "proud mum", "mum life": a parent's word is in both forms. */
const G_PARENT = defineGate('own-family/parent', { words: ['mum', 'mam', 'mom', 'dad', 'nan', 'nana', 'grandma', 'gran', 'granny', 'grandad', 'grandpa', 'grandparent', 'grandparents', 'parent', 'parents', 'auntie', 'aunty', 'uncle'] });
/** ADDRESS_SELF: "my address is", "I live at", "find me at home", "pop round to mine", "my house is on", "I'm at home". */
const G_ADDRESS_SELF = defineGate('own-family/address-self', { words: ['address', 'live', 'home', 'house', 'mine', 'place'] });
/** CONTACT_SELF: "my personal/private/own/home/family mobile …". */
const G_CONTACT_SELF = defineGate('own-family/contact-self', { words: ['personal', 'private', 'own', 'home', 'family'] });
/** FAMILY's relation, alone or run together with the word before it ("my grandson", "my littleone"); "little one", "other half" by their first word. */
const RELATION_FIRST = [...new Set(RELATIONS.split('|').map((r) => r.split(' ')[0].normalize('NFD').replace(/\p{M}/gu, '')))];
const G_FAMILY = defineGate('own-family/relation', {
  words: [...RELATION_FIRST, ...['eldest', 'youngest', 'little', 'oldest', 'middle', 'baby', 'twin', 'teenage', 'step', 'grand'].flatMap((b) => RELATION_FIRST.map((r) => b + r))],
});
const WORKPLACE = /\b(?:works?|working|worked) (?:nights |days |shifts |weekends |lates |part[- ]time |full[- ]time )?(?:at|for|in) (?:the )?[A-Z][\w'’&-]{1,25}|\bis (?:a|an) [a-z]{3,20} (?:at|for) (?:the )?[A-Z][\w'’&-]{1,25}/g;

export default defineRule({
  id: 'personal-safety/own-and-family-details',
  family: 'personal-safety',
  title: "Your own or your family's personal details",
  severity: 'warn',
  sets: ['safety-security'],
  lists: { uses: ['ownPrivateDetails', 'ownPublishedContacts', 'familyNames', 'childrensSchools'], withoutThem: 'generic-cues' },
  policy: [
    { file: '004_f238b8de7f3077ec.txt', section: 'Keeping your personal and family life private', quote: 'As a rule, don’t share personal information such as your personal phone number, date of birth, home address – or photos that make any of these obvious.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Keeping your personal and family life private', quote: 'Make sure you maintain a divide between your personal and family life, and your public profile.' },
    { file: '000_02512859952f4825.txt', section: 'Steps to take', quote: 'This includes any photographs and videos you share and your links to your family and friends pages.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'It is recommended that you have separate social media profiles for your role as a Councillor or Co-opted Member and your private life.' },
  ],
  message:
    "This shares personal details about you or your family ({detail}). Once posted, it's hard to take back. Consider removing it, or keeping family posts to a private personal account.",
  action: 'Remove the detail, or keep family posts to a private personal account.',
  examples: {
    trigger: [
      { text: 'Happy 50th to me! Born 4 May 1975 and still going strong 🎉', severity: 'warn', source: 'catalog R50 #1' },
      { text: 'My daughter Ellie (9) starts at Moorgate Primary tomorrow — proud dad!', severity: 'warn', source: 'catalog R50 #2' },
      { text: 'Residents can always find me at home, 16 Bank End Road, Worsbrough S70 4XX.', severity: 'warn', source: 'catalog R50 #3' },
      { text: 'Any problems, ring my personal mobile 07700 900777, any time.', settings: { lists: { ownPrivateDetails: ['07700 900777'] } }, severity: 'warn', source: 'catalog R50 #4' },
      { text: 'My wife Sharon works nights at the Co-op on Sheffield Road, so pop in and tell her your bin problems!', severity: 'warn', source: 'catalog R50 #5' },
      { text: 'Text me on +44 7700 900777 if the bins are missed.', settings: { lists: { ownPrivateDetails: ['07700900777'] } }, severity: 'warn' },
      { text: 'Drop the petition through my door — 16 bank end rd — any time this week.', settings: { lists: { ownPrivateDetails: ['16 Bank End Road, Worsbrough, S70 4XX'] } }, severity: 'warn' },
      { text: 'Jack and Amelia loved the gala at Locke Park; Jack starts at Holy Trinity in September.', settings: { lists: { familyNames: ['Jack', 'Amelia'], childrensSchools: ['Holy Trinity'] } }, severity: 'warn' },
      { text: 'Someone keyed my car (YA19 ABC) outside the shops last night.', settings: { lists: { ownPrivateDetails: ['YA19ABC'] } }, severity: 'warn' },
      // Your own child by name in a parent's voice; a listed name in its possessive.
      { text: "Proud grandad moment – Alfie's first nativity at Joseph Locke Primary today!", settings: {}, severity: 'warn' },
      { text: "Proud mum – Ruby's swimming gala is on Saturday. She's 8 and trains after school.", settings: {}, severity: 'warn' },
      { text: "Ruby's swimming lessons are at the Metrodome every Tuesday after school.", settings: { lists: { familyNames: ['Ruby'] } }, severity: 'warn' },
    ],
    quiet: [
      { text: 'Contact me on my councillor number 07700 900999 (Mon–Fri 9–5).', settings: { lists: { ownPublishedContacts: ['07700 900999'] } }, source: 'catalog R50 #1' },
      { text: 'Had a lovely weekend with the family 😊', source: 'catalog R50 #2' },
      { text: 'Email me at cllr.j.smith@barnsley.gov.uk', source: 'catalog R50 #3' },
      { text: "I'll be at the ward surgery at Athersley library on Saturday 10–12.", source: 'catalog R50 #4' },
      { text: 'My personal mobile is 07700 900999 for anything urgent.', settings: { lists: { ownPublishedContacts: ['07700 900999'] } } },
      { text: 'Great assembly at Holy Trinity this morning about recycling.', settings: { lists: { childrensSchools: ['Holy Trinity'] } } },
      { text: 'Mrs Ahmed was born on 12 March 1931 and still lives in the ward — happy birthday!' },
      { text: 'My son thinks the new skate park is brilliant, and so do I.' },
      { text: 'I live in Worsbrough and I use this road every day.' },
      { text: 'Proud dad moment – the team smashed it today!', settings: {} },
      { text: 'Happy mum: the new crossing outside Worsbrough Bank Primary is finally in.', settings: {} },
    ],
  },
  // Listed private details and family names run the rule whatever the words. Otherwise a word of every
  // self-disclosure (DOB_SELF, ADDRESS_SELF, CONTACT_SELF) and of every relation FAMILY knows, with the
  // modifiers that can be written onto it ("stepkids", "grandmum"); "d.o.b" reads as "d", "fiancé" as "fiance".
  cues: {
    words: [
      'born', 'birthday', 'birth', 'dob', 'd', 'address', 'live', 'home', 'house', 'mine', 'place', 'personal', 'private', 'own', 'family',
      'son', 'daughter', 'wife', 'husband', 'partner', 'kids', 'children', 'boys', 'girls', 'stepson', 'stepdaughter', 'mum', 'mam', 'dad',
      'mother', 'father', 'sister', 'brother', 'fiance', 'fiancee', 'half', 'hubby', 'missus', 'nan', 'twins',
      // a parent's voice over a named child (PARENT_SELF)
      'mom', 'nana', 'gran', 'granny', 'parent', 'parents', 'auntie', 'aunty', 'uncle',
    ],
    prefixes: ['eldest', 'youngest', 'little', 'oldest', 'middle', 'baby', 'twin', 'teenage', 'step', 'grand'],
    when: (doc) => !!(doc.lists.ownPrivateDetails?.length || doc.lists.familyNames?.length),
  },
  detect(doc) {
    const lists = doc.lists;
    const hasLists = !!(lists.ownPrivateDetails?.length || lists.familyNames?.length || lists.childrensSchools?.length);
    if (!hasLists && !GATE.test(doc.text) && !parentSelf(doc)) return [];
    const hits = new HitSet();
    const published = publishedContacts(doc);
    const add = (s: Span, detail: string) => {
      if (isPublished(doc.text.slice(s.start, s.end), published)) return;
      hits.add(s, undefined, { detail });
    };

    listedPrivateDetails(doc, add);
    genericSelfDisclosure(doc, add);
    family(doc, add);
    return hits.hits();
  },
});

type Add = (s: Span, detail: string) => void;

// ---------- the member's private details ----------

interface Private {
  phones: string[];
  emails: string[];
  postcodes: string[];
  dates: number[];
  vrms: string[];
  literals: LiteralMatcher<string>;
}

const privateCache = new WeakMap<readonly string[], Private>();

function normPhone(d: string): string {
  if (d.startsWith('44') && d.length >= 11) return '0' + d.slice(2);
  return d;
}

const POSTCODE_LOOSE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/gi;
const VRM_LOOSE = /\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b|\b[A-Z]\d{1,3}\s?[A-Z]{3}\b|\b[A-Z]{3}\s?\d{1,3}[A-Z]\b/gi;
const STREET_ABBR: [RegExp, string][] = [[/\bRoad\b/i, 'Rd'], [/\bStreet\b/i, 'St'], [/\bAvenue\b/i, 'Ave'], [/\bLane\b/i, 'Ln'], [/\bDrive\b/i, 'Dr'], [/\bCrescent\b/i, 'Cres'], [/\bClose\b/i, 'Cl'], [/\bCourt\b/i, 'Ct'], [/\bTerrace\b/i, 'Terr'], [/\bGardens\b/i, 'Gdns'], [/\bPlace\b/i, 'Pl']];

function compilePrivate(list: readonly string[]): Private {
  const p: Private = { phones: [], emails: [], postcodes: [], dates: [], vrms: [], literals: new LiteralMatcher<string>([] as [string, string][]) };
  const lits: [string, string][] = [];
  for (const raw0 of list) {
    if (typeof raw0 !== 'string') continue;
    const raw = raw0.trim();
    if (!raw) continue;
    const digits = digitsOnly(raw);
    if (raw.includes('@')) p.emails.push(raw.toLowerCase());
    else if (/^[+\d\s().-]+$/.test(raw) && digits.length >= 10) p.phones.push(normPhone(digits));
    else if (/^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/i.test(raw)) p.postcodes.push(raw.replace(/\s/g, '').toUpperCase());
    else if (dateKey(raw) !== null) p.dates.push(dateKey(raw)!);
    else if (/^[A-Z0-9]{2,4}\s?[A-Z0-9]{3}$/i.test(raw) && /\d/.test(raw) && /[A-Z]/i.test(raw)) p.vrms.push(raw.replace(/\s/g, '').toUpperCase());
    else {
      // An address: the whole line, each comma part that has a house number or is a postcode, and abbreviated street words.
      const parts = raw.split(/\s*,\s*/).filter(Boolean);
      const keys = new Set<string>();
      if (parts.length === 1) keys.add(raw);
      for (const part of parts) {
        if (/^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/i.test(part)) p.postcodes.push(part.replace(/\s/g, '').toUpperCase());
        else if (/\d/.test(part) && /[A-Za-z]{3}/.test(part)) keys.add(part);
      }
      if (parts.length > 1 && keys.size === 0) keys.add(raw);
      for (const k of keys) {
        lits.push([k, raw]);
        for (const [re, abbr] of STREET_ABBR) if (re.test(k)) lits.push([k.replace(re, abbr), raw]);
      }
    }
  }
  p.literals = new LiteralMatcher<string>(lits);
  return p;
}

function listedPrivateDetails(doc: TextDoc, add: Add): void {
  const list = doc.lists.ownPrivateDetails;
  if (!Array.isArray(list) || list.length === 0) return;
  let p = privateCache.get(list);
  if (!p) {
    p = compilePrivate(list);
    privateCache.set(list, p);
  }
  const text = doc.text;
  if (p.phones.length && /\d{3}/.test(text)) {
    for (const m of doc.matchAll(PHONE_DIGITS)) if (p.phones.includes(normPhone(digitsOnly(m[0])))) add({ start: m.index, end: m.index + m[0].length }, 'your personal phone number');
  }
  if (p.emails.length && text.includes('@')) {
    for (const m of doc.matchAll(EMAIL)) if (p.emails.includes(m[0].toLowerCase())) add({ start: m.index, end: m.index + m[0].length }, 'your personal email address');
  }
  if (p.postcodes.length) {
    for (const m of doc.matchAll(POSTCODE_LOOSE)) if (p.postcodes.includes(m[0].replace(/\s/g, '').toUpperCase())) add({ start: m.index, end: m.index + m[0].length }, 'your home postcode');
  }
  if (p.vrms.length) {
    for (const m of doc.matchAll(VRM_LOOSE)) if (p.vrms.includes(m[0].replace(/\s/g, '').toUpperCase())) add({ start: m.index, end: m.index + m[0].length }, "your car's registration");
  }
  if (p.dates.length && /\d/.test(text)) {
    for (const m of doc.matchAll(new RegExp(DATE, 'g'))) {
      const k = dateKey(m[0]);
      if (k !== null && p.dates.includes(k)) add({ start: m.index, end: m.index + m[0].length }, 'your date of birth');
    }
  }
  if (p.literals.size > 0) for (const m of p.literals.find(doc.skeleton)) add(m, 'your home address');
}

// ---------- generic self-disclosure ----------

function genericSelfDisclosure(doc: TextDoc, add: Add): void {
  const text = doc.text;
  if (/born|birthday|date of birth|dob|d\.o\.b/i.test(text)) {
    for (const m of doc.matchAll(DOB_SELF)) {
      const d = m[1];
      // A date with a year, or a birthday with day and month: either gives identity thieves what they need.
      const s = m.index + m[0].length - d.length;
      add({ start: s, end: s + d.length }, 'your date of birth');
    }
  }
  const hasDigit = /\d/.test(text);
  if (hasDigit && gate(doc, G_ADDRESS_SELF)) {
    for (const m of doc.matchAll(ADDRESS_SELF)) {
      const after = m.index + m[0].length;
      for (const pl of places(doc)) {
        if ((pl.kind === 'house' || pl.kind === 'postcode') && pl.start >= after && pl.start - after <= 60) add(pl, 'your home address');
      }
    }
  }
  if ((hasDigit || text.includes('@')) && gate(doc, G_CONTACT_SELF)) {
    for (const m of doc.matchAll(CONTACT_SELF)) {
      const after = m.index + m[0].length;
      // The number must follow the words in the same clause: "my personal mobile 07700…", "…is 07700…".
      const window = text.slice(after, after + 90).split(/[;!?]|\.(?:\s|$)|\b(?:use|not|instead|but)\b/)[0];
      const email = /e-?mail/i.test(m[0]);
      const re = email ? new RegExp(EMAIL.source) : new RegExp(PHONE_DIGITS.source);
      const v = re.exec(window);
      if (v && v.index <= 16) add({ start: after + v.index, end: after + v.index + v[0].length }, email ? 'your personal email address' : 'your personal phone number');
    }
  }
}

// ---------- family ----------

function family(doc: TextDoc, add: Add): void {
  const text = doc.text;
  const mentions: { span: Span; who: string; named: boolean }[] = [];
  if (gate(doc, G_FAMILY) && /\b(?:my|our)\b/i.test(text)) {
    for (const m of doc.matchAll(FAMILY)) {
      const rel = m[1].toLowerCase();
      if (m[2]) {
        const s = m.index + m[0].length - m[2].length;
        mentions.push({ span: { start: s, end: s + m[2].length }, who: rel, named: true });
      } else mentions.push({ span: { start: m.index, end: m.index + m[0].length }, who: rel, named: false });
    }
  }
  for (const m of listedFamilyNames(doc)) if (!mentions.some((f) => overlaps(f.span, m))) mentions.push({ span: m, who: 'family member', named: true });
  // Your own child by name: a parent's voice and a name the post gives as a child's.
  if (parentSelf(doc)) {
    for (const n of namedChildren(doc)) if (n.strength === 'tied' && !mentions.some((f) => overlaps(f.span, n))) mentions.push({ span: n, who: 'child', named: true });
  }
  if (mentions.length === 0) {
    // Image + "my kids" from the councillor account is handled below; nothing else to do.
    return;
  }

  // A child's school from the member's list, anywhere in a post that talks about family.
  for (const sc of schools(doc)) if (sc.kind === 'listed-school') add(sc, "your child's school");

  const work = doc.matchAll(WORKPLACE).map((w) => ({ start: w.index, end: w.index + w[0].length }));
  const done = new Set<string>();
  for (const f of mentions.slice(0, 200)) {
    const win = sentenceWindow(doc, f.span, true);
    const details: { span: Span; what: string }[] = [];
    const push = (span: Span, what: string) => {
      if (details.length < 50 && !overlaps(span, f.span) && !details.some((d) => overlaps(d.span, span))) details.push({ span, what });
    };
    for (const s of within(work, win)) push(s, 'workplace');
    for (const s of within(schools(doc), win)) if (s.kind !== 'saint') push(s, 'school');
    if (CHILD_RELATION.test(f.who)) for (const s of within(attends(doc), win)) push(s, 'school or club');
    for (const a of within(ageCues(doc), win)) if (a.kind !== 'range') push(a, 'age');
    for (const r of within(routines(doc), win)) push(r, r.kind === 'weak' ? 'weak' : 'routine');
    for (const p of within(places(doc), win)) if (p.kind !== 'landmark') push(p, 'street');
    // A named relative with where to find them; an unnamed one needs two details ("my son … at Oakfield Primary, year 6").
    // A time or "every Monday" alone is not enough.
    if (!details.some((d) => d.what !== 'weak')) continue;
    if (!f.named && details.length < 2) continue;
    const kinds = [...new Set(details.map((d) => (d.what === 'weak' ? 'routine' : d.what)))];
    const who = f.who === 'family member' ? "a family member's" : /s$/.test(f.who) ? `your ${f.who}'` : `your ${f.who}'s`;
    const detail = `${who} ${joinWords(f.named ? ['name', ...kinds] : kinds)}`;
    add(f.span, detail);
    const k = `${win.start}:${win.end}`;
    if (!done.has(k)) for (const d of details) add(d.span, detail);
    done.add(k);
  }

  // Photos of your kids on the councillor account.
  if (doc.context.hasMedia && doc.context.account === 'councillor') {
    const kids = mentions.find((m) => /kids|children|son|daughter|grand/.test(m.who));
    if (kids) add(kids.span, 'photos of your family on your councillor account');
  }
}

/** PARENT_SELF in the draft (memoised: detect and family() both ask). */
function parentSelf(doc: TextDoc): boolean {
  return gate(doc, G_PARENT) && doc.memo('own-family/parent', () => PARENT_SELF.test(doc.text));
}

function joinWords(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

// ---------- published contacts (never flagged) ----------

interface Published {
  digits: string[];
  lower: string[];
}

function publishedContacts(doc: TextDoc): Published {
  const list = doc.lists.ownPublishedContacts ?? [];
  const digits: string[] = [];
  const lower: string[] = [];
  for (const c of list) {
    if (typeof c !== 'string' || !c.trim()) continue;
    const d = digitsOnly(c);
    if (d.length >= 10 && !c.includes('@')) digits.push(normPhone(d));
    else lower.push(c.trim().toLowerCase());
  }
  return { digits, lower };
}

function isPublished(excerpt: string, p: Published): boolean {
  if (p.digits.length) {
    const d = digitsOnly(excerpt);
    if (d.length >= 10 && p.digits.includes(normPhone(d))) return true;
  }
  return p.lower.length > 0 && p.lower.includes(excerpt.trim().toLowerCase());
}

// ---------- dates ----------

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** yyyymmdd of a written date ("4 May 1975", "04/05/1975", "1975-05-04", "May 4th, 1975"), day-first; null if not a full date. */
export function dateKey(s: string): number | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return key(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)?\d{2})$/.exec(t);
  if (m) return key(year(m[3]), +m[2], +m[1]);
  m = /^(\d{1,2})(?:st|nd|rd|th)?(?:\sof)?\s([A-Za-z]{3,9}),?\s((?:19|20)\d{2})$/.exec(t);
  if (m && MONTHS[m[2].slice(0, 3).toLowerCase()]) return key(+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1]);
  m = /^([A-Za-z]{3,9})\s(\d{1,2})(?:st|nd|rd|th)?,?\s((?:19|20)\d{2})$/.exec(t);
  if (m && MONTHS[m[1].slice(0, 3).toLowerCase()]) return key(+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]);
  return null;
}

function year(y: string): number {
  if (y.length === 4) return +y;
  const n = +y;
  return n > 30 ? 1900 + n : 2000 + n;
}

function key(y: number, mo: number, d: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return y * 10000 + mo * 100 + d;
}

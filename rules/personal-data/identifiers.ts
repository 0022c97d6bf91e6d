import { defineRule } from '../define';
import type { Hit, Span } from '../types';
import { civicAt } from '../shared/civic';
import { people } from '../shared/people';
import { isCardNumber, isIban, isNhsNumber, isNiNumber, isPlausibleDob, isSortCode, vrmFormat } from '../shared/validators';
import { defineGate, gate } from '../cues';
import { OWN_FAMILY, digitCount, digitStats, privatePeopleIn } from './lib/cues';

const DATE_SRC = "\\d{1,2}[\\/.\\-]\\d{1,2}[\\/.\\-](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?[A-Za-z]{3,9}\\.?,?[ \\t]+(?:\\d{4}|'?\\d{2})|[A-Za-z]{3,9}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4}";
const DOB = new RegExp(`(?<![A-Za-z])(?:DOB|[Dd]ob|D\\.O\\.B\\.?|[Dd]ate of [Bb]irth|[Bb]orn(?:[ \\t]+on)?|[Bb]irth ?date)(?![A-Za-z])(?:[ \\t]*(?:is|was|=)[ \\t]*|[ \\t:(–-]{0,4})(${DATE_SRC})`, 'gi');
const NI = /\b([A-Za-z]{2})[ \t]?(\d{2})[ \t]?(\d{2})[ \t]?(\d{2})[ \t]?([A-Da-d])\b/g;
const NI_CUE = /\b(?:NI|N\.I\.?|NINO|national insurance|nat ins)\b/i;
const NHS = /(?<![\d.,£$\/-])\d{3}[ \t-]?\d{3}[ \t-]?\d{4}(?![\d\/]|[.,]\d)/g;
const NHS_CUE = /\b(?:NHS|patient|hospital (?:number|no)|health (?:service )?number|GP records?|CHI number)\b/i;
const VRM_CURRENT = /(?<![@#\/.])\b[A-Z]{2}\d{2}[ \t]?[A-Z]{3}\b/g;
const VRM_OLD = /(?<![@#\/.])\b(?:[A-Z]\d{1,3}[ \t]?[A-Z]{3}|[A-Z]{3}[ \t]?\d{1,3}[A-Z])\b/g;
const VEHICLE =
  /\b(?:car|cars|van|vans|vehicle|motor|reg|registration|number ?plate|plates?|parked|parks|parking|driver|driving|drives|drove|motorbike|moped|scooter|taxi|lorry|truck|pick-?up|4x4|suv|hatchback|estate car|astra|corsa|fiesta|focus|golf|polo|clio|qashqai|bmw|audi|merc|mercedes|range rover|land rover|transit|sprinter|gritter|lorry|wagon|kerb|verge|driveway|speeding|boy racer|reversed|hit and run|untaxed|mot|dvla|dashcam|blocking)\b/i;
const SORT_CODE = /(?<![\d-])(\d{2})([- ])(\d{2})\2(\d{2})(?![\d-])|\bsort ?code[: \t]{0,3}(\d{6}|\d{2}[- ]\d{2}[- ]\d{2})\b/gi;
const ACCOUNT = /(?<![\d-])\d{8}(?![\d-])/g;
const BANK_CUE = /\b(?:account (?:number|no\.?)|acc(?:t|ount)? ?(?:no\.?|number|#)|a\/c|bank (?:details|account)|sort ?code)[: \t]{0,3}(?:is[ \t]+)?$/i;
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g;
const PASSPORT = /\bpassport(?:[ \t]+(?:number|no\.?|#))?[ \t:]{1,3}(?:is[ \t]+)?([A-Z0-9]{9})\b/gi;
const REF =
  /\b(?:council tax|tenancy|rent|housing benefit|benefits?|universal credit|UC|claim|customer|tenant|payroll|pension|crime|incident|DWP)[ \t]+(?:account|acct|ref|reference|number|no\.?|ID|claim)(?:[ \t]+(?:number|no\.?|ref))?[ \t:#]{0,3}(?:is[ \t]+|of[ \t]+)?([A-Z]{0,3}\d[\dA-Z\/-]{4,16})\b/gi;
const EXAMPLE = /\b(?:example|sample|specimen|dummy|fake|made[- ]up|for illustration|e\.g\.)\b/i;
const ORG_MONEY = /\b(?:registered charity|charity|food ?bank|CIC|Ltd|limited|plc|appeal|fund|association|society|trust|church|parish council|club)\b/i;
const ORG_VEHICLE = /\b(?:council(?:'s)? (?:van|vehicle|lorry|wagon|car|gritter|truck)|gritters?|bin (?:lorry|wagon)|refuse (?:lorry|wagon|truck)|ambulance|police (?:car|van)|fire engine|belongs to the council|council vehicle)\b/i;
/** Numbers that are tickets, orders or references, not cards. */
const NOT_CARD = /\b(?:ticket|raffle|order|ref(?:erence)?|tracking|invoice|serial|IMEI|barcode|membership|booking|case|claim|account)\b[^.!?\n]{0,20}$/i;
const SELF_DOB = /\b(?:my (?:date of birth|dob|birthday)|I was born|to me|I'm \d{2}|I turned)\b/i;
const THIRD = /\b(?:his|her|their|mrs|mr|ms|miss|resident|constituent|patient|tenant|client|lady|man|woman|gentleman|son|daughter)\b/i;

/** A date of birth needs one of these words ("d.o.b" has the word "o"). */
const DOB_WORD = /\b(?:dob|d\.o\.b|birth|born)\b/i;
const G_DOB = defineGate('pd/dob', { words: ['dob', 'birth', 'born', 'o'] });
/** A reference needs its kind ("council tax", "claim", "DWP") and, first, one of these words somewhere. */
const REF_WORD = /\b(?:ref|reference|account|number|no|claim|ID)\b/i;
const G_REF = defineGate('pd/ref', { words: ['tax', 'tenancy', 'rent', 'benefit', 'benefits', 'credit', 'uc', 'claim', 'customer', 'tenant', 'payroll', 'pension', 'crime', 'incident', 'dwp'] });
const G_REF_WORD = defineGate('pd/ref-word', { words: ['ref', 'reference', 'account', 'number', 'no', 'claim', 'id'] });
/** PASSPORT's word, whole ("passport number", "passport: …"). */
const G_PASSPORT = defineGate('pd/passport', { words: ['passport'] });

type Kind = 'date of birth' | 'age' | 'National Insurance number' | 'NHS number' | 'vehicle registration' | 'bank details' | 'card number' | 'IBAN' | 'passport number' | 'reference number';

const STOP_KINDS: ReadonlySet<Kind> = new Set(['National Insurance number', 'NHS number', 'bank details', 'card number', 'IBAN', 'passport number']);

export default defineRule({
  id: 'personal-data/identifiers',
  family: 'personal-data',
  title: 'Date of birth, NI number, NHS number, vehicle registration, account numbers',
  severity: 'warn',
  sets: ['personal-data'],
  policy: [
    { file: '004_f238b8de7f3077ec.txt', section: 'Keeping your personal and family life private', quote: 'As a rule, don’t share personal information such as your personal phone number, date of birth, home address' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: "Do not disclose personal details and ensure that you handle any personal or sensitive information in line with the Council's data protection policy." },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '1. Introduction', quote: 'their use does not expose Bury Council or people to security risks, reputational damage or breach the Data Protection Act.' },
  ],
  message:
    "This includes an identifying detail ({kind}) that could be linked to a person. Please remove it. Even with good intentions, these details shouldn't be posted publicly.",
  action: 'Remove the identifying detail.',
  examples: {
    trigger: [
      { text: 'Mrs Ellis (DOB 14/02/1941) has been waiting 6 weeks for an OT assessment.', severity: 'warn', source: 'catalog R20 #1' },
      { text: "Her NI number is QQ 12 34 56 C and DWP still can't find her claim!", severity: 'stop', source: 'catalog R20 #2' },
      { text: 'The car blocking the dropped kerb every day is a silver Astra, YD19 KLM.', severity: 'warn', source: 'catalog R20 #3' },
      { text: "Resident's council tax account 40012345 has been charged twice — sort it out @BarnsleyCouncil.", severity: 'warn', source: 'catalog R20 #4' },
      { text: 'NHS number 943 476 5919 — can anyone at the ICB help this patient?', severity: 'stop', source: 'catalog R20 #5' },
      { text: 'Donations for Mrs Khan can go to sort code 20-45-77, account 43127688.', severity: 'stop' },
      { text: 'He was born on 3rd March 1958 and has lived on the estate all his life.', severity: 'warn' },
      { text: 'His national insurance no. is JT123456A, the jobcentre has lost his file again.', severity: 'stop' },
      { text: 'She paid with card 4539 1488 0343 6467 and the refund never came.', severity: 'stop' },
      { text: 'Refund to GB82 WEST 1234 5698 7654 32 please, it is her account.', severity: 'stop' },
      { text: 'White van reg L123 ABC parked on the verge again outside the school.', severity: 'warn' },
    ],
    quiet: [
      { text: 'The new bus route X17 starts on 12/03/2025.', source: 'catalog R20 #1' },
      { text: 'The B6096/A61 junction will close on 12/05 for resurfacing, and M1 J37 slip road overnight.', source: 'catalog R20 #2' },
      { text: 'Planning reference 2024/0123/FUL — comments close 14 June.', source: 'catalog R20 #3' },
      { text: 'National Insurance contributions are changing in April — Citizens Advice can help.', source: 'catalog R20 #4' },
      { text: "Our ward's NHS dentist waiting list is 18 months — I've raised it with the ICB.", source: 'catalog R20 #5' },
      { text: 'NHS number 943 476 5918 is the example on the form — use your own.' },
      { text: 'The council tax rise of 4.99% adds £1,842 to a Band D bill for 2025/26.' },
      { text: 'Born and bred in Barnsley, proud to serve Kendray since 2019.' },
      { text: 'Delays on the A635 and the M62 J18–J19 between 07:00 and 09:30.' },
      { text: 'Crime figures: 1,204 burglaries in 2023, down 12% on 2022.' },
      { text: 'Donate: sort code 60-83-71, account 12345678 (Barnsley Food Bank, registered charity 1136787).', allowInfo: true },
      { text: 'DOB 01/01/1990 is the example on the online form — never use your real one when testing.' },
      { text: 'Ticket 4539 1488 0343 6467 won the raffle!' },
      { text: 'If you see YD19 KLM parked on my drive, that is my own car!', settings: { lists: { ownPrivateDetails: ['YD19KLM'] } } },
    ],
  },
  // Every identifier (dates, NI, NHS, bank, card, IBAN, passport, registrations, references, "(84)") has digits.
  cues: { digits: true },
  detect(doc) {
    const text = doc.text;
    // Each pattern only when the draft has the digits it needs (lib/cues.ts digitStats) and the words (gates above).
    const digits = digitStats(doc);
    if (digits.count < 2) return [];
    const hits: Hit[] = [];
    const taken: Span[] = [];
    const add = (s: Span, kind: Kind, severity?: Hit['severity']) => {
      if (taken.some((t) => t.start < s.end && s.start < t.end)) return;
      const sent = doc.sentenceAt(s.start);
      const st = text.slice(sent.start, sent.end);
      // "…is the example on the form", "a dummy number": not anyone's.
      if (EXAMPLE.test(st)) return;
      // The member's own private details (car reg, date of birth) are R50's.
      if (ownPrivate().has(text.slice(s.start, s.end).toLowerCase().replace(/[^a-z0-9]+/g, ''))) return;
      let sev = severity ?? (STOP_KINDS.has(kind) ? 'stop' : 'warn');
      // An organisation's own details with nobody private in sight: the charity's donation account, the council's gritter.
      if ((((kind === 'bank details' || kind === 'IBAN') && ORG_MONEY.test(st)) || (kind === 'vehicle registration' && ORG_VEHICLE.test(st))) && !privatePeopleIn(doc, sent).length && !/\b(?:his|her|their)\b/i.test(st)) sev = 'info';
      taken.push(s);
      hits.push({ start: s.start, end: s.end, severity: sev, vars: { kind } });
    };
    const ownPrivate = () =>
      doc.memo('pd/own-private-keys', () => new Set((doc.lists.ownPrivateDetails ?? []).filter((x) => typeof x === 'string').map((x) => x.toLowerCase().replace(/[^a-z0-9]+/g, ''))));
    const sentenceText = (at: number) => {
      const s = doc.sentenceAt(at);
      return text.slice(s.start, s.end);
    };

    // Dates of birth.
    if (digits.count >= 4 && gate(doc, G_DOB) && DOB_WORD.test(text)) {
      for (const m of doc.matchAll(DOB)) {
        if (!isPlausibleDob(m[1], doc.now ?? new Date())) continue;
        const st = sentenceText(m.index);
        if ((SELF_DOB.test(st) || doc.memo('pd/self-dob', () => SELF_DOB.test(text))) && !THIRD.test(st)) continue; // the member's own: R50
        const start = m.index + m[0].length - m[1].length;
        add({ start, end: m.index + m[0].length }, 'date of birth');
      }
    }

    // IBAN first (it contains long digit runs).
    if (digits.capitalDigit && /[A-Z]{2}\d{2}/.test(text)) {
      for (const m of doc.matchAll(IBAN)) if (isIban(m[0])) add({ start: m.index, end: m.index + m[0].length }, 'IBAN');
    }

    // National Insurance numbers.
    if (digits.spaced >= 6) {
      for (const m of doc.matchAll(NI)) {
        const cue = NI_CUE.test(sentenceText(m.index));
        const raw = m[0];
        // Lower-case letters only with a cue ("ni no. ab123456c").
        if (!/^[A-Z]{2}/.test(raw) && !cue) continue;
        if (isNiNumber(raw, cue)) add({ start: m.index, end: m.index + raw.length }, 'National Insurance number');
      }
    }

    // Passport numbers.
    if (gate(doc, G_PASSPORT)) {
      for (const m of doc.matchAll(PASSPORT)) {
        if (digitCount(m[1]) < 6) continue;
        const start = m.index + m[0].length - m[1].length;
        add({ start, end: start + m[1].length }, 'passport number');
      }
    }

    // Sort code + account number ("20-45-77", "sort code 204577").
    if (digits.spaced >= 6) {
      for (const m of doc.matchAll(SORT_CODE)) {
        const code = m[5] ?? m[0];
        const start = m[5] ? m.index + m[0].length - m[5].length : m.index;
        const span = { start, end: start + code.length };
        if (!isSortCode(code)) continue;
        const near = text.slice(span.end, Math.min(text.length, span.end + 50));
        ACCOUNT.lastIndex = 0;
        const acc = ACCOUNT.exec(near);
        const cued = /sort ?code/i.test(text.slice(Math.max(0, span.start - 15), span.start)) || !!m[5];
        if (!acc && !cued) continue;
        if (!m[5] && civicAt(doc, span, ['date', 'votes', 'time']) && !acc) continue;
        add(span, 'bank details');
        if (acc) add({ start: span.end + acc.index, end: span.end + acc.index + 8 }, 'bank details');
      }
    }
    // An account number (eight digits together) with a bank cue.
    if (digits.runs & (1 << 8)) {
      for (const m of doc.matchAll(ACCOUNT)) {
        if (BANK_CUE.test(text.slice(Math.max(0, m.index - 30), m.index))) add({ start: m.index, end: m.index + 8 }, 'bank details');
      }
    }

    if (digits.spaced >= 10) {
      // NHS numbers: modulus-11, with an NHS cue (stop) or written 3-3-4 like one (warn).
      for (const m of doc.matchAll(NHS)) {
        if (!isNhsNumber(m[0])) continue;
        const span = { start: m.index, end: m.index + m[0].length };
        if (civicAt(doc, span, ['date', 'time', 'money', 'planning-ref', 'count', 'organisation-number', 'council-number', 'public-number'])) continue;
        if (m[0].startsWith('0')) continue; // phone numbers
        const st = sentenceText(m.index);
        if (NHS_CUE.test(st)) {
          if (/\b(?:example|sample|specimen|dummy|fake|made[- ]up|like this)\b/i.test(st)) continue;
          add(span, 'NHS number');
        } else if (/^\d{3}[ \t-]\d{3}[ \t-]\d{4}$/.test(m[0]) && /^[4-7]/.test(m[0])) add(span, 'NHS number', 'warn');
      }
    }

    if (digits.spaced >= 13) {
      for (const m of doc.matchAll(CARD)) {
        if (!isCardNumber(m[0])) continue;
        if (NOT_CARD.test(text.slice(Math.max(0, m.index - 30), m.index)) && !/\bcard\b/i.test(sentenceText(m.index))) continue;
        add({ start: m.index, end: m.index + m[0].length }, 'card number');
      }
    }

    // Vehicle registrations: the current format with a vehicle or person cue; older formats only with a vehicle cue.
    // Both need a capital letter next to a digit ("YD19", "L123", "123D").
    for (const m of digits.capitalDigit ? doc.matchAll(VRM_CURRENT) : []) {
      if (!vrmFormat(m[0])) continue;
      const st = sentenceText(m.index);
      const sent = doc.sentenceAt(m.index);
      const person = people(doc).some((p) => !p.org && !p.weak && p.kind !== 'mention' && p.start >= sent.start && p.end <= sent.end && !(p.start <= m.index && m.index < p.end));
      if (VEHICLE.test(st) || person) add({ start: m.index, end: m.index + m[0].length }, 'vehicle registration');
    }
    for (const m of digits.capitalDigit || digits.digitCapital ? doc.matchAll(VRM_OLD) : []) {
      const st = sentenceText(m.index);
      if (!VEHICLE.test(st) || !vrmFormat(m[0], true)) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      if (civicAt(doc, span, ['road', 'bus'])) continue;
      add(span, 'vehicle registration');
    }

    // Council tax, tenancy, claim and case references.
    if (digits.count >= 5 && gate(doc, G_REF) && gate(doc, G_REF_WORD) && REF_WORD.test(text)) {
      for (const m of doc.matchAll(REF)) {
        if (digitCount(m[1]) < 5) continue;
        const start = m.index + m[0].length - m[1].length;
        const span = { start, end: start + m[1].length };
        if (civicAt(doc, span, ['planning-ref', 'date', 'money', 'year'])) continue;
        add(span, 'reference number');
      }
    }

    // A named person with an age in brackets: "Mrs Ellis (84)". Children are R24's; family is R50's.
    if (adultAgeInBrackets(text)) {
      for (const p of people(doc)) {
        if (p.org || p.kind === 'mention') continue;
        const after = /^[ \t]*\((\d{1,3})\)/.exec(text.slice(p.end, p.end + 8));
        if (!after || +after[1] < 18 || +after[1] > 115) continue;
        if (OWN_FAMILY.test(text.slice(Math.max(0, p.start - 25), p.start))) continue;
        const start = p.end + after[0].indexOf('(');
        add({ start, end: p.end + after[0].length }, 'age', 'info');
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});

/** Is there an age from 18 to 115 in brackets, "(84)", anywhere (before asking for the draft's people)? */
function adultAgeInBrackets(text: string): boolean {
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    let j = i + 1;
    let v = 0;
    while (j < text.length && j - i <= 3 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) v = v * 10 + text.charCodeAt(j++) - 48;
    if (j > i + 1 && text.charCodeAt(j) === 41 && v >= 18 && v <= 115) return true;
  }
  return false;
}

/**
 * UK validators: pure functions, no state, no network. Each takes the text of a candidate (as
 * typed, with spaces, dots, dashes or brackets) and says whether it is structurally valid and
 * what it is. Used by the personal-data rules and by shared/civic.ts.
 */
import type { TextDoc } from '../doc';

// ───────────────────────────── Phone numbers ─────────────────────────────

export type PhoneKind =
  | 'mobile' // 07 (not 070/076)
  | 'geographic' // 01, 02
  | 'non-geographic' // 03: organisations, charged as geographic
  | 'freephone' // 080, 0500
  | 'shared-cost' // 084, 087
  | 'premium' // 09
  | 'personal' // 070 "personal numbering", 056 VoIP, 076 pagers
  | 'short'; // 999, 112, 101, 111, 116xxx, 118xxx

export interface UkPhone {
  /** National form, digits only, starting with 0 (or the short code). */
  national: string;
  /** +44… form (short codes: the code itself). */
  e164: string;
  kind: PhoneKind;
  /** True for numbers that belong to organisations rather than people (03, 08, 09, short codes). */
  organisation: boolean;
  /** Ofcom drama range (07700 900xxx, 01632 960xxx, 020 7946 0xxx, 0113 496 0xxx…). */
  drama: boolean;
}

const SHORT_CODES = /^(?:999|112|101|111|100|105|119|116\d{3}|118\d{3})$/;

/**
 * Parse a UK phone number as typed: "07700 900123", "07700-900-789", "07700.900.789",
 * "(01226) 773443", "+44 7700 900 321", "+44 (0)7700 900321", "0044 7700 900321", "116 123".
 * Returns null for anything that is not a structurally valid UK number.
 */
export function parseUkPhone(raw: string): UkPhone | null {
  if (typeof raw !== 'string' || raw.length > 40) return null;
  const s = raw.trim();
  // Only separators we accept: spaces, dots, dashes, brackets (one pair); "+" only first.
  if (/[^\d\s().+-]/.test(s) || s.lastIndexOf('+') > 0 || !/\d$/.test(s)) return null;
  if ((s.match(/\(/g)?.length ?? 0) > 1 || (s.match(/\)/g)?.length ?? 0) > 1) return null;
  let digits = s.replace(/\D+/g, '');
  const intl = s.startsWith('+') || digits.startsWith('0044');
  if (s.startsWith('+') && !digits.startsWith('44')) return null;
  if (intl) {
    digits = digits.startsWith('0044') ? digits.slice(4) : digits.slice(2);
    // "+44 (0)7700 …": the bracketed trunk zero.
    if (digits.startsWith('0')) digits = digits.slice(1);
    digits = '0' + digits;
  }
  if (SHORT_CODES.test(digits)) return { national: digits, e164: digits, kind: 'short', organisation: true, drama: false };
  if (!digits.startsWith('0') || digits.startsWith('00')) return null;
  const n = digits.length;
  let kind: PhoneKind | null = null;
  const d1 = digits[1];
  const d2 = digits[2];
  if (d1 === '7') {
    if (n !== 11) return null;
    kind = d2 === '0' ? 'personal' : d2 === '6' && !digits.startsWith('07624') ? 'personal' : 'mobile';
  } else if (d1 === '1') {
    if (n !== 11 && n !== 10) return null;
    kind = 'geographic';
  } else if (d1 === '2') {
    if (n !== 11) return null;
    kind = 'geographic';
  } else if (d1 === '3') {
    if (n !== 11) return null;
    kind = 'non-geographic';
  } else if (d1 === '8') {
    if (d2 === '0') {
      if (n !== 11 && n !== 10) return null;
      kind = 'freephone';
    } else if (d2 === '4' || d2 === '7') {
      if (n !== 11) return null;
      kind = 'shared-cost';
    } else return null;
  } else if (d1 === '9') {
    if (n !== 11) return null;
    kind = 'premium';
  } else if (d1 === '5') {
    if (digits.startsWith('0500') && n === 10) kind = 'freephone';
    else if ((d2 === '5' || d2 === '6') && n === 11) kind = 'personal';
    else return null;
  } else return null;
  return {
    national: digits,
    e164: '+44' + digits.slice(1),
    kind,
    organisation: kind === 'non-geographic' || kind === 'freephone' || kind === 'shared-cost' || kind === 'premium',
    drama: isDramaNumber(digits),
  };
}

const DRAMA: RegExp[] = [
  /^07700900\d{3}$/,
  /^01632960\d{3}$/,
  /^020794600\d{2}$|^0207946\d{4}$/,
  /^01(?:13|14|15|16|17|18|21|31|41|51|61)4960\d{3}$/,
  /^01914980\d{3}$/,
  /^02896496\d{3}$/,
  /^02920180\d{3}$/,
  /^08081570\d{3}$/,
  /^09098790\d{3}$/,
  /^03069990\d{3}$/,
];
/** Ofcom's reserved ranges for drama and examples. */
export function isDramaNumber(national: string): boolean {
  return DRAMA.some((r) => r.test(national));
}

/** Same number however written: compares national digits ("+44 7700 900999" = "07700900999"). */
export function samePhone(a: string, b: string): boolean {
  const pa = parseUkPhone(a);
  const pb = parseUkPhone(b);
  if (pa && pb) return pa.national === pb.national;
  const da = a.replace(/\D+/g, '');
  const db = b.replace(/\D+/g, '');
  return da.length >= 6 && da === db;
}

// ───────────────────────────── Email ─────────────────────────────

export type EmailClass = 'webmail' | 'public-sector' | 'organisation' | 'listed' | 'other';

export const WEBMAIL_DOMAINS = [
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.co.uk', 'outlook.com', 'outlook.co.uk', 'live.com', 'live.co.uk', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aol.co.uk', 'btinternet.com', 'btopenworld.com',
  'sky.com', 'virginmedia.com', 'virgin.net', 'ntlworld.com', 'blueyonder.co.uk', 'talktalk.net', 'tiscali.co.uk', 'plus.com', 'protonmail.com',
  'proton.me', 'gmx.com', 'gmx.co.uk', 'mail.com', 'zoho.com', 'fastmail.com', 'tutanota.com',
];
const WEBMAIL = new Set(WEBMAIL_DOMAINS);

/** Public-sector and not-for-profit suffixes: gov.uk, nhs.uk, nhs.net, police.uk, org.uk, ac.uk, sch.uk, mod.uk, parliament.uk. */
const PUBLIC_SUFFIX = /(?:^|\.)(?:gov\.uk|nhs\.uk|nhs\.net|police\.uk|org\.uk|ac\.uk|sch\.uk|mod\.uk|parliament\.uk|gov\.scot|gov\.wales|llyw\.cymru)$/;

export const EMAIL_RE_SOURCE = "[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9-]{1,63}){0,5}\\.[A-Za-z]{2,24}";

export function isEmail(s: string): boolean {
  return new RegExp(`^${EMAIL_RE_SOURCE}$`).test(s) && !s.includes('..');
}

/** Domain of an email address, lower-cased. */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

function domainMatches(domain: string, entry: string): boolean {
  const e = entry.trim().toLowerCase().replace(/^@/, '').replace(/^\*\./, '').replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  if (!e) return false;
  return domain === e || domain.endsWith('.' + e);
}

/** Classify an email's domain: webmail (personal), public-sector, the member's listed council domains, or other. */
export function classifyEmail(email: string, councilDomains: readonly string[] = []): EmailClass {
  const d = emailDomain(email);
  if (councilDomains.some((c) => typeof c === 'string' && domainMatches(d, c))) return 'listed';
  if (PUBLIC_SUFFIX.test(d)) return 'public-sector';
  if (WEBMAIL.has(d)) return 'webmail';
  return 'other';
}

/** Local parts that belong to a role, not a person: info@, enquiries@, bookings@. */
export function isRoleMailbox(local: string): boolean {
  return /^(info|enquir(?:y|ies)|hello|contact|admin|office|bookings?|sales|support|help|team|general|mail|reception|press|media|news|events|customerservices?|customer\.services|feedback|complaints|accounts|finance|hr|jobs|careers|noreply|no-reply|donotreply|webmaster|secretary|clerk|chair|treasurer|membership|volunteer(?:s|ing)?|tickets|orders|shop|studio)$/i.test(local);
}

// ───────────────────────────── Postcodes ─────────────────────────────

/** Full unit postcode, case-insensitive input ("S71 3EX", "bl9 0ej", "SW1A1AA"). A district alone ("S75") is never a postcode. */
const POSTCODE_FULL = /^(?:GIR ?0AA|(?:[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?)) ?\d[ABD-HJLNP-UW-Z]{2})$/;
/** The geographic postcode areas (and the Crown dependencies). */
const POSTCODE_AREAS = new Set(
  'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'.split(' '),
);
export function isUkPostcode(s: string): boolean {
  const t = s.trim().toUpperCase();
  if (!POSTCODE_FULL.test(t)) return false;
  return t === 'GIR 0AA' || t === 'GIR0AA' || POSTCODE_AREAS.has(/^[A-Z]{1,2}/.exec(t)![0]);
}

// ───────────────────────────── NHS number ─────────────────────────────

/** NHS number: ten digits (spaces or dashes allowed), modulus-11 check digit; all-same digits rejected. */
export function isNhsNumber(s: string): boolean {
  if (!/^\d{3}[\s-]?\d{3}[\s-]?\d{4}$/.test(s.trim())) return false;
  const d = s.replace(/\D+/g, '');
  if (d.length !== 10 || /^(\d)\1{9}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(d[9]);
}

// ───────────────────────────── National Insurance number ─────────────────────────────

/**
 * NI number ("AB 12 34 56 C", "AB123456C"). HMRC rules: first letter not D, F, I, Q, U, V; second
 * not D, F, I, O, Q, U, V; prefixes BG, GB, NK, KN, TN, NT, ZZ never issued; suffix A–D.
 * The HMRC specimen prefix QQ is accepted only when `cue` is true (the text says "NI" or "national insurance").
 */
export function isNiNumber(s: string, cue = false): boolean {
  const t = s.trim().toUpperCase();
  const m = /^([A-Z])([A-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])$/.exec(t);
  if (!m) return false;
  const prefix = m[1] + m[2];
  if (prefix === 'QQ') return cue;
  if ('DFIQUV'.includes(m[1])) return false;
  if ('DFIOQUV'.includes(m[2])) return false;
  if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix)) return false;
  return true;
}

// ───────────────────────────── Cards, bank, IBAN ─────────────────────────────

/** Luhn check over the digits of s. */
export function luhn(s: string): boolean {
  const d = s.replace(/\D+/g, '');
  if (d.length === 0) return false;
  let sum = 0;
  let dbl = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let v = d.charCodeAt(i) - 48;
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** A payment card number: 13–19 digits (spaces or dashes between groups), a known scheme prefix, Luhn-valid, not all one digit. */
export function isCardNumber(s: string): boolean {
  if (!/^\d[\d -]{11,22}\d$/.test(s.trim())) return false;
  const d = s.replace(/\D+/g, '');
  if (d.length < 13 || d.length > 19) return false;
  if (/^(\d)\1+$/.test(d)) return false;
  // Visa 4, Mastercard 51–55 / 2221–2720, Amex 34/37, Maestro 50/56–69, Discover 6, Diners 36/38, JCB 35.
  if (!/^(?:4|5[0-9]|2[2-7]|3[4-8]|6)/.test(d)) return false;
  return luhn(d);
}

/** UK sort code "20-00-00", "20 00 00", "200000". */
export function isSortCode(s: string): boolean {
  return /^\d{2}([-\s]?)\d{2}\1\d{2}$/.test(s.trim());
}

/** UK bank account number: exactly 8 digits. */
export function isAccountNumber(s: string): boolean {
  return /^\d{8}$/.test(s.replace(/[\s-]+/g, ''));
}

const IBAN_LENGTH: Record<string, number> = {
  GB: 22, IE: 22, DE: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, PT: 25, PL: 28, LT: 20, LV: 21, RO: 24, CH: 21, AT: 20, DK: 18, FI: 18, SE: 24, NO: 15, GR: 27, CY: 28, MT: 31, LU: 20, SK: 24, CZ: 24, HU: 28, BG: 22, HR: 21, SI: 19, EE: 20, IS: 26, GI: 23, IM: 22, JE: 22, GG: 22, TR: 26,
};

/** IBAN with the mod-97 check ("GB82 WEST 1234 5698 7654 32"). */
export function isIban(s: string): boolean {
  const t = s.replace(/[\s-]+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(t)) return false;
  const len = IBAN_LENGTH[t.slice(0, 2)];
  if (len !== undefined && t.length !== len) return false;
  const moved = t.slice(4) + t.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + (c.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

// ───────────────────────────── Vehicle registrations ─────────────────────────────

export type VrmFormat = 'current' | 'prefix' | 'suffix' | 'dateless';

/**
 * GB vehicle registration mark. Current format "AB12 CDE" (memory tag, age identifier 02–99 as issued,
 * three letters, no I or Q) is accepted on its own; older prefix ("A123 BCD"), suffix ("ABC 123D") and
 * dateless formats only when `vehicleCue` is true, because they look like codes and road numbers.
 */
export function vrmFormat(s: string, vehicleCue = false): VrmFormat | null {
  const t = s.trim().toUpperCase().replace(/\s+/g, ' ');
  let m = /^([A-Z])([A-Z])(\d{2}) ?([A-Z]{3})$/.exec(t);
  if (m) {
    const age = Number(m[3]);
    const okAge = (age >= 2 && age <= 39) || (age >= 51 && age <= 89);
    if ('IQZ'.includes(m[1]) || 'IQ'.includes(m[2]) || /[IQ]/.test(m[4]) || !okAge) return null;
    return 'current';
  }
  if (!vehicleCue) return null;
  m = /^([A-HJ-NP-Y])(\d{1,3}) ?([A-Z]{3})$/.exec(t);
  if (m && !/[IQ]/.test(m[3]) && m[2] !== '0') return 'prefix';
  m = /^([A-Z]{3}) ?(\d{1,3})([A-HJ-NP-Y])$/.exec(t);
  if (m && !/[IQ]/.test(m[1]) && m[2] !== '0') return 'suffix';
  if (/^[A-Z]{1,3} ?\d{1,4}$|^\d{1,4} ?[A-Z]{1,3}$/.test(t) && !/[IQ]/.test(t)) return 'dateless';
  return null;
}

// ───────────────────────────── Dates of birth ─────────────────────────────

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

export interface SimpleDate {
  day: number;
  month: number;
  /** Four-digit year (two-digit years are expanded relative to `now`). */
  year: number;
}

/**
 * Parse a full date as UK writers write it: "14/02/1941", "14-02-41", "14.2.1941", "14 Feb 1941",
 * "14th February 1941", "February 14, 1941". Day and month must exist (30 Feb is rejected).
 */
export function parseUkDate(s: string, now: Date = new Date()): SimpleDate | null {
  const t = s.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  let day: number, month: number, year: number;
  let m = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{2}|\d{4})$/.exec(t);
  if (m) {
    day = +m[1];
    month = +m[2];
    year = +m[3];
  } else if ((m = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]{3,9})\.? (\d{2}|\d{4})$/.exec(t))) {
    day = +m[1];
    month = MONTHS[m[2]] ?? 0;
    year = +m[3];
  } else if ((m = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/.exec(t))) {
    day = +m[2];
    month = MONTHS[m[1]] ?? 0;
    year = +m[3];
  } else return null;
  if (year < 100) {
    const yy = now.getFullYear() % 100;
    year += year > yy ? 1900 : 2000;
  }
  if (month < 1 || month > 12 || day < 1) return null;
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > dim) return null;
  return { day, month, year };
}

/** A plausible date of birth: a real date, not in the future, within the last 120 years. */
export function isPlausibleDob(s: string, now: Date = new Date()): boolean {
  const d = parseUkDate(s, now);
  if (!d) return false;
  const t = Date.UTC(d.year, d.month - 1, d.day);
  return t <= now.getTime() && d.year >= now.getFullYear() - 120;
}

// ───────────────────────────── Finding phone numbers in text ─────────────────────────────

export interface PhoneMatch {
  start: number;
  end: number;
  raw: string;
  phone: UkPhone;
}

// A run that starts like a UK number (+44, 0044, (0…, 0…) and continues with digits and separators.
// One bounded character class, no nested quantifiers: linear. The run is then trimmed to the longest prefix that parses.
const PHONE_RUN = /(?<![\w\/£$€+]|\d[.,:])(?:(?:\+|00)44[ \t]?(?:\(0\)[ \t]?)?\(?\d|\(?0\d)[\d \t.()\-]{6,17}\d(?![\d\/]|[.,]\d)/g;

/** The draft's UK phone numbers (findUkPhones, memoised: the phone rule and the civic spans both ask). Read-only. */
export function ukPhones(doc: TextDoc): PhoneMatch[] {
  return doc.memo('shared/uk-phones', () => findUkPhones(doc.text));
}

/** Every UK phone number in a text (short codes excluded; see civic.ts for 101/111/999/116 123). */
export function findUkPhones(text: string): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  PHONE_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE_RUN.exec(text))) {
    const raw = m[0];
    // Candidate ends: the whole run, then each digit followed by a separator, longest first.
    const ends: number[] = [raw.length];
    for (let i = raw.length - 2; i >= 8; i--) if (/\d/.test(raw[i]) && /[ \t.\-)]/.test(raw[i + 1])) ends.push(i + 1);
    for (const e of ends) {
      let cand = raw.slice(0, e);
      const p = parseUkPhone(cand);
      if (p && p.kind !== 'short') {
        // "(07700 900123)": an opening bracket with no closing one belongs to the sentence, not the number.
        let s = m.index;
        if (cand.startsWith('(') && !cand.includes(')')) {
          cand = cand.slice(1);
          s++;
        }
        out.push({ start: s, end: m.index + e, raw: cand, phone: p });
        PHONE_RUN.lastIndex = m.index + e;
        break;
      }
    }
  }
  return out;
}

/**
 * Synthetic UK councillor-style posts for the personal-data rules (R17–R23), generated
 * deterministically from a seed (mulberry32 PRNG; no Math.random), so the benchmark is repeatable.
 *
 * Positives (`pos-<kind>`): other people's phone numbers in every spacing and prefix form, emails of
 * many shapes, home addresses with varied residence cues and flat/house forms, postcodes, dates of
 * birth, NI numbers, valid NHS numbers, vehicle registrations, sort code + account, Luhn-valid cards,
 * IBANs, sensitive facts about named people and casework with identifiers.
 *
 * Negatives (`civic-<kind>`): the numbers and names councillors post every day that are not personal
 * data: meeting dates and times, surgeries at venues (with house-numbered venue addresses), planning
 * references, prices and budgets, vote counts, roads and junctions, bus routes, council switchboards and
 * 0300/0800 numbers, 101/111/999/116 123, gov.uk and charity emails, the member's own published number
 * (with the settings that say so), street names without numbers, postcode districts, invalid-checksum
 * NHS-like references, years and statistics, named people without personal data, sensitive topics
 * without a person, and casework in aggregate.
 *
 * Texts are built from templates with varied wording and random fills; none is a rule example.
 * The set is meant to be hard: names outside any list, lower-case addresses, odd phone forms,
 * numbers next to venues, the member's own details, sensitive words in service listings.
 */
import type { ComposeContext, Settings } from '../../rules/types';

export interface SyntheticItem {
  id: string;
  text: string;
  labels: { 'personal-data': boolean };
  group: string;
  context?: ComposeContext;
  settings?: Settings;
}

// ───────────────────────────── PRNG ─────────────────────────────

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(private r: () => number) {}
  float(): number {
    return this.r();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

// ───────────────────────────── Pools ─────────────────────────────

const FIRST_F = ['Aisha', 'Siobhan', 'Priya', 'Sue', 'Karen', 'Joanne', 'Fatima', 'Agnieszka', 'Chloe', 'Margaret', 'Bev', 'Nadia', 'Tracey', 'Gemma', 'Shabana', 'Kasia', 'Eileen', 'Yvonne', 'Leanne', 'Zainab', 'Mairead', 'Olu', 'Precious', 'Hayley', 'Doreen', 'Bronwen', 'Ioana', 'Lindsey', 'Amira', 'Jodie', 'Oluwaseun', 'Kerys', 'Ashanti', 'Rhiannon', 'Benedetta'];
const FIRST_M = ['Mohammed', 'Wojciech', 'Darren', 'Kev', 'Gary', 'Dave', 'Imran', 'Tomasz', 'Liam', 'Ibrahim', 'Craig', 'Mick', 'Kwame', 'Rhys', 'Arjun', 'Dean', 'Bartosz', 'Stuart', 'Shane', 'Tariq', 'Callum', 'Emeka', 'Gaz', 'Jordan', 'Nathan', 'Ray', 'Ciaran', 'Bogdan', 'Hassan', 'Lee', 'Zbigniew', 'Marlon', 'Bohdan', 'Caspar', 'Thierry'];
const SURNAMES = ['Patel', 'Begum', 'Hussain', 'Nowak', "O'Reilly", 'Kowalski', 'Smith', 'Hughes', 'Dyson', 'Wainwright', 'Okafor', 'Ahmed', 'Iqbal', 'Shaw', 'Booth', 'Hirst', 'Lees', 'Walsh', 'Ogunleye', 'Kaur', 'Singh', 'Mensah', 'Popescu', 'McAllister', 'Gledhill', 'Senior', 'Haigh', 'Rhodes', 'Oyelaran', 'Brannigan', 'Kirk', 'Mahmood', 'Wiśniewski', 'Nolan', 'Armitage', 'Greaves'];
const STREET_NAMES = ['Carr', 'Sheffield', 'Doncaster', 'Pogmoor', 'Churchfield', 'Dodworth', 'Park Grove', 'Acacia', 'Elmhirst', 'Wood', 'Bank End', 'Summer', 'Ardsley', 'Keresforth', 'Lundwood', 'Bolton', 'Walshaw', 'Tottington', 'Bury Old', 'Ainsworth', 'Holcombe', 'Moorside', 'Kingsway', 'Hawthorn', 'Cudworth', 'Royston', 'Priory', 'Cranbrook', 'Fitzwilliam', 'Victoria', 'Mill', 'Queen', 'Spring', 'Thornley', 'Rockingham'];
const SUFFIXES = ['Street', 'Road', 'Lane', 'Avenue', 'Close', 'Drive', 'Way', 'Crescent', 'Court', 'Grove', 'Terrace', 'Gardens', 'View', 'Rise', 'Walk', 'Croft', 'Mews'];
const TOWNS = ['Barnsley', 'Hoyland', 'Worsbrough', 'Cudworth', 'Royston', 'Penistone', 'Darton', 'Wombwell', 'Bury', 'Ramsbottom', 'Radcliffe', 'Prestwich', 'Tottington', 'Whitefield'];
const OUTWARD = ['S70', 'S71', 'S72', 'S73', 'S74', 'S75', 'S63', 'S36', 'BL8', 'BL9', 'BL0', 'M26', 'M25', 'M45', 'WF4', 'HD8'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const WEBMAIL = ['gmail.com', 'hotmail.co.uk', 'hotmail.com', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'icloud.com', 'live.co.uk', 'sky.com', 'aol.com', 'virginmedia.com', 'talktalk.net', 'googlemail.com'];
const COUNCILS = ['barnsley', 'bury', 'wakefield', 'rotherham'];
const VENUES = ['the library', 'the community centre', 'St Paul’s church hall', 'the Methodist chapel', 'the Miners Welfare', 'the leisure centre', 'the town hall', 'the scout hut', 'the Red Lion', 'the family hub'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HONORIFICS_F = ['Mrs', 'Ms', 'Miss', 'Dr'];
const HONORIFICS_M = ['Mr', 'Dr'];

// ───────────────────────────── Generators of valid identifiers ─────────────────────────────

function person(r: Rng): { first: string; last: string; he: boolean; hon: string } {
  const he = r.chance(0.5);
  return { first: r.pick(he ? FIRST_M : FIRST_F), last: r.pick(SURNAMES), he, hon: r.pick(he ? HONORIFICS_M : HONORIFICS_F) };
}

function street(r: Rng, lower = false): string {
  const s = `${r.pick(STREET_NAMES)} ${r.pick(SUFFIXES)}`;
  return lower ? s.toLowerCase() : s;
}

function postcode(r: Rng): string {
  const inward = `${r.int(1, 9)}${INWARD_LETTERS[r.int(0, INWARD_LETTERS.length - 1)]}${INWARD_LETTERS[r.int(0, INWARD_LETTERS.length - 1)]}`;
  return `${r.pick(OUTWARD)} ${inward}`;
}

/** A UK mobile or landline, in one of many written forms. */
function phone(r: Rng, kind: 'mobile' | 'landline' = r.chance(0.7) ? 'mobile' : 'landline'): string {
  if (kind === 'mobile') {
    const drama = r.chance(0.6);
    const nsn = drama ? `7700900${r.digits(3)}` : `7${r.pick(['4', '5', '7', '8', '9'])}${r.digits(8)}`;
    const a = nsn.slice(0, 4); // 7700
    const b = nsn.slice(4, 7);
    const c = nsn.slice(7);
    return r.pick([
      `0${a} ${b}${c}`, `0${a}${b}${c}`, `0${a}-${b}-${c}`, `0${a}.${b}.${c}`, `0${a} ${b} ${c}`, `+44 ${a} ${b}${c}`, `+44 (0)${a} ${b}${c}`,
      `0044 ${a} ${b} ${c}`, `+44${a}${b}${c}`, `(0${a}) ${b}${c}`, `+44 ${a} ${b} ${c}`, `0${a} ${b}-${c}`,
    ]);
  }
  const area = r.pick(['1632 960', '113 496 0', '114 496 0', '161 496 0', '20 7946 0', '1226 7', '1204 5', '161 7']);
  const [code, ...rest] = area.split(' ');
  const local = rest.join('') + r.digits(10 - code.length - rest.join('').length);
  const l1 = local.slice(0, local.length - 4);
  const l2 = local.slice(-4);
  return r.pick([`0${code} ${local}`, `(0${code}) ${local}`, `0${code} ${l1} ${l2}`, `+44 ${code} ${l1} ${l2}`, `0${code}-${local}`, `0${code}${local}`]);
}

function nhsNumber(r: Rng, valid = true): string {
  for (;;) {
    const d = `${r.int(4, 7)}${r.digits(8)}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
    let check = 11 - (sum % 11);
    if (check === 11) check = 0;
    if (check === 10) continue;
    const last = valid ? check : (check + r.int(1, 9)) % 10;
    if (!valid) {
      // Make sure the wrong digit is not accidentally valid.
      if (last === check) continue;
    }
    const n = d + String(last);
    return r.pick([`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, n, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`]);
  }
}

function niNumber(r: Rng): string {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  let p = '';
  do p = first[r.int(0, first.length - 1)] + second[r.int(0, second.length - 1)];
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
  const d = r.digits(6);
  const s = 'ABCD'[r.int(0, 3)];
  return r.pick([`${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`, `${p}${d}${s}`, `${p} ${d} ${s}`, `${p}${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}${s}`]);
}

function vrm(r: Rng): string {
  const A = 'ABCDEFGHJKLMNOPRSTUVWXY';
  const B = 'ABCDEFGHJKLMNOPRSTUVWXYZ';
  const L = 'ABCDEFGHJKLMNOPRSTUVWXYZ';
  const age = r.chance(0.5) ? r.int(2, 24) : r.int(51, 74);
  const tag = A[r.int(0, A.length - 1)] + B[r.int(0, B.length - 1)];
  const tail = L[r.int(0, 22)] + L[r.int(0, 22)] + L[r.int(0, 22)];
  return r.chance(0.8) ? `${tag}${String(age).padStart(2, '0')} ${tail}` : `${tag}${String(age).padStart(2, '0')}${tail}`;
}

function luhnComplete(prefix: string, len: number, r: Rng): string {
  let d = prefix + r.digits(len - prefix.length - 1);
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let v = Number(d[d.length - 1 - i]);
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  d += String((10 - (sum % 10)) % 10);
  return d;
}

function card(r: Rng): string {
  const kind = r.int(0, 2);
  const d = kind === 0 ? luhnComplete('4', 16, r) : kind === 1 ? luhnComplete(String(r.int(51, 55)), 16, r) : luhnComplete(r.pick(['34', '37']), 15, r);
  if (d.length === 15) return r.chance(0.5) ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : d;
  return r.pick([`${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12)}`, d, `${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d.slice(12)}`]);
}

function sortCode(r: Rng): string {
  const d = `${r.int(10, 99)}${r.digits(4)}`;
  return r.pick([`${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4)}`, `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}`]);
}

function iban(r: Rng): string {
  const bank = r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'WEST', 'SCBL']);
  const bban = bank + r.digits(6) + r.digits(8);
  const numeric = (bban + 'GB00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const c of numeric) rem = (rem * 10 + Number(c)) % 97;
  const check = String(98 - rem).padStart(2, '0');
  const full = `GB${check}${bban}`;
  return r.chance(0.7) ? full.replace(/(.{4})/g, '$1 ').trim() : full;
}

function dob(r: Rng): string {
  const y = r.int(1931, 2004);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const ord = d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th';
  return r.pick([`${dd}/${mm}/${y}`, `${d}/${m}/${y}`, `${dd}.${mm}.${y}`, `${dd}-${mm}-${y}`, `${d} ${MONTHS[m - 1]} ${y}`, `${d}${ord} ${MONTHS[m - 1]} ${y}`, `${d} ${MON3[m - 1]} ${y}`, `${MONTHS[m - 1]} ${d}, ${y}`, `${dd}/${mm}/${String(y).slice(2)}`]);
}

function futureDate(r: Rng): string {
  const d = r.int(1, 28);
  const m = r.int(1, 12);
  return r.pick([`${d}/${m}`, `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/2025`, `${d} ${MONTHS[m - 1]}`, `${r.pick(DAYS)} ${d} ${MONTHS[m - 1]}`, `${r.pick(DAYS)}`, `${d}.${m}.25`, `${r.pick(DAYS)} ${d}${d === 1 ? 'st' : 'th'}`]);
}

function time(r: Rng): string {
  const h = r.int(9, 19);
  return r.pick([`${h}:${r.pick(['00', '15', '30', '45'])}`, `${h > 12 ? h - 12 : h}${h >= 12 ? 'pm' : 'am'}`, `${h}.30`, `${r.int(9, 11)}–${r.int(1, 4)}`, `${r.int(9, 10)}am–${r.int(1, 3)}pm`, `${h}:00–${h + 2}:00`]);
}

function money(r: Rng): string {
  return r.pick([`£${r.int(1, 9)},${r.digits(3)},${r.digits(3)}`, `£${r.int(1, 99)}.${r.int(1, 9)}m`, `£${r.int(100, 999)},${r.digits(3)}`, `£${r.int(1, 999)}`, `£${r.int(1, 20)}.${r.digits(2)}`, `£${r.int(1, 9)}bn`, `${r.int(10, 90)}p`]);
}

function planningRef(r: Rng): string {
  return r.pick([`20${r.int(19, 25)}/${r.digits(4)}/${r.pick(['FUL', 'OUT', 'HOU', 'LBC', 'ADV'])}`, `${r.int(19, 25)}/${r.digits(5)}/${r.pick(['FUL', 'OUT', 'HOU', 'REM'])}`, `${r.pick(['B', 'P', 'DC'])}/${r.int(19, 25)}/${r.digits(5)}/${r.pick(['FUL', 'OUT'])}`]);
}

// ───────────────────────────── Templates ─────────────────────────────

type Gen = (r: Rng) => { text: string; context?: ComposeContext; settings?: Settings };

const she = (p: { he: boolean }) => (p.he ? 'he' : 'she');
const her = (p: { he: boolean }) => (p.he ? 'his' : 'her');
const herObj = (p: { he: boolean }) => (p.he ? 'him' : 'her');
const nameOf = (r: Rng, p: ReturnType<typeof person>) => r.pick([`${p.first} ${p.last}`, `${p.hon} ${p.last}`, p.first, `${p.first} ${p.last}`]);

const POSITIVE: Record<string, Gen> = {
  phone: (r) => {
    const p = person(r);
    const n = nameOf(r, p);
    const ph = phone(r);
    return r.pick<ReturnType<Gen>>([
      { text: `${n}'s mobile is ${ph} if anyone can offer ${herObj(p)} a lift to the hospital on ${r.pick(DAYS)}.` },
      { text: `Anyone with a spare wheelchair, ring ${n} on ${ph}.` },
      { text: `Text ${n} on ${ph} to get added to the street WhatsApp.` },
      { text: `The bloke selling the caravan off ${street(r)} is on ${ph}, give him a bell.` },
      { text: `Spoke with the tenant this morning — ${her(p)} number is ${ph}, can someone from housing call ${herObj(p)}?` },
      { text: `Lost cat near ${street(r)}. Owner is ${p.first}, ring ${ph} if you spot her.` },
      { text: `${p.first} ${p.last} (${ph}) is collecting for the street party this year.` },
      { text: `Got a message from ${p.first}: "call me back on ${ph}". Can anyone help ${herObj(p)} out?` },
      { text: `Your neighbour ${p.first} says you can reach ${herObj(p)} on ${ph} about the fence.`, context: { kind: 'reply' } },
      { text: `If you see ${p.first}'s dog out again, ${her(p)} dad is on ${ph}.` },
      { text: `The landlord at ${r.int(2, 90)} ${street(r)} won't answer emails, his mobile is ${ph} — let him know what you think.` },
      { text: `${n} from the allotments wants volunteers, contact ${herObj(p)} on ${ph}.` },
      { text: `Missing: ${p.first}, 82, last seen near ${r.pick(VENUES)}. Family number ${ph}.` },
      { text: `Call ${p.hon} ${p.last} direct on ${ph}, ${she(p)}'s happy to talk about the flooding.` },
      { text: `Contacts for the gala: ${p.first} ${ph}, ${r.pick(FIRST_F)} ${phone(r)}.` },
      { text: `${p.first.toUpperCase()} SAYS RING ${herObj(p).toUpperCase()} ON ${ph} ABOUT THE KEYS` },
      { text: `Whoever keeps parking outside the shop, the owner's number is ${ph}.` },
      { text: `mob: ${ph} (${p.first}) — ask for the spare allotment key` },
      { text: `Her son gave me the number, ${ph}, so please ring if you see her wandering.` },
    ]);
  },
  email: (r) => {
    const p = person(r);
    const f = p.first.toLowerCase().replace(/[^a-z]/g, '');
    const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
    const y = r.int(1950, 2002);
    const local = r.pick([`${f}.${l}`, `${f}${l}${String(y).slice(2)}`, `${f[0]}.${l}`, `${f}_${l}`, `${f}${y}`, `${l}${f[0]}`, `${f}-${l}`, `${f}.${l}${r.int(1, 99)}`, `${f}+council`, `big${f}${r.int(1, 99)}`]);
    const email = r.chance(0.85) ? `${local}@${r.pick(WEBMAIL)}` : `${local}@${r.pick(['smithroofing.co.uk', 'hirstandsons.com', 'kirklettings.co.uk'])}`;
    const shown = r.chance(0.15) ? email.toUpperCase() : email;
    return r.pick<ReturnType<Gen>>([
      { text: `Complaints about the hedge can go straight to the owner: ${shown}` },
      { text: `${p.first} is running the quiz night — tickets from ${shown}.` },
      { text: `${her(p)[0].toUpperCase() + her(p).slice(1)} email is ${shown} if you want to chase the deposit.` },
      { text: `Here's the address of the man who keeps parking on the verge: ${shown}` },
      { text: `I've copied your neighbour in (${shown}) so you can sort it between you.`, context: { kind: 'reply' } },
      { text: `${p.hon} ${p.last} asked me to pass on ${her(p)} email, ${shown}, for anyone who found the keys.` },
      { text: `Landlord's email is ${shown}. Tell him about the damp.` },
      { text: `For the petition, send your names to ${p.first} at ${shown}.` },
      { text: `${shown} is the one sending the nasty messages, apparently.` },
      { text: `Reply to ${p.first} (${shown}) if you want a plot.` },
    ]);
  },
  address: (r) => {
    const p = person(r);
    const num = `${r.int(1, 180)}${r.chance(0.1) ? r.pick(['a', 'b']) : ''}`;
    const st = street(r, r.chance(0.12));
    const pc = r.chance(0.35) ? `, ${postcode(r)}` : '';
    const town = r.chance(0.25) ? `, ${r.pick(TOWNS)}` : '';
    const addr = r.chance(0.15) ? `Flat ${r.int(1, 12)}, ${num} ${st}${town}${pc}` : `${num} ${st}${town}${pc}`;
    return r.pick<ReturnType<Gen>>([
      { text: `${p.first} ${p.last} lives at ${addr} and has had no heating for a week.` },
      { text: `The family at number ${num} ${st} leave their bins out all week.` },
      { text: `${p.hon} ${p.last} (${addr}) has asked for the tree to be cut back.` },
      { text: `${nameOf(r, p)} has just moved into ${addr} — give ${herObj(p)} a warm welcome!` },
      { text: `The landlord of ${addr} is ${p.first} ${p.last}, and ${she(p)} won't fix the roof.` },
      { text: `${her(p)[0].toUpperCase() + her(p).slice(1)} home address is ${addr}, so the parcel must have gone next door.` },
      { text: `The tenants at ${num} ${st} have been there since 1998 and deserve better.` },
      { text: `My neighbour at ${num} ${st} says the drain has been blocked since ${r.pick(MONTHS)}.` },
      { text: `${p.first} is staying at ${addr} until the council finds ${herObj(p)} somewhere.` },
      { text: `The woman at ${num} ${st} is the one complaining about the football.` },
      { text: `Drop the food parcel round to ${p.first}'s house, ${addr}.` },
      { text: `No. ${num} ${st} is where ${p.first} ${p.last} lives, the one with the caravan.` },
      { text: `${p.first} lives above the chippy at ${num} ${st}.` },
      { text: `Can someone check on the old lady at ${num} ${st.replace(/Street$/, 'St').replace(/Road$/, 'Rd').replace(/Avenue$/, 'Ave')}? Her curtains haven't opened.` },
      { text: `Apartment ${r.int(1, 40)}, ${num} ${st} — that's ${her(p)} address if the council want it.` },
    ]);
  },
  postcode: (r) => {
    const p = person(r);
    const pc = r.chance(0.15) ? postcode(r).toLowerCase() : postcode(r);
    return r.pick<ReturnType<Gen>>([
      { text: `${p.first} ${p.last} lives in ${pc}, right by the new flats.` },
      { text: `${p.hon} ${p.last}'s postcode is ${pc} if the assessor needs it.` },
      { text: `Her address is on the form, postcode ${pc}, so there's no excuse for the missed collection.` },
      { text: `${p.first} has been at ${pc} for forty years and still no dropped kerb.` },
    ]);
  },
  dob: (r) => {
    const p = person(r);
    const d = dob(r);
    return r.pick<ReturnType<Gen>>([
      { text: `${p.hon} ${p.last} (DOB ${d}) still hasn't had ${her(p)} blue badge renewed.` },
      { text: `${p.first} ${p.last}, date of birth ${d}, has been missed off the electoral register again.` },
      { text: `For the form: ${p.first}, born ${d}, lives with ${her(p)} daughter.` },
      { text: `Her D.O.B. is ${d} so she should have had the letter by now.` },
      { text: `The resident (dob: ${d}) was told to reapply online.` },
      { text: `${p.first} was born on ${d} and has lived on the estate all ${her(p)} life.` },
      { text: `Name: ${p.first} ${p.last}. Date of birth: ${d}. Still no reply from adult social care.` },
      { text: `(d.o.b ${d}) is on the letter they sent to ${p.hon} ${p.last}'s neighbour by mistake.` },
    ]);
  },
  ni: (r) => {
    const p = person(r);
    const ni = niNumber(r);
    return r.pick<ReturnType<Gen>>([
      { text: `${p.first}'s NI number is ${ni} and the jobcentre still say they can't find ${herObj(p)}.` },
      { text: `National insurance no: ${ni} — DWP have lost the file twice.` },
      { text: `${p.hon} ${p.last} gave me ${her(p)} NINO (${ni}) to chase the pension.` },
      { text: `Can someone at HMRC check ${ni}? ${p.first} has been waiting since ${r.pick(MONTHS)}.` },
      { text: `His ni no. is ${ni}, it's on the letter he showed me.` },
      { text: `NI: ${ni.toLowerCase()} — can the DWP please sort this out for ${p.first}.` },
    ]);
  },
  nhs: (r) => {
    const p = person(r);
    const n = nhsNumber(r);
    return r.pick<ReturnType<Gen>>([
      { text: `NHS no. ${n} — ${p.hon} ${p.last} has been waiting 9 months for a hip.` },
      { text: `${p.first}'s NHS number is ${n} if anyone at the trust can look into it.` },
      { text: `Patient ${n} was discharged with no care package, again.` },
      { text: `Her NHS number (${n}) was on the letter sent to the wrong house.` },
    ]);
  },
  vrm: (r) => {
    const p = person(r);
    const v = vrm(r);
    return r.pick<ReturnType<Gen>>([
      { text: `The silver Corsa ${v} is parked across the dropped kerb again.` },
      { text: `Van reg ${v} has been fly-tipping on ${street(r)}, caught on the doorbell camera.` },
      { text: `Driver of ${v} was doing 60 past the school this morning.` },
      { text: `${p.first} ${p.last} drives ${v} and leaves it on the verge every night.` },
      { text: `The car ${v} hasn't moved in three months — surely it's abandoned?` },
      { text: `Anyone know whose motorbike ${v} is? It's been left outside the shops.` },
    ]);
  },
  bank: (r) => {
    const p = person(r);
    const sc = sortCode(r);
    const acc = r.digits(8);
    return r.pick<ReturnType<Gen>>([
      { text: `Donations for ${p.first}'s funeral: sort code ${sc}, account ${acc}.` },
      { text: `${p.hon} ${p.last} is owed the refund — ${her(p)} bank is ${sc} ${acc}.` },
      { text: `Please pay the collection into acc no ${acc}, sort code ${sc} (${p.first}'s account).` },
      { text: `Account number ${acc} sort code ${sc} — that's where ${p.first} wants the money sent.` },
    ]);
  },
  card: (r) => {
    const p = person(r);
    const c = card(r);
    return r.pick<ReturnType<Gen>>([
      { text: `${p.first}'s card ${c} was cloned at the cash machine on Market Street.` },
      { text: `Card number ${c} was charged twice for the parking permit — ${p.hon} ${p.last} is furious.` },
      { text: `She read me the long number off her card, ${c}, so the council could refund her.` },
    ]);
  },
  iban: (r) => {
    const p = person(r);
    const i = iban(r);
    return r.pick<ReturnType<Gen>>([
      { text: `Refund for ${p.first} ${p.last} should go to ${i}.` },
      { text: `IBAN for ${p.hon} ${p.last}'s account: ${i}` },
      { text: `${p.first} has given the council ${her(p)} IBAN ${i} three times now.` },
    ]);
  },
  special: (r) => {
    const p = person(r);
    const n = nameOf(r, p);
    const phrase = r.pick([
      'has terminal cancer', 'has been sectioned', 'is on Universal Credit', 'has just come out of prison', 'is an alcoholic', 'is HIV positive', 'has dementia',
      'is seeking asylum', 'has been sanctioned twice', 'is gay', 'is in rehab', 'had a miscarriage last month', 'is on probation', 'tried to take an overdose',
      'is being evicted', 'is in rent arrears', 'has bipolar', 'is autistic', 'claims PIP', 'is on a tag', 'is fleeing domestic abuse',
    ]);
    return r.pick<ReturnType<Gen>>([
      { text: `${n} ${phrase}, and still nobody from the council has been round.` },
      { text: `Please keep ${n} in your thoughts, ${she(p)} ${phrase.replace(/^has /, 'has ').replace(/^is /, 'is ')}.` },
      { text: `The lad who runs the paper shop ${phrase}, just so everyone knows.` },
      { text: `The woman at number ${r.int(2, 80)} ${phrase} and the kids are struggling.` },
      { text: `${p.first} from the ${r.pick(['Red Lion', 'bowls club', 'school gates', 'Co-op'])} ${phrase}.` },
      { text: `Spoke to ${p.first} ${p.last} today. ${she(p)[0].toUpperCase() + she(p).slice(1)} ${phrase}.` },
      { text: `@${p.first}${p.last.replace(/[^A-Za-z]/g, '')}${r.int(1, 99)} ${phrase} — everyone on the estate knows.` },
      { text: `${p.hon} ${p.last}'s son ${phrase}, which is why the police keep coming round.` },
    ]);
  },
  casework: (r) => {
    const p = person(r);
    const num = r.int(1, 120);
    const st = street(r);
    return r.pick<ReturnType<Gen>>([
      { text: `Update on ${p.hon} ${p.last}'s housing application: ${she(p)}'s been moved up to Band ${r.pick(['A', 'B', 'C'])}.` },
      { text: `My constituent at ${num} ${st} has waited ${r.int(6, 30)} weeks for ${her(p)} OT assessment.` },
      { text: `${p.first}, I've checked and your council tax arrears are £${r.int(200, 2400)}, which is why the letter came.`, context: { kind: 'reply' } },
      { text: `${p.first} ${p.last}'s homeless application was refused again — I've asked for a review.` },
      { text: `Elderly gentleman on ${st} living with black mould since ${r.pick(MONTHS)}, his wife is housebound.` },
      { text: `${p.hon} ${p.last} at ${num} ${st} has had ${her(p)} repairs ticket closed without anyone visiting.` },
      { text: `Hi ${p.first}, your housing benefit claim was suspended in ${r.pick(MONTHS)} because the form was late — I'll chase.`, context: { kind: 'reply' } },
      { text: `I've been helping ${p.first} ${p.last} with ${her(p)} appeal since the PIP decision in ${r.pick(MONTHS)}.` },
      { text: `Still no social worker for ${p.hon} ${p.last} on ${st}, ${r.int(6, 20)} weeks after the referral.` },
    ]);
  },
};

Object.assign(POSITIVE, {
  reference: (r: Rng) => {
    const p = person(r);
    const ref = r.pick([`${r.int(10, 99)}${r.digits(6)}`, `${r.pick(['CT', 'T', 'HB'])}${r.digits(7)}`, `${r.digits(5)}/${r.digits(3)}`]);
    return r.pick<ReturnType<Gen>>([
      { text: `${p.hon} ${p.last}'s council tax account ${ref} has been billed twice — please sort it.` },
      { text: `Tenancy ref ${ref} (${p.first} ${p.last}) still shows arrears that were paid in ${r.pick(MONTHS)}.` },
      { text: `${p.first} has been given crime reference ${ref} but nobody has called back.` },
      { text: `Housing benefit claim number ${ref} for ${p.first} ${p.last} was closed by mistake.` },
    ]);
  },
  passport: (r: Rng) => {
    const p = person(r);
    const n = `${r.int(1, 9)}${r.digits(8)}`;
    return r.pick<ReturnType<Gen>>([
      { text: `${p.first}'s passport number is ${n}, the Home Office keep asking for it.` },
      { text: `Passport no. ${n} — ${p.hon} ${p.last} needs it back before ${her(p)} flight.` },
    ]);
  },
  photo: (r: Rng) => {
    const p = person(r);
    const g = r.pick<ReturnType<Gen>>([
      { text: `Lovely morning at the food bank helping visitors with their parcels.` },
      { text: `Met the residents of ${r.pick(['Oakwood', 'Fernlea', 'Highfield'])} Care Home today — pictured with ${p.first} and ${r.pick(FIRST_M)}.` },
      { text: `Spent the afternoon at the night shelter with the guests and volunteers.` },
      { text: `Chatting with ${p.first} ${p.last} at the warm space in ${r.pick(VENUES)} this afternoon.` },
    ]);
    return { ...g, context: { hasMedia: true, mediaKind: r.chance(0.8) ? 'image' : 'video' } };
  },
} as Record<string, Gen>);

const NEGATIVE: Record<string, Gen> = {
  meeting: (r) =>
    r.pick([
      { text: `Full council meets on ${futureDate(r)} at ${time(r)} in ${r.pick(VENUES)}. Agenda online now.` },
      { text: `Planning committee ${futureDate(r)}, ${time(r)}, council chamber. Public speaking slots close ${r.pick(DAYS)}.` },
      { text: `Next residents' meeting: ${futureDate(r)} ${time(r)}. All welcome.` },
      { text: `Scrutiny session moved to ${r.pick(DAYS)} ${r.int(1, 28)}/${r.int(1, 12)} at ${time(r)}.` },
    ]),
  surgery: (r) => {
    const v = r.pick(VENUES);
    return r.pick([
      { text: `Ward surgery ${r.pick(DAYS)} ${time(r)} at ${v}, ${r.int(1, 120)} ${street(r)}.` },
      { text: `Drop-in advice session at ${v}, ${r.int(1, 99)} ${street(r)}, ${postcode(r)}, ${time(r)}.` },
      { text: `I'll be holding my surgery at ${v} (${r.int(1, 60)} ${street(r)}) on ${futureDate(r)}, ${time(r)}.` },
      { text: `Coffee morning for the hospice at ${r.int(2, 40)} ${street(r)} community centre, ${futureDate(r)} from ${time(r)}.` },
      { text: `Flu jabs at the pharmacy, ${r.int(1, 90)} ${street(r)}, ${r.pick(DAYS)} ${time(r)}. No appointment needed.` },
    ]);
  },
  planning: (r) =>
    r.pick([
      { text: `Application ${planningRef(r)} for ${r.int(4, 300)} homes off ${street(r)} goes to committee on ${futureDate(r)}.` },
      { text: `Comments on ${planningRef(r)} close ${futureDate(r)}. Please have your say.` },
      { text: `Plans ref ${planningRef(r)} (extension at the old mill) have been withdrawn.` },
    ]),
  money: (r) =>
    r.pick([
      { text: `${money(r)} secured for new play equipment in ${r.pick(TOWNS)} park.` },
      { text: `The ${r.pick(['highways', 'libraries', 'youth', 'parks'])} budget is ${money(r)} for 2025/26, up from ${money(r)}.` },
      { text: `Parking permits rise to ${money(r)} a year from April; concessions stay at ${money(r)}.` },
      { text: `We raised ${money(r)} at the gala — thank you all!` },
    ]),
  votes: (r) =>
    r.pick([
      { text: `Motion carried ${r.int(20, 45)} votes to ${r.int(3, 19)} with ${r.int(0, 5)} abstentions.` },
      { text: `Re-elected with ${r.int(1, 3)},${r.digits(3)} votes, a majority of ${r.int(100, 999)}. Thank you!` },
      { text: `The amendment fell ${r.int(10, 20)}–${r.int(21, 30)}.` },
      { text: `Turnout was ${r.int(18, 40)}.${r.int(0, 9)}% and ${r.int(1, 9)},${r.digits(3)} ballots were counted.` },
    ]),
  road: (r) =>
    r.pick([
      { text: `The A${r.int(6, 699)} will be closed between J${r.int(30, 36)} and J${r.int(37, 39)} of the M1 overnight.` },
      { text: `Resurfacing at the A${r.int(600, 699)}/B${r.int(6000, 6499)} junction from ${futureDate(r)}.` },
      { text: `Delays on the M${r.pick(['1', '62', '60', '66', '18'])} J${r.int(1, 40)} slip road this week.` },
      { text: `New crossing on the A${r.int(61, 69)} near ${r.pick(VENUES)} goes live on ${futureDate(r)}.` },
    ]),
  bus: (r) =>
    r.pick([
      { text: `The ${r.int(1, 99)}, ${r.int(1, 99)}a and X${r.int(1, 99)} services change on ${futureDate(r)}.` },
      { text: `Good news: the X${r.int(10, 99)} is back to every 20 minutes.` },
      { text: `Route ${r.int(1, 250)} will no longer stop on ${street(r)} after ${time(r)}.` },
    ]),
  switchboard: (r) => {
    const num = `01226 ${r.int(700000, 799999)}`;
    return r.pick<ReturnType<Gen>>([
      { text: `Report missed bins on 0300 ${r.int(100, 999)} ${r.digits(4)} or online.` },
      { text: `Council tax queries: 0345 ${r.digits(3)} ${r.digits(4)} (Mon–Fri 9–5).` },
      { text: `Out-of-hours repairs: 0800 ${r.digits(3)} ${r.digits(4)}.` },
      { text: `For bin problems call the council on ${num}.`, settings: { lists: { councilNumbers: [num] } } },
      { text: `Contact centre: ${num} — lines open 8am–6pm.`, settings: { lists: { councilNumbers: [num] } } },
      { text: `Berneslai Homes repairs line is 0800 ${r.digits(3)} ${r.digits(4)}, free from mobiles.` },
      { text: `Call the council on 0161 253 ${r.digits(4)} to book a bulky collection.` },
      { text: `Energy advice line 0808 ${r.digits(3)} ${r.digits(4)} — free and confidential.` },
    ]);
  },
  'public-number': (r) =>
    r.pick([
      { text: `Not an emergency? Ring 101. In an emergency always call 999.` },
      { text: `Feeling low? Samaritans are there 24/7 on 116 123.` },
      { text: `If you're unwell and unsure, NHS 111 can help, or 999 if it's life-threatening.` },
      { text: `Power cut? Call 105 to reach your network operator.` },
      { text: `Room 101 at the town hall is the venue for ${r.pick(DAYS)}'s session at ${time(r)}.` },
    ]),
  govemail: (r) => {
    const p = person(r);
    const c = r.pick(COUNCILS);
    return r.pick([
      { text: `Email me at cllr.${p.first.toLowerCase()}.${p.last.toLowerCase().replace(/[^a-z]/g, '')}@${c}.gov.uk with any casework.` },
      { text: `Nominations to civicawards@${c}.gov.uk by ${futureDate(r)}.` },
      { text: `Referrals to ${r.pick(['barnsley.referrals', 'bury.falls', 'safeguarding.adults'])}@nhs.net please.` },
      { text: `Tickets from info@${r.pick(['burylitfest', 'barnsleycvs', 'hoylandtowncouncil'])}.org.uk.` },
      { text: `Contact ${p.first} ${p.last}, our neighbourhood officer, at ${p.first.toLowerCase()}.${p.last.toLowerCase().replace(/[^a-z]/g, '')}@${c}.gov.uk.` },
      { text: `Report it to enquiries@${r.pick(['southyorkshire', 'gmp'])}.police.uk or via the website.` },
    ]);
  },
  'own-number': (r) => {
    const ph = phone(r, 'mobile');
    return r.pick<ReturnType<Gen>>([
      { text: `Any ward issues, call me on ${ph}.`, settings: { lists: { ownPublishedContacts: [ph] } } },
      { text: `My councillor mobile is ${ph} — happy to take calls 9–5.`, settings: { lists: { ownPublishedContacts: [ph] } } },
      { text: `Text me on ${ph} and I'll get back to you.`, settings: { lists: { ownPublishedContacts: [ph] } } },
      { text: `Ring me on ${ph}, or email cllr.office@bury.gov.uk.`, settings: { lists: { ownPublishedContacts: [ph] } } },
    ]);
  },
  street: (r) =>
    r.pick([
      { text: `${street(r)} will be closed for resurfacing from ${futureDate(r)}.` },
      { text: `Potholes on ${street(r)} have been reported — repairs next week.` },
      { text: `Great to see the new homes on the ${street(r)} development finished.` },
      { text: `Street lights on ${street(r)} and ${street(r)} are being upgraded to LED.` },
      { text: `Thanks to everyone who came to the litter pick on ${street(r)} on ${r.pick(DAYS)}.` },
    ]),
  district: (r) =>
    r.pick([
      { text: `Residents in ${r.pick(OUTWARD)} will get new recycling bins in ${r.pick(MONTHS)}.` },
      { text: `Broadband upgrades are coming to ${r.pick(OUTWARD)} and ${r.pick(OUTWARD)} this year.` },
      { text: `The ${r.pick(OUTWARD)} area has the highest recycling rate in the borough.` },
    ]),
  'nhs-invalid': (r) => {
    const n = nhsNumber(r, false);
    return r.pick([
      { text: `FOI reference ${n} — the response is due next week.` },
      { text: `Petition ID ${n} has passed 1,000 signatures.` },
      { text: `Job number ${n} for the streetlight on ${street(r)}, logged today.` },
      { text: `Contract notice ${n} for the leisure centre refurbishment is out.` },
    ]);
  },
  stats: (r) =>
    r.pick([
      { text: `Over ${r.int(1, 9)},${r.digits(3)} households in our ward claim Universal Credit.` },
      { text: `${r.int(100, 999)} potholes fixed since 2019, and ${r.int(10, 60)}% fewer complaints in 2023/24.` },
      { text: `Population of the ward rose from ${r.int(8, 12)},${r.digits(3)} in 2011 to ${r.int(12, 15)},${r.digits(3)} in 2021.` },
      { text: `In 2024 we planted ${r.int(200, 2000)} trees and recycled ${r.int(30, 60)}% of waste.` },
    ]),
  people: (r) => {
    const p = person(r);
    return r.pick([
      { text: `Well done to ${p.first} ${p.last} for 20 years volunteering at ${r.pick(VENUES)}!` },
      { text: `Huge thanks to ${p.hon} ${p.last} and the Friends of ${r.pick(TOWNS)} Park for the planting.` },
      { text: `Congratulations to ${p.first} on being named volunteer of the year.` },
      { text: `Lovely to meet ${p.first} ${p.last}, the new head of the ${r.pick(TOWNS)} food bank, today.` },
    ]);
  },
  'health-topic': (r) =>
    r.pick([
      { text: `Dementia café every ${r.pick(DAYS)} at ${r.pick(VENUES)}, ${time(r)} — carers welcome.` },
      { text: `PIP assessments are changing; Citizens Advice can help anyone affected.` },
      { text: `Funding for addiction services has been cut by a third since 2015.` },
      { text: `I was diagnosed with type 2 diabetes last year — please get checked.` },
      { text: `Proud to support ${r.pick(TOWNS)} Pride and all our LGBTQ+ residents.` },
      { text: `Universal Credit helpline: 0800 328 5644. Help with claims at ${r.pick(VENUES)}.` },
    ]),
  'casework-aggregate': (r) =>
    r.pick([
      { text: `I've helped ${r.int(10, 90)} households with housing casework this year — message me if you need help.` },
      { text: `Damp and mould complaints have doubled across the ward; I've asked for a scrutiny review.` },
      { text: `Sorry to hear this — please message me your address and I'll take it up with housing.`, context: { kind: 'reply' } },
      { text: `If you're in rent arrears, the hardship fund is open until ${r.pick(MONTHS)}.` },
    ]),
};

Object.assign(NEGATIVE, {
  defect: (r: Rng) =>
    r.pick([
      { text: `Huge pothole outside ${r.int(1, 150)} ${street(r)} — reported to highways today.` },
      { text: `Streetlight out opposite ${r.int(1, 99)} ${street(r)} since ${r.pick(DAYS)}, job logged.` },
      { text: `Blocked drain near ${r.int(2, 60)} ${street(r)}, crews due ${futureDate(r)}.` },
    ]),
  business: (r: Rng) =>
    r.pick([
      { text: `${r.pick(SURNAMES)} & Sons Roofing Ltd are doing the church roof — bookings on 01226 ${r.int(200000, 799999)}.` },
      { text: `The chippy on ${street(r)} is open till 10pm, orders on 0114 ${r.int(200, 299)} ${r.digits(4)}.` },
      { text: `Taxi rank moved; ${r.pick(TOWNS)} Cars are on 01204 ${r.int(300000, 399999)} as usual.` },
    ]),
  code: (r: Rng) =>
    r.pick([
      { text: `Use code ${vrm(r).replace(' ', '')} for 10% off gala tickets.` },
      { text: `Meeting moved to ${String(r.int(10, 28))}-${String(r.int(1, 12)).padStart(2, '0')}-25 at the usual time.` },
      { text: `The results are in: ${r.int(1, 9)}-${r.int(0, 5)} to the Reds!` },
      { text: `Open 24/7 at ${r.pick(VENUES)}, ${r.int(1, 99)} ${street(r)}.` },
      { text: `Agenda item ${r.int(4, 12)}.${r.int(1, 9)}: the ${r.int(2024, 2026)}/${r.int(25, 27)} capital programme (${r.int(12, 40)} pages).` },
    ]),
  photo: (r: Rng) => {
    const g = r.pick<ReturnType<Gen>>([
      { text: `Newly resurfaced ${street(r)} — thanks, highways!` },
      { text: `Before and after: the fly-tip on ${street(r)} cleared in 24 hours.` },
      { text: `With Cllr ${r.pick(SURNAMES)} and the Friends of ${r.pick(TOWNS)} Park — shared with permission.` },
      { text: `The new planters on ${street(r)} look fantastic.` },
    ]);
    return { ...g, context: { hasMedia: true, mediaKind: 'image' } };
  },
    'venue-person': (r: Rng) => {
    const p = person(r);
    return r.pick([
      { text: `Join ${p.first} at ${r.pick(VENUES)}, ${r.int(1, 90)} ${street(r)}, for the craft fair on ${futureDate(r)}.` },
      { text: `${p.hon} ${p.last} will open the new library on ${street(r)} at ${time(r)}.` },
      { text: `Thanks to ${p.first} ${p.last} and the Friends of ${r.pick(TOWNS)} Park for the litter pick.` },
      { text: `${p.first} ${p.last} talked about dementia awareness at ${r.pick(VENUES)} — really moving.` },
    ]);
  },
} as Record<string, Gen>);

const POS_KINDS = Object.keys(POSITIVE);
const NEG_KINDS = Object.keys(NEGATIVE);

/**
 * `n` items from `seed`: half positives (spread over every kind), half civic look-alikes.
 * Same seed and n, same items.
 */
export function syntheticUk(seed = 1, n = 2000): SyntheticItem[] {
  const r = new Rng(mulberry32(seed));
  const out: SyntheticItem[] = [];
  for (let i = 0; i < n; i++) {
    const pos = i % 2 === 0;
    const kinds = pos ? POS_KINDS : NEG_KINDS;
    const kind = kinds[Math.floor(i / 2) % kinds.length];
    const g = (pos ? POSITIVE : NEGATIVE)[kind](r);
    out.push({
      id: `synth-${seed}-${i}`,
      text: g.text,
      labels: { 'personal-data': pos },
      group: `${pos ? 'pos' : 'civic'}-${kind}`,
      ...(g.context ? { context: g.context } : {}),
      ...(g.settings ? { settings: g.settings } : {}),
    });
  }
  return out;
}

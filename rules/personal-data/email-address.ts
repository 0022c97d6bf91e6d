import { defineRule } from '../define';
import type { Hit } from '../types';
import { SURNAMES, isFirstName, personNear } from '../shared/people';
import { EMAIL_RE_SOURCE, classifyEmail, isRoleMailbox } from '../shared/validators';
import { ownContacts } from './lib/cues';

const EMAIL = new RegExp(`(?<![\\w.+%'/-])${EMAIL_RE_SOURCE}\\b`, 'g');

/** The writer's own address: "email me at", "my email is". */
const SELF_EMAIL = /\b(?:(?:email|e-mail|mail|contact|message|write to|reach) me|my (?:personal |work |council |new |own )?(?:e-?mail|address|inbox)|me at|me on)\b[^.!?\n]{0,25}$/i;

/** Third-party possession or direction. */
const THIRD_PARTY = /\b(?:his|her|their|(?:the |your |my |our )?(?:\w+ )?(?:owner|landlord|landlady|neighbour|tenant|guy|bloke|lad|man|woman|lady|resident)(?:['’]s)?|(?:email|contact|message) (?:him|her|them))\b/i;

/** Local parts that look like a person: "jane.holmes1962", "garyd", "dj_kenno", "bill.turner". */
function personalLocal(local: string): boolean {
  const l = local.toLowerCase();
  if (/(?:19[3-9]\d|20[01]\d)$/.test(l)) return true; // year of birth
  const parts = l.split(/[._-]+/).filter(Boolean);
  if (parts.some((p) => isFirstName(p.replace(/\d+$/, '')) || SURNAMES.has(p.replace(/\d+$/, '')))) return true;
  // "iqbalh", "hughesk": surname and initial.
  if (parts.some((p) => SURNAMES.has(p.replace(/\d+$/, '').slice(0, -1)) || SURNAMES.has(p.replace(/\d+$/, '').slice(1)))) return true;
  for (const p of parts) for (let k = 3; k <= Math.min(8, p.length - 2); k++) if (isFirstName(p.slice(0, k)) && p.length - k <= 16) return true;
  // "m.kowalski", "jane.holmes": initial or name, dot, surname.
  return parts.length === 2 && parts.every((p) => /^[a-z]{1,20}$/.test(p)) && parts[1].length >= 3 && !parts.some((p) => isRoleMailbox(p));
}

export default defineRule({
  id: 'personal-data/email-address',
  family: 'personal-data',
  title: "Someone else's personal email address",
  severity: 'warn',
  sets: ['personal-data'],
  lists: { uses: ['ownPublishedContacts', 'ownPrivateDetails', 'councilDomains'], withoutThem: 'generic-cues' },
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'Do not disclose personal details' },
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (4) Data Protection', quote: 'Avoid publishing the personal data of other people' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Rules of engagement', quote: 'if you have specific enquiries or casework, please send directly to my official email.' },
  ],
  message: "This includes what looks like a personal email address ({email}). Unless it's yours or you have permission, remove it or pass it on privately.",
  action: 'Remove the email address or pass it on privately.',
  examples: {
    trigger: [
      { text: 'If you want to complain about the hedge, the owner is jane.holmes1962@hotmail.co.uk.', source: 'catalog R18 #1' },
      { text: 'Contact Gary (allotments treasurer) on garyd.allotments@gmail.com for plot applications.', source: 'catalog R18 #2' },
      { text: "I've forwarded your concern to your neighbour at bill.turner@btinternet.com.", context: { kind: 'reply' }, source: 'catalog R18 #3' },
      { text: "Here's the email of the guy who's been fly-posting: dj_kenno@yahoo.com", source: 'catalog R18 #4' },
      { text: 'Siobhan from the tenants group says message her on SIOBHAN.OREILLY@OUTLOOK.COM' },
      { text: 'The agent handling the sale is m.kowalski@bramleyestates.co.uk if you want to object directly.' },
      { text: 'Her email address (wojciech_n82@live.co.uk) was on the petition, so reply to him there.' },
    ],
    quiet: [
      { text: 'Email me at cllr.j.smith@barnsley.gov.uk with any casework.', source: 'catalog R18 #1' },
      { text: 'Send nominations to communications@barnsley.gov.uk by Friday.', source: 'catalog R18 #2' },
      { text: 'Tickets from info@burylitfest.org.uk', source: 'catalog R18 #3' },
      { text: "You'll need an email address to register for the webinar.", source: 'catalog R18 #4' },
      { text: 'Follow @BarnsleyCouncil for updates.', source: 'catalog R18 #5' },
      { text: 'Any problems, my ward inbox is jsmith.ward@gmail.com.', settings: { lists: { ownPublishedContacts: ['JSmith.Ward@gmail.com'] } } },
      { text: 'Book a plot via allotments@berneslaihomes.co.uk.', settings: { lists: { councilDomains: ['berneslaihomes.co.uk'] } } },
      { text: 'Referrals to the practice go to barnsley.referrals@nhs.net, and the food bank is enquiries@ourfoodbank.co.uk.' },
    ],
  },
  // Every address has its @.
  cues: { chars: '@' },
  detect(doc) {
    const text = doc.text;
    const own = ownContacts(doc);
    const domains = doc.lists.councilDomains ?? [];
    const hits: Hit[] = [];
    for (const m of doc.matchAll(EMAIL)) {
      const email = m[0];
      if (own.emails.has(email.toLowerCase())) continue;
      const cls = classifyEmail(email, domains);
      if (cls === 'public-sector' || cls === 'listed') continue;
      const local = email.slice(0, email.lastIndexOf('@'));
      const span = { start: m.index, end: m.index + email.length };
      const sent = doc.sentenceAt(m.index);
      const before = text.slice(Math.max(sent.start, m.index - 60), m.index);
      const third = THIRD_PARTY.test(before);
      const person = personNear(doc, span, 8);
      if (SELF_EMAIL.test(before) && !third) continue; // the member's own: R50 looks after private ones
      let severity: Hit['severity'] | null = null;
      if (cls === 'webmail') severity = 'warn';
      else if (isRoleMailbox(local.split(/[+]/)[0]) || local.split(/[._-]+/).some((p) => isRoleMailbox(p))) continue;
      else if (personalLocal(local) || third) severity = 'warn';
      else if (person && /^[ \t]*(?:at|on|:|-|–|via)[ \t]*$/.test(text.slice(person.end, m.index))) severity = 'warn'; // "send it to Hayley at h.k@firm.co.uk"
      else if (person) severity = 'info';
      if (!severity) continue;
      hits.push({ ...span, severity, vars: { email } });
    }
    return hits;
  },
});

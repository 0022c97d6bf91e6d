import { defineRule } from '../define';
import type { Hit } from '../types';
import { civicAt, councilNumbers } from '../shared/civic';
import { personNear } from '../shared/people';
import { ukPhones } from '../shared/validators';
import { ALLEGATION, CASEWORK_ANY, ownContacts, privatePeopleIn, sensitiveHits } from './lib/cues';

/** Organisations and businesses: a number here is probably not a private individual's. */
const BUSINESS =
  /\b(?:ltd|limited|plc|cic|charity|helpline|hotline|advice ?line|support ?line|freephone|switchboard|reception|enquiries|bookings?|box office|opening hours|open (?:mon|tue|wed|thu|fri|sat|sun|daily)|for a quote|free quotes?|call (?:us|the office)|ring us|text us|our (?:office|team|number|line|shop)|services|taxis?|cabs|roofing|plumb(?:er|ers|ing)|electricians?|builders|garage|salon|takeaway|chippy|chip shop|orders?|deliver(?:y|ies)|menu|open (?:till|until|from|daily|late)|opening times|appointments?|phone ?line|fund|scheme|project|campaign|restaurant|caf[eé]|shop|store|pharmacy|surgery|practice|clinic|library|community cent(?:re|er)|church|club|association|society|trust|foundation|council|housing association|citizens advice|samaritans|police|nhs|gp)(?![A-Za-z0-9_])/i;

/** "call the council on", "Berneslai Homes:", "ring the surgery on": the number right after an organisation. */
const ORG_DIRECT =
  /(?:\b(?:call|ring|phone|contact|text)\s+(?:the\s+)?(?:council|police|surgery|office|team|helpline|hotline|library|centre|center|hub|school|club|group|project|desk|clinic|practice|pharmacy|reception|hall|venue|shop|line|us|housing(?: team)?|contact cent(?:re|er)|switchboard)|\b(?:council|borough|homes|housing|police|nhs|trust|ltd|limited|services|service|care|advice|options|team|line|cent(?:re|er)|unit|hub|school office|helpline|hotline|switchboard|contact cent(?:re|er)|customer services|office|reception|surgery|practice))\s*(?:on|at|:|-|–|—|number|line|tel\.?|phone)?\s*(?:on|:)?\s*$/i;

/**
 * "Ring Children's Social Care on", "Age UK:", "Citizens Advice on", "Housing Options –", "Bloggs Roofing Ltd on":
 * a capitalised name ending in an organisation head word (and perhaps a branch: "Age UK Barnsley"), right before the
 * number, is an organisation's number.
 */
const ORG_NAMED =
  /(?:^|[^A-Za-z])(?:[A-Z][\w'’&.-]{0,30}[ \t]+){0,4}(?:Care|UK|Advice|Samaritans|Options|Ltd|Limited|Trust|Services?|Team|Helpline|Line|Cent(?:re|er)|Council|Homes|Partnership|Network|Foundation|Society|Association|Hub|Office|Surgery|Clinic|Project|Unit|Desk|Support|Direct|Hospital|Practice|School|Academy|Library|Bank|Group|Agency|Authority|Police|NHS|Watch|Rescue|Aid|Connect|Childline|Shelter|Mind)(?:[ \t]+[A-Z][a-z]{2,20}){0,2}[ \t]*(?:on|:|-|–|—|at)?[ \t]*(?:on|:)?[ \t]*$/;

/** "call SENDIASS on", "ring NHS Direct on": an acronym is an organisation (case-sensitive). */
const ORG_ACRONYM = /\b(?:[Cc]all|[Rr]ing|[Pp]hone|[Cc]ontact|[Tt]ext)[ \t]+(?:the[ \t]+)?[A-Z]{3,}(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]*(?:on|:)?[ \t]*$/;

/** The writer's own number: "my councillor line is", "call me on", "ring me". */
const SELF_NUMBER = /\b(?:my (?:councillor |council |ward |work |office |personal |private |own |new )?(?:number|mobile|phone|line|landline|contact number|mob|cell|whatsapp)|(?:call|ring|text|phone|contact|reach|whatsapp|message) me|me on|I'm on|I am on)\b/i;

/** Third-party possession or direction: "his number", "call him", "the landlord's mobile". */
const THIRD_PARTY = /\b(?:his|her|their|(?:the|a|an|my|our|your) (?:\w+ )?(?:landlord|landlady|owner|neighbour|tenant|resident|constituent|bloke|lad|man|woman|lady|guy|fella|driver|builder|son|daughter|mum|dad|family)'?s?|(?:call|ring|text|phone|contact|whatsapp|message) (?:him|her|them)|(?:him|her|them) (?:on|at))\b/i;

export default defineRule({
  id: 'personal-data/phone-number',
  family: 'personal-data',
  title: "Someone else's phone number",
  severity: 'warn',
  sets: ['personal-data'],
  lists: { uses: ['ownPublishedContacts', 'ownPrivateDetails', 'councilNumbers'], withoutThem: 'generic-cues' },
  policy: [
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: "Do not disclose personal details and ensure that you handle any personal or sensitive information in line with the Council's data protection policy." },
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (4) Data Protection', quote: 'Avoid publishing the personal data of other people, including photographs, without their express permission to do so.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'Keeping your personal and family life private', quote: 'Remember that you also need to consider the personal data of others around you.' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '5. Principles for using social media', quote: 'do not disclose non-public information from Council meetings, discussions or documents or the personal information of others.' },
  ],
  message:
    'This includes a phone number ({number}). If it belongs to a resident or another private individual, remove it or send it privately. Publishing personal details can break data-protection rules.',
  action: 'Remove the number or send it privately.',
  examples: {
    trigger: [
      { text: 'Ring Mrs Patel on 07700 900123 if you need the community centre keys.', source: 'catalog R17 #1' },
      { text: "Jason, I've spoken to your neighbour — call him direct on 07700900456 to sort the hedge.", context: { kind: 'reply' }, source: 'catalog R17 #2' },
      { text: "The landlord's mobile is +44 7700 900 321 — give him a ring and tell him to fix the damp.", source: 'catalog R17 #3' },
      { text: 'Anyone who wants to join the litter pick, contact Sue on 01632 960 555.', source: 'catalog R17 #4' },
      { text: 'Lost dog found on Churchfield Lane — owner is Kev, text 07700-900-789.', source: 'catalog R17 #5' },
      { text: 'Ring Mrs Patel on 07700 900482, she lives at 27 Sheffield Road', severity: 'warn' },
      { text: 'Mr Hussain at number 4 has dementia and his daughter is on 0044 7700 900 218 if anyone sees him wandering.', severity: 'stop' },
      { text: 'Priya’s number is (0113) 496 0871, she organises the Tuesday walking group.' },
      { text: 'Tenant at 3 Mill Lane says the agent is ignoring her — 07700.900.612 is her mobile, 0300 123 4567 is the agent.' },
    ],
    quiet: [
      { text: 'Ward surgery at 10:30 on 12/03 at 14 High Street.', source: 'catalog R17 #1' },
      { text: 'For bin collection problems call the council on (01226) 773443 or report online.', settings: { lists: { councilNumbers: ['01226 773443'] } }, source: 'catalog R17 #2' },
      { text: "Planning application 2024/0123/FUL is now on the council's website.", source: 'catalog R17 #3' },
      { text: 'Need help? Samaritans: 116 123 (free, 24/7). Police non-emergency: 101.', source: 'catalog R17 #4' },
      { text: '£1,250,000 secured for the 72 and 72a bus routes.', source: 'catalog R17 #5' },
      { text: 'My councillor line is 07700 900999 — happy to take calls 9–5.', settings: { lists: { ownPublishedContacts: ['07700 900999'] } }, source: 'catalog R17 #6' },
      { text: 'For bin collection problems call the council on (01226) 773443 or report online.' },
      { text: 'Council tax queries: 0300 123 6780, Monday to Friday 9am–5pm. Out of hours emergencies 0800 022 4040.' },
      { text: 'The budget of £12,450,000 for 2024/25 was carried by 34 votes to 12 on 14/03/2024.' },
      { text: 'Contact me on +44 7700 900999 any weekday.', settings: { lists: { ownPublishedContacts: ['07700900999'] } } },
      { text: 'Roadworks on the A61 at junction 37 of the M1 from 12.03.2024 10.30 until Friday.' },
      { text: 'Domestic abuse helpline 0808 2000 247, NHS 111, or 999 in an emergency.' },
      { text: "Cllr Ahmed's ward line is 07700 900341 if you can't reach me this week.", allowInfo: true },
      { text: "Worried about a child? Ring Children's Services Duty Team on 01632 960 441, or 999 in an emergency." },
      { text: 'Free benefits advice: phone Citizens Advice on 01632 960 118.' },
      { text: 'Homeless tonight? Housing Options – 01632 960 733 (out of hours 01632 960 734).' },
      { text: 'For a free quote call Dearne Valley Roofing Ltd on 01632 960 908.' },
      { text: 'Zoom meeting ID 812 3456 7890, passcode 4411 — all residents welcome on Thursday.' },
    ],
  },
  // A UK number (findUkPhones' PHONE_RUN) starts a word with "0" and a digit ("07700", "(0113", "0044") or, after
  // a "+", with "44": times, years and counts mostly do not ("10:30", "2024", "34 votes").
  cues: { prefixes: ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '44'] },
  detect(doc) {
    const text = doc.text;
    // No count of the digits first: the phone pattern alone costs less than counting.
    const phones = ukPhones(doc);
    if (phones.length === 0) return [];
    const own = ownContacts(doc);
    const council = councilNumbers(doc);
    const hits: Hit[] = [];
    let orgEnd = -1;
    for (const p of phones) {
      const n = p.phone.national;
      if (p.phone.organisation || council.has(n)) { orgEnd = p.end; continue; }
      if (own.digits.has(n)) continue;
      if (civicAt(doc, p, ['date', 'time', 'planning-ref', 'money', 'percent', 'votes', 'public-number', 'council-number', 'organisation-number'])) continue;
      const sent = doc.sentenceAt(p.start);
      const before = text.slice(Math.max(sent.start, p.start - 60), p.start);
      const sentText = text.slice(sent.start, sent.end);
      const person = personNear(doc, p, 8);
      const third = THIRD_PARTY.test(before) || THIRD_PARTY.test(text.slice(p.end, Math.min(sent.end, p.end + 40)));
      if ((ORG_DIRECT.test(before) || ORG_ACRONYM.test(before)) && !third && !person) {
        orgEnd = p.end;
        if (p.phone.kind === 'mobile' && !/\b(?:call|ring|phone|contact|text)\s+(?:the|us)\b/i.test(before)) hits.push({ start: p.start, end: p.end, severity: 'info', vars: { number: p.raw } });
        continue;
      }
      // A named organisation right before the number: its own line, even if the name looks like a person's ("Age UK").
      if (ORG_NAMED.test(before) && !third && !/\b(?:Mrs?|Ms|Miss|Dr|Cllr)\.?[ \t]+[A-Z]/.test(before.slice(-40))) {
        orgEnd = p.end;
        // Organisations publish landlines; a mobile after a name that only looks like one ("Sue Care") gets a hint.
        if (p.phone.kind === 'mobile') hits.push({ start: p.start, end: p.end, severity: 'info', vars: { number: p.raw } });
        continue;
      }
      // A second line for the same organisation ("… 01632 960 733 (out of hours 01632 960 734)").
      if (orgEnd >= 0 && p.start - orgEnd <= 30 && !third && !person && !/[.!?\n]/.test(text.slice(orgEnd, p.start))) { orgEnd = p.end; continue; }
      // The member's own number, in their own words: R50 looks after private ones.
      if (SELF_NUMBER.test(before) && !third && !person) continue;
      let severity: Hit['severity'] = 'warn';
      if (!person && !third && BUSINESS.test(sentText)) severity = 'info';
      // The member's own context ("My surgery is… Or call 01226 773 555") and nobody else in sight: a nudge only.
      if (!person && !third && /\b(?:my|me|I|I'm|I'll|I've|we|our|us)\b/i.test(text.slice(Math.max(0, p.start - 100), p.start))) severity = 'info';
      // A colleague's number (Cllr Smith, a listed councillor or officer) and nobody private nearby: a nudge only.
      const colleague = person && ((person.kind === 'honorific' && /^(?:cllr|councillor)$/i.test(person.title ?? '')) || (person.kind === 'listed' && person.list !== 'familyNames'));
      if (colleague && privatePeopleIn(doc, sent).length === 0 && !third) severity = 'info';
      const named = privatePeopleIn(doc, sent).length > 0 || (person !== null && !person.org);
      if (p.phone.kind === 'mobile' && named) {
        const sensitive = sensitiveHits(doc).some((h) => h.start >= sent.start && h.end <= sent.end);
        if (sensitive || CASEWORK_ANY.test(sentText) || ALLEGATION.test(sentText)) severity = 'stop';
      }
      hits.push({ start: p.start, end: p.end, severity, vars: { number: p.raw } });
    }
    return hits;
  },
});

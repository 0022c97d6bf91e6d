import { describe, expect, it } from 'vitest';
import { syntheticUk } from '../../bench/data/synthetic-uk';
import { analyze } from '../../rules/engine';
import { RULES } from '../../rules/registry';
import type { ComposeContext, Finding, Settings } from '../../rules/types';

const PD = RULES.filter((r) => r.family === 'personal-data').map((r) => r.id);

function pd(text: string, context?: ComposeContext, settings?: Settings): Finding[] {
  return analyze(text, context, settings).filter((f) => f.family === 'personal-data');
}
function loud(text: string, context?: ComposeContext, settings?: Settings): string[] {
  return pd(text, context, settings)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId}:${f.severity}:${f.excerpt}`);
}
function find(text: string, rule: string, context?: ComposeContext, settings?: Settings): Finding[] {
  return pd(text, context, settings).filter((f) => f.ruleId === `personal-data/${rule}`);
}

describe('the done-when sentences', () => {
  it('"Ring Mrs Patel…" gives a phone-number and a home-address finding on exactly those characters', () => {
    const t = 'Ring Mrs Patel on 07700 900482, she lives at 27 Sheffield Road';
    const fs = pd(t);
    const phone = fs.find((f) => f.ruleId === 'personal-data/phone-number')!;
    const addr = fs.find((f) => f.ruleId === 'personal-data/home-address')!;
    expect(phone).toBeDefined();
    expect(addr).toBeDefined();
    expect(t.slice(phone.start, phone.end)).toBe('07700 900482');
    expect(t.slice(addr.start, addr.end)).toBe('27 Sheffield Road');
    expect(phone.severity).toBe('warn');
    expect(addr.severity).toBe('warn');
    expect(phone.message).toContain('(07700 900482)');
    expect(addr.message).toContain('(27 Sheffield Road)');
  });
  it('"Ward surgery at 10:30 on 12/03 at 14 High Street" is quiet', () => {
    expect(pd('Ward surgery at 10:30 on 12/03 at 14 High Street.')).toEqual([]);
  });
});

describe('quiet on civic look-alikes', () => {
  it.each([
    'Full council meets on Wednesday 12 March at 18:30 in the town hall.',
    'Planning committee 12/03/2025 10:00 — application 24/00512/FUL is item 4.',
    'Planning application 2024/0123/FUL and B/23/01234/OUT are both on the website.',
    '£1,250,000 secured for the 72 and 72a bus routes; £4.2m more next year.',
    'Parking permits rise to £45.50 from April 2025, up 4.99%.',
    'Motion carried by 34 votes to 12 with 3 abstentions; majority of 312 last May.',
    'The B6096/A61 junction will close on 12/05 and the M1 J37 slip road overnight.',
    'The X17 and route 22 change on Monday 3 March.',
    'For bin problems call 0300 123 4567, or 0800 022 4040 out of hours.',
    'Need help? Samaritans: 116 123 (free, 24/7). Police non-emergency: 101. NHS 111. Emergencies 999.',
    'Residents in the S75 area will get new recycling bins in June.',
    'Potholes on Carr Lane have been reported — repairs next week.',
    'Over 1,200 households in our ward claim Universal Credit — the hardship fund can help.',
    'Dementia café every Tuesday at Worsbrough library, 2–4pm — carers welcome.',
    'Email me at cllr.j.smith@barnsley.gov.uk or info@burylitfest.org.uk.',
    'Follow @BarnsleyCouncil for updates.',
    'FOI reference 943 476 5918 is due back next week.',
  ])('%s', (t) => {
    expect(loud(t)).toEqual([]);
  });
});

describe('allowlists', () => {
  it("the member's own published number, compared on digits", () => {
    const t = 'My councillor line is +44 7700 900 999 — happy to take calls 9–5.';
    expect(find(t, 'phone-number', {}, { lists: { ownPublishedContacts: ['07700900999'] } })).toEqual([]);
    // Without the list it is still quiet: the member says it is theirs.
    expect(find(t, 'phone-number')).toEqual([]);
    // Someone else's number in the same post still warns.
    const t2 = 'My councillor line is 07700 900999, or ring Sue on 07700 900555.';
    const f = find(t2, 'phone-number', {}, { lists: { ownPublishedContacts: ['07700 900999'] } });
    expect(f.map((x) => x.excerpt)).toEqual(['07700 900555']);
  });
  it('council numbers from the list', () => {
    const t = 'Ring Barnsley on 01226 773443 about bins, or Mr Shaw on 01226 773444.';
    const f = find(t, 'phone-number', {}, { lists: { councilNumbers: ['(01226) 773443'] } });
    expect(f.map((x) => x.excerpt)).toEqual(['01226 773444']);
  });
  it("the member's own email, lower-cased, and council domains", () => {
    expect(find('Reach me on JSmith.Ward@Gmail.com.', 'email-address', {}, { lists: { ownPublishedContacts: ['jsmith.ward@gmail.com'] } })).toEqual([]);
    expect(find('Send it to jo.bloggs@berneslaihomes.co.uk', 'email-address', {}, { lists: { councilDomains: ['berneslaihomes.co.uk'] } })).toEqual([]);
    expect(find('Send it to jo.bloggs@berneslaihomes.co.uk', 'email-address').map((f) => f.severity)).toEqual(['warn']);
  });
  it("the member's own home address is R50's, not R19's", () => {
    const t = 'Find me at home, 16 Bank End Road, Worsbrough S70 4XX.';
    expect(find(t, 'home-address', {}, { lists: { ownPrivateDetails: ['16 Bank End Road, Worsbrough S70 4XX'] } })).toEqual([]);
  });
});

describe('phone-number (R17)', () => {
  it.each([
    ['Text Kev on 07700-900-789 about the dog.', '07700-900-789'],
    ['Call Sue: +44 (0)7700 900321.', '+44 (0)7700 900321'],
    ['Ring Gary (07700 900123) tonight.', '07700 900123'],
    ['Her landline is 0113 496 0871.', '0113 496 0871'],
    ['Dave: 0044 7700 900 218', '0044 7700 900 218'],
  ])('%s → exactly %s', (t, num) => {
    const f = find(t, 'phone-number');
    expect(f.map((x) => x.excerpt)).toEqual([num]);
    expect(f[0].severity).toBe('warn');
  });
  it('stops when a mobile sits next to a named person and a sensitive or casework cue', () => {
    const f = find('Mrs Dyson has dementia, her son is on 07700 900218.', 'phone-number');
    expect(f.map((x) => x.severity)).toEqual(['stop']);
  });
  it('is only a hint for a business number with no person', () => {
    expect(find('The chippy on Market Street takes orders on 01226 284 111.', 'phone-number').map((f) => f.severity)).toEqual(['info']);
  });
});

describe('email-address (R18)', () => {
  it('webmail warns, on exactly the address', () => {
    const t = 'The owner is jane.holmes1962@hotmail.co.uk, tell her.';
    const f = find(t, 'email-address');
    expect(f.map((x) => [x.excerpt, x.severity])).toEqual([['jane.holmes1962@hotmail.co.uk', 'warn']]);
  });
  it('role mailboxes at businesses are quiet', () => {
    expect(find('Orders to sales@smithroofing.co.uk', 'email-address')).toEqual([]);
  });
});

describe('home-address (R19)', () => {
  it.each([
    ['The family at number 14 Acacia Avenue have moved.', 'number 14 Acacia Avenue'],
    ['Mrs Dyson, Flat 3, 12 Queen Street, BL9 0EJ, has no heating.', 'Flat 3, 12 Queen Street, BL9 0EJ'],
    ['Kevin Hughes lives at 23 Carr Lane, S71 3EX now.', '23 Carr Lane, S71 3EX'],
    ['Tariq lives in s70 4xx with his mum.', 's70 4xx'],
  ])('%s → exactly %s', (t, a) => {
    expect(find(t, 'home-address').map((x) => x.excerpt)).toEqual([a]);
  });
  it('a venue is not a home; a street without a number, or a postcode district, never', () => {
    expect(loud("Coffee morning at the Methodist chapel, 5 Market Street, S70 1AB.")).toEqual([]);
    expect(loud('Kevin Hughes has complained about Carr Lane again.')).toEqual([]);
    expect(loud('Kevin Hughes lives in the S71 area.')).toEqual([]);
  });
  it('a house number with no person is only a hint', () => {
    expect(find('Huge pothole outside 23 Carr Lane.', 'home-address').map((f) => f.severity)).toEqual(['info']);
  });
  it('stops when combined with an allegation', () => {
    expect(find('The couple at 19 Elmhirst Crescent are dealing drugs.', 'home-address').map((f) => f.severity)).toEqual(['stop']);
  });
});

describe('identifiers (R20)', () => {
  it.each([
    ['Mrs Ellis (DOB 14/02/1941) is waiting.', '14/02/1941', 'warn', 'date of birth'],
    ["Her NI number is QQ 12 34 56 C, DWP can't find it.", 'QQ 12 34 56 C', 'stop', 'National Insurance number'],
    ['NHS number 943 476 5919 — please help.', '943 476 5919', 'stop', 'NHS number'],
    ['The silver Astra, YD19 KLM, blocks the kerb.', 'YD19 KLM', 'warn', 'vehicle registration'],
    ['Council tax account 40012345 charged twice.', '40012345', 'warn', 'reference number'],
    ['Pay her on GB82 WEST 1234 5698 7654 32.', 'GB82 WEST 1234 5698 7654 32', 'stop', 'IBAN'],
    ['Her card 4539 1488 0343 6467 was cloned.', '4539 1488 0343 6467', 'stop', 'card number'],
  ])('%s → %s (%s, %s)', (t, excerpt, severity, kind) => {
    const f = find(t, 'identifiers');
    expect(f.map((x) => [x.excerpt, x.severity])).toEqual([[excerpt, severity]]);
    expect(f[0].message).toContain(`(${kind})`);
  });
  it('sort code and account are both marked, and stop', () => {
    const f = find('Sort code 20-45-77, account 43127688, for Mrs Khan.', 'identifiers');
    expect(f.map((x) => [x.excerpt, x.severity])).toEqual([
      ['20-45-77', 'stop'],
      ['43127688', 'stop'],
    ]);
  });
  it("an organisation's own details are a nudge; examples and raffle tickets are not anyone's", () => {
    expect(find('Donate: sort code 60-83-71, account 12345678 (Barnsley Food Bank, registered charity).', 'identifiers').map((f) => f.severity)).toEqual(['info', 'info']);
    expect(find("Donations for Mrs Khan's funeral: sort code 60-83-71, account 12345678.", 'identifiers').map((f) => f.severity)).toEqual(['stop', 'stop']);
    expect(find("YD19 KLM is the council's gritter, don't panic.", 'identifiers').map((f) => f.severity)).toEqual(['info']);
    expect(find('DOB 01/01/1990 is the example on the form.', 'identifiers')).toEqual([]);
    expect(find('Ticket 4539 1488 0343 6467 won the raffle!', 'identifiers')).toEqual([]);
  });
  it('does not take the QQ specimen without a cue, a wrong NHS checksum, a road number or a VRM without a cue', () => {
    expect(find('Reference QQ 12 34 56 C on the form', 'identifiers')).toEqual([]);
    expect(find('NHS number 943 476 5918', 'identifiers')).toEqual([]);
    expect(find('Use code YD19 KLM for 10% off.', 'identifiers')).toEqual([]);
    expect(find('The A61 and M1 J37 are shut; the X17 is diverted.', 'identifiers')).toEqual([]);
  });
});

describe('special-category (R21)', () => {
  it('stops on a sensitive fact about a named person, marking the sensitive words', () => {
    const f = find('Jenny at the Co-op has been sectioned.', 'special-category');
    expect(f.map((x) => [x.excerpt, x.severity])).toEqual([['been sectioned', 'stop']]);
    expect(f[0].message).toContain('(health)');
  });
  it.each([
    ['Mr Hirst has motor neurone disease.', 'health', 'motor neurone'],
    ['Priya Shah is HIV positive.', 'health', 'HIV positive'],
    ['Darren Lees came out as gay last year.', 'sexual orientation or gender identity', 'came out as'],
    ['Mrs Begum converted to Islam in May.', 'religion', 'converted to Islam'],
    ['Gary Walsh is on probation.', 'criminal record', 'on probation'],
    ['Sue Booth gets PIP.', 'benefits', 'PIP'],
    ['Sue Booth is on Universal Credit.', 'benefits', 'Universal Credit'],
    ['Wojciech Nowak has no recourse to public funds.', 'immigration status', 'no recourse to public funds'],
    ['Karen Shaw is fleeing domestic abuse.', 'domestic abuse', 'domestic abuse'],
    ['Kev Hirst has a CCJ.', 'debt', 'CCJ'],
    ['Kev Hirst got a section 21 notice.', 'eviction', 'section 21'],
  ])('each category: %s', (t, category, excerpt) => {
    const f = find(t, 'special-category');
    expect(f.map((x) => x.excerpt)).toContain(excerpt);
    expect(f.every((x) => x.severity === 'stop')).toBe(true);
    expect(f[0].message).toContain(`(${category})`);
  });
  it('never on self-disclosure, aggregates or service listings', () => {
    expect(find('I was diagnosed with type 2 diabetes last year.', 'special-category')).toEqual([]);
    expect(find('Over 300 families on Universal Credit in our ward.', 'special-category')).toEqual([]);
    expect(find('Dementia café on Tuesdays; PIP assessments are changing.', 'special-category')).toEqual([]);
  });
});

describe('casework-disclosure (R22)', () => {
  it("warns on a named resident's case; stops with special-category data or an address", () => {
    expect(find("Update on Mrs Green's housing case: moved to Band B.", 'casework-disclosure').map((f) => f.severity)).toEqual(['warn']);
    expect(find('My constituent at 7 Moor Lane has waited 14 weeks for his PIP assessment.', 'casework-disclosure').map((f) => f.severity)).toEqual(['stop']);
  });
  it('in a reply, the resident\'s own case details warn; an invitation to message is quiet', () => {
    expect(find('Hi Darren, your housing application was refused because of the form.', 'casework-disclosure', { kind: 'reply' }).length).toBe(1);
    expect(find('Sorry to hear this, Darren — please message me your address.', 'casework-disclosure', { kind: 'reply' })).toEqual([]);
  });
});

describe('photo-consent (R23)', () => {
  const img: ComposeContext = { hasMedia: true, mediaKind: 'image' };
  it('only with media; warns for service users, hints for staff, quiet with consent', () => {
    expect(find('Great morning at the food bank helping our users.', 'photo-consent')).toEqual([]);
    expect(find('Great morning at the food bank helping our users.', 'photo-consent', img).map((f) => f.severity)).toEqual(['warn']);
    expect(find('Staff hard at work this morning!', 'photo-consent', img).map((f) => f.severity)).toEqual(['info']);
    expect(find('At the food bank with the volunteers, shared with permission.', 'photo-consent', img)).toEqual([]);
    expect(find('Newly resurfaced Wakefield Road.', 'photo-consent', img)).toEqual([]);
  });
});

describe('hard cases', () => {
  it('a surname that is also a venue word does not make a home a venue', () => {
    const t = "Met Ms Hall from 9 Oak Close about her Universal Credit claim — it's been stopped.";
    expect(find(t, 'home-address').map((f) => f.excerpt)).toEqual(['9 Oak Close']);
    expect(find(t, 'special-category').map((f) => [f.excerpt, f.severity])).toEqual([['Universal Credit', 'stop']]);
    expect(find(t, 'casework-disclosure').map((f) => f.excerpt)).toEqual(['her Universal Credit claim']);
  });
  it('"at number 22" with no street and no residence verb is not an address', () => {
    expect(find('Steve at number 22 has been brilliant with the shopping.', 'home-address')).toEqual([]);
    expect(find('Steve at number 22 Elm Road has been brilliant.', 'home-address').length).toBe(1);
  });
  it("a colleague's number, and a number in the member's own context, are nudges", () => {
    expect(find("Cllr Ahmed's ward line is 07700 900341.", 'phone-number').map((f) => f.severity)).toEqual(['info']);
    expect(find('My surgery is at Royston library. Or call 01226 773 555.', 'phone-number').map((f) => f.severity)).toEqual(['info']);
    expect(find("I've spoken to the landlord: call 07700 900341.", 'phone-number').map((f) => f.severity)).toEqual(['warn']);
  });
  it('organisations named before a number, and unnamed people singled out at an address', () => {
    expect(find('Any questions ring the hub on 01226 775 432.', 'phone-number')).toEqual([]);
    expect(find('If the appeal is refused, call SENDIASS on 01226 787234.', 'phone-number')).toEqual([]);
    expect(find('Text Rhiannon Mensah on +447700900571 to join.', 'phone-number').map((f) => f.severity)).toEqual(['warn']);
    expect(find('The woman who feeds pigeons at 7 Laithes Lane is causing rats.', 'home-address').map((f) => f.severity)).toEqual(['warn']);
    expect(find('Pothole at 7 Laithes Lane is causing problems.', 'home-address').map((f) => f.severity)).toEqual(['info']);
  });
  it('an election imprint address is never flagged', () => {
    expect(find('Vote Jones! Promoted by A. Clarke on behalf of Sam Jones, 12 Any Street, Darfield S73 9AA.', 'home-address')).toEqual([]);
  });
  it('a stretch of road is not an address, a pair of houses may be', () => {
    expect(find('Bin day is Tuesday for odd numbers 1–59 Summer Lane.', 'home-address')).toEqual([]);
    expect(find('Kev lives at 23–25 Bank Street.', 'home-address').map((f) => f.excerpt)).toEqual(['23–25 Bank Street']);
  });
  it('handles, links and lower-case words are not postcodes or registrations', () => {
    expect(loud('Ask @M94Rx, see http://tl.gd/b245js, #l00py, my lad TB12FAN lives here')).toEqual([]);
    expect(find('Tariq lives at S70 4XX.', 'home-address').map((f) => f.excerpt)).toEqual(['S70 4XX']);
  });
  it('opinions and hypotheticals are not records', () => {
    expect(find('@GregAbbott should be jailed for this.', 'special-category')).toEqual([]);
    expect(find('Once someone has dementia, Jay, they need support.', 'special-category')).toEqual([]);
  });
});

describe('synthetic UK set', () => {
  it('is deterministic and uses its seed', () => {
    const a = syntheticUk(42, 50);
    expect(syntheticUk(42, 50)).toEqual(a);
    expect(syntheticUk(43, 50)).not.toEqual(a);
    expect(new Set(a.map((i) => i.group.split('-')[0]))).toEqual(new Set(['pos', 'civic']));
  });
  it('reaches F1 >= 0.97 with <= 1% of civic look-alikes flagged, by the personal-data rules alone', () => {
    const items = syntheticUk(20260521, 800);
    let tp = 0, fp = 0, fn = 0, civic = 0, civicFlagged = 0;
    for (const it of items) {
      const flagged = analyze(it.text, it.context, it.settings, { only: PD }).some((f) => f.severity !== 'info');
      const gold = it.labels['personal-data'];
      if (gold && flagged) tp++;
      else if (gold) fn++;
      else if (flagged) fp++;
      if (it.group.startsWith('civic')) {
        civic++;
        civicFlagged += +flagged;
      }
    }
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.97);
    expect(civicFlagged / civic).toBeLessThanOrEqual(0.01);
  });
});

describe('audit shapes: organisations, imprints, causes and places', () => {
  const image: ComposeContext = { hasMedia: true, mediaKind: 'image' };
  it.each([
    "Worried about a child? Ring Children's Social Care on 01632 960 441, or 999 in an emergency.",
    'Ring Age UK Barnsley on 01632 960 820 for a benefits check.',
    'Phone Citizens Advice on 01632 960 118, Monday to Friday.',
    'Call Dearne Valley Roofing Ltd on 01632 960 908 for a quote.',
    'Ring the school office on 01632 960 777 to report an absence.',
  ])('an organisation\'s number is not a private one: %s', (text) => {
    expect(find(text, 'phone-number').filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('a private person\'s number right after their name still warns', () => {
    expect(find('Ring Mrs Patel on 07700 900123 about the keys.', 'phone-number').map((f) => f.severity)).toEqual(['warn']);
  });
  it.each([
    'Promoted by R. Khan on behalf of the Dearne Independents, 4 Market Hill, Barnsley S70 2QE.',
    'So close to our fundraising target for the hospice 10k!',
    'Vote Hartley on Thursday 7 May!',
    'Lovely walk round Scout Dike this morning.',
  ])('photo-consent stays quiet: %s', (text) => {
    expect(find(text, 'photo-consent', image)).toEqual([]);
  });
  it('a photo at a hospice with patients still warns', () => {
    expect(find('Visited the hospice today and met the patients on Ward 3.', 'photo-consent', image).map((f) => f.severity)).toContain('warn');
  });
});

describe('phone-number: a mobile after an organisation-looking name', () => {
  it('is a hint, not silence (organisations publish landlines)', () => {
    expect(find('Ring Sue Care on 07700 900 111 about the keys.', 'phone-number').map((f) => f.severity)).toEqual(['info']);
  });
});

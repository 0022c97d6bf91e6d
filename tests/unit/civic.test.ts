import { describe, expect, it } from 'vitest';
import { TextDoc } from '../../rules/doc';
import { civicSpans, isCivic, type CivicKind } from '../../rules/shared/civic';
import { people, personNear } from '../../rules/shared/people';

function spans(text: string, lists = {}): [CivicKind, string][] {
  const d = new TextDoc(text, {}, { lists });
  return civicSpans(d).map((s) => [s.kind, text.slice(s.start, s.end)]);
}
function has(text: string, kind: CivicKind, excerpt: string, lists = {}) {
  expect(spans(text, lists)).toContainEqual([kind, excerpt]);
}

describe('civicSpans', () => {
  it('dates', () => {
    has('Surgery on 12/03 at the library', 'date', '12/03');
    has('Closes 12/03/2024.', 'date', '12/03/2024');
    has('Closes 12.03.24 at noon', 'date', '12.03.24');
    has('Meeting on 12 March', 'date', '12 March');
    has('Meeting on 3rd of March 2025', 'date', '3rd of March 2025');
    has('Meeting on March 3, 2025', 'date', 'March 3, 2025');
    has('See you Friday', 'date', 'Friday');
    expect(spans('Score 45/67 is not a date').some(([k]) => k === 'date')).toBe(false);
  });
  it('times and ranges', () => {
    has('Open 10:30 until late', 'time', '10:30');
    has('Saturday 10–2 at the hall', 'time', '10–2');
    has('calls 9–5', 'time', '9–5');
    has('from 2am', 'time', '2am');
    has('2–4pm at the library', 'time', '2–4pm');
    has('between 07:00 and 09:30', 'time', '09:30');
  });
  it('planning references, not dates', () => {
    has('Application 2024/0123/FUL is live', 'planning-ref', '2024/0123/FUL');
    has('See 24/00512/FUL', 'planning-ref', '24/00512/FUL');
    has('and B/23/01234/OUT', 'planning-ref', 'B/23/01234/OUT');
    expect(spans('On 12/03/2024').map(([k]) => k)).not.toContain('planning-ref');
  });
  it('money, percentages, votes, years and counts', () => {
    has('£1,250,000 secured', 'money', '£1,250,000');
    has('a £4.2m scheme', 'money', '£4.2m');
    has('costs 75p', 'money', '75p');
    has('up 4.99% this year', 'percent', '4.99%');
    has('carried by 34 votes to 12', 'votes', '34 votes to 12');
    has('The motion was carried 27-3.', 'votes', '27-3');
    has('a majority of 312', 'votes', 'majority of 312');
    has('since 2019', 'year', '2019');
    has('for 2024/25', 'year', '2024/25');
    has('over 1,200 households', 'count', '1,200');
  });
  it('roads, junctions and bus routes', () => {
    has('The B6096/A61 junction', 'road', 'B6096');
    has('The B6096/A61 junction', 'road', 'A61');
    has('M1 J37 slip road', 'road', 'M1');
    has('M1 J37 slip road', 'road', 'J37');
    has('at junction 37', 'road', 'junction 37');
    has('The X17 starts soon', 'bus', 'X17');
    has('the 72 and 72a bus routes', 'bus', '72 and 72a bus');
    has('Route 22 will change', 'bus', 'Route 22');
  });
  it('public service numbers and organisation ranges', () => {
    has('Samaritans: 116 123 (free)', 'public-number', '116 123');
    has('Police non-emergency: 101.', 'public-number', '101');
    has('NHS 111 or 999', 'public-number', '111');
    has('NHS 111 or 999', 'public-number', '999');
    has('Bins: 0300 123 4567', 'organisation-number', '0300 123 4567');
    has('Helpline 0808 2000 247', 'organisation-number', '0808 2000 247');
    has('Repairs 0800 123 4567', 'organisation-number', '0800 123 4567');
    has('Call 0845 123 4567', 'organisation-number', '0845 123 4567');
  });
  it("the member's list of council numbers, however written", () => {
    has('Call the council on (01226) 773443.', 'council-number', '(01226) 773443', { councilNumbers: ['01226 773443'] });
    has('Call +44 1226 773443.', 'council-number', '+44 1226 773443', { councilNumbers: ['01226773443'] });
    expect(spans('Call (01226) 773443.').map(([k]) => k)).not.toContain('council-number');
  });
  it('never marks a personal number, or digits inside it, as civic', () => {
    for (const t of ['Ring 07700 900482 now', 'Ring 07797-374-151 for the party vote', 'Text 07988 999-578', 'Ring 0114 496 2000 today']) {
      const d = new TextDoc(t);
      const at = t.search(/\d/);
      const end = at + (t.slice(at).match(/^[\d -]+\d/)?.[0].length ?? 0);
      expect(isCivic(d, { start: at, end }), t).toBe(false);
    }
  });
  it('is quiet on text without numbers or days', () => {
    expect(spans('Thanks to everyone who came along.')).toEqual([]);
  });
});

describe('isCivic', () => {
  const t = 'Ward surgery at 10:30 on 12/03 at 14 High Street.';
  const d = new TextDoc(t);
  it('answers for overlapping spans, optionally by kind', () => {
    const time = t.indexOf('10:30');
    expect(isCivic(d, { start: time, end: time + 5 })).toBe(true);
    expect(isCivic(d, { start: time, end: time + 5 }, ['date'])).toBe(false);
    const addr = t.indexOf('14 High');
    expect(isCivic(d, { start: addr, end: addr + 14 })).toBe(false);
  });
});

describe('people', () => {
  const kinds = (t: string, lists = {}) => people(new TextDoc(t, {}, { lists })).map((p) => [p.kind, t.slice(p.start, p.end)]);
  it('honorifics, including Cllr and Councillor', () => {
    expect(kinds('Ring Mrs Patel today')).toEqual([['honorific', 'Mrs Patel']]);
    expect(kinds('Thanks to Cllr Ahmed and Councillor Brown')).toEqual([['honorific', 'Cllr Ahmed'], ['honorific', 'Councillor Brown']]);
    expect(kinds('Dr. Siobhan O\'Reilly spoke')).toEqual([['honorific', "Dr. Siobhan O'Reilly"]]);
  });
  it('full names, diverse, and not at a sentence start unless the first name is known', () => {
    expect(kinds('I spoke to Wojciech Nowak and Aisha Begum.')).toEqual([['full', 'Wojciech Nowak'], ['full', 'Aisha Begum']]);
    expect(kinds('Mohammed Iqbal called.')).toEqual([['full', 'Mohammed Iqbal']]);
    expect(kinds('Sheffield Road is closed.')).toEqual([]);
    expect(kinds('Proud to support Bury Pride and Citizens Advice.')).toEqual([]);
  });
  it('single first names, but not places or ordinary words', () => {
    expect(kinds('Ask Priya or Kev about it.')).toEqual([['first', 'Priya'], ['first', 'Kev']]);
    expect(kinds("Pop-up clinic at St Mary's Church Hall")).toEqual([]);
    expect(kinds('Victoria Road is shut.')).toEqual([]);
    expect(kinds('Will you come? Mark the date.')).toEqual([]);
    expect(kinds('Sue has the keys.')).toEqual([['first', 'Sue']]);
  });
  it('mentions (organisations marked) and listed names', () => {
    const d = new TextDoc('Follow @BarnsleyCouncil and @JaneDoe', {}, {});
    expect(people(d).map((p) => [p.name, !!p.org])).toEqual([['BarnsleyCouncil', true], ['JaneDoe', false]]);
    expect(kinds('Sarah Oyelaran in planning', { officers: [{ name: 'Sarah Oyelaran' }] })).toEqual([['listed', 'Sarah Oyelaran']]);
    expect(kinds('Say hi to ellie-mae!', { familyNames: ['Ellie-Mae'] })).toEqual([['listed', 'ellie-mae']]);
  });
  it('names outside the list, from context', () => {
    expect(kinds('Spoke to Bohdan today about the fence.')).toEqual([['first', 'Bohdan']]);
    expect(kinds('Thierry from the Co-op is a star.')).toEqual([['first', 'Thierry']]);
    expect(kinds('Help from the council arrived. Funding from the trust too.')).toEqual([]);
  });
  it('uses the NLP layer when present, but not for places', () => {
    const t = 'Marlon has been at the Victoria Mews flats for years.';
    const fakeNlp = (s: string) => ({
      sentences: [{ start: 0, end: s.length, text: s, terms: [], isQuestion: false }],
      organizations: [],
      places: [],
      quotations: [],
      negatives: [],
      people: [
        { start: s.indexOf('Marlon'), end: s.indexOf('Marlon') + 6 },
        { start: s.indexOf('Victoria'), end: s.indexOf('Victoria') + 8 },
      ],
    });
    const withNlp = people(new TextDoc(t, {}, {}, fakeNlp)).map((p) => t.slice(p.start, p.end));
    expect(withNlp).toEqual(['Marlon']);
    expect(people(new TextDoc(t)).map((p) => t.slice(p.start, p.end))).toEqual([]);
    // A parser that throws is ignored (fail open).
    const broken = () => {
      throw new Error('boom');
    };
    expect(people(new TextDoc('Ask Priya.', {}, {}, broken)).map((p) => p.name)).toEqual(['Priya']);
  });
  it('personNear counts words between', () => {
    const t = 'Ring Mrs Patel on 07700 900482 about the keys';
    const d = new TextDoc(t);
    const at = t.indexOf('07700');
    expect(personNear(d, { start: at, end: at + 12 }, 2)?.name).toBe('Patel');
    expect(personNear(d, { start: at, end: at + 12 }, 0)).toBeNull();
  });
});

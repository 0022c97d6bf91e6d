/**
 * Personal-safety rules (catalog R49, R50): where you are now, your empty home, your own and your
 * family's details — with and without the member's lists, and never the published contacts.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import { dateKey } from '../../rules/personal-safety/own-and-family-details';
import type { ComposeContext, Settings } from '../../rules/types';

const R49 = 'personal-safety/own-whereabouts';
const R50 = 'personal-safety/own-and-family-details';
const run = (id: string, text: string, context: ComposeContext = {}, settings: Settings = {}) => analyze(text, context, settings, { only: [id] });
const excerpts = (fs: { excerpt: string }[]) => fs.map((f) => f.excerpt);
const severities = (fs: { severity: string }[]) => fs.map((f) => f.severity);

describe(R49, () => {
  it.each([
    ['Having a quiet pint at the Spencer Arms in Cawthorne if anyone wants a chat 🍺', 'Having a quiet pint at the Spencer Arms in Cawthorne'],
    ['Off to Tenerife for two weeks tomorrow — emails will be slow!', 'Off to Tenerife for two weeks'],
    ["I'm at the Cross Keys till about ten if anyone wants to moan about the bins.", "I'm at the Cross Keys"],
    ['Sat in the sun at Locke Park with the dog, bliss.', 'Sat in the sun at Locke Park'],
    ["We're on holiday until the 14th so the house is empty.", 'on holiday until'],
    ['Queuing at the Co-op on Church Street, longest queue ever.', 'Queuing at the Co-op on Church Street'],
    ['Heading home from the Cross Keys now, what a night.', 'Heading home from the Cross Keys'],
    ['Walking the dog round Worsbrough Mill, glorious evening.', 'Walking the dog round Worsbrough Mill'],
  ])('warns on %s', (text, want) => {
    const fs = run(R49, text);
    expect(severities(fs)[0]).toBe('warn');
    expect(excerpts(fs)[0]).toBe(want);
  });

  it('warns on a routine', () => {
    const fs = run(R49, 'Out for my usual 6am run round Worsbrough reservoir, beautiful morning.');
    expect(severities(fs)).toEqual(['warn']);
    expect(fs[0].excerpt).toBe('my usual 6am run round Worsbrough');
    expect(run(R49, 'Every day I walk to work, rain or shine.')).toEqual([]);
    expect(severities(run(R49, 'Every morning I walk the dog round Locke Park before 7.'))).toEqual(['warn']);
  });

  it('warns on a check-in chip, highlighting the first sentence, unless the post is official or in the past', () => {
    const fs = run(R49, "Queue's out the door! Bargains galore.", { locationTag: 'Home Bargains, Wombwell' });
    expect(severities(fs)).toEqual(['warn']);
    expect(fs[0].excerpt).toBe("Queue's out the door!");
    expect(run(R49, 'What a turnout!', { locationTag: 'Barnsley Town Hall' })).toEqual([]);
    expect(run(R49, 'Lovely lunch here yesterday.', { locationTag: 'The Strafford Arms' })).toEqual([]);
    expect(run(R49, "Queue's out the door!", { locationTag: '   ' })).toEqual([]);
  });

  it('gives future leisure plans an info nudge only', () => {
    expect(severities(run(R49, "I'll be at the Dove Inn on Friday night for the quiz if anyone fancies it."))).toEqual(['info']);
  });

  it('warns about an empty home even on official business', () => {
    expect(severities(run(R49, 'Off to the LGA conference in Harrogate for three days, back Friday.'))).toEqual(['warn']);
    expect(run(R49, 'Back from two weeks in Tenerife — sorry for the slow replies.')).toEqual([]);
  });

  it.each([
    "I'll be at the ward surgery at Athersley library on Saturday 10–12.",
    'Great to visit Cawthorne Village Hall earlier today for the flower show.',
    'Leafleting on Park Road this morning with the team — thanks for the chats!',
    "I'm at the count at the Metrodome — results expected around 2am.",
    "I'm at a loss to understand why this scheme was approved.",
    "I'm at the end of my tether with Northern Rail.",
    'Sitting on the fence is not an option on this budget.',
    'Having a think about the consultation responses — more soon.',
    'We are in the middle of a housing crisis.',
    'Out canvassing in Kendray with the Labour team tonight.',
    'Yeah, yellow and far away from each other.',
    'Just got home and the football is on.',
    'Forgot how good I am at Scrabble.',
  ])('is quiet on %s', (text) => {
    expect(run(R49, text)).toEqual([]);
  });
});

describe(R50, () => {
  describe('without lists (generic cues)', () => {
    it('flags a self-disclosed date of birth on the date', () => {
      const fs = run(R50, 'Happy 50th to me! Born 4 May 1975 and still going strong 🎉');
      expect(excerpts(fs)).toEqual(['4 May 1975']);
      expect(fs[0].severity).toBe('warn');
      expect(fs[0].message).toContain('(your date of birth)');
    });

    it('flags a home address after "find me at home", "I live at"', () => {
      expect(excerpts(run(R50, 'Residents can always find me at home, 16 Bank End Road, Worsbrough S70 4XX.'))).toEqual(['16 Bank End Road', 'S70 4XX']);
      expect(excerpts(run(R50, 'I live at 22 Pogmoor Road if you need me.'))).toEqual(['22 Pogmoor Road']);
    });

    it('flags a number called personal, unless it is a published contact', () => {
      expect(excerpts(run(R50, 'Ring my personal mobile 07700 900777 any time.'))).toEqual(['07700 900777']);
      expect(run(R50, 'Ring my personal mobile 07700 900777 any time.', {}, { lists: { ownPublishedContacts: ['07700900777'] } })).toEqual([]);
      expect(excerpts(run(R50, 'My personal email is jo.bloggs@gmail.com — use that instead.'))).toEqual(['jo.bloggs@gmail.com']);
      expect(run(R50, "Please don't call my personal mobile; use my council number 01226 773555.")).toEqual([]);
    });

    it('flags a named relative with workplace, routine or street, naming what was shared', () => {
      const fs = run(R50, 'My wife Sharon works nights at the Co-op on Sheffield Road, so pop in and tell her your bin problems!');
      expect(excerpts(fs)).toEqual(['Sharon', 'works nights at the Co-op', 'Sheffield Road']);
      expect(fs[0].message).toContain("(your wife's name, workplace and street)");
      expect(excerpts(run(R50, 'My daughter Ellie (9) starts at Moorgate Primary tomorrow — proud dad!'))).toEqual(['Ellie', '(9)', 'Moorgate Primary']);
    });

    it.each([
      'Had a lovely weekend with the family 😊',
      'Email me at cllr.j.smith@barnsley.gov.uk',
      'My son thinks the new skate park is brilliant, and so do I.',
      'I live in Worsbrough and I use this road every day.',
      'Mrs Ahmed was born on 12 March 1931 and still lives in the ward — happy birthday!',
      "It's my birthday today, thanks for all the messages!",
      'My daughter Ellie says hello to everyone at the gala.',
    ])('is quiet on %s', (text) => {
      expect(run(R50, text)).toEqual([]);
    });
  });

  describe("with the member's private details", () => {
    const lists: Settings = { lists: { ownPrivateDetails: ['07700 900777', '16 Bank End Road, Worsbrough, S70 4XX', '4 May 1975', 'jo.bloggs1975@gmail.com', 'YA19 ABC'] } };

    it('finds the personal mobile however it is spaced or prefixed', () => {
      for (const t of ['Call 07700900777', 'Call +44 7700 900777', 'Call 07700-900-777', 'Call (07700) 900 777']) {
        const fs = run(R50, t, {}, lists);
        expect(fs.map((f) => f.message.includes('your personal phone number'))).toEqual([true]);
      }
      expect(run(R50, 'Call 07700 900778', {}, lists)).toEqual([]);
    });

    it('finds the address fuzzily, the postcode, the date of birth in another format, the email and the car', () => {
      expect(excerpts(run(R50, 'Drop it through my door — 16 bank end rd — any time.', {}, lists))).toEqual(['16 bank end rd']);
      expect(excerpts(run(R50, 'Parcels to s70 4xx please', {}, lists))).toEqual(['s70 4xx']);
      expect(excerpts(run(R50, 'Form says 04/05/1975, right?', {}, lists))).toEqual(['04/05/1975']);
      expect(excerpts(run(R50, 'Write to Jo.Bloggs1975@gmail.com', {}, lists))).toEqual(['Jo.Bloggs1975@gmail.com']);
      expect(excerpts(run(R50, 'Someone keyed my car (YA19ABC) last night.', {}, lists))).toEqual(['YA19ABC']);
    });

    it('never flags a published contact, even when it is also in the private list', () => {
      const both: Settings = { lists: { ownPrivateDetails: ['07700 900999'], ownPublishedContacts: ['07700 900999'] } };
      expect(run(R50, 'Contact me on my councillor number 07700 900999 (Mon–Fri 9–5).', {}, both)).toEqual([]);
    });

    it('ignores junk in the lists', () => {
      const junk = { lists: { ownPrivateDetails: ['', '   ', 42 as unknown as string, 'x'] } } as Settings;
      expect(() => run(R50, 'Hello x world', {}, junk)).not.toThrow();
    });
  });

  describe('with family names and schools', () => {
    const lists: Settings = { lists: { familyNames: ['Jack', 'Amelia'], childrensSchools: ['Holy Trinity'] } };

    it("flags a listed child's school next to a family name", () => {
      const fs = run(R50, 'Jack starts at Holy Trinity in September.', {}, lists);
      expect(excerpts(fs)).toContain('Holy Trinity');
      expect(run(R50, 'Jack starts at Holy Trinity in September.')).toEqual([]);
    });

    it("is quiet on the school's name in a post that is not about family", () => {
      expect(run(R50, 'Great assembly at Holy Trinity this morning about recycling.', {}, lists)).toEqual([]);
    });

    it('flags photos of the kids posted from the councillor account', () => {
      const ctx: ComposeContext = { hasMedia: true, mediaKind: 'image', account: 'councillor' };
      expect(excerpts(run(R50, 'My kids loving the new splash park!', ctx))).toEqual(['My kids']);
      expect(run(R50, 'My kids loving the new splash park!', { ...ctx, account: 'personal' })).toEqual([]);
    });
  });

  it('reads dates day-first', () => {
    expect(dateKey('4 May 1975')).toBe(19750504);
    expect(dateKey('04/05/1975')).toBe(19750504);
    expect(dateKey('1975-05-04')).toBe(19750504);
    expect(dateKey('May 4th, 1975')).toBe(19750504);
    expect(dateKey('4/5/75')).toBe(19750504);
    expect(dateKey('31/13/1975')).toBe(null);
  });

  it('finishes a hostile 60,000-character draft quickly', () => {
    const hostile = 'My wife Sharon works nights at the Co-op on Sheffield Road '.repeat(1000);
    const t0 = performance.now();
    run(R50, hostile, {}, { lists: { familyNames: ['Sharon'], ownPrivateDetails: ['16 Bank End Road, Worsbrough'] } });
    run(R49, 'Having a pint at the '.repeat(3000));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

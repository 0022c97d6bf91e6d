/**
 * Safeguarding rules (catalog R24–R26): the right words highlighted, the right severity, lists used
 * when given, and quiet on the posts a councillor writes every week.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import { TextDoc } from '../../rules/doc';
import { ageCues, careStatus, mayMentionChild, namedChildren, places, schools } from '../../rules/shared/children';
import { createNlp } from '../../rules/nlp';
import type { ComposeContext, Settings } from '../../rules/types';

const R24 = 'safeguarding/child-identification';
const R25 = 'safeguarding/vulnerable-person-location';
const R26 = 'safeguarding/concern-posted-publicly';
const IMAGE: ComposeContext = { hasMedia: true, mediaKind: 'image' };

function run(id: string, text: string, context: ComposeContext = {}, settings: Settings = {}) {
  return analyze(text, context, settings, { only: [id] });
}
const excerpts = (fs: { excerpt: string }[]) => fs.map((f) => f.excerpt);
const worst = (fs: { severity: string }[]) => (fs.some((f) => f.severity === 'stop') ? 'stop' : fs.some((f) => f.severity === 'warn') ? 'warn' : fs.length ? 'info' : null);

describe('shared/children cues', () => {
  it('finds schools, ages, named children, places and care status on the right characters', () => {
    const d = new TextDoc("Well done to Lily-Mae Turner (8) from Oakfield Primary, who lives at 4 Elm Road, S70 2TA.");
    expect(schools(d).map((s) => s.text)).toEqual(['Oakfield Primary']);
    expect(ageCues(d).map((a) => a.text)).toEqual(['(8)']);
    expect(namedChildren(d).map((n) => n.text)).toEqual(['Lily-Mae Turner']);
    expect(places(d).map((p) => [p.kind, p.text])).toEqual([
      ['house', '4 Elm Road'],
      ['postcode', 'S70 2TA'],
    ]);
    expect(careStatus(new TextDoc('Two foster children placed on Elm Crescent.')).map((c) => c.text)).toContain('foster children');
  });

  it('does not take party seat counts, agenda items or age ranges for children', () => {
    expect(namedChildren(new TextDoc('Labour (12), Conservative (8), Lib Dem (3)'))).toEqual([]);
    expect(namedChildren(new TextDoc('Item (8) is the school transport review.'))).toEqual([]);
    expect(ageCues(new TextDoc('children aged 5–11'))[0].kind).toBe('range');
  });

  it('has a cheap gate that says no to ordinary council text', () => {
    expect(mayMentionChild('The budget consultation closes on Friday; please have your say.')).toBe(false);
    expect(mayMentionChild('Well done to Ellie (9)')).toBe(true);
  });
});

describe(R24, () => {
  it('stops on a named child with routine and school, highlighting each identifying detail', () => {
    const text = "My daughter Sophie walks home from St Aidan's at 3:15 on her own and that crossing is lethal.";
    const fs = run(R24, text);
    expect(worst(fs)).toBe('stop');
    expect(excerpts(fs)).toEqual(['Sophie', 'walks home', "St Aidan's", 'at 3:15', 'on her own']);
    for (const f of fs) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it('stops on name + age bracket + school, with or without a photo', () => {
    const text = "Well done to Lily-Mae Turner (8) from Oakfield Primary for winning the Mayor's poster competition!";
    expect(worst(run(R24, text))).toBe('stop');
    expect(worst(run(R24, text, IMAGE))).toBe('stop');
    expect(excerpts(run(R24, text))).toEqual(['Lily-Mae Turner', '(8)', 'Oakfield Primary']);
  });

  it('stops on care status with a place, and is quiet on care policy talk', () => {
    expect(excerpts(run(R24, 'Two foster children placed on Elm Crescent last week are running riot.'))).toEqual(['foster children', 'Elm Crescent']);
    expect(run(R24, 'Looked-after children deserve better outcomes, and we need more foster carers.')).toEqual([]);
  });

  it('warns (not stops) on a photo of a group of children at a school or club, and is quiet without the photo', () => {
    const text = 'Our under-11s at Brookside Juniors with their new kit!';
    const fs = run(R24, text, IMAGE);
    expect(worst(fs)).toBe('warn');
    expect(excerpts(fs)).toEqual(['under-11s', 'Brookside Juniors']);
    expect(run(R24, text)).toEqual([]);
  });

  it('warns on a named child in a photo with no other detail', () => {
    expect(worst(run(R24, 'My grandson Alfie enjoying the new play area!', IMAGE))).toBe('warn');
    expect(run(R24, 'My grandson Alfie loves the new play area!')).toEqual([]);
  });

  it("uses the member's children's schools list", () => {
    const text = 'My lad Alfie starts at Holy Trinity on Monday.';
    expect(run(R24, text)).toEqual([]);
    const fs = run(R24, text, {}, { lists: { childrensSchools: ['Holy Trinity'] } });
    expect(worst(fs)).toBe('stop');
    expect(excerpts(fs)).toContain('Holy Trinity');
  });

  it("uses the member's family names for photo posts", () => {
    const text = 'Poppy loving her first day!';
    expect(run(R24, text, IMAGE)).toEqual([]);
    const fs = run(R24, text, IMAGE, { lists: { familyNames: ['Poppy'] } });
    expect(worst(fs)).toBe('warn');
    expect(excerpts(fs)).toEqual(['Poppy']);
  });

  it.each([
    'Congratulations to all the pupils at Oakfield Primary on their Ofsted result!',
    'Holiday activity club for children aged 5–11 at the library this summer — free places available.',
    "I've asked for a crossing patrol outside St Aidan's after concerns from parents.",
    "Children's services budget to rise by 4% — good news for families.",
    'Sophie Jones, head teacher at Oakfield Primary, has done a brilliant job this year.',
    'Final result: Labour (12), Conservative (8), Lib Dem (3), Independent (2).',
    'A boy was knocked off his bike on Park Road today; I have asked highways for a crossing.',
    'My son Jack scored at 3:15 in the final, so proud.',
    'My grandson Alfie loves the park every day.',
  ])('is quiet on %s', (text) => {
    expect(run(R24, text)).toEqual([]);
  });

  it('gives an official missing-person appeal only a nudge', () => {
    const fs = run(R24, 'Police are appealing for information about a missing 14-year-old girl, Chloe Smith, last seen on Sheffield Road. Please share.');
    expect(fs.length).toBeGreaterThan(0);
    expect(new Set(fs.map((f) => f.severity))).toEqual(new Set(['info']));
  });

  it('warns on a class photo', () => {
    expect(excerpts(run(R24, 'Our Year 6 class trip to Cannon Hall!', IMAGE))).toEqual(['Year 6 class']);
  });

  it('uses the NLP parse, when there is one, for single names the first-name list lacks, but never for tallies', () => {
    const nlp = createNlp();
    const full = (t: string) => analyze(t, {}, {}, { mode: 'full', nlp, only: [R24] });
    const text = "Shout out to Mia (12) who walks her nan's dog round Locke Park every morning!";
    expect(run(R24, text)).toEqual([]);
    expect(excerpts(full(text))).toEqual(['Mia', '(12)', 'every morning']);
    expect(full('Goals from Smith (2) and Jones (1) at Oakwell.')).toEqual([]);
    expect(full('Final result: Labour (12), Conservative (8), Lib Dem (3), Independent (2).')).toEqual([]);
  });

  it('is quiet on a photo of a flyer for a children’s activity', () => {
    expect(run(R24, 'Holiday club for children aged 5–11 at Kendray library — book online, free places available.', IMAGE)).toEqual([]);
  });

  it('survives adversarial input quickly', () => {
    const long = 'My daughter Sophie (8) '.repeat(2500) + 'x'.repeat(10000);
    const t0 = performance.now();
    const fs = run(R24, long);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(fs.length).toBeGreaterThan(0);
    expect(() => run(R24, '(((((' + '\u0000\uD800'.repeat(500) + 'year 9 '.repeat(2000))).not.toThrow();
  });
});

describe(R25, () => {
  it('stops on the location of a vulnerable person, highlighting the address and the key-safe code', () => {
    const text = 'Elderly lady living alone at 12 Orchard Close has a key safe by the door, code is 1942, if anyone can check on her.';
    const fs = run(R25, text);
    expect(worst(fs)).toBe('stop');
    expect(excerpts(fs)).toEqual(['12 Orchard Close', '1942']);
  });

  it('stops on a sensitive setting with a street or landmark', () => {
    expect(excerpts(run(R25, "The new women's refuge is the big house on Regent Street opposite the Spar — great to see it open."))).toEqual([
      'the big house on',
      'Regent Street',
      'opposite the Spar',
    ]);
    expect(excerpts(run(R25, "Approved premises for offenders opening on Ash Grove — it's number 31."))).toEqual(['Ash Grove', "it's number 31"]);
  });

  it('needs a house-level location for a vulnerable person (a street alone is a neighbourhood)', () => {
    expect(run(R25, 'Elderly residents on Park Road have been without a bin collection for three weeks.')).toEqual([]);
    expect(worst(run(R25, 'Elderly resident at 14 Park Road has had no bin collection for three weeks.'))).toBe('stop');
  });

  it.each([
    "If you're experiencing domestic abuse, call the National Domestic Abuse Helpline on 0808 2000 247.",
    'The council is recruiting foster carers — information evening on 5 March at the town hall.',
    "Funding for supported housing across the borough has been protected in this year's budget.",
    'Lovely night at the youth hostel in Langsett with the scouts.',
    "Fundraiser for the women's refuge at the Civic on Hanson Street this Friday — please come along!",
    'Delighted that our bid for a new supported living scheme on Wood Lane has been approved.',
  ])('is quiet on %s', (text) => {
    expect(run(R25, text)).toEqual([]);
  });
});

describe(R26, () => {
  it('warns on a worry crowd-sourced in public, highlighting the worry', () => {
    const fs = run(R26, 'The kids at the end of my road seem to be left on their own every night with no food. Does anyone know the family?');
    expect(worst(fs)).toBe('warn');
    expect(excerpts(fs)).toEqual(['left on their own', 'no food']);
    expect(excerpts(run(R26, "There's an older guy on this group messaging teenage girls — he's called Dean, watch out for him."))).toEqual(['messaging teenage girls']);
  });

  it('is quiet once it has been reported, or when it tells people where to report', () => {
    expect(run(R26, 'I have reported the man messaging teenage girls to the police. Please share this so parents know.')).toEqual([]);
    expect(run(R26, "If you're worried about a child, contact Children's Social Care, or the police on 999 in an emergency.")).toEqual([]);
  });

  it('is quiet without a crowd-sourcing frame, and on worries about things rather than people', () => {
    expect(run(R26, 'The kids at the end of my road seem to be left on their own every night.')).toEqual([]);
    expect(run(R26, "I'm worried about the state of the roads on my ward. Does anyone know when the resurfacing starts?")).toEqual([]);
  });
});

describe('safeguarding rules on other rules’ ordinary posts', () => {
  it.each([
    'Great to see the youth club busy tonight — 40 young people came along.',
    'I attended the safeguarding training for councillors today — really worthwhile.',
    'Proud to support Foster Care Fortnight — could you foster? Call 01226 775 876.',
    'Year 9 options evening at Holgate School tonight — good luck to all.',
  ])('no safeguarding finding on %s', (text) => {
    expect(analyze(text).filter((f) => f.family === 'safeguarding')).toEqual([]);
  });
});

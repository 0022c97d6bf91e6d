/** Hate and discrimination R04–R06: slurs in context, hostility towards groups (not mentions of them), stereotypes about people. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';

const of = (id: string, text: string) => analyze(text).filter((f) => f.ruleId === id);
const loud = (id: string, text: string) => of(id, text).filter((f) => f.severity !== 'info');

describe('hate-discrimination/slur (R04)', () => {
  const id = 'hate-discrimination/slur';
  it('stops on slurs through masking, dots, leetspeak and spacing', () => {
    for (const [t, w] of [
      ['Another load of p*keys on the rec.', 'p*keys'],
      ['Bunch of p.a.k.i.s running the takeaways.', 'p.a.k.i.s'],
      ["Don't let that r3tard near the committee.", 'r3tard'],
      ['You are nothing but a f a g g o t.', 'f a g g o t'],
    ] as const) {
      const fs = loud(id, t);
      expect(fs, t).toHaveLength(1);
      expect(fs[0].severity).toBe('stop');
      expect(fs[0].excerpt).toBe(w);
    }
  });
  it('counts words with everyday senses only in a slur construction', () => {
    expect(loud(id, 'Queer Film Night at the Civic on Friday.')).toEqual([]);
    expect(loud(id, 'The flood dykes along the Dearne need inspecting.')).toEqual([]);
    expect(loud(id, 'Faggots and mushy peas at the cricket club tea.')).toEqual([]);
    expect(loud(id, 'There is a chink in the armour of this budget.')).toEqual([]);
    expect(loud(id, 'Typical queer behaviour.')).toHaveLength(1);
    expect(loud(id, 'You are just a dyke to me.')).toHaveLength(1);
  });
  it('does not treat reclaimed, in-group use as a slur', () => {
    expect(loud(id, 'As a queer person myself, I am proud of our Pride event.')).toEqual([]);
    expect(loud(id, 'We started calling ourselves faggots to take the word back.')).toEqual([]);
  });
  it('gives the info chip, not a stop, when quoting abuse to report it', () => {
    const fs = of(id, "I received a message calling me a 'paki'. I've reported it to South Yorkshire Police — there's no place for hate here.");
    expect(fs).toHaveLength(1);
    expect(fs[0].severity).toBe('info');
  });
});

describe('hate-discrimination/group-hostility (R05)', () => {
  const id = 'hate-discrimination/group-hostility';
  it('stops on dehumanising, exclusion, generalisation and hatred', () => {
    for (const t of [
      'Asylum seekers are vermin.',
      'Roma families should be sent back where they came from.',
      'I despise Muslims.',
      'Typical Travellers, all the same.',
      'Trans people shouldn\'t be allowed anywhere near our schools.',
      'Disabled people are a drain on the rest of us.',
      'Jews have no place in this town.',
    ]) expect(loud(id, t), t).toHaveLength(1);
  });
  it('follows "they/them" to the group in the next sentence', () => {
    expect(loud(id, 'The Eastern Europeans on Park Road. Get rid of them all.').length).toBeGreaterThan(0);
    expect(loud(id, 'Travellers turned up again. They are animals.').length).toBeGreaterThan(0);
  });
  it('stays quiet on neutral and positive mentions, policy criticism and negation', () => {
    for (const t of [
      'The Gypsy and Traveller site consultation closes on 30 June.',
      'Proud to welcome the new Polish community centre to Goldthorpe.',
      'I oppose the Home Office contract for the asylum hotel; the process has been opaque.',
      'Immigrants are the opposite of a burden — they staff our care homes.',
      'I have no contempt for Travellers at all.',
      'We must not let gay people suffer more abuse.',
      'I never said that Muslims are a threat.',
      'Muslims in Barnsley raised £4,000 for the food bank.',
    ]) expect(loud(id, t), t).toEqual([]);
  });
  it('is quiet (info at most) on counter-speech', () => {
    for (const t of [
      'Saying "immigrants are vermin" is disgusting and has no place in Barnsley.',
      'Statements like "gay people are a disease" are hateful.',
      'You can\'t say "Travellers should be driven out" and expect no consequences.',
    ]) expect(loud(id, t), t).toEqual([]);
  });
});

describe('hate-discrimination/casual-stereotype (R06)', () => {
  const id = 'hate-discrimination/casual-stereotype';
  it('warns on remarks about people, naming the word', () => {
    const [f] = of(id, 'Cllr Walsh was hysterical again at full council.');
    expect(f.severity).toBe('warn');
    expect(f.excerpt).toBe('hysterical');
    expect(f.message).toContain("'hysterical'");
    expect(of(id, 'The coffin dodgers on the committee blocked it again.')).toHaveLength(1);
    expect(of(id, 'Get back in the kitchen, love.').length).toBeGreaterThan(0);
    expect(of(id, 'Women are too emotional to lead anything.')).toHaveLength(1);
  });
  it('stays quiet on services and things', () => {
    for (const t of ['Mental health drop-in every Tuesday.', 'Hysterical laughter at the panto tonight!', 'Pupils with special educational needs get 40 new places.', 'The traffic on the A61 was mental this morning.']) {
      expect(of(id, t), t).toEqual([]);
    }
  });
});

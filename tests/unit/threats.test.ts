/** Threats and incitement R07–R09: violence aimed at people, veiled intimidation, calls to break the law. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import { _phraseSearch } from '../../rules/threats-incitement/intimidation';
import { readDataset } from '../../bench/data/datasets';
import type { ComposeContext } from '../../rules/types';

const of = (id: string, text: string, context?: ComposeContext) => analyze(text, context).filter((f) => f.ruleId === id);
const loud = (id: string, text: string, context?: ComposeContext) => of(id, text, context).filter((f) => f.severity !== 'info');

describe('threats-incitement/violent-threat (R07)', () => {
  const id = 'threats-incitement/violent-threat';
  it('stops on threat idioms and on violent verbs with intent and a person or group target', () => {
    for (const t of [
      'If I ever see any of them in my area, they better watch their backs.',
      'Say that to my face and you will end up in hospital.',
      "I'm going to batter you next time I see you.",
      'Someone should stab that landlord.',
      'I will make those Travellers suffer.',
      'Gay people like you should be shot.',
      'I w1ll k i l l you.',
      '@SteveP 🔪',
    ]) {
      const fs = loud(id, t);
      expect(fs.length, t).toBeGreaterThan(0);
      expect(fs[0].severity).toBe('stop');
    }
  });
  it('stays quiet on figurative, sporting, electoral and object uses', () => {
    for (const t of [
      "We'll fight this closure tooth and nail.",
      'Barnsley are going to batter Rotherham on Saturday!',
      'Kill the Bill: why the Planning Bill is wrong.',
      'We smashed our recycling target this year.',
      "We're going to beat them at the ballot box in May.",
      'Let us just eradicate those weeds on the verge.',
      'The hanging baskets on Market Street come down on Monday.',
      'I would never want anyone to get hurt.',
    ]) expect(loud(id, t), t).toEqual([]);
  });
  it('gives only the info chip for a threat quoted to report it', () => {
    const fs = of(id, "I received a message saying I'd 'better watch my back'. It's been reported to the police.");
    expect(fs.every((f) => f.severity === 'info')).toBe(true);
    const g = of(id, 'He wrote "I will stab you" under my post. Reported to the police.');
    expect(g.length).toBeGreaterThan(0);
    expect(g.every((f) => f.severity === 'info')).toBe(true);
  });
});

describe('threats-incitement/intimidation (R08)', () => {
  const id = 'threats-incitement/intimidation';
  it('warns on veiled threats and names the phrase', () => {
    const [f] = of(id, "We know exactly who has been reporting us to enforcement, and we're watching.");
    expect(f.severity).toBe('warn');
    expect(f.message).toContain("'We know exactly who has been'");
  });
  it('stops with home or family, or with a violent threat', () => {
    expect(of(id, '@JRobinson I know where you live.', { kind: 'reply' })[0].severity).toBe('stop');
    expect(of(id, "You'll regret this. I'll smash your face in.").some((f) => f.severity === 'stop')).toBe(true);
  });
  it('needs more than "you have been warned" on its own', () => {
    expect(of(id, "You've been warned: parking enforcement on the zig-zags starts Monday.")).toEqual([]);
    expect(of(id, "You've been warned. I'll make your life hell.").length).toBe(2);
  });
  it('stays quiet on accountability and ordinary watching', () => {
    for (const t of ['Remember this on 7 May — you can vote them out.', 'Councillors are watching the consultation closely.', "We're watching the match at the fan zone tonight.", 'I know where the problem is — the drain by the Co-op.']) {
      expect(of(id, t), t).toEqual([]);
    }
  });
});

describe('threats-incitement/incitement-to-crime (R09)', () => {
  const id = 'threats-incitement/incitement-to-crime';
  it('stops on a call to commit a crime', () => {
    for (const t of [
      "Let's go down tonight and rip the planters out.",
      'Someone needs to torch that hotel.',
      'Smash every one of those speed cameras.',
      'Everyone should refuse to pay their council tax.',
      "We'll drive them out ourselves. Who's with me?",
    ]) {
      const fs = loud(id, t);
      expect(fs.length, t).toBe(1);
      expect(fs[0].severity).toBe('stop');
    }
  });
  it('stays quiet on lawful routes, past events and contractors', () => {
    for (const t of [
      'Peaceful protest outside the town hall at 6pm — bring placards, not trouble.',
      'Vandals smashed the bus shelter last night. Please call 101.',
      'Sign the petition and respond to the consultation to stop the planters.',
      'The contractors will dig up the old pipes from Monday.',
      'Please pay your council tax by the 1st to avoid a reminder.',
    ]) expect(loud(id, t), t).toEqual([]);
  });
});

describe('threats-incitement: money, work and accidents are not violence (audit false stops)', () => {
  const ids = ['threats-incitement/violent-threat', 'threats-incitement/incitement-to-crime', 'threats-incitement/intimidation'];
  const anyLoud = (t: string) => ids.flatMap((id) => loud(id, t));
  it('stays quiet when a harm verb takes money, a budget, a service or a backlog as its object', () => {
    for (const t of [
      "The opposition's amendment would have cut £2.5m from road maintenance.",
      'They will cut £250,000 from the library service next year.',
      'Ministers are going to cut our grant by 6% again.',
      'We will cut costs and cut carbon emissions across the estate.',
      'The mayor will cut the ribbon at the new sports hall on Friday.',
      'We have to attack the housing repairs backlog head on this winter.',
      "Let's attack the problem of potholes on the B6100 together.",
      'Time to attack the waiting list for adaptations.',
      'We are going to smash the 2030 net zero target.',
      "Watch yourself on the ice walking home tonight, the pavements haven't been gritted.",
    ]) expect(anyLoud(t), t).toEqual([]);
  });
  it('stays quiet when a fall, crash or illness put someone in hospital', () => {
    for (const t of [
      'My constituent has had three falls since March, one of which put her in hospital.',
      'A collision on the bypass put two cyclists in hospital last week.',
      'Pneumonia put him in intensive care over Christmas.',
    ]) expect(anyLoud(t), t).toEqual([]);
  });
  it('still stops when a speaker threatens to put someone in hospital', () => {
    for (const t of ["Carry on like this and I'll put you in hospital.", 'Somebody ought to put that councillor in hospital.']) {
      expect(loud('threats-incitement/violent-threat', t).map((f) => f.severity), t).toContain('stop');
    }
  });
  it('still stops when the victim of an active harm verb is a person', () => {
    expect(loud('threats-incitement/violent-threat', "I'm going to cut you if you come near me.").length).toBeGreaterThan(0);
    expect(loud('threats-incitement/violent-threat', 'If only people like you all had their throats cut.').length).toBeGreaterThan(0);
  });
});

describe('threats-incitement: veiled threats and calls the audit found missing', () => {
  it('stops on injury idioms and warnings about the way home', () => {
    for (const t of [
      "Keep talking and you'll be leaving on a stretcher.",
      'Someone should smash his teeth down his throat.',
      'She wants to watch herself on her way home after the meeting.',
      'Mouth off again and you go home in an ambulance.',
    ]) expect(loud('threats-incitement/violent-threat', t).map((f) => f.severity), t).toContain('stop');
  });
  it('stops on death slogans and on ending a group’s lives, not on ending their hardship', () => {
    for (const t of ['Death to all travellers.', 'I want to end every Jewish person’s life.', "I'm going to stab that bloke's lad."]) {
      expect(loud('threats-incitement/violent-threat', t).map((f) => f.severity), t).toContain('stop');
    }
    for (const t of ["We want to end every disabled person's isolation.", "We will end all women's fear of walking home at night.", 'Death to the high street, say the retail parks.']) {
      expect(loud('threats-incitement/violent-threat', t), t).toEqual([]);
    }
  });
  it('stops on listing a person’s private life back at them', () => {
    for (const t of ['We know your road, your reg and your partner.', 'Your house, your dog, your office — all noted.']) {
      expect(loud('threats-incitement/intimidation', t).map((f) => f.severity), t).toContain('stop');
    }
    for (const t of ['I know your street well — the drains there are a disgrace.', 'We know your mum and dad from chapel, lovely people.']) {
      expect(loud('threats-incitement/intimidation', t), t).toEqual([]);
    }
  });
  it('stops on calls to damage property or deal with someone', () => {
    for (const t of ['Somebody should let all their tyres down tonight.', 'That depot wants burning to the ground.', 'The new hostel needs torching.', 'Someone needs to sort him out properly.']) {
      expect(loud('threats-incitement/incitement-to-crime', t).map((f) => f.severity), t).toContain('stop');
    }
    for (const t of ['The old depot should be knocked down and the site used for housing.', 'The tyres on the gritters were let down by the cold snap.', "Let's sort the parking out once and for all.", 'Someone needs to sort that mess out.']) {
      expect(loud('threats-incitement/incitement-to-crime', t), t).toEqual([]);
    }
  });
});

describe('threats-incitement/intimidation: the private-life lists searched apart', () => {
  // The lists are a second pattern (compiled only when a draft has their words); together the two must
  // find exactly what one alternation of every phrase, the lists last, finds.
  const combined = new RegExp(`\\b(?:${[..._phraseSearch.phrases, ..._phraseSearch.lists].join('|')})`, 'gi');
  const reference = (t: string) => [...t.matchAll(combined)].map((m) => [m.index, m[0]]);
  const split = (t: string) => _phraseSearch.matches(t).map((m) => [m.index, m[0]]);
  const pieces = [
    'I know your street and your van', 'your car, your kids\' school, your gym – all known', 'we know who you are',
    'I know where you live', 'I know where your kids go', 'we have clocked your house and your car', 'your street, your pub and your job: all noted',
    'you\'ll be sorry', 'watch yourself', 'nice house you\'ve got', 'know where your family live', 'I\'ve got your address, your routine', 'known',
    'I\'m watching your house', 'we are watching your kids', 'I\'m watching your house, your car and your kids – all noted',
    'we are watching your kids, your school and your street - all logged', 'and', ', ', '. ', 'Thanks for coming.',
  ];
  it('gives the same matches as the combined pattern on overlapping and adjacent phrases', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    let withList = 0;
    for (let k = 0; k < 3000; k++) {
      const n = 1 + Math.floor(rnd() * 6);
      let t = '';
      for (let j = 0; j < n; j++) t += (rnd() < 0.5 ? ' ' : '') + pieces[Math.floor(rnd() * pieces.length)];
      const want = reference(t);
      if (want.some(([, s]) => /known|noted|clocked|logged|(?:know|got) (?:your|his|her|their)/i.test(String(s)))) withList++;
      expect(split(t), t).toEqual(want);
    }
    expect(withList).toBeGreaterThan(300);
  });
  it('gives the same matches on the public datasets', () => {
    for (const d of [...readDataset('davidson.jsonl'), ...readDataset('hatecheck.jsonl')]) expect(split(d.text), d.text).toEqual(reference(d.text));
  });
});

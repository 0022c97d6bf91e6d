/** Threats and incitement R07–R09: violence aimed at people, veiled intimidation, calls to break the law. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
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

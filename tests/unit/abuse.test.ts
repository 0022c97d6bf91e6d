/** Abuse rules R01–R03: meaning over word lists (targets, decisions, self, quoting to condemn). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import type { ComposeContext } from '../../rules/types';

const of = (id: string, text: string, context?: ComposeContext) => analyze(text, context).filter((f) => f.ruleId === id);
const loud = (id: string, text: string, context?: ComposeContext) => of(id, text, context).filter((f) => f.severity !== 'info');

describe('abuse/personal-insult (R01)', () => {
  const id = 'abuse/personal-insult';
  it('names the target in the warning', () => {
    const [f] = of(id, "@DaveBentley you're an absolute clown and everyone in Kingstone ward knows it.");
    expect(f.excerpt).toBe('clown');
    expect(f.message).toContain('@DaveBentley');
    const [g] = of(id, 'Cllr Hargreaves is a spineless waste of space who should never have been elected.');
    expect(g.message).toMatch(/Hargreaves/);
  });
  it('escalates to stop with strong profanity in the same sentence', () => {
    expect(of(id, 'You are a f***ing idiot.')[0].severity).toBe('stop');
    expect(of(id, 'You are an idiot.')[0].severity).toBe('warn');
  });
  it('catches insults through leetspeak and spacing', () => {
    expect(loud(id, "You're a m0r0n.")).toHaveLength(1);
    expect(loud(id, 'you absolute n u m p t y')).toHaveLength(1);
  });
  it('stays quiet on decisions, self, negation, literal uses and things', () => {
    for (const t of [
      'This consultation was a shambles and the timetable needs to be extended.',
      'What an idiotic decision by the cabinet.',
      'I was an idiot and forgot my own bin day again 🙈',
      "I'm such a muppet, left my lanyard at home.",
      'I would never call anyone an idiot for asking a question.',
      "Clowns, face-painting and a bouncy castle at the Mayor's gala!",
      'The Equalizer film was trash.',
      'Rats and vermin at the tip have been reported to pest control.',
    ]) expect(loud(id, t), t).toEqual([]);
  });
  it('never warns when quoting abuse to report it', () => {
    expect(loud(id, "Someone called me a 'useless clown' on my page last night. I've reported it and won't be engaging.")).toEqual([]);
    expect(loud(id, 'A resident wrote "you are a useless idiot" under my post. Reported to the Monitoring Officer.')).toEqual([]);
    expect(of(id, 'A resident wrote "you are a useless idiot" under my post. Reported to the Monitoring Officer.').every((f) => f.severity === 'info')).toBe(true);
  });
});

describe('abuse/obscene-or-profane (R02)', () => {
  const id = 'abuse/obscene-or-profane';
  it('warns on strong language, stops when aimed at a person or sexually explicit', () => {
    expect(of(id, 'What a shitshow of a council meeting tonight.')[0].severity).toBe('warn');
    expect(of(id, 'Whoever dumped this mattress on Wood Lane is a total c**t.')[0].severity).toBe('stop');
    expect(of(id, 'Fuck you, Gary.')[0].severity).toBe('stop');
    expect(of(id, 'Send nudes 🍆💦').some((f) => f.severity === 'stop')).toBe(true);
  });
  it('highlights the masked word itself', () => {
    const [f] = of(id, "Absolute f***ing joke that the potholes on Doncaster Road still aren't fixed.");
    expect(f.excerpt).toBe('f***ing');
  });
  it('never flags mild words, places or names', () => {
    for (const t of ['Bloody freezing at the Remembrance parade.', 'Penistone Show today!', 'Scunthorpe and Cockermouth', 'Dick Turpin night', 'Popped out for a fag and a pint after the surgery.', 'Ho ho ho! Santa visits the market on Saturday.']) {
      expect(loud(id, t), t).toEqual([]);
    }
  });
  it('shows only the info chip when the words are quoted to report them', () => {
    const fs = of(id, "A resident messaged me calling me a 'f***ing disgrace'. It's been reported to the police.");
    expect(fs).toHaveLength(1);
    expect(fs[0].severity).toBe('info');
    expect(fs[0].message).toMatch(/^Quoting abuse you received\? Screenshot and report it instead/);
  });
  it('is the one panel for strong words of abuse aimed at someone', () => {
    const fs = analyze('You absolute wanker.').filter((f) => f.ruleId.startsWith('abuse/'));
    expect(fs.map((f) => [f.ruleId, f.severity])).toEqual([['abuse/obscene-or-profane', 'stop']]);
    expect(of(id, "You're fucking brilliant, thank you!")[0].severity).toBe('warn');
  });
  it('leaves slurs to the slur rule (one panel, not two)', () => {
    expect(of(id, 'Typical tranny nonsense.')).toEqual([]);
    expect(analyze('Typical tranny nonsense.').some((f) => f.ruleId === 'hate-discrimination/slur')).toBe(true);
  });
});

describe('abuse/mockery (R03)', () => {
  const id = 'abuse/mockery';
  const reply: ComposeContext = { kind: 'reply' };
  it('flags laughing at the person replied to when disagreeing', () => {
    expect(loud(id, '🤣 maybe read the leaflet next time?', reply)).toHaveLength(1);
    expect(loud(id, 'lol no', reply).length + loud(id, 'lol do your research', reply).length).toBeGreaterThan(0);
  });
  it('does not flag laughing with people or at oneself', () => {
    expect(loud(id, 'Haha brilliant, thanks for coming along! 😂', reply)).toEqual([]);
    expect(loud(id, 'Lol I fell in the pond at the opening 😂')).toEqual([]);
    expect(loud(id, 'Karen from the library has retired after 30 years — thank you Karen!')).toEqual([]);
  });
  it('flags name-calling memes wherever they appear', () => {
    expect(loud(id, 'Bunch of snowflakes complaining about a bonfire.')).toHaveLength(1);
    expect(loud(id, 'Another keyboard warrior who has never been to a surgery 🙄')).toHaveLength(1);
  });
});

describe('abuse/personal-insult: the insult must be said of the person', () => {
  const id = 'abuse/personal-insult';
  it('quiet when the word judges a thing that merely mentions people', () => {
    expect(loud(id, 'The abusive emails we receive as councillors are a disgrace.')).toHaveLength(0);
    expect(loud(id, 'The way some residents speak to our officers is a disgrace.')).toHaveLength(0);
  });
  it('still warns when the people are the subject', () => {
    expect(loud(id, 'Councillors like him are a disgrace to this chamber.')).toHaveLength(1);
    expect(loud(id, 'He is a disgrace.')).toHaveLength(1);
  });
});

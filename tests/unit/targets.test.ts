/** rules/shared/targets.ts: who a draft is about (catalog §1.3), history keys for R11. */
import { describe, expect, it } from 'vitest';
import { TextDoc } from '../../rules/doc';
import { createNlp } from '../../rules/nlp';
import { historyKeysFor, normaliseOfficer, sameTargetKey, targetKey, targetKeys, targetNear, targets, targetsIn, type TargetKind } from '../../rules/shared/targets';
import type { ComposeContext, Settings } from '../../rules/types';

function kinds(text: string, context?: ComposeContext, settings?: Settings) {
  return targets(new TextDoc(text, context, settings)).map((t) => `${t.kind}${t.role ? ':' + t.role : ''}=${t.text}`);
}

describe('targets(doc)', () => {
  it('finds second person, mentions, named people, self', () => {
    const k = kinds("@TonyW you're wrong and I told Cllr Morton so.");
    expect(k).toContain('mention=@TonyW');
    expect(k).toContain("second-person=you're");
    expect(k).toContain('person:member=Cllr Morton');
    expect(k).toContain('self=I');
  });

  it('marks second person and a leading @mention in a reply as the addressee (the parent author)', () => {
    const ts = targets(new TextDoc('@TonyW you are wrong', { kind: 'reply' }));
    expect(ts.find((t) => t.kind === 'mention')?.addressee).toBe(true);
    expect(ts.find((t) => t.kind === 'second-person')?.addressee).toBe(true);
    expect(targets(new TextDoc('you are wrong', { kind: 'post' })).find((t) => t.kind === 'second-person')?.addressee).toBeUndefined();
  });

  it.each([
    ['The planning officer was late.', 'role:officer=The planning officer'],
    ['Ask the head of housing about it.', 'role:officer=the head of housing'],
    ['The case officer agreed.', 'role:officer=The case officer'],
    ['The Chief Executive spoke.', 'role:officer=The Chief Executive'],
    ['The clerk sent the agenda.', 'role:officer=The clerk'],
    ['Our social worker rang.', 'role:officer=Our social worker'],
    ['Some councillors voted for it.', 'role:member=Some councillors'],
    ['The mayor opened the fair.', 'role:member=The mayor'],
    ['Our MP wrote back.', 'role:member=Our MP'],
    ['The landlord at number 4 refused.', 'role:private=The landlord'],
    ['The bloke who parks there again.', 'role:private=The bloke who'],
    ['My neighbour complained.', 'role:private=My neighbour'],
  ])('role noun: %s', (text, want) => {
    expect(kinds(text)).toContain(want);
  });

  it('finds organisations by suffix and public bodies separately', () => {
    const k = kinds('Acme Roofing Ltd and Bloggs Builders let down the council and the planning department.');
    expect(k).toContain('organisation=Acme Roofing Ltd');
    expect(k).toContain('organisation=Bloggs Builders');
    expect(k).toContain('body=the council');
    expect(k).toContain('body=the planning department');
  });

  it('finds protected-group nouns', () => {
    expect(kinds('Asylum seekers and disabled people deserve respect.')).toEqual(expect.arrayContaining(['group=Asylum seekers', 'group=disabled people']));
  });

  it('does not take streets or role titles for people', () => {
    const k = kinds('I met the Executive Director on Victoria Road.');
    expect(k.filter((x) => x.startsWith('person'))).toEqual([]);
  });

  it('uses the member lists: officers (with department), councillors, family', () => {
    const settings: Settings = { lists: { officers: [{ name: 'Sarah Whitaker (Planning)' }], councillors: ['Jane Dyson'], familyNames: ['Ellie'] } };
    const ts = targets(new TextDoc("Sarah in planning, Jane Dyson and Ellie's school.", {}, settings));
    expect(ts.find((t) => t.text === 'Sarah')).toMatchObject({ kind: 'person', listed: 'officer', role: 'officer', key: 'sarah whitaker' });
    expect(ts.find((t) => t.text === 'Jane Dyson')).toMatchObject({ listed: 'councillor', role: 'member' });
    expect(ts.some((t) => t.listed === 'family')).toBe(true);
  });

  it('is memoised per draft', () => {
    const d = new TextDoc('Cllr Morton is here.');
    expect(targets(d)).toBe(targets(d));
  });

  it('enriches with compromise people() and organizations() in full mode', () => {
    const nlp = createNlp();
    const text = 'Zoltan Fontaine and Tesco disagree.';
    const fast = targets(new TextDoc(text)).map((t) => t.text);
    const full = targets(new TextDoc(text, {}, {}, nlp)).map((t) => t.text);
    expect(fast).not.toContain('Tesco');
    expect(full).toContain('Tesco');
  });
});

describe('targetNear and targetsIn', () => {
  it('returns the nearest target of the requested kinds in the same sentence', () => {
    const text = 'Cllr Morton spoke. Then Acme Roofing Ltd walked out, and you left.';
    const d = new TextDoc(text);
    const at = text.indexOf('walked');
    expect(targetNear(d, { start: at, end: at + 6 })?.text).toBe('Acme Roofing Ltd');
    expect(targetNear(d, { start: at, end: at + 6 }, ['second-person'])?.text).toBe('you');
    expect(targetNear(d, { start: at, end: at + 6 }, ['person'])).toBeNull(); // Cllr Morton is in another sentence
    expect(targetNear(d, { start: at, end: at + 6 }, undefined, { side: 'after' })?.text).toBe('you');
    const kindsIn = targetsIn(d, d.sentences[0]).map((t) => t.kind as TargetKind);
    expect(kindsIn).toEqual(['person']);
  });
});

describe('history keys', () => {
  it('folds names and drops honorifics and possessives', () => {
    expect(targetKey("Cllr Dyson's")).toBe('dyson');
    expect(targetKey('Councillor  DYSON')).toBe('dyson');
    expect(targetKey('Séan O’Brien')).toBe("sean o'brien");
    expect(targetKey('@Joe_Bloggs72!')).toBe('@joe_bloggs72');
  });

  it('sameTargetKey: equal, or a single word that is the first or last word of the other', () => {
    expect(sameTargetKey('dyson', 'jane dyson')).toBe(true);
    expect(sameTargetKey('jane dyson', 'jane')).toBe(true);
    expect(sameTargetKey('jane dyson', 'jane smith')).toBe(false);
    expect(sameTargetKey('@dyson', 'dyson')).toBe(false);
    expect(sameTargetKey('', 'dyson')).toBe(false);
  });

  it('targetKeys lists people, @mentions and organisations, not roles or pronouns', () => {
    expect(targetKeys('The planning officer told you that Cllr Dyson and Acme Roofing Ltd and @BobT were wrong.')).toEqual(['dyson', 'acme roofing ltd', '@bobt']);
    expect(targetKeys('Sarah in planning', { officers: [{ name: 'Sarah Whitaker', department: 'Planning' }] })).toEqual(['sarah whitaker']);
  });

  it('historyKeysFor records only critical posts', () => {
    expect(historyKeysFor('Why is Gary Holt still ignoring residents?')).toEqual(['gary holt']);
    expect(historyKeysFor('Lovely to meet Gary Holt at the gala!')).toEqual([]);
  });

  it('normaliseOfficer accepts "Name (Department)" strings and objects', () => {
    expect(normaliseOfficer('Sarah Whitaker (Planning)')).toEqual({ name: 'Sarah Whitaker', department: 'Planning' });
    expect(normaliseOfficer({ name: 'Tom Briggs' })).toEqual({ name: 'Tom Briggs', department: undefined });
    expect(normaliseOfficer({ name: 42 } as never)).toBeNull();
  });
});

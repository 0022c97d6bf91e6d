/**
 * The cue gate (rules/cues.ts): how the draft's words are read, and, for every rule that declares
 * cues, that they are a necessary condition: on every declared example of every rule (with its own
 * context and settings) and on a sample of the public datasets, the rule run without the gate finds
 * nothing whenever the gate would have kept it out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CueIndex, RuleCues, defineGate, gate as helperGate, type Cues } from '../../rules/cues';
import { TextDoc } from '../../rules/doc';
import { analyze } from '../../rules/engine';
import { RULES } from '../../rules/registry';
import { defineRule } from '../../rules/define';
import type { ComposeContext, Settings } from '../../rules/types';

function gate(cues: Cues, text: string, context: ComposeContext = {}, settings: Settings = {}): boolean {
  const ix = new CueIndex([{ id: 'r', cues }]);
  const doc = new TextDoc(text, context, settings);
  return ix.passes('r', ix.scan(doc, doc.folded.text, text));
}

describe('cue index', () => {
  it('finds whole words whatever the case, and not inside other words', () => {
    expect(gate({ words: ['kill'] }, 'I will KILL him')).toBe(true);
    expect(gate({ words: ['kill'] }, 'kill.')).toBe(true);
    expect(gate({ words: ['kill'] }, 'Killingworth and skill')).toBe(false);
    expect(gate({ words: ['hat'] }, 'that is what it is')).toBe(false);
  });

  it('finds word beginnings', () => {
    expect(gate({ prefixes: ['immigra'] }, 'Immigrants welcome')).toBe(true);
    expect(gate({ prefixes: ['immigra'] }, 'the immigr')).toBe(false);
    expect(gate({ prefixes: ['rumo'] }, 'a RUMOR')).toBe(true);
  });

  it('reads words without their apostrophes, straight or curly', () => {
    expect(gate({ words: ['dont'] }, "Don't")).toBe(true);
    expect(gate({ words: ['dont'] }, 'don’t')).toBe(true);
    expect(gate({ words: ['dont'] }, 'dont')).toBe(true);
    expect(gate({ words: ['don'] }, "'don' said")).toBe(true);
  });

  it('also reads the pieces a regex \\b sees around an apostrophe', () => {
    expect(gate({ words: ['council'] }, "the council's plan")).toBe(true);
    expect(gate({ words: ['councils'] }, "the council's plan")).toBe(true);
    expect(gate({ words: ['don'] }, "I don't know")).toBe(true);
    expect(gate({ words: ['internal'] }, "l'internal memo")).toBe(true);
    expect(gate({ prefixes: ['intern'] }, "l'internal memo")).toBe(true);
    expect(gate({ words: ['council'] }, 'councillors')).toBe(false);
  });

  it('sees evasive spellings through the fold, and word breaks as a regex does in the typed text', () => {
    expect(gate({ words: ['fuck'] }, 'fück off')).toBe(true);
    expect(gate({ words: ['kill'] }, 'ki\u200Bll them')).toBe(true);
    expect(gate({ words: ['kill'] }, 'ｋｉｌｌ them')).toBe(true);
    // /\bkill\b/ matches "killé" in the typed text (é is not a \w character): the gate must let it through.
    expect(gate({ words: ['kill'] }, 'killé')).toBe(true);
    expect(gate({ words: ['kill'] }, 'kill🔪')).toBe(true);
    // A letter beyond ASCII is a word break, as \b sees it, even where folding leaves it alone.
    expect(gate({ words: ['pin'] }, '中pin: 4821')).toBe(true);
    expect(gate({ words: ['ki'] }, 'ki\u200Bll')).toBe(true);
    // A symbol that folds into a letter ("ⓧ" → "x") joins the word in the folded text, not for \b.
    expect(gate({ words: ['cancer'] }, 'she has ⓧcancer')).toBe(true);
  });

  it('starts a word at letters straight after digits', () => {
    expect(gate({ words: ['percent'] }, 'up 10percent')).toBe(true);
    expect(gate({ words: ['pm'] }, 'at 5pm')).toBe(true);
    expect(gate({ words: ['covid'] }, 'covid19')).toBe(false);
    expect(gate({ words: ['5g'] }, 'the 5G mast')).toBe(true);
    expect(gate({ words: ['g'] }, 'the 5G mast')).toBe(true);
  });

  it('finds characters and digits', () => {
    expect(gate({ chars: '£%' }, 'cost £4m')).toBe(true);
    expect(gate({ chars: '£%' }, 'up 3 per cent')).toBe(false);
    expect(gate({ digits: true }, 'up 3 per cent')).toBe(true);
    expect(gate({ digits: true }, 'no numbers here')).toBe(false);
    expect(gate({ chars: '🙄🤡' }, 'oh sure 🙄')).toBe(true);
    expect(gate({ chars: '🙄' }, 'oh sure 🤡')).toBe(false);
  });

  it('lets a rule run when its context test says so', () => {
    const when = (d: TextDoc) => (d.lists.confidentialTerms?.length ?? 0) > 0;
    expect(gate({ words: ['secret'], when }, 'nothing to see')).toBe(false);
    expect(gate({ words: ['secret'], when }, 'nothing to see', {}, { lists: { confidentialTerms: ['Project Falcon'] } })).toBe(true);
  });

  it('keeps every cue of a large list (the trie grows many times)', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
    const ix = new CueIndex([{ id: 'big', cues: { words } }, { id: 'other', cues: { prefixes: ['zz'] } }]);
    const missing = words.filter((w) => {
      const doc = new TextDoc(`say ${w} now`);
      return !ix.passes('big', ix.scan(doc, doc.folded.text, doc.text));
    });
    expect(missing).toEqual([]);
  });

  it("reads a rule's words in the skeleton when it asks (leetspeak and spaced letters undone)", () => {
    const reader = new RuleCues([
      { id: 'sk', cues: { on: 'skeleton', prefixes: ['crook'] } },
      { id: 'ty', cues: { prefixes: ['crook'] } },
    ], []);
    const read = (t: string) => reader.read(new TextDoc(t));
    expect(reader.passes({ id: 'sk', cues: { on: 'skeleton' } }, read('what a bunch of cr00ks'))).toBe(true);
    expect(reader.passes({ id: 'ty', cues: {} }, read('what a bunch of cr00ks'))).toBe(false);
    expect(reader.passes({ id: 'sk', cues: { on: 'skeleton' } }, read('c r o o k s, all of them'))).toBe(true);
    expect(reader.passes({ id: 'sk', cues: { on: 'skeleton' } }, read('a fine bunch of people'))).toBe(false);
    expect(() => new CueIndex([{ id: 'a', cues: { on: 'skeleton', words: ['x'] } }, { id: 'b', cues: { words: ['y'] } }])).toThrow(/one CueIndex reads one text/);
  });

  it("answers a shared helper's gate from the engine's reading, or from its own outside the engine", () => {
    const id = defineGate('test/zebra', { words: ['zebra'] });
    expect(() => defineGate('test/zebra', { words: ['x'] })).toThrow(/defined twice/);
    expect(helperGate(new TextDoc('a zebra crossing'), id)).toBe(true);
    expect(helperGate(new TextDoc('a pelican crossing'), id)).toBe(false);
    // Inside analyze() the engine's one reading answers it (the gate is read with the rules' cues).
    let seen: boolean | undefined;
    const rule = defineRule({ ...RULES[0], id: 'test/uses-gate', cues: undefined, detect(doc) { seen = doc.cueState?.index.has(id) && helperGate(doc, id); return []; } });
    analyze('a zebra crossing', {}, {}, { rules: [rule] });
    expect(seen).toBe(true);
    analyze('a pelican crossing', {}, {}, { rules: [rule] });
    expect(seen).toBe(false);
  });

  it('refuses cues it could never find', () => {
    expect(() => new CueIndex([{ id: 'x', cues: { words: ['two words'] } }])).toThrow(/lower-case letters and digits/);
    expect(() => new CueIndex([{ id: 'x', cues: { words: ["don't"] } }])).toThrow(/x: cue/);
    expect(() => new CueIndex([{ id: 'x', cues: { chars: 'a' } }])).toThrow(/word character/);
    expect(() => new CueIndex([{ id: 'x', cues: {} }])).toThrow(/never let the rule run/);
  });

  it('keeps a rule out of the analysis when its cues are absent, and lets it run when one is there', () => {
    let calls = 0;
    const rule = defineRule({
      ...RULES[0],
      id: 'test/gated',
      cues: { words: ['zebra'] },
      detect(doc) { calls++; return doc.matchAll(/zebra/gi).map((m) => ({ start: m.index, end: m.index + 5 })); },
    });
    expect(analyze('no stripes here', {}, {}, { rules: [rule] })).toEqual([]);
    expect(calls).toBe(0);
    expect(analyze('a Zebra crossing', {}, {}, { rules: [rule] }).map((f) => f.excerpt)).toEqual(['Zebra']);
    expect(calls).toBe(1);
  });
});

// ------------------------------------------------------------------ necessary condition, rule by rule

const ds = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/datasets');
const sample = (f: string, every: number): { text: string }[] =>
  existsSync(resolve(ds, f)) ? readFileSync(resolve(ds, f), 'utf8').split('\n').filter((l) => l.trim()).filter((_, i) => i % every === 0).map((l) => JSON.parse(l)) : [];

const drafts: { text: string; context?: ComposeContext; settings?: Settings }[] = [
  ...RULES.flatMap((r) => [...r.examples.trigger, ...r.examples.quiet]),
  ...sample('davidson.jsonl', 10),
  ...sample('hatecheck.jsonl', 3),
];
const reader = new RuleCues(RULES);

describe('every rule with cues finds nothing where its cues are absent', () => {
  for (const rule of RULES.filter((r) => r.cues)) {
    it(rule.id, () => {
      const leaks: string[] = [];
      for (const d of drafts) {
        const doc = new TextDoc(d.text, d.context ?? {}, d.settings ?? {});
        if (reader.passes(rule, reader.read(doc))) continue;
        if (rule.detect(doc).length > 0) leaks.push(d.text);
      }
      expect(leaks).toEqual([]);
    });
  }
});

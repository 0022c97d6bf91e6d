/**
 * The command-line checker, spawned as a real process (node + tsx) on the real engine and rules.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import type { Finding } from '../../rules/types';
import { quoteIsVerbatim } from './policy-text';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = mkdtempSync(join(tmpdir(), 'tt-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run { status: number | null; stdout: string; stderr: string }

function check(args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/check.ts', ...args], {
    cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const T = 60_000;
const PATEL = 'Ring Mrs Patel on 07700 900482, she lives at 27 Sheffield Road';
const CREDS = 'Door code for the ward office is 4071#, just let yourselves in for the surgery.';
const QUIET = 'Ward surgery at 10:30 on 12/03 at 14 High Street';

/** The personal-data finding that covers this part of the draft. */
function covering(fs: Finding[], text: string, part: string): Finding | undefined {
  const a = text.indexOf(part);
  const b = a + part.length;
  return fs.find((f) => ['personal-data', 'safeguarding', 'personal-safety'].includes(f.family) && f.start <= a && f.end >= b && f.end - f.start <= part.length + 20);
}

describe('cli/check.ts', () => {
  it('npm run check names the phone number and the home address, with offsets and policy clauses, and exits 1', () => {
    const r = spawnSync('npm', ['run', '--silent', 'check', '--', PATEL], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    expect(r.status, r.stderr).toBe(1);
    const json = check(['--json', PATEL]);
    expect(json.status).toBe(1);
    const fs = JSON.parse(json.stdout) as Finding[];
    const phone = covering(fs, PATEL, '07700 900482');
    const home = covering(fs, PATEL, '27 Sheffield Road');
    expect(phone, `no finding on the phone number in ${json.stdout}`).toBeDefined();
    expect(home, `no finding on the home address in ${json.stdout}`).toBeDefined();
    for (const f of [phone!, home!]) {
      expect(['warn', 'stop']).toContain(f.severity);
      expect(f.excerpt).toBe(PATEL.slice(f.start, f.end));
      expect(f.policy.length).toBeGreaterThan(0);
      for (const p of f.policy) expect(quoteIsVerbatim(p.file, p.quote), p.quote).toBe(true);
      // The readable output marks the excerpt in its line, gives the offsets, the rule and the clauses.
      expect(r.stdout).toContain(`»${f.excerpt}«`);
      expect(r.stdout).toContain(`offsets ${f.start}–${f.end}`);
      expect(r.stdout).toContain(f.ruleId);
      expect(r.stdout).toContain(`[${f.severity.toUpperCase()}`);
      expect(r.stdout).toContain(f.action);
      expect(r.stdout).toContain(`${f.policy[0].file}, ${f.policy[0].section}: “${f.policy[0].quote}”`);
    }
  }, T);

  it('stays quiet on an ordinary surgery notice and exits 0', () => {
    const r = check([QUIET]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/No findings/);
    const j = check(['--json', QUIET]);
    expect(j.status).toBe(0);
    expect(JSON.parse(j.stdout)).toEqual([]);
  }, T);

  it('--json prints exactly the findings of analyze()', () => {
    const r = check(['--json', CREDS]);
    expect(r.status).toBe(1);
    const fs = JSON.parse(r.stdout) as Finding[];
    expect(fs).toEqual(JSON.parse(JSON.stringify(analyze(CREDS))));
    expect(fs.some((f) => f.ruleId === 'security/credentials' && f.severity === 'stop')).toBe(true);
  }, T);

  it('--context and --settings reach the engine; switching the rule off silences it', () => {
    const off = check(['--json', '--settings', '{"rules":{"security/credentials":false}}', CREDS]);
    expect(JSON.parse(off.stdout).some((f: Finding) => f.ruleId === 'security/credentials')).toBe(false);
    const bad = check(['--context', '[1]', CREDS]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--context: must be a JSON object/);
  }, T);

  it('--jsonl writes one line per input, in input order, equal to analyze()', () => {
    const inputs = [
      { id: 'q1', text: QUIET },
      { id: 'c1', text: CREDS },
      { id: 7, text: 'Thanks to everyone who came to the litter pick.' },
      { id: 'c2', text: 'Alarm code: 1942 — please set it when you leave the hall.', context: { kind: 'reply' } },
      { id: 'q2', text: 'Use a password manager and a different password for each account.', settings: { allowlist: ['litter'] } },
    ];
    const file = join(tmp, 'in.jsonl');
    writeFileSync(file, inputs.map((x) => JSON.stringify(x)).join('\n') + '\n');
    const r = check(['--jsonl', file]);
    expect(r.status, r.stderr).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(inputs.map((x) => x.id));
    for (let i = 0; i < inputs.length; i++) {
      const x = inputs[i] as { text: string; context?: object; settings?: object };
      expect(lines[i].findings).toEqual(JSON.parse(JSON.stringify(analyze(x.text, x.context, x.settings))));
    }
  }, T);

  it('a malformed line in the middle is reported by number and reason; the others are still checked; exit 2', () => {
    const body = [
      JSON.stringify({ id: 'a', text: CREDS }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', text: QUIET }),
      JSON.stringify({ id: 'd' }),
      JSON.stringify({ id: 'e', text: 42 }),
      JSON.stringify({ id: 'f', text: 'hi', context: 'reply' }),
      JSON.stringify({ id: 'g', text: CREDS }),
    ].join('\n');
    const file = join(tmp, 'bad.jsonl');
    writeFileSync(file, body);
    const r = check(['--jsonl', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/line 4: missing "text"/);
    expect(r.stderr).toMatch(/line 5: "text" must be a string/);
    expect(r.stderr).toMatch(/line 6: "context" must be an object/);
    expect(r.stderr).not.toMatch(/line [137]:/);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'c', 'g']);
    expect(lines[0].findings.length).toBeGreaterThan(0);
    expect(lines[2].findings).toEqual(lines[0].findings);
  }, T);

  it('reads --jsonl from stdin with "-", and a single draft from stdin with "-"', () => {
    const r = check(['--jsonl', '-'], [JSON.stringify({ id: 1, text: QUIET }), JSON.stringify({ id: 2, text: CREDS })].join('\n'));
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, 2]);
    expect(lines[1].findings.some((f: Finding) => f.ruleId === 'security/credentials')).toBe(true);
    const one = check(['--json', '-'], CREDS + '\n');
    expect(one.status).toBe(1);
    expect(JSON.parse(one.stdout)).toEqual(JSON.parse(JSON.stringify(analyze(CREDS))));
  }, T);

  it('exits 2 on bad input: no text, whitespace, unknown flag, unreadable file', () => {
    for (const args of [[], ['   '], ['--frobnicate', 'hello'], ['--jsonl', join(tmp, 'does-not-exist.jsonl')], ['--jsonl']]) {
      const r = check(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^check: /);
      expect(r.stdout).toBe('');
    }
  }, T);

  it('--color marks the excerpt with ANSI codes instead of »…«; --no-color the other way round', () => {
    const c = check(['--color', CREDS]);
    expect(c.status).toBe(1);
    expect(c.stdout).toMatch(/\x1b\[7m\x1b\[1mDoor code/);
    expect(c.stdout).not.toContain('»');
    const n = check(['--no-color', CREDS]);
    expect(n.stdout).not.toContain('\x1b[');
    expect(n.stdout).toContain('»Door code');
  }, T);

  it('--help explains the usage and exits 0', () => {
    const r = check(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--jsonl/);
    expect(r.stdout).toMatch(/Exit status/);
  }, T);

  it('--full uses the NLP layer, or says clearly that it is missing', () => {
    const r = check(['--full', '--json', CREDS]);
    if (existsSync(join(root, 'rules/nlp.ts'))) {
      expect(r.status, r.stderr).toBe(1);
      expect(JSON.parse(r.stdout).some((f: Finding) => f.ruleId === 'security/credentials')).toBe(true);
    } else {
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--full needs the NLP layer \(rules\/nlp\.ts/);
    }
  }, T);
});

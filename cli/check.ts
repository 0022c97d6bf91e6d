/**
 * Command-line checker on the same engine as the extension (rules/index.ts).
 *
 *   npm run check -- "Ring Mrs Patel on 07700 900482"      readable findings
 *   npm run check -- --json "text"                         findings as JSON
 *   npm run check -- --jsonl drafts.jsonl                  one {"id","findings"} line per input line
 *   npm run check -- --jsonl - < drafts.jsonl              the same from stdin
 *   npm run check -- --full "text"                         with the NLP layer (rules/nlp.ts)
 *
 * Exit status: 0 nothing reaches warn or stop; 1 something does; 2 bad input.
 */
import { readFileSync } from 'node:fs';
import { analyzeDetailed, SEVERITY_RANK, type ComposeContext, type Finding, type Settings } from '../rules/index';
import type { AnalyzeOptions } from '../rules/engine';

const HELP = `Think Twice: check a draft against the council social-media rules.

Usage:
  npm run check -- [options] "draft text"
  npm run check -- [options] -                 read one draft from stdin
  npm run check -- --jsonl FILE|-              check many drafts, one JSON object per line:
                                               {"id", "text", "context"?, "settings"?}
Options:
  --json               print the findings as JSON (an array)
  --jsonl FILE|-       batch mode: writes one line {"id","findings":[...]} per input line, same order
  --full               full analysis with the NLP layer (rules/nlp.ts); default is the fast path
  --context JSON       compose context for a single draft, e.g. '{"kind":"reply"}'
  --settings JSON      settings for a single draft, e.g. '{"lists":{"councillors":["Jo Bloggs"]}}'
  --color / --no-color force or disable ANSI highlighting (default: on when stdout is a terminal)
  -h, --help           this help

Exit status: 0 when nothing reaches warn or stop, 1 when something does, 2 for bad input.
Tip: \`npm run -s check -- --json …\` keeps npm's banner out of the JSON.
`;

class UsageError extends Error {}

interface Options {
  json: boolean;
  jsonl: string | null;
  full: boolean;
  color: boolean;
  context: ComposeContext;
  settings: Settings;
  text: string[];
  stdinText: boolean;
}

function parseArgs(argv: string[]): Options | 'help' {
  const o: Options = {
    json: false,
    jsonl: null,
    full: false,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    context: {},
    settings: {},
    text: [],
    stdinText: false,
  };
  let rest = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (rest) { o.text.push(a); continue; }
    const value = (name: string) => {
      if (i + 1 >= argv.length) throw new UsageError(`${name} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--': rest = true; break;
      case '-h': case '--help': return 'help';
      case '--json': o.json = true; break;
      case '--jsonl': o.jsonl = value(a); break;
      case '--full': o.full = true; break;
      case '--color': case '--colour': o.color = true; break;
      case '--no-color': case '--no-colour': o.color = false; break;
      case '--context': o.context = parseObject(value(a), '--context') as ComposeContext; break;
      case '--settings': o.settings = parseObject(value(a), '--settings') as Settings; break;
      case '-': o.stdinText = true; break;
      default:
        if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) throw new UsageError(`unknown option ${a} (see --help)`);
        o.text.push(a);
    }
  }
  if (o.jsonl !== null && (o.text.length > 0 || o.stdinText)) throw new UsageError('--jsonl takes its drafts from the file, not from the command line');
  return o;
}

function parseObject(s: string, what: string): object {
  let v: unknown;
  try {
    v = JSON.parse(s);
  } catch (e) {
    throw new UsageError(`${what}: not valid JSON (${(e as Error).message})`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new UsageError(`${what}: must be a JSON object`);
  return v;
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read stdin: ${(e as Error).message}`);
  }
}

async function loadNlp(): Promise<AnalyzeOptions> {
  let mod: any;
  try {
    mod = await import('../rules/nlp');
  } catch (e) {
    throw new UsageError(`--full needs the NLP layer (rules/nlp.ts, createNlp), which could not be loaded: ${(e as Error).message}`);
  }
  if (typeof mod.createNlp !== 'function') throw new UsageError('--full: rules/nlp.ts does not export createNlp() yet');
  const nlp = await mod.createNlp();
  if (typeof nlp !== 'function') throw new UsageError('--full: createNlp() did not return a parser function');
  return { mode: 'full', nlp };
}

/** Findings of one draft; a rule that throws is reported on stderr and the others still count (fail open). */
function analyze(text: string, context: ComposeContext | undefined, settings: Settings | undefined, opts: AnalyzeOptions, where = ''): Finding[] {
  const r = analyzeDetailed(text, context, settings, opts);
  for (const e of r.errors) process.stderr.write(`check: ${where}rule ${e.ruleId} failed and was skipped: ${e.message}\n`);
  return r.findings;
}

const reaches = (fs: readonly Finding[]) => fs.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warn);

// ---------- readable output ----------

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', inverse: '\x1b[7m', reset: '\x1b[0m' };

/** The line holding the finding, with the excerpt marked, cut to about 100 characters around it. */
export function markedLine(text: string, f: Pick<Finding, 'start' | 'end'>, color: boolean): string {
  let ls = text.lastIndexOf('\n', f.start - 1) + 1;
  let le = text.indexOf('\n', f.end);
  if (le < 0) le = text.length;
  let pre = '', post = '';
  if (f.start - ls > 50) { ls = f.start - 45; pre = '…'; }
  if (le - f.end > 50) { le = f.end + 45; post = '…'; }
  const end = f.end;
  const inner = text.slice(f.start, end).replace(/\n/g, '⏎');
  const mark = color ? `${ANSI.inverse}${ANSI.bold}${inner}${ANSI.reset}` : `»${inner}«`;
  return pre + text.slice(ls, f.start) + mark + text.slice(end, le) + post;
}

export function formatFindings(text: string, fs: readonly Finding[], color: boolean): string {
  const c = (code: keyof typeof ANSI, s: string) => (color ? ANSI[code] + s + ANSI.reset : s);
  if (fs.length === 0) return c('dim', 'No findings: nothing in this draft breaks the rules we check.') + '\n';
  const out: string[] = [];
  const worst = fs.reduce((w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w), fs[0].severity);
  out.push(`${fs.length} finding${fs.length === 1 ? '' : 's'} (worst: ${worst})`, '');
  for (const f of fs) {
    const sev = f.severity.toUpperCase().padEnd(4);
    const sevC = f.severity === 'stop' ? c('red', sev) : f.severity === 'warn' ? c('yellow', sev) : c('cyan', sev);
    out.push(`${c('bold', `[${sevC}${color ? ANSI.bold : ''}]`)} ${c('bold', f.ruleId)}: ${f.title}`);
    out.push(`  ${markedLine(text, f, color)}`);
    out.push(`  ${c('dim', `offsets ${f.start}–${f.end}:`)} "${f.excerpt}"`);
    out.push(`  ${f.message}`);
    out.push(`  Action: ${f.action}`);
    if (f.policy.length) {
      out.push('  Policy:');
      for (const p of f.policy) out.push(`    - ${p.file}, ${p.section}: “${p.quote}”`);
    }
    out.push('');
  }
  return out.join('\n');
}

// ---------- batch mode ----------

interface BatchLine {
  id: unknown;
  text: string;
  context?: ComposeContext;
  settings?: Settings;
}

/** Validates one JSONL line: the reason it is malformed, or the input. */
export function parseBatchLine(line: string): BatchLine | string {
  let v: any;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return 'not a JSON object';
  if (!('text' in v)) return 'missing "text"';
  if (typeof v.text !== 'string') return `"text" must be a string, got ${v.text === null ? 'null' : typeof v.text}`;
  for (const k of ['context', 'settings'] as const) {
    if (k in v && v[k] !== undefined && (v[k] === null || typeof v[k] !== 'object' || Array.isArray(v[k])))
      return `"${k}" must be an object, got ${v[k] === null ? 'null' : Array.isArray(v[k]) ? 'an array' : typeof v[k]}`;
  }
  return v as BatchLine;
}

async function runBatch(o: Options, opts: AnalyzeOptions): Promise<number> {
  let input: string;
  if (o.jsonl === '-') input = readStdin();
  else {
    try {
      input = readFileSync(o.jsonl!, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${o.jsonl}: ${(e as Error).message}`);
    }
  }
  const lines = input.split(/\r?\n/);
  let bad = false;
  let flagged = false;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const parsed = parseBatchLine(lines[i]);
    if (typeof parsed === 'string') {
      process.stderr.write(`line ${i + 1}: ${parsed}\n`);
      bad = true;
      continue;
    }
    const findings = analyze(parsed.text, parsed.context, parsed.settings, opts, `line ${i + 1}: `);
    if (reaches(findings)) flagged = true;
    out.push(JSON.stringify({ id: parsed.id ?? i + 1, findings }));
    if (out.length >= 200) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return bad ? 2 : flagged ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  let o: Options | 'help';
  try {
    o = parseArgs(argv);
    if (o === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    const opts: AnalyzeOptions = o.full ? await loadNlp() : { mode: 'fast' };
    if (o.jsonl !== null) return await runBatch(o, opts);
    const text = o.stdinText ? readStdin().replace(/\r?\n$/, '') : o.text.join(' ');
    if (text.trim() === '') throw new UsageError('no text to check (give the draft as an argument, "-" for stdin, or --jsonl FILE; see --help)');
    const findings = analyze(text, o.context, o.settings, opts);
    process.stdout.write(o.json ? JSON.stringify(findings, null, 2) + '\n' : formatFindings(text, findings, o.color));
    return reaches(findings) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`check: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

const isMain = process.argv[1] && /check\.[cm]?[tj]s$/.test(process.argv[1]);
if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => {
      process.stderr.write(`check: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

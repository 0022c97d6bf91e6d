import type { Rule } from './define';
import { RuleCues, definedGates, type CuePlan } from './cues';
import { TextDoc, type NlpParser } from './doc';
import { orderSources } from './packs';
import { RULES } from './registry';
import { LiteralMatcher } from './shared/literal';
import { SEVERITY_RANK, type ComposeContext, type Finding, type Hit, type Settings, type Severity } from './types';

export interface AnalyzeOptions {
  /**
   * 'fast' skips the NLP layer (every rule still answers with its fast-path signals);
   * 'full' uses `nlp` when given.
   */
  mode?: 'fast' | 'full';
  /** The NLP parser for the full analysis (see rules/nlp.ts); without it the fast path stands. */
  nlp?: NlpParser | null;
  /** Run only these rules (tests, the conformance check). */
  only?: readonly string[];
  /** Rules to use instead of the registry (tests). */
  rules?: readonly Rule[];
}

export interface RuleError {
  ruleId: string;
  message: string;
}

export interface AnalysisResult {
  findings: Finding[];
  /** Rules that threw: the others still ran, and the draft is never blocked by our own fault. */
  errors: RuleError[];
  mode: 'fast' | 'full';
}

/** Which findings of the draft, why and where. Never throws for any string. */
export function analyze(text: string, context?: ComposeContext, settings?: Settings, options?: AnalyzeOptions): Finding[] {
  return analyzeDetailed(text, context, settings, options).findings;
}

export function analyzeDetailed(text: string, context: ComposeContext = {}, settings: Settings = {}, options: AnalyzeOptions = {}): AnalysisResult {
  if (typeof text !== 'string') throw new TypeError(`analyze() needs the draft as a string, got ${text === null ? 'null' : typeof text}`);
  const mode = options.mode === 'full' && options.nlp ? 'full' : 'fast';
  const doc = new TextDoc(text, context ?? {}, settings ?? {}, mode === 'full' ? options.nlp ?? null : null);
  const errors: RuleError[] = [];
  const findings: Finding[] = [];
  if (text.trim() === '') return { findings, errors, mode };
  const all = options.rules ?? RULES;
  const cues = ruleCues(all);
  const plan = cues.plan(all);
  const active = activeRules(doc, options, plan);
  // One reading of the draft for every rule's cues: a rule whose cues are absent cannot fire.
  const state = active.indices.length > 0 ? cues.read(doc, active.anySkeleton) : null;
  if (state) doc.cueState = state;
  for (const k of active.indices) {
    const rule = all[k];
    if (state && !cues.passesAt(plan, k, state)) continue;
    let hits: Hit[];
    try {
      hits = rule.detect(doc);
    } catch (e) {
      errors.push({ ruleId: rule.id, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    for (const h of hits) {
      const f = toFinding(rule, h, doc);
      if (f) findings.push(f);
    }
  }
  return { findings: suppressAllowlisted(dedupe(findings), doc).sort(byPosition), errors, mode };
}

/** The strongest severity among findings, or null. */
export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

export function isRuleEnabled(rule: Rule, doc: TextDoc): boolean {
  const explicit = doc.settings.rules?.[rule.id];
  if (explicit !== undefined) return explicit;
  return rule.sets.some((s) => doc.setState(s) !== 'off');
}

const cueReaders = new WeakMap<readonly Rule[], { cues: RuleCues; gates: number }>();
/** The cues of these rules and of every shared helper's gate, read in one pass. */
function ruleCues(rules: readonly Rule[]): RuleCues {
  const gates = definedGates();
  let c = cueReaders.get(rules);
  if (!c || c.gates !== gates.length) cueReaders.set(rules, (c = { cues: new RuleCues(rules, gates), gates: gates.length }));
  return c.cues;
}

/** The rules that run on a draft, as positions in the rule list, and whether one of them reads the skeleton. */
interface Active { indices: number[]; anySkeleton: boolean }

const defaultActive = new WeakMap<readonly Rule[], Active>();

function activeRules(doc: TextDoc, options: AnalyzeOptions, plan: CuePlan): Active {
  const all = options.rules ?? RULES;
  const only = options.only ? new Set(options.only) : null;
  // Default settings (no per-rule or per-set choices): the same rules for every draft.
  const defaults = !only && doc.settings.rules === undefined && doc.settings.ruleSets === undefined;
  if (defaults) {
    const hit = defaultActive.get(all);
    if (hit) return hit;
  }
  const out: Active = { indices: [], anySkeleton: false };
  all.forEach((r, k) => {
    if ((only ? only.has(r.id) : true) && isRuleEnabled(r, doc)) {
      out.indices.push(k);
      if (plan.onSkeleton[k]) out.anySkeleton = true;
    }
  });
  if (defaults) defaultActive.set(all, out);
  return out;
}

function toFinding(rule: Rule, h: Hit, doc: TextDoc): Finding | null {
  const n = doc.text.length;
  const start = Math.max(0, Math.min(n, Math.floor(h.start))) + doc.offset;
  const end = Math.max(start - doc.offset, Math.min(n, Math.floor(h.end))) + doc.offset;
  if (!(end > start) && n > 0) return null;
  const excerpt = doc.text.slice(start - doc.offset, end - doc.offset);
  const vars = { excerpt, ...h.vars };
  return {
    ruleId: rule.id,
    family: rule.family,
    severity: h.severity ?? rule.severity,
    start,
    end,
    excerpt,
    title: rule.title,
    message: fill(rule.message, vars),
    action: fill(rule.action, vars),
    policy: orderSources(rule.policy, doc.settings.policyPack, rule.id),
  };
}

const PLACEHOLDER = /\{(\w+)\}/g;
/** Each template cut once at its placeholders: [text, name, text, name, …, text]. */
const templateParts = new Map<string, string[]>();

function fill(template: string, vars: Record<string, string>): string {
  // Most templates (every action) have no placeholder: the same string back without a regex pass.
  if (template.indexOf('{') < 0) return template;
  let parts = templateParts.get(template);
  if (!parts) {
    parts = [];
    let last = 0;
    PLACEHOLDER.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = PLACEHOLDER.exec(template)); last = m.index + m[0].length) parts.push(template.slice(last, m.index), m[1]);
    parts.push(template.slice(last));
    if (templateParts.size < 1000) templateParts.set(template, parts);
  }
  // As template.replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? vars.excerpt), without a regex pass per finding.
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) out += (vars[parts[k]] ?? vars.excerpt) + parts[k + 1];
  return out;
}

function dedupe(fs: Finding[]): Finding[] {
  if (fs.length < 2) return fs;
  const best = new Map<string, Finding>();
  for (const f of fs) {
    const key = `${f.ruleId}:${f.start}:${f.end}`;
    const prev = best.get(key);
    if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity]) best.set(key, f);
  }
  return [...best.values()];
}

const allowCache = new WeakMap<string[], LiteralMatcher>();

/** The member's allowlist: a finding that lies within an allowlisted phrase is dropped. */
function suppressAllowlisted(fs: Finding[], doc: TextDoc): Finding[] {
  const list = doc.settings.allowlist;
  if (!list || list.length === 0 || fs.length === 0) return fs;
  let m = allowCache.get(list);
  if (!m) {
    m = new LiteralMatcher(list.filter((s) => typeof s === 'string'));
    allowCache.set(list, m);
  }
  const spans = m.find(doc.skeleton).map((s) => ({ start: s.start + doc.offset, end: s.end + doc.offset }));
  return fs.filter((f) => !spans.some((s) => s.start <= f.start && f.end <= s.end));
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.ruleId < b.ruleId ? -1 : 1);
}

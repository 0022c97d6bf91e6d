/**
 * The councillor-posts hold-out set (bench/data/councillor-posts.ts) is well formed: unique ids,
 * enough clean and risky posts, every family covered, valid contexts and settings, and texts that
 * are independent of the rules catalog's examples. It deliberately asserts no accuracy figure: the
 * rules are still being tuned, and the set is a measurement, not a target.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUNCILLOR_POSTS, type CouncillorPost } from '../../bench/data/councillor-posts';
import { analyze } from '../../rules/engine';
import { FAMILIES, RULE_SET_IDS, type ComposeContext, type Settings } from '../../rules/types';

const KINDS = ['post', 'reply', 'comment', 'share'];
const PLATFORMS = ['facebook', 'x', 'instagram', 'nextdoor'];
const SEVERITIES = ['info', 'warn', 'stop'];
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const LIST_KEYS = new Set([
  'profile', 'ownPublishedContacts', 'ownPrivateDetails', 'familyNames', 'childrensSchools', 'officers', 'councillors',
  'confidentialTerms', 'exemptItems', 'committees', 'liveApplications', 'meetings', 'elections', 'imprint', 'councilNumbers',
  'councilDomains', 'controversialTopics', 'lowReliabilityDomains', 'ownShortLinks',
]);

const clean = COUNCILLOR_POSTS.filter((p) => p.expect === 'clean');
const risky = COUNCILLOR_POSTS.filter((p): p is CouncillorPost & { expect: Exclude<CouncillorPost['expect'], 'clean'> } => p.expect !== 'clean');

function isDateLike(v: unknown): boolean {
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  if (typeof v === 'number') return Number.isFinite(v);
  return typeof v === 'string' && ISO_LOCAL.test(v) && !Number.isNaN(new Date(v).getTime());
}

/** Problems with a context's shape, as readable strings (empty when valid). */
function contextProblems(c: ComposeContext): string[] {
  const out: string[] = [];
  const known = new Set(['kind', 'platform', 'now', 'hasMedia', 'mediaKind', 'mediaNames', 'parentText', 'sharedText', 'sharedUrl', 'sharedDate', 'locationTag', 'account', 'history']);
  for (const k of Object.keys(c)) if (!known.has(k)) out.push(`unknown context field ${k}`);
  if (c.kind !== undefined && !KINDS.includes(c.kind)) out.push(`kind ${c.kind}`);
  if (c.platform !== undefined && !PLATFORMS.includes(c.platform)) out.push(`platform ${c.platform}`);
  if (c.now !== undefined && !isDateLike(c.now)) out.push(`now ${String(c.now)}`);
  if (c.hasMedia !== undefined && typeof c.hasMedia !== 'boolean') out.push('hasMedia not boolean');
  if (c.mediaKind !== undefined && !['image', 'video'].includes(c.mediaKind)) out.push(`mediaKind ${c.mediaKind}`);
  if ((c.mediaKind || c.mediaNames) && c.hasMedia !== true) out.push('media described but hasMedia is not true');
  if (c.mediaNames !== undefined && !(Array.isArray(c.mediaNames) && c.mediaNames.every((n) => typeof n === 'string' && n.length > 0))) out.push('mediaNames');
  for (const k of ['parentText', 'sharedText', 'sharedUrl', 'locationTag'] as const) if (c[k] !== undefined && (typeof c[k] !== 'string' || c[k] === '')) out.push(k);
  if (c.parentText !== undefined && c.kind !== 'reply' && c.kind !== 'comment') out.push('parentText without a reply or comment');
  if (c.sharedText !== undefined && c.kind !== 'share') out.push('sharedText without a share');
  if (c.sharedUrl !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(c.sharedUrl)) out.push(`sharedUrl ${c.sharedUrl}`);
  if (c.account !== undefined && !['councillor', 'personal'].includes(c.account)) out.push(`account ${c.account}`);
  if (c.history !== undefined) {
    if (!Array.isArray(c.history)) out.push('history not an array');
    else for (const h of c.history) if (typeof h.target !== 'string' || h.target === '' || typeof h.at !== 'number' || !Number.isFinite(h.at)) out.push(`history entry ${JSON.stringify(h)}`);
    if (c.now === undefined) out.push('history without now');
  }
  return out;
}

/** Problems with a settings object's shape (empty when valid). */
function settingsProblems(s: Settings): string[] {
  const out: string[] = [];
  for (const k of Object.keys(s)) if (!['ruleSets', 'rules', 'lists', 'allowlist', 'policyPack'].includes(k)) out.push(`unknown settings field ${k}`);
  for (const k of Object.keys(s.ruleSets ?? {})) if (!(RULE_SET_IDS as readonly string[]).includes(k)) out.push(`rule set ${k}`);
  const l = s.lists ?? {};
  for (const k of Object.keys(l)) if (!LIST_KEYS.has(k)) out.push(`unknown list ${k}`);
  const strings = (name: string, v: unknown) => {
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== ''))) out.push(`${name} must be non-empty strings`);
  };
  for (const k of ['ownPublishedContacts', 'ownPrivateDetails', 'familyNames', 'childrensSchools', 'councillors', 'exemptItems', 'liveApplications', 'councilNumbers', 'councilDomains', 'controversialTopics', 'lowReliabilityDomains', 'ownShortLinks'] as const) strings(k, l[k]);
  for (const o of l.officers ?? []) if (typeof o.name !== 'string' || o.name.trim() === '') out.push('officer without a name');
  for (const c of l.committees ?? []) if (typeof c.name !== 'string' || c.name.trim() === '') out.push('committee without a name');
  for (const m of l.meetings ?? []) {
    if (typeof m.title !== 'string' || !isDateLike(m.start)) out.push(`meeting ${m.title}`);
    if (m.end !== undefined && (!isDateLike(m.end) || new Date(m.end) <= new Date(m.start))) out.push(`meeting end ${m.title}`);
  }
  for (const e of l.elections ?? []) {
    if (!isDateLike(e.noticeOfElection) || !isDateLike(e.pollingDay)) out.push('election dates');
    else if (new Date(e.noticeOfElection) >= new Date(e.pollingDay)) out.push('notice of election after polling day');
  }
  for (const t of l.confidentialTerms ?? []) {
    if (typeof t === 'string') { if (t.trim() === '') out.push('empty confidential term'); }
    else if (typeof t.term !== 'string' || t.term.trim() === '' || (t.publicFrom !== undefined && !isDateLike(t.publicFrom))) out.push('confidential term');
  }
  return out;
}

describe('councillor-posts hold-out set', () => {
  it('has unique, well-formed ids that say clean or risky-<family>', () => {
    const ids = COUNCILLOR_POSTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of COUNCILLOR_POSTS) {
      if (p.expect === 'clean') expect(p.id).toMatch(/^clean-[a-z-]+-\d{2}$/);
      else expect(p.id).toMatch(new RegExp(`^risky-(${FAMILIES.join('|')})-\\d{2}$`));
    }
  });

  it('has at least 300 clean and 120 risky posts', () => {
    expect(clean.length).toBeGreaterThanOrEqual(300);
    expect(risky.length).toBeGreaterThanOrEqual(120);
  });

  it('covers every family with risky posts, at least four expecting warn or stop', () => {
    for (const fam of FAMILIES) {
      const n = risky.filter((p) => p.expect.some((e) => e.family === fam && e.severity !== 'info')).length;
      expect(n, fam).toBeGreaterThanOrEqual(4);
    }
  });

  it('labels each risky post with known families and severities, its own family first, no family twice', () => {
    for (const p of risky) {
      expect(p.expect.length, p.id).toBeGreaterThan(0);
      for (const e of p.expect) {
        expect((FAMILIES as readonly string[]).includes(e.family), `${p.id} ${e.family}`).toBe(true);
        expect(SEVERITIES.includes(e.severity), `${p.id} ${e.severity}`).toBe(true);
      }
      expect(new Set(p.expect.map((e) => e.family)).size, p.id).toBe(p.expect.length);
      expect(p.id.startsWith(`risky-${p.expect[0].family}-`), p.id).toBe(true);
    }
  });

  it('has non-empty texts of varied length, none longer than 600 characters, no duplicate texts', () => {
    const lengths = COUNCILLOR_POSTS.map((p) => p.text.length);
    for (const p of COUNCILLOR_POSTS) {
      expect(p.text.trim().length, p.id).toBeGreaterThan(0);
      expect(p.text.length, p.id).toBeLessThanOrEqual(600);
    }
    expect(Math.min(...lengths)).toBeLessThan(40);
    expect(Math.max(...lengths)).toBeGreaterThan(250);
    const texts = COUNCILLOR_POSTS.map((p) => p.text.trim().toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('has valid contexts and settings', () => {
    const problems: string[] = [];
    for (const p of COUNCILLOR_POSTS) {
      if (p.context) for (const m of contextProblems(p.context)) problems.push(`${p.id}: ${m}`);
      if (p.settings) for (const m of settingsProblems(p.settings)) problems.push(`${p.id}: ${m}`);
    }
    expect(problems).toEqual([]);
  });

  it('varies platform and compose context', () => {
    const count = (f: (p: CouncillorPost) => boolean) => COUNCILLOR_POSTS.filter(f).length;
    for (const pl of PLATFORMS) expect(count((p) => p.context?.platform === pl), pl).toBeGreaterThanOrEqual(5);
    expect(count((p) => p.context?.kind === 'reply' && !!p.context.parentText)).toBeGreaterThanOrEqual(20);
    expect(count((p) => p.context?.kind === 'share')).toBeGreaterThanOrEqual(10);
    expect(count((p) => p.context?.hasMedia === true)).toBeGreaterThanOrEqual(20);
    expect(count((p) => p.context?.now !== undefined)).toBeGreaterThanOrEqual(20);
  });

  it('gives the list-dependent risky posts the lists their rules need', () => {
    const withList = (fam: string, list: keyof NonNullable<Settings['lists']>) =>
      risky.filter((p) => p.expect[0].family === fam && p.settings?.lists?.[list] !== undefined).length;
    expect(withList('predetermination', 'committees')).toBeGreaterThanOrEqual(4);
    expect(withList('elections', 'elections')).toBeGreaterThanOrEqual(4);
    expect(withList('confidential-information', 'confidentialTerms')).toBeGreaterThanOrEqual(2);
    expect(withList('officers', 'officers')).toBeGreaterThanOrEqual(3);
    expect(withList('personal-safety', 'ownPrivateDetails')).toBeGreaterThanOrEqual(2);
    // Election-period posts are inside their window; meeting posts inside their meeting.
    for (const p of risky.filter((q) => q.expect[0].family === 'elections')) {
      const now = new Date(p.context!.now as string);
      const e = p.settings!.lists!.elections![0];
      expect(now >= new Date(e.noticeOfElection) && now <= new Date(`${e.pollingDay}T23:59:59`), p.id).toBe(true);
    }
  });

  it('is independent of the rules catalog: no post shares a six-word run with a catalog example', () => {
    const catalog = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/spec/rules-catalog.md');
    if (!existsSync(catalog)) throw new Error(`rules catalog not found at ${catalog}`);
    const words = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];
    const grams = (s: string, n = 6) => {
      const w = words(s);
      const out = new Set<string>();
      for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
      return out;
    };
    const examples = readFileSync(catalog, 'utf8').split('\n').filter((l) => /^\d+\. `/.test(l));
    expect(examples.length).toBeGreaterThan(200);
    const ref = new Set<string>();
    for (const l of examples) for (const g of grams(l)) ref.add(g);
    const shared = COUNCILLOR_POSTS.flatMap((p) => [...grams(p.text)].filter((g) => ref.has(g)).map((g) => `${p.id}: ${g}`));
    expect(shared).toEqual([]);
  });

  it('runs through analyze() in fast mode without errors for every post', () => {
    for (const p of COUNCILLOR_POSTS) expect(() => analyze(p.text, p.context, p.settings), p.id).not.toThrow();
  });
});

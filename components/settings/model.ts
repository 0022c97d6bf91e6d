/**
 * The member's settings as stored by the background worker: typed, versioned, validated.
 * Pure (no browser APIs), so the popup, options page, worker, content script and tests share it.
 */
import { POLICY_PACKS } from '../../rules/packs';
import { RULE_SETS } from '../../rules/sets';
import type { MemberLists, Platform, RuleSetId, Settings } from '../../rules/types';
import { FAMILIES, RULE_SET_IDS } from '../../rules/types';

export const SETTINGS_VERSION = 2;
export const PLATFORMS: readonly Platform[] = ['facebook', 'x', 'instagram', 'nextdoor'];

export interface StoredSettings {
  /** Master switch. */
  enabled: boolean;
  /** "Pause for an hour": checking resumes at this time (epoch ms), or null. */
  pausedUntil: number | null;
  sites: Record<Platform, boolean>;
  ruleSets: Partial<Record<RuleSetId, boolean | 'auto'>>;
  /** Per-rule switches by rule id. */
  rules: Record<string, boolean>;
  policyPack: string;
  lists: MemberLists;
  allowlist: string[];
}

/** Per-site health, written by the content script and shown by the popup: is checking really working there? */
export type HealthState = 'checking here' | 'not checking here';
export interface SiteHealth {
  state: HealthState;
  reason: string;
  /** Epoch ms of the last change. */
  at: number;
}
export type HealthBySite = Partial<Record<Platform, SiteHealth>>;

export function defaultSettings(): StoredSettings {
  return {
    enabled: true,
    pausedUntil: null,
    sites: { facebook: true, x: true, instagram: true, nextdoor: true },
    ruleSets: Object.fromEntries(RULE_SETS.map((s) => [s.id, s.default])) as StoredSettings['ruleSets'],
    rules: {},
    policyPack: 'generic',
    lists: {},
    allowlist: [],
  };
}

/** What the rules engine needs from the stored settings. */
export function toEngineSettings(s: StoredSettings): Settings {
  return { ruleSets: s.ruleSets, rules: s.rules, lists: s.lists, allowlist: s.allowlist, policyPack: s.policyPack };
}

/** Whether checking is on for a site right now. */
export function isChecking(s: StoredSettings, site: Platform, now = Date.now()): boolean {
  return s.enabled && s.sites[site] !== false && !(s.pausedUntil !== null && now < s.pausedUntil);
}

// ---------------------------------------------------------------------------------------------
// Validation: every value from an import file or a managed policy is checked here, field by
// field, with a reason a member can read. Nothing is half-applied: callers apply only an ok result.

export type Result<T> = { ok: true; value: T; errors?: undefined } | { ok: false; errors: string[] };

type Check = (v: unknown, path: string, errors: string[]) => unknown;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_LIST = 2000;
const MAX_TEXT = 500;

function str(max = MAX_TEXT): Check {
  return (v, path, errors) => {
    if (typeof v !== 'string') return void errors.push(`${path} must be text`);
    if (v.length > max) return void errors.push(`${path} is longer than ${max} characters`);
    return v;
  };
}

const bool: Check = (v, path, errors) => (typeof v === 'boolean' ? v : void errors.push(`${path} must be true or false`));

function isoDate(path: string, v: unknown, errors: string[], withTime = false): string | undefined {
  if (typeof v !== 'string' || Number.isNaN(new Date(v).getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(v)) {
    errors.push(`${path} must be a date like 2027-05-06${withTime ? ' or 2027-05-06T18:30' : ''}`);
    return undefined;
  }
  return v;
}

function list<T>(item: Check, max = MAX_LIST): Check {
  return (v, path, errors) => {
    if (!Array.isArray(v)) return void errors.push(`${path} must be a list`);
    if (v.length > max) return void errors.push(`${path} has more than ${max} entries`);
    const out: T[] = [];
    v.forEach((x, i) => {
      const before = errors.length;
      const r = item(x, `${path}[${i + 1}]`, errors);
      if (errors.length === before) out.push(r as T);
    });
    return out;
  };
}

function record(fields: Record<string, Check>, { required = [] as string[] } = {}): Check {
  return (v, path, errors) => {
    if (!isObj(v)) return void errors.push(`${path} must be an object`);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (!(k in fields)) {
        errors.push(`${path}.${k} is not a setting Think Twice knows`);
        continue;
      }
      if (v[k] === undefined) continue;
      const r = fields[k](v[k], `${path}.${k}`, errors);
      if (r !== undefined) out[k] = r;
    }
    for (const k of required) if (!(k in v)) errors.push(`${path}.${k} is missing`);
    return out;
  };
}

const officer = record({ name: str(120), department: str(120) }, { required: ['name'] });
const committee = record({ name: str(120), type: str(60), substitute: bool }, { required: ['name'] });
const meeting: Check = (v, path, errors) => {
  const r = record({ title: str(200), start: str(40), end: str(40), type: str(60), quasiJudicial: bool }, { required: ['title', 'start'] })(v, path, errors) as Record<string, unknown> | undefined;
  if (!r) return undefined;
  if (r.start !== undefined) isoDate(`${path}.start`, r.start, errors, true);
  if (r.end !== undefined) isoDate(`${path}.end`, r.end, errors, true);
  if (typeof r.start === 'string' && typeof r.end === 'string' && new Date(r.end) < new Date(r.start)) errors.push(`${path} ends before it starts`);
  return r;
};
const election: Check = (v, path, errors) => {
  const r = record({ noticeOfElection: str(40), pollingDay: str(40), name: str(120) }, { required: ['noticeOfElection', 'pollingDay'] })(v, path, errors) as Record<string, unknown> | undefined;
  if (!r) return undefined;
  const a = r.noticeOfElection !== undefined ? isoDate(`${path}.noticeOfElection`, r.noticeOfElection, errors) : undefined;
  const b = r.pollingDay !== undefined ? isoDate(`${path}.pollingDay`, r.pollingDay, errors) : undefined;
  if (a && b && new Date(b) < new Date(a)) errors.push(`${path}: polling day comes before the notice of election`);
  return r;
};
const confidentialTerm: Check = (v, path, errors) => {
  if (typeof v === 'string') return str(200)(v, path, errors);
  const r = record({ term: str(200), publicFrom: str(40) }, { required: ['term'] })(v, path, errors) as Record<string, unknown> | undefined;
  if (r?.publicFrom !== undefined) isoDate(`${path}.publicFrom`, r.publicFrom, errors);
  return r;
};
const nonEmpty = (max: number): Check => (v, path, errors) => {
  const r = str(max)(v, path, errors);
  if (typeof r === 'string' && r.trim() === '') return void errors.push(`${path} is empty`);
  return typeof r === 'string' ? r.trim() : r;
};

const listsCheck = record({
  profile: record({ name: str(120), council: str(120), ward: str(120), party: str(120), roles: list(nonEmpty(120), 50) }),
  ownPublishedContacts: list(nonEmpty(200)),
  ownPrivateDetails: list(nonEmpty(200)),
  familyNames: list(nonEmpty(80)),
  childrensSchools: list(nonEmpty(120)),
  officers: list(officer),
  councillors: list(nonEmpty(120)),
  confidentialTerms: list(confidentialTerm),
  exemptItems: list(nonEmpty(300)),
  committees: list(committee, 50),
  liveApplications: list(nonEmpty(200)),
  meetings: list(meeting),
  elections: list(election, 20),
  imprint: record({ text: str(400), url: str(300) }),
  councilNumbers: list(nonEmpty(40)),
  councilDomains: list(nonEmpty(120)),
  controversialTopics: list(nonEmpty(120)),
  lowReliabilityDomains: list(nonEmpty(120)),
  ownShortLinks: list(nonEmpty(300)),
});

const ruleSetValue: Check = (v, path, errors) => (v === true || v === false || v === 'auto' ? v : void errors.push(`${path} must be on, off or auto`));

// Rule ids are checked by shape, not against the registry, so the popup does not load every rule.
const isRuleId = (k: string) => /^[a-z-]{2,40}\/[a-z0-9-]{2,60}$/.test(k) && (FAMILIES as readonly string[]).includes(k.split('/')[0]);

export const settingsFields: Record<keyof StoredSettings, Check> = {
  enabled: bool,
  pausedUntil: (v, path, errors) => (v === null || (typeof v === 'number' && Number.isFinite(v)) ? v : void errors.push(`${path} must be a time or null`)),
  sites: record(Object.fromEntries(PLATFORMS.map((p) => [p, bool]))),
  ruleSets: record(Object.fromEntries(RULE_SET_IDS.map((id) => [id, ruleSetValue]))),
  rules: (v, path, errors) => {
    if (!isObj(v)) return void errors.push(`${path} must be an object`);
    const out: Record<string, boolean> = {};
    for (const [k, x] of Object.entries(v)) {
      if (!isRuleId(k)) errors.push(`${path}: there is no rule called ${k}`);
      else if (typeof x !== 'boolean') errors.push(`${path}.${k} must be true or false`);
      else out[k] = x;
    }
    return out;
  },
  policyPack: (v, path, errors) =>
    typeof v === 'string' && POLICY_PACKS.some((p) => p.id === v) ? v : void errors.push(`${path} must be one of ${POLICY_PACKS.map((p) => p.id).join(', ')}`),
  lists: listsCheck,
  allowlist: list(nonEmpty(200)),
};

/** Validate a partial settings object (an import file's body or a managed policy). */
export function validatePartial(input: unknown, label = 'settings'): Result<Partial<StoredSettings>> {
  const errors: string[] = [];
  if (!isObj(input)) return { ok: false, errors: [`${label} must be a JSON object`] };
  const out: Partial<StoredSettings> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined) continue;
    if (!(k in settingsFields)) {
      errors.push(`${label}.${k} is not a setting Think Twice knows`);
      continue;
    }
    const r = settingsFields[k as keyof StoredSettings](v, `${label}.${k}`, errors);
    if (r !== undefined) (out as Record<string, unknown>)[k] = r;
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

/** A complete, valid settings object from a partial one, over the defaults. */
export function withDefaults(partial: Partial<StoredSettings>): StoredSettings {
  const d = defaultSettings();
  return {
    ...d,
    ...partial,
    sites: { ...d.sites, ...partial.sites },
    ruleSets: { ...d.ruleSets, ...partial.ruleSets },
    rules: { ...partial.rules },
    lists: { ...partial.lists },
    allowlist: [...(partial.allowlist ?? [])],
  };
}

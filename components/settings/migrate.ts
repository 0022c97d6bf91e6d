/**
 * Settings versions and migrations. Every version ever shipped has a migration to the next, and
 * tests/unit/settings.test.ts migrates a sample of each to the current one.
 *
 * - v1: the first builds stored the engine's own Settings object with no version mark
 *   ({ ruleSets, rules, lists, allowlist, policyPack }); WXT storage reads a missing mark as v1.
 * - v2: adds the master switch, "pause for an hour" and per-site switches.
 */
import { SETTINGS_VERSION, validatePartial, withDefaults, type StoredSettings } from './model';

export interface Migrated {
  settings: StoredSettings;
  /** What could not be kept, in words a member can read (shown once as a notice). */
  notices: string[];
}

/** Migrations keyed by the version they produce, as WXT storage expects. */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old: unknown) => {
    const o = (typeof old === 'object' && old !== null ? old : {}) as Record<string, unknown>;
    const { ruleSets, rules, lists, allowlist, policyPack } = o;
    return { ruleSets, rules, lists, allowlist, policyPack };
  },
};

/**
 * Bring stored settings of any version to the current one. Fields that fail validation are
 * dropped with a notice instead of throwing: a corrupt value never stops checking.
 */
export function migrate(value: unknown, fromVersion: number): Migrated {
  let v = value;
  const notices: string[] = [];
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > SETTINGS_VERSION) {
    notices.push(`Your settings were saved by an unknown version (${fromVersion}); defaults are used instead.`);
    return { settings: withDefaults({}), notices };
  }
  for (let ver = fromVersion + 1; ver <= SETTINGS_VERSION; ver++) v = MIGRATIONS[ver](v);
  const r = repair(v);
  return { settings: r.settings, notices: [...notices, ...r.notices] };
}

/** Keep every valid field of a stored object, drop the rest with a notice. */
export function repair(value: unknown): Migrated {
  const notices: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (value !== undefined && value !== null) notices.push('Your saved settings could not be read; defaults are used instead.');
    return { settings: withDefaults({}), notices };
  }
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const r = validatePartial({ [k]: v });
    if (r.ok) Object.assign(kept, r.value);
    else notices.push(`Dropped a saved setting that was not valid: ${r.errors.join('; ')}`);
  }
  return { settings: withDefaults(kept as Partial<StoredSettings>), notices };
}

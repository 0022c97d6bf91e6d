/**
 * Managed policy for councils (storage.managed, set by enterprise policy). Values are merged over
 * the member's own and locked. Chrome drops values that fail managed_schema.json silently and
 * Firefox has no schema at all, so every value is validated here too, and a refused value is
 * reported with its reason instead of being applied.
 */
import { PLATFORMS, validatePartial, type StoredSettings } from './model';
import { RULE_SET_IDS } from '../../rules/types';

export interface ManagedResult {
  effective: StoredSettings;
  /** Setting paths the council has locked: "enabled", "ruleSets.core-legal", "lists.officers"… */
  locked: string[];
  /** Values the council sent that were refused, with the reason. */
  refused: string[];
}

/** Settings with sub-keys that are locked one by one; everything else locks as a whole. */
const PER_KEY: Record<string, readonly string[] | null> = { sites: PLATFORMS, ruleSets: RULE_SET_IDS, lists: null, rules: null };

export function applyManaged(user: StoredSettings, managed: unknown): ManagedResult {
  const effective: StoredSettings = structuredClone(user);
  const locked: string[] = [];
  const refused: string[] = [];
  if (managed === undefined || managed === null) return { effective, locked, refused };
  if (typeof managed !== 'object' || Array.isArray(managed)) {
    return { effective, locked, refused: ['The council policy is not an object and was ignored.'] };
  }
  for (const [key, value] of Object.entries(managed as Record<string, unknown>)) {
    if (key in PER_KEY && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [sub, subValue] of Object.entries(value as Record<string, unknown>)) {
        const r = validatePartial({ [key]: { [sub]: subValue } }, 'policy');
        if (!r.ok) {
          refused.push(...r.errors);
          continue;
        }
        const target = effective[key as keyof StoredSettings] as Record<string, unknown>;
        target[sub] = (r.value[key as keyof StoredSettings] as Record<string, unknown>)[sub];
        locked.push(`${key}.${sub}`);
      }
      continue;
    }
    const r = validatePartial({ [key]: value }, 'policy');
    if (!r.ok) {
      refused.push(...r.errors);
      continue;
    }
    (effective as unknown as Record<string, unknown>)[key] = r.value[key as keyof StoredSettings];
    locked.push(key);
  }
  return { effective, locked, refused };
}

/** Whether a setting path ("ruleSets.core-legal") is locked, directly or through its parent. */
export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((l) => l === path || path.startsWith(`${l}.`));
}

/** Apply a member's change unless a locked setting would be changed. */
export function guardChange(locked: readonly string[], path: string): { ok: true } | { ok: false; reason: string } {
  return isLocked(locked, path) ? { ok: false, reason: 'Your council has set this for you, so it cannot be changed here.' } : { ok: true };
}

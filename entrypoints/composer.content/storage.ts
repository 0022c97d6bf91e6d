/**
 * What the content script keeps in browser.storage.local: it reads `settings` (rules/types
 * Settings; defaults when absent or malformed) and follows changes, and it records per-site
 * health under `health` for the popup: "checking here" or "not checking here" with a reason.
 */
import type { Platform, Settings } from '../../rules/types';
import { migrate } from '../../components/settings/migrate';
import { applyManaged } from '../../components/settings/managed';
import { isChecking, toEngineSettings, type HealthBySite, type HealthState, type SiteHealth, type StoredSettings } from '../../components/settings/model';

export type { HealthBySite, HealthState, SiteHealth } from '../../components/settings/model';

export const SETTINGS_KEY = 'settings';
/** WXT storage keeps an item's version beside it under `<key>$` ({ v }). */
export const SETTINGS_META_KEY = 'settings$';
export const STATS_KEY = 'stats';
export const HEALTH_KEY = 'health';

/**
 * The settings in force, as the popup and options page see them (components/settings): the stored
 * value at its version, migrated and repaired (a corrupt field is dropped, never fatal), with the
 * council's managed policy over it.
 */
export function effectiveSettings(stored: unknown, meta: unknown, managed: unknown): StoredSettings {
  const v = typeof meta === 'object' && meta !== null && typeof (meta as { v?: unknown }).v === 'number' ? (meta as { v: number }).v : 1;
  const own = stored === undefined || stored === null ? migrate({}, 2).settings : migrate(stored, v).settings;
  return applyManaged(own, managed).effective;
}

/** Whether to check on this site now, and with which engine settings. */
export function checkingState(s: StoredSettings, site: Platform, now = Date.now()): { on: boolean; settings: Settings } {
  return { on: isChecking(s, site, now), settings: toEngineSettings(s) };
}

/** Settings as stored, or defaults ({}) when the value is missing or not an object. */
export function toSettings(v: unknown): Settings {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Settings) : {};
}

/** Merge one site's health into the stored map, keeping the other sites' entries. */
export function mergeHealth(stored: unknown, site: Platform, h: SiteHealth): HealthBySite {
  const base = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as HealthBySite) : {};
  return { ...base, [site]: h };
}

/** Writes health only when it changes, never throwing (a storage error must not stop posting). */
export function createHealthRecorder(site: Platform, write: (update: (old: unknown) => HealthBySite) => Promise<void>) {
  let last = '';
  return (state: HealthState, reason: string): void => {
    const sig = `${state}|${reason}`;
    if (sig === last) return;
    last = sig;
    write((old) => mergeHealth(old, site, { state, reason, at: Date.now() })).catch(() => {
      last = '';
    });
  };
}

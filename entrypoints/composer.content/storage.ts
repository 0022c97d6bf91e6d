/**
 * What the content script keeps in browser.storage.local: it reads `settings` (rules/types
 * Settings; defaults when absent or malformed) and follows changes, and it records per-site
 * health under `health` for the popup: "checking here" or "not checking here" with a reason.
 */
import type { Platform, Settings } from '../../rules/types';

export type HealthState = 'checking here' | 'not checking here';

export interface SiteHealth {
  state: HealthState;
  reason: string;
  /** Epoch ms of the last change. */
  at: number;
}

export type HealthBySite = Partial<Record<Platform, SiteHealth>>;

export const SETTINGS_KEY = 'settings';
export const HEALTH_KEY = 'health';

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

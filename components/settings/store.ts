/**
 * Where settings live in the browser (design.md §7): everything in storage.local (lists can be
 * large and hold private terms, so nothing is synced), versioned through WXT storage with the
 * migrations of migrate.ts; the council's managed policy is read from storage.managed and merged
 * over the member's values by managed.ts. Every write error is returned to the caller to show.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { MIGRATIONS } from './migrate';
import { defaultSettings, SETTINGS_VERSION, type HealthBySite, type StoredSettings } from './model';
import type { Stats } from './stats';

export const settingsItem = storage.defineItem<StoredSettings>('local:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

export const statsItem = storage.defineItem<Stats>('local:stats', { fallback: {} });

export const healthItem = storage.defineItem<HealthBySite>('local:health', { fallback: {} });

/** Read the managed policy, or undefined where the browser has none (or no managed storage). */
export async function readManaged(): Promise<unknown> {
  try {
    const area = browser.storage?.managed;
    if (!area) return undefined;
    const all = await area.get(null);
    return all && Object.keys(all).length > 0 ? all : undefined;
  } catch {
    // Firefox without a policies.json entry throws "Managed storage manifest not found".
    return undefined;
  }
}

/** Save the member's own settings; resolves to an error message, or null when saved. */
export async function saveOwn(next: StoredSettings): Promise<string | null> {
  try {
    await settingsItem.setValue(next);
    return null;
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    if (/QUOTA/i.test(msg)) return 'Not saved: the browser says the storage for Think Twice is full. Remove some list entries and try again.';
    if (/MAX_WRITE_OPERATIONS/i.test(msg)) return 'Not saved: too many changes in a minute. Wait a moment and try again.';
    return `Not saved: ${msg}`;
  }
}

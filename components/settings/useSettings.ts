/**
 * One zustand store for the popup and the options page, mirroring storage: it loads the member's
 * settings with the council's policy over them, saves every change at once, shows write errors
 * and keeps the old value when a write fails, and follows changes made elsewhere (another page,
 * the council's policy changing live).
 */
import { create } from 'zustand';
import { browser } from 'wxt/browser';
import { applyManaged, guardChange } from './managed';
import { repair } from './migrate';
import type { StoredSettings } from './model';
import { defaultSettings, type HealthBySite } from './model';
import { healthItem, readManaged, saveOwn, settingsItem, statsItem } from './store';
import type { Stats } from './stats';

export interface SettingsState {
  loaded: boolean;
  /**
   * True until the council's policy has been read. The browser's first read of managed storage after
   * it starts can take seconds; the member's own settings show at once, with every control disabled
   * until it is known what the council has locked.
   */
  policyPending: boolean;
  /** The member's own values (what is saved). */
  own: StoredSettings;
  /** What is in force: own values with the council's policy over them. */
  effective: StoredSettings;
  locked: string[];
  refused: string[];
  notices: string[];
  health: HealthBySite;
  stats: Stats;
  /** The last save error, shown until the next successful save. */
  error: string | null;
  /** A short confirmation after a save, for screen readers and sighted users alike. */
  saved: string | null;
  load(): Promise<void>;
  /** Change one setting (path such as "ruleSets.tone" is checked against the council's locks). */
  change(path: string, mutate: (draft: StoredSettings) => void, label?: string): Promise<boolean>;
  replaceAll(next: StoredSettings): Promise<boolean>;
  clearStats(): Promise<void>;
}

export const useSettings = create<SettingsState>((set, get) => ({
  loaded: false,
  policyPending: true,
  own: defaultSettings(),
  effective: defaultSettings(),
  locked: [],
  refused: [],
  notices: [],
  health: {},
  stats: {},
  error: null,
  saved: null,

  async load() {
    const managed = readManaged();
    const [stored, health, stats] = await Promise.all([settingsItem.getValue().catch(() => undefined), healthItem.getValue(), statsItem.getValue()]);
    const { settings: own, notices } = repair(stored);
    const show = (policy: unknown, policyPending: boolean) => {
      const m = applyManaged(own, policy);
      set({ loaded: true, policyPending, own, effective: m.effective, locked: m.locked, refused: m.refused, notices, health, stats });
    };
    if (!get().loaded) show(undefined, true);
    show(await managed, false);
  },

  async change(path, mutate, label) {
    if (get().policyPending) {
      set({ error: "Still reading your council's settings; try again in a moment.", saved: null });
      return false;
    }
    const guard = guardChange(get().locked, path);
    if (!guard.ok) {
      set({ error: guard.reason, saved: null });
      return false;
    }
    const next = structuredClone(get().own);
    mutate(next);
    // Show the change at once (a switch must not flick back while the write is under way);
    // a failed write reloads the stored value and shows why.
    const shown = structuredClone(get().effective);
    mutate(shown);
    set({ own: next, effective: shown });
    const error = await saveOwn(next);
    if (error) {
      set({ error, saved: null });
      await get().load();
      return false;
    }
    set({ error: null, saved: label ? `Saved: ${label}` : 'Saved' });
    await get().load();
    return true;
  },

  async replaceAll(next) {
    const error = await saveOwn(next);
    set(error ? { error, saved: null } : { error: null, saved: 'Settings imported' });
    await get().load();
    return !error;
  },

  async clearStats() {
    await statsItem.setValue({});
    set({ saved: 'Statistics cleared' });
    await get().load();
  },
}));

/** Follow storage changes made elsewhere (other pages, the worker, the council's policy). */
export function followStorage(): () => void {
  const reload = () => void useSettings.getState().load();
  const unwatch = [settingsItem.watch(reload), statsItem.watch(reload), healthItem.watch(reload)];
  const onManaged = (_: unknown, area: string) => {
    if (area === 'managed') reload();
  };
  browser.storage.onChanged.addListener(onManaged);
  return () => {
    unwatch.forEach((u) => u());
    browser.storage.onChanged.removeListener(onManaged);
  };
}

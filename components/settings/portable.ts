/**
 * Import and export of settings as a JSON file. An import is validated whole before anything is
 * applied: a bad file is refused with every reason, and the member's settings stay as they were.
 */
import { SETTINGS_VERSION, validatePartial, withDefaults, type Result, type StoredSettings } from './model';
import { MIGRATIONS } from './migrate';

export const EXPORT_KIND = 'think-twice-settings';

export function exportSettings(s: StoredSettings, now = new Date()): string {
  return JSON.stringify({ kind: EXPORT_KIND, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings: s }, null, 2);
}

export function importSettings(fileText: string): Result<StoredSettings> {
  if (typeof fileText !== 'string' || fileText.trim() === '') return { ok: false, errors: ['The file is empty.'] };
  if (fileText.length > 2_000_000) return { ok: false, errors: ['The file is larger than 2 MB; it is not a Think Twice settings file.'] };
  let doc: unknown;
  try {
    doc = JSON.parse(fileText);
  } catch (e) {
    return { ok: false, errors: [`The file is not valid JSON (${(e as Error).message}).`] };
  }
  if (typeof doc !== 'object' || doc === null || (doc as { kind?: unknown }).kind !== EXPORT_KIND) {
    return { ok: false, errors: ['This is not a Think Twice settings file (it has no "kind": "think-twice-settings").'] };
  }
  const { version, settings } = doc as { version?: unknown; settings?: unknown };
  if (!Number.isInteger(version) || (version as number) < 1) return { ok: false, errors: ['The file does not say which settings version it holds.'] };
  if ((version as number) > SETTINGS_VERSION) {
    return { ok: false, errors: [`The file was made by a newer Think Twice (settings version ${version}); update the extension first.`] };
  }
  let body = settings;
  for (let v = (version as number) + 1; v <= SETTINGS_VERSION; v++) body = MIGRATIONS[v](body);
  const r = validatePartial(body, 'settings');
  if (!r.ok) return r;
  return { ok: true, value: withDefaults(r.value) };
}

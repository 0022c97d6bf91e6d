/**
 * Private statistics: counts only, never text, kept in this browser and clearable.
 * Stored as day buckets so "this week" is exact and old days fall away after 90 days.
 */
import type { Family, Platform } from '../../rules/types';
import { FAMILIES } from '../../rules/types';

export const STAT_EVENTS = ['shown', 'changed', 'postedAnyway'] as const;
export type StatEvent = (typeof STAT_EVENTS)[number];

export interface StatRecord {
  event: StatEvent;
  family: Family;
  site: Platform;
}

/** day (YYYY-MM-DD) → "event|family|site" → count */
export type Stats = Record<string, Record<string, number>>;

const KEEP_DAYS = 90;

export function dayKey(t: number | Date): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function isStatRecord(v: unknown): v is StatRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    STAT_EVENTS.includes(r.event as StatEvent) &&
    FAMILIES.includes(r.family as Family) &&
    ['facebook', 'x', 'instagram', 'nextdoor'].includes(r.site as string) &&
    Object.keys(r).length === 3
  );
}

export function record(stats: Stats, r: StatRecord, now = Date.now()): Stats {
  const day = dayKey(now);
  const key = `${r.event}|${r.family}|${r.site}`;
  const out: Stats = {};
  const oldest = dayKey(now - KEEP_DAYS * 86_400_000);
  for (const [d, counts] of Object.entries(stats)) if (d >= oldest) out[d] = counts;
  out[day] = { ...out[day], [key]: (out[day]?.[key] ?? 0) + 1 };
  return out;
}

export interface Summary {
  totals: Record<StatEvent, number>;
  byFamily: Partial<Record<Family, Record<StatEvent, number>>>;
  bySite: Partial<Record<Platform, Record<StatEvent, number>>>;
}

/** Totals over the last `days` days including today. */
export function summarise(stats: Stats, now = Date.now(), days = 7): Summary {
  const zero = (): Record<StatEvent, number> => ({ shown: 0, changed: 0, postedAnyway: 0 });
  const s: Summary = { totals: zero(), byFamily: {}, bySite: {} };
  const from = dayKey(now - (days - 1) * 86_400_000);
  for (const [d, counts] of Object.entries(stats)) {
    if (d < from) continue;
    for (const [key, n] of Object.entries(counts)) {
      const [event, family, site] = key.split('|') as [StatEvent, Family, Platform];
      if (!STAT_EVENTS.includes(event)) continue;
      s.totals[event] += n;
      (s.byFamily[family] ??= zero())[event] += n;
      (s.bySite[site] ??= zero())[event] += n;
    }
  }
  return s;
}

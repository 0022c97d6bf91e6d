import type { PolicySource } from './types';
import type { PolicyPack } from './packs/types';
import { annex } from './packs/annex';
import { barnsley } from './packs/barnsley';
import { bury } from './packs/bury';
import { eastRiding } from './packs/east-riding';

/**
 * Policy packs (catalog F26): the member's council decides whose clause is cited first.
 * Each finding keeps every source; the pack orders them (its own files first, falling back to the
 * others in the rule's order) and may add clauses of its own council that the rule doesn't cite.
 */
export type { PolicyPack } from './packs/types';

export const GENERIC_PACK: PolicyPack = { id: 'generic', name: 'Generic (all five policies)', aliases: ['generic', 'other', 'none'], files: [] };

export const POLICY_PACKS: readonly PolicyPack[] = [GENERIC_PACK, barnsley, bury, annex, eastRiding];

/** The pack for an id, an alias or a council name ("Barnsley Council", "bury"); undefined when unknown. */
export function resolvePack(idOrName: string | undefined): PolicyPack | undefined {
  if (typeof idOrName !== 'string') return undefined;
  const key = idOrName.trim().toLowerCase();
  if (key === '') return undefined;
  return POLICY_PACKS.find((p) => p.id === key) ?? POLICY_PACKS.find((p) => p.aliases?.includes(key));
}

/**
 * The rule's sources as the member's pack cites them: the council's own clauses first (the rule's
 * own citations of that council, then the pack's extra clauses for this rule), then every other
 * source in the rule's order. Unknown or generic pack: the rule's order unchanged.
 */
export function orderSources(sources: readonly PolicySource[], packId: string | undefined, ruleId?: string): PolicySource[] {
  const pack = resolvePack(packId);
  if (!pack || pack.files.length === 0) return [...sources];
  const extra = ruleId ? pack.clauses?.[ruleId] ?? [] : [];
  const seen = new Set(sources.map(key));
  const all = [...sources, ...extra.filter((s) => !seen.has(key(s)))];
  const rank = (s: PolicySource) => {
    const i = pack.files.indexOf(s.file);
    return i < 0 ? pack.files.length : i;
  };
  return all.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map((x) => x.s);
}

function key(s: PolicySource): string {
  return `${s.file}\u0000${s.quote}`;
}

import type { PolicySource } from './types';

/**
 * Policy packs (catalog F26): the member's council decides whose clause is cited first.
 * Each finding keeps every source; the pack only orders them, falling back to the others.
 */
export interface PolicyPack {
  id: string;
  name: string;
  /** Policy files of this council, in order of preference. */
  files: string[];
}

export const POLICY_PACKS: readonly PolicyPack[] = [
  { id: 'generic', name: 'Generic (all five policies)', files: [] },
  { id: 'barnsley', name: 'Barnsley Council', files: ['000_02512859952f4825.txt', '003_af96a0d5570051af.txt'] },
  { id: 'bury', name: 'Bury Council', files: ['001_7fd03c8e1b0bdc04.txt'] },
  { id: 'annex', name: "The annex's council (Guidance for using social media)", files: ['002_0356de40dc76b657.txt'] },
  { id: 'east-riding', name: 'East Riding-style policy (LGA rules of engagement)', files: ['004_f238b8de7f3077ec.txt'] },
];

export function orderSources(sources: readonly PolicySource[], packId: string | undefined): PolicySource[] {
  const pack = POLICY_PACKS.find((p) => p.id === packId);
  if (!pack || pack.files.length === 0) return [...sources];
  const rank = (s: PolicySource) => {
    const i = pack.files.indexOf(s.file);
    return i < 0 ? pack.files.length : i;
  };
  return sources.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map((x) => x.s);
}

/** Whose policy a clause comes from, for the panel (shared/policies/README.md). */
const NAMES: Record<string, string> = {
  '000_02512859952f4825.txt': 'Barnsley Council: Social media guidance for elected members',
  '001_7fd03c8e1b0bdc04.txt': 'Bury Council: Social Media Policy for Councillors',
  '002_0356de40dc76b657.txt': 'Guidance for using social media (council annex)',
  '003_af96a0d5570051af.txt': 'Barnsley MBC: Social Networking Policy',
  '004_f238b8de7f3077ec.txt': 'Social Media Policy for councillors (East Riding)',
};

export function policyName(file: string): string {
  return NAMES[file] ?? file;
}

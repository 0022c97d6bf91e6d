import type { Rule } from '../define';
import capacityUnclear from './capacity-unclear';
import councilBranding from './council-branding';
import internalIssueAiredPublicly from './internal-issue-aired-publicly';
import officialAnnouncement from './official-announcement';

/** The official-capacity rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [capacityUnclear, councilBranding, internalIssueAiredPublicly, officialAnnouncement];

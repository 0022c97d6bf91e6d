import type { Rule } from '../define';
import councilResourcesInCampaigning from './council-resources-in-campaigning';
import missingImprint from './missing-imprint';

/** The elections rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [councilResourcesInCampaigning, missingImprint];

import type { Rule } from '../define';
import ownAndFamilyDetails from './own-and-family-details';
import ownWhereabouts from './own-whereabouts';

/** The personal-safety rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [ownAndFamilyDetails, ownWhereabouts];

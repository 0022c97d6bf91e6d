import type { Rule } from '../define';
import ownWhereabouts from './own-whereabouts';

/** The personal-safety rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [ownWhereabouts];

import type { Rule } from '../define';
import individualOfficer from './individual-officer';

/** The officers rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [individualOfficer];

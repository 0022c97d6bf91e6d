import type { Rule } from '../define';
import childIdentification from './child-identification';

/** The safeguarding rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [childIdentification];

import type { Rule } from '../define';

/** The confidential-information rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [];

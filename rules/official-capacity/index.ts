import type { Rule } from '../define';

/** The official-capacity rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [];

import type { Rule } from '../define';
import copiedMaterial from './copied-material';

/** The copyright rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [copiedMaterial];

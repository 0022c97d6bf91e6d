import type { Rule } from '../define';
import pileOn from './pile-on';
import repeatedTargeting from './repeated-targeting';

/** The harassment rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [pileOn, repeatedTargeting];

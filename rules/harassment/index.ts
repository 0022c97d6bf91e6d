import type { Rule } from '../define';
import pileOn from './pile-on';

/** The harassment rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [pileOn];

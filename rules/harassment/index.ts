import type { Rule } from '../define';
import nameAndShame from './name-and-shame';
import pileOn from './pile-on';
import repeatedTargeting from './repeated-targeting';

/** The harassment rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [nameAndShame, pileOn, repeatedTargeting];

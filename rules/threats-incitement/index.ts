import type { Rule } from '../define';
import incitementToCrime from './incitement-to-crime';
import intimidation from './intimidation';
import violentThreat from './violent-threat';

/** The threats-incitement rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [incitementToCrime, intimidation, violentThreat];

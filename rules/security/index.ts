import type { Rule } from '../define';
import credentials from './credentials';
import suspiciousLink from './suspicious-link';

/** The security rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [credentials, suspiciousLink];

import type { Rule } from '../define';
import childIdentification from './child-identification';
import concernPostedPublicly from './concern-posted-publicly';
import vulnerablePersonLocation from './vulnerable-person-location';

/** The safeguarding rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [childIdentification, concernPostedPublicly, vulnerablePersonLocation];

import type { Rule } from '../define';
import emailAddress from './email-address';
import homeAddress from './home-address';
import phoneNumber from './phone-number';

/** The personal-data rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [emailAddress, homeAddress, phoneNumber];

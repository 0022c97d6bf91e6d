import type { Rule } from '../define';
import caseworkDisclosure from './casework-disclosure';
import emailAddress from './email-address';
import homeAddress from './home-address';
import identifiers from './identifiers';
import phoneNumber from './phone-number';
import photoConsent from './photo-consent';
import specialCategory from './special-category';

/** The personal-data rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [caseworkDisclosure, emailAddress, homeAddress, identifiers, phoneNumber, photoConsent, specialCategory];

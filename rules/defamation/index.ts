import type { Rule } from '../define';
import corruptionAllegation from './corruption-allegation';
import criminalOrDishonestyAllegation from './criminal-or-dishonesty-allegation';
import hearsayAboutPerson from './hearsay-about-person';

/** The defamation rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [corruptionAllegation, criminalOrDishonestyAllegation, hearsayAboutPerson];

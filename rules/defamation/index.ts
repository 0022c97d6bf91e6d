import type { Rule } from '../define';
import corruptionAllegation from './corruption-allegation';
import criminalOrDishonestyAllegation from './criminal-or-dishonesty-allegation';

/** The defamation rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [corruptionAllegation, criminalOrDishonestyAllegation];

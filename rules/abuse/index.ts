import type { Rule } from '../define';
import mockery from './mockery';
import obsceneOrProfane from './obscene-or-profane';
import personalInsult from './personal-insult';

/** The abuse rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [mockery, obsceneOrProfane, personalInsult];

import type { Rule } from '../define';
import casualStereotype from './casual-stereotype';
import groupHostility from './group-hostility';
import slur from './slur';

/** The hate-discrimination rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [casualStereotype, groupHostility, slur];

/**
 * The explicit registry: every rule, family by family (each family's index lists its files).
 * A conformance test checks that every rule file is registered and named by its id.
 */
import type { Rule } from './define';
import { rules as abuse } from './abuse';
import { rules as hate } from './hate-discrimination';
import { rules as threats } from './threats-incitement';
import { rules as harassment } from './harassment';
import { rules as defamation } from './defamation';
import { rules as officers } from './officers';
import { rules as personalData } from './personal-data';
import { rules as safeguarding } from './safeguarding';
import { rules as confidential } from './confidential-information';
import { rules as officialCapacity } from './official-capacity';
import { rules as elections } from './elections';
import { rules as predetermination } from './predetermination';
import { rules as tone } from './tone';
import { rules as misinformation } from './misinformation';
import { rules as copyright } from './copyright';
import { rules as security } from './security';
import { rules as personalSafety } from './personal-safety';

export const RULES: readonly Rule[] = Object.freeze(
  [
    ...abuse, ...hate, ...threats, ...harassment, ...defamation, ...officers, ...personalData, ...safeguarding,
    ...confidential, ...officialCapacity, ...elections, ...predetermination, ...tone, ...misinformation,
    ...copyright, ...security, ...personalSafety,
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
);

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

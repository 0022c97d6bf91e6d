import type { Rule } from '../define';
import shareWithoutChecking from './share-without-checking';
import unverifiedClaim from './unverified-claim';

/** The misinformation rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [shareWithoutChecking, unverifiedClaim];

import type { Rule } from '../define';
import controversialTopicPlan from './controversial-topic-plan';
import corporateJargon from './corporate-jargon';
import heatedReply from './heated-reply';
import publicMeetingTest from './public-meeting-test';

/** The tone rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [controversialTopicPlan, corporateJargon, heatedReply, publicMeetingTest];

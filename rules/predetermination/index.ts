import type { Rule } from '../define';
import campaigningOnLiveApplication from './campaigning-on-live-application';
import closedMind from './closed-mind';
import postingDuringMeeting from './posting-during-meeting';

/** The predetermination rules, in id order. Each file is one rule, named by its id. */
export const rules: Rule[] = [campaigningOnLiveApplication, closedMind, postingDuringMeeting];

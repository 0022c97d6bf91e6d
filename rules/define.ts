import type { ComposeContext, Family, Hit, PolicySource, RuleSetId, Settings, Severity } from './types';
import type { TextDoc } from './doc';
import type { Cues } from './cues';

/** A declared example: the draft, its context and settings, and (for triggers) the severity expected. */
export interface RuleExample {
  text: string;
  context?: ComposeContext;
  settings?: Settings;
  /** Expected severity of this rule's strongest finding (trigger examples only). */
  severity?: Severity;
  /** For quiet examples: an info-level finding of this rule is acceptable (e.g. the quote-and-condemn hint). */
  allowInfo?: boolean;
  /** Where the example comes from, e.g. "catalog R17 #2". */
  source?: string;
}

export interface RuleDefinition {
  /** `family/name`, identical to the file path under rules/. */
  id: string;
  family: Family;
  /** Plain-English title shown as the panel heading. */
  title: string;
  /** Default severity. A hit may raise or lower it (escalators and de-escalators). */
  severity: Severity;
  /** The member-toggleable sets that contain this rule (catalog §4); it is on if any of them is. */
  sets: RuleSetId[];
  /** Member lists the rule reads (catalog §5), and what it does without them. */
  lists?: { uses: string[]; withoutThem: 'inert' | 'lower-severity' | 'generic-cues' };
  /** Needs the NLP layer for its best answer; it must still answer usefully without it. */
  nlp?: boolean;
  policy: PolicySource[];
  /** The warning, with {vars} filled from the hit. */
  message: string;
  /** The suggested action on its own. */
  action: string;
  examples: { trigger: RuleExample[]; quiet: RuleExample[] };
  /**
   * The words without which the rule can never fire (rules/cues.ts): the engine reads the draft once for
   * every rule's cues and calls `detect` only when one of its own is there. Without cues, it always runs.
   */
  cues?: Cues;
  detect(doc: TextDoc): Hit[];
}

export type Rule = Readonly<RuleDefinition>;

export function defineRule(def: RuleDefinition): Rule {
  return Object.freeze(def);
}

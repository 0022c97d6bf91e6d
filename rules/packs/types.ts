import type { PolicySource } from '../types';

/**
 * A policy pack (catalog F26): the member's council. Data only: which policy files are the
 * council's own (cited first, in this order) and, per rule id, extra clauses of that council that
 * the rule's own citations don't include. Every quote is checked verbatim by tests/unit/packs.test.ts.
 */
export interface PolicyPack {
  id: string;
  name: string;
  /** Other spellings a member or an admin policy may use for this council (lower case). */
  aliases?: string[];
  /** Policy files of this council, in order of preference. Empty: keep each rule's own order. */
  files: string[];
  /** Extra clauses of this council, by rule id. */
  clauses?: Record<string, PolicySource[]>;
}

/** Public entry of the rules engine. Pure: safe in Node, the content script and the worker alike. */
export { analyze, analyzeDetailed, worstSeverity, type AnalyzeOptions, type AnalysisResult } from './engine';
export { RULES, RULE_BY_ID } from './registry';
export { RULE_SETS } from './sets';
export { POLICY_PACKS } from './packs';
export * from './types';

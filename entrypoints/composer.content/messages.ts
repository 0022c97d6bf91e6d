/**
 * Messages between the content script and the background worker. Only one kind exists: "run the
 * full analysis (NLP) on this draft". The worker accepts it only from our own extension and only
 * in this exact shape (design.md §7); nothing here ever goes to the network.
 */
import type { ComposeContext, Finding, Settings } from '../../rules/types';
import { isStatRecord, type StatRecord } from '../../components/settings/stats';

export const FULL_ANALYSIS = 'think-twice/analyze-full' as const;
/** A private count (never text): a warning shown, a draft changed after one, a post sent anyway. */
export const STAT = 'think-twice/stat' as const;
/** Drafts longer than this are not parsed by the NLP layer: the fast path stands. */
export const MAX_FULL_CHARS = 20_000;

export interface FullAnalysisRequest {
  type: typeof FULL_ANALYSIS;
  text: string;
  context: ComposeContext;
  settings: Settings;
}

export interface FullAnalysisResponse {
  ok: boolean;
  findings: Finding[];
  mode: 'fast' | 'full';
  ms: number;
  error?: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The request, validated, or null. Context fields keep only their documented types. */
export function parseFullAnalysisRequest(msg: unknown): FullAnalysisRequest | null {
  if (!isObj(msg) || msg.type !== FULL_ANALYSIS) return null;
  if (typeof msg.text !== 'string' || msg.text.length > 200_000) return null;
  if (msg.context !== undefined && !isObj(msg.context)) return null;
  if (msg.settings !== undefined && !isObj(msg.settings)) return null;
  const c = (msg.context ?? {}) as Record<string, unknown>;
  const context: ComposeContext = {};
  if (c.kind === 'post' || c.kind === 'reply' || c.kind === 'comment' || c.kind === 'share') context.kind = c.kind;
  if (c.platform === 'facebook' || c.platform === 'x' || c.platform === 'instagram' || c.platform === 'nextdoor') context.platform = c.platform;
  if (typeof c.now === 'number' || typeof c.now === 'string') context.now = c.now;
  if (typeof c.hasMedia === 'boolean') context.hasMedia = c.hasMedia;
  if (typeof c.parentText === 'string') context.parentText = c.parentText;
  return { type: FULL_ANALYSIS, text: msg.text, context, settings: (msg.settings ?? {}) as Settings };
}

export interface StatMessage {
  type: typeof STAT;
  record: StatRecord;
}

/** The stat message, validated (counts only: event, family, site; nothing else is accepted). */
export function parseStatMessage(msg: unknown): StatMessage | null {
  if (!isObj(msg) || msg.type !== STAT || Object.keys(msg).length !== 2 || !isStatRecord(msg.record)) return null;
  return { type: STAT, record: { event: msg.record.event, family: msg.record.family, site: msg.record.site } };
}

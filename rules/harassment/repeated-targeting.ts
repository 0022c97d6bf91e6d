import { defineRule } from '../define';
import type { TextDoc } from '../doc';
import type { HistoryEntry, Hit } from '../types';
import { defineGate, gate } from '../cues';
import { isCriticalPost, REPEAT_CUE as STRONG_CUE } from '../shared/conduct';
import { coreTargets, sameTargetKey, targetKey, type Target } from '../shared/targets';

/**
 * R11. History entries (context.history) are { target, at }: `target` is a history key made by
 * targetKeys() in rules/shared/targets.ts (a folded name: "dyson", "sarah whitaker", "@joebloggs72"),
 * `at` the epoch milliseconds of an earlier critical post. The browser side records the keys of each
 * critical post after it is made: historyKeysFor(text, lists) in targets.ts gives the keys, or none
 * when the post is not critical (isCriticalPost in shared/conduct.ts).
 */
export const WINDOW_DAYS = 14;
const DAY = 86_400_000;

const WEAK_CUE = /\b(?:again|yet again|still (?:waiting|no|not|nothing|hasn'?t|hiding|refusing|silent|ignoring|dodging)|once more|as usual|same old|thought not)\b/i;
// A word of each WEAK_CUE phrase, and of each REPEAT_CUE (STRONG_CUE) phrase: as gates, each pattern is tested only
// on a draft with one of its words (the rule's cues are both lists).
const WEAK_WORDS = ['again', 'still', 'once', 'usual', 'same', 'thought'];
const STRONG_WORDS = ['keep', 'stop', 'give', 'let', 'until', 'day', 'time', 'weeks', 'days', 'months'];
const G_WEAK = defineGate('harassment/repeat-weak', { words: WEAK_WORDS });
const G_STRONG = defineGate('harassment/repeat-strong', { words: STRONG_WORDS });
// Cheap pre-test: a capitalised word, an @mention or a listed name is needed for a person key.
const PRE = /[A-Z@]/;
const DECISION_AFTER = /^['’]s\s+(?:[\w-]{1,20}\s)?(?:plan|plans|policy|policies|scheme|budget|proposal|decision|report|consultation|motion|strategy|timetable|programme)\b/i;

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${s}`;
}

function toMs(at: unknown): number | null {
  if (typeof at === 'number' && Number.isFinite(at)) return at;
  if (typeof at === 'string' || at instanceof Date) {
    const t = new Date(at).getTime();
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

function earlierPosts(doc: TextDoc, key: string, now: number): number[] {
  const hist: HistoryEntry[] = Array.isArray(doc.context.history) ? doc.context.history : [];
  const out: number[] = [];
  for (const h of hist) {
    if (!h || typeof h.target !== 'string') continue;
    const at = toMs(h.at);
    if (at === null || at > now + 60_000 || now - at > WINDOW_DAYS * DAY) continue;
    if (sameTargetKey(h.target, key)) out.push(at);
  }
  return out;
}

function isPublicFigure(doc: TextDoc, key: string): boolean {
  return (doc.lists.councillors ?? []).some((c) => typeof c === 'string' && sameTargetKey(targetKey(c), key));
}

export default defineRule({
  id: 'harassment/repeated-targeting',
  family: 'harassment',
  title: 'Repeated critical posts about the same person',
  severity: 'warn',
  sets: ['core-legal'],
  lists: { uses: ['history', 'councillors'], withoutThem: 'generic-cues' },
  policy: [
    { file: '002_0356de40dc76b657.txt', section: '1.2 Legal considerations — (3) Harassment', quote: 'It is an offence to repeatedly pursue a campaign against a person that is likely to cause alarm, harassment or distress.' },
    { file: '000_02512859952f4825.txt', section: 'Your responsibility when using social media', quote: 'any form of online bullying is not acceptable on any platform' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Muting or Blocking Troublesome Accounts', quote: 'persistently tweeting you or is being abusive or intimidatory' },
  ],
  message:
    'This is your {nth} critical post about {name} in the last {days} days. Repeated posts aimed at one person can amount to harassment, even if each one seems reasonable. Is there a formal route, such as a question at council or a complaint, that would work better?',
  action: 'Consider a formal route, such as a question at council or a complaint, instead of another post.',
  examples: {
    trigger: [
      {
        text: "Cllr Dyson is hiding again — what's she covering up?",
        context: { now: '2026-05-20T12:00:00Z', history: [{ target: 'dyson', at: Date.parse('2026-05-11T09:00:00Z') }, { target: 'cllr dyson', at: Date.parse('2026-05-16T18:30:00Z') }] },
        severity: 'warn',
        source: 'catalog R11 #1',
      },
      { text: 'Day 12 of asking Mr Patel at the planning office why the enforcement notice hasn\'t been served.', source: 'catalog R11 #2' },
      { text: 'I will keep posting about Gary Holt every single day until he apologises.', severity: 'warn', source: 'catalog R11 #3' },
      {
        text: '@JoeBloggs72 still no answer? Thought not.',
        context: { kind: 'reply', now: '2026-05-20T12:00:00Z', history: [{ target: '@joebloggs72', at: Date.parse('2026-05-12T12:00:00Z') }, { target: '@joebloggs72', at: Date.parse('2026-05-15T12:00:00Z') }, { target: '@joebloggs72', at: Date.parse('2026-05-19T12:00:00Z') }] },
        severity: 'warn',
        source: 'catalog R11 #4',
      },
      {
        text: 'Why has Sarah Whitaker still not answered my question about the depot?',
        context: { now: '2026-05-20T12:00:00Z', history: [{ target: 'sarah whitaker', at: Date.parse('2026-05-18T12:00:00Z') }] },
        severity: 'info',
      },
    ],
    quiet: [
      {
        text: 'Thanks again to Cllr Dyson for opening the community garden.',
        context: { now: '2026-05-20T12:00:00Z', history: [{ target: 'dyson', at: Date.parse('2026-05-12T12:00:00Z') }, { target: 'dyson', at: Date.parse('2026-05-18T12:00:00Z') }] },
        source: 'catalog R11 #1',
      },
      {
        text: "The cabinet member's bus plan still doesn't cover Dodworth.",
        context: { now: '2026-05-20T12:00:00Z', history: [{ target: 'cabinet member', at: Date.parse('2026-05-10T12:00:00Z') }] },
        source: 'catalog R11 #2',
      },
      { text: 'Day 3 of the Tour de Yorkshire coming through Penistone!', source: 'catalog R11 #3' },
      { text: 'Again, huge thanks to the volunteers at the food bank.', source: 'catalog R11 #4' },
      {
        text: 'Cllr Dyson is hiding again — what\'s she covering up?',
        context: { now: '2026-05-20T12:00:00Z', history: [{ target: 'dyson', at: Date.parse('2026-04-01T12:00:00Z') }, { target: 'dyson', at: Date.parse('2026-04-02T12:00:00Z') }] },
        allowInfo: true,
      },
      { text: "Cllr Dyson's budget plan still doesn't add up.", context: { now: '2026-05-20T12:00:00Z', history: [{ target: 'dyson', at: Date.parse('2026-05-18T12:00:00Z') }] } },
    ],
  },
  // Without history, a hit needs REPEAT_CUE or WEAK_CUE: one word of each of their phrases.
  cues: {
    words: [...WEAK_WORDS, ...STRONG_WORDS],
    when: (doc) => Array.isArray(doc.context.history) && doc.context.history.length > 0,
  },
  detect(doc) {
    if (!PRE.test(doc.text) && (doc.lists.officers?.length ?? 0) === 0) return [];
    const hist = doc.context.history;
    const plain = doc.text.replace(/[’‘]/g, "'");
    const strong = gate(doc, G_STRONG) && STRONG_CUE.test(plain);
    const weak = gate(doc, G_WEAK) && WEAK_CUE.test(plain);
    if (!strong && !weak && !(Array.isArray(hist) && hist.length > 0)) return [];
    // REPEAT_CUE on the same straightened text is `strong` (false without its gate's words).
    if (!isCriticalPost(doc.text, strong)) return [];
    const now = doc.now?.getTime() ?? Date.now();
    const seen = new Set<string>();
    const hits: Hit[] = [];
    // People, @mentions and organisations are core kinds (coreTargets: no scans of bodies, groups or pronouns).
    for (const t of coreTargets(doc) as Target[]) {
      if (!t.key || (t.kind !== 'person' && t.kind !== 'mention' && t.kind !== 'organisation')) continue;
      if ([...seen].some((k) => sameTargetKey(k, t.key!))) continue;
      seen.add(t.key);
      // "Cllr Dyson's budget plan…": criticism of the plan, not the person.
      if (DECISION_AFTER.test(doc.text.slice(t.end, t.end + 40))) continue;
      const earlier = earlierPosts(doc, t.key, now);
      const n = earlier.length + 1;
      const score = n + (strong ? 2 : weak && earlier.length === 0 ? 1 : 0);
      const k = isPublicFigure(doc, t.key) ? 2 : 1;
      if (score < 2 * k) continue;
      const sev = score >= 3 * k ? 'warn' : 'info';
      const days = earlier.length ? Math.max(1, Math.ceil((now - Math.min(...earlier)) / DAY)) : WINDOW_DAYS;
      hits.push({ start: t.start, end: t.end, severity: sev, vars: { nth: n >= 2 ? ordinal(n) : 'latest', name: t.text, days: String(Math.min(days, WINDOW_DAYS)) } });
    }
    return hits;
  },
});

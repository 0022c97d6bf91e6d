/**
 * Time-aware logic from doc.now (catalog §4, R35, R36, R39).
 *
 * - The pre-election period runs from the notice of election to polling day + 1 day, both ends
 *   inclusive, compared as local calendar dates. The elections set switches itself on inside it
 *   ('auto'); settings.ruleSets.elections = true forces it on (campaign mode), false forces it off.
 * - A listed meeting runs from its start to its end, both inclusive (the "Council rules" issue: start–end);
 *   MEETING_OVERRUN_MINUTES can add the catalog's overrun allowance (R39 suggests 15) but is 0, so
 *   "a minute after the listed end" is after the meeting. With no end it lasts
 *   DEFAULT_MEETING_HOURS.
 * - Missing `now` means unknown: no window is open (unless campaign mode forces the period on).
 */
import { defineGate, gate } from '../cues';
import { TextDoc } from '../doc';
import type { ComposeContext, ElectionDates, Meeting, Settings } from '../types';
import { dateKey, dateKeyOf } from './lists';

export const DEFAULT_MEETING_HOURS = 3;
export const MEETING_OVERRUN_MINUTES = 0;

export interface ElectionPeriod {
  /** True inside the period, or when campaign mode forces it on. */
  active: boolean;
  /** How it was decided. */
  reason: 'forced-on' | 'forced-off' | 'in-window' | 'outside-window' | 'no-dates' | 'no-time';
  /** The election whose window contains now, if any. */
  election?: ElectionDates;
}

/** The local calendar date one day after an yyyymmdd key. */
function nextDayKey(key: number): number {
  const y = Math.floor(key / 10000), m = Math.floor((key % 10000) / 100), d = key % 100;
  return dateKey(new Date(y, m - 1, d + 1));
}

const electionCache = new WeakMap<ElectionDates, { from: number; until: number } | null>();

/** True when `now` falls between the notice of election and the day after polling day, inclusive (local dates). */
export function inElectionWindow(e: ElectionDates, now: Date): boolean {
  let w = electionCache.get(e);
  if (w === undefined) {
    const from = dateKeyOf(e.noticeOfElection);
    const poll = dateKeyOf(e.pollingDay);
    w = from === undefined || poll === undefined ? null : { from, until: nextDayKey(poll) };
    electionCache.set(e, w);
  }
  if (!w) return false;
  const today = dateKey(now);
  return today >= w.from && today <= w.until;
}

/** Is the pre-election period on for this draft? Computed once per draft. */
export function electionPeriod(doc: TextDoc): ElectionPeriod {
  // No election dates and the set following them (most drafts, and a rule's `when` asks on every draft):
  // the answer is known without computing or remembering anything.
  const listed = doc.lists.elections;
  if ((listed === undefined || listed === null || (Array.isArray(listed) && listed.length === 0)) && doc.setState('elections') === 'auto') {
    return { active: false, reason: 'no-dates' };
  }
  return doc.memo('calendar:election', () => {
    const state = doc.setState('elections');
    if (state === 'off') return { active: false, reason: 'forced-off' } as ElectionPeriod;
    const list = (doc.lists.elections ?? []).filter((e) => e && typeof e.noticeOfElection === 'string' && typeof e.pollingDay === 'string');
    const inWindow = doc.now ? list.find((e) => inElectionWindow(e, doc.now!)) : undefined;
    if (state === 'on') return { active: true, reason: 'forced-on', election: inWindow ?? list[0] } as ElectionPeriod;
    if (inWindow) return { active: true, reason: 'in-window', election: inWindow } as ElectionPeriod;
    return { active: false, reason: list.length === 0 ? 'no-dates' : doc.now ? 'outside-window' : 'no-time' } as ElectionPeriod;
  });
}

/**
 * A local date-time from an ISO string. "2026-07-03T18:00" (no zone) is local time, as the meeting
 * calendar is; a zone ("Z", "+01:00") is honoured. Returns undefined when unreadable.
 */
export function parseLocal(iso: string | undefined): Date | undefined {
  if (typeof iso !== 'string') return undefined;
  const s = iso.trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (!m) return undefined;
  if (m[7]) {
    const d = new Date(s);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  const d = new Date(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export interface MeetingWindow {
  start: Date;
  /** Last moment of the window, inclusive (end + overrun, or start + default duration). */
  until: Date;
}

const windowCache = new WeakMap<Meeting, MeetingWindow | null>();

/** The window in which posting counts as "during" this meeting (cached per meeting object). */
export function meetingWindow(m: Meeting): MeetingWindow | undefined {
  let w = windowCache.get(m);
  if (w === undefined) {
    w = computeWindow(m) ?? null;
    windowCache.set(m, w);
  }
  return w ?? undefined;
}

function computeWindow(m: Meeting): MeetingWindow | undefined {
  const start = parseLocal(m.start);
  if (!start) return undefined;
  const end = parseLocal(m.end);
  const until = end && end.getTime() >= start.getTime()
    ? new Date(end.getTime() + MEETING_OVERRUN_MINUTES * 60_000)
    : new Date(start.getTime() + DEFAULT_MEETING_HOURS * 3_600_000);
  return { start, until };
}

const QUASI_JUDICIAL = /\b(planning|licens|regulat|development (?:control|management)|standards|hearing|appeals?|taxi)/i;

/** Planning, licensing and standards hearings decide rights: posting during them is riskier (002 §1.4 (1)). */
export function isQuasiJudicial(m: Meeting): boolean {
  if (typeof m.quasiJudicial === 'boolean') return m.quasiJudicial;
  return QUASI_JUDICIAL.test(`${m.type ?? ''} ${m.title ?? ''}`);
}

/** The listed meeting in progress at `now` (quasi-judicial ones first), or undefined (also when now is unknown). */
export function meetingNow(doc: TextDoc): Meeting | undefined {
  // No posting time or no meetings listed (a rule's `when` asks on every draft): nothing to remember.
  if (!doc.now || !doc.lists.meetings || doc.lists.meetings.length === 0) return undefined;
  return doc.memo('calendar:meeting', () => {
    const now = doc.now;
    const list = doc.lists.meetings;
    if (!now || !list || list.length === 0) return undefined;
    const t = now.getTime();
    const open = list.filter((m) => {
      if (!m || typeof m.start !== 'string') return false;
      const w = meetingWindow(m);
      return !!w && t >= w.start.getTime() && t <= w.until.getTime();
    });
    return open.find(isQuasiJudicial) ?? open[0];
  });
}

// Campaign cues (catalog R35/R36): asking for votes for a person or party. Neutral civic messages
// ("register to vote", "polling stations are open") and other votes (carnival, awards) are not campaigns.
const PARTY = "(?:Labour|Conservatives?|Tory|Tories|Lib ?Dems?|Liberal Democrats?|Greens?|Green Party|Reform(?: UK)?|Independents?|Yorkshire Party|SNP|Plaid|UKIP)";
// "Vote Jones" needs the capital letter of a name; everything else is case-insensitive.
const VOTE_FOR = new RegExp(
  `\\b[Vv][Oo][Tt][Ee] (?:for )?(?:me\\b|${PARTY}\\b|(?!For\\b|Your\\b|The\\b|Now\\b|Here\\b|Today\\b|Yes\\b|No\\b)[A-Z][a-z'’-]{1,30}\\b)|#[Vv]ote[A-Z][a-z]\\w{1,40}`,
  'g',
);
const CAMPAIGN_PATTERNS = [
  '\\bre-?elect\\b',
  '\\bstanding (?:again |for re-?election )?(?:for|in) (?:re-?election|the (?:council|ward|by-election|election))\\b',
  '\\b(?:lend|give) (?:me|us) your (?:vote|support)\\b',
  `\\b(?:support|back) (?:your )?(?:local )?${PARTY} (?:candidates?|team)\\b`,
  '\\bpolling day\\b(?=[^.!?\\n]{0,60}\\b(?:vote (?:for|me)|re-?elect|cross|support|candidate|team|back)\\b)',
  '\\bpostal votes?\\b(?=[^.!?\\n]{0,80}\\b(?:cross|candidate|vote (?:for|me)|team|us)\\b)',
  '\\bput your cross\\b',
  `\\byour (?:local )?(?:${PARTY} )?(?:candidates?|team)\\b(?=[^.!?\\n]{0,60}\\b(?:vote|elect|polling|cross|ballot)\\b)`,
  `\\byour ${PARTY} (?:candidates?|team|councillors?)\\b`,
  '\\bevery vote (?:counts|matters)\\b',
  '\\bon the ballot\\b',
  '\\bremember (?:who|what|how)\\b[^.!?\\n]{0,60}\\bwhen you (?:go (?:out )?to )?vote\\b',
  '\\b(?:join|help|support) (?:my|our) (?:election )?campaign(?: team)?\\b',
  '\\b(?:my|our) (?:election )?campaign team\\b',
];
const CAMPAIGN = new RegExp(CAMPAIGN_PATTERNS.join('|'), 'gi');
const NOT_CAMPAIGN = /\b(?:thank(?:s| you) for (?:re-?electing|electing|voting)|competition|contest|float|award|in bloom|prize|favourite|nominat\w*|poll closes|bake[- ]off|quiz|register to vote|how to vote|polling stations? (?:is |are )?open|photo ID|voter ID|postal vote application)\b/i;
const CAMPAIGN_CHEAP = /vote|elect|polling|cross|ballot|campaign|candidate|team|lend|standing/i;
// The words without which VOTE_FOR ("vote", "#VoteName") finds nothing, read with the rules' cues; and
// CAMPAIGN's patterns in three groups, each with the words (whole) without which none of its patterns
// can match: a draft tests for a campaign pattern only in the groups whose words it has ("team" alone runs
// the three team patterns), and scans with CAMPAIGN only when one of them is there.
const G_VOTE_FOR = defineGate('calendar/vote-for', { prefixes: ['vote'] });
const CAMPAIGN_GROUPS = [
  { name: 'team', words: ['team', 'candidate', 'candidates', 'councillor', 'councillors'], members: [3, 7, 8] },
  { name: 'vote', words: ['vote'], members: [9, 11] },
  { name: 'other', words: ['elect', 'reelect', 'standing', 'lend', 'give', 'polling', 'postal', 'cross', 'ballot', 'campaign'], members: [0, 1, 2, 4, 5, 6, 10, 12, 13] },
].map((g) => ({ gate: defineGate(`calendar/campaign-${g.name}`, { words: g.words }), any: new RegExp(g.members.map((i) => CAMPAIGN_PATTERNS[i]).join('|'), 'i') }));

export interface CampaignCue {
  start: number;
  end: number;
  text: string;
}

/** Campaign cues in the draft (asking for votes), computed once per draft. Empty for civic or non-election votes. */
export function campaignCues(doc: TextDoc): CampaignCue[] {
  return doc.memo('calendar:campaign', () => {
    const text = doc.text;
    // The gates only once the engine has read the draft (a rule's `when` asks before it has: then both scans run).
    const read = doc.cueState !== undefined;
    const voteFor = !read || gate(doc, G_VOTE_FOR);
    const campaign = !read || CAMPAIGN_GROUPS.some((g) => gate(doc, g.gate) && g.any.test(text));
    if (!voteFor && !campaign) return [];
    const out: CampaignCue[] = [];
    const found = voteFor ? (campaign ? [...doc.matchAll(VOTE_FOR), ...doc.matchAll(CAMPAIGN)] : doc.matchAll(VOTE_FOR)) : doc.matchAll(CAMPAIGN);
    // CAMPAIGN_CHEAP silences a draft without its words ("give us your support" alone): asked only once there is a cue.
    if (found.length === 0 || !CAMPAIGN_CHEAP.test(text)) return [];
    for (const m of found.sort((a, b) => a.index - b.index)) {
      const s = doc.sentenceAt(m.index);
      if (NOT_CAMPAIGN.test(text.slice(s.start, s.end))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return out;
  });
}

/**
 * For the popup and options page (no draft at hand): is the pre-election period on at `now`, and
 * which listed meeting is in progress? Same logic as the rules use.
 */
export function electionStatus(settings: Settings, now?: ComposeContext['now']): ElectionPeriod {
  return electionPeriod(new TextDoc('', { now }, settings));
}
export function meetingInProgress(settings: Settings, now?: ComposeContext['now']): Meeting | undefined {
  return meetingNow(new TextDoc('', { now }, settings));
}

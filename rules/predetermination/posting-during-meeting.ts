import { defineRule } from '../define';
import type { Hit, Meeting, Settings } from '../types';
import { isQuasiJudicial, meetingNow } from '../shared/calendar';

// Text cues that work without the calendar (catalog R39).
const CUES =
  /\b(?:sat in (?:the )?(?:committee|planning|licensing|full council|council|cabinet|the chamber|a hearing|scrutiny|standards)|(?:live|tweeting|posting) from (?:the )?(?:planning|licensing|council|committee|chamber|hearing|full council|cabinet)|right now (?:at|in) (?:full council|planning|licensing|committee|the chamber|cabinet)|this meeting is (?:dragging|dull|boring|never[- ]ending)|the chair (?:has )?just|while the (?:officer|chair|applicant|agent|planner)s? (?:presents?|speaks?|talks?|is (?:presenting|speaking|talking))|quick one (?:while|from) (?:the )?(?:meeting|committee|planning|council))\b/gi;
const QJ_WORDS = /planning|licensing|hearing|standards|applicant|agent|planner/i;
const MEETING_WORDS = /\b(?:committee|meeting|council|planning|licensing|hearing|chamber|agenda|item|debate|cabinet|scrutiny|officer'?s report|applicant|agent)\b/i;

const PLANNING_BOARD: Meeting = { title: 'Planning board', start: '2026-07-03T18:00', end: '2026-07-03T20:00', type: 'planning' };
const DURING = (m: Meeting, now: string): { settings: Settings; context: { now: string } } => ({ settings: { lists: { meetings: [m] } }, context: { now } });

export default defineRule({
  id: 'predetermination/posting-during-meeting',
  family: 'predetermination',
  title: 'Posting during a meeting',
  severity: 'warn',
  sets: ['committee'],
  // Without the meeting calendar only text cues ("sat in planning") are used.
  lists: { uses: ['meetings'], withoutThem: 'generic-cues' },
  policy: [
    { file: '002_0356de40dc76b657.txt', section: '1.4 Use of Social Media During Committee Meetings — (1)', quote: 'It is important for councillors not to give the impression that insufficient attention is being given to the discussion at the meeting, particularly at quasi-judicial meetings' },
    { file: '001_7fd03c8e1b0bdc04.txt', section: '3. Responsibilities of Councillors', quote: 'Use of social media in meetings must comply with the protocol for the use of recording devices during any meeting held under Bury Council.' },
  ],
  message:
    "You're in (or scheduled for) {meeting} right now. Posting during a quasi-judicial meeting can suggest you aren't listening to the debate, which could put the decision at risk. Save it as a draft and post after the meeting.{recording}",
  action: 'Save it as a draft and post after the meeting.',
  examples: {
    trigger: [
      { text: "Sat in planning board — this applicant's agent is waffling 😴", ...DURING(PLANNING_BOARD, '2026-07-03T19:10'), severity: 'warn', source: 'catalog R39 #1' },
      {
        text: "Live from the licensing hearing: the landlord's excuses are unbelievable.",
        ...DURING({ title: 'Licensing sub-committee', start: '2026-07-08T10:00', type: 'licensing' }, '2026-07-08T11:30'),
        severity: 'warn',
        source: 'catalog R39 #2',
      },
      {
        text: 'Full council live — watch Cllr Booth lose it!',
        settings: { lists: { meetings: [{ title: 'Full council', start: '2026-07-15T18:00', end: '2026-07-15T21:00' }] } },
        context: { now: '2026-07-15T19:00', hasMedia: true, mediaKind: 'video' },
        severity: 'info',
        source: 'catalog R39 #3',
      },
      { text: "Quick one while the officer presents — anyone know if the Co-op's open late?", ...DURING(PLANNING_BOARD, '2026-07-03T18:30'), severity: 'warn', source: 'catalog R39 #4' },
      { text: "Sat in planning board — this applicant's agent is waffling 😴", severity: 'warn' },
      { text: 'Lovely sunset over the Dearne tonight.', ...DURING(PLANNING_BOARD, '2026-07-03T18:00'), severity: 'warn' },
      { text: 'Lovely sunset over the Dearne tonight.', ...DURING(PLANNING_BOARD, '2026-07-03T20:00'), severity: 'warn' },
      { text: 'Lovely sunset over the Dearne tonight.', ...DURING({ title: 'Planning board', start: '2026-07-03T18:00' }, '2026-07-03T21:00'), severity: 'warn' },
    ],
    quiet: [
      { text: 'Planning board has just finished — the Lidl application was deferred for a site visit.', ...DURING(PLANNING_BOARD, '2026-07-03T20:30'), source: 'catalog R39 #1' },
      { text: 'Off to planning board tonight, agenda here: https://…', ...DURING(PLANNING_BOARD, '2026-07-03T16:00'), source: 'catalog R39 #2' },
      {
        text: 'Full council is webcast live tonight — watch here: https://…',
        ...DURING({ title: 'Full council', start: '2026-07-15T18:00', end: '2026-07-15T21:00' }, '2026-07-15T17:30'),
        source: 'catalog R39 #3',
      },
      { text: 'Long night at planning — home now.', ...DURING(PLANNING_BOARD, '2026-07-03T21:15'), source: 'catalog R39 #4' },
      { text: 'Lovely sunset over the Dearne tonight.', ...DURING(PLANNING_BOARD, '2026-07-03T17:59') },
      { text: 'Lovely sunset over the Dearne tonight.', ...DURING(PLANNING_BOARD, '2026-07-03T20:01') },
      { text: 'Lovely sunset over the Dearne tonight.', settings: { lists: { meetings: [PLANNING_BOARD] } } },
    ],
  },
  // One word of every text cue, or a listed meeting in progress.
  cues: {
    words: ['sat', 'live', 'tweeting', 'posting', 'right', 'meeting', 'chair', 'while', 'quick'],
    when: (doc) => meetingNow(doc) !== undefined,
  },
  detect(doc) {
    const text = doc.text;
    const meeting = meetingNow(doc);
    const media = doc.context.hasMedia === true || doc.context.mediaKind !== undefined;
    const recording = media ? ' Recording or photographing the meeting must also follow the protocol for recording devices.' : '';
    if (meeting) {
      const s = doc.sentences[0] ?? { start: 0, end: text.length };
      const hits: Hit[] = [{ start: s.start, end: s.end, severity: isQuasiJudicial(meeting) ? 'warn' : 'info', vars: { meeting: meeting.title || 'a meeting', recording } }];
      return hits;
    }
    const hits: Hit[] = [];
    for (const m of doc.matchAll(CUES)) {
      // "The chair just announced the raffle winners" is not a council meeting.
      if (/^(?:the chair|while the)/i.test(m[0]) && !MEETING_WORDS.test(text)) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, severity: QJ_WORDS.test(m[0]) ? 'warn' : 'info', vars: { meeting: 'a meeting', recording } });
    }
    return hits.slice(0, 1);
  },
});

import { defineRule } from '../define';
import type { Hit } from '../types';
import { defineGate, gate } from '../cues';

// Internal-process complaints and intra-council relations (catalog R34). Info only, by design:
// criticism of decisions is legitimate political speech and is never flagged here.
const CUES: RegExp[] = [
  /\b(?:officers?|highways|planning|the council|democratic services|legal|housing|the chief executive|the director)(?: department| team| officers)? (?:still |STILL )?(?:haven'?t|hasn'?t|have not|has not|won'?t|will not|refuse to|refused to) (?:replied|answered|responded|got back|come back|given me)\b/gi,
  /\b(?:members'? enquir(?:y|ies)|MEQs?)\b(?=[^.!?\n]{0,80}\b(?:no (?:reply|answer|response)|ignored|unanswered|still|weeks|months|waiting))/gi,
  /\b(?:still|STILL) (?:no|waiting for an?) (?:reply|answer|response) (?:to|on) my (?:members'? )?enquir(?:y|ies)\b/gi,
  /\bnobody (?:at|in|from) (?:the council|highways|planning|housing|the town hall)\b[^.!?\n]{0,30}\b(?:will|can|could|would) (?:tell|give|answer)/gi,
  /\b(?:weeks|months) (?:and|for|waiting for) (?:an? |no )?(?:answer|reply|response)\b/gi,
  /\bmy (?:own )?group leader (?:won'?t|will not|refuses|refused|has banned|blocked|stopped|is trying)/gi,
  /\b(?:the whip (?:has been|was) (?:withdrawn|removed)|(?:I'?ve|I have|I'?ve been|I was) (?:been )?(?:deselected|suspended from the group|had the whip (?:withdrawn|removed)))\b/gi,
  /\b(?:standards|code of conduct) complaint (?:against|about) (?:Cllr|Councillor|[A-Z])/g,
];
// CUE_GATE[i]: words CUES[i] cannot match without, read with the rules' cues, so a draft runs only the
// patterns it may hold. The first needs both its closing verb and its refusal.
const CUE_GATE: (readonly string[])[] = [
  [
    defineGate('internal-issue/replied', { words: ['replied', 'answered', 'responded', 'got', 'come', 'given'] }),
    defineGate('internal-issue/refused', { words: ['havent', 'haven', 'hasnt', 'hasn', 'not', 'wont', 'won', 'refuse', 'refused'] }),
  ],
  [defineGate('internal-issue/enquiry', { words: ['meq', 'meqs'], prefixes: ['enquir'] })],
  [defineGate('internal-issue/still-no-reply', { prefixes: ['enquir'] })],
  [defineGate('internal-issue/nobody', { words: ['nobody'] })],
  [defineGate('internal-issue/weeks', { words: ['weeks', 'months'] })],
  [defineGate('internal-issue/group-leader', { words: ['leader'] })],
  [defineGate('internal-issue/whip', { words: ['whip', 'deselected', 'suspended'] })],
  [defineGate('internal-issue/complaint', { words: ['complaint'] })],
];
// The proper route is being followed, or a question at a public meeting (catalog R34 de-escalators).
const PROCESS = /\b(?:I'?ve raised|I have raised|raised (?:it|this) (?:through|with|via)|through members'? enquiries|I'?ll (?:be )?ask(?:ing)?|I will (?:be )?ask(?:ing)?|public question|question at (?:full )?council|will update|update residents|when I hear back)\b/i;
const GRATITUDE = /\b(?:thanks?|thank you|grateful|quick response|well done)\b/i;

export default defineRule({
  id: 'official-capacity/internal-issue-aired-publicly',
  family: 'official-capacity',
  title: 'Airing an internal council issue in public',
  severity: 'info',
  sets: ['speaking-for-council'],
  policy: [
    { file: '000_02512859952f4825.txt', section: "Dos and don'ts at a glance — Don't", quote: 'raise council-related issues on social media. Use the process in place to get more information and facts' },
    { file: '003_af96a0d5570051af.txt', section: '4. Using social media for personal use at home (4.3)', quote: 'If you have a work related issue that you wish to air, please do it through the appropriate channel.' },
    { file: '000_02512859952f4825.txt', section: 'Key points', quote: "If you're unsure whether to post, comment on or share something, err on the side of caution and don't." },
  ],
  message:
    'This raises an internal council issue in public. The guidance suggests using the proper route first (members\' enquiries, your group leader or the Monitoring Officer) to get the facts. Could you post once you have them?',
  action: "Use the proper route first (members' enquiries, your group leader or the Monitoring Officer).",
  examples: {
    trigger: [
      { text: "Three weeks and officers STILL haven't answered my members' enquiry about the Dearne Valley drains.", source: 'catalog R34 #1' },
      { text: "I've put in a standards complaint against Cllr Wood today. Watch this space.", source: 'catalog R34 #2' },
      { text: "My own group leader won't let me speak on the budget. This is how this council works.", source: 'catalog R34 #3' },
      { text: 'Nobody in highways will give me a straight answer on the Hoyland crossing.', source: 'catalog R34 #4' },
      { text: 'Still no reply to my members enquiry about the flooding on Church Street — two months now.' },
    ],
    quiet: [
      { text: "I've raised the Dearne Valley drains through members' enquiries and will update residents when I hear back.", source: 'catalog R34 #1' },
      { text: "I'll be asking a public question about the crossing at full council on Wednesday.", source: 'catalog R34 #2' },
      { text: 'I voted against the budget tonight because of the cuts to youth services.', source: 'catalog R34 #3' },
      { text: 'Thanks to highways for a quick response on the Hoyland crossing!', source: 'catalog R34 #4' },
      { text: "The cabinet's decision to close the library is wrong and I'll keep fighting it." },
      { text: 'Residents have waited months for an answer from the developer on the drainage.' },
    ],
  },
  // One word of every pattern in CUES: "got" and "come" rather than "back" ("I'll report back" is everyday filler).
  cues: {
    words: ['given', 'got', 'come', 'nobody', 'weeks', 'months', 'leader', 'whip', 'suspended', 'complaint'],
    prefixes: ['replied', 'answered', 'responded', 'enquir', 'meq', 'deselected'],
  },
  detect(doc) {
    const text = doc.text;
    const hits: Hit[] = [];
    for (let i = 0; i < CUES.length; i++) {
      if (!CUE_GATE[i].every((g) => gate(doc, g))) continue;
      const re = CUES[i];
      for (const m of doc.matchAll(re)) {
        const s = doc.sentenceAt(m.index);
        const sentence = text.slice(s.start, s.end);
        if (PROCESS.test(sentence) || GRATITUDE.test(sentence)) continue;
        // "months for an answer from the developer" is not a council matter.
        if (re === CUES[4] && !/\b(?:officers?|council|highways|planning|enquir|MEQ|department)\b/i.test(sentence)) continue;
        hits.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    return hits;
  },
});

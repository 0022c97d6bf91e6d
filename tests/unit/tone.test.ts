/** Tone rules R40–R43 through the whole engine. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../rules/engine';
import { TextDoc } from '../../rules/doc';
import { heatScore } from '../../rules/tone/public-meeting-test';
import type { ComposeContext, Settings, Severity } from '../../rules/types';

const RANK: Record<Severity, number> = { info: 1, warn: 2, stop: 3 };
function worst(ruleId: string, text: string, context?: ComposeContext, settings?: Settings): Severity | null {
  const fs = analyze(text, context, settings).filter((f) => f.ruleId === ruleId);
  if (fs.length === 0) return null;
  return fs.reduce((a, f) => (RANK[f.severity] > RANK[a] ? f.severity : a), 'info' as Severity);
}

const R40 = 'tone/public-meeting-test';
const R41 = 'tone/heated-reply';
const R42 = 'tone/controversial-topic-plan';
const R43 = 'tone/corporate-jargon';

describe('R40 public-meeting test', () => {
  it('late night multiplies the heat', () => {
    const text = 'Honestly, grow up!!';
    const day = heatScore(new TextDoc(text, { now: '2026-05-20T14:00:00' }));
    const night = heatScore(new TextDoc(text, { now: '2026-05-20T23:40:00' }));
    expect(night).toBeGreaterThan(day);
    expect(worst(R40, text, { now: '2026-05-20T14:00:00' })).toBe('info');
    expect(worst(R40, text, { now: '2026-05-20T23:40:00' })).toBe('warn');
    expect(worst(R40, text, { now: '2026-05-20T03:10:00' })).toBe('warn');
  });

  it('shouting counts; acronyms and public-safety capitals do not', () => {
    expect(worst(R40, 'This is COMPLETELY UNACCEPTABLE and FRANKLY SHAMEFUL!!!')).toBe('warn');
    expect(worst(R40, 'The HMRC, DVLA and NHS helplines are listed below.')).toBeNull();
    expect(worst(R40, 'FLOOD WARNING: A635 CLOSED at Hoylandswaine.')).toBeNull();
  });

  it('quotes the strongest wording in the warning', () => {
    const f = analyze('Typical Reform lot, all mouth and no trousers. Grow up.').find((x) => x.ruleId === R40)!;
    expect(f.message).toMatch(/Strong wording \('(Grow up|Typical Reform lot|all mouth and no trousers)'\)/);
  });

  it.each([
    'This consultation was a shambles.',
    "The council's decision was wrong.",
    'What a ridiculous decision — I will be calling it in.',
    'Congratulations to Hoyland Juniors on winning the cup!!!',
    'AMAZING turnout at the gala today, THANK YOU all!!',
    "I'm disappointed, but I respect the outcome of the vote.",
  ])('quiet: %s', (text) => {
    expect(worst(R40, text)).toBeNull();
  });
});

describe('R41 heated reply', () => {
  it('fires only on replies and comments', () => {
    const text = 'Did you even read my post? Educate yourself.';
    expect(worst(R41, text, { kind: 'reply' })).toBe('warn');
    expect(worst(R41, text, { kind: 'comment' })).toBe('warn');
    expect(worst(R41, text, { kind: 'post' })).toBeNull();
    expect(worst(R41, text)).toBeNull();
  });

  it('a troll-bait parent makes a barbed reply a warning, and any reply at least a hint', () => {
    const parent = 'You are a useless waste of space, resign';
    expect(worst(R41, 'Where were you at the meeting then?', { kind: 'reply', parentText: parent })).toBe('warn');
    expect(worst(R41, 'The minutes are online.', { kind: 'reply', parentText: parent })).toBe('info');
    expect(worst(R41, 'The minutes are online.', { kind: 'reply', parentText: 'When is the next meeting?' })).toBeNull();
  });

  it.each([
    "Thanks for raising this — I've passed it to highways.",
    'Sorry to hear that. Happy to talk it through, email me.',
    "You're right, the date was wrong — corrected now.",
    'Did you get my email about the grant? It should be with you.',
  ])('quiet reply: %s', (text) => {
    expect(worst(R41, text, { kind: 'reply' })).toBeNull();
  });
});

describe('R42 controversial topic', () => {
  it.each([
    'My thoughts on the asylum hotel plans.',
    'The Gypsy and Traveller site consultation opens today.',
    'Why I back the ULEZ proposals.',
    'Statement on the flag-flying motion.',
    'Proposal to close Thurnscoe library.',
    'Save our library: the cabinet wants to shut it down.',
    'The proposed closure of Hoyland leisure centre goes to cabinet.',
  ])('info: %s', (text) => {
    expect(worst(R42, text)).toBe('info');
  });

  it('uses the member list as literals on top of the defaults', () => {
    const settings: Settings = { lists: { controversialTopics: ['wind turbines', 'Project (X)+'] } };
    expect(worst(R42, 'Update on the WIND-TURBINES at Royd Moor.', undefined, settings)).toBe('info');
    expect(worst(R42, 'Update on the wind turbines at Royd Moor.')).toBeNull();
    // Terms are literals, never patterns: "(X)+" does not match "XY".
    expect(worst(R42, 'Project XY is fine.', undefined, settings)).toBeNull();
  });

  it('only nudges on the member\'s own posts', () => {
    expect(worst(R42, 'The asylum hotel consultation link is here.', { kind: 'reply' })).toBeNull();
  });

  it.each(['Libraries are closed on Monday for the bank holiday.', 'Trans-Pennine Trail resurfacing starts next week.', 'The leisure centre pool is closed for cleaning until 2pm.', 'Church summer fair on Saturday!', 'Travellers Rest pub quiz raised £400 for the hospice.', 'Close the gate behind you at the allotments, please.'])('quiet: %s', (text) => {
    expect(worst(R42, text)).toBeNull();
  });
});

describe('R43 corporate jargon', () => {
  it('fires on jargon and unexplained acronyms, and names an acronym', () => {
    const fs = analyze('Going forward, the MTFS will leverage CIL receipts for key stakeholders.').filter((f) => f.ruleId === R43);
    expect(fs.length).toBeGreaterThan(0);
    expect(fs.every((f) => f.severity === 'info')).toBe(true);
    expect(fs[0].message).toMatch(/acronyms like '(MTFS|CIL)'/);
  });

  it('an explained acronym or a question to residents lowers it', () => {
    expect(worst(R43, 'The S106 money will fix the play area.')).toBeNull();
    expect(worst(R43, 'The developer money (S106) will fix the play area — what would you like?')).toBeNull();
  });

  it.each(['Looking forward to the gala!', 'The NHS walk-in centre is open till 8pm.', 'I voted for the budget because it protects libraries.'])('quiet: %s', (text) => {
    expect(worst(R43, text)).toBeNull();
  });
});

describe('everyday councillor posts: no conduct warning (harassment, defamation, officers, tone)', () => {
  // Criticising decisions, policies and processes, reporting, thanking and informing are never flagged above info.
  const posts = [
  "Really disappointed that cabinet has pushed ahead with closing Grimethorpe library. I'll be calling this decision in.",
  "The Labour administration's budget is a disaster for Bury's high streets — here's why I voted against it.",
  "Residents deserve better than this shambles of a consultation on the bus lanes.",
  "Met the planning officer on site today to look at the drainage issues on Wood Lane.",
  "The leader of the council still hasn't answered my question about the depot sale. I've tabled it for full council.",
  "Cllr Smith's motion on potholes was voted down again. Disappointing, but we'll keep pushing.",
  "Thanks to Sarah and the team at Barnsley Library for a great reading session with the kids!",
  "Big thank you to our binmen who worked through the snow this week.",
  "I've raised the fly-tipping on Carr Lane with the enforcement team and they're on it.",
  "The government's decision to cut the household support fund is wrong and will hurt families here.",
  "Scam alert: fraudsters are cold calling residents pretending to be from the council. Never give your bank details.",
  "Police have arrested a man after the break-in at the Co-op on High Street. Thanks to SYP for the quick response.",
  "I'm told the resurfacing of Huddersfield Road will start on Monday — I'll share the official notice when it's out.",
  "Apparently it's the busiest year ever for the food bank. Please donate if you can.",
  "Let's all get behind the Penistone Show this weekend — share far and wide!",
  "Everyone please email your views to the consultation before Friday: planning.policy@barnsley.gov.uk",
  "Why is the council still not gritting Cawthorne Road? I've asked highways to add it to the route.",
  "Day 3 of the Big Litter Pick and we've filled 60 bags!",
  "The Tories have failed this town for 14 years. Time for change.",
  "Typical weather for the gala, but a brilliant turnout anyway!!",
  "I don't think the cabinet member understands the strength of feeling in Hoyland about this.",
  "Criminals who steal catalytic converters are targeting Darton — please report anything suspicious to 101.",
  "Our MP has written to the minister about the rail cuts. Please sign the petition too.",
  "Congratulations to Mark Jennings on his retirement after 30 years in the parks team!",
  "The head of planning gave a clear presentation to the committee tonight.",
  "Honoured to attend the Remembrance service at Penistone today.",
  "Asked the case officer for an update on my constituent's housing application; will report back.",
  "The developer's claim that the site is 'unviable' doesn't stand up, and I said so at committee.",
  "Absolutely gutted for the lads at Barnsley FC today.",
  "Great news: the council has secured £2m for the Dearne Valley cycle route.",
  "I disagree with Cllr Green on this but respect her work on the youth centre.",
  "Another pothole on Park Road. Reported again. Still waiting for highways to fix it.",
  "For the third time this year the 22X bus has been cancelled without notice. I've written to the operator.",
  "Who is this? Our new community police officer, PC Hannah Lee — come and say hello at the surgery!",
  "You can report missed bins online at barnsley.gov.uk/bins.",
  "Thanks for your message — happy to help. Please DM me your address.",
  "The consultation was rushed and the process was flawed; residents weren't listened to.",
  "Please share: lost dog found on Church Street, brown spaniel, very friendly.",
  "The fire service has confirmed the cause of the blaze at the old mill was accidental.",
  "Sorry, I was wrong about the date in my last post — the meeting is on the 14th.",
];
  it.each(posts)('%s', (text) => {
    const loud = analyze(text).filter((f) => /^(harassment|defamation|officers|tone)\//.test(f.ruleId) && f.severity !== 'info');
    expect(loud.map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
  });
});

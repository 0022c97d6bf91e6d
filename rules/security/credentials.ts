import { defineRule } from '../define';

// A keyword, then (optionally "for X", "is", ":", "=") a secret of 4+ characters holding a digit or symbol.
// Bounded quantifiers only: no nested repetition, so no catastrophic backtracking (tests/unit/redos.test.ts).
const CREDENTIAL =
  /\b(password|passcode|passwd|pwd|pin(?: number)?|door code|key ?safe code|security code|verification code|2fa code|one[- ]time code|access code|(?:key ?safe|door|gate|alarm|lock ?box)\b[^.\n]{0,25}?\bcode)\b[ \t]*(?:(?:for|at|on|of|to) [^.:\n]{1,30}?[ \t]+)?(?:is|was|:|=|-)?[ \t]*['"“‘]?((?=[^\s'",]{0,40}[\d!@#$%^&*])[^\s'"”’,]{4,40})/gi;
// "username cllr.new, password …": the username is part of the secret.
const ADVICE = /\b(never|don't|do not|shouldn't|should not|forgot|forgotten|forgetting|reset|change|changing|strong|weak|manager)\b[^.\n]{0,30}$/i;

export default defineRule({
  id: 'security/credentials',
  family: 'security',
  title: 'Passwords, PINs and codes',
  severity: 'stop',
  sets: ['safety-security'],
  policy: [
    { file: '000_02512859952f4825.txt', section: "Dos and don'ts at a glance — Don't", quote: 'share your passwords with anyone' },
    { file: '002_0356de40dc76b657.txt', section: '1.1 General ‘Dos and Don’ts’ for Social Media — Don\'t', quote: 'share your passwords with anyone and make it difficult to guess' },
    { file: '003_af96a0d5570051af.txt', section: '4. Using social media for personal use at home (4.12)', quote: 'You are bound by all confidentiality and digital security arrangements while using council equipment and your council login.' },
    { file: '004_f238b8de7f3077ec.txt', section: 'How to set yourself up to stay safe using social media', quote: 'different passwords for each account.' },
  ],
  message:
    "This looks like it contains a password or security code ({excerpt}). Never post these, even in a private group or message. Delete it, and change the password if it's been shared.",
  action: 'Delete the code, and change the password if it has been shared.',
  examples: {
    trigger: [
      { text: "Members' portal login for the new councillors: username cllr.new, password Barnsley2024!", source: 'catalog R47 #1' },
      { text: 'WiFi at the community centre is CentreGuest, password Miner$1984 — help yourselves.', source: 'catalog R47 #2' },
      { text: 'Your verification code is 482913 — can someone tell me what this is?', context: { kind: 'reply' }, source: 'catalog R47 #3' },
      { text: 'Door code for the ward office is 4071#, just let yourselves in for the surgery.', source: 'catalog R47 #4' },
      { text: 'The key safe code at the scout hut is 2580 if you get there before me.' },
      { text: 'Alarm code: 1942 — please set it when you leave the hall.' },
    ],
    quiet: [
      { text: 'Reminder: never share your passwords, and turn on two-factor authentication.', source: 'catalog R47 #1' },
      { text: "I've been locked out of my account after forgetting my password — sorry for the silence!", source: 'catalog R47 #2' },
      { text: 'Free WiFi is available at all Barnsley libraries — ask staff for details.', source: 'catalog R47 #3' },
      { text: 'Pay by phone: the location code is shown on the signs in the car park.', source: 'catalog R47 #4' },
      { text: 'Use a password manager and a different password for each account.' },
      { text: 'The PIN machines at the leisure centre are working again.' },
    ],
  },
  detect(doc) {
    const hits = [];
    for (const m of doc.matchAll(CREDENTIAL)) {
      const before = doc.text.slice(Math.max(0, m.index - 40), m.index);
      if (ADVICE.test(before)) continue;
      const secret = m[2];
      const secretStart = m.index + m[0].length - secret.length;
      hits.push({ start: m.index, end: secretStart + secret.length });
    }
    return hits;
  },
});

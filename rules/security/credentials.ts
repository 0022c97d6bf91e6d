import { defineRule } from '../define';
import { sentenceOf } from '../shared/children';
import type { TextDoc } from '../doc';
import { toOriginal } from '../normalize';
import type { Hit, Span } from '../types';

// All patterns run on the folded text (lower case, invisible characters removed, look-alike letters
// folded), so "Pass\u200Bword", "PASSWORD" and Cyrillic "раssword" are the same word; the secret
// itself is then read from the original to judge its shape. Bounded quantifiers only: no nested
// repetition, so no catastrophic backtracking (tests/unit/redos.test.ts).

/** One cheap test on the raw text before anything else. */
const GATE = /[pр][a@4а][s$5ѕ]{2}|pwd|\bpw\b|\bpin\b|code\b|log-?in|\blog in|user ?(?:name|id)|\botp\b|sign[- ]?in/i;

const KEYWORD =
  String.raw`p[a@4][s$5]{2}w[o0]rds?|passcode|passwd|pwd|pin(?: number| code)?|door code|key ?safe code|(?:verification|security|confirmation|authentication|auth|login|log-in|sign[- ]in|2fa|two[- ]factor|one[- ]time|otp|access|whatsapp|facebook|google|microsoft|apple|amazon|instagram|twitter|bank(?:ing)?) (?:pass)?code|otp|(?:key ?safe|key ?box|door|gate|alarm|lock ?box|entry|keypad)\b[^.\n]{0,25}?\bcode|code (?:for|to|on|of) (?:the |our |my )?(?:front |back |side |main )?(?:door|gate|key ?safe|key ?box|alarm|lock ?box|building|hall|office|centre|entrance|padlock|shed|garage)`;

// A keyword, then (optionally "for X", "is", ":", "=") a secret of 4+ characters holding a digit or symbol.
const CREDENTIAL = new RegExp(
  String.raw`\b(${KEYWORD})\b[ \t]*(?:(?:for|at|on|of|to) [^.:\n]{1,30}?[ \t]+|(?:i|you|we|they) (?:just )?(?:got|received|was sent|were sent|have|had)[ \t]*)?(?:is|was|'s|:|=|-|–)?[ \t]*['"“‘]?((?=[^\s'",]{0,40}[\d!@#$%^&*])[^\s'"”’,]{4,40})`,
  'g',
);
// "password is CentreGuest": with an explicit "is", ":" or "=", a CamelCase word is a secret too.
const CAMEL_SECRET = new RegExp(String.raw`\b(p[a@4][s$5]{2}w[o0]rds?|passcode|passwd|pwd|pin)\b[ \t]*(?:for [^.:\n]{1,30}?[ \t]+)?(?:is|:|=)[ \t]*['"“‘]?([^\s'"”’,.;!?]{6,40})`, 'g');
// "username cllr.new, password Barnsley2024!", "login: jsmith / pw: letmein": a pair reveals the secret whatever its shape.
const USER_PASS = new RegExp(
  String.raw`\b(?:user ?name|user(?: id)?|login|log-in|email)[ \t]*(?:is|:|=|-)?[ \t]*['"“‘]?([^\s'"”’,;]{2,60})['"”’]?[ \t]*[,;/|&]?[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?(?:p[a@4][s$5]{2}w[o0]rds?|pwd|pw|pass)[ \t]*(?:is|:|=|-)?[ \t]*['"“‘]?([^\s'"”’,;]{4,40})`,
  'g',
);
// "Login: jo@gmail.com / Kingstone!2024": a login followed by "/" and a secret with a letter and a digit or symbol.
const LOGIN_SLASH =
  /\b(?:login|log-in|log in|sign[- ]in|user ?name|account|details)\b[^\n]{0,40}?[^\s/|]{3,60}[ \t]{0,3}[/|][ \t]{0,3}((?=[^\s'",]{0,40}[\d!@#$%^&*])(?=[^\s'",]{0,40}[a-z])[^\s'",]{6,40})/g;
// "The code is 4821 for the gate": the secret first, the door after.
const CODE_FOR_DOOR = /\bcode (?:is|:)[ \t]*(\d{3,8}#?)(?!\d)[^.\n]{0,30}?\b(?:door|gate|key ?safe|key ?box|alarm|lock ?box|entrance|padlock|shed|garage)\b/g;
// "Your code is 482913", "482913 is your verification code".
const BARE_CODE = /\b(?:your|the|my) (?:\w+ ){0,2}code (?:is|:)[ \t]*(\d{4,8})\b|\b(\d{4,8}) is your (?:\w+ ){0,2}code\b/g;
const CODE_CONTEXT = /\b(?:verif|2fa|two[- ]factor|otp|one[- ]time|sign[- ]?in|log ?in|security|authenticat|confirm|text(?:ed)? me|sent me|whatsapp|facebook|google|microsoft|bank)/;

// Advice and complaints: "never share your password", "forgot my password", "reset the PIN".
const ADVICE = /\b(never|don't|do not|dont|shouldn't|should not|avoid|forgot|forgotten|forgetting|reset|change|changing|strong|stronger|weak|manager|example|e\.g\.|like|such as|instead of)\b[^.\n]{0,30}$/i;
const NOT_SECRET = new Set([
  'expired', 'incorrect', 'wrong', 'required', 'needed', 'changed', 'reset', 'locked', 'please', 'still', 'being', 'manager', 'protected',
  'strong', 'weak', 'different', 'unique', 'secure', 'available', 'displayed', 'shown', 'printed', 'written', 'attached', 'below', 'above',
  'same', 'case-sensitive', 'compulsory', 'optional', 'blank', 'empty', 'hidden', 'forgotten', 'private', 'secret', 'correct', 'valid',
  'the', 'your', 'my', 'our', 'their', 'his', 'her', 'not', 'and', 'for', 'with', 'from', 'that', 'this', 'sent', 'emailed', 'texted',
]);

/** Council systems: a credential next to one of these opens council data (003 §4.12). */
const COUNCIL_SYSTEM = /\b(?:modern\.?gov|mod\.gov|members['’]? (?:portal|area|hub|extranet|ipad)|member portal|citrix|vpn|intranet|sharepoint|office ?365|microsoft 365|m365|outlook|egress|council (?:laptop|login|log-in|email|e-mail|wifi|wi-fi|network|account|ipad|system|tablet))\b/i;

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
    "This looks like it contains a password or security code. Never post these, even in a private group or message. Delete it, and change the password if it's been shared.",
  action: 'Delete the password or code, and change it if it has been shared.',
  examples: {
    trigger: [
      { text: "Members' portal login for the new councillors: username cllr.new, password Barnsley2024!", severity: 'stop', source: 'catalog R47 #1' },
      { text: 'WiFi at the community centre is CentreGuest, password Miner$1984 — help yourselves.', severity: 'stop', source: 'catalog R47 #2' },
      { text: 'Your verification code is 482913 — can someone tell me what this is?', context: { kind: 'reply' }, severity: 'stop', source: 'catalog R47 #3' },
      { text: 'Door code for the ward office is 4071#, just let yourselves in for the surgery.', severity: 'stop', source: 'catalog R47 #4' },
      { text: 'The key safe code at the scout hut is 2580 if you get there before me.', severity: 'stop' },
      { text: 'Alarm code: 1942 — please set it when you leave the hall.', severity: 'stop' },
      { text: 'Modern.gov password is CentreGuest if anyone needs the papers tonight.', severity: 'stop' },
      { text: 'Citrix login: jsmith / pw: letmein', severity: 'stop' },
      { text: '573201 is your WhatsApp code. Who keeps sending me these?', severity: 'stop' },
      { text: 'PASS\u200BWORD: Summer2025! for the members\u2019 iPad', severity: 'stop' },
    ],
    quiet: [
      { text: 'Reminder: never share your passwords, and turn on two-factor authentication.', source: 'catalog R47 #1' },
      { text: "I've been locked out of my account after forgetting my password — sorry for the silence!", source: 'catalog R47 #2' },
      { text: 'Free WiFi is available at all Barnsley libraries — ask staff for details.', source: 'catalog R47 #3' },
      { text: 'Pay by phone: the location code is shown on the signs in the car park.', source: 'catalog R47 #4' },
      { text: 'Use a password manager and a different password for each account.' },
      { text: 'The PIN machines at the leisure centre are working again.' },
      { text: 'My Modern.gov password is expired again — IT are on it.' },
      { text: "Don't use passwords like Password123 — a long passphrase is much safer." },
      { text: 'The new postcode is S70 2TA and the door code system starts next week.' },
      { text: 'The council will never ask for your PIN or password by text.' },
    ],
  },
  // Every path needs a keyword of its own, on the folded text: the password word in all its spellings
  // (p@ss → "p", pa$$ → "pa", p4$$ → "p4", pass/pas5/pa5s/p4ss/p45s…), pwd, pin, otp or a whole-word "code"
  // (CREDENTIAL, CAMEL_SECRET, CODE_FOR_DOOR, BARE_CODE); a user or login word (USER_PASS, LOGIN_SLASH).
  cues: {
    words: ['p', 'pa', 'p4', 'pwd', 'pin', 'otp', 'code', 'log', 'sign', 'signin', 'account', 'details'],
    prefixes: ['pas', 'pa5', 'p4s', 'p45', 'user', 'login', 'email'],
  },
  detect(doc) {
    if (!GATE.test(doc.text)) return [];
    const f = doc.folded;
    const ft = f.text;
    const text = doc.text;
    const spans: Span[] = [];
    const orig = (a: number, b: number) => toOriginal(f, a, b);

    for (const re of [CREDENTIAL, CAMEL_SECRET]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(ft))) {
        const secret = m[2];
        const sf = m.index + m[0].length - secret.length;
        const sec = orig(sf, sf + secret.length);
        const raw = trimPunct(text.slice(sec.start, sec.end));
        if (!raw) continue;
        if (re === CAMEL_SECRET && !camelOrSystem(raw, doc, sec)) continue;
        if (NOT_SECRET.has(raw.toLowerCase())) continue;
        if (isAdvice(ft, m.index)) continue;
        const all = orig(m.index, sf + secret.length);
        spans.push({ start: all.start, end: sec.start + raw.length });
      }
    }

    USER_PASS.lastIndex = 0;
    let u: RegExpExecArray | null;
    while ((u = USER_PASS.exec(ft))) {
      const pw = u[2];
      const pf = u.index + u[0].length - pw.length;
      const sec = orig(pf, pf + pw.length);
      const raw = trimPunct(text.slice(sec.start, sec.end));
      if (raw.length < 4 || NOT_SECRET.has(raw.toLowerCase()) || isAdvice(ft, u.index)) continue;
      if (NOT_SECRET.has(u[1].toLowerCase())) continue;
      const all = orig(u.index, pf + pw.length);
      spans.push({ start: all.start, end: sec.start + raw.length });
    }

    if (text.includes('/') || text.includes('|')) {
      LOGIN_SLASH.lastIndex = 0;
      let l: RegExpExecArray | null;
      while ((l = LOGIN_SLASH.exec(ft))) {
        const pw = l[1];
        const pf = l.index + l[0].length - pw.length;
        if (isAdvice(ft, l.index)) continue;
        const sec = orig(pf, pf + pw.length);
        const raw = trimPunct(text.slice(sec.start, sec.end));
        spans.push({ start: orig(l.index, l.index + 1).start, end: sec.start + raw.length });
      }
    }

    if (/\d{3}/.test(text)) {
      CODE_FOR_DOOR.lastIndex = 0;
      let c: RegExpExecArray | null;
      while ((c = CODE_FOR_DOOR.exec(ft))) {
        if (isAdvice(ft, c.index)) continue;
        spans.push(orig(c.index, c.index + c[0].length));
      }
    }

    if (/\d{4}/.test(text)) {
      BARE_CODE.lastIndex = 0;
      let b: RegExpExecArray | null;
      while ((b = BARE_CODE.exec(ft))) {
        const s = sentenceOf(doc, orig(b.index, b.index + 1).start);
        if (!CODE_CONTEXT.test(text.slice(s.start, s.end).toLowerCase())) continue;
        if (isAdvice(ft, b.index)) continue;
        const span = orig(b.index, b.index + b[0].length);
        spans.push(span);
      }
    }
    return merge(spans);
  },
});

function trimPunct(s: string): string {
  // A trailing full stop or comma ends the sentence, not the secret ("4071#," "Barnsley2024!." keep "!").
  return s.replace(/[.,;:)\]]+$/, '');
}

function isAdvice(folded: string, at: number): boolean {
  return ADVICE.test(folded.slice(Math.max(0, at - 40), at));
}

/**
 * CamelCase ("CentreGuest") is a secret; so is a plain word after "password is" when the sentence
 * names a council system (Modern.gov, Citrix, the members' portal…), unless it reads as an ordinary
 * adjective or adverb ("expired", "definitely", "working").
 */
function camelOrSystem(raw: string, doc: TextDoc, span: Span): boolean {
  if (/[a-z][A-Z]/.test(raw) || /[A-Z]{2,}[a-z]/.test(raw)) return true;
  const s = sentenceOf(doc, span.start);
  const bySentence = doc.memo('credentials/system', () => new Map<number, boolean>());
  let sys = bySentence.get(s.start);
  if (sys === undefined) bySentence.set(s.start, (sys = COUNCIL_SYSTEM.test(doc.text.slice(s.start, s.end))));
  if (!sys) return false;
  return /^[A-Za-z]{6,40}$/.test(raw) && !/(?:ly|ed|ing|ful|less|able|ible)$/i.test(raw);
}

function merge(spans: Span[]): Hit[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

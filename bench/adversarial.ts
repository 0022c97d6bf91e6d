/**
 * Adversarial inputs for the ReDoS test (tests/unit/redos.test.ts) and the benchmark: long runs of
 * the characters and shapes that make badly written patterns backtrack (design.md §7).
 */
export const ADVERSARIAL_LENGTH = 50_000;

const fill = (unit: string, tail = '', n = ADVERSARIAL_LENGTH) => unit.repeat(Math.ceil((n - tail.length) / unit.length)).slice(0, n - tail.length) + tail;

/** Name and input; each is ADVERSARIAL_LENGTH characters. */
export const ADVERSARIAL: readonly (readonly [string, () => string])[] = [
  ['digits', () => fill('7')],
  ['digits then letter', () => fill('0', 'x')],
  ['spaces', () => fill(' ', 'x')],
  ['letters', () => fill('a')],
  ['letters then bang', () => fill('a', '!')],
  ['"a " repeated', () => fill('a ')],
  ['"@" repeated', () => fill('@')],
  ['"." repeated', () => fill('.')],
  ['"a." repeated', () => fill('a.', '@')],
  ['"a@" repeated', () => fill('a@')],
  ['digit-space "1 "', () => fill('1 ')],
  ['digit pairs "07 "', () => fill('07 ')],
  ['phone-like "07700 900 "', () => fill('07700 900 ')],
  ['mixed digits/space/dash "1 2-3  4"', () => fill('1 2-3  4 ')],
  ['postcode-like "SW1A 1A "', () => fill('SW1A 1A ')],
  ['"password " repeated', () => fill('password ')],
  ['"password is " repeated', () => fill('password is ')],
  ['URL-like "http://a."', () => 'http://' + fill('a.', '', ADVERSARIAL_LENGTH - 7)],
  ['URL-like "www.a.b/"', () => fill('www.a.b/')],
  ['URL path "/%2"', () => 'https://x.co' + fill('/%2', ' ', ADVERSARIAL_LENGTH - 12)],
  ['email-like "a.b@c."', () => fill('a.b@c.')],
  ['capitalised words', () => fill('Mrs Patel Smith Jones ')],
  ['capitalised no space', () => fill('Aa')],
  ['"Cllr " repeated', () => fill('Cllr ')],
  ['newlines', () => fill('\n', 'x')],
  ['hyphens', () => fill('-', 'x')],
  ['apostrophes', () => fill("'", 'x')],
  ['hash tags', () => fill('#a')],
  ['money "£1,"', () => fill('£1,')],
  ['times "10:3"', () => fill('10:3')],
  ['dates "1/2/"', () => fill('1/2/')],
  ['quotes "\\""', () => fill('"a ')],
  ['leet "sh1t "', () => fill('sh1t ')],
  ['spaced letters "f u "', () => fill('f u ')],
  ['emoji', () => fill('😀')],
  ['combining marks', () => fill('a\u0301\u0302')],
];

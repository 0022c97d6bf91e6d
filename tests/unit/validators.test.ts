import { describe, expect, it } from 'vitest';
import {
  classifyEmail,
  findUkPhones,
  isAccountNumber,
  isCardNumber,
  isEmail,
  isIban,
  isNhsNumber,
  isNiNumber,
  isPlausibleDob,
  isRoleMailbox,
  isSortCode,
  isUkPostcode,
  luhn,
  parseUkDate,
  parseUkPhone,
  samePhone,
  vrmFormat,
} from '../../rules/shared/validators';

describe('parseUkPhone', () => {
  it.each([
    ['07700 900123', 'mobile', '07700900123'],
    ['07700900123', 'mobile', '07700900123'],
    ['07700-900-789', 'mobile', '07700900789'],
    ['07700.900.789', 'mobile', '07700900789'],
    ['+44 7700 900 321', 'mobile', '07700900321'],
    ['+44 (0)7700 900321', 'mobile', '07700900321'],
    ['0044 7700 900321', 'mobile', '07700900321'],
    ['+447700900321', 'mobile', '07700900321'],
    ['(01226) 773443', 'geographic', '01226773443'],
    ['01632 960 555', 'geographic', '01632960555'],
    ['020 7946 0123', 'geographic', '02079460123'],
    ['0113 496 0871', 'geographic', '01134960871'],
    ['0300 123 4567', 'non-geographic', '03001234567'],
    ['0345 600 1234', 'non-geographic', '03456001234'],
    ['0800 123 4567', 'freephone', '08001234567'],
    ['0808 2000 247', 'freephone', '08082000247'],
    ['0845 123 4567', 'shared-cost', '08451234567'],
    ['0870 123 4567', 'shared-cost', '08701234567'],
    ['0909 879 0123', 'premium', '09098790123'],
    ['070 1234 5678', 'personal', '07012345678'],
  ])('%s is a %s number', (raw, kind, national) => {
    const p = parseUkPhone(raw);
    expect(p?.kind).toBe(kind);
    expect(p?.national).toBe(national);
  });

  it('marks organisation ranges and short codes as organisations, mobiles and landlines as not', () => {
    expect(parseUkPhone('0300 123 4567')?.organisation).toBe(true);
    expect(parseUkPhone('0800 123 4567')?.organisation).toBe(true);
    expect(parseUkPhone('0845 123 4567')?.organisation).toBe(true);
    expect(parseUkPhone('07700 900123')?.organisation).toBe(false);
    expect(parseUkPhone('01226 773443')?.organisation).toBe(false);
    for (const s of ['999', '101', '111', '112', '116 123', '116123', '118 118']) {
      const p = parseUkPhone(s);
      expect(p?.kind, s).toBe('short');
      expect(p?.organisation).toBe(true);
    }
  });

  it('recognises the Ofcom drama ranges', () => {
    expect(parseUkPhone('07700 900482')?.drama).toBe(true);
    expect(parseUkPhone('01632 960555')?.drama).toBe(true);
    expect(parseUkPhone('020 7946 0123')?.drama).toBe(true);
    expect(parseUkPhone('07712 345678')?.drama).toBe(false);
  });

  it.each([
    '0770 090 012', // too short for a mobile
    '077009001234', // too long
    '+1 555 123 4567', // not UK
    '+33 1 23 45 67 89',
    '12/03/2024',
    '0123',
    '00 44',
    '06123 456789', // no 06 range
    '0411 123 4567', // no 04 range
    '07700 900123x',
    '2024/0123/FUL',
    '',
  ])('rejects %s', (raw) => {
    expect(parseUkPhone(raw)).toBeNull();
  });

  it('compares numbers however they are written', () => {
    expect(samePhone('+44 7700 900999', '07700900999')).toBe(true);
    expect(samePhone('(07700) 900-999', '0044 7700 900 999')).toBe(true);
    expect(samePhone('07700 900999', '07700 900998')).toBe(false);
  });
});

describe('findUkPhones', () => {
  it('finds each number with exact offsets and keeps the opening bracket out when it does not close', () => {
    const t = 'Kev (07700 900123) or +44 (0)7700 900 321, office 0300 123 4567.';
    const found = findUkPhones(t).map((p) => t.slice(p.start, p.end));
    expect(found).toEqual(['07700 900123', '+44 (0)7700 900 321', '0300 123 4567']);
  });
  it('does not run into a following number or take dates, money or plan references', () => {
    expect(findUkPhones('Call 07700 900123 2 times').map((p) => p.raw)).toEqual(['07700 900123']);
    expect(findUkPhones('On 12/03/2024 we spent £1,250,000 on 2024/0123/FUL')).toEqual([]);
    expect(findUkPhones('Samaritans 116 123, police 101')).toEqual([]);
  });
});

describe('email', () => {
  it('validates shapes', () => {
    expect(isEmail('jane.holmes1962@hotmail.co.uk')).toBe(true);
    expect(isEmail("o'reilly+council@gmail.com")).toBe(true);
    expect(isEmail('not an email')).toBe(false);
    expect(isEmail('jane@@gmail.com')).toBe(false);
    expect(isEmail('jane..doe@gmail.com')).toBe(false);
    expect(isEmail('@BarnsleyCouncil')).toBe(false);
  });
  it('classifies domains', () => {
    expect(classifyEmail('jane@gmail.com')).toBe('webmail');
    expect(classifyEmail('bill.turner@btinternet.com')).toBe('webmail');
    expect(classifyEmail('cllr.j.smith@barnsley.gov.uk')).toBe('public-sector');
    expect(classifyEmail('referrals@nhs.net')).toBe('public-sector');
    expect(classifyEmail('x@southyorkshire.police.uk')).toBe('public-sector');
    expect(classifyEmail('info@burylitfest.org.uk')).toBe('public-sector');
    expect(classifyEmail('office@oakfield.sch.uk')).toBe('public-sector');
    expect(classifyEmail('a.b@shef.ac.uk')).toBe('public-sector');
    expect(classifyEmail('repairs@berneslaihomes.co.uk', ['berneslaihomes.co.uk'])).toBe('listed');
    expect(classifyEmail('repairs@mail.berneslaihomes.co.uk', ['@berneslaihomes.co.uk'])).toBe('listed');
    expect(classifyEmail('m.kowalski@bramleyestates.co.uk')).toBe('other');
    // A look-alike is not the public sector.
    expect(classifyEmail('x@barnsley-gov.uk')).toBe('other');
    expect(classifyEmail('x@gov.uk.evil.com')).toBe('other');
  });
  it('knows role mailboxes', () => {
    expect(isRoleMailbox('info')).toBe(true);
    expect(isRoleMailbox('enquiries')).toBe(true);
    expect(isRoleMailbox('jane.holmes')).toBe(false);
  });
});

describe('isUkPostcode', () => {
  it.each(['S71 3EX', 'BL9 0EJ', 's70 4xx', 'SW1A 1AA', 'M1 1AE', 'EC1A1BB', 'W1A 0AX', 'GIR 0AA', 'B33 8TH', 'CR2 6XH', 'DN55 1PT'])('accepts %s', (pc) => {
    expect(isUkPostcode(pc)).toBe(true);
  });
  it.each(['S75', 'BL9', 'S7 5', 'Q1 1AA', 'S71 3CX', 'S71 3EI', 'SW1A', '123 ABC', 'AB12 CDE'])('rejects %s', (pc) => {
    expect(isUkPostcode(pc)).toBe(false);
  });
});

describe('isNhsNumber', () => {
  it('accepts valid modulus-11 numbers in any spacing', () => {
    expect(isNhsNumber('943 476 5919')).toBe(true);
    expect(isNhsNumber('9434765919')).toBe(true);
    expect(isNhsNumber('943-476-5919')).toBe(true);
    expect(isNhsNumber('401 023 2137')).toBe(true);
  });
  it('rejects a wrong check digit, a check digit of 10, all-same digits and wrong lengths', () => {
    expect(isNhsNumber('943 476 5918')).toBe(false);
    expect(isNhsNumber('0000000000')).toBe(false);
    expect(isNhsNumber('4444444444')).toBe(false);
    expect(isNhsNumber('943 476 591')).toBe(false);
    expect(isNhsNumber('94347659190')).toBe(false);
    // 123456789 gives a check digit of 10: never issued.
    expect(isNhsNumber('1234567890')).toBe(false);
  });
});

describe('isNiNumber', () => {
  it('accepts valid numbers with or without spaces, any case', () => {
    expect(isNiNumber('AB 12 34 56 C')).toBe(true);
    expect(isNiNumber('JT123456A')).toBe(true);
    expect(isNiNumber('jt 123456 d')).toBe(true);
  });
  it('applies the HMRC prefix and suffix rules', () => {
    expect(isNiNumber('DA 12 34 56 A')).toBe(false); // first letter D
    expect(isNiNumber('FA123456A')).toBe(false);
    expect(isNiNumber('IA123456A')).toBe(false);
    expect(isNiNumber('UA123456A')).toBe(false);
    expect(isNiNumber('VA123456A')).toBe(false);
    expect(isNiNumber('AO123456A')).toBe(false); // second letter O
    expect(isNiNumber('AD123456A')).toBe(false);
    for (const p of ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']) expect(isNiNumber(`${p}123456A`), p).toBe(false);
    expect(isNiNumber('AB123456E')).toBe(false); // suffix A–D only
    expect(isNiNumber('AB12345C')).toBe(false);
  });
  it('accepts the QQ specimen only with a cue', () => {
    expect(isNiNumber('QQ 12 34 56 C')).toBe(false);
    expect(isNiNumber('QQ 12 34 56 C', true)).toBe(true);
  });
});

describe('cards, bank details, IBAN', () => {
  it('Luhn', () => {
    expect(luhn('79927398713')).toBe(true);
    expect(luhn('79927398710')).toBe(false);
  });
  it('card numbers: 13–19 digits, known scheme, Luhn-valid', () => {
    expect(isCardNumber('4539 1488 0343 6467')).toBe(true);
    expect(isCardNumber('4111-1111-1111-1111')).toBe(true);
    expect(isCardNumber('5555555555554444')).toBe(true);
    expect(isCardNumber('378282246310005')).toBe(true); // Amex, 15 digits
    expect(isCardNumber('4539 1488 0343 6468')).toBe(false); // Luhn fails
    expect(isCardNumber('0000 0000 0000 0000')).toBe(false);
    expect(isCardNumber('9111 1111 1111 1111')).toBe(false); // unknown scheme
    expect(isCardNumber('4111 1111 111')).toBe(false); // too short
  });
  it('sort codes and account numbers', () => {
    expect(isSortCode('20-45-77')).toBe(true);
    expect(isSortCode('20 45 77')).toBe(true);
    expect(isSortCode('204577')).toBe(true);
    expect(isSortCode('20-45 77')).toBe(false);
    expect(isSortCode('2045-77')).toBe(false);
    expect(isAccountNumber('43127688')).toBe(true);
    expect(isAccountNumber('4312768')).toBe(false);
    expect(isAccountNumber('431276881')).toBe(false);
  });
  it('IBAN mod-97 and length', () => {
    expect(isIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isIban('GB82WEST12345698765432')).toBe(true);
    expect(isIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isIban('GB83 WEST 1234 5698 7654 32')).toBe(false);
    expect(isIban('GB82 WEST 1234 5698 7654 3')).toBe(false);
    expect(isIban('hello')).toBe(false);
  });
});

describe('vrmFormat', () => {
  it('accepts current registrations on their own', () => {
    expect(vrmFormat('YD19 KLM')).toBe('current');
    expect(vrmFormat('yd19klm')).toBe('current');
    expect(vrmFormat('BD51 SMR')).toBe('current');
  });
  it('rejects impossible current ones', () => {
    expect(vrmFormat('QD19 KLM')).toBeNull(); // Q is not a memory tag
    expect(vrmFormat('ZD19 KLM')).toBeNull();
    expect(vrmFormat('YD01 KLM')).toBeNull(); // 01 never issued
    expect(vrmFormat('YD19 KLI')).toBeNull(); // no I in the random letters
    expect(vrmFormat('YD95 KLM')).toBeNull();
  });
  it('accepts older formats only with a vehicle cue, and never road numbers', () => {
    expect(vrmFormat('L123 ABC')).toBeNull();
    expect(vrmFormat('L123 ABC', true)).toBe('prefix');
    expect(vrmFormat('ABC 123D', true)).toBe('suffix');
    expect(vrmFormat('ABC 123D')).toBeNull();
    expect(vrmFormat('A61')).toBeNull();
    expect(vrmFormat('M1 J37')).toBeNull();
  });
});

describe('dates of birth', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  it('parses UK forms', () => {
    expect(parseUkDate('14/02/1941', now)).toEqual({ day: 14, month: 2, year: 1941 });
    expect(parseUkDate('14.2.41', now)).toEqual({ day: 14, month: 2, year: 1941 });
    expect(parseUkDate('3rd March 1958', now)).toEqual({ day: 3, month: 3, year: 1958 });
    expect(parseUkDate('4 Sept 1975', now)).toEqual({ day: 4, month: 9, year: 1975 });
    expect(parseUkDate('February 14, 1941', now)).toEqual({ day: 14, month: 2, year: 1941 });
    expect(parseUkDate('12/03/24', now)?.year).toBe(2024);
  });
  it('rejects impossible dates', () => {
    expect(parseUkDate('30/02/1990', now)).toBeNull();
    expect(parseUkDate('31 April 1990', now)).toBeNull();
    expect(parseUkDate('12/13/1990', now)).toBeNull();
    expect(parseUkDate('Friday', now)).toBeNull();
  });
  it('plausible DOB: real, past, within 120 years', () => {
    expect(isPlausibleDob('14/02/1941', now)).toBe(true);
    expect(isPlausibleDob('14/02/2030', now)).toBe(false);
    expect(isPlausibleDob('14/02/1841', now)).toBe(false);
    expect(isPlausibleDob('29/02/2001', now)).toBe(false);
    expect(isPlausibleDob('29/02/2000', now)).toBe(true);
  });
});

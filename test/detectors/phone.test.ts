import { PiiError } from '../../src/core/errors.js';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString as parseMax } from 'libphonenumber-js/max';
import { detectContext } from '../../src/core/detector.js';
import { isOfcomDrama, libphonenumberCheck, phone, ukNumberShape, type PhoneOptions } from '../../src/detectors/phone.js';

const run = (text: string, opts: PhoneOptions = {}) => phone(opts).detect(text, detectContext(text, { explain: true })).filter((f) => f.score >= 0.5);
const texts = (text: string, opts: PhoneOptions = {}) => run(text, opts).map((f) => f.text);
const lib: PhoneOptions = { check: libphonenumberCheck(parseMax) };

const POSITIVES: ReadonlyArray<readonly [string, string]> = [
  ['Mob: 07700 900123.', '07700 900123'],
  ['call 07700900123 now', '07700900123'],
  ['Tel +44 7700 900026', '+44 7700 900026'],
  ['Tel: +44 (0)20 7946 0958', '+44 (0)20 7946 0958'],
  ['Tel: +44 (0) 161 496 0278', '+44 (0) 161 496 0278'],
  ['office 020 7946 0194 |', '020 7946 0194'],
  ['ring 0161-496-0000', '0161-496-0000'],
  ['0161 496 0581', '0161 496 0581'],
  ['desk (01632) 960 001.', '(01632) 960 001'],
  ['mob 07700 900 726', '07700 900 726'],
  ['switchboard 0113 496 0000 ext. 1234', '0113 496 0000 ext. 1234'],
  ['switchboard 0113 496 0000 x1234,', '0113 496 0000 x1234'],
  ['+447911123456', '+447911123456'],
  ['real mobile 07911 123456', '07911 123456'],
  ['Belfast 028 9649 6123', '028 9649 6123'],
  ['Cardiff 029 2018 0123', '029 2018 0123'],
  ['freephone 0800 123 4567', '0800 123 4567'],
  ['US office +1 202 555 0143', '+1 202 555 0143'],
  ['Paris +33 1 42 68 53 00', '+33 1 42 68 53 00'],
  ['Dublin 00353 1 234 5678', '00353 1 234 5678'],
  ['(07700 900123)', '07700 900123'],
  ['+44(0)7700 900123', '+44(0)7700 900123'],
  ['0044 (0)20 7946 0958', '0044 (0)20 7946 0958'],
  ['(0161) 496 0000', '(0161) 496 0000'],
  ['07700-900123', '07700-900123'],
  ['tel:+447700900123', '+447700900123'],
  ['12/03/2024 07700 900123', '07700 900123'],
];

describe('phone', () => {
  it.each(POSITIVES)('finds %s', (text, expected) => {
    expect(texts(text)).toEqual([expected]);
    expect(texts(text, lib)).toEqual([expected]);
  });

  it.each([
    ['a date 26/03/1995', 'DOB 26/03/1995'],
    ['an ISO date', 'on 2024-08-07 at 10:30'],
    ['a dotted date', '07.12.2024'],
    ['money', 'cost £1,234,567.89 and £07.50'],
    ['a time', 'at 07:45:00 hrs'],
    ['a crime reference', 'crime ref AJ/11591/20'],
    ['a CAD reference', 'CAD 4412/12MAR'],
    ['a CRIS reference', 'CRIS 0201234/24'],
    ['an NHS number (no leading 0)', 'NHS 480 329 6650'],
    ['a pay number', 'pay no 0912345'],
    ['an 8-digit staff number', 'staff 01234567'],
    ['an ISBN-10', 'ISBN 0-306-40615-2'],
    ['an ISBN-10 unbroken after the label', 'ISBN 0306406152'],
    ['an ISBN-13', '978-0-306-40615-7'],
    ['a warrant number', 'warrant no. 198765'],
    ['a number glued to letters', 'ID AB07700900123'],
    ['a UK number with a bad area code', '00 1234 5678'],
    ['too many digits', '077009001234567'],
    ['a bank account', 'account 01234567'],
    ['an order number', 'Order number 07700900123'],
    ['an invoice number', 'Invoice 01234567890'],
  ])('ignores %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
    expect(texts(text, lib)).toEqual([]);
  });

  it('reports Ofcom drama numbers even though libphonenumber calls them invalid', () => {
    expect(parseMax('07700 900123', 'GB')?.isValid()).toBe(false);
    const [f] = run('07700 900123', lib);
    expect(f?.score).toBe(1);
    expect(f?.evidence?.details).toMatchObject({ ofcomDrama: true });
  });

  it('lets injected metadata reject a number the structural check accepts', () => {
    // The structural check accepts any 0161 number; injected metadata has the last word, except on drama ranges.
    const reject: PhoneOptions = { check: () => false };
    expect(texts('tel 0161 234 5678')).toEqual(['0161 234 5678']);
    expect(texts('tel 0161 234 5678', reject)).toEqual([]);
    expect(texts('tel 0161 496 0581', reject)).toEqual(['0161 496 0581']);
  });

  it('asks the check only about UK significant numbers of 7 to 10 digits, not the prefixes read on the way', () => {
    const asked: string[] = [];
    const spy: PhoneOptions = { check: (cc, nsn) => (asked.push(`${cc}:${nsn}`), cc === '44' && nsn.length === 10) };
    expect(texts('Call +44 7911 123456 or +44 (0) 161 234 5678', spy)).toEqual(['+44 7911 123456', '+44 (0) 161 234 5678']);
    expect(asked.filter((a) => a.startsWith('44:')).every((a) => a.length - 3 >= 7 && a.length - 3 <= 10)).toBe(true);
    expect(asked).toContain('44:7911123456');
    expect(asked).toContain('44:1612345678');
  });

  it('scores validated numbers higher than shape-only ones', () => {
    expect(run('07911 123456', lib)[0]?.score).toBe(1);
    expect(run('07911 123456')[0]?.score).toBeLessThan(1);
  });

  it('does not swallow a following number', () => {
    expect(texts('Tel 0161 496 0581 2 copies')).toEqual(['0161 496 0581']);
    expect(texts('07700 900123 / 07700 900124')).toEqual(['07700 900123', '07700 900124']);
    expect(texts('07700 900123/07700 900124')).toEqual(['07700 900123', '07700 900124']);
    expect(texts('01632 960001/24')).toEqual([]);
  });

  it('can leave foreign numbers out', () => {
    expect(texts('+33 1 42 68 53 00', { international: false })).toEqual([]);
  });

  it.each([
    ['7700900123', true],
    ['2079460958', true],
    ['1632960001', true],
    ['1614960581', true],
    ['1914980123', true],
    ['2896496123', true],
    ['7911123456', false],
    ['1614970581', false],
  ])('isOfcomDrama(%s) is %s', (nsn, expected) => {
    expect(isOfcomDrama(nsn)).toBe(expected);
  });

  it.each([
    ['7911123456', true],
    ['1614960581', true],
    ['169772345', true],
    ['2079460958', true],
    ['2179460958', false],
    ['3001234567', true],
    ['3501234567', false],
    ['800123456', true],
    ['8001234567', true],
    ['4803296650', false],
    ['0123456789', false],
    ['791112345', false],
  ])('ukNumberShape(%s) is %s', (nsn, expected) => {
    expect(ukNumberShape(nsn)).toBe(expected);
  });

  it('libphonenumberCheck answers no for a national number under two digits without calling the parser, as the parser would', () => {
    const calls: string[] = [];
    const check = libphonenumberCheck((s) => {
      calls.push(s);
      return parseMax(s);
    });
    for (const cc of ['44', '1', '33', '353', '91']) {
      for (const nsn of ['', '0', '7']) {
        expect(check(cc, nsn)).toBe(false);
        // What the parser itself says (it throws inside and returns undefined, or an invalid number).
        expect(parseMax(`+${cc}${nsn}`)?.isValid() ?? false).toBe(false);
      }
    }
    expect(calls).toEqual([]);
    expect(check('44', '7911123456')).toBe(true);
    expect(calls).toEqual(['+447911123456']);
  });

  it('rejects bad options', () => {
    expect(() => phone({ check: 'x' as unknown as PhoneOptions['check'] })).toThrow();
    expect(() => libphonenumberCheck(undefined as unknown as Parameters<typeof libphonenumberCheck>[0])).toThrow();
  });

  it('stays linear on long runs of digits and spaces', () => {
    const t = '0 '.repeat(200_000) + '1'.repeat(200_000) + ' 07700 900123';
    const t0 = performance.now();
    expect(texts(t)).toEqual(['07700 900123']);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('phone: bad options', () => {
  it('throws PiiError(INVALID_OPTION)', () => {
    expect(() => phone({ check: 'x' as never })).toThrow(PiiError);
    expect(() => phone({ check: 'x' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

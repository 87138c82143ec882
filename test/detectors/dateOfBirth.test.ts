import { PiiError } from '../../src/core/errors.js';
import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { dateOfBirth, isCalendarDate } from '../../src/detectors/dateOfBirth.js';

const texts = (text: string) => dateOfBirth({ latestYear: 2026 }).detect(text, detectContext(text)).filter((f) => f.score >= 0.5).map((f) => f.text);

describe('isCalendarDate', () => {
  it.each([
    [29, 2, 2000, true],
    [29, 2, 1996, true],
    [29, 2, 1900, false],
    [29, 2, 1995, false],
    [31, 4, 1990, false],
    [31, 12, 1990, true],
    [0, 1, 1990, false],
    [1, 13, 1990, false],
  ])('%i/%i/%i → %s', (d, m, y, expected) => {
    expect(isCalendarDate(d, m, y)).toBe(expected);
  });
});

describe('dateOfBirth', () => {
  it.each([
    ['DOB: 26/03/1995', '26/03/1995'],
    ['D.O.B. 26-03-1995', '26-03-1995'],
    ['dob 26.03.95', '26.03.95'],
    ['Date of birth: 1995-03-26', '1995-03-26'],
    ['born 3 March 1986 in Leeds', '3 March 1986'],
    ['born on the 3rd of March 1986', '3rd of March 1986'],
    ['Birth date: March 3, 1986', 'March 3, 1986'],
    ['born in Leeds on 3rd Sept 1986', '3rd Sept 1986'],
    ['Jo Bloggs, 14/03/1986 (aged 38), of Leeds', '14/03/1986'],
    ['Jo Bloggs 14/03/1986 (38)', '14/03/1986'],
    ['Jo Bloggs, 14/03/1986, aged 38, of Leeds', '14/03/1986'],
    ['Jo Bloggs (14.03.1986 - aged 38)', '14.03.1986'],
    ['JO BLOGGS, 14/03/1986, AGED 38', '14/03/1986'],
    ['Jo Bloggs, 14/03/1986, Age 38', '14/03/1986'],
    ['See page 2 (manager): Jo Bloggs, 14/03/1986 (aged 38)', '14/03/1986'],
    ['DOB/Age: 26/03/1995 / 29', '26/03/1995'],
    ['Date of Birth: 26th Mar 1995', '26th Mar 1995'],
    ['DOB 3 Mar 86', '3 Mar 86'],
    ['Name,DOB\nJo Bloggs,14/03/1986\n', '14/03/1986'],
    ['Surname|Date of Birth|Rank\nBloggs|3 March 1986|PC\n', '3 March 1986'],
  ])('finds %s', (text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    ['a hearing date', 'The hearing is listed for 26/03/2025.'],
    ['a vetting expiry date', 'NPPV3 expires 14/03/2027'],
    ['a report date', 'Report dated 3 March 2024'],
    ['a date after an unknown DOB', 'DOB unknown, hearing on 12/05/2024'],
    ['an impossible date', 'DOB: 31/02/1995'],
    ['an implausible year', 'DOB: 12/05/1850'],
    ['a future year', 'DOB: 12/05/2031'],
    ['an incident date followed by an age', 'On 12/05/2024, aged 34, he was arrested'],
    ['an incident date followed by an age in brackets', 'Arrested 12/05/2024 (34)'],
    ['reborn', 'reborn 12/05/1990'],
    ['a time after a written date', 'DOB: unknown. Seen 3 March 12:30'],
    ['a reference glued to a date', 'DOB ref 12/05/1990/3'],
  ])('ignores %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('reports the DOB but not a later date on the same line', () => {
    expect(texts('DOB: 26/03/1995, arrested 14/02/2024')).toEqual(['26/03/1995']);
  });

  it('rejects bad year options', () => {
    expect(() => dateOfBirth({ earliestYear: 2000, latestYear: 1990 })).toThrow();
  });
});

describe('dateOfBirth: bad options', () => {
  it('throws PiiError(INVALID_OPTION)', () => {
    expect(() => dateOfBirth({ earliestYear: 2000, latestYear: 1990 })).toThrow(PiiError);
    expect(() => dateOfBirth({ earliestYear: 2000, latestYear: 1990 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('dateOfBirth: `b.` for born in parentheses', () => {
  it('takes the date after `(b.`, and not after a bare `b.`', () => {
    expect(texts('PSNI v. Seamus McGlinchey (b. 15.04.1979), BT12 6HQ')).toEqual(['15.04.1979']);
    expect(texts('See note b. 15.04.1979 for the hearing.')).toEqual([]);
  });
});

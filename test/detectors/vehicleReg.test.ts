import { PiiError } from '../../src/core/errors.js';
import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { validAgeIdentifier, vehicleReg } from '../../src/detectors/vehicleReg.js';

const texts = (text: string) => vehicleReg({ latestYear: 2026 }).detect(text, detectContext(text)).filter((f) => f.score >= 0.5).map((f) => f.text);

describe('validAgeIdentifier', () => {
  it.each([
    [51, true], // September 2001, the first
    [2, true], // March 2002
    [26, true], // March 2026
    [76, true], // September 2026
    [27, false], // March 2027: not yet issued
    [77, false],
    [0, false],
    [1, false], // never issued
    [50, false], // never issued
  ])('%i → %s (latest 2026)', (code, expected) => {
    expect(validAgeIdentifier(code, 2026)).toBe(expected);
  });
});

describe('vehicleReg', () => {
  it.each([
    ['current', 'stolen car AB12 CDE.', 'AB12 CDE'],
    ['current unspaced, no context', 'seen YH21VBB today', 'YH21VBB'],
    ['current September code', 'LX71 LOD', 'LX71 LOD'],
    ['prefix', 'a blue A123 BCD', 'A123 BCD'],
    ['suffix', 'old Mini ABC 123D', 'ABC 123D'],
    ['dateless with context', 'vehicle reg ABC 123', 'ABC 123'],
    ['dateless digits first with context', 'VRM: 1234 AB', '1234 AB'],
    ['Northern Ireland with context', 'registration ABZ 1234', 'ABZ 1234'],
    ['Northern Ireland I area code', 'car reg LIB 123', 'LIB 123'],
    ['table column', 'Name,VRM\nJo Bloggs,ABC 123\n', 'ABC 123'],
  ])('finds %s', (_name, text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    ['an age identifier never issued (01)', 'AB01 CDE'],
    ['an age identifier never issued (50)', 'AB50 CDE'],
    ['a future age identifier', 'AB29 CDE'],
    ['I in the memory tag', 'AI12 CDE'],
    ['Q in the random letters', 'AB12 CQE'],
    ['inside a longer token', 'XAB12CDE9'],
    ['lower case', 'ab12 cde'],
    ['dateless without context', 'see ABC 123 for details'],
    ['Northern Ireland shape without context', 'ABZ 1234'],
    ['a callsign', 'callsign CT13 deployed'],
    ['a department', 'officers of SO15 attended in a car'],
    ['a shoulder number', 'PC 1480BS drove the car'],
    ['a rank and number near a vehicle word', 'PC 4521 drove the police car'],
    ['a collar number with letters near a vehicle word', 'PC 123 AB drove the car'],
    ['an upper-case heading word', 'SECTION A1 AND B2'],
    ['a section reference', 'SEC 12A of the Act'],
    ['a postcode', 'SW1A 2AA'],
  ])('ignores %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('rejects a bad latestYear', () => {
    expect(() => vehicleReg({ latestYear: 1999 })).toThrow();
  });
});

describe('vehicleReg: bad options', () => {
  it('throws PiiError(INVALID_OPTION)', () => {
    expect(() => vehicleReg({ latestYear: 1999 })).toThrow(PiiError);
    expect(() => vehicleReg({ latestYear: 1999 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PiiError } from '../../src/core/errors.js';
import { nameRisk, parseName, riskBand, UK_POPULATION } from '../../src/risk/nameRisk.js';

describe('parseName', () => {
  it.each([
    ['Oluwaseun Adeyemi', { given: 'Oluwaseun', surname: 'Adeyemi' }],
    ['SMITH John', { given: 'John', surname: 'SMITH' }],
    ['Smith J', { surname: 'Smith', initials: 'J' }],
    ['Smith JW', { surname: 'Smith', initials: 'JW' }],
    ['J.W. Smith', { surname: 'Smith', initials: 'JW' }],
    ['R A Smith', { surname: 'Smith', initials: 'RA' }],
    ['Smith, John', { given: 'John', surname: 'Smith' }],
    ['Dr Amara de la Cruz', { given: 'Amara', surname: 'de la Cruz' }],
    ['DS Priya Sharma', { given: 'Priya', surname: 'Sharma' }],
    ['John LEE', { given: 'John', surname: 'LEE' }],
    ['Zhang Wei', { given: 'Wei', surname: 'Zhang' }],
    ['Khan', { surname: 'Khan' }],
    ['John Paul Jones', { given: 'John Paul', surname: 'Jones' }],
  ])('%s', (text, parts) => {
    expect(parseName(text)).toEqual(parts);
  });

  it('rejects an empty name', () => {
    expect(() => parseName('   ')).toThrow(PiiError);
    expect(() => nameRisk({ surname: "''" })).toThrow(PiiError);
  });
});

describe('nameRisk', () => {
  it('returns the documented shape', () => {
    const r = nameRisk('John Smith');
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['expectedMatchesUK', 'expectedMatchesInPopulation', 'uniquenessProbability', 'band', 'coverage', 'assumptions']));
    expect(r.coverage).toEqual({ given: 'uk-table', surname: 'uk-table' });
    expect(r.assumptions.length).toBeGreaterThan(2);
    expect(r.population).toBe(UK_POPULATION);
  });

  it('ranks John Smith far commoner than Dal Babu and Oluwaseun Adeyemi', () => {
    const smith = nameRisk('John Smith');
    const babu = nameRisk('Dal Babu');
    const adeyemi = nameRisk('Oluwaseun Adeyemi');
    // Several thousand John Smiths in the UK (the commonest full name): at least 1,000 and at most 20,000.
    expect(smith.expectedMatchesUK).toBeGreaterThan(1000);
    expect(smith.expectedMatchesUK).toBeLessThan(20000);
    expect(smith.band).toBe('low');
    expect(babu.uniquenessProbability).toBeGreaterThan(smith.uniquenessProbability);
    expect(adeyemi.uniquenessProbability).toBeGreaterThan(smith.uniquenessProbability);
    expect(babu.coverage).toEqual({ given: 'unseen', surname: 'us-table' });
    expect(adeyemi.coverage.given).toBe('uk-table');
  });

  it('makes John Smith identifiable once rank and station are added in a force of 47,000', () => {
    const bare = nameRisk('John Smith', { population: 47_000 });
    const qi = nameRisk('John Smith', { population: 47_000, quasiIdentifiers: { rank: 0.002, station: 0.01 } });
    expect(bare.band === 'low' || bare.band === 'medium').toBe(true);
    expect(qi.band).toBe('very-high');
    expect(qi.expectedMatchesInPopulation).toBeLessThan(bare.expectedMatchesInPopulation);
  });

  it.each(['Smith', 'Jones', 'Patel', 'Khan', 'Begum'])('scores the common surname %s below rare ones', (common) => {
    const c = nameRisk(common, { population: 47_000 });
    expect(c.coverage.surname).toBe('uk-table');
    for (const rare of ['Yamamoto', 'Oyelaran', 'Przybylski', 'Featherstonehaugh', 'Quenby']) {
      const r = nameRisk(rare, { population: 47_000 });
      expect(r.uniquenessProbability).toBeGreaterThan(c.uniquenessProbability);
      expect(r.expectedMatchesInPopulation).toBeLessThan(c.expectedMatchesInPopulation);
    }
  });

  it('treats unseen names as rare, never safe', () => {
    const r = nameRisk('Qzxwv', { population: 47_000 });
    expect(r.coverage.surname).toBe('unseen');
    expect(r.band).toBe('very-high');
    expect(r.assumptions.join(' ')).toMatch(/never as safe/u);
    // A bounded prior: in the whole UK an unseen surname is still expected to be shared.
    expect(nameRisk('Qzxwv').expectedMatchesUK).toBeGreaterThan(2);
  });

  it('uses the share of all given names with that initial for initials', () => {
    const initial = nameRisk('Smith J');
    const full = nameRisk('John Smith');
    expect(initial.coverage.initials).toBe('uk-table');
    expect(initial.expectedMatchesUK).toBeGreaterThan(full.expectedMatchesUK);
    expect(nameRisk('Smith JW').expectedMatchesUK).toBeLessThan(initial.expectedMatchesUK);
    // Rarer initials are rarer: Q against J.
    expect(nameRisk('Smith Q').expectedMatchesUK).toBeLessThan(initial.expectedMatchesUK);
  });

  it('applies the same-origin correction and says so', () => {
    const on = nameRisk('Oluwaseun Adebayo');
    const off = nameRisk('Oluwaseun Adebayo', { sameOriginCorrection: false });
    expect(on.expectedMatchesUK).toBeGreaterThan(off.expectedMatchesUK);
    expect(on.assumptions.join(' ')).toMatch(/west african/u);
    const mixed = nameRisk('Oluwaseun Smith');
    expect(mixed.expectedMatchesUK).toBeCloseTo(nameRisk('Oluwaseun Smith', { sameOriginCorrection: false }).expectedMatchesUK, 6);
  });

  it('accepts parts objects', () => {
    expect(nameRisk({ given: 'John', surname: 'Smith' }).expectedMatchesUK).toBeCloseTo(nameRisk('John Smith').expectedMatchesUK, 6);
    expect(nameRisk({ surname: 'Smith', initials: 'J' }).expectedMatchesUK).toBeCloseTo(nameRisk('Smith J').expectedMatchesUK, 6);
  });

  it.each([
    [{ population: 0 }],
    [{ population: Number.NaN }],
    [{ quasiIdentifiers: { rank: 0 } }],
    [{ quasiIdentifiers: { rank: 1.5 } }],
    [{ quasiIdentifiers: { rank: Number.NaN } }],
  ])('rejects bad options %j', (options) => {
    expect(() => nameRisk('John Smith', options)).toThrow(PiiError);
  });

  it('maps uniqueness to bands at the documented cut-offs', () => {
    expect([0, 0.099, 0.1, 0.49, 0.5, 0.89, 0.9, 1].map(riskBand)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'very-high', 'very-high']);
  });

  const names = fc.constantFrom('John Smith', 'Smith J', 'Patel', 'Oluwaseun Adeyemi', 'Dal Babu', 'Qzxwv', 'Mohammed Khan', 'Zhang Wei', 'Begum R');
  const share = fc.double({ min: 1e-6, max: 1, noNaN: true });

  it('never lowers the risk when a quasi-identifier is added (property)', () => {
    fc.assert(
      fc.property(names, fc.integer({ min: 1, max: 70_000_000 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), share, { maxKeys: 3 }), fc.string({ minLength: 1, maxLength: 6 }), share, (name, population, qi, extraKey, extra) => {
        const before = nameRisk(name, { population, quasiIdentifiers: qi });
        const after = nameRisk(name, { population, quasiIdentifiers: { ...qi, [`x${extraKey}`]: extra } });
        expect(after.uniquenessProbability).toBeGreaterThanOrEqual(before.uniquenessProbability);
        expect(after.expectedMatchesInPopulation).toBeLessThanOrEqual(before.expectedMatchesInPopulation * (1 + 1e-12));
        expect(['low', 'medium', 'high', 'very-high'].indexOf(after.band)).toBeGreaterThanOrEqual(['low', 'medium', 'high', 'very-high'].indexOf(before.band));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('keeps every probability in [0, 1] and counts at least 1 (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /\p{L}/u.test(s)), (name) => {
        let r;
        try {
          r = nameRisk(name);
        } catch (e) {
          expect(e).toBeInstanceOf(PiiError);
          return;
        }
        expect(r.uniquenessProbability).toBeGreaterThanOrEqual(0);
        expect(r.uniquenessProbability).toBeLessThanOrEqual(1);
        expect(r.expectedMatchesUK).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { TOWNS } from '../../src/data/police/towns.gen.js';
import { PLACES } from '../../src/data/police/places.js';
import { GIVEN_FREQUENT } from '../../src/data/names/givenNames.gen.js';

describe('towns.gen.ts', () => {
  it('is what scripts/data/police-towns.mjs makes from data-src/places/geonames-gb.tsv', async () => {
    // @ts-expect-error -- a plain JavaScript build script without types
    const { townList } = (await import('../../scripts/data/police-towns.mjs')) as { townList: () => string[] };
    expect(TOWNS.split('|')).toEqual(townList());
  });
  it('adds towns the hand-written gazetteer lacks, and no common given name', () => {
    const towns = TOWNS.split('|');
    expect(towns.length).toBeGreaterThan(1500);
    expect(towns).toEqual(expect.arrayContaining(['Kempston', 'Dunstable', 'Fallowfield', 'Wivenhoe']));
    const hand = new Set(PLACES.map((p) => p.toLowerCase()));
    expect(towns.filter((t) => hand.has(t.toLowerCase()))).toEqual([]);
    const given = new Set(GIVEN_FREQUENT.split(' '));
    expect(towns.filter((t) => given.has(t.toLowerCase()))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { nameOrigins, ORIGIN_SHARE, sameOriginFactor, surnameFirstEastAsian } from '../../src/risk/origin.js';
import { nameKey } from '../../src/risk/tables.js';

const origins = (raw: string, part: 'given' | 'surname') => [...nameOrigins(raw, part, nameKey(raw))].sort();

describe('origin cues', () => {
  it.each([
    ['Oluwaseun', 'given', ['west_african']],
    ['Chukwuemeka', 'given', ['west_african']],
    ['Harpreet', 'given', ['south_asian']],
    ['Priya', 'given', ['south_asian']],
    ['Mohammed', 'given', ['middle_eastern', 'south_asian', 'west_african']],
    ['Wei', 'given', ['east_asian']],
    ['Krzysztof', 'given', ['eastern_european']],
    ['Adeyemi', 'surname', ['west_african']],
    ['Patel', 'surname', ['south_asian']],
    ['Nguyen', 'surname', ['east_asian']],
    ['Kowalski', 'surname', ['eastern_european']],
    ['al-Rashid', 'surname', ['middle_eastern']],
    ['El Sayed', 'surname', ['middle_eastern']],
  ] as const)('%s (%s) → %j', (raw, part, expected) => {
    expect(origins(raw, part)).toEqual([...expected].sort());
  });

  it.each([
    ['John', 'given'],
    ['Adele', 'given'],
    ['Oliver', 'given'],
    ['Smith', 'surname'],
    ['Allen', 'surname'],
    ['Alston', 'surname'],
    ['Elliott', 'surname'],
    ['Chin', 'surname'],
    ['Adams', 'surname'],
    ['Ski', 'surname'],
    ['', 'surname'],
  ] as const)('%s (%s) has no origin cue', (raw, part) => {
    expect(origins(raw, part)).toEqual([]);
  });

  it('multiplies by one over the shared community share, and only when both parts share an origin', () => {
    expect(sameOriginFactor(new Set(['west_african']), new Set(['west_african'])).factor).toBeCloseTo(1 / ORIGIN_SHARE.west_african, 9);
    expect(sameOriginFactor(new Set(['south_asian', 'middle_eastern']), new Set(['south_asian'])).factor).toBeCloseTo(1 / ORIGIN_SHARE.south_asian, 9);
    expect(sameOriginFactor(new Set(['south_asian']), new Set(['east_asian']))).toEqual({ factor: 1 });
    expect(sameOriginFactor(new Set(), new Set(['east_asian']))).toEqual({ factor: 1 });
  });

  it('recognises East Asian surname-first order', () => {
    expect(surnameFirstEastAsian('Zhang', 'Wei')).toBe(true);
    expect(surnameFirstEastAsian('Wei', 'Zhang')).toBe(false);
    expect(surnameFirstEastAsian('John', 'Wei')).toBe(false);
  });
});

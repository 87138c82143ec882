/**
 * The shared suite every detector must pass: offset rule, score range, no throw on awkward input.
 */
import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { defaultDetectors } from '../../src/presets.js';
import { patternDetectors } from '../../src/core/presets.js';
import { expectFindingRules } from './findingRules.js';

const SAMPLE =
  'DS Amara Okafor (collar 4521) of the Met, a.okafor@met.police.uk, tel 07700 900123, NPPV3, pay no 0912345, SW1A 2AA. ' +
  'DOB: 26/03/1995 NI No: JK 12 34 56 C NHS 943 476 5919 car AB12 CDE sort code 12-34-56 12345678 passport 123456789 MORGA753116SM9IJ 192.0.2.1 ::1';
const INPUTS: Record<string, string> = {
  empty: '',
  emoji: '😀🚓👮🏽‍♀️ ' + SAMPLE + ' 🚔',
  crlf: SAMPLE.replace(/, /gu, '\r\n'),
  crlfEverywhere: SAMPLE.replaceAll(' ', '\r\n'),
  cjk: '张伟 警官 ' + SAMPLE,
  loneSurrogates: '\ud800 ' + SAMPLE + ' \udc00',
  megabyte: (SAMPLE + '\n').repeat(Math.ceil(1_000_000 / (SAMPLE.length + 1))),
  digitsAndSpaces: '1 2 34 567 0 '.repeat(80_000),
  capitalisedWords: 'Ab Cd Ef Gh AB CD '.repeat(60_000),
};

const detectors = [...defaultDetectors(), ...patternDetectors()];

describe.each(detectors.map((d) => [d.id, d] as const))('detector %s', (_id, d) => {
  it('is a frozen value with an id and types', () => {
    expect(Object.isFrozen(d)).toBe(true);
    expect(d.id.length).toBeGreaterThan(0);
    expect(d.types.length).toBeGreaterThan(0);
  });
  it.each(Object.keys(INPUTS))('keeps the offset rule and score range on %s input', (name) => {
    const text = INPUTS[name] as string;
    const found = d.detect(text, detectContext(text));
    expectFindingRules(d, text, found);
    if (name === 'empty') expect(found).toEqual([]);
  });
});

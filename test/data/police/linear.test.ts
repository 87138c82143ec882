/**
 * The police detectors stay linear on inputs built from their own triggers: ranks, place names, `station`,
 * cue words, unit heads, vetting forms and heading delimiters, repeated to 1 MB without line breaks.
 * Ten times the input may take at most thirty times as long (quadratic would be a hundred).
 */
import { describe, expect, it } from 'vitest';
import { detectContext } from '../../../src/core/detector.js';
import type { Detector } from '../../../src/core/types.js';
import { department } from '../../../src/detectors/department.js';
import { force } from '../../../src/detectors/force.js';
import { location } from '../../../src/detectors/location.js';
import { officerId } from '../../../src/detectors/officerId.js';
import { payNumber } from '../../../src/detectors/payNumber.js';
import { policeRank } from '../../../src/detectors/policeRank.js';
import { vettingLevel } from '../../../src/detectors/vettingLevel.js';
import { expectFindingRules } from '../../detectors/findingRules.js';

const UNITS: Readonly<Record<string, string>> = {
  'ranks and numbers': 'PC 4521 DS Amara Okafor (5216) ',
  'fused ranks': 'PC4521 ',
  'places after at': 'based at Carmarthen at Lewisham ',
  'station phrases': 'Brixton Police Station Leith station ',
  'heading delimiters': 'Early turn – Perry Barr – 08/03 | MIT | Lewisham\t',
  'unit heads': 'Firearms Unit Response Team Squad ',
  'vetting short forms': 'SC DV MV NPPV3 cleared ',
  'cue words': 'Pay No: 2112742 Collar number: 580RA ',
  'met and forces': 'the Met Essex Police GMP ',
  'capitalised runs': 'Aaa Bbb Ccc Ddd ',
  'commas after numbers': '4979, Chelmsford, ',
};

const DETECTORS: readonly Detector[] = [policeRank(), officerId(), payNumber(), vettingLevel(), force(), location(), department()];

function timeOn(d: Detector, unit: string, length: number): number {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const t = performance.now();
  d.detect(text, detectContext(text));
  return performance.now() - t;
}

describe.each(DETECTORS.map((d) => [d.id, d] as const))('%s is linear', (_id, d) => {
  it.each(Object.keys(UNITS))('on %s', (name) => {
    const unit = UNITS[name] as string;
    timeOn(d, unit, 20_000);
    const small = Math.max(timeOn(d, unit, 100_000), 1);
    const large = timeOn(d, unit, 1_000_000);
    // Below a second a 1 MB run passes whatever the ratio (garbage collection noise); above, it must scale.
    if (large > 1000) expect(large / small).toBeLessThan(30);
    expect(large).toBeLessThan(15_000);
  });
});

const SAMPLE = 'DS Amara Okafor (collar 4521) of the Met, based at Brixton police station, CID, NPPV3, pay no 0912345.';
const AWKWARD: Readonly<Record<string, string>> = {
  empty: '',
  emoji: '😀🚓👮🏽‍♀️ ' + SAMPLE + ' 🚔',
  crlf: SAMPLE.replace(/, /gu, '\r\n'),
  loneSurrogates: '\ud800 ' + SAMPLE + ' \udc00',
  table: 'Name\tCollar\tRank\tStation\r\nA Smith\t4521\tPC\tLeith\r\n',
};

describe.each(DETECTORS.map((d) => [d.id, d] as const))('%s keeps the finding rules', (_id, d) => {
  it.each(Object.keys(AWKWARD))('on %s input', (name) => {
    const text = AWKWARD[name] as string;
    const found = d.detect(text, detectContext(text));
    expectFindingRules(d, text, found);
    if (name === 'empty') expect(found).toEqual([]);
    else if (name === 'emoji' || name === 'crlf') expect(found.length).toBeGreaterThan(0);
  });
  it('is frozen and attaches evidence only when asked', () => {
    expect(Object.isFrozen(d)).toBe(true);
    const found = d.detect(SAMPLE, detectContext(SAMPLE, { explain: true }));
    for (const f of found) expect(f.evidence?.reasons.length).toBeGreaterThan(0);
  });
});

/**
 * Adversarial input: every detector, the table finder and the whole pipeline must stay linear on 1 MB of
 * repeated digits, spaces, dots, `@`, capitalised words, hyphens, mixed scripts, `a@`, `1/`, and text that
 * looks like tables. The time for 1 MB is compared with the time for 100 KB: ten times the input may take at
 * most thirty times as long (linear is ten; quadratic would be a hundred), and never more than 15 s.
 */
import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { findTableCells } from '../../src/core/tables.js';
import { normalizeForDetection } from '../../src/core/text.js';
import type { Detector } from '../../src/core/types.js';
import { scan } from '../../src/index.js';
import { allDetectors } from './detectors.js';

const SMALL = 100_000;
const LARGE = 1_000_000;
/** Largest allowed growth from 100 KB to 1 MB (10 is linear). */
const MAX_RATIO = 30;
/** Largest allowed time for 1 MB (ms). */
const MAX_MS_PER_MB = 15_000;
/**
 * Below this, a 1 MB run passes whatever the ratio: a quadratic pass over 1 MB costs 10^9 steps or more
 * (seconds), while allocation and garbage collection can make a linear 1 MB run look 30 times slower than
 * a 100 KB one that fitted in the young generation.
 */
const NOISE_MS = 1000;

/** Repeating units; each input is its unit repeated to the wanted length. */
export const ADVERSARIAL: Readonly<Record<string, string>> = {
  digits: '0123456789',
  zeros: '0',
  spaces: ' ',
  dots: '.',
  at: '@',
  'capitalised words': 'Smith Jones Amara Okafor ',
  'capitalised words, no spaces': 'SmithJones',
  hyphens: '-',
  'hyphenated names': 'Mary-Jane-',
  'mixed scripts': 'Аa1中ا ߹ 😀\u0301',
  'a@': 'a@',
  'a.a@': 'a.a@',
  '1/': '1/',
  'spaced digits': '0 ',
  'plus and digits': '+44 (0',
  'digits and dashes': '1-2-',
  'rank words': 'PC DC DS Sgt ',
  'postcode-like': 'SW1A ',
  'letters and digits': 'AB12 ',
  'csv table': 'Name,Rank,Pay No\nSmith,PC,0912345\n',
  'pipe table': '| Surname | Rank |\n|---|---|\n| Jones | DS |\n',
  'tab table': 'Surname\tForename\n',
  'commas': ',',
  'pipes': '|',
  'tabs': '\t',
  'label lines': 'Name: Smith\n',
  'quotes': '"a@"',
  'newlines': '\n',
  'zero-width': '\u200b',
  'lone surrogates': '\ud800a\udc00',
  // Dense real-looking matches: catch post-processing that is quadratic in the number of candidates.
  'e-mail addresses': 'a.b@met.police.uk ',
  'phone numbers': '07700 900123 ',
  'vehicle plates': 'AB12 CDE ',
  postcodes: 'SW1A 2AA ',
  'NI numbers': 'JK 12 34 56 C ',
  'NHS numbers': '943 476 5919 ',
  dates: 'DOB 14/03/1986 ',
  'ranks and names': 'PC Smith DS Jones ',
  'collar numbers': 'PC 4521 ',
  // Structures added for the held-out corpus: fixed-width columns, JSON pairs, piped label lines, unit runs.
  'fixed-width table': 'PAYNO    NAME      RANK\n0773215  Smith J   PC\n',
  'fixed-width headers only': 'Name    Rank    Station\n',
  'json pairs': '{"staffNumber":"S0611847","station":"Hendon"},',
  'unclosed json string': '"a":"xxxxxxxx',
  'piped label lines': 'Officer: PC Smith | Base: Hendon | Clearance: SC\n',
  'unit words': 'Response Custody Operations Development ',
  'units before forces': 'Fraud Operations, City of London Police\n',
  'commands': 'Leeds District North West Division East Area ',
  'apposed ranks': 'Amara Okafor, Detective Inspector, ',
  'signature blocks': 'Regards,\nJane Doe\nInspector\n',
  'town stations': "Leicester Central Hackney's custody ",
  'officer lines ending in places': 'PC 2615 Ibrahim Lane, Spinney Hill.\n',
};

/**
 * Context words repeated on one line (each detector looks for a value after its word, up to the line's end), and
 * short lines without a colon (the `Label: value` finder looks for one on every line).
 */
const LONG_LINES: Readonly<Record<string, string>> = {
  'DOB words on one line': 'DOB x ',
  'postcode words on one line': 'postcode x ',
  'address words on one line': 'Address x ',
  'passport words on one line': 'passport x ',
  'collar words on one line': 'collar x ',
  'pay number words on one line': 'pay no x ',
  'vetting words on one line': 'vetting x ',
  'NI words on one line': 'NI number x ',
  'account words on one line': 'account x ',
  'lines without a colon': 'Officer on duty today\n',
  'double spaces on one line': 'Name  Rank  ',
  'piped pairs on one line': 'Base: Hendon | ',
};
/** 1 MB against 4 MB: linear is four times as long, quadratic sixteen; forgiven under 400 ms. */
const LONG_LINE_LIMITS: Limits = { small: 1_000_000, large: 4_000_000, maxRatio: 9, noiseMs: 400 };

function input(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

interface Slow {
  readonly name: string;
  readonly smallMs: number;
  /** Measured at 1 MB, or (when `estimated`) the 300 KB time times ten. */
  readonly largeMs: number;
  readonly estimated?: boolean;
}

/**
 * Sizes and limits of one check: the default compares 100 KB with 1 MB and forgives anything under a second; the
 * long-line check compares 1 MB with 4 MB and forgives less, to catch a quadratic term that is fast per step
 * (an `indexOf` run on to the next line break for each of many candidates on one long line).
 */
interface Limits {
  readonly small: number;
  readonly large: number;
  readonly maxRatio: number;
  readonly noiseMs: number;
}
const DEFAULT_LIMITS: Limits = { small: SMALL, large: LARGE, maxRatio: MAX_RATIO, noiseMs: NOISE_MS };

/** Runs `fn` on each adversarial input at the small and the large size; returns the inputs on which it is not linear. */
function nonLinear(fn: (text: string) => void, units: Readonly<Record<string, string>> = ADVERSARIAL, limits: Limits = DEFAULT_LIMITS): Slow[] {
  const { small: SMALL, large: LARGE, maxRatio: MAX_RATIO, noiseMs: NOISE_MS } = limits;
  fn(input('warm up a@b.uk 07700 900123 Smith, ', 10_000));
  const slow: Slow[] = [];
  for (const [name, unit] of Object.entries(units)) {
    const small = input(unit, SMALL);
    let smallMs = time(() => fn(small));
    // A cheap first look at 300 KB: three times the input should take about three times as long (quadratic:
    // nine). Over six, and over a second, it is not linear, and the 1 MB run (minutes) is skipped.
    const midMs = time(() => fn(input(unit, 3 * SMALL)));
    if (midMs > NOISE_MS && midMs / Math.max(smallMs, 1) > 6) {
      slow.push({ name, smallMs: Math.round(smallMs), largeMs: Math.round(midMs * 10), estimated: true });
      continue;
    }
    const large = input(unit, LARGE);
    let largeMs = time(() => fn(large));
    const bad = (): boolean => largeMs > (MAX_MS_PER_MB * LARGE) / 1_000_000 || (largeMs > NOISE_MS && largeMs / Math.max(smallMs, 1) > MAX_RATIO);
    if (bad() && largeMs < (MAX_MS_PER_MB * LARGE) / 1_000_000) {
      // Measure again before failing: the machine is shared and a pause can land in either run.
      smallMs = Math.min(smallMs, time(() => fn(small)));
      largeMs = Math.min(largeMs, time(() => fn(large)));
    }
    if (bad()) slow.push({ name, smallMs: Math.round(smallMs), largeMs: Math.round(largeMs) });
  }
  return slow;
}

const detectors: Detector[] = await allDetectors();

describe('linear time on adversarial input', () => {
  it('covers every detector', () => {
    expect(detectors.length).toBeGreaterThan(1);
  });

  it.each(detectors.map((d) => [d.id, d] as const))('detector %s', (_id, d) => {
    expect(nonLinear((text) => d.detect(text, detectContext(text)))).toEqual([]);
  }, 600_000);

  it('the table finder', () => {
    expect(nonLinear((text) => findTableCells(text))).toEqual([]);
  }, 600_000);

  it('normalisation', () => {
    expect(nonLinear((text) => normalizeForDetection(text))).toEqual([]);
  }, 600_000);

  it('the pipeline of every detector', () => {
    const p = createPipeline({ detectors });
    expect(nonLinear((text) => p.scan(text))).toEqual([]);
  }, 600_000);

  it('the default scan', () => {
    expect(nonLinear((text) => scan(text))).toEqual([]);
  }, 600_000);

  it.each([
    ['the pipeline of every detector', (text: string) => createPipeline({ detectors }).scan(text)],
    ['the table finder', (text: string) => findTableCells(text)],
  ])('%s, on long lines dense with context words and on many lines without a colon', (_name, fn) => {
    expect(nonLinear(fn, LONG_LINES, LONG_LINE_LIMITS)).toEqual([]);
  }, 600_000);

  it('a run that is not linear is caught (the check can fail)', () => {
    const quadratic = (text: string): void => {
      let k = 0;
      for (let i = 0; i < text.length; i += 40) for (let j = 0; j < text.length; j += 40) k += text.charCodeAt(j);
      if (k < 0) throw new Error('unreachable');
    };
    const slow = nonLinear(quadratic, { digits: '0123456789' });
    expect(slow.length).toBeGreaterThan(0);
  }, 600_000);
});

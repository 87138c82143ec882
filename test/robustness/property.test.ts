/**
 * Property-based tests (fast-check) over arbitrary Unicode: astral planes, combining marks, lone surrogates,
 * bidi and zero-width marks, NUL, table punctuation, and snippets of personal data (plain and disguised),
 * against the root `scan` and a pipeline of `defaultDetectors()`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { label, mask, pseudonym, redact, remove, type Operator } from '../../src/core/redact.js';
import type { Finding } from '../../src/core/types.js';
import { scan } from '../../src/index.js';
import { defaultDetectors } from '../../src/presets.js';

const NUM_RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Personal data written the ordinary way. */
const SEEDS = [
  'j.smith@met.police.uk',
  'Amara.Okafor@btp.pnn.police.uk',
  '07700 900123',
  '+44 (0)20 7946 0958',
  'JK 12 34 56 C',
  '943 476 5919',
  'SW1A 2AA',
  'AB12 CDE',
  'DS Amara Okafor',
  'PC 4521',
  'Detective Sergeant John Smith',
  'Ch Supt Babu',
  'NPPV3',
  'pay no. 0912345',
  'collar number 4521',
  'DOB: 14/03/1986',
  'Metropolitan Police Service',
  'Name,Rank,Pay No\nSmith,PC,0912345\n',
  '| Surname | Rank |\n|---|---|\n| Jones | DS |\n',
  'Surname: Kowalczyk',
];

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069'];
const ODD = ['\u0000', '\u0301', '\u0308', '\u0338', '\u00a0', '\u2009', '\u3000', '\r\n', '\n', '\r', '\t', '|', ',', ';', ':', '"', '@', '.', '-', ' ', '\u2028', 'İ', 'ß', 'ﬃ', '\u05d0', '\u0627', '😀', '👮🏽‍♀️', '𝟎', '０'];

/** A seed disguised: invisible characters inside, full-width digits, Cyrillic look-alikes or non-breaking spaces. */
const disguised = fc.tuple(fc.constantFrom(...SEEDS), fc.nat(4), fc.nat(), fc.constantFrom(...INVISIBLE)).map(([s, how, at, inv]) => {
  const i = s.length === 0 ? 0 : at % s.length;
  if (how === 0) return s.slice(0, i) + inv + s.slice(i);
  if (how === 1) return s.replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
  if (how === 2) return s.replace(/a/gu, '\u0430').replace(/o/gu, '\u043e');
  if (how === 3) return s.replace(/ /gu, '\u00a0');
  return s.toUpperCase();
});

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

const piece = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 2 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: fc.constantFrom(...INVISIBLE, ...ODD), weight: 3 },
  { arbitrary: fc.constantFrom(...SEEDS), weight: 3 },
  { arbitrary: disguised, weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom('a', 'Z', '0', '7', ' ', '@', '.', '-', '/', '+', '(', ')', ',', '|', '\t', '\n'), maxLength: 12 }), weight: 2 },
);

/** Arbitrary text: up to 24 pieces. */
const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

const KEY = 'a test key that is long enough';
const OPERATORS: ReadonlyArray<readonly [string, Operator]> = [
  ['label', label()],
  ['mask', mask()],
  ['remove', remove()],
  ['pseudonym', pseudonym({ key: KEY })],
];

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Every invariant of one scan result; returns a description of the first broken one, or undefined. */
function broken(input: string, found: readonly Finding[]): string | undefined {
  for (const f of found) {
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end && f.end <= input.length)) return `bad offsets ${f.start}..${f.end}`;
    if (f.text !== input.slice(f.start, f.end)) return `text is not the span at ${f.start}`;
    if (!(f.score >= 0 && f.score <= 1)) return `score ${f.score}`;
    if (isLow(input.charCodeAt(f.start)) && isHigh(input.charCodeAt(f.start - 1))) return `starts inside a surrogate pair at ${f.start}`;
    if (isHigh(input.charCodeAt(f.end - 1)) && isLow(input.charCodeAt(f.end))) return `ends inside a surrogate pair at ${f.end}`;
  }
  for (let i = 1; i < found.length; i++) {
    const a = found[i - 1] as Finding;
    const b = found[i] as Finding;
    if (b.start < a.end) return `findings overlap: ${a.type} ${a.start}..${a.end} and ${b.type} ${b.start}..${b.end}`;
  }
  return undefined;
}

/** After redaction, is any redacted finding's type still detected over (or, when removed, across) its replacement? */
function leftovers(scanFn: (t: string) => Finding[], input: string, found: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const [name, op] of OPERATORS) {
    const r = redact(input, found, { DEFAULT: op });
    const again = scanFn(r.text);
    for (const rep of r.replacements) {
      for (const f of again) {
        if (f.type !== rep.type) continue;
        const hit = rep.newEnd > rep.newStart ? f.start < rep.newEnd && f.end > rep.newStart : f.start < rep.newStart && f.end > rep.newStart;
        if (hit) out.push(`${name}: ${rep.type} still found over ${JSON.stringify(r.text.slice(f.start, f.end))}`);
      }
    }
  }
  return out;
}

const pipelines: ReadonlyArray<readonly [string, (t: string) => Finding[]]> = [
  ['root scan', (t) => scan(t)],
  ['createPipeline(defaultDetectors())', (() => {
    const p = createPipeline({ detectors: defaultDetectors() });
    return (t: string) => p.scan(t);
  })()],
];

describe.each(pipelines)('%s on arbitrary Unicode', (_name, scanFn) => {
  it('never throws, and every finding keeps the offset rule, the score range and no overlap', () => {
    fc.assert(
      fc.property(text, (input) => {
        const found = scanFn(input);
        expect(broken(input, found)).toBeUndefined();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(scanFn(input)).toEqual(scanFn(input));
        expect(scanFn(input.slice())).toEqual(createPipeline({ detectors: defaultDetectors() }).scan(input));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('redaction with label, mask, remove and pseudonym leaves nothing of the same type detectable', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(leftovers(scanFn, input, scanFn(input))).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('finds the seeds in the generated text often enough for the redaction property to bite', () => {
    const samples = fc.sample(text, { numRuns: 200, seed: 42 });
    const withFindings = samples.filter((s) => scanFn(s).length > 0).length;
    expect(withFindings).toBeGreaterThan(50);
  });
});

describe('the invariant checks can fail', () => {
  it('catches overlap, a wrong text and a split surrogate pair', () => {
    const f = (start: number, end: number, t: string): Finding => ({ type: 'PERSON', start, end, text: t, score: 1, detector: 'x' });
    expect(broken('abcdef', [f(0, 3, 'abc'), f(2, 4, 'cd')])).toMatch(/overlap/u);
    expect(broken('abcdef', [f(0, 3, 'abd')])).toMatch(/text/u);
    expect(broken('a😀b', [f(0, 2, 'a\ud83d')])).toMatch(/surrogate/u);
  });
});

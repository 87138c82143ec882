import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline, defineDetector, makeFinding, PiiError, type Detector, type Finding } from '../../src/core/index.js';
import { email } from '../../src/detectors/email.js';

/** A detector that reports every occurrence of a fixed word with a fixed score. */
function word(id: string, w: string, type: Finding['type'], score: number, context?: string[]): Detector {
  return defineDetector({
    id,
    types: [type],
    ...(context ? { context: { [type]: context } } : {}),
    detect(text, ctx) {
      const out: Finding[] = [];
      for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + 1)) out.push(makeFinding(text, i, i + w.length, type, score, id, ctx, ['word']));
      return out;
    },
  });
}

function checkOffsets(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.score).toBeGreaterThanOrEqual(0);
    expect(f.score).toBeLessThanOrEqual(1);
  }
}

describe('createPipeline', () => {
  it('returns findings sorted by start with UTF-16 offsets after astral characters', () => {
    const text = '😀 名前 a.smith@met.police.uk 🚓 b.jones@btp.police.uk';
    const found = createPipeline({ detectors: [email()] }).scan(text);
    expect(found.map((f) => f.text)).toEqual(['a.smith@met.police.uk', 'b.jones@btp.police.uk']);
    expect(found[0]?.start).toBe(6);
    checkOffsets(text, found);
  });

  it('keeps offsets right with CRLF line ends', () => {
    const text = 'line one\r\nline two\r\nmail x.y@kent.police.uk\r\n';
    const [f] = createPipeline({ detectors: [email()] }).scan(text);
    expect(f?.text).toBe('x.y@kent.police.uk');
    expect(f?.start).toBe(text.indexOf('x.y'));
  });

  it('returns nothing on empty input', () => {
    expect(createPipeline({ detectors: [email()] }).scan('')).toEqual([]);
  });

  it('keeps one finding per range: higher score wins, then the longer span', () => {
    const text = 'Constable Smith';
    const a = word('a', 'Constable Smith', 'PERSON', 0.6);
    const b = word('b', 'Constable', 'POLICE_RANK', 0.9);
    const c = word('c', 'Smith', 'PERSON', 0.9);
    const found = createPipeline({ detectors: [a, b, c] }).scan(text);
    expect(found.map((f) => [f.type, f.text])).toEqual([
      ['POLICE_RANK', 'Constable'],
      ['PERSON', 'Smith'],
    ]);
    const tie = createPipeline({ detectors: [word('short', 'Smith', 'PERSON', 0.7), word('long', 'Constable Smith', 'PERSON', 0.7)] }).scan(text);
    expect(tie.map((f) => f.text)).toEqual(['Constable Smith']);
  });

  it('raises the score of a candidate with a context word nearby, and only then', () => {
    const d = word('n', '4521', 'OFFICER_ID', 0.3, ['collar']);
    const p = createPipeline({ detectors: [d], minScore: 0.5 });
    expect(p.scan('collar number 4521')).toHaveLength(1);
    expect(p.scan('room 4521')).toHaveLength(0);
    expect(p.scan('collarnumber 4521')).toHaveLength(0);
    const extra = createPipeline({ detectors: [d], contextWords: { OFFICER_ID: ['shoulder'] } });
    expect(extra.scan('shoulder 4521')).toHaveLength(1);
  });

  it.each([
    ['d.o.b', 'd.o.b: 4521', true],
    ['d.o.b', 'dxoxb: 4521', false],
    ['a/c', 'A/C 4521', true],
    ['c++ (x)', 'c++ (x) 4521', true],
    ['c++ (x)', 'cc (x) 4521', false],
    ['e-mail', 'e-mail 4521', true],
    ['[id]', 'see [id] 4521', true],
    ['$x|y', 'y 4521', false],
    ['pay no', 'Pay No. 4521', true],
    ['pay no', 'pay now 4521', false],
  ])('context word %j is matched literally, as a whole word, in %j: %s', (w, text, boosted) => {
    const p = createPipeline({ detectors: [word('n', '4521', 'OFFICER_ID', 0.3)], contextWords: { OFFICER_ID: [w] }, minScore: 0.5, explain: true });
    const found = p.scan(text);
    expect(found).toHaveLength(boosted ? 1 : 0);
    if (boosted) expect(found[0]?.evidence?.contextWords).toEqual([w.toLowerCase()]);
  });

  it('a context word boosts exactly when it occurs in the window with no ASCII letter or digit on either side', () => {
    // Reference: every occurrence of every word, checked against the window's edges and its neighbours.
    const alnum = (c: string | undefined): boolean => c !== undefined && /[0-9A-Za-z]/u.test(c);
    const inWindow = (w: string, words: readonly string[]): boolean =>
      words.some((word) => {
        for (let i = w.indexOf(word); i !== -1; i = w.indexOf(word, i + 1)) if (!alnum(w[i - 1]) && !alnum(w[i + word.length])) return true;
        return false;
      });
    const piece = fc.constantFrom('a', 'b', 'ab', 'ba', ' ', '.', '-', '1', 'B', 'é', 'É');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join('')), { minLength: 1, maxLength: 4 }), fc.array(piece, { maxLength: 30 }), fc.array(piece, { maxLength: 20 }), (words, before, after) => {
        const lead = before.join('');
        const trail = after.join('');
        const text = `${lead}#X#${trail}`;
        const d = defineDetector({ id: 'x', types: ['OFFICER_ID'], detect: (t, ctx) => [makeFinding(t, lead.length + 1, lead.length + 2, 'OFFICER_ID', 0.3, 'x', ctx, ['x'])] });
        const p = createPipeline({ detectors: [d], contextWords: { OFFICER_ID: words.filter((w) => w.trim() !== '') }, minScore: 0, explain: true });
        if (words.every((w) => w.trim() === '')) return;
        const got = p.scan(text)[0];
        const lower = text.toLowerCase();
        const start = lead.length + 1;
        const want = inWindow(lower.slice(Math.max(0, start - 48), start), words.filter((w) => w.trim() !== '').map((w) => w.toLowerCase())) || inWindow(lower.slice(start + 1, start + 25), words.filter((w) => w.trim() !== '').map((w) => w.toLowerCase()));
        expect(got?.score).toBeCloseTo(want ? 0.65 : 0.3, 9);
        expect((got?.evidence?.contextWords ?? []).length > 0).toBe(want);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('matches context words whatever their case, also beside characters whose lower case is longer (İ)', () => {
    const p = createPipeline({ detectors: [word('n', '4521', 'OFFICER_ID', 0.3)], contextWords: { OFFICER_ID: ['Épaulette'] }, minScore: 0.5 });
    expect(p.scan('ÉPAULETTE 4521')).toHaveLength(1);
    const found = p.scan('İİİ épaulette 4521 İ');
    expect(found.map((f) => [f.start, f.text])).toEqual([[14, '4521']]);
    expect(p.scan('İİİ épaulettes 4521')).toHaveLength(0);
  });

  it('context words at the edge of the window count, and the window is 48 units before and 24 after', () => {
    const p = createPipeline({ detectors: [word('n', '4521', 'OFFICER_ID', 0.3)], contextWords: { OFFICER_ID: ['collar'] }, minScore: 0.5 });
    expect(p.scan(`collar${' '.repeat(42)}4521`)).toHaveLength(1);
    expect(p.scan(`collar${' '.repeat(43)}4521`)).toHaveLength(0);
    // The window starts inside `xcollar`: the cut edge is a boundary.
    expect(p.scan(`xcollar${' '.repeat(42)}4521`)).toHaveLength(1);
    expect(p.scan(`4521${' '.repeat(18)}collar`)).toHaveLength(1);
    expect(p.scan(`4521${' '.repeat(19)}collar`)).toHaveLength(0);
  });

  it('drops allow-listed values (strings case-insensitively, and regular expressions)', () => {
    const text = 'Write to foi@met.police.uk or a.smith@met.police.uk';
    const p = createPipeline({ detectors: [email()], allow: ['FOI@met.police.uk'] });
    expect(p.scan(text).map((f) => f.text)).toEqual(['a.smith@met.police.uk']);
    const r = createPipeline({ detectors: [email()], allow: [/^a\./u] });
    expect(r.scan(text).map((f) => f.text)).toEqual(['foi@met.police.uk']);
  });

  it('reports deny-listed values with the given type', () => {
    const p = createPipeline({ detectors: [], deny: [{ text: 'Operation Bluebird', type: 'DEPARTMENT' }] });
    const found = p.scan('Officers from operation bluebird attended.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'DEPARTMENT', text: 'operation bluebird', score: 1 });
  });

  it('applies the threshold and the type filter', () => {
    const d = word('w', 'Smith', 'PERSON', 0.4);
    expect(createPipeline({ detectors: [d] }).scan('Smith')).toHaveLength(0);
    expect(createPipeline({ detectors: [d], minScore: 0.3 }).scan('Smith')).toHaveLength(1);
    expect(createPipeline({ detectors: [d, email()], minScore: 0.3, types: ['EMAIL'] }).scan('Smith a@b.uk')).toHaveLength(1);
  });

  it('attaches evidence only when asked', () => {
    const text = 'x.y@met.police.uk';
    expect(createPipeline({ detectors: [email()] }).scan(text)[0]?.evidence).toBeUndefined();
    expect(createPipeline({ detectors: [email()], explain: true }).scan(text)[0]?.evidence?.reasons).toContain('shape:email');
  });

  it('is immutable; with() returns a changed copy', () => {
    const p = createPipeline({ detectors: [email()], minScore: 0.5 });
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.options)).toBe(true);
    const q = p.with({ minScore: 0.99 });
    expect(q).not.toBe(p);
    expect(p.options.minScore).toBe(0.5);
    expect(q.scan('x.y@met.police.uk')).toHaveLength(0);
  });

  it('finds values written with look-alike and invisible characters, reporting original offsets', () => {
    const text = 'mail: a.smith\u200b@met.police.uk';
    const [f] = createPipeline({ detectors: [email()] }).scan(text);
    expect(f?.text).toBe('a.smith\u200b@met.police.uk');
    const wide = 'ｊ.ｓｍｉｔｈ@met.police.uk';
    expect(createPipeline({ detectors: [email()] }).scan(wide)[0]?.text).toBe(wide);
  });

  it.each([
    [{ detectors: 'x' }],
    [{ detectors: [], minScore: 2 }],
    [{ detectors: [], maxLength: -1 }],
    [{ detectors: [], types: ['NOPE'] }],
    [{ detectors: [], deny: [{ text: '', type: 'PERSON' }] }],
    [{ detectors: [{ id: 'x' }] }],
  ])('throws PiiError(INVALID_OPTION) on bad options %#', (opts) => {
    expect(() => createPipeline(opts as never)).toThrow(PiiError);
    try {
      createPipeline(opts as never);
    } catch (e) {
      expect((e as PiiError).code).toBe('INVALID_OPTION');
    }
  });

  it('refuses input over maxLength with an error that does not echo the input', () => {
    const p = createPipeline({ detectors: [email()], maxLength: 10 });
    const secret = 'Amara Okafor amara@met.police.uk';
    try {
      p.scan(secret);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PiiError);
      expect((e as PiiError).code).toBe('INPUT_TOO_LARGE');
      expect((e as Error).message).not.toContain('Okafor');
    }
  });

  it('turns a throwing detector into DETECTOR_FAILED without the text', () => {
    const bad = defineDetector({ id: 'bad', types: ['PERSON'], detect: () => { throw new Error('boom Smith'); } });
    try {
      createPipeline({ detectors: [bad] }).scan('John Smith');
      expect.unreachable();
    } catch (e) {
      expect((e as PiiError).code).toBe('DETECTOR_FAILED');
      expect((e as Error).message).not.toContain('Smith');
    }
  });

  it('keeps deny-list offsets right when lower-casing would change the length (İ)', () => {
    const text = 'İİİ Operation Bluebird';
    const found = createPipeline({ detectors: [], deny: [{ text: 'operation bluebird', type: 'DEPARTMENT' }] }).scan(text);
    expect(found.map((f) => f.text)).toEqual(['Operation Bluebird']);
    checkOffsets(text, found);
  });

  it('handles a deny entry that matches a million times', () => {
    const text = 'a'.repeat(1_000_000);
    const found = createPipeline({ detectors: [], deny: [{ text: 'a', type: 'PERSON' }] }).scan(text);
    expect(found).toHaveLength(1_000_000);
  });

  it('repairs or drops findings from a faulty detector instead of passing them on', () => {
    const faulty = defineDetector({
      id: 'faulty',
      types: ['PERSON'],
      detect: () => [
        { type: 'PERSON', start: 0, end: 4, text: 'wrong', score: 7, detector: 'faulty' },
        { type: 'PERSON', start: 5, end: 99, text: 'x', score: 1, detector: 'faulty' },
        { type: 'NOT_A_TYPE' as Finding['type'], start: 0, end: 2, text: 'Jo', score: 1, detector: 'faulty' },
        { type: 'PERSON', start: 6, end: 8, text: 'xx', score: Number.NaN, detector: 'faulty' },
      ],
    });
    const text = 'John Jones';
    const found = createPipeline({ detectors: [faulty], minScore: 0 }).scan(text);
    expect(found.map((f) => [f.text, f.score])).toEqual([
      ['John', 1],
      ['on', 0],
    ]);
  });

  it('turns a detector that returns a non-array into DETECTOR_FAILED', () => {
    const odd = defineDetector({ id: 'odd', types: ['PERSON'], detect: () => undefined as unknown as Finding[] });
    expect(() => createPipeline({ detectors: [odd] }).scan('John Smith')).toThrow(/a detector returned something other than an array \(odd\)/u);
  });

  it('joins same-type findings that partly overlap, so no fragment is left for redaction', () => {
    const text = 'x j.smith@met.police.ukj.smith@met.police.uk y';
    const found = createPipeline({ detectors: [email()] }).scan(text);
    expect(found.map((f) => f.text)).toEqual(['j.smith@met.police.ukj.smith@met.police.uk']);
    const nested = createPipeline({ detectors: [word('a', 'Constable Smith', 'PERSON', 0.6), word('c', 'Smith', 'PERSON', 0.9)] }).scan('Constable Smith');
    expect(nested.map((f) => f.text)).toEqual(['Smith']);
  });

  it('tries allow-list regular expressions on short finding texts only (fail safe)', () => {
    const long = `${'a'.repeat(2000)}@met.police.uk`;
    const p = createPipeline({ detectors: [], deny: [{ text: long, type: 'EMAIL' }], allow: [/^a+@/u] });
    expect(p.scan(`x ${long} y`)).toHaveLength(1);
    const short = createPipeline({ detectors: [], deny: [{ text: 'ab@met.police.uk', type: 'EMAIL' }], allow: [/^a+b@/u] });
    expect(short.scan('x ab@met.police.uk y')).toHaveLength(0);
  });

  it('does not report the redaction markers it writes ([PERSON], [REDACTED], PERSON_<hex>)', () => {
    const any = defineDetector({
      id: 'caps',
      types: ['PERSON'],
      detect(text, ctx) {
        const out: Finding[] = [];
        for (const m of text.matchAll(/[A-Z][A-Za-z]+/gu)) out.push(makeFinding(text, m.index, m.index + m[0].length, 'PERSON', 0.9, 'caps', ctx));
        return out;
      },
    });
    const p = createPipeline({ detectors: [any] });
    expect(p.scan('| [PERSON] | [REDACTED] | PERSON_3b1f0c9a52de |')).toEqual([]);
    expect(p.scan('[Jones] PERSONA_3b1f0c9a52de [PERSON').map((f) => f.text)).toEqual(['Jones', 'PERSONA', 'PERSON']);
    // Types with an underscore, bracketed or as a pseudonym (the digest follows the last underscore).
    expect(p.scan('[POLICE_RANK] POLICE_RANK_3b1f0c9a52de [DATE_OF_BIRTH]')).toEqual([]);
    // Too short a digest, not hex, or no type before it: reported.
    expect(p.scan('PERSON_3b1f0c9 PERSON_3b1f0c9a52dz Smith_3b1f0c9a52de').map((f) => f.text)).toEqual(['PERSON', 'PERSON', 'Smith']);
  });
});

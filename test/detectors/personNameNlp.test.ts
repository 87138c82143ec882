import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { PiiError } from '../../src/core/errors.js';
import { loadPersonNameNlp } from '../../src/detectors/personNameNlp.js';

describe('loadPersonNameNlp', () => {
  it('returns a synchronous PERSON detector with trimmed spans and exact offsets', async () => {
    const d = await loadPersonNameNlp();
    const text = 'Line one 😀\nYesterday John Smith said the car was fine, and Mary Jones agreed.';
    const found = d.detect(text, detectContext(text));
    expect(found.map((f) => f.text)).toEqual(expect.arrayContaining(['John Smith']));
    for (const f of found) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.type).toBe('PERSON');
      expect(f.score).toBeCloseTo(0.55);
      expect(f.text).not.toMatch(/[,.;]$/u);
    }
  });
  it('finds nothing in text without capitalised words', async () => {
    const d = await loadPersonNameNlp();
    expect(d.detect('the sergeant said nothing at all', detectContext('x'))).toEqual([]);
  });
  it('rejects bad options', async () => {
    await expect(loadPersonNameNlp({ score: 2 })).rejects.toBeInstanceOf(PiiError);
    await expect(loadPersonNameNlp({ maxWindow: 1 })).rejects.toBeInstanceOf(PiiError);
  });
});

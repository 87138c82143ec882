/**
 * The rules every finding of a detector keeps (shared by the detector test suites): offsets inside the text, `text`
 * equal to its span, a score in [0, 1], one of the detector's types, its id, and no evidence unless asked for.
 */
import { expect } from 'vitest';
import type { Detector, Finding } from '../../src/core/types.js';

export function expectFindingRules(d: Detector, text: string, found: readonly Finding[]): void {
  for (const f of found) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.score).toBeGreaterThanOrEqual(0);
    expect(f.score).toBeLessThanOrEqual(1);
    expect(d.types).toContain(f.type);
    expect(f.detector).toBe(d.id);
    expect(f.evidence).toBeUndefined();
  }
}

import { describe, expect, it } from 'vitest';
import { label, mask, PiiError, pseudonym, redact, remove, type Finding } from '../../src/core/index.js';

const text = 'PC Jane Doe (4521) emailed jane.doe@met.police.uk';
const findings: Finding[] = [
  { type: 'POLICE_RANK', start: 0, end: 2, text: 'PC', score: 0.9, detector: 't' },
  { type: 'PERSON', start: 3, end: 11, text: 'Jane Doe', score: 0.9, detector: 't' },
  { type: 'OFFICER_ID', start: 13, end: 17, text: '4521', score: 0.9, detector: 't' },
  { type: 'EMAIL', start: 27, end: 49, text: 'jane.doe@met.police.uk', score: 1, detector: 't' },
];

describe('redact', () => {
  it('labels every finding by default and reports old and new offsets', () => {
    const r = redact(text, findings);
    expect(r.text).toBe('[POLICE_RANK] [PERSON] ([OFFICER_ID]) emailed [EMAIL]');
    for (const rep of r.replacements) {
      expect(r.text.slice(rep.newStart, rep.newEnd)).toBe(rep.replacement);
      expect(text.slice(rep.start, rep.end)).toBe(rep.original);
    }
  });

  it('uses per-type operators and DEFAULT', () => {
    const r = redact(text, findings, { PERSON: label('[NAME]'), OFFICER_ID: remove(), DEFAULT: mask() });
    expect(r.text).toBe('** [NAME] () emailed ****.***@***.******.**');
  });

  it('mask keeps the last characters when asked and can mask separators too', () => {
    const f: Finding = { type: 'PHONE', start: 0, end: 12, text: '07700 900123', score: 1, detector: 't' };
    expect(mask({ keepLast: 3 })(f)).toBe('***** ***123');
    expect(mask({ keepSeparators: false, char: '#' })(f)).toBe('############');
    expect(() => mask({ char: 'ab' })).toThrow(PiiError);
  });

  it('custom operators are plain functions', () => {
    const r = redact(text, findings, { DEFAULT: (f) => `<${f.type.toLowerCase()}>` });
    expect(r.text).toBe('<police_rank> <person> (<officer_id>) emailed <email>');
  });

  it('pseudonyms are stable within and across calls, differ by key and by value', () => {
    const op = pseudonym({ key: 'correct horse battery' });
    const a = redact('Jane Doe met Jane Doe', [
      { type: 'PERSON', start: 0, end: 8, text: 'Jane Doe', score: 1, detector: 't' },
      { type: 'PERSON', start: 13, end: 21, text: 'Jane Doe', score: 1, detector: 't' },
    ], { DEFAULT: op });
    const [p1, p2] = a.replacements.map((r) => r.replacement);
    expect(p1).toBe(p2);
    expect(p1).toMatch(/^PERSON_[0-9a-f]{12}$/u);
    const again = pseudonym({ key: 'correct horse battery' })({ type: 'PERSON', start: 0, end: 8, text: 'JANE  doe', score: 1, detector: 't' });
    expect(again).toBe(p1);
    const otherKey = pseudonym({ key: 'another secret key' })({ type: 'PERSON', start: 0, end: 8, text: 'Jane Doe', score: 1, detector: 't' });
    expect(otherKey).not.toBe(p1);
    const otherName = op({ type: 'PERSON', start: 0, end: 8, text: 'John Doe', score: 1, detector: 't' });
    expect(otherName).not.toBe(p1);
    expect(() => pseudonym({ key: 'short' })).toThrow(PiiError);
  });

  it('merges overlapping findings so nothing of either survives', () => {
    const r = redact('Detective Jane Doe', [
      { type: 'POLICE_RANK', start: 0, end: 14, text: 'Detective Jane', score: 0.5, detector: 't' },
      { type: 'PERSON', start: 10, end: 18, text: 'Jane Doe', score: 0.9, detector: 't' },
    ]);
    expect(r.text).toBe('[PERSON]');
    expect(r.replacements).toHaveLength(1);
  });

  it('rejects findings outside the text without echoing the text', () => {
    try {
      redact('Jane Doe', [{ type: 'PERSON', start: 0, end: 99, text: 'Jane Doe', score: 1, detector: 't' }]);
      expect.unreachable();
    } catch (e) {
      expect((e as PiiError).code).toBe('INVALID_INPUT');
      expect((e as Error).message).not.toContain('Jane');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { formatSummary, groupDigits, summarize, type WorkbookFinding } from '../../src/xlsx/summary.js';

const f = (vector: WorkbookFinding['vector'], sheet: string, type: WorkbookFinding['type']): WorkbookFinding => ({ type, start: 0, end: 1, text: 'x', score: 1, detector: 'd', sheet, cell: 'A1', part: 'xl/worksheets/sheet1.xml', vector });

describe('summaries', () => {
  it.each([[0, '0'], [999, '999'], [1000, '1,000'], [9412, '9,412'], [1234567, '1,234,567'], [-4200, '-4,200']])('groupDigits(%d)', (n, s) => {
    expect(groupDigits(n)).toBe(s);
  });

  it('groups by vector and sheet, hidden first, and formats one line each', () => {
    const list = [f('visible', 'Summary', 'PERSON'), ...Array.from({ length: 3 }, () => f('hidden-sheet', 'Sheet2', 'PERSON')), f('hidden-sheet', 'Sheet2', 'POLICE_RANK'), f('document-properties', '', 'EMAIL')];
    const s = summarize(list);
    expect(s.map(formatSummary)).toEqual(['hidden sheet "Sheet2": 3 PERSON, 1 POLICE_RANK', 'document properties "xl/worksheets/sheet1.xml": 1 EMAIL', 'visible "Summary": 1 PERSON']);
    expect(s.map((x) => x.hidden)).toEqual([true, true, false]);
  });
});

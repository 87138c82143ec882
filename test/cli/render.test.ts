import { describe, expect, it } from 'vitest';
import { renderFile } from '../../src/cli/render.js';
import type { FileResult, LocatedFinding } from '../../src/cli/scanFile.js';

const finding = (i: number): LocatedFinding => ({ type: 'EMAIL', start: i * 20, end: i * 20 + 15, text: `a${i}@met.police.uk`, score: 0.95, detector: 'email', line: i + 1, column: 1 });
const result = (n: number): FileResult => ({ file: 'reply.txt', findings: Array.from({ length: n }, (_, i) => finding(i)) });

describe('renderFile', () => {
  it('json: joining files inside [ ] gives exactly JSON.stringify of every record', () => {
    const a = renderFile(result(2), { format: 'json', show: true });
    const b = renderFile({ ...result(1), file: 'b.txt' }, { format: 'json', show: true });
    const records = [...result(2).findings.map((f) => ({ file: 'reply.txt', ...f })), ...result(1).findings.map((f) => ({ file: 'b.txt', ...f }))];
    expect(`[\n${a.text},\n${b.text}\n]`).toBe(JSON.stringify(records, null, 2));
  });

  it('jsonl: one line per finding, values masked unless shown', () => {
    const r = renderFile(result(3), { format: 'jsonl', show: false });
    const lines = r.text.split('\n').map((l) => JSON.parse(l) as { text: string; line: number });
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3]);
    expect(lines[0]?.text).toBe('a*@m**.p*****.u*');
    expect(r).toMatchObject({ count: 3, hidden: false });
  });

  it('table: header line, column widths capped at 48, and no argument-count limit with 300,000 findings', () => {
    const r = renderFile(result(300_000), { format: 'table', show: true });
    const lines = r.text.split('\n');
    expect(lines[0]).toBe('reply.txt: 300000 findings');
    expect(lines).toHaveLength(300_002);
    expect(lines[2]).toMatch(/^ {2}EMAIL {2}a0@met\.police\.uk +1:1 +0\.95$/u);
  });

  it('an empty result renders an empty text for json and jsonl and a header for table', () => {
    expect(renderFile(result(0), { format: 'json', show: false }).text).toBe('');
    expect(renderFile(result(0), { format: 'jsonl', show: false }).text).toBe('');
    expect(renderFile(result(0), { format: 'table', show: false }).text).toBe('reply.txt: 0 findings');
  });
});

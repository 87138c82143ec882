import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../src/index.js';
import { PiiError } from '../../src/core/errors.js';
import { locate, scanFile } from '../../src/cli/scanFile.js';
import type { Finding } from '../../src/core/types.js';
import { runScan } from '../../src/cli/commands/scan.js';

const pipeline = defaultPipeline();
const dir = mkdtempSync(join(tmpdir(), 'police-pii-scanfile-'));
const fixture = (name: string): string => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const write = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('scanFile dispatch', () => {
  it('workbooks: summary first, hidden vectors marked, hidden flag set', () => {
    const r = scanFile(fixture('hidden-sheet.xlsx'), pipeline);
    expect(r.hidden).toBe(true);
    expect(r.summary?.[0]).toMatch(/^\[HIDDEN\] hidden sheet "Sheet2": 24 PERSON/u);
    expect(r.findings.every((f) => f.vector === 'hidden-sheet' && f.sheet === 'Sheet2' && f.cell !== undefined)).toBe(true);
  });

  it('the clean workbook has no summary line and no hidden flag', () => {
    const r = scanFile(fixture('none.xlsx'), pipeline);
    expect(r.findings).toEqual([]);
    expect(r.hidden).toBe(false);
  });

  it.each([
    ['staff.csv', 'Surname;Rank\nOkafor;Constable\n', 'A2 (Surname)'],
    ['staff.tsv', 'Surname\tRank\nOkafor\tConstable\n', 'A2 (Surname)'],
    ['staff.json', '{"officers":[{"surname":"Okafor"}]}', '$.officers[0].surname'],
    ['staff.jsonl', '{"surname":"Okafor"}\n\n{"surname":"Ibrahim"}\n', '$[1].surname'],
  ])('%s goes through the structured scanner', (name, text, path) => {
    const r = scanFile(write(name, text), pipeline);
    expect(r.findings.some((f) => f.type === 'PERSON' && f.path === path)).toBe(true);
  });

  it('reports the source line of a JSONL record', () => {
    const r = scanFile(write('lines.jsonl', '{"surname":"Okafor"}\n\n{"surname":"Ibrahim"}\n'), pipeline);
    expect(r.findings.find((f) => f.text === 'Ibrahim')?.line).toBe(3);
  });

  it.each([
    ['bad.json', '{"a":', 'MALFORMED_FILE'],
    ['bad.jsonl', '{"a":1}\nnot json\n', 'MALFORMED_FILE'],
    ['notreally.xlsx', 'Surname,Rank\n', 'UNSUPPORTED_FORMAT'],
  ])('%s fails with %s', (name, text, code) => {
    expect(() => scanFile(write(name, text), pipeline)).toThrow(PiiError);
    try {
      scanFile(write(name, text), pipeline);
    } catch (e) {
      expect((e as PiiError).code).toBe(code);
    }
  });

  it('.xlsm is read as a workbook', () => {
    const p = join(dir, 'macro.xlsm');
    copyFileSync(fixture('hidden-column.xlsx'), p);
    expect(scanFile(p, pipeline).hidden).toBe(true);
  });
});

describe('police-pii scan on a workbook', () => {
  it('prints the per-vector summary before the findings and exits 1 for a hidden vector', async () => {
    const lines: string[] = [];
    // One call of `out` may carry several lines.
    const code = await runScan([fixture('comment.xlsx'), '--jobs', '1'], (s) => lines.push(...s.split('\n')));
    expect(code).toBe(1);
    const summaryAt = lines.findIndex((l) => l.includes('[HIDDEN] comment "Summary"'));
    const tableAt = lines.findIndex((l) => l.includes('TYPE'));
    expect(summaryAt).toBeGreaterThan(-1);
    expect(tableAt === -1 || summaryAt < tableAt).toBe(true);
  });
});

describe('locate', () => {
  const at = (start: number, end: number): Finding => ({ type: 'EMAIL', start, end, text: '', score: 1, detector: 't' });

  it('gives 1-based lines and columns, a finding on a line break belonging to the line it ends', () => {
    const text = 'ab\ncd\n\nef';
    const got = locate(text, [at(0, 1), at(2, 3), at(3, 4), at(4, 5), at(6, 7), at(8, 9)]).map((f) => [f.line, f.column]);
    expect(got).toEqual([[1, 1], [1, 3], [2, 1], [2, 2], [3, 1], [4, 2]]);
  });

  it('stays linear with many findings on one long line (no rescan of the line per finding)', () => {
    const text = 'x'.repeat(4_000_000) + '\nend';
    const findings = Array.from({ length: 400_000 }, (_, i) => at(i * 10, i * 10 + 1));
    findings.push(at(4_000_001, 4_000_004));
    const t = performance.now();
    const out = locate(text, findings);
    // Generous bound: the quadratic version scans 8e11 characters here (about a minute); linear takes milliseconds.
    expect(performance.now() - t).toBeLessThan(5000);
    expect(out[399_999]).toMatchObject({ line: 1, column: 3_999_991 });
    expect(out[400_000]).toMatchObject({ line: 2, column: 1 });
  });
});

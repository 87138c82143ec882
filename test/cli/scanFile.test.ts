import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../src/index.js';
import { PiiError } from '../../src/core/errors.js';
import { scanFile } from '../../src/cli/scanFile.js';
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
    const code = await runScan([fixture('comment.xlsx'), '--jobs', '1'], (s) => lines.push(s));
    expect(code).toBe(1);
    const summaryAt = lines.findIndex((l) => l.includes('[HIDDEN] comment "Summary"'));
    const tableAt = lines.findIndex((l) => l.includes('TYPE'));
    expect(summaryAt).toBeGreaterThan(-1);
    expect(tableAt === -1 || summaryAt < tableAt).toBe(true);
  });
});

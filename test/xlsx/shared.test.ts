import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../src/index.js';
import { parseCsv, scanCsv, scanWorkbook, type Vector } from '../../src/xlsx/index.js';

const SHARED = new URL('../../../shared/eval/', import.meta.url);
const present = existsSync(SHARED);
if (!present) console.warn('../shared/eval is absent: skipping the shared spreadsheet evaluation');

// Manifest vector names → API vector names.
const VECTORS: Readonly<Record<string, Vector>> = {
  hidden_sheet: 'hidden-sheet',
  very_hidden_sheet: 'very-hidden-sheet',
  hidden_columns: 'hidden-column',
  hidden_column: 'hidden-column',
  hidden_rows: 'hidden-row',
  hidden_row: 'hidden-row',
  filtered_rows: 'filtered-row',
  comments: 'comment',
  comment: 'comment',
  pivot_cache: 'pivot-cache',
  document_properties: 'document-properties',
};

interface Entry { file: string; vector: string; pii: { value: string; type: string; where: string }[] }

describe.skipIf(!present)('shared spreadsheet examples', () => {
  const manifest = present ? (JSON.parse(readFileSync(new URL('xlsx/manifest.json', SHARED), 'utf8')) as Entry[]) : [];
  const pipeline = defaultPipeline();
  // Table vectors are found by column evidence whatever the text detectors can do; comments are free text.
  const tableVectors = manifest.filter((e) => e.vector !== 'none' && e.vector !== 'comments');
  it.each(tableVectors.map((e) => [e.file, e] as const))('%s: every manifest string, in the right vector', (_f, e) => {
    const r = scanWorkbook(new Uint8Array(readFileSync(new URL(`xlsx/${e.file}`, SHARED))), { pipeline });
    const vector = VECTORS[e.vector];
    const missed = e.pii.filter((p) => !r.findings.some((f) => f.type === p.type && f.text === p.value && f.vector === vector));
    expect(missed).toEqual([]);
  });
  it.each(manifest.filter((e) => e.vector === 'comments').map((e) => [e.file, e] as const))('%s: findings come from the comments', (_f, e) => {
    const r = scanWorkbook(new Uint8Array(readFileSync(new URL(`xlsx/${e.file}`, SHARED))), { pipeline });
    // How much of the free text is found depends on the text detectors; where it is found must be the notes.
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings.every((f) => f.vector === 'comment' && f.sheet === 'Summary')).toBe(true);
    expect(r.findings.some((f) => e.pii.some((p) => p.type === f.type && p.value === f.text))).toBe(true);
  });
  it('example-none.xlsx gives no finding', () => {
    const r = scanWorkbook(new Uint8Array(readFileSync(new URL('xlsx/example-none.xlsx', SHARED))), { pipeline });
    expect(r.findings).toEqual([]);
  });
  it('staff-list.csv: PERSON recall ≥ 0.98 over the Surname column, and no finding in the header', () => {
    const csv = readFileSync(new URL('staff-list.csv', SHARED), 'utf8');
    const labels = readFileSync(new URL('staff-list.labels.jsonl', SHARED), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { row: number; column: string; type: string });
    const header = parseCsv(csv)[0] ?? [];
    const found = scanCsv(csv, { pipeline });
    const surnames = labels.filter((l) => l.column === 'Surname');
    const hit = surnames.filter((l) => found.some((f) => f.row === l.row && f.column === header.indexOf('Surname') && f.type === 'PERSON'));
    expect(hit.length / surnames.length).toBeGreaterThanOrEqual(0.98);
    expect(found.filter((f) => f.row === 0)).toEqual([]);
  });
});

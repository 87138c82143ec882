import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { defaultPipeline } from '../../src/index.js';
import { PiiError } from '../../src/core/errors.js';
import { formatSummary, readSheets, scanWorkbook, type Vector } from '../../src/xlsx/index.js';
import { fixtures } from '../../scripts/fixtures/xlsx.js';

const FIX = new URL('../fixtures/', import.meta.url);
const load = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FIX)));
const pipeline = defaultPipeline();
const scan = (name: string) => scanWorkbook(load(name), { pipeline });

// Each fixture hides personal data in exactly one place; `expect` lists a type and a value that must be found there.
const CASES: readonly { file: string; vector: Vector; type: string; text: RegExp }[] = [
  { file: 'hidden-sheet.xlsx', vector: 'hidden-sheet', type: 'PERSON', text: /^Okonkwo$/u },
  { file: 'hidden-sheet.xlsx', vector: 'hidden-sheet', type: 'OFFICER_ID', text: /^\d{4}$/u },
  { file: 'very-hidden-sheet.xlsx', vector: 'very-hidden-sheet', type: 'PERSON', text: /^Tobias$/u },
  { file: 'hidden-row.xlsx', vector: 'hidden-row', type: 'PAY_NUMBER', text: /^\d{8}$/u },
  { file: 'hidden-row.xlsx', vector: 'hidden-row', type: 'PERSON', text: /^Kowalczyk$/u },
  { file: 'hidden-column.xlsx', vector: 'hidden-column', type: 'PERSON', text: /^Okonkwo$/u },
  { file: 'filtered-row.xlsx', vector: 'filtered-row', type: 'OFFICER_ID', text: /^\d{4}$/u },
  { file: 'comment.xlsx', vector: 'comment', type: 'EMAIL', text: /^tobias\.okonkwo@/u },
  { file: 'comment.xlsx', vector: 'comment', type: 'EMAIL', text: /^rhodri\.kowalczyk@/u },
  { file: 'pivot-cache.xlsx', vector: 'pivot-cache', type: 'PERSON', text: /^Okonkwo$/u },
  { file: 'pivot-cache-only.xlsx', vector: 'pivot-cache', type: 'EMAIL', text: /@example\.police\.uk$/u },
  { file: 'pivot-cache-only.xlsx', vector: 'pivot-cache', type: 'PERSON', text: /^T$/u },
  { file: 'document-properties.xlsx', vector: 'document-properties', type: 'EMAIL', text: /^tobias\.okonkwo@/u },
  { file: 'document-properties.xlsx', vector: 'document-properties', type: 'PERSON', text: /^Rhodri Kowalczyk$/u },
  { file: 'comment.xlsx', vector: 'comment', type: 'PERSON', text: /^Mateusz MacLeod$/u },
  { file: 'invisible-format.xlsx', vector: 'invisible-format', type: 'EMAIL', text: /^tobias\.okonkwo@/u },
  { file: 'invisible-format.xlsx', vector: 'invisible-format', type: 'EMAIL', text: /^rhodri\.kowalczyk@/u },
  { file: 'invisible-format.xlsx', vector: 'invisible-format', type: 'EMAIL', text: /^mateusz\.macleod@/u },
  { file: 'chart-cache.xlsx', vector: 'chart-cache', type: 'EMAIL', text: /^gareth\.abernethy@/u },
  { file: 'external-link.xlsx', vector: 'external-link', type: 'PERSON', text: /^Okonkwo$/u },
  { file: 'defined-name.xlsx', vector: 'defined-name', type: 'EMAIL', text: /^tobias\.okonkwo@/u },
  { file: 'far-range.xlsx', vector: 'far-range', type: 'EMAIL', text: /^rhodri\.kowalczyk@/u },
  { file: 'orphan-string.xlsx', vector: 'orphan-string', type: 'EMAIL', text: /^tobias\.okonkwo@/u },
  { file: 'header-footer.xlsx', vector: 'header-footer', type: 'EMAIL', text: /^tobias\.okonkwo@/u },
  { file: 'data-validation.xlsx', vector: 'data-validation', type: 'EMAIL', text: /^mateusz\.macleod@/u },
  { file: 'embedded-object.xlsx', vector: 'embedded-object', type: 'PERSON', text: /^Okonkwo$/u },
];

describe('scanWorkbook: one fixture per vector', () => {
  it.each(CASES)('$file: $type in $vector', ({ file, vector, type, text }) => {
    const r = scan(file);
    const hits = r.findings.filter((f) => f.vector === vector && f.type === type && text.test(f.text));
    expect(hits.length).toBeGreaterThan(0);
    expect(r.hidden).toBe(true);
    expect(r.summary.some((s) => s.vector === vector && s.hidden)).toBe(true);
  });

  it.each(CASES.map((c) => c.file).filter((f, i, a) => a.indexOf(f) === i))('%s: nothing reported as visible except the visible staff rows', (file) => {
    const r = scan(file);
    const visible = r.findings.filter((f) => f.vector === 'visible');
    // Only the filtered-row fixture has a visible data row (a vacancy at a station).
    expect(visible.every((f) => file === 'filtered-row.xlsx' && f.type === 'LOCATION')).toBe(true);
  });

  it('the clean control gives no finding', () => {
    const r = scan('none.xlsx');
    expect(r.findings).toEqual([]);
    expect(r.hidden).toBe(false);
  });

  it('finding offsets index the cell value', () => {
    for (const file of ['hidden-sheet.xlsx', 'hidden-column.xlsx', 'header-footer.xlsx', 'defined-name.xlsx']) {
      const bytes = load(file);
      const grids = new Map(readSheets(bytes).map((s) => [s.name, s.rows]));
      for (const f of scanWorkbook(bytes, { pipeline }).findings) {
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.score).toBeGreaterThan(0);
        expect(f.score).toBeLessThanOrEqual(1);
        const m = /^([A-Z]+)(\d+)$/u.exec(f.cell);
        if (f.sheet !== '' && m !== null && !['data-validation'].includes(f.vector)) {
          const col = [...(m[1] as string)].reduce((a, c) => a * 26 + c.charCodeAt(0) - 64, 0) - 1;
          const value = grids.get(f.sheet)?.[Number(m[2]) - 1]?.[col] ?? '';
          expect(value.slice(f.start, f.end)).toBe(f.text);
        }
      }
    }
  });

  it('header/footer findings keep offsets into the raw header text', () => {
    const r = scan('header-footer.xlsx');
    const h = r.findings.find((f) => f.cell === 'oddHeader');
    expect(h?.start).toBe('&L&"Arial,Bold"Prepared by '.length);
  });

  it('reads a pivot cache built over a hidden sheet as well as the sheet', () => {
    const r = scan('pivot-cache.xlsx');
    const pivot = r.findings.filter((f) => f.vector === 'pivot-cache' && f.type === 'PERSON' && f.cell.endsWith('"Surname"'));
    const sheet = r.findings.filter((f) => f.vector === 'hidden-sheet' && f.type === 'PERSON' && f.cell.startsWith('A'));
    expect(pivot.length).toBe(12);
    expect(sheet.length).toBe(12);
  });

  it('scans the 50,000-row workbook and counts every surname', () => {
    const r = scan('large-50k.xlsx');
    const s = r.summary.find((x) => x.vector === 'hidden-sheet' && x.where === 'Workforce');
    expect(s?.counts.PAY_NUMBER).toBe(50_000);
    expect(s?.counts.PERSON).toBe(100_000);
    expect(formatSummary(s!)).toMatch(/^hidden sheet "Workforce": 100,000 PERSON, 50,000 PAY_NUMBER/u);
  }, 60_000);

  it('the generator is deterministic and the committed fixtures are current', () => {
    const fresh = fixtures();
    for (const name of ['none.xlsx', 'hidden-sheet.xlsx', 'pivot-cache.xlsx', 'staff.csv']) {
      const a = fresh[name];
      const b = readFileSync(new URL(name, FIX));
      expect(Buffer.from(typeof a === 'string' ? strToU8(a) : (a as Uint8Array)).equals(b)).toBe(true);
    }
  });
});

function withPart(bytes: Uint8Array, part: string, xml: string): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(xml);
  return zipSync(files);
}

describe('scanWorkbook: untrusted input', () => {
  const base = load('hidden-sheet.xlsx');
  const code = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (e) {
      return e instanceof PiiError ? e.code : 'OTHER';
    }
    return undefined;
  };
  it.each([
    ['OLE compound file (encrypted or .xls)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]), 'ENCRYPTED_FILE'],
    ['plain text with an .xlsx name', strToU8('Surname,Rank\nOkafor,PC\n'), 'UNSUPPORTED_FORMAT'],
    ['truncated ZIP', base.subarray(0, Math.floor(base.length / 2)), 'MALFORMED_FILE'],
    ['DTD with entities', withPart(base, 'xl/sharedStrings.xml', '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>'), 'MALFORMED_FILE'],
    ['XML nested 10,000 deep', withPart(base, 'xl/sharedStrings.xml', `<sst>${'<si>'.repeat(10_000)}${'</si>'.repeat(10_000)}</sst>`), 'LIMIT_EXCEEDED'],
    ['broken XML', withPart(base, 'xl/workbook.xml', '<workbook><sheets><sheet name="x'), 'MALFORMED_FILE'],
    ['a zip without a workbook', zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'UNSUPPORTED_FORMAT'],
  ] as const)('%s gives %s', (_name, bytes, expected) => {
    expect(code(() => scanWorkbook(bytes, { pipeline }))).toBe(expected);
  });

  it('refuses a zip bomb entry by its compression ratio before inflating it', () => {
    const bomb = zipSync({ ...unzipSync(base), 'xl/media/bomb.xml': new Uint8Array(4 * 1024 * 1024) });
    expect(code(() => scanWorkbook(bomb, { pipeline }))).toBe('LIMIT_EXCEEDED');
  });

  it.each([
    ['maxUncompressedBytes', { maxUncompressedBytes: 1000 }],
    ['maxEntries', { maxEntries: 3 }],
    ['maxCells', { maxCells: 10 }],
    ['maxSharedStrings', { maxSharedStrings: 5 }],
  ] as const)('enforces %s', (_n, limits) => {
    expect(code(() => scanWorkbook(base, { pipeline, limits }))).toBe('LIMIT_EXCEEDED');
  });

  it('error messages name the part, never the content', () => {
    try {
      scanWorkbook(withPart(base, 'xl/workbook.xml', '<workbook><sheets><sheet name="Okonkwo'), { pipeline });
    } catch (e) {
      expect(String((e as Error).message)).toContain('xl/workbook.xml');
      expect(String((e as Error).message)).not.toContain('Okonkwo');
    }
  });
});

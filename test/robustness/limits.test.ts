/**
 * Input limits: each gives a clear PiiError (code, what was exceeded) in bounded time, never a hang, a stack
 * overflow or an out-of-memory crash: text length per scan, file size in the CLI, ZIP entries, uncompressed
 * size and compression ratio, XML depth and entity declarations, cells, shared strings, CSV cells, JSON depth.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/cli/io.js';
import { PiiError, type PiiErrorCode } from '../../src/core/errors.js';
import { createPipeline, DEFAULT_MAX_LENGTH } from '../../src/core/pipeline.js';
import { scan } from '../../src/index.js';
import { email } from '../../src/detectors/email.js';
import { parseCsv, scanJson, scanWorkbook } from '../../src/xlsx/index.js';
import { put, tempDir } from './cli.js';
import { buildXlsx, PII_ROWS, sheetXml, workbookParts } from './workbook.js';

/** Runs `fn`, expecting a PiiError with the code; returns it. Fails on any other outcome or after `ms`. */
function expectPiiError(fn: () => unknown, code: PiiErrorCode, ms = 10_000): PiiError {
  const t = performance.now();
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(performance.now() - t).toBeLessThan(ms);
  expect(caught, 'expected a PiiError').toBeInstanceOf(PiiError);
  expect((caught as PiiError).code).toBe(code);
  return caught as PiiError;
}

const dir = tempDir('limits');

describe('text length', () => {
  it('refuses a text over maxLength, and accepts one at the limit', () => {
    const p = createPipeline({ detectors: [email()], maxLength: 1000 });
    expect(p.scan('a'.repeat(1000))).toEqual([]);
    const e = expectPiiError(() => p.scan('j.smith@met.police.uk '.repeat(100)), 'INPUT_TOO_LARGE');
    expect(e.message).toMatch(/1000/u);
  });

  it('applies maxLength to the root scan, with a default of 64 Mi code units', () => {
    expectPiiError(() => scan('x'.repeat(11), { maxLength: 10 }), 'INPUT_TOO_LARGE');
    expect(DEFAULT_MAX_LENGTH).toBe(64 * 1024 * 1024);
  });

  it('refuses a bad maxLength option', () => {
    for (const maxLength of [0, -1, 1.5, Number.NaN]) expectPiiError(() => createPipeline({ detectors: [], maxLength }), 'INVALID_OPTION');
  });
});

describe('file size (CLI)', () => {
  it('refuses a file over the byte limit, naming the file', () => {
    const p = put(dir, 'big.txt', 'x'.repeat(2048));
    const e = expectPiiError(() => readInput(p, 1024), 'INPUT_TOO_LARGE');
    expect(e.where).toBe(p);
    expect(readInput(p, 2048)).toHaveLength(2048);
  });
});

describe('workbooks', () => {
  it('a zip bomb: a part that inflates more than the ratio limit', () => {
    const parts: Record<string, string> = workbookParts(PII_ROWS);
    parts['xl/worksheets/sheet1.xml'] = sheetXml(PII_ROWS).replace('</sheetData>', `${'<row/>'.repeat(3_000_000)}</sheetData>`);
    const bytes = buildXlsx(parts);
    expect(bytes.length).toBeLessThan(1_000_000);
    expect(expectPiiError(() => scanWorkbook(bytes), 'LIMIT_EXCEEDED').message).toMatch(/ratio|bomb/u);
  });

  it('total uncompressed size over the limit', () => {
    const bytes = buildXlsx(workbookParts(PII_ROWS));
    expect(expectPiiError(() => scanWorkbook(bytes, { limits: { maxUncompressedBytes: 500 } }), 'LIMIT_EXCEEDED').message).toMatch(/uncompressed/u);
  });

  it('too many ZIP entries', () => {
    const parts: Record<string, string> = workbookParts(PII_ROWS);
    for (let i = 0; i < 50; i++) parts[`xl/media/pad${i}.bin`] = 'x';
    expect(expectPiiError(() => scanWorkbook(buildXlsx(parts), { limits: { maxEntries: 20 } }), 'LIMIT_EXCEEDED').message).toMatch(/entries/u);
  });

  it('too many cells', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`r${i}`, 'x', 'y']);
    expect(expectPiiError(() => scanWorkbook(buildXlsx(workbookParts(rows)), { limits: { maxCells: 100 } }), 'LIMIT_EXCEEDED').message).toMatch(/cells/u);
  });

  it('too many shared strings', () => {
    const parts: Record<string, string> = workbookParts(PII_ROWS);
    parts['xl/sharedStrings.xml'] = `<sst>${'<si><t>a</t></si>'.repeat(500)}</sst>`;
    parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels']!.replace(
      '</Relationships>',
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    );
    expect(expectPiiError(() => scanWorkbook(buildXlsx(parts), { limits: { maxSharedStrings: 100 } }), 'LIMIT_EXCEEDED').message).toMatch(/shared strings/u);
  });

  it('XML nested deeper than the limit', () => {
    const parts: Record<string, string> = workbookParts(PII_ROWS);
    parts['xl/worksheets/sheet1.xml'] = `<worksheet><sheetData>${'<x>'.repeat(1000)}${'</x>'.repeat(1000)}</sheetData></worksheet>`;
    expect(expectPiiError(() => scanWorkbook(buildXlsx(parts), { limits: { maxXmlDepth: 100 } }), 'LIMIT_EXCEEDED').message).toMatch(/deeper|depth/u);
    // 200,000 levels with the default limits: refused (by depth or, as it compresses so well, by ratio).
    parts['xl/worksheets/sheet1.xml'] = `<worksheet><sheetData>${'<x>'.repeat(200_000)}${'</x>'.repeat(200_000)}</sheetData></worksheet>`;
    expectPiiError(() => scanWorkbook(buildXlsx(parts)), 'LIMIT_EXCEEDED');
  });

  it('an XML bomb: entity declarations are refused, not expanded', () => {
    const parts: Record<string, string> = workbookParts(PII_ROWS);
    const lol = ['<!ENTITY l0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('');
    parts['xl/worksheets/sheet1.xml'] = `<?xml version="1.0"?><!DOCTYPE w [${lol}]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>`;
    expectPiiError(() => scanWorkbook(buildXlsx(parts)), 'MALFORMED_FILE');
  });

  it('an external entity (XXE) is refused, not fetched or read', () => {
    const parts: Record<string, string> = workbookParts(PII_ROWS);
    parts['xl/workbook.xml'] = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>${parts['xl/workbook.xml']!.replace(/^<\?xml[^>]*\?>/u, '')}`;
    expectPiiError(() => scanWorkbook(buildXlsx(parts)), 'MALFORMED_FILE');
  });

  it('an encrypted workbook and a file that is not a ZIP', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expectPiiError(() => scanWorkbook(ole), 'ENCRYPTED_FILE');
    expectPiiError(() => scanWorkbook(strToU8('Surname,Email\nOkafor,amara.okafor@met.police.uk\n')), 'UNSUPPORTED_FORMAT');
  });

  it('a truncated workbook', () => {
    const good = buildXlsx(workbookParts(PII_ROWS));
    for (const cut of [0.3, 0.6, 0.9]) {
      const e = expectPiiError(() => scanWorkbook(good.subarray(0, Math.floor(good.length * cut))), 'MALFORMED_FILE');
      expect(e.message).not.toMatch(/Okafor/u);
    }
  });
});

describe('CSV and JSON', () => {
  it('CSV with more cells than the limit', () => {
    expectPiiError(() => parseCsv('a,b,c\n'.repeat(100), { maxCells: 50 }), 'LIMIT_EXCEEDED');
  });

  it('JSON nested past the depth limit: the personal data is found, or a LIMIT_EXCEEDED error, never skipped', () => {
    let deep: unknown = { email: 'deep.person@met.police.uk' };
    for (let i = 0; i < 100; i++) deep = { a: deep };
    let found: string[] | undefined;
    let error: unknown;
    try {
      found = scanJson(deep).map((f) => f.text);
    } catch (e) {
      error = e;
    }
    if (error !== undefined) {
      expect(error).toBeInstanceOf(PiiError);
      expect((error as PiiError).code).toBe('LIMIT_EXCEEDED');
    } else {
      expect(found).toContain('deep.person@met.police.uk');
    }
  });

  it('JSON nested 200,000 deep does not overflow the stack', () => {
    const deep: unknown = JSON.parse(`${'['.repeat(200_000)}"x"${']'.repeat(200_000)}`);
    let error: unknown;
    try {
      scanJson(deep);
    } catch (e) {
      error = e;
    }
    expect(error === undefined || (error instanceof PiiError && error.code === 'LIMIT_EXCEEDED'), String(error)).toBe(true);
  });
});

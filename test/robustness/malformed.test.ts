/**
 * Malformed, misnamed and hostile files through the CLI (`main()` in-process): each gives a clear error that
 * names the file and the problem (exit 2) and never repeats the content, or, where a lenient read is safe,
 * still finds every piece of personal data. Never an internal error, never a silent miss.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { personalDataIn } from '../setup/canaries.js';
import { put, runCli, tempDir } from './cli.js';
import { buildXlsx, PII_ROWS, sheetXml, workbookParts } from './workbook.js';

const dir = tempDir('malformed');
const good = buildXlsx(workbookParts(PII_ROWS));
const PII_TEXT = 'Contact DS Amara Okafor on amara.okafor@met.police.uk or 07700 900123.\n';

/** A clear error: exit 2, the file's name and the expected problem in stderr, no content, no internal error. */
function expectClearError(r: { code: number; err: string; out: string }, file: string, problem: RegExp): void {
  expect(r.code, `exit code; stderr: ${r.err}`).toBe(2);
  expect(r.err).not.toMatch(/internal error/u);
  expect(r.err).toMatch(problem);
  expect(r.err, 'the error names the file').toContain(file);
  expect(personalDataIn(r.err)).toBeUndefined();
  expect(personalDataIn(r.out)).toBeUndefined();
}

/** Either a clear error, or every listed value found (the scan exits 1 and reports them). */
async function expectErrorOrFound(path: string, name: string, values: readonly string[]): Promise<void> {
  const r = await runCli(['scan', path, '--show', '--format', 'json']);
  expect(r.err).not.toMatch(/internal error/u);
  if (r.code === 2) {
    expectClearError(r, name, /error [A-Z_]+/u);
    return;
  }
  expect(r.code, 'personal data was silently missed').toBe(1);
  const texts = (JSON.parse(r.out) as Array<{ text: string }>).map((f) => f.text);
  for (const v of values) expect(texts.some((t) => t.includes(v)), `${v} not found in ${JSON.stringify(texts)}`).toBe(true);
}

describe('malformed files through the CLI', () => {
  it('a truncated ZIP', async () => {
    const p = put(dir, 'truncated.xlsx', good.subarray(0, Math.floor(good.length * 0.6)));
    expectClearError(await runCli(['scan', p]), 'truncated.xlsx', /MALFORMED_FILE|corrupt|truncated/u);
  });

  it('a ZIP cut inside its first entry', async () => {
    const p = put(dir, 'stub.xlsx', good.subarray(0, 40));
    expectClearError(await runCli(['scan', p]), 'stub.xlsx', /MALFORMED_FILE|UNSUPPORTED_FORMAT/u);
  });

  it('an empty .xlsx', async () => {
    const p = put(dir, 'empty.xlsx', new Uint8Array(0));
    expectClearError(await runCli(['scan', p]), 'empty.xlsx', /UNSUPPORTED_FORMAT|MALFORMED_FILE/u);
  });

  it('a worksheet with unterminated XML holding a name', async () => {
    const parts = workbookParts(PII_ROWS);
    parts['xl/worksheets/sheet1.xml'] = sheetXml(PII_ROWS).replace('</sheetData></worksheet>', '<row r="9"><c r="A9" t="inlineStr"><is><t>Amara Okafor');
    const p = put(dir, 'badxml.xlsx', buildXlsx(parts));
    expectClearError(await runCli(['scan', p]), 'badxml.xlsx', /MALFORMED_FILE/u);
  });

  it('an entity-expansion (billion laughs) XML bomb', async () => {
    const parts = workbookParts(PII_ROWS);
    const lol = ['<!ENTITY l0 "Okafor">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('');
    parts['xl/worksheets/sheet1.xml'] = `<?xml version="1.0"?><!DOCTYPE worksheet [${lol}]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>`;
    const p = put(dir, 'lol.xlsx', buildXlsx(parts));
    expectClearError(await runCli(['scan', p]), 'lol.xlsx', /MALFORMED_FILE|LIMIT_EXCEEDED/u);
  });

  it('a zip bomb (a small file that inflates past the ratio limit)', async () => {
    const parts: Record<string, string | Uint8Array> = workbookParts(PII_ROWS);
    parts['xl/worksheets/sheet1.xml'] = sheetXml(PII_ROWS).replace('</sheetData>', `${'<row/>'.repeat(3_000_000)}</sheetData>`);
    const bytes = buildXlsx(parts);
    expect(bytes.length).toBeLessThan(1_000_000);
    const p = put(dir, 'bomb.xlsx', bytes);
    expectClearError(await runCli(['scan', p]), 'bomb.xlsx', /LIMIT_EXCEEDED/u);
  });

  it('deeply nested XML', async () => {
    const parts = workbookParts(PII_ROWS);
    parts['xl/worksheets/sheet1.xml'] = `<worksheet><sheetData>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</sheetData></worksheet>`;
    const p = put(dir, 'deepxml.xlsx', buildXlsx(parts));
    expectClearError(await runCli(['scan', p]), 'deepxml.xlsx', /LIMIT_EXCEEDED/u);
  });

  it('an encrypted workbook (OLE compound file)', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(strToU8('EncryptionInfo EncryptedPackage'), 512);
    const p = put(dir, 'encrypted.xlsx', ole);
    expectClearError(await runCli(['scan', p]), 'encrypted.xlsx', /ENCRYPTED_FILE/u);
  });

  it('plain text with an .xlsx extension', async () => {
    const p = put(dir, 'notes.xlsx', PII_TEXT);
    expectClearError(await runCli(['scan', p]), 'notes.xlsx', /UNSUPPORTED_FORMAT/u);
  });

  it('a workbook with a .txt extension is not silently missed', async () => {
    const p = put(dir, 'export.txt', good);
    await expectErrorOrFound(p, 'export.txt', ['amara.okafor@met.police.uk']);
  });

  it('a workbook with a .csv extension is not silently missed', async () => {
    const p = put(dir, 'export.csv', good);
    await expectErrorOrFound(p, 'export.csv', ['amara.okafor@met.police.uk']);
  });

  it('an encrypted workbook with a .csv extension is not silently missed', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const p = put(dir, 'staff.csv', ole);
    expectClearError(await runCli(['scan', p]), 'staff.csv', /ENCRYPTED_FILE|UNSUPPORTED_FORMAT/u);
  });

  it('invalid JSON', async () => {
    const p = put(dir, 'bad.json', '{"name": "Amara Okafor", "email": "amara.okafor@met.police.uk", ');
    expectClearError(await runCli(['scan', p]), 'bad.json', /MALFORMED_FILE/u);
  });

  it('an invalid line in JSON Lines', async () => {
    const p = put(dir, 'bad.jsonl', '{"email": "j.smith@met.police.uk"}\n{"name": "Amara Okafor"\n');
    expectClearError(await runCli(['scan', p]), 'bad.jsonl', /MALFORMED_FILE/u);
  });

  it('JSON nested past the depth limit: personal data found or a clear error, never skipped', async () => {
    let deep: unknown = { email: 'deep.person@met.police.uk' };
    for (let i = 0; i < 100; i++) deep = { a: deep };
    const p = put(dir, 'deep.json', JSON.stringify(deep));
    await expectErrorOrFound(p, 'deep.json', ['deep.person@met.police.uk']);
  });

  it('JSON nested 100,000 deep', async () => {
    const p = put(dir, 'deepest.json', `${'['.repeat(100_000)}"deep.person@met.police.uk"${']'.repeat(100_000)}`);
    await expectErrorOrFound(p, 'deepest.json', ['deep.person@met.police.uk']);
  });

  it('CSV with inconsistent quoting', async () => {
    const csv = 'Name,Email,Phone\n"Okafor,amara.okafor@met.police.uk,07700 900123\nKowalczyk,"r.kowalczyk@met.police.uk,020 7946 0958\nSmith,j.smith@met.police.uk",x\n';
    const p = put(dir, 'quotes.csv', csv);
    await expectErrorOrFound(p, 'quotes.csv', ['amara.okafor@met.police.uk', 'r.kowalczyk@met.police.uk', 'j.smith@met.police.uk']);
  });

  it('binary noise with a text extension', async () => {
    const noise = new Uint8Array(65_536);
    let x = 12345;
    for (let i = 0; i < noise.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      noise[i] = x >>> 24;
    }
    const p = put(dir, 'noise.log', noise);
    const r = await runCli(['scan', p]);
    expect(r.err).not.toMatch(/internal error/u);
    expect([0, 1, 2]).toContain(r.code);
    if (r.code === 2) expect(r.err).toContain('noise.log');
  });

  it('a file that does not exist, and a directory given to redact', async () => {
    const missing = await runCli(['scan', `${dir}/missing.txt`]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/IO_ERROR/u);
    const r = await runCli(['redact', dir, '-o', '-']);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/internal error/u);
  });
});

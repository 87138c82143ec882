import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { defaultPipeline } from '../../src/index.js';
import { scanWorkbook, readSheets } from '../../src/xlsx/index.js';
import { buildWorkbook } from '../../scripts/fixtures/xlsx.js';

const pipeline = defaultPipeline();
const MAIL = 'k.mensah@example.police.uk';

function withPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(edit(new TextDecoder().decode(files[part])));
  return zipSync(files);
}

const base = (): Uint8Array => buildWorkbook({ sheets: [{ name: 'S', rows: [['Rank', 'Headcount'], ['Constable', 3]], extraCells: [{ ref: 'D2', value: MAIL, style: 1 }] }] });

describe('invisible formats', () => {
  // Style 1 of the generated workbook is re-pointed at each kind of invisible format.
  it.each([
    ['an all-empty custom format', (x: string) => x.replace('formatCode=";;;"', 'formatCode="&quot;&quot;;&quot;&quot;;&quot;&quot;"').replace('<xf numFmtId="0" fontId="1"', '<xf numFmtId="164" fontId="1"')],
    ['a theme-0 (background) font', (x: string) => x.replace('<font><b/><sz val="11"/>', '<font><b/><sz val="11"/><color theme="0"/>')],
    ['a font coloured like the fill', (x: string) => x.replace('<font><b/><sz val="11"/>', '<font><b/><sz val="11"/><color rgb="FFFFFF00"/>').replace('<fill><patternFill patternType="gray125"/></fill>', '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill>').replace('<xf numFmtId="0" fontId="1" fillId="0"', '<xf numFmtId="0" fontId="1" fillId="1"')],
  ])('%s', (_n, edit) => {
    const r = scanWorkbook(withPart(base(), 'xl/styles.xml', edit), { pipeline });
    expect(r.findings.find((f) => f.text === MAIL)?.vector).toBe('invisible-format');
  });

  it('a bold black font is visible', () => {
    const r = scanWorkbook(base(), { pipeline });
    expect(r.findings.find((f) => f.text === MAIL)?.vector).toBe('visible');
  });
});

describe('rows and ranges', () => {
  it('tells filtered rows from hidden rows in the same sheet', () => {
    const bytes = buildWorkbook({ sheets: [{ name: 'R', rows: [['Surname', 'Email'], ['Okonkwo', MAIL], ['Haddad', 'h.haddad@example.police.uk'], [], [], ['Notes'], ['x.y@example.police.uk']], hiddenRows: [3, 7], autoFilter: 'A1:B3' }] });
    const r = scanWorkbook(bytes, { pipeline });
    expect(r.findings.find((f) => f.text === 'h.haddad@example.police.uk')?.vector).toBe('filtered-row');
    expect(r.findings.find((f) => f.text === 'x.y@example.police.uk')?.vector).toBe('hidden-row');
    expect(r.findings.find((f) => f.text === MAIL)?.vector).toBe('visible');
  });

  it('does not call a cell far when the block is merely long', () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`a${i}@example.police.uk`]);
    const r = scanWorkbook(buildWorkbook({ sheets: [{ name: 'L', rows: [['Email'], ...rows] }] }), { pipeline });
    expect(r.findings.every((f) => f.vector === 'visible')).toBe(true);
    expect(r.findings).toHaveLength(400);
  });

  it('streams more rows than the planning window with the same column logic', () => {
    const rows = Array.from({ length: 700 }, (_, i) => [i % 2 === 0 ? 'Okonkwo' : 'Haddad', String(1000 + i)]);
    const r = scanWorkbook(buildWorkbook({ sheets: [{ name: 'L', state: 'hidden', rows: [['Surname', 'Collar No'], ...rows] }] }), { pipeline });
    expect(r.findings.filter((f) => f.type === 'PERSON')).toHaveLength(700);
    expect(r.findings.filter((f) => f.type === 'OFFICER_ID')).toHaveLength(700);
  });
});

describe('other parts', () => {
  it('reads data-validation lists written in the x14 extension form', () => {
    const bytes = withPart(base(), 'xl/worksheets/sheet1.xml', (x) =>
      x.replace('</worksheet>', `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" count="1"><x14:dataValidation type="list"><x14:formula1><xm:f>"${MAIL},none"</xm:f></x14:formula1><xm:sqref>E2:E9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`),
    );
    const r = scanWorkbook(bytes, { pipeline });
    const f = r.findings.find((x) => x.vector === 'data-validation');
    expect(f?.text).toBe(MAIL);
    expect(f?.start).toBe(1);
  });

  it('reads the paragraphs of an embedded Word document', () => {
    const docx = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Contact ${MAIL}</w:t></w:r></w:p></w:body></w:document>`) });
    const files = unzipSync(base());
    files['xl/embeddings/Microsoft_Word_Document1.docx'] = docx;
    const r = scanWorkbook(zipSync(files), { pipeline });
    const f = r.findings.find((x) => x.vector === 'embedded-object');
    expect(f?.text).toBe(MAIL);
    expect(f?.part).toBe('xl/embeddings/Microsoft_Word_Document1.docx!word/document.xml');
  });

  it('lists embedded objects it cannot read in notes', () => {
    const files = unzipSync(base());
    files['xl/embeddings/oleObject1.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]);
    const r = scanWorkbook(zipSync(files), { pipeline });
    expect(r.notes.some((n) => n.includes('xl/embeddings/oleObject1.bin'))).toBe(true);
  });

  it('readSheets returns every sheet with its state and grid', () => {
    const bytes = buildWorkbook({ sheets: [{ name: 'A', rows: [['x', 1]] }, { name: 'B', state: 'veryHidden', rows: [[], ['', 'y']] }] });
    expect(readSheets(bytes)).toEqual([
      { name: 'A', state: 'visible', rows: [['x', '1']] },
      { name: 'B', state: 'veryHidden', rows: [[], ['', 'y']] },
    ]);
  });
});

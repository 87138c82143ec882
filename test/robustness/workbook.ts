/**
 * A minimal .xlsx builder for the robustness suites: inline-string cells, optional extra or replaced parts.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** XML-escapes a cell value. */
function esc(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The worksheet XML for rows of string cells. */
export function sheetXml(rows: readonly (readonly string[])[]): string {
  const body = rows
    .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => `<c r="${colName(j)}${i + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('')}</row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** The parts of a one-sheet workbook, as text, keyed by path. */
export function workbookParts(rows: readonly (readonly string[])[]): Record<string, string> {
  return {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': sheetXml(rows),
  };
}

/**
 * Zips parts into an .xlsx. Text parts are UTF-8 encoded; byte parts are stored as they are.
 *
 * @example
 * ```ts
 * const bytes = buildXlsx(workbookParts([['Name'], ['Amara Okafor']]));
 * ```
 */
export function buildXlsx(parts: Readonly<Record<string, string | Uint8Array>>): Uint8Array {
  const z: Zippable = {};
  for (const [name, v] of Object.entries(parts)) z[name] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(z, { level: 6 });
}

/** The rows of the standard personal-data workbook used by the suites. */
export const PII_ROWS: readonly (readonly string[])[] = [
  ['Surname', 'Forename', 'Rank', 'Email'],
  ['Okafor', 'Amara', 'DS', 'amara.okafor@met.police.uk'],
  ['Kowalczyk', 'Ryszard', 'PC', 'r.kowalczyk@met.police.uk'],
];

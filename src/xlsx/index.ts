/**
 * `police-pii/xlsx`: finds personal data everywhere a workbook, CSV file or JSON document can hold it.
 *
 * @module
 */
export { parseCsv, sniffDelimiter, decodeTextBytes, type ParseCsvOptions } from './csv.js';
export { readSheets, type SheetGrid, type SheetState, type WorkbookLimits } from './workbook.js';

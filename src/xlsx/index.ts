/**
 * `police-pii/xlsx`: finds personal data everywhere a workbook, CSV file or JSON document can hold it.
 *
 * @module
 */
export { parseCsv, sniffDelimiter, decodeTextBytes, type ParseCsvOptions } from './csv.js';
export { readSheets, type SheetGrid, type SheetState, type WorkbookLimits } from './workbook.js';
export { scanWorkbook, type ScanWorkbookOptions, type WorkbookScanResult } from './scanWorkbook.js';
export { summarize, formatSummary, type Vector, type VectorSummary, type WorkbookFinding } from './summary.js';
export { classifyColumn, planTables, cellScanner, fitsShape, type ColumnInfo, type TablePlan, type CellScanner } from './columns.js';
export { scanCsv, scanCsvBytes, scanJson, type CsvFinding, type JsonFinding, type ScanCsvOptions, type ScanJsonOptions } from './structured.js';

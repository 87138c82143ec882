/**
 * Scans every place of an .xlsx workbook where personal data can hide and reports each finding with its
 * sheet, cell, package part and hiding vector.
 *
 * @module
 */
import { defaultPipeline } from '../index.js';
import type { Finding, Pipeline } from '../core/types.js';
import { PiiError } from '../core/errors.js';
import { HEADER_FOOTER_CODE } from '../core/regex/xlsx.js';
import { ATTRIBUTE_TYPES, cellScanner, looksLikeFullName, planTables, tableOf, type CellScanner, type ColumnInfo, type TablePlan } from './columns.js';
import { summarize, type Vector, type VectorSummary, type WorkbookFinding } from './summary.js';
import { cellRef, parseRange, readWorkbookModel, type CellModel, type PartTable, type SheetModel, type WorkbookLimits } from './workbook.js';
import { readPackage } from './zip.js';
import { parseXml } from './xml.js';

/**
 * Options of {@link scanWorkbook}.
 *
 * @example
 * ```ts
 * const o: ScanWorkbookOptions = { limits: { maxCells: 1_000_000 } };
 * ```
 */
export interface ScanWorkbookOptions {
  /** The pipeline to scan values with (default: the root `defaultPipeline()`). */
  readonly pipeline?: Pipeline;
  /** Reading limits (sizes, entries, ratio, cells, shared strings, XML depth). */
  readonly limits?: WorkbookLimits;
  /** How deep to open workbooks embedded in workbooks (default 2). */
  readonly maxEmbedDepth?: number;
}

/**
 * The result of {@link scanWorkbook}.
 *
 * @example
 * ```ts
 * const r: WorkbookScanResult = scanWorkbook(bytes);
 * if (r.hidden) console.log(r.summary.map(formatSummary).join('\n'));
 * ```
 */
export interface WorkbookScanResult {
  readonly findings: WorkbookFinding[];
  /** Counts per vector and sheet/part, hidden vectors first. */
  readonly summary: VectorSummary[];
  /** True when anything was found outside the visible cells. */
  readonly hidden: boolean;
  /** Things worth a look that hold no finding, such as embedded objects that could not be read. */
  readonly notes: string[];
}

const HEAD_ROWS = 300;
const FAR_ROW_GAP = 100;
const FAR_COL_GAP = 26;

/** Builds a workbook finding with one fixed property order (fast, monomorphic; no object spread). */
function locatedFinding(f: Finding, sheet: string, cell: string, part: string, vector: Vector): WorkbookFinding {
  if (f.evidence === undefined) return { type: f.type, start: f.start, end: f.end, text: f.text, score: f.score, detector: f.detector, sheet, cell, part, vector };
  return { type: f.type, start: f.start, end: f.end, text: f.text, score: f.score, detector: f.detector, evidence: f.evidence, sheet, cell, part, vector };
}

/**
 * Scans a single value that names its author (document creator, comment author): the detectors with a
 * PERSON header, and when they find nothing, the whole value as PERSON if it reads as a full name.
 */
function scanAuthor(value: string, header: string, pipeline: Pipeline, cells: CellScanner): Finding[] {
  const col: ColumnInfo = { header, type: 'PERSON', role: 'full', source: 'header' };
  const found = cells.scan(value, undefined, col, false);
  if (found.length > 0 || !looksLikeFullName(value)) return found;
  const types = pipeline.options.types;
  const minScore = pipeline.options.minScore ?? 0.5;
  if ((types !== undefined && !types.includes('PERSON')) || minScore > 0.6) return found;
  const start = value.length - value.trimStart().length;
  const text = value.trim();
  return [{ type: 'PERSON', start, end: start + text.length, text, score: 0.6, detector: 'column' }];
}

function blankCodes(value: string): string {
  return value.replace(HEADER_FOOTER_CODE, (m) => ' '.repeat(m.length));
}

/** Rebuilds finding texts from the original value after scanning a same-length masked copy. */
function remap(value: string, findings: readonly Finding[]): Finding[] {
  return findings.map((f) => (f.text === value.slice(f.start, f.end) ? f : { ...f, text: value.slice(f.start, f.end) }));
}

/** Last row and column of the main block of cells: gaps larger than the far thresholds end it. */
function mainExtent(rowList: number[], colList: number[]): { rowEnd: number; colEnd: number } {
  const rows = rowList.sort((a, b) => a - b);
  const cols = colList.sort((a, b) => a - b);
  const end = (xs: number[], gap: number): number => {
    let e = xs[0] ?? 0;
    for (const x of xs) {
      if (x - e > gap) break;
      e = x;
    }
    return e;
  };
  return { rowEnd: end(rows, FAR_ROW_GAP), colEnd: end(cols, FAR_COL_GAP) };
}

function sheetVector(sheet: SheetModel): Vector | undefined {
  return sheet.state === 'veryHidden' ? 'very-hidden-sheet' : sheet.state === 'hidden' ? 'hidden-sheet' : undefined;
}

function headGrid(cells: readonly CellModel[], maxRows: number): string[][] {
  const rows: string[][] = [];
  for (const c of cells) {
    if (c.row >= maxRows || c.col >= 1000) continue;
    while (rows.length <= c.row) rows.push([]);
    const r = rows[c.row] as string[];
    while (r.length < c.col) r.push('');
    r[c.col] = c.value;
  }
  return rows;
}

function scanTable(table: PartTable, pipeline: Pipeline, cells: CellScanner, emit: (f: Finding, r: number, c: number, header: string | undefined) => void): void {
  const grid = table.headers.length > 0 ? [table.headers, ...table.rows] : table.rows;
  const plans = planTables(grid.slice(0, HEAD_ROWS), pipeline);
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] as string[];
    for (let c = 0; c < row.length; c++) {
      const v = row[c] as string;
      if (v === '') continue;
      const plan = tableOf(plans, r, c);
      const col = plan?.columns.get(c);
      for (const f of cells.scan(v, plan, col, plan !== undefined && r > plan.headerRow)) emit(f, r, c, col?.header);
    }
  }
}

/**
 * Scans an .xlsx/.xlsm workbook: visible and hidden cells, comments, pivot caches, document properties,
 * invisible formats, chart caches, external links, defined names, far-away cells, orphan shared strings,
 * headers and footers, data-validation lists and embedded workbooks. Throws `PiiError` for encrypted or
 * legacy files, malformed packages and exceeded limits.
 *
 * @example
 * ```ts
 * const { findings, summary } = scanWorkbook(bytes);
 * summary.map(formatSummary); // ['hidden sheet "Sheet2": 20 PERSON, 20 POLICE_RANK', …]
 * ```
 */
export function scanWorkbook(bytes: Uint8Array, options: ScanWorkbookOptions = {}): WorkbookScanResult {
  const pipeline = options.pipeline ?? defaultPipeline();
  const findings: WorkbookFinding[] = [];
  const notes: string[] = [];
  scanInto(bytes, pipeline, options.limits ?? {}, options.maxEmbedDepth ?? 2, 0, findings, notes, cellScanner(pipeline));
  const summary = summarize(findings);
  return { findings, summary, hidden: findings.some((f) => f.vector !== 'visible'), notes };
}

function scanInto(
  bytes: Uint8Array,
  pipeline: Pipeline,
  limits: WorkbookLimits,
  maxDepth: number,
  depth: number,
  out: WorkbookFinding[],
  notes: string[],
  cells: CellScanner,
): void {
  const add = (f: Finding, sheet: string, cell: string, part: string, vector: Vector): void => {
    out.push(locatedFinding(f, sheet, cell, part, vector));
  };
  const free = (value: string): Finding[] => cells.scan(value);

  // Sheet cells are streamed: the first HEAD_ROWS rows are buffered to find the tables and classify the
  // columns, then every cell is scanned as it is read. Vectors that are only known at the end of a sheet
  // (far-range needs the used area; filtered-row needs the auto-filter, written after the cells) are
  // settled in `end`.
  const plansBySheet = new Map<SheetModel, TablePlan[]>();
  let buffer: CellModel[] | undefined;
  let plans: TablePlan[] = [];
  let rowsUsed = new Set<number>();
  let colsUsed = new Set<number>();
  let pending: { index: number; row: number; col: number }[] = [];
  const scanCell = (sheet: SheetModel, c: CellModel): void => {
    const hiddenSheet = sheetVector(sheet);
    let vector: Vector;
    if (hiddenSheet !== undefined) vector = hiddenSheet;
    else if (sheet.hiddenCols.has(c.col)) vector = 'hidden-column';
    else if (sheet.hiddenRows.has(c.row)) vector = 'hidden-row';
    else if (invisibleStyles.has(c.style)) vector = 'invisible-format';
    else vector = 'visible';
    const plan = tableOf(plans, c.row, c.col);
    const col = plan?.columns.get(c.col);
    const found = cells.scan(c.value, plan, col, plan !== undefined && c.row > plan.headerRow);
    if (found.length === 0) return;
    const ref = cellRef(c.row, c.col);
    for (const f of found) {
      if (vector === 'visible' || vector === 'hidden-row') pending.push({ index: out.length, row: c.row, col: c.col });
      add(f, sheet.name, ref, sheet.part, vector);
    }
  };
  const flush = (sheet: SheetModel): void => {
    if (buffer === undefined) return;
    plans = planTables(headGrid(buffer, HEAD_ROWS), pipeline);
    plansBySheet.set(sheet, plans);
    const cellsToScan = buffer;
    buffer = undefined;
    for (const c of cellsToScan) scanCell(sheet, c);
  };
  let invisibleStyles: ReadonlySet<number> = new Set();
  let current: SheetModel | undefined;
  const model = readWorkbookModel(bytes, limits, {
    cell(sheet, c) {
      if (current !== sheet) {
        current = sheet;
        buffer = [];
        plans = [];
        rowsUsed = new Set();
        colsUsed = new Set();
        pending = [];
        invisibleStyles = sheet.invisibleStyles;
      }
      rowsUsed.add(c.row);
      colsUsed.add(c.col);
      if (buffer !== undefined) {
        if (c.row < HEAD_ROWS) {
          buffer.push(c);
          return;
        }
        flush(sheet);
      }
      scanCell(sheet, c);
    },
    end(sheet) {
      if (current !== sheet) {
        plansBySheet.set(sheet, []);
        return;
      }
      flush(sheet);
      const { rowEnd, colEnd } = mainExtent([...rowsUsed], [...colsUsed]);
      const af = sheet.autoFilter;
      for (const p of pending) {
        const f = out[p.index] as { vector: Vector };
        if (f.vector === 'visible' && (p.row > rowEnd || p.col > colEnd)) f.vector = 'far-range';
        else if (f.vector === 'hidden-row' && af !== undefined && p.row > af.r0 && p.row <= af.r1) f.vector = 'filtered-row';
      }
      pending = [];
      current = undefined;
    },
  });

  for (const sheet of model.sheets) {
    const plans = plansBySheet.get(sheet) ?? [];
    for (const hf of sheet.headerFooter) {
      for (const f of remap(hf.text, free(blankCodes(hf.text)))) add(f, sheet.name, hf.kind, sheet.part, 'header-footer');
    }
    for (const dv of sheet.validations) {
      const formula = dv.formula;
      if (!formula.startsWith('"')) continue;
      const first = parseRange(dv.sqref.split(' ')[0] ?? '');
      const plan = first === undefined ? undefined : tableOf(plans, first.r0, first.c0);
      const col: ColumnInfo | undefined = first === undefined ? undefined : plan?.columns.get(first.c0);
      let pos = 1;
      const end = formula.endsWith('"') ? formula.length - 1 : formula.length;
      while (pos < end) {
        let comma = formula.indexOf(',', pos);
        if (comma === -1 || comma > end) comma = end;
        const item = formula.slice(pos, comma);
        for (const f of cells.scan(item, plan !== undefined && plan.personal ? plan : undefined, col, true)) {
          add({ ...f, start: f.start + pos, end: f.end + pos }, sheet.name, dv.sqref, sheet.part, 'data-validation');
        }
        pos = comma + 1;
      }
    }
    const authorsSeen = new Set<string>();
    for (const cm of sheet.comments) {
      for (const f of free(cm.text)) add(f, sheet.name, cm.ref, cm.part, 'comment');
      if (cm.author !== undefined && !authorsSeen.has(cm.author)) {
        authorsSeen.add(cm.author);
        for (const f of scanAuthor(cm.author, 'Author', pipeline, cells)) add(f, sheet.name, `${cm.ref} author`, cm.part, 'comment');
      }
    }
    for (const o of sheet.objects) if (!/\.(?:xlsx|xlsm|docx)$/iu.test(o.name)) notes.push(`embedded object ${o.name}${o.progId !== undefined ? ` (${o.progId})` : ''} on sheet "${sheet.name}"`);
  }

  for (const p of model.threadedPersons) {
    for (const f of scanAuthor(p.value, 'Author', pipeline, cells)) add(f, '', p.where, p.part, 'comment');
  }

  for (const dn of model.definedNames) {
    if (dn.name.startsWith('_xlnm.')) continue;
    const spaced = dn.name.replace(/[_.]/gu, ' ');
    for (const f of remap(dn.name, free(spaced))) add(f, '', dn.name, 'xl/workbook.xml', 'defined-name');
    if (dn.formula.includes('"')) for (const f of free(dn.formula)) add(f, '', dn.name, 'xl/workbook.xml', 'defined-name');
  }

  for (const p of model.properties) {
    const col: ColumnInfo | undefined = p.header === undefined ? undefined : ((): ColumnInfo => {
      const probe = planTables([[p.header as string], [p.value]], pipeline)[0]?.columns.get(0);
      return probe ?? { header: p.header, source: 'none' };
    })();
    const found = col?.type === 'PERSON' ? scanAuthor(p.value, p.header ?? 'Author', pipeline, cells) : cells.scan(p.value, undefined, col, false);
    // A property naming only a unit, place, force or rank (`Information Management`) is not personal data.
    if (found.every((f) => ATTRIBUTE_TYPES.has(f.type))) continue;
    for (const f of found) add(f, '', p.where, p.part, 'document-properties');
  }

  {
    const orphans: string[] = [];
    for (let i = 0; i < model.sharedStrings.length; i++) if (model.usedStrings[i] === 0 && (model.sharedStrings[i] as string).trim() !== '') orphans.push(model.sharedStrings[i] as string);
    if (orphans.length > 0) {
      scanTable({ part: 'xl/sharedStrings.xml', name: 'orphans', headers: [], rows: orphans.map((s) => [s]) }, pipeline, cells, (f, r) => add(f, '', `string ${r + 1}`, 'xl/sharedStrings.xml', 'orphan-string'));
    }
  }

  for (const pc of model.pivotCaches) {
    scanTable(pc, pipeline, cells, (f, r, c, header) => {
      if (r === 0) return;
      add(f, '', `record ${r} "${header ?? pc.headers[c] ?? c + 1}"`, pc.part, 'pivot-cache');
    });
  }

  for (const ch of model.charts) for (const f of free(ch.value)) add(f, '', ch.where, ch.part, 'chart-cache');

  for (const ex of model.externalLinks) {
    scanTable(ex.table, pipeline, cells, (f, r, c) => add(f, '', cellRef(r, c), ex.table.part, 'external-link'));
    if (ex.path !== undefined) {
      const spaced = ex.path.replace(/[/\\_.:%]/gu, ' ');
      for (const f of remap(ex.path, free(spaced))) add(f, '', 'path', ex.table.part, 'external-link');
    }
  }

  for (const em of model.embeddings) {
    const lower = em.part.toLowerCase();
    const base = em.part.slice(em.part.lastIndexOf('/') + 1);
    const nameFindings = remap(base, free(base.replace(/[_.\-]/gu, ' ')));
    for (const f of nameFindings) add(f, '', 'name', em.part, 'embedded-object');
    if (em.bytes === undefined) continue;
    if ((lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) && depth < maxDepth) {
      const inner: WorkbookFinding[] = [];
      try {
        scanInto(em.bytes, pipeline, limits, maxDepth, depth + 1, inner, notes, cells);
      } catch (e) {
        if (!(e instanceof PiiError)) throw e;
        notes.push(`embedded workbook ${em.part} could not be read: ${e.code}`);
      }
      for (const f of inner) out.push(locatedFinding(f, f.sheet, f.cell, `${em.part}!${f.part}`, 'embedded-object'));
    } else if (lower.endsWith('.docx') && depth < maxDepth) {
      try {
        for (const [i, para] of readDocxParagraphs(em.bytes, limits).entries()) {
          for (const f of free(para)) add(f, '', `paragraph ${i + 1}`, `${em.part}!word/document.xml`, 'embedded-object');
        }
      } catch (e) {
        if (!(e instanceof PiiError)) throw e;
        notes.push(`embedded document ${em.part} could not be read: ${e.code}`);
      }
    } else notes.push(`embedded object ${em.part} (${base.slice(base.lastIndexOf('.') + 1) || 'unknown type'}) not read: check it by hand`);
  }
}

/** The paragraphs of an embedded .docx (text of `w:t` runs, one string per `w:p`). */
function readDocxParagraphs(bytes: Uint8Array, limits: WorkbookLimits): string[] {
  const pkg = readPackage(bytes, (n) => n === 'word/document.xml', limits);
  const doc = pkg.files['word/document.xml'];
  if (doc === undefined) return [];
  const paras: string[] = [];
  let cur = '';
  let inT = false;
  parseXml(new TextDecoder('utf-8').decode(doc), 'word/document.xml', {
    open(name) {
      if (name === 't') inT = true;
      else if (name === 'p') cur = '';
      else if (name === 'tab') cur += '\t';
    },
    text(t) {
      if (inT) cur += t;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'p' && cur.trim() !== '') paras.push(cur);
    },
  });
  return paras;
}

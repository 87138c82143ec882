/**
 * Reads an OOXML workbook package into a plain model: every sheet with its cells and visibility, plus every
 * other part where text can hide (comments, pivot caches, document properties, charts, external links,
 * defined names, header/footer, data validation, embedded objects, unused shared strings).
 *
 * @module
 */
import { PiiError } from '../core/errors.js';
import { parseXml, type XmlAttrs } from './xml.js';
import { readPackage, type PackageLimits } from './zip.js';

/**
 * Limits on what a workbook may hold.
 *
 * @example
 * ```ts
 * const l: WorkbookLimits = { maxCells: 5_000_000, maxXmlDepth: 64 };
 * ```
 */
export interface WorkbookLimits extends PackageLimits {
  /** Largest number of cells across all sheets (default 20 million). */
  readonly maxCells?: number;
  /** Largest number of shared strings (default 10 million). */
  readonly maxSharedStrings?: number;
  /** Largest XML nesting depth (default 256). */
  readonly maxXmlDepth?: number;
}

/**
 * Sheet visibility as written in `xl/workbook.xml`.
 *
 * @example
 * ```ts
 * const s: SheetState = 'veryHidden';
 * ```
 */
export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/**
 * One non-empty cell. `row` and `col` are 0-based.
 *
 * @example
 * ```ts
 * const c: CellModel = { row: 1, col: 0, value: 'Okafor', style: 0 };
 * ```
 */
export interface CellModel {
  readonly row: number;
  readonly col: number;
  readonly value: string;
  /** Index into the cell formats (`s` attribute), 0 when absent. */
  readonly style: number;
}

/**
 * A worksheet and what hides parts of it.
 *
 * @example
 * ```ts
 * readWorkbookModel(bytes).sheets[0]?.hiddenCols.has(3);
 * ```
 */
export interface SheetModel {
  readonly name: string;
  readonly state: SheetState;
  readonly part: string;
  readonly cells: CellModel[];
  /** 0-based rows marked hidden. */
  readonly hiddenRows: Set<number>;
  /** 0-based columns hidden (or zero width). */
  readonly hiddenCols: Set<number>;
  /** The auto-filter range, 0-based inclusive, if any. */
  autoFilter?: { r0: number; c0: number; r1: number; c1: number };
  readonly headerFooter: { kind: string; text: string }[];
  readonly validations: { sqref: string; formula: string }[];
  readonly comments: { ref: string; text: string; part: string; author?: string }[];
  readonly objects: { name: string; progId?: string }[];
  /** Cell formats whose content cannot be seen (shared by all sheets of the workbook). */
  readonly invisibleStyles: ReadonlySet<number>;
}

/**
 * A text found outside the sheet grid, with where it was.
 *
 * @example
 * ```ts
 * const t: PartText = { part: 'docProps/core.xml', where: 'creator', header: 'Author', value: 'A. Okafor' };
 * ```
 */
export interface PartText {
  readonly part: string;
  /** A label for the location (property name, `cacheField "Surname"`, `pt 3`). */
  readonly where: string;
  /** The header-like label that says what the value is, if any. */
  readonly header?: string;
  readonly value: string;
}

/**
 * A table found outside the grid (pivot cache records, external-link caches).
 *
 * @example
 * ```ts
 * const t: PartTable = { part: 'xl/pivotCache/pivotCacheDefinition1.xml', name: 'cache', headers: ['Surname'], rows: [['Okafor']] };
 * ```
 */
export interface PartTable {
  readonly part: string;
  readonly name: string;
  readonly headers: string[];
  readonly rows: string[][];
}

/**
 * Everything read from a workbook package.
 *
 * @example
 * ```ts
 * const m: WorkbookModel = readWorkbookModel(bytes);
 * m.pivotCaches.length;
 * ```
 */
export interface WorkbookModel {
  readonly sheets: SheetModel[];
  readonly sharedStrings: string[];
  /** Shared-string indexes used by some cell. */
  readonly usedStrings: Uint8Array;
  /** Indexes of cell formats whose content cannot be seen (`;;;`, white or fill-coloured text, font ≤ 2pt). */
  readonly invisibleStyles: Set<number>;
  readonly definedNames: { name: string; formula: string }[];
  readonly properties: PartText[];
  readonly pivotCaches: PartTable[];
  readonly charts: PartText[];
  readonly externalLinks: { table: PartTable; path?: string }[];
  readonly embeddings: { part: string; bytes?: Uint8Array }[];
  readonly threadedPersons: PartText[];
}

const DEFAULTS = { maxCells: 20_000_000, maxSharedStrings: 10_000_000, maxXmlDepth: 256 };
/** Columns in a worksheet (XFD is column 16,384). */
const MAX_COLUMNS = 16_384;

/**
 * Converts a cell reference such as `AB12` to 0-based `[row, col]`, or undefined.
 *
 * @example
 * ```ts
 * parseRef('B3'); // [2, 1]
 * ```
 */
export function parseRef(ref: string): [number, number] | undefined {
  let i = 0;
  let col = 0;
  const s = ref.includes('$') ? ref.replace(/\$/gu, '') : ref;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    i++;
    if (i > 3) return undefined;
  }
  const row = Number(s.slice(i));
  if (col === 0 || !Number.isInteger(row) || row < 1) return undefined;
  return [row - 1, col - 1];
}

/**
 * Converts 0-based row and column to a reference such as `B3`.
 *
 * @example
 * ```ts
 * cellRef(2, 1); // 'B3'
 * ```
 */
export function cellRef(row: number, col: number): string {
  let c = col + 1;
  let letters = '';
  while (c > 0) {
    const m = (c - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/**
 * Parses a range such as `A1:C7` (or a single cell) into 0-based inclusive bounds.
 *
 * @example
 * ```ts
 * parseRange('B2:A5'); // { r0: 1, c0: 0, r1: 4, c1: 1 }
 * ```
 */
export function parseRange(ref: string): { r0: number; c0: number; r1: number; c1: number } | undefined {
  const [a, b] = ref.split(':');
  const p = parseRef(a ?? '');
  if (p === undefined) return undefined;
  const q = b === undefined ? p : parseRef(b);
  if (q === undefined) return undefined;
  return { r0: Math.min(p[0], q[0]), c0: Math.min(p[1], q[1]), r1: Math.max(p[0], q[0]), c1: Math.max(p[1], q[1]) };
}


const decoder = /* @__PURE__ */ new TextDecoder('utf-8');

function dirOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i === -1 ? '' : part.slice(0, i + 1);
}

function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (dirOf(base) + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/**
 * Receives cells as they are parsed, instead of storing them in `SheetModel.cells` (keeps memory flat on
 * large sheets). `end` is called once per sheet after its cells, with the sheet's hidden rows and filter known.
 *
 * @example
 * ```ts
 * readWorkbookModel(bytes, {}, { cell: (sheet, c) => console.log(sheet.name, c.value), end: () => {} });
 * ```
 */
export interface CellVisitor {
  cell(sheet: SheetModel, cell: CellModel): void;
  end(sheet: SheetModel): void;
}

/**
 * Reads a workbook package into a {@link WorkbookModel}. Throws `PiiError` on malformed input or a limit.
 * With a visitor, sheet cells are streamed to it and `SheetModel.cells` stays empty.
 *
 * @example
 * ```ts
 * readWorkbookModel(bytes).sheets.map((s) => [s.name, s.state]);
 * ```
 */
export function readWorkbookModel(bytes: Uint8Array, limits: WorkbookLimits = {}, visitor?: CellVisitor): WorkbookModel {
  const maxCells = limits.maxCells ?? DEFAULTS.maxCells;
  const maxStrings = limits.maxSharedStrings ?? DEFAULTS.maxSharedStrings;
  const depth = limits.maxXmlDepth ?? DEFAULTS.maxXmlDepth;
  const pkg = readPackage(bytes, (n) => n.endsWith('.xml') || n.endsWith('.rels') || n.startsWith('xl/embeddings/'), limits);
  const files = pkg.files;
  // Each part is read once: its bytes are released as soon as they are decoded.
  const text = (part: string): string | undefined => {
    const b = files[part];
    if (b === undefined) return undefined;
    if (!part.startsWith('xl/embeddings/')) delete files[part];
    return decoder.decode(b);
  };
  const parse = (part: string, h: Parameters<typeof parseXml>[2]): boolean => {
    const t = text(part);
    if (t === undefined) return false;
    parseXml(t, part, h, depth);
    return true;
  };
  const rels = (part: string): Rel[] => {
    const out: Rel[] = [];
    const rp = relsPartOf(part);
    parse(rp, {
      open(name, a) {
        if (name === 'Relationship' && a.Id !== undefined && a.Target !== undefined) {
          const external = a.TargetMode === 'External';
          out.push({ id: a.Id, type: a.Type ?? '', target: external ? a.Target : resolveTarget(part, a.Target), external });
        }
      },
    });
    return out;
  };

  // Locate the workbook part via the package relationships.
  let wbPart = 'xl/workbook.xml';
  for (const r of rels('')) if (r.type.endsWith('/officeDocument')) wbPart = r.target;
  if (files[wbPart] === undefined) {
    if (!pkg.names.includes(wbPart)) throw new PiiError('UNSUPPORTED_FORMAT', 'ZIP package without a workbook part (not an .xlsx?)', 'package');
  }
  const wbRels = rels(wbPart);
  const relById = new Map(wbRels.map((r) => [r.id, r]));

  // Workbook: sheets and defined names.
  const sheetDefs: { name: string; state: SheetState; rid: string }[] = [];
  const definedNames: { name: string; formula: string }[] = [];
  let dnName: string | undefined;
  let dnText = '';
  parse(wbPart, {
    open(name, a) {
      if (name === 'sheet') {
        const st = a.state === 'hidden' ? 'hidden' : a.state === 'veryHidden' ? 'veryHidden' : 'visible';
        sheetDefs.push({ name: a.name ?? `Sheet${sheetDefs.length + 1}`, state: st, rid: a['r:id'] ?? a.id ?? '' });
      } else if (name === 'definedName') {
        dnName = a.name ?? '';
        dnText = '';
      }
    },
    text(t) {
      if (dnName !== undefined) dnText += t;
    },
    close(name) {
      if (name === 'definedName' && dnName !== undefined) {
        definedNames.push({ name: dnName, formula: dnText });
        dnName = undefined;
      }
    },
  });

  // Shared strings: each <si> is the concatenation of its <t> runs, excluding phonetic runs (<rPh>).
  const sharedStrings: string[] = [];
  const sstPart = wbRels.find((r) => r.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
  {
    let cur: string | undefined;
    let inT = false;
    let inPh = 0;
    parse(sstPart, {
      open(name, _a, self) {
        if (name === 'si') {
          cur = '';
          if (self) {
            sharedStrings.push('');
            cur = undefined;
          }
        } else if (name === 't' && !self) inT = true;
        else if (name === 'rPh' && !self) inPh++;
      },
      text(t) {
        if (inT && inPh === 0 && cur !== undefined) cur += t;
      },
      close(name) {
        if (name === 't') inT = false;
        else if (name === 'rPh') inPh--;
        else if (name === 'si' && cur !== undefined) {
          sharedStrings.push(cur);
          cur = undefined;
          if (sharedStrings.length > maxStrings) throw new PiiError('LIMIT_EXCEEDED', `more than ${maxStrings} shared strings`, sstPart);
        }
      },
    });
  }
  const usedStrings = new Uint8Array(sharedStrings.length);

  const invisibleStyles = readStyles(wbRels.find((r) => r.type.endsWith('/styles'))?.target ?? 'xl/styles.xml', parse);

  // Sheets.
  let cellCount = 0;
  const sheets: SheetModel[] = [];
  const sheetParts = new Set<string>();
  for (const def of sheetDefs) {
    const rel = relById.get(def.rid);
    if (rel === undefined || rel.external || sheetParts.has(rel.target)) continue;
    const part = rel.target;
    sheetParts.add(part);
    const sheet: SheetModel = {
      name: def.name,
      state: def.state,
      part,
      cells: [],
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      headerFooter: [],
      validations: [],
      comments: [],
      objects: [],
      invisibleStyles,
    };
    let cRow = -1;
    let cCol = -1;
    let cType = '';
    let cStyle = 0;
    let cVal = '';
    let inV = false;
    let inIs = false;
    let inT = false;
    let inF = false;
    let rowIdx = -1;
    let nextCol = 0;
    let hfKind: string | undefined;
    let hfText = '';
    let dvSqref: string | undefined;
    let dvText: string | undefined;
    const objRids: { rid: string; progId?: string }[] = [];
    let legacyRid: string | undefined;
    const found = parse(part, {
      open(name, a, self) {
        switch (name) {
          case 'row': {
            const r = a.r === undefined ? rowIdx + 1 : Number(a.r) - 1;
            rowIdx = Number.isInteger(r) && r >= 0 ? r : rowIdx + 1;
            nextCol = 0;
            if (a.hidden === '1' || a.hidden === 'true') sheet.hiddenRows.add(rowIdx);
            break;
          }
          case 'c': {
            const p = a.r === undefined ? undefined : parseRef(a.r);
            cRow = p?.[0] ?? rowIdx;
            cCol = p?.[1] ?? nextCol;
            nextCol = cCol + 1;
            cType = a.t ?? 'n';
            cStyle = a.s === undefined ? 0 : Number(a.s) || 0;
            cVal = '';
            if (self) cRow = -1;
            break;
          }
          case 'v':
            inV = !self;
            break;
          case 'f':
            inF = !self;
            break;
          case 'is':
            inIs = true;
            break;
          case 't':
            inT = !self;
            break;
          case 'col': {
            const min = Number(a.min);
            // Excel has 16,384 columns: clamp, so a huge `min`/`max` can neither loop for ever nor for long.
            const max = Math.min(Number(a.max), MAX_COLUMNS);
            const zero = a.width !== undefined && Number(a.width) === 0;
            if ((a.hidden === '1' || a.hidden === 'true' || zero) && Number.isInteger(min) && Number.isInteger(max)) {
              for (let c = Math.max(1, min); c <= max; c++) sheet.hiddenCols.add(c - 1);
            }
            break;
          }
          case 'autoFilter':
            if (a.ref !== undefined) {
              const rg = parseRange(a.ref);
              if (rg !== undefined) sheet.autoFilter = rg;
            }
            break;
          case 'oddHeader':
          case 'oddFooter':
          case 'evenHeader':
          case 'evenFooter':
          case 'firstHeader':
          case 'firstFooter':
            hfKind = name;
            hfText = '';
            break;
          case 'dataValidation':
            dvSqref = a.sqref ?? '';
            break;
          case 'formula1':
            if (dvSqref !== undefined) dvText = '';
            break;
          case 'legacyDrawing':
            legacyRid = a['r:id'] ?? a.id;
            break;
          case 'oleObject':
            objRids.push({ rid: a['r:id'] ?? a.id ?? '', progId: a.progId });
            break;
          default:
            break;
        }
      },
      text(t) {
        if (inV || (inIs && inT)) cVal += t;
        else if (hfKind !== undefined) hfText += t;
        else if (dvText !== undefined) dvText += t;
        void inF;
      },
      close(name) {
        switch (name) {
          case 'v':
            inV = false;
            break;
          case 'f':
            inF = false;
            break;
          case 'is':
            inIs = false;
            break;
          case 't':
            inT = false;
            break;
          case 'c': {
            if (cRow < 0) break;
            let value = cVal;
            if (cType === 's') {
              const idx = Number(cVal);
              value = sharedStrings[idx] ?? '';
              if (Number.isInteger(idx) && idx >= 0 && idx < usedStrings.length) usedStrings[idx] = 1;
            } else if (cType === 'b') value = cVal === '1' ? 'TRUE' : 'FALSE';
            if (value.length > 0) {
              const cell = { row: cRow, col: cCol, value, style: cStyle };
              if (visitor === undefined) sheet.cells.push(cell);
              else visitor.cell(sheet, cell);
              if (++cellCount > maxCells) throw new PiiError('LIMIT_EXCEEDED', `more than ${maxCells} cells`, part);
            }
            cRow = -1;
            break;
          }
          case 'oddHeader':
          case 'oddFooter':
          case 'evenHeader':
          case 'evenFooter':
          case 'firstHeader':
          case 'firstFooter':
            if (hfKind !== undefined && hfText.length > 0) sheet.headerFooter.push({ kind: hfKind, text: hfText });
            hfKind = undefined;
            break;
          case 'formula1':
            if (dvSqref !== undefined && dvText !== undefined && dvText.length > 0) sheet.validations.push({ sqref: dvSqref, formula: dvText });
            dvText = undefined;
            break;
          case 'dataValidation':
            dvSqref = undefined;
            dvText = undefined;
            break;
          default:
            break;
        }
      },
    });
    if (!found) throw new PiiError('MALFORMED_FILE', 'worksheet part missing', part);
    visitor?.end(sheet);

    // Comments, threaded comments, embedded objects of this sheet.
    const sheetRels = rels(part);
    for (const r of sheetRels) {
      if (r.external) continue;
      if (r.type.endsWith('/comments')) readLegacyComments(r.target, parse, sheet.comments);
      else if (r.type.endsWith('/threadedComment')) readThreadedComments(r.target, parse, sheet.comments);
    }
    void legacyRid;
    for (const o of objRids) {
      const r = sheetRels.find((x) => x.id === o.rid);
      sheet.objects.push({ name: r === undefined ? o.rid : r.target, progId: o.progId });
    }
    sheets.push(sheet);
  }

  // Document properties.
  const properties: PartText[] = [];
  readProperties(parse, properties);

  // Threaded-comment persons.
  const threadedPersons: PartText[] = [];
  for (const r of wbRels) {
    if (!r.type.endsWith('/person')) continue;
    parse(r.target, {
      open(name, a) {
        if (name === 'person' && a.displayName !== undefined) threadedPersons.push({ part: r.target, where: 'person', header: 'Author', value: a.displayName });
      },
    });
  }

  // Pivot caches (definition shared items + records).
  const pivotCaches: PartTable[] = [];
  for (const r of wbRels) if (r.type.endsWith('/pivotCacheDefinition')) pivotCaches.push(readPivotCache(r.target, parse, rels));

  // Charts and external links: any part of those kinds in the package.
  const charts: PartText[] = [];
  const externalLinks: { table: PartTable; path?: string }[] = [];
  for (const name of Object.keys(files)) {
    if (/^xl\/charts\/chart[^/]*\.xml$/u.test(name)) readChart(name, parse, charts);
    else if (/^xl\/externalLinks\/externalLink[^/]*\.xml$/u.test(name)) {
      const path = rels(name).find((x) => x.type.endsWith('/externalLinkPath') || x.external)?.target;
      externalLinks.push({ table: readExternalLink(name, parse), path });
    }
  }

  const embeddings: { part: string; bytes?: Uint8Array }[] = [];
  for (const name of pkg.names) if (name.startsWith('xl/embeddings/')) embeddings.push({ part: name, bytes: files[name] });

  return { sheets, sharedStrings, usedStrings, invisibleStyles, definedNames, properties, pivotCaches, charts, externalLinks, embeddings, threadedPersons };
}

type ParseFn = (part: string, h: Parameters<typeof parseXml>[2]) => boolean;

function isWhite(a: XmlAttrs): boolean {
  const rgb = (a.rgb ?? '').toUpperCase();
  if (rgb === 'FFFFFFFF' || rgb === 'FFFFFF' || rgb === '00FFFFFF') return true;
  if (a.theme === '0' && (a.tint === undefined || Number(a.tint) >= 0)) return true;
  return a.indexed === '9' || a.indexed === '1';
}

function colorKey(a: XmlAttrs): string {
  if (a.rgb !== undefined) return `rgb:${a.rgb.toUpperCase().slice(-6)}`;
  if (a.theme !== undefined) return `theme:${a.theme}:${a.tint ?? '0'}`;
  if (a.indexed !== undefined) return `idx:${a.indexed}`;
  return '';
}

/** True for number formats that display nothing, such as `;;;` or `"";"";""`. */
function isEmptyFormat(code: string): boolean {
  const bare = code.replace(/""/gu, '').replace(/\s+/gu, '');
  return bare.length >= 2 && /^;{2,3}$/u.test(bare);
}

function readStyles(part: string, parse: ParseFn): Set<number> {
  const fmts = new Map<number, string>();
  const fonts: { white: boolean; color: string; tiny: boolean }[] = [];
  const fills: string[] = [];
  const out = new Set<number>();
  let inFonts = false;
  let inFills = false;
  let inCellXfs = false;
  let font: { white: boolean; color: string; tiny: boolean } | undefined;
  let fill = '';
  let xf = 0;
  parse(part, {
    open(name, a, self) {
      if (name === 'numFmt' && a.numFmtId !== undefined) fmts.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'fonts') inFonts = !self;
      else if (name === 'fills') inFills = !self;
      else if (name === 'cellXfs') inCellXfs = !self;
      else if (inFonts && name === 'font') {
        font = { white: false, color: 'theme:1:0', tiny: false };
        if (self) {
          fonts.push(font);
          font = undefined;
        }
      } else if (font !== undefined && name === 'color') {
        font.white = isWhite(a);
        font.color = colorKey(a);
      } else if (font !== undefined && name === 'sz') font.tiny = Number(a.val) > 0 && Number(a.val) <= 2;
      else if (inFills && name === 'fill') {
        fill = '';
        if (self) fills.push('');
      } else if (inFills && name === 'fgColor') fill = colorKey(a);
      else if (inCellXfs && name === 'xf') {
        const f = fonts[Number(a.fontId ?? 0)];
        const code = fmts.get(Number(a.numFmtId ?? 0)) ?? '';
        const fl = fills[Number(a.fillId ?? 0)] ?? '';
        const sameAsFill = f !== undefined && fl !== '' && f.color === fl;
        if (isEmptyFormat(code) || (f !== undefined && (f.white || f.tiny)) || sameAsFill) out.add(xf);
        xf++;
      }
    },
    close(name) {
      if (name === 'font' && font !== undefined) {
        fonts.push(font);
        font = undefined;
      } else if (name === 'fill' && inFills) fills.push(fill);
      else if (name === 'fonts') inFonts = false;
      else if (name === 'fills') inFills = false;
      else if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return out;
}

function readLegacyComments(part: string, parse: ParseFn, out: SheetModel['comments']): void {
  const authors: string[] = [];
  let inAuthor = false;
  let author = '';
  let ref: string | undefined;
  let authorId = -1;
  let txt = '';
  let inT = false;
  let inPh = 0;
  parse(part, {
    open(name, a) {
      if (name === 'author') {
        inAuthor = true;
        author = '';
      } else if (name === 'comment') {
        ref = a.ref ?? '';
        authorId = Number(a.authorId ?? -1);
        txt = '';
      } else if (name === 't') inT = true;
      else if (name === 'rPh') inPh++;
    },
    text(t) {
      if (inAuthor) author += t;
      else if (ref !== undefined && inT && inPh === 0) txt += t;
    },
    close(name) {
      if (name === 'author') {
        authors.push(author);
        inAuthor = false;
      } else if (name === 't') inT = false;
      else if (name === 'rPh') inPh--;
      else if (name === 'comment' && ref !== undefined) {
        out.push({ ref, text: txt, part, author: authors[authorId] });
        ref = undefined;
      }
    },
  });
}

function readThreadedComments(part: string, parse: ParseFn, out: SheetModel['comments']): void {
  let ref: string | undefined;
  let txt = '';
  let inText = false;
  parse(part, {
    open(name, a) {
      if (name === 'threadedComment') {
        ref = a.ref ?? '';
        txt = '';
      } else if (name === 'text') inText = true;
    },
    text(t) {
      if (inText) txt += t;
    },
    close(name) {
      if (name === 'text') inText = false;
      else if (name === 'threadedComment' && ref !== undefined) {
        out.push({ ref, text: txt, part });
        ref = undefined;
      }
    },
  });
}

const CORE_LABELS: Readonly<Record<string, string>> = {
  creator: 'Author',
  lastModifiedBy: 'Last modified by',
  title: 'Title',
  subject: 'Subject',
  description: 'Description',
  keywords: 'Keywords',
  category: 'Category',
  contentStatus: 'Status',
};

const APP_LABELS: Readonly<Record<string, string>> = { Manager: 'Manager', Company: 'Company', HyperlinkBase: 'Hyperlink base' };

function readProperties(parse: ParseFn, out: PartText[]): void {
  const simple = (part: string, labels: Readonly<Record<string, string>>): void => {
    let cur: string | undefined;
    let buf = '';
    parse(part, {
      open(name) {
        if (labels[name] !== undefined) {
          cur = name;
          buf = '';
        }
      },
      text(t) {
        if (cur !== undefined) buf += t;
      },
      close(name) {
        if (cur !== undefined && name === cur) {
          if (buf.trim().length > 0) out.push({ part, where: name, header: labels[name], value: buf });
          cur = undefined;
        }
      },
    });
  };
  simple('docProps/core.xml', CORE_LABELS);
  simple('docProps/app.xml', APP_LABELS);
  let prop: string | undefined;
  let buf = '';
  let depth = 0;
  parse('docProps/custom.xml', {
    open(name, a, self) {
      if (name === 'property' && !self) {
        prop = a.name ?? '';
        buf = '';
        depth = 0;
      } else if (prop !== undefined) depth++;
    },
    text(t) {
      if (prop !== undefined && depth > 0) buf += t;
    },
    close(name) {
      if (name === 'property' && prop !== undefined) {
        if (buf.trim().length > 0) out.push({ part: 'docProps/custom.xml', where: `property "${prop}"`, header: prop, value: buf });
        prop = undefined;
      } else if (prop !== undefined) depth--;
    },
  });
}

function readPivotCache(part: string, parse: ParseFn, rels: (p: string) => Rel[]): PartTable {
  const headers: string[] = [];
  const shared: string[][] = [];
  let field = -1;
  let inShared = false;
  const itemValue = (name: string, a: XmlAttrs): string | undefined =>
    name === 's' || name === 'n' || name === 'd' || name === 'b' || name === 'e' ? a.v ?? '' : name === 'm' ? '' : undefined;
  parse(part, {
    open(name, a) {
      if (name === 'cacheField') {
        field++;
        headers.push(a.name ?? `Field${field + 1}`);
        shared.push([]);
      } else if (name === 'sharedItems') inShared = true;
      else if (inShared) {
        const v = itemValue(name, a);
        if (v !== undefined) shared[field]?.push(v);
      }
    },
    close(name) {
      if (name === 'sharedItems') inShared = false;
    },
  });
  const rows: string[][] = [];
  const recPart = rels(part).find((r) => r.type.endsWith('/pivotCacheRecords'))?.target;
  if (recPart !== undefined) {
    let row: string[] | undefined;
    parse(recPart, {
      open(name, a) {
        if (name === 'r') row = [];
        else if (row !== undefined) {
          const f = row.length;
          if (name === 'x') row.push(shared[f]?.[Number(a.v)] ?? '');
          else {
            const v = itemValue(name, a);
            if (v !== undefined) row.push(v);
          }
        }
      },
      close(name) {
        if (name === 'r' && row !== undefined) {
          rows.push(row);
          row = undefined;
        }
      },
    });
  }
  if (rows.length === 0) {
    // No records: the shared items alone, one column per field.
    const n = Math.max(0, ...shared.map((s) => s.length));
    for (let i = 0; i < n; i++) rows.push(shared.map((s) => s[i] ?? ''));
  } else {
    // Shared items never used by a record still hold data.
    const seen = headers.map((_, f) => new Set(rows.map((r) => r[f] ?? '')));
    shared.forEach((items, f) => {
      for (const v of items) {
        if (!seen[f]?.has(v)) {
          const r = headers.map(() => '');
          r[f] = v;
          rows.push(r);
          seen[f]?.add(v);
        }
      }
    });
  }
  return { part, name: part, headers, rows };
}

function readChart(part: string, parse: ParseFn, out: PartText[]): void {
  let inCache = 0;
  let inV = false;
  let buf = '';
  let idx = '';
  parse(part, {
    open(name, a) {
      if (name === 'strCache' || name === 'numCache' || name === 'multiLvlStrCache' || name === 'rich') inCache++;
      else if (name === 'pt') idx = a.idx ?? '';
      else if ((name === 'v' || name === 't') && inCache > 0) {
        inV = true;
        buf = '';
      }
    },
    text(t) {
      if (inV) buf += t;
    },
    close(name) {
      if (name === 'strCache' || name === 'numCache' || name === 'multiLvlStrCache' || name === 'rich') inCache--;
      else if ((name === 'v' || name === 't') && inV) {
        inV = false;
        if (buf.trim().length > 0) out.push({ part, where: `pt ${idx}`, value: buf });
      }
    },
  });
}

function readExternalLink(part: string, parse: ParseFn): PartTable {
  const grid: string[][] = [];
  let cur: [number, number] | undefined;
  let inV = false;
  let buf = '';
  parse(part, {
    open(name, a) {
      if (name === 'cell') {
        cur = parseRef(a.r ?? '');
        buf = '';
      } else if (name === 'v' && cur !== undefined) inV = true;
    },
    text(t) {
      if (inV) buf += t;
    },
    close(name) {
      if (name === 'v') inV = false;
      else if (name === 'cell' && cur !== undefined) {
        if (buf.length > 0 && cur[0] < 1_000_000 && cur[1] < 1000) {
          while (grid.length <= cur[0]) grid.push([]);
          const r = grid[cur[0]] as string[];
          while (r.length < cur[1]) r.push('');
          r[cur[1]] = buf;
        }
        cur = undefined;
      }
    },
  });
  return { part, name: part, headers: [], rows: grid };
}

/**
 * One sheet as a grid of strings, as returned by {@link readSheets}.
 *
 * @example
 * ```ts
 * const g: SheetGrid = readSheets(bytes)[0]!; // g.rows[0]?.[0]
 * ```
 */
export interface SheetGrid {
  readonly name: string;
  readonly state: SheetState;
  readonly rows: string[][];
}

/**
 * Reads every worksheet of an .xlsx as a grid of cell texts (shared strings resolved, numbers as written),
 * with its visibility. Empty cells are `''`.
 *
 * @example
 * ```ts
 * for (const s of readSheets(bytes)) console.log(s.name, s.state, s.rows.length);
 * ```
 */
export function readSheets(bytes: Uint8Array, limits: WorkbookLimits = {}): SheetGrid[] {
  const model = readWorkbookModel(bytes, limits);
  return model.sheets.map((s) => ({ name: s.name, state: s.state, rows: toGrid(s.cells) }));
}

/**
 * Builds a dense grid from sparse cells (rows and columns beyond 1,048,576 × 16,384 are ignored).
 *
 * @example
 * ```ts
 * toGrid([{ row: 1, col: 1, value: 'x', style: 0 }]); // [[], ['', 'x']]
 * ```
 */
export function toGrid(cells: readonly CellModel[]): string[][] {
  const rows: string[][] = [];
  for (const c of cells) {
    if (c.row >= 1_048_576 || c.col >= 16_384) continue;
    while (rows.length <= c.row) rows.push([]);
    const r = rows[c.row] as string[];
    while (r.length < c.col) r.push('');
    r[c.col] = c.value;
  }
  return rows;
}

/**
 * Per-vector summaries of workbook findings, and their one-line rendering.
 *
 * @module
 */
import type { EntityType, Finding } from '../core/types.js';

/**
 * Where in a workbook a finding was hidden (or `visible`).
 *
 * @example
 * ```ts
 * const v: Vector = 'hidden-sheet';
 * ```
 */
export type Vector =
  | 'visible'
  | 'hidden-sheet'
  | 'very-hidden-sheet'
  | 'hidden-row'
  | 'hidden-column'
  | 'filtered-row'
  | 'comment'
  | 'pivot-cache'
  | 'document-properties'
  | 'invisible-format'
  | 'chart-cache'
  | 'external-link'
  | 'defined-name'
  | 'far-range'
  | 'orphan-string'
  | 'header-footer'
  | 'data-validation'
  | 'embedded-object';

/**
 * A finding in a workbook: offsets are relative to the cell or string value it came from.
 *
 * @example
 * ```ts
 * const f: WorkbookFinding = scanWorkbook(bytes).findings[0]!; // f.sheet, f.cell, f.vector
 * ```
 */
export type WorkbookFinding = Finding & {
  /** Sheet name, or `''` for workbook-level parts. */
  readonly sheet: string;
  /** Cell reference (`B4`) or another location label (`record 3 "Surname"`, `creator`, `oddHeader`). */
  readonly cell: string;
  /** The package part the value was read from (`xl/worksheets/sheet2.xml`). */
  readonly part: string;
  readonly vector: Vector;
};

/**
 * Counts of findings for one vector in one place (a sheet or a part).
 *
 * @example
 * ```ts
 * const s: VectorSummary = { vector: 'comment', where: 'Summary', hidden: true, counts: { PERSON: 2 }, total: 2 };
 * ```
 */
export interface VectorSummary {
  readonly vector: Vector;
  /** The sheet name, or the part for workbook-level vectors. */
  readonly where: string;
  /** True for every vector except `visible`. */
  readonly hidden: boolean;
  readonly counts: Readonly<Partial<Record<EntityType, number>>>;
  readonly total: number;
}

const SHEET_VECTORS: ReadonlySet<Vector> = /* @__PURE__ */ new Set<Vector>(['visible', 'hidden-sheet', 'very-hidden-sheet', 'hidden-row', 'hidden-column', 'filtered-row', 'invisible-format', 'far-range', 'header-footer', 'data-validation', 'comment']);

/**
 * Groups findings by vector and sheet (or part), hidden vectors first, largest first.
 *
 * @example
 * ```ts
 * summarize(result.findings)[0]; // { vector: 'hidden-sheet', where: 'Sheet2', hidden: true, counts: { PERSON: 20 }, total: 20 }
 * ```
 */
export function summarize(findings: readonly WorkbookFinding[]): VectorSummary[] {
  type Group = { vector: Vector; where: string; counts: Partial<Record<EntityType, number>>; total: number };
  const byVector = new Map<Vector, Map<string, Group>>();
  const groups: Group[] = [];
  for (const f of findings) {
    const where = SHEET_VECTORS.has(f.vector) && f.sheet !== '' ? f.sheet : f.part;
    let inner = byVector.get(f.vector);
    if (inner === undefined) {
      inner = new Map();
      byVector.set(f.vector, inner);
    }
    let g = inner.get(where);
    if (g === undefined) {
      g = { vector: f.vector, where, counts: {}, total: 0 };
      inner.set(where, g);
      groups.push(g);
    }
    g.counts[f.type] = (g.counts[f.type] ?? 0) + 1;
    g.total++;
  }
  return groups
    .map((g) => ({ ...g, hidden: g.vector !== 'visible' }))
    .sort((a, b) => Number(b.hidden) - Number(a.hidden) || b.total - a.total || a.where.localeCompare(b.where));
}

/**
 * Formats an integer with thousands separators (`9,412`), independent of locale.
 *
 * @example
 * ```ts
 * groupDigits(9412); // '9,412'
 * ```
 */
export function groupDigits(n: number): string {
  const s = String(Math.abs(Math.trunc(n)));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return n < 0 ? `-${out}` : out;
}

/**
 * Renders a summary as one line, e.g. `hidden sheet "Sheet2": 9,412 PERSON, 9,412 POLICE_RANK`.
 *
 * @example
 * ```ts
 * formatSummary({ vector: 'hidden-sheet', where: 'Sheet2', hidden: true, counts: { PERSON: 9412 }, total: 9412 });
 * // 'hidden sheet "Sheet2": 9,412 PERSON'
 * ```
 */
export function formatSummary(s: VectorSummary): string {
  const counts = Object.entries(s.counts)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0) || a[0].localeCompare(b[0]))
    .map(([t, n]) => `${groupDigits(n ?? 0)} ${t}`)
    .join(', ');
  return `${s.vector.replace(/-/gu, ' ')} "${s.where}": ${counts}`;
}

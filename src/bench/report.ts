/**
 * Report formatting for evaluations: an aligned plain-text table, Markdown, or JSON.
 *
 * @module
 */
import type { ErrorExample, Evaluation, Scores } from './types.js';

/**
 * Output formats of {@link formatEvaluation}.
 *
 * @example
 * ```ts
 * const f: ReportFormat = 'markdown';
 * ```
 */
export type ReportFormat = 'table' | 'json' | 'markdown';

/**
 * Formats a ratio as a fixed-point figure, or `–` when undefined.
 *
 * @example
 * ```ts
 * fmt(0.98765); // '0.988'
 * fmt(null); // '–'
 * ```
 */
export function fmt(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

/**
 * Renders rows as a Markdown table or an aligned plain-text table.
 *
 * @example
 * ```ts
 * renderRows(['type', 'recall'], [['EMAIL', '1.000']], 'markdown');
 * // '| type | recall |\n|---|---|\n| EMAIL | 1.000 |'
 * ```
 */
export function renderRows(head: readonly string[], rows: readonly (readonly string[])[], format: 'table' | 'markdown'): string {
  if (format === 'markdown') {
    const esc = (c: string): string => c.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');
    const line = (cells: readonly string[]): string => `| ${cells.map(esc).join(' | ')} |`;
    return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const SCORE_HEAD = ['gold', 'pred', 'precision', 'recall', 'F1', 'F2', 'exact R', 'any-type R'] as const;
const scoreCells = (s: Scores): string[] => [String(s.gold), String(s.predicted), fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(s.f2), fmt(s.exactRecall), fmt(s.anyRecall)];

/**
 * Formats an evaluation. `json` is the evaluation itself; `table` and `markdown` give the micro figures, the per-type
 * table, PERSON recall per origin, negatives, type confusions, per-kind figures and other tools' labels.
 *
 * @example
 * ```ts
 * console.log(formatEvaluation(evaluate(pipeline, corpus), 'markdown', { title: 'dev set' }));
 * ```
 */
export function formatEvaluation(ev: Evaluation, format: ReportFormat, options: { readonly title?: string; readonly headingLevel?: number } = {}): string {
  if (format === 'json') return JSON.stringify(ev, null, 2);
  const md = format === 'markdown';
  const level = options.headingLevel ?? 3;
  const heading = (s: string): string => (md ? `${'#'.repeat(level)} ${s}` : `${s}\n${'='.repeat(s.length)}`);
  const sub = (s: string): string => (md ? `**${s}**` : `${s}:`);
  const out: string[] = [];
  if (options.title !== undefined) out.push(heading(options.title));
  const mbps = ev.elapsedMs > 0 ? ev.chars / 1e6 / (ev.elapsedMs / 1000) : null;
  out.push(
    `${ev.items} items, ${ev.chars} characters, scan time ${ev.elapsedMs.toFixed(1)} ms${mbps === null ? '' : ` (${mbps.toFixed(1)} M chars/s)`}. ` +
      `Micro (overlap): precision ${fmt(ev.micro.precision)}, recall ${fmt(ev.micro.recall)}, F1 ${fmt(ev.micro.f1)}, F2 ${fmt(ev.micro.f2)}; exact recall ${fmt(ev.micro.exactRecall)}, exact F2 ${fmt(ev.micro.exactF2)}; any-type recall ${fmt(ev.micro.anyRecall)}.`,
  );
  const typeRows = Object.entries(ev.perType).map(([t, s]) => [t, ...scoreCells(s)]);
  typeRows.push(['micro', ...scoreCells(ev.micro)]);
  out.push(sub('Per type'), renderRows(['type', ...SCORE_HEAD], typeRows, md ? 'markdown' : 'table'));
  const origins = Object.entries(ev.origins.perOrigin);
  if (origins.length > 0) {
    out.push(
      sub('PERSON recall per name origin'),
      renderRows(['origin', 'gold', 'found', 'recall'], origins.map(([o, s]) => [o, String(s.gold), String(s.found), fmt(s.recall)]), md ? 'markdown' : 'table'),
      `Worst origin: ${ev.origins.worst === null ? '–' : `${ev.origins.worst.origin} ${fmt(ev.origins.worst.recall)}`}; gap to anglo ${fmt(ev.origins.gapToAnglo)}; gap to best (${ev.origins.best?.origin ?? '–'}) ${fmt(ev.origins.gapToBest)}.`,
    );
  }
  if (ev.negatives.items > 0) {
    const by = Object.entries(ev.negatives.byType).map(([t, n]) => `${t} ${n}`).join(', ');
    out.push(`${sub('Negatives')} ${ev.negatives.itemsWithFalsePositive} of ${ev.negatives.items} negative items have a false positive (${ev.negatives.falsePositives} false positives${by.length > 0 ? `: ${by}` : ''}).`);
  }
  const confusions = Object.entries(ev.confusion).flatMap(([g, row]) => Object.entries(row).map(([p, n]) => [g, p, String(n)]));
  if (confusions.length > 0) out.push(sub('Type confusions (gold type overlapped by a prediction of another type)'), renderRows(['gold', 'predicted', 'spans'], confusions, md ? 'markdown' : 'table'));
  const kinds = Object.entries(ev.perKind);
  if (kinds.length > 1) out.push(sub('Per kind'), renderRows(['kind', ...SCORE_HEAD], kinds.map(([k, s]) => [k, ...scoreCells(s)]), md ? 'markdown' : 'table'));
  const others = Object.entries(ev.otherLabels);
  if (others.length > 0) out.push(sub('Other labels (no equivalent type)'), renderRows(['label', 'predicted', 'overlapping a gold span'], others.map(([l, s]) => [l, String(s.predicted), String(s.overlapAny)]), md ? 'markdown' : 'table'));
  if (ev.errors !== undefined) {
    const rows = (list: readonly ErrorExample[]): string[][] => list.map((e) => [e.id, e.type, JSON.stringify(e.text)]);
    if (ev.errors.misses.length > 0) out.push(sub('Misses'), renderRows(['item', 'type', 'text'], rows(ev.errors.misses), md ? 'markdown' : 'table'));
    if (ev.errors.falsePositives.length > 0) out.push(sub('False positives'), renderRows(['item', 'type', 'text'], rows(ev.errors.falsePositives), md ? 'markdown' : 'table'));
  }
  return out.join('\n\n');
}

/**
 * Workbook scoring against a manifest of the hidden strings each file holds (the `xlsx/manifest.json` format).
 * Platform-neutral: the caller reads the workbooks (for example with `police-pii/xlsx`) and passes the findings.
 *
 * @module
 */
import { ENTITY_TYPES } from '../core/types.js';
import { Tally } from './scores.js';
import type { Evaluation } from './types.js';

/**
 * One workbook of a manifest: the strings a redactor must find in it. An empty `pii` marks a clean control file.
 *
 * @example
 * ```ts
 * const m: ManifestEntry = { file: 'a.xlsx', vector: 'comments', pii: [{ value: 'Amara Okafor', type: 'PERSON', where: 'note on B4' }] };
 * ```
 */
export interface ManifestEntry {
  readonly file: string;
  readonly vector?: string;
  readonly pii: readonly { readonly value: string; readonly type: string; readonly where?: string; readonly origin?: string }[];
}

/**
 * What a scanner reported for one workbook.
 *
 * @example
 * ```ts
 * const r: WorkbookResult = { file: 'a.xlsx', findings: [{ type: 'PERSON', text: 'Amara Okafor' }], elapsedMs: 3 };
 * ```
 */
export interface WorkbookResult {
  readonly file: string;
  readonly findings: readonly { readonly type: string; readonly text: string }[];
  /** Time the scan took, milliseconds. */
  readonly elapsedMs?: number;
  /** Bytes of the workbook. */
  readonly bytes?: number;
}

/**
 * Scores workbook findings against a manifest: a manifest string is found when a finding of the same type has exactly
 * that text; a finding is correct when its type and text match an entry of its file. A file with an empty `pii` list is
 * a negative item (any finding there is a false positive). `perKind` holds the figures per leak vector. A manifest
 * file with no result counts as scanned with nothing found.
 *
 * @example
 * ```ts
 * const ev = scoreWorkbook(manifest, [{ file: 'example-comments.xlsx', findings: [{ type: 'PERSON', text: 'Amara Okafor' }] }]);
 * ev.micro.recall;
 * ```
 */
export function scoreWorkbook(manifest: readonly ManifestEntry[], results: readonly WorkbookResult[], options: { readonly types?: readonly string[]; readonly errors?: number } = {}): Evaluation {
  const types = options.types !== undefined ? [...new Set(options.types)] : [...new Set([...ENTITY_TYPES, ...manifest.flatMap((m) => m.pii.map((p) => p.type))])];
  const known = new Set<string>(ENTITY_TYPES);
  const tally = new Tally(types, options.errors ?? 0);
  const byFile = new Map(results.map((r) => [r.file, r]));
  let elapsedMs = 0;
  let chars = 0;
  for (const entry of manifest) {
    const result = byFile.get(entry.file);
    elapsedMs += result?.elapsedMs ?? 0;
    chars += result?.bytes ?? 0;
    const findings = result?.findings ?? [];
    const kind = entry.vector ?? entry.file;
    const gold = entry.pii.filter((p) => tally.isScored(p.type));
    const ex = (type: string, text: string) => ({ id: entry.file, type, start: 0, end: text.length, text });
    for (const g of gold) {
      const same = findings.filter((f) => f.text === g.value);
      const found = same.some((f) => f.type === g.type);
      const any = found || findings.some((f) => f.text.includes(g.value));
      for (const t of new Set(same.filter((f) => f.type !== g.type && tally.isScored(f.type)).map((f) => f.type))) tally.confused(g.type, t);
      tally.gold(g.type, kind, { found, exact: found, any }, g.origin, ex(g.type, g.value));
    }
    const fps: string[] = [];
    for (const f of findings) {
      if (tally.isScored(f.type)) {
        const correct = gold.some((g) => g.type === f.type && g.value === f.text);
        tally.predicted(f.type, kind, { correct, exact: correct }, ex(f.type, f.text));
        if (!correct) fps.push(f.type);
      } else if (!known.has(f.type)) {
        tally.otherLabel(f.type, entry.pii.some((g) => f.text.includes(g.value)));
        fps.push(f.type);
      }
    }
    if (entry.pii.length === 0) tally.negative(fps);
  }
  return tally.result({ items: manifest.length, chars, elapsedMs });
}

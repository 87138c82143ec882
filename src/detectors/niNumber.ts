/**
 * NI_NUMBER: UK National Insurance numbers, validated by HMRC's prefix rules.
 *
 * @module
 */
import { defineDetector, headerClass, makeFinding } from '../core/detector.js';
import { NI_CONTEXT, NI_NUMBER, NI_NUMBER_LOWER, NI_UNALLOCATED_PREFIXES } from '../core/regex/niNumber.js';
import { cellAt } from '../core/tables.js';
import { isWordChar } from '../core/text.js';
import type { DetectContext, Detector, Finding } from '../core/types.js';

const INVALID_LETTERS = 'DFIQUV';

/**
 * Checks a National Insurance number's structure (HMRC NIM39110): two prefix letters, neither D, F, I, Q, U
 * or V, the second not O, not one of the unallocated prefixes BG, GB, KN, NK, NT, TN, ZZ; six digits; an
 * optional suffix A–D. Spaces are ignored; case must be upper.
 *
 * @example
 * ```ts
 * isValidNiNumber('JK 12 34 56 C'); // true
 * isValidNiNumber('QQ 12 34 56 C'); // false: HMRC's specimen prefix
 * ```
 */
export function isValidNiNumber(value: string): boolean {
  const v = value.replaceAll(' ', '');
  if (v.length !== 8 && v.length !== 9) return false;
  const a = v[0] as string;
  const b = v[1] as string;
  if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') return false;
  if (INVALID_LETTERS.includes(a) || INVALID_LETTERS.includes(b) || b === 'O') return false;
  if (NI_UNALLOCATED_PREFIXES.includes(a + b)) return false;
  for (let i = 2; i < 8; i++) if (v.charCodeAt(i) < 48 || v.charCodeAt(i) > 57) return false;
  return v.length === 8 || 'ABCD'.includes(v[8] as string);
}

/** A non-ASCII letter or digit just before `start` (the patterns' look-behinds are ASCII-only). */
function gluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  return c >= 0x80 && isWordChar(c);
}

function hasContext(text: string, start: number, end: number, ctx: DetectContext): boolean {
  if (ctx.cell !== undefined && (ctx.cell.columnType === 'NI_NUMBER' || NI_CONTEXT.test(ctx.cell.header ?? ''))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const nl = before.lastIndexOf('\n');
  if (NI_CONTEXT.test(nl === -1 ? before : before.slice(nl + 1))) return true;
  const cells = ctx.tableCells();
  if (cells.length === 0) return false;
  const cell = cellAt(cells, start, end);
  return cell !== undefined && (headerClass(ctx, cell.header)?.type === 'NI_NUMBER' || NI_CONTEXT.test(cell.header));
}

/**
 * Detects National Insurance numbers, spaced (`JK 12 34 56 C`) or not (`JK123456C`). A number without
 * its suffix, or written in lower case, needs context (`NI`, `NINO`, `National Insurance`, an NI column).
 *
 * @example
 * ```ts
 * const d = niNumber();
 * d.detect('NI No: JK 12 34 56 C', detectContext('NI No: JK 12 34 56 C'))[0].text; // 'JK 12 34 56 C'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function niNumber(): Detector {
  return defineDetector({
    id: 'niNumber',
    types: ['NI_NUMBER'],
    context: { NI_NUMBER: ['ni', 'ni no', 'nino', 'national insurance', 'nat ins'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      for (const pattern of [NI_NUMBER, NI_NUMBER_LOWER]) {
        const lower = pattern === NI_NUMBER_LOWER;
        const re = new RegExp(pattern.source, pattern.flags);
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          const start = m.index;
          const end = start + m[0].length;
          if (gluedBefore(text, start) || !isValidNiNumber(m[0].toUpperCase())) continue;
          const suffix = m[1] !== undefined;
          const context = hasContext(text, start, end, ctx);
          if ((!suffix || lower) && !context) continue;
          const score = context ? 1 : 0.85;
          out.push(makeFinding(text, start, end, 'NI_NUMBER', score, 'niNumber', ctx, ['rules:hmrc-prefix', suffix ? 'suffix' : 'no-suffix', ...(context ? ['context:ni'] : [])]));
        }
      }
      return out;
    },
  });
}

/**
 * NHS_NUMBER: ten-digit NHS numbers (and Scottish CHI numbers) with a valid modulus 11 check digit.
 *
 * @module
 */
import { defineDetector, headerClass, makeFinding } from '../core/detector.js';
import { NHS_CONTEXT, NHS_NUMBER, NHS_PHONE_LABEL } from '../core/regex/nhsNumber.js';
import { cellAt } from '../core/tables.js';
import { isWordChar } from '../core/text.js';
import type { DetectContext, Detector, Finding } from '../core/types.js';

/**
 * The NHS Data Dictionary modulus 11 check: weights 10 down to 2 on the first nine digits,
 * check = 11 − (sum mod 11); 11 becomes 0 and 10 means the number is invalid.
 *
 * @example
 * ```ts
 * nhsCheckDigitValid('9434765919'); // true
 * nhsCheckDigitValid('9434765918'); // false
 * ```
 */
export function nhsCheckDigitValid(digits: string): boolean {
  if (digits.length !== 10) return false;
  for (let i = 0; i < 10; i++) if (!isDigit(digits.charCodeAt(i))) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === digits.charCodeAt(9) - 48;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when the number continues into more digits across a separator (`123 456 7890 12`, `1.234 567 8901`). */
function gluedToNumber(text: string, start: number, end: number): boolean {
  if (start >= 2 && isDigit(text.charCodeAt(start - 2)) && ' -.,/'.includes(text[start - 1] as string)) return true;
  return end + 1 < text.length && isDigit(text.charCodeAt(end + 1)) && ' -.,/'.includes(text[end] as string);
}

/** A non-ASCII letter or digit just before `start` (the patterns' look-behinds are ASCII-only). */
function gluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  return c >= 0x80 && isWordChar(c);
}

function hasContext(text: string, start: number, end: number, ctx: DetectContext): boolean {
  if (ctx.cell !== undefined && (ctx.cell.columnType === 'NHS_NUMBER' || NHS_CONTEXT.test(ctx.cell.header ?? ''))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const nl = before.lastIndexOf('\n');
  if (NHS_CONTEXT.test(nl === -1 ? before : before.slice(nl + 1))) return true;
  const cells = ctx.tableCells();
  if (cells.length === 0) return false;
  const cell = cellAt(cells, start, end);
  return cell !== undefined && (headerClass(ctx, cell.header)?.type === 'NHS_NUMBER' || NHS_CONTEXT.test(cell.header));
}

/**
 * Detects NHS numbers: 10 digits, unbroken or 3-3-4 with spaces or hyphens, that pass the modulus 11 check.
 * Numbers in the 999 test range are reported (they look real in a document) and flagged in evidence.
 * An unbroken ten-digit number, or one starting with 0 (a phone-like shape), needs NHS/CHI context.
 *
 * @example
 * ```ts
 * const d = nhsNumber();
 * d.detect('NHS number: 943 476 5919', detectContext('NHS number: 943 476 5919'))[0].text; // '943 476 5919'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function nhsNumber(): Detector {
  return defineDetector({
    id: 'nhsNumber',
    types: ['NHS_NUMBER'],
    context: { NHS_NUMBER: ['nhs', 'nhs no', 'nhs number', 'chi', 'chi number', 'health service number'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      const re = new RegExp(NHS_NUMBER.source, NHS_NUMBER.flags);
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        const digits = `${m[1] as string}${m[3] as string}${m[4] as string}`;
        if (!nhsCheckDigitValid(digits) || gluedToNumber(text, start, end) || gluedBefore(text, start)) continue;
        const grouped = (m[2] as string).length > 0;
        const context = hasContext(text, start, end, ctx);
        if ((!grouped || digits.startsWith('0')) && !context) continue;
        if (!context && NHS_PHONE_LABEL.test(text.slice(Math.max(0, start - 16), start))) continue;
        const test = digits.startsWith('999');
        const score = context ? 1 : 0.85;
        const reasons = ['checksum:mod11', grouped ? 'shape:3-3-4' : 'shape:unbroken', ...(context ? ['context:nhs'] : []), ...(test ? ['range:test-999'] : [])];
        out.push(makeFinding(text, start, end, 'NHS_NUMBER', score, 'nhsNumber', ctx, reasons, { testRange: test }));
      }
      return out;
    },
  });
}

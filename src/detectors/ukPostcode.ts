/**
 * UK_POSTCODE: full UK postcodes in every shape (A9 9AA … AA9A 9AA, GIR 0AA), BFPO numbers, and an
 * outward code alone when the text says it is a postcode.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { classifyHeader } from '../core/headers.js';
import { UK_POSTCODE_ADDRESS_CONTEXT, UK_POSTCODE_BFPO, UK_POSTCODE_FULL, UK_POSTCODE_FULL_LOWER, UK_POSTCODE_OUTWARD, UK_POSTCODE_OUTWARD_CONTEXT } from '../core/regex/ukPostcode.js';
import { cellAt } from '../core/tables.js';
import { isWordChar } from '../core/text.js';
import type { DetectContext, Detector, Finding } from '../core/types.js';

/** A non-ASCII letter or digit just before `start` (the patterns' look-behinds are ASCII-only). */
function gluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  return c >= 0x80 && isWordChar(c);
}

function inPostcodeCell(start: number, end: number, ctx: DetectContext): boolean {
  if (ctx.cell !== undefined) return ctx.cell.columnType === 'UK_POSTCODE' || (ctx.cell.header !== undefined && classifyHeader(ctx.cell.header)?.type === 'UK_POSTCODE');
  const cells = ctx.tableCells();
  if (cells.length === 0) return false;
  const cell = cellAt(cells, start, end);
  return cell !== undefined && cell.start === start && cell.end === end && classifyHeader(cell.header)?.type === 'UK_POSTCODE';
}

/**
 * Detects UK postcodes, with or without the space, in one consistent case. Mixed-case strings
 * (`B4 1st`) are not postcodes; a lower-case one scores below the default threshold unless an
 * address word (`postcode`, `address`, `lives at`) precedes it on its line or it sits in a postcode column. Outward codes alone (`SW1A`) are reported only after the word
 * `postcode` or in a postcode column.
 *
 * @example
 * ```ts
 * const d = ukPostcode();
 * d.detect('London SW1A 2AA', detectContext('London SW1A 2AA'))[0].text; // 'SW1A 2AA'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function ukPostcode(): Detector {
  return defineDetector({
    id: 'ukPostcode',
    types: ['UK_POSTCODE'],
    context: { UK_POSTCODE: ['postcode', 'post code', 'address', 'addr', 'postal code'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      const taken = new Set<number>();
      for (const pattern of [UK_POSTCODE_FULL, UK_POSTCODE_FULL_LOWER]) {
        const upper = pattern === UK_POSTCODE_FULL;
        const re = new RegExp(pattern.source, pattern.flags);
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          const start = m.index;
          if (gluedBefore(text, start)) continue;
          const end = start + m[0].length;
          const spaced = m[0].includes(' ');
          let score = upper ? (spaced ? 0.9 : 0.8) : 0.45;
          if (!upper) {
            const before = text.slice(Math.max(0, start - 48), start);
            const nl = before.lastIndexOf('\n');
            if (UK_POSTCODE_ADDRESS_CONTEXT.test(nl === -1 ? before : before.slice(nl + 1)) || inPostcodeCell(start, end, ctx)) score = 0.8;
          }
          out.push(makeFinding(text, start, end, 'UK_POSTCODE', score, 'ukPostcode', ctx, ['shape:postcode', spaced ? 'spaced' : 'unspaced', ...(upper ? [] : ['lower-case'])]));
          taken.add(start);
        }
      }
      const bfpo = new RegExp(UK_POSTCODE_BFPO.source, UK_POSTCODE_BFPO.flags);
      for (let m = bfpo.exec(text); m !== null; m = bfpo.exec(text)) {
        out.push(makeFinding(text, m.index, m.index + m[0].length, 'UK_POSTCODE', 0.9, 'ukPostcode', ctx, ['shape:bfpo']));
      }
      // Outward codes alone: just after the word postcode, or as the whole value of a postcode cell.
      const outwardAt = (start: number, limit: number, reason: string): void => {
        if (taken.has(start)) return;
        const m = UK_POSTCODE_OUTWARD.exec(text.slice(start, Math.min(limit, start + 8)));
        if (m === null) return;
        taken.add(start);
        out.push(makeFinding(text, start, start + m[0].length, 'UK_POSTCODE', 0.7, 'ukPostcode', ctx, ['shape:outward-code', reason]));
      };
      const kw = new RegExp(UK_POSTCODE_OUTWARD_CONTEXT.source, UK_POSTCODE_OUTWARD_CONTEXT.flags);
      for (let m = kw.exec(text); m !== null; m = kw.exec(text)) outwardAt(m.index + m[0].length, text.length, 'context:postcode');
      if (ctx.cell !== undefined) {
        if (inPostcodeCell(0, text.length, ctx)) {
          let s = 0;
          while (s < text.length && text[s] === ' ') s++;
          outwardAt(s, text.length, 'column:postcode');
        }
      } else {
        const isPostcode = new Map<string, boolean>();
        for (const cell of ctx.tableCells()) {
          if (cell.end - cell.start > 4) continue;
          let pc = isPostcode.get(cell.header);
          if (pc === undefined) isPostcode.set(cell.header, (pc = classifyHeader(cell.header)?.type === 'UK_POSTCODE'));
          if (pc) outwardAt(cell.start, cell.end, 'column:postcode');
        }
      }
      return out;
    },
  });
}

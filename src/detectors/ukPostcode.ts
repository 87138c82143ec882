/**
 * UK_POSTCODE: full UK postcodes in every shape (A9 9AA … AA9A 9AA, GIR 0AA), BFPO numbers, and an
 * outward code alone when the text says it is a postcode.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { classifyHeader } from '../core/headers.js';
import { UK_POSTCODE_ADDRESS_CONTEXT, UK_POSTCODE_BFPO, UK_POSTCODE_FULL, UK_POSTCODE_OUTWARD, UK_POSTCODE_OUTWARD_CONTEXT } from '../core/regex/ukPostcode.js';
import { cellAt } from '../core/tables.js';
import type { DetectContext, Detector, Finding } from '../core/types.js';

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
      const taken: Array<readonly [number, number]> = [];
      const full = new RegExp(UK_POSTCODE_FULL.source, UK_POSTCODE_FULL.flags);
      for (let m = full.exec(text); m !== null; m = full.exec(text)) {
        const v = m[0];
        const upper = v.toUpperCase();
        const lower = v.toLowerCase();
        if (v !== upper && v !== lower) continue;
        const start = m.index;
        const end = start + v.length;
        const spaced = v.includes(' ');
        let score = v === upper ? (spaced ? 0.9 : 0.8) : 0.45;
        if (v !== upper) {
          const before = text.slice(Math.max(0, start - 48), start);
          const nl = before.lastIndexOf('\n');
          if (UK_POSTCODE_ADDRESS_CONTEXT.test(nl === -1 ? before : before.slice(nl + 1)) || inPostcodeCell(start, end, ctx)) score = 0.8;
        }
        out.push(makeFinding(text, start, end, 'UK_POSTCODE', score, 'ukPostcode', ctx, ['shape:postcode', spaced ? 'spaced' : 'unspaced', ...(v === upper ? [] : ['lower-case'])]));
        taken.push([start, end]);
      }
      const bfpo = new RegExp(UK_POSTCODE_BFPO.source, UK_POSTCODE_BFPO.flags);
      for (let m = bfpo.exec(text); m !== null; m = bfpo.exec(text)) {
        out.push(makeFinding(text, m.index, m.index + m[0].length, 'UK_POSTCODE', 0.9, 'ukPostcode', ctx, ['shape:bfpo']));
      }
      const outward = new RegExp(UK_POSTCODE_OUTWARD.source, UK_POSTCODE_OUTWARD.flags);
      let t = 0;
      for (let m = outward.exec(text); m !== null; m = outward.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        while (t < taken.length && (taken[t] as readonly [number, number])[1] <= start) t++;
        if (t < taken.length && (taken[t] as readonly [number, number])[0] <= start) continue;
        const named = UK_POSTCODE_OUTWARD_CONTEXT.test(text.slice(Math.max(0, start - 40), start));
        if (!named && !inPostcodeCell(start, end, ctx)) continue;
        out.push(makeFinding(text, start, end, 'UK_POSTCODE', 0.7, 'ukPostcode', ctx, ['shape:outward-code', 'context:postcode']));
      }
      return out;
    },
  });
}

/**
 * DRIVING_LICENCE: DVLA (Great Britain) driving licence numbers, 16 characters, structure validated.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { DRIVING_LICENCE_CONTEXT, DRIVING_LICENCE_TAIL } from '../core/regex/drivingLicence.js';
import { isWordChar } from '../core/text.js';
import type { Detector, Finding } from '../core/types.js';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Checks a DVLA licence number's structure: surname part (1–5 letters then 9s, no letter after a 9),
 * decade digit, month 01–12 (51–62 for women), a day that exists in that month, year digit, initials
 * (a letter then a letter or 9), the digit 9 and two computer check characters.
 *
 * @example
 * ```ts
 * isValidDrivingLicence('MORGA753116SM9IJ'); // true
 * isValidDrivingLicence('MORGA713116SM9IJ'); // false: month 13
 * ```
 */
export function isValidDrivingLicence(value: string): boolean {
  if (value.length !== 16) return false;
  let padded = false;
  for (let i = 0; i < 5; i++) {
    const c = value[i] as string;
    if (c === '9') padded = true;
    else if (c < 'A' || c > 'Z' || padded || i === 0 && c === '9') return false;
  }
  for (let i = 5; i < 11; i++) if (!(value[i] as string >= '0' && value[i] as string <= '9')) return false;
  let month = Number(value.slice(6, 8));
  if (month > 50) month -= 50;
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > (DAYS[month - 1] as number)) return false;
  const i1 = value[11] as string;
  const i2 = value[12] as string;
  if (i1 < 'A' || i1 > 'Z' || !((i2 >= 'A' && i2 <= 'Z') || i2 === '9')) return false;
  return value[13] === '9';
}

/**
 * Detects DVLA driving licence numbers (upper case, 16 characters, optionally followed by a space and
 * the two-digit issue number, which is not part of the finding).
 *
 * @example
 * ```ts
 * const d = drivingLicence();
 * const t = 'Licence MORGA753116SM9IJ 35';
 * d.detect(t, detectContext(t))[0].text; // 'MORGA753116SM9IJ'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function drivingLicence(): Detector {
  return defineDetector({
    id: 'drivingLicence',
    types: ['DRIVING_LICENCE'],
    context: { DRIVING_LICENCE: ['driving licence', 'licence', 'license', 'dvla', 'driver number'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      const re = new RegExp(DRIVING_LICENCE_TAIL.source, DRIVING_LICENCE_TAIL.flags);
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index - 5;
        if (start < 0 || (start > 0 && isWordChar(text.charCodeAt(start - 1)))) continue;
        if (!isValidDrivingLicence(text.slice(start, start + 16))) continue;
        const context = DRIVING_LICENCE_CONTEXT.test(text.slice(Math.max(0, start - 48), start));
        out.push(makeFinding(text, start, start + 16, 'DRIVING_LICENCE', context ? 1 : 0.9, 'drivingLicence', ctx, ['structure:dvla', ...(context ? ['context:licence'] : [])]));
      }
      return out;
    },
  });
}

/**
 * Vetting and security clearance levels as written. Sources: College of Policing APP Vetting and the Vetting
 * Code of Practice (RV, MV, NPPV 1–3); Cabinet Office national security vetting (BPSS, CTC, SC, eSC, DV, eDV).
 * See docs/detectors.md.
 *
 * @module
 */

/**
 * Written-out levels. The last two are also ordinary phrases and need a vetting cue before them.
 *
 * @example
 * ```ts
 * VETTING_WRITTEN.includes('Management Vetting'); // true
 * ```
 */
export const VETTING_WRITTEN: readonly string[] = Object.freeze([
  'Recruitment Vetting', 'Management Vetting', 'Developed Vetting', 'enhanced Developed Vetting', 'Enhanced Developed Vetting',
  'Counter Terrorist Check', 'Counter-Terrorist Check', 'Counter Terrorism Check', 'Counter-Terrorism Check',
  'Baseline Personnel Security Standard', 'Enhanced Security Check', 'enhanced Security Check', 'Security Check', 'Accreditation Check',
]);

/**
 * Written-out levels that are also ordinary phrases ("a security check of the building").
 *
 * @example
 * ```ts
 * GENERIC_WRITTEN.includes('security check'); // true
 * ```
 */
export const GENERIC_WRITTEN: readonly string[] = Object.freeze(['security check', 'accreditation check']);

/**
 * Short forms, in the case they are written (`eSC`, `eDV`; `ESC`, `EDV` also seen).
 *
 * @example
 * ```ts
 * VETTING_SHORT_FORMS.includes('BPSS'); // true
 * ```
 */
export const VETTING_SHORT_FORMS: readonly string[] = Object.freeze(['RV', 'MV', 'SC', 'DV', 'eSC', 'eDV', 'ESC', 'EDV', 'CTC', 'BPSS', 'AC']);

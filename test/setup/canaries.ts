/**
 * Synthetic personal data the test suites feed the library, and shapes of personal data, used by the error
 * audit (test/setup/error-audit.ts) to check that no error, warning or log line repeats what was read.
 */

/** Exact values (matched case-insensitively, with spaces optional). */
export const CANARIES: readonly string[] = [
  'Amara Okafor',
  'Okafor',
  'Kowalczyk',
  'Okonkwo-Adeyemi',
  'Siobhán Ní Bhriain',
  'Ryszard',
  'John Smith',
  'j.smith@met.police.uk',
  'amara.okafor@met.police.uk',
  'a.okafor@met.police.uk',
  'r.kowalczyk@met.police.uk',
  'deep.person@met.police.uk',
  '07700 900123',
  '07700900123',
  '020 7946 0958',
  'JK 12 34 56 C',
  'JK123456C',
  '943 476 5919',
  '9434765919',
  'SW1A 2AA',
  'AB12 CDE',
  '14/03/1986',
  '0912345',
];

/** Shapes that never belong in an error message: e-mail addresses, UK mobile numbers, NI numbers. */
export const PII_SHAPES: readonly RegExp[] = [
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u,
  /(?<!\d)(?:\+44 ?7|07)\d{3} ?\d{6}(?!\d)/u,
  /(?<![A-Za-z])[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z])/u,
];

function squash(s: string): string {
  return s.toLowerCase().replace(/\s+/gu, '');
}

const SQUASHED = CANARIES.map(squash);

/**
 * Returns what looks like personal data in a message (a canary or a PII shape), or undefined.
 *
 * @example
 * ```ts
 * personalDataIn('cannot read (report.txt)'); // undefined
 * ```
 */
export function personalDataIn(message: string): string | undefined {
  const flat = squash(message);
  const i = SQUASHED.findIndex((c) => flat.includes(c));
  if (i !== -1) return CANARIES[i];
  for (const re of PII_SHAPES) {
    const m = re.exec(message);
    if (m !== null) return m[0];
  }
  return undefined;
}

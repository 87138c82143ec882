/**
 * Evasion: personal data written with invisible characters, full-width or other scripts' digits, non-breaking
 * spaces, Cyrillic look-alikes, digit-by-digit spacing or odd case is still found by the root `scan`, with the
 * reported offsets in the original text (the finding's text is the disguised form as written).
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import type { EntityType, Finding } from '../../src/core/types.js';
import { scan } from '../../src/index.js';
import { allDetectors } from './detectors.js';

interface Case {
  /** What the disguise is. */
  readonly name: string;
  /** The text before and after the personal data. */
  readonly before: string;
  readonly after: string;
  /** The personal data as written (disguised). */
  readonly pii: string;
  readonly type: EntityType;
}

const FW = (s: string): string => s.replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
const ARABIC = (s: string): string => s.replace(/\d/gu, (d) => String.fromCharCode(0x0660 + Number(d)));

export const EVASIONS: readonly Case[] = [
  // E-mail addresses.
  { name: 'zero-width space inside an e-mail address', before: 'Contact ', pii: 'j.sm\u200bith@met.police.uk', after: ' today.', type: 'EMAIL' },
  { name: 'soft hyphen and word joiner inside an e-mail address', before: 'Email: ', pii: 'a.oka\u00adfor@btp.pol\u2060ice.uk', after: '', type: 'EMAIL' },
  { name: 'Cyrillic о and а in an e-mail address', before: 'mail ', pii: 'j.sm\u0456th@met.p\u043el\u0456ce.uk', after: ' please', type: 'EMAIL' },
  { name: 'full-width @ in an e-mail address', before: 'write to ', pii: 'j.smith\uff20met.police.uk', after: '.', type: 'EMAIL' },
  { name: 'upper-case e-mail address', before: 'From: ', pii: 'J.SMITH@MET.POLICE.UK', after: '', type: 'EMAIL' },
  { name: 'right-to-left override inside an e-mail address', before: 'cc ', pii: 'j.smith@\u202emet.police.uk', after: '', type: 'EMAIL' },
  // Telephone numbers.
  { name: 'full-width digits in a phone number', before: 'Tel ', pii: FW('07700 900123'), after: ' (mobile)', type: 'PHONE' },
  { name: 'full-width digits and ideographic space in a phone number', before: 'call ', pii: FW('07700') + '\u3000' + FW('900123'), after: '.', type: 'PHONE' },
  { name: 'non-breaking space in a phone number', before: 'Mobile: ', pii: '07700\u00a0900123', after: '', type: 'PHONE' },
  { name: 'zero-width space inside a phone number', before: 'phone ', pii: '0770\u200b0 900\u200b123', after: ' after 6pm', type: 'PHONE' },
  { name: 'digits spaced out one by one', before: 'ring me on ', pii: '0 7 7 0 0 9 0 0 1 2 3', after: ' tonight', type: 'PHONE' },
  { name: 'international number spaced out one by one', before: 'tel: ', pii: '+ 4 4 7 7 0 0 9 0 0 1 2 3', after: '.', type: 'PHONE' },
  { name: 'Arabic-Indic digits in a phone number', before: 'Tel ', pii: ARABIC('07700 900123'), after: '', type: 'PHONE' },
  { name: 'en dashes in a landline number', before: 'Tel ', pii: '020\u20137946\u20130958', after: '', type: 'PHONE' },
  // National Insurance and NHS numbers.
  { name: 'lower-case NI number', before: 'NI number: ', pii: 'jk 12 34 56 c', after: '', type: 'NI_NUMBER' },
  { name: 'full-width digits in an NI number', before: 'NINO ', pii: 'JK ' + FW('12 34 56') + ' C', after: '', type: 'NI_NUMBER' },
  { name: 'zero-width joiners in an NI number', before: 'National Insurance ', pii: 'J\u200dK\u200d123456\u200dC', after: '', type: 'NI_NUMBER' },
  { name: 'non-breaking spaces in an NHS number', before: 'NHS number ', pii: '943\u00a0476\u00a05919', after: '', type: 'NHS_NUMBER' },
  { name: 'full-width digits in an NHS number', before: 'NHS no. ', pii: FW('943 476 5919'), after: '', type: 'NHS_NUMBER' },
  // Postcodes.
  { name: 'non-breaking space in a postcode', before: 'Address: 10 Downing Street, London ', pii: 'SW1A\u00a02AA', after: '', type: 'UK_POSTCODE' },
  { name: 'full-width characters in a postcode', before: 'Postcode: ', pii: '\uff33\uff37\uff11\uff21 \uff12\uff21\uff21', after: '', type: 'UK_POSTCODE' },
  // Ranks and names.
  { name: 'upper-case rank', before: 'Statement of ', pii: 'DETECTIVE SERGEANT', after: ' Amara Okafor', type: 'POLICE_RANK' },
  { name: 'mixed-case rank', before: 'signed ', pii: 'Detective sergeant', after: ' Amara Okafor', type: 'POLICE_RANK' },
  { name: 'Cyrillic А in a name', before: 'DS ', pii: '\u0410mara Okafor', after: ' attended.', type: 'PERSON' },
  { name: 'zero-width space inside a name', before: 'PC ', pii: 'John Sm\u200bith', after: ' (collar 4521) attended.', type: 'PERSON' },
  { name: 'Cyrillic о in a surname after a rank', before: 'Inspector ', pii: 'K\u043ewalczyk', after: ' will reply.', type: 'PERSON' },
  { name: 'full-width digits in a collar number', before: 'PC ', pii: FW('4521'), after: ' attended', type: 'OFFICER_ID' },
];

const everyDetector = createPipeline({ detectors: await allDetectors() });
const scanners: ReadonlyArray<readonly [string, (t: string) => Finding[]]> = [
  ['root scan', (t) => scan(t)],
  ['a pipeline of every detector module', (t) => everyDetector.scan(t)],
];

describe.each(scanners)('evasion (%s): disguised personal data is still found, with offsets in the original text', (_scanner, scanFn) => {
  it.each(EVASIONS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = c.before + c.pii + c.after;
    const start = c.before.length;
    const found = scanFn(text);
    for (const f of found) expect(f.text).toBe(text.slice(f.start, f.end));
    const hit = found.find((f) => f.type === c.type && f.start <= start && f.end >= start + c.pii.length);
    expect(hit, `no ${c.type} over ${JSON.stringify(c.pii)}; found ${JSON.stringify(found.map((f) => [f.type, f.text]))}`).toBeDefined();
    // The span is exactly the disguised value as written.
    expect(hit?.start).toBe(start);
    expect(hit?.end).toBe(start + c.pii.length);
  });
});

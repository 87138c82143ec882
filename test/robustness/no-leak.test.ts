/**
 * Nothing personal in errors: every error path is provoked with input full of personal data, and the error's
 * message, `where`, stack and cause must hold none of it. The error-text audit (test/setup/error-audit.ts) checks
 * the same for every PiiError any suite provokes; the last tests here prove the audit is live and can fail.
 */
import { describe, expect, it } from 'vitest';
import { detectContext, defineDetector, runDetector } from '../../src/core/detector.js';
import { PiiError } from '../../src/core/errors.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { redact } from '../../src/core/redact.js';
import type { Finding } from '../../src/core/types.js';
import { email } from '../../src/detectors/email.js';
import { scan } from '../../src/index.js';
import { parseCsv, scanCsv, scanWorkbook } from '../../src/xlsx/index.js';
import { CANARIES, personalDataIn } from '../setup/canaries.js';
import { auditedCount, auditSaw } from '../setup/error-audit.js';
import { buildXlsx, PII_ROWS, sheetXml, workbookParts } from './workbook.js';

const PII = 'DS Amara Okafor (collar 4521), amara.okafor@met.police.uk, 07700 900123, NI JK 12 34 56 C, NHS 943 476 5919, SW1A 2AA, DOB 14/03/1986, pay no 0912345';

/** Runs `fn`, which must throw; checks the error holds no personal data anywhere and returns it. */
function leakFree(fn: () => unknown): Error {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'expected an error').toBeInstanceOf(Error);
  const e = caught as Error & { where?: string; cause?: unknown };
  for (const part of [e.message, e.where ?? '', e.stack ?? '', String(e.cause ?? ''), JSON.stringify(e)]) {
    expect(personalDataIn(part), part.slice(0, 200)).toBeUndefined();
  }
  return e;
}

describe('errors never repeat the input', () => {
  it('INPUT_TOO_LARGE', () => {
    const e = leakFree(() => createPipeline({ detectors: [email()], maxLength: 20 }).scan(PII));
    expect((e as PiiError).code).toBe('INPUT_TOO_LARGE');
    leakFree(() => scan(PII, { maxLength: 20 }));
  });

  it('DETECTOR_FAILED, even when the detector put the text in its own error', () => {
    const quoting = defineDetector({
      id: 'quoting',
      types: ['PERSON'],
      detect: (text) => {
        throw new Error(`cannot parse ${text}`, { cause: text });
      },
    });
    const e = leakFree(() => createPipeline({ detectors: [quoting] }).scan(PII));
    expect((e as PiiError).code).toBe('DETECTOR_FAILED');
    expect((e as PiiError).where).toBe('quoting');
    leakFree(() => runDetector(quoting, PII, detectContext(PII)));
  });

  it('a detector returning something other than an array', () => {
    const odd = defineDetector({ id: 'odd', types: ['PERSON'], detect: (text) => text as unknown as Finding[] });
    leakFree(() => createPipeline({ detectors: [odd] }).scan(PII));
  });

  it('INVALID_OPTION with personal data in the options', () => {
    leakFree(() => createPipeline({ detectors: [], deny: [{ text: 'Amara Okafor', type: 'NOT_A_TYPE' as never }] }));
    leakFree(() => createPipeline({ detectors: [], allow: [{ value: 'amara.okafor@met.police.uk' } as never] }));
    leakFree(() => createPipeline({ detectors: [], contextWords: { PERSON: ['Okafor', ''] } }));
    leakFree(() => createPipeline({ detectors: [], types: ['JK 12 34 56 C' as never] }));
  });

  it('INVALID_INPUT from redact with findings full of personal data', () => {
    const bad: Finding = { type: 'PERSON', start: 0, end: PII.length + 5, text: 'Amara Okafor', score: 1, detector: 'x' };
    leakFree(() => redact(PII, [bad]));
    leakFree(() => redact(PII, 'Amara Okafor' as never));
    leakFree(() => redact(PII, [{ ...bad, end: 15 }], { PERSON: ((f: Finding) => ({ value: f.text })) as never }));
  });

  it('workbook errors on workbooks full of personal data', () => {
    const good = buildXlsx(workbookParts(PII_ROWS));
    leakFree(() => scanWorkbook(good.subarray(0, Math.floor(good.length * 0.7))));
    const parts: Record<string, string> = workbookParts(PII_ROWS);
    parts['xl/worksheets/sheet1.xml'] = sheetXml(PII_ROWS).replace('</worksheet>', '<c t="inlineStr"><is><t>Amara Okafor amara.okafor@met.police.uk');
    leakFree(() => scanWorkbook(buildXlsx(parts)));
    const dtd: Record<string, string> = workbookParts(PII_ROWS);
    dtd['xl/worksheets/sheet1.xml'] = `<!DOCTYPE w [<!ENTITY who "Amara Okafor amara.okafor@met.police.uk">]>${sheetXml(PII_ROWS)}`;
    leakFree(() => scanWorkbook(buildXlsx(dtd)));
    leakFree(() => scanWorkbook(buildXlsx(workbookParts(PII_ROWS)), { limits: { maxCells: 2 } }));
    leakFree(() => scanWorkbook(new TextEncoder().encode(PII)));
  });

  it('CSV errors on CSV full of personal data', () => {
    const csv = `Name,Email\n${'Amara Okafor,amara.okafor@met.police.uk\n'.repeat(20)}`;
    leakFree(() => parseCsv(csv, { maxCells: 5 }));
    leakFree(() => scanCsv(csv, { maxCells: 5 }));
  });

  it('redaction keeps no personal data in its replacement texts', () => {
    const found = scan(PII);
    const r = redact(PII, found);
    for (const rep of r.replacements) expect(personalDataIn(rep.replacement)).toBeUndefined();
  });
});

describe('the error-text audit', () => {
  it('is live: it saw the PiiErrors provoked above', () => {
    let message = '';
    try {
      createPipeline({ detectors: [], maxLength: 3 }).scan('abcd');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.length).toBeGreaterThan(0);
    expect(auditSaw(message)).toBe(true);
    expect(auditedCount()).toBeGreaterThan(10);
  });

  it('recognises every canary and the shapes of personal data (the check can fail)', () => {
    for (const c of CANARIES) expect(personalDataIn(`error near ${c.toUpperCase()} here`)).toBeDefined();
    expect(personalDataIn('mail x.y@kent.police.uk')).toBeDefined();
    expect(personalDataIn('tel 07123 456789')).toBeDefined();
    expect(personalDataIn('NI AB 12 34 56 D')).toBeDefined();
    expect(personalDataIn('input is longer than the limit of 67108864 UTF-16 code units')).toBeUndefined();
    expect(personalDataIn('corrupt or truncated ZIP package: invalid zip data (package)')).toBeUndefined();
  });
});

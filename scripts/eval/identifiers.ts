/**
 * Dev-set driver for the UK identifier detectors (issue 5), with `email()` alongside.
 *
 *   npx esbuild scripts/eval/identifiers.ts --bundle --platform=node --format=esm --outfile=/tmp/ids-eval.mjs --log-level=warning && node /tmp/ids-eval.mjs [lines] [speed]
 *
 * Prints the per-type table, misses and false positives; with `speed` also measures throughput on ~5 MB of dev text.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { createPipeline } from '../../src/core/pipeline.js';
import { detectContext } from '../../src/core/detector.js';
import type { Detector, EntityType } from '../../src/core/types.js';
import { email } from '../../src/detectors/email.js';
import { phone, libphonenumberCheck } from '../../src/detectors/phone.js';
import { ukPostcode } from '../../src/detectors/ukPostcode.js';
import { niNumber } from '../../src/detectors/niNumber.js';
import { nhsNumber } from '../../src/detectors/nhsNumber.js';
import { vehicleReg } from '../../src/detectors/vehicleReg.js';
import { dateOfBirth } from '../../src/detectors/dateOfBirth.js';
import { bankAccount } from '../../src/detectors/bankAccount.js';
import { passportNumber } from '../../src/detectors/passportNumber.js';
import { drivingLicence } from '../../src/detectors/drivingLicence.js';
import { ipAddress } from '../../src/detectors/ipAddress.js';
import { evalDev, loadDev, printEval } from './devEval.js';

const TYPES: EntityType[] = ['PHONE', 'EMAIL', 'UK_POSTCODE', 'NI_NUMBER', 'NHS_NUMBER', 'VEHICLE_REG', 'DATE_OF_BIRTH', 'BANK_ACCOUNT', 'PASSPORT_NUMBER', 'DRIVING_LICENCE', 'IP_ADDRESS'];

function detectors(lib: boolean): Detector[] {
  return [
    email(),
    phone(lib ? { check: libphonenumberCheck(parsePhoneNumberFromString) } : {}),
    ukPostcode(),
    niNumber(),
    nhsNumber(),
    vehicleReg(),
    dateOfBirth(),
    bankAccount(),
    passportNumber(),
    drivingLicence(),
    ipAddress(),
  ];
}

const lines = Number(process.argv[2] ?? 60);
for (const lib of [false, true]) {
  console.log(`\n=== phone validation: ${lib ? 'libphonenumber-js/min (root entry)' : 'built-in UK structural check (core entry)'}`);
  printEval(evalDev(detectors(lib), { types: TYPES }), lines);
}

if (process.argv[3] === 'speed') {
  const dev = loadDev().map((i) => i.text).join('\n\n');
  const big = dev.repeat(Math.ceil(5_000_000 / dev.length));
  for (const lib of [false, true]) {
    const ds = detectors(lib);
    const p = createPipeline({ detectors: ds });
    p.scan(dev);
    // CPU time of this process (user), so that other load on a shared machine counts less than wall-clock time would.
    const cpu = (): number => process.cpuUsage().user / 1000;
    const t = cpu();
    const n = p.scan(big).length;
    const ms = cpu() - t;
    console.log(`${lib ? 'lib' : 'core'} pipeline: ${(big.length / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms CPU = ${(big.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s (${n} findings)`);
    const ctx = detectContext(big);
    const tc = cpu();
    ctx.tableCells();
    console.log(`  tableCells (shared, computed once per scan): ${(cpu() - tc).toFixed(0)} ms`);
    // Each detector three times over the same text; the fastest run counts (the machine is shared).
    let total = 0;
    for (const d of ds) {
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const t0 = cpu();
        d.detect(big, ctx);
        best = Math.min(best, cpu() - t0);
      }
      total += best;
      console.log(`  ${d.id}: ${best.toFixed(0)} ms`);
    }
    console.log(`  detectors alone (table cells already computed, best of 3 each): ${total.toFixed(0)} ms = ${(big.length / 1e6 / (total / 1000)).toFixed(1)} MB/s`);
  }
}

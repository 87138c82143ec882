// redact-pii (solvvy): SyncRedactor with its built-in rules; it returns redacted text only, so spans are derived by
// aligning the output with the input (see align.mjs). Labels: its replacement tokens.
import { createRequire } from 'node:module';
import { alignRedacted } from './align.mjs';

const require = createRequire(import.meta.url);
const { SyncRedactor } = require('redact-pii');

const MAP = { PERSON_NAME: 'PERSON', EMAIL_ADDRESS: 'EMAIL', PHONE_NUMBER: 'PHONE' };
const TOKENS = /CREDIT_CARD_NUMBER|STREET_ADDRESS|ZIPCODE|PHONE_NUMBER|IP_ADDRESS|US_SOCIAL_SECURITY_NUMBER|EMAIL_ADDRESS|USERNAME|PASSWORD|CREDENTIALS|DIGITS|URL|PERSON_NAME/gu;

export default {
  label: 'redact-pii',
  mapping: 'PERSON_NAME → PERSON, EMAIL_ADDRESS → EMAIL, PHONE_NUMBER → PHONE; DIGITS, STREET_ADDRESS, ZIPCODE, CREDIT_CARD_NUMBER, URL, … as-is',
  method: 'redacted text aligned with the input',
  create() {
    const redactor = new SyncRedactor();
    const stats = { failed: 0 };
    return {
      stats,
      scan(text) {
        const r = alignRedacted(text, redactor.redact(text), TOKENS, (t) => MAP[t] ?? t);
        if (r.failed) stats.failed++;
        return r.spans;
      },
    };
  },
};

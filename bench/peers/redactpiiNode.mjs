// @redactpii/node: Redactor with its default rules (no API key: nothing leaves the machine); redacted text only, so
// spans are derived by alignment (see align.mjs).
import { Redactor } from '@redactpii/node';
import { alignRedacted } from './align.mjs';

const MAP = { PERSON_NAME: 'PERSON', EMAIL_ADDRESS: 'EMAIL', PHONE_NUMBER: 'PHONE' };
const TOKENS = /CREDIT_CARD_NUMBER|EMAIL_ADDRESS|PERSON_NAME|PHONE_NUMBER|US_SOCIAL_SECURITY_NUMBER|DIGITS/gu;

export default {
  label: '@redactpii/node',
  mapping: 'PERSON_NAME → PERSON (greeting-based), EMAIL_ADDRESS → EMAIL, PHONE_NUMBER → PHONE (US formats); CREDIT_CARD_NUMBER, US_SOCIAL_SECURITY_NUMBER as-is',
  method: 'redacted text aligned with the input',
  create() {
    const redactor = new Redactor();
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

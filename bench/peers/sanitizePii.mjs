// @cdssnc/sanitize-pii (Canadian Digital Service): PiiSanitizer with its default patterns and a placeholder template
// of our choosing (`\u0000name\u0001`, characters no input here contains); spans by alignment (see align.mjs).
import { PiiSanitizer } from '@cdssnc/sanitize-pii';
import { alignRedacted } from './align.mjs';

const MAP = { phone_number: 'PHONE', phone_number_international: 'PHONE', email: 'EMAIL', email_address: 'EMAIL' };
const TOKENS = /\u0000([a-z_]+)\u0001/gu;

export default {
  label: '@cdssnc/sanitize-pii',
  mapping: 'phone_number, phone_number_international → PHONE; Canadian ids (sin, health cards, driving licences, postal_code, passport_canada), ip_address, credit_card, addresses … as-is',
  method: 'redacted text (custom placeholder template) aligned with the input',
  create() {
    const sanitizer = new PiiSanitizer({ replacementTemplate: '\u0000{name}\u0001' });
    const stats = { failed: 0 };
    return {
      stats,
      scan(text) {
        const r = alignRedacted(text, sanitizer.sanitize(text), TOKENS, (t) => {
          const name = t.slice(1, -1);
          return MAP[name] ?? name;
        });
        if (r.failed) stats.failed++;
        return r.spans;
      },
    };
  },
};

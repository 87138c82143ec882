/**
 * EMAIL: e-mail addresses, including `.police.uk`/`.pnn.police.uk`, plus-addressing and quoted local parts.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { EMAIL_DOMAIN_CHAR, EMAIL_LOCAL_CHAR, EMAIL_TLD } from '../core/regex/email.js';
import type { Detector, Finding } from '../core/types.js';

/**
 * Options of {@link email}.
 *
 * @example
 * ```ts
 * const o: EmailOptions = { policeOnly: false };
 * ```
 */
export interface EmailOptions {
  /** Report only addresses at police domains (default false). */
  readonly policeOnly?: boolean;
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** ASCII punctuation allowed in an unquoted local part: ``!#$%&'*+-./=?^_`{|}~``. */
function isLocalPunct(c: number): boolean {
  return c === 33 || (c >= 35 && c <= 39) || c === 42 || c === 43 || c === 45 || c === 46 || c === 47 || c === 61 || c === 63 || (c >= 94 && c <= 96) || (c >= 123 && c <= 126);
}

/** {@link EMAIL_LOCAL_CHAR} for the code unit at `i`: ASCII decided inline, the rest by the expression. */
function isLocal(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiAlnum(c) || isLocalPunct(c);
  return EMAIL_LOCAL_CHAR.test(text[i] as string);
}

/** {@link EMAIL_DOMAIN_CHAR} for the code unit at `i`. */
function isDomain(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiAlnum(c) || c === 45;
  return EMAIL_DOMAIN_CHAR.test(text[i] as string);
}

/** A local part that looks like a person's name: `j.smith`, `john.smith`, `smith.john2`. */
function localHoldsName(local: string): boolean {
  return /^\p{L}+(?:[._-]\p{L}+)+\d{0,3}$/u.test(local) || /^\p{L}{1,2}[._]?\p{L}{3,}\d{0,3}$/u.test(local);
}

/**
 * Detects e-mail addresses. Linear time: it expands around each `@`.
 *
 * @example
 * ```ts
 * const d = email();
 * d.detect('mail j.smith@met.police.uk', detectContext('…'))[0].text; // 'j.smith@met.police.uk'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function email(options: EmailOptions = {}): Detector {
  const policeOnly = options.policeOnly === true;
  return defineDetector({
    id: 'email',
    types: ['EMAIL'],
    context: { EMAIL: ['email', 'e-mail', 'mail', 'contact', 'from', 'to', 'cc'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      let from = 0;
      for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', Math.max(at + 1, from))) {
        // Local part: quoted or plain.
        let start = at;
        if (at > 0 && text[at - 1] === '"') {
          const open = text.lastIndexOf('"', at - 2);
          if (open === -1 || at - open > MAX_LOCAL + 2 || text.slice(open + 1, at - 1).includes('\n')) continue;
          start = open;
        } else {
          while (start > 0 && at - start < MAX_LOCAL && isLocal(text, start - 1)) start--;
          while (start < at && text[start] === '.') start++;
        }
        if (start === at) continue;
        // Domain: labels separated by single dots.
        let end = at + 1;
        let lastDot = -1;
        while (end < text.length && end - at <= MAX_DOMAIN) {
          if (isDomain(text, end)) end++;
          else if (text.charCodeAt(end) === 46 && end + 1 < text.length && isDomain(text, end + 1) && text.charCodeAt(end - 1) !== 46 && end > at + 1) {
            lastDot = end;
            end++;
          } else break;
        }
        if (lastDot === -1) continue;
        while (end > lastDot + 1 && text[end - 1] === '-') end--;
        const tld = text.slice(lastDot + 1, end);
        if (!EMAIL_TLD.test(tld)) continue;
        const local = text.slice(start, at);
        if (local.endsWith('.') || local.includes('..')) continue;
        const domain = text.slice(at + 1, end).toLowerCase();
        const police = domain.endsWith('.police.uk') || domain === 'police.uk' || domain.endsWith('.pnn.gov.uk');
        if (policeOnly && !police) continue;
        if (!ctx.explain) out.push(makeFinding(text, start, end, 'EMAIL', 0.95, 'email', ctx));
        else {
          const named = localHoldsName(local.replace(/^"|"$/gu, ''));
          out.push(
            makeFinding(text, start, end, 'EMAIL', 0.95, 'email', ctx, ['shape:email', ...(police ? ['domain:police'] : [])], {
              policeDomain: police,
              localPartHoldsName: named,
              sensitivity: named ? 'high: the local part holds a name' : 'normal',
            }),
          );
        }
        from = end;
      }
      return out;
    },
  });
}

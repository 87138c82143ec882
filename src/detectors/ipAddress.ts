/**
 * IP_ADDRESS: IPv4 addresses (octets validated) and IPv6 addresses.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { IP_CONTEXT, IP_NOT_BEFORE, IPV4 } from '../core/regex/ipAddress.js';
import { isWordChar } from '../core/text.js';
import type { Detector, Finding } from '../core/types.js';

function isHexOrColon(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Is this a dotted-quad IPv4 address (four octets 0–255, no leading zeros)?
 *
 * @example
 * ```ts
 * isIpv4('192.0.2.1'); // true
 * isIpv4('256.1.1.1'); // false
 * ```
 */
export function isIpv4(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 4) return false;
  return parts.every((p) => p.length >= 1 && p.length <= 3 && (p.length === 1 || p[0] !== '0') && [...p].every((c) => c >= '0' && c <= '9') && Number(p) <= 255);
}

/**
 * Is this an IPv6 address in the usual text form (eight groups, or fewer with one `::`)?
 *
 * @example
 * ```ts
 * isIpv6('2001:db8::1'); // true
 * isIpv6('10:30:00'); // false
 * ```
 */
export function isIpv6(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  if (value.length < 3 || value.length > 39) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => g.length === 0 || g.length > 4)) return false;
  if (halves.length === 2) return groups.length >= 2 && groups.length <= 7;
  return groups.length === 8;
}

/**
 * Detects IP addresses. IPv4 addresses get a lower score unless an IP context word is near (they can be
 * version or section numbers); IPv6 addresses are distinctive.
 *
 * @example
 * ```ts
 * const d = ipAddress();
 * d.detect('logged in from 192.0.2.44', detectContext('logged in from 192.0.2.44'))[0].text; // '192.0.2.44'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function ipAddress(): Detector {
  return defineDetector({
    id: 'ipAddress',
    types: ['IP_ADDRESS'],
    context: { IP_ADDRESS: ['ip', 'ip address', 'ipv4', 'ipv6', 'host', 'server', 'logged in from'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      const v4 = new RegExp(IPV4.source, IPV4.flags);
      for (let m = v4.exec(text); m !== null; m = v4.exec(text)) {
        if (!isIpv4(m[0])) continue;
        const start = m.index;
        if (IP_NOT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
        const context = IP_CONTEXT.test(text.slice(Math.max(0, start - 32), start));
        out.push(makeFinding(text, start, start + m[0].length, 'IP_ADDRESS', context ? 1 : 0.75, 'ipAddress', ctx, ['ipv4', ...(context ? ['context:ip'] : [])]));
      }
      // IPv6: expand around each colon that has a hex digit or another colon beside it (no pattern that
      // could start at every hex letter of ordinary text).
      const isV6 = (i: number): boolean => i >= 0 && i < text.length && isHexOrColon(text.charCodeAt(i));
      for (let c = text.indexOf(':'); c !== -1; c = text.indexOf(':', c + 1)) {
        if (!isV6(c - 1) && !isV6(c + 1)) continue;
        let s = c;
        while (s > 0 && c - s < 40 && isV6(s - 1)) s--;
        let e = c + 1;
        while (e < text.length && e - s < 40 && isV6(e)) e++;
        c = e;
        if ((s > 0 && isWordChar(text.charCodeAt(s - 1))) || (e < text.length && isWordChar(text.charCodeAt(e)))) continue;
        const value = text.slice(s, e);
        if (!isIpv6(value)) continue;
        out.push(makeFinding(text, s, e, 'IP_ADDRESS', 0.9, 'ipAddress', ctx, ['ipv6']));
      }
      return out;
    },
  });
}

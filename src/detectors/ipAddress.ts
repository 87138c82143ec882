/**
 * IP_ADDRESS: IPv4 addresses (octets validated) and IPv6 addresses.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { IP_CONTEXT, IPV4, IPV6 } from '../core/regex/ipAddress.js';
import type { Detector, Finding } from '../core/types.js';

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
        const context = IP_CONTEXT.test(text.slice(Math.max(0, start - 32), start));
        out.push(makeFinding(text, start, start + m[0].length, 'IP_ADDRESS', context ? 1 : 0.75, 'ipAddress', ctx, ['ipv4', ...(context ? ['context:ip'] : [])]));
      }
      if (!text.includes(':')) return out;
      const v6 = new RegExp(IPV6.source, IPV6.flags);
      for (let m = v6.exec(text); m !== null; m = v6.exec(text)) {
        if (!isIpv6(m[0])) continue;
        out.push(makeFinding(text, m.index, m.index + m[0].length, 'IP_ADDRESS', 0.9, 'ipAddress', ctx, ['ipv6']));
      }
      return out;
    },
  });
}

import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { ipAddress, isIpv4, isIpv6 } from '../../src/detectors/ipAddress.js';

const texts = (text: string) => ipAddress().detect(text, detectContext(text)).filter((f) => f.score >= 0.5).map((f) => f.text);

describe('ipAddress', () => {
  it.each([
    ['192.0.2.1', true],
    ['255.255.255.255', true],
    ['0.0.0.0', true],
    ['256.1.1.1', false],
    ['01.2.3.4', false],
    ['1.2.3', false],
  ])('isIpv4(%s) → %s', (v, expected) => {
    expect(isIpv4(v)).toBe(expected);
  });

  it.each([
    ['2001:db8::1', true],
    ['2001:0db8:0000:0000:0000:ff00:0042:8329', true],
    ['fe80::1:2', true],
    ['10:30:00', false],
    ['1:2:3:4:5:6:7', false],
    ['1::2::3', false],
    ['12345::1', false],
  ])('isIpv6(%s) → %s', (v, expected) => {
    expect(isIpv6(v)).toBe(expected);
  });

  it.each([
    ['logged in from 192.0.2.44', '192.0.2.44'],
    ['IP 203.0.113.7.', '203.0.113.7'],
    ['from 2001:db8::ff00:42:8329 at', '2001:db8::ff00:42:8329'],
  ])('finds %s', (text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    ['a bad octet', 'IP 192.168.1.256'],
    ['a longer dotted number', 'section 1.2.3.4.5'],
    ['a time', 'at 10:30:00'],
    ['a version string', 'v1.2.3.4'],
    ['a version number', 'Version 2.1.3.4 released'],
    ['a section number', 'see section 1.2.3.4'],
  ])('ignores %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });
});

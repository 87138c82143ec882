import { describe, expect, it } from 'vitest';
import { createHash, createHmac } from 'node:crypto';
import { hmacSha256, sha256, toHex, utf8 } from '../../src/core/sha256.js';

describe('sha256 / hmacSha256', () => {
  it.each(['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'x'.repeat(1000), 'Siobhán Ní Bhriain 😀'])('matches node:crypto for %#', (s) => {
    expect(toHex(sha256(utf8(s)))).toBe(createHash('sha256').update(s).digest('hex'));
    expect(toHex(hmacSha256(utf8('key'), utf8(s)))).toBe(createHmac('sha256', 'key').update(s).digest('hex'));
  });
  it('handles keys longer than a block', () => {
    const key = 'k'.repeat(100);
    expect(toHex(hmacSha256(utf8(key), utf8('m')))).toBe(createHmac('sha256', key).update('m').digest('hex'));
  });
});

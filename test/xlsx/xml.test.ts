import { describe, expect, it } from 'vitest';
import { PiiError } from '../../src/core/errors.js';
import { decodeEntities, parseXml } from '../../src/xlsx/xml.js';

function events(xml: string): string[] {
  const out: string[] = [];
  parseXml(xml, 'p.xml', {
    open: (n, a, self) => out.push(`<${n}${Object.entries(a).map(([k, v]) => ` ${k}=${v}`).join('')}${self ? '/' : ''}>`),
    close: (n) => out.push(`</${n}>`),
    text: (t) => out.push(t),
  });
  return out;
}

describe('parseXml', () => {
  it.each([
    ['<a><b x="1">t</b></a>', ['<a>', '<b x=1>', 't', '</b>', '</a>']],
    ['<?xml version="1.0"?><a/>', ['<a/>', '</a>']],
    ['<x:a r:id="r1">&lt;&amp;&#65;&#x42;</x:a>', ['<a r:id=r1 id=r1>', '<&AB', '</a>']],
    ['<a t=\'q>"\'><![CDATA[<raw>]]><!-- c --></a>', ['<a t=q>">', '<raw>', '</a>']],
  ] as const)('%s', (xml, expected) => {
    expect(events(xml)).toEqual(expected);
  });

  it.each([
    ['<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'MALFORMED_FILE'],
    ['<a><b></a>', 'MALFORMED_FILE'],
    ['<a', 'MALFORMED_FILE'],
    ['<a x=1/>', 'MALFORMED_FILE'],
    ['</a>', 'MALFORMED_FILE'],
    [`${'<a>'.repeat(300)}${'</a>'.repeat(300)}`, 'LIMIT_EXCEEDED'],
  ])('rejects %s', (xml, code) => {
    expect(() => events(xml)).toThrow(PiiError);
    try {
      events(xml);
    } catch (e) {
      expect((e as PiiError).code).toBe(code);
      expect((e as PiiError).message).toContain('p.xml');
    }
  });

  it('leaves unknown entities as written (no expansion)', () => {
    expect(decodeEntities('a &foo; b &amp')).toBe('a &foo; b &amp');
  });

  it('is linear on a megabyte of tags and of unterminated quotes', () => {
    const t0 = performance.now();
    events(`<r>${'<c/>'.repeat(250_000)}</r>`);
    expect(() => events(`<r a="${'x'.repeat(1_000_000)}`)).toThrow(PiiError);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

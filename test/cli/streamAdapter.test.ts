import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeTextStream, scanPath, scanTextFileStreaming, sniffEncoding } from '../../src/cli/streamAdapter.js';
import { scanFile } from '../../src/cli/scanFile.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { patternDetectors } from '../../src/core/presets.js';

const dir = mkdtempSync(join(tmpdir(), 'police-pii-stream-'));
const pipeline = createPipeline({ detectors: patternDetectors() });

const lines: string[] = [];
for (let i = 0; i < 300; i++) lines.push(i % 7 === 0 ? `Line ${i}: ask PC Jones, j.jones${i}@met.police.uk, café ☕ 🙂` : `Line ${i}: nothing personal here, just filler text.`);
const body = lines.join('\r\n');

function utf16be(s: string): Uint8Array {
  const le = new Uint8Array(Buffer.from(s, 'utf16le'));
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return le;
}

const cases: Array<[string, Uint8Array]> = [
  ['utf-8', new Uint8Array(Buffer.from(body, 'utf8'))],
  ['utf-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(body, 'utf8')])],
  ['utf-16le with BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from(body, 'utf16le')])],
  ['utf-16be with BOM', new Uint8Array([0xfe, 0xff, ...utf16be(body)])],
  ['windows-1252', new Uint8Array(Buffer.from(body.replace(/[☕🙂]/gu, ''), 'latin1'))],
];

describe('scanTextFileStreaming', () => {
  it.each(cases)('matches scanFile, with line and column, for %s', async (name, bytes) => {
    const file = join(dir, `${name.replace(/\W+/gu, '-')}.txt`);
    writeFileSync(file, bytes);
    const whole = scanFile(file, pipeline);
    expect(whole.findings.length).toBeGreaterThan(40);
    const streamed = await scanTextFileStreaming(file, pipeline, { windowSize: 512, overlap: 128 });
    expect(streamed).toEqual(whole);
  });

  it('reports a missing file as IO_ERROR', async () => {
    await expect(scanTextFileStreaming(join(dir, 'nope.txt'), pipeline)).rejects.toMatchObject({ code: 'IO_ERROR' });
  });
});

describe('scanPath', () => {
  it('streams plain-text files over the threshold and reads other formats whole', async () => {
    const txt = join(dir, 'big.log');
    writeFileSync(txt, body);
    expect(await scanPath(txt, pipeline, 0)).toEqual(scanFile(txt, pipeline));
    const csv = join(dir, 'table.csv');
    writeFileSync(csv, 'Name,Email\nJones,j.jones@met.police.uk\n');
    expect(await scanPath(csv, pipeline, 0)).toEqual(scanFile(csv, pipeline));
  });
});

describe('nodeTextStream', () => {
  it('decodes characters split across byte chunks', async () => {
    const text = 'Zoë 🙂 café — ok';
    const bytes = Buffer.from(text, 'utf8');
    async function* oneByte(): AsyncGenerator<Uint8Array> {
      for (const b of bytes) yield new Uint8Array([b]);
    }
    let out = '';
    const reader = nodeTextStream(oneByte()).getReader();
    for (let r = await reader.read(); r.done !== true; r = await reader.read()) out += r.value;
    expect(out).toBe(text);
  });

  it.each([
    [[0xff, 0xfe, 0x41], 'utf-16le', 2],
    [[0xfe, 0xff, 0x00], 'utf-16be', 2],
    [[0xef, 0xbb, 0xbf], 'utf-8', 3],
    [[0x41, 0x42], 'utf-8', 0],
    [[], 'utf-8', 0],
  ])('sniffs %j as %s skipping %d', (head, encoding, skip) => {
    expect(sniffEncoding(new Uint8Array(head))).toEqual({ encoding, skip });
  });
});

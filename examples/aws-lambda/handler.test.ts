import { describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';
import { createHandler, decodeS3Key, type ObjectStore, type S3Event } from './handler.js';

/** An in-memory object store standing in for S3. */
function fakeStore(objects: Record<string, string | Uint8Array>, asStream = false) {
  const written = new Map<string, string>();
  const store: ObjectStore = {
    async getObject(bucket, key) {
      const body = objects[`${bucket}/${key}`];
      if (body === undefined) throw new Error('NoSuchKey');
      if (!asStream) return body;
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
      let i = 0;
      // Seven-byte chunks split multi-byte characters and entities.
      return new ReadableStream<Uint8Array>({
        pull(c) {
          if (i >= bytes.length) c.close();
          else c.enqueue(bytes.subarray(i, (i += 7)));
        },
      });
    },
    async putObject(bucket, key, body) {
      written.set(`${bucket}/${key}`, body);
    },
  };
  return { store, written };
}

const event = (bucket: string, ...keys: string[]): S3Event => ({ Records: keys.map((key) => ({ eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key } } })) });

const letter = 'Dear Sir,\nPC Amara Okafor (a.okafor@met.police.uk) attended. Café 🙂.\nRegards, DS Tom Hughes, t.hughes@met.police.uk\n';

describe('aws-lambda example', () => {
  it.each([
    ['bytes', false],
    ['a stream in small chunks', true],
  ])('reports the same findings as scan() for %s, without values', async (_name, asStream) => {
    const { store } = fakeStore({ 'foi/replies/letter 1.txt': letter }, asStream);
    const { reports } = await createHandler({ store })(event('foi', 'replies/letter+1.txt'));
    const expected = scan(letter);
    expect(expected.length).toBeGreaterThan(1);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.key).toBe('replies/letter 1.txt');
    expect(reports[0]?.items).toEqual(expected.map(({ type, start, end, score, detector }) => ({ type, start, end, score, detector })));
    expect(reports[0]?.byType.EMAIL).toBe(2);
    expect(JSON.stringify(reports)).not.toContain('okafor@');
  });

  it('writes a report per object and skips its own reports', async () => {
    const { store, written } = fakeStore({ 'b/a.txt': letter, 'b/clean.txt': 'Nothing personal.', 'b/pii-reports/a.txt.json': '{}' });
    const { reports } = await createHandler({ store, reportPrefix: 'pii-reports/' })(event('b', 'a.txt', 'clean.txt', 'pii-reports/a.txt.json'));
    expect(reports.map((r) => [r.key, r.findings > 0])).toEqual([
      ['a.txt', true],
      ['clean.txt', false],
    ]);
    expect(JSON.parse(written.get('b/pii-reports/a.txt.json') ?? '{}').findings).toBe(reports[0]?.findings);
    expect(written.has('b/pii-reports/clean.txt.json')).toBe(true);
  });

  it('fails the invocation when an object cannot be read (so Lambda retries)', async () => {
    const { store } = fakeStore({});
    await expect(createHandler({ store })(event('b', 'missing.txt'))).rejects.toThrow('NoSuchKey');
  });

  it.each([
    ['plain.txt', 'plain.txt'],
    ['a+b.txt', 'a b.txt'],
    ['r%C3%A9sum%C3%A9%2C+v2.txt', 'résumé, v2.txt'],
  ])('decodes the S3 key %s', (raw, key) => {
    expect(decodeS3Key(raw)).toBe(key);
  });
});

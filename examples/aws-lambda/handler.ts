/**
 * AWS Lambda handler: scans each S3 object named in an S3 event for personal data about police officers and
 * staff, streaming the object so memory stays bounded whatever its size, and (optionally) writes a JSON report
 * next to it. The S3 client is injected, so the handler runs anywhere and its test needs no AWS account.
 *
 * In your project import from 'police-pii' instead of the relative path. With the AWS SDK v3 the store is:
 *
 * ```ts
 * import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
 * const s3 = new S3Client({});
 * export const handler = createHandler({
 *   store: {
 *     async getObject(Bucket, Key) {
 *       const r = await s3.send(new GetObjectCommand({ Bucket, Key }));
 *       return r.Body!.transformToWebStream();
 *     },
 *     async putObject(Bucket, Key, Body) {
 *       await s3.send(new PutObjectCommand({ Bucket, Key, Body, ContentType: 'application/json' }));
 *     },
 *   },
 *   reportPrefix: 'pii-reports/',
 * });
 * ```
 *
 * @module
 */
import { defaultPipeline, scanStream, type EntityType, type Finding, type Pipeline } from '../../src/index.js';

/**
 * The object store the handler reads from (and writes reports to).
 *
 * @example
 * ```ts
 * const store: ObjectStore = { getObject: async () => 'PC Jones, j.jones@met.police.uk' };
 * ```
 */
export interface ObjectStore {
  /** The object's bytes, as a web stream (preferred for large objects), bytes or text. */
  getObject(bucket: string, key: string): Promise<ReadableStream<Uint8Array> | Uint8Array | string>;
  /** Writes a report; needed only with `reportPrefix`. */
  putObject?(bucket: string, key: string, body: string): Promise<void>;
}

/**
 * The part of an S3 event notification the handler reads.
 *
 * @example
 * ```ts
 * const e: S3Event = { Records: [{ s3: { bucket: { name: 'foi' }, object: { key: 'reply+1.txt' } } }] };
 * ```
 */
export interface S3Event {
  readonly Records: ReadonlyArray<{
    readonly eventName?: string;
    readonly s3: { readonly bucket: { readonly name: string }; readonly object: { readonly key: string; readonly size?: number } };
  }>;
}

/**
 * What the handler reports for one object. Values are never included: only types, offsets and scores.
 *
 * @example
 * ```ts
 * const r: ObjectReport = { bucket: 'foi', key: 'a.txt', findings: 0, byType: {}, items: [] };
 * ```
 */
export interface ObjectReport {
  readonly bucket: string;
  readonly key: string;
  readonly findings: number;
  readonly byType: Partial<Record<EntityType, number>>;
  readonly items: ReadonlyArray<Pick<Finding, 'type' | 'start' | 'end' | 'score' | 'detector'>>;
  /** Where the report was written, when `reportPrefix` is set. */
  readonly reportKey?: string;
}

/**
 * Options of {@link createHandler}.
 *
 * @example
 * ```ts
 * const o: HandlerOptions = { store, reportPrefix: 'pii-reports/' };
 * ```
 */
export interface HandlerOptions {
  readonly store: ObjectStore;
  /** The pipeline (default: the root default pipeline). Build it once, outside the handler. */
  readonly pipeline?: Pipeline;
  /** When set, a JSON report is written to `${reportPrefix}${key}.json` in the same bucket. */
  readonly reportPrefix?: string;
}

/**
 * Decodes an S3 event key (URL-encoded, with `+` for spaces).
 *
 * @example
 * ```ts
 * decodeS3Key('FOI+reply%2C+v2.txt'); // 'FOI reply, v2.txt'
 * ```
 */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/gu, ' '));
}

async function* textOf(body: ReadableStream<Uint8Array> | Uint8Array | string): AsyncGenerator<string> {
  if (typeof body === 'string') {
    yield body;
    return;
  }
  const decoder = new TextDecoder('utf-8');
  if (body instanceof Uint8Array) {
    yield decoder.decode(body);
    return;
  }
  const reader = body.getReader();
  try {
    for (let r = await reader.read(); r.done !== true; r = await reader.read()) yield decoder.decode(r.value, { stream: true });
    yield decoder.decode();
  } finally {
    reader.releaseLock();
  }
}

/**
 * Builds the Lambda handler. It is pure apart from the injected store: no shared state between invocations
 * except the immutable pipeline, so concurrent and repeated invocations give the same reports.
 *
 * @example
 * ```ts
 * export const handler = createHandler({ store: myS3Store });
 * ```
 */
export function createHandler(options: HandlerOptions): (event: S3Event) => Promise<{ reports: ObjectReport[] }> {
  const pipeline = options.pipeline ?? defaultPipeline();
  return async (event) => {
    const reports: ObjectReport[] = [];
    for (const record of event.Records) {
      const bucket = record.s3.bucket.name;
      const key = decodeS3Key(record.s3.object.key);
      if (options.reportPrefix !== undefined && key.startsWith(options.reportPrefix)) continue; // never scan our own reports
      const body = await options.store.getObject(bucket, key);
      const items: Array<Pick<Finding, 'type' | 'start' | 'end' | 'score' | 'detector'>> = [];
      const byType: Partial<Record<EntityType, number>> = {};
      for await (const f of scanStream(pipeline, textOf(body))) {
        items.push({ type: f.type, start: f.start, end: f.end, score: f.score, detector: f.detector });
        byType[f.type] = (byType[f.type] ?? 0) + 1;
      }
      let report: ObjectReport = { bucket, key, findings: items.length, byType, items };
      if (options.reportPrefix !== undefined) {
        if (options.store.putObject === undefined) throw new Error('reportPrefix needs a store with putObject');
        const reportKey = `${options.reportPrefix}${key}.json`;
        await options.store.putObject(bucket, reportKey, JSON.stringify(report));
        report = { ...report, reportKey };
      }
      reports.push(report);
    }
    return { reports };
  };
}

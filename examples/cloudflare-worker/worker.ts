/**
 * Cloudflare Worker: POST a document, get its findings as JSON (optionally with the redacted text).
 *
 *   POST /scan?types=PERSON,EMAIL&minScore=0.6       body: the text      → { findings }
 *   POST /scan?redact=label|mask|remove              body: the text      → { findings, redacted }
 *
 * Without `redact` the body is streamed through `scanStream`, so memory stays bounded whatever the size; with
 * `redact` the whole text is needed and bodies over `MAX_REDACT_BYTES` are refused with 413.
 * In your project import from 'police-pii' instead of the relative path; `wrangler deploy` bundles it.
 *
 * @module
 */
import { createPipeline, defaultDetectors, ENTITY_TYPES, label, mask, PiiError, redact, remove, scanStream, type EntityType, type Finding, type Operator } from '../../src/index.js';

/** Largest body accepted with `redact` (bytes). */
const MAX_REDACT_BYTES = 10 * 1024 * 1024;

const OPERATORS: Readonly<Record<string, () => Operator>> = { label: () => label(), mask: () => mask(), remove: () => remove() };

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

function parseTypes(value: string | null): EntityType[] | undefined {
  if (value === null || value === '') return undefined;
  const types = value.split(',').map((t) => t.trim().toUpperCase());
  for (const t of types) if (!ENTITY_TYPES.includes(t as EntityType)) throw new PiiError('INVALID_OPTION', 'types holds an unknown entity type');
  return types as EntityType[];
}

function parseScore(value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new PiiError('INVALID_OPTION', 'minScore must be a number from 0 to 1');
  return n;
}

/**
 * Handles one request (the module exports only the handler object: workerd rejects other named exports). Stateless: every request builds its own immutable pipeline (cheap), nothing is shared.
 *
 * @example
 * ```ts
 * const res = await handleRequest(new Request('https://x/scan?redact=label', { method: 'POST', body: 'PC Jones' }));
 * ```
 */
async function handleRequest(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname !== '/scan') return json({ error: 'NOT_FOUND', message: 'POST a text to /scan' }, 404);
  if (request.method !== 'POST') return new Response(null, { status: 405, headers: { allow: 'POST' } });
  if (request.body === null) return json({ error: 'INVALID_INPUT', message: 'the request has no body' }, 400);
  try {
    const types = parseTypes(url.searchParams.get('types'));
    const minScore = parseScore(url.searchParams.get('minScore'));
    const pipeline = createPipeline({ detectors: defaultDetectors(), types, minScore });
    const mode = url.searchParams.get('redact');
    if (mode === null) {
      const findings: Finding[] = [];
      for await (const f of scanStream(pipeline, request.body.pipeThrough(new TextDecoderStream()))) findings.push(f);
      return json({ findings });
    }
    const operator = OPERATORS[mode];
    if (operator === undefined) throw new PiiError('INVALID_OPTION', 'redact must be label, mask or remove');
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > MAX_REDACT_BYTES) return json({ error: 'INPUT_TOO_LARGE', message: `redaction takes at most ${MAX_REDACT_BYTES} bytes` }, 413);
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > MAX_REDACT_BYTES) return json({ error: 'INPUT_TOO_LARGE', message: `redaction takes at most ${MAX_REDACT_BYTES} bytes` }, 413);
    const text = new TextDecoder().decode(bytes);
    const findings = pipeline.scan(text);
    return json({ findings, redacted: redact(text, findings, { DEFAULT: operator() }).text });
  } catch (e) {
    // Error messages of the library never contain the input.
    if (e instanceof PiiError) return json({ error: e.code, message: e.message }, e.code === 'INPUT_TOO_LARGE' ? 413 : 400);
    return json({ error: 'INTERNAL', message: 'internal error' }, 500);
  }
}

export default { fetch: handleRequest };

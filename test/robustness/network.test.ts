/**
 * No network at run time: the CLI scans and redacts every supported format with fetch, net, tls, http(s),
 * http2, dns and dgram stubbed to record and throw, in-process through `main()` and, when the package has been
 * built, as `node dist/cli/index.js` with the same stubs preloaded. Nothing may try to reach the network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { put, runCli, tempDir } from './cli.js';
import { buildXlsx, PII_ROWS, workbookParts } from './workbook.js';

const require = createRequire(import.meta.url);
const TARGETS: Record<string, string[]> = {
  net: ['connect', 'createConnection'],
  tls: ['connect'],
  http: ['request', 'get'],
  https: ['request', 'get'],
  http2: ['connect'],
  dns: ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'],
  dgram: ['createSocket'],
};

const attempts: string[] = [];
const restore: Array<() => void> = [];

function stub(obj: Record<string, unknown>, key: string, api: string, async = false): void {
  const original = obj[key];
  obj[key] = (): unknown => {
    attempts.push(api);
    const e = new Error(`network blocked: ${api}`);
    if (async) return Promise.reject(e);
    throw e;
  };
  restore.push(() => {
    obj[key] = original;
  });
}

beforeAll(() => {
  for (const [mod, fns] of Object.entries(TARGETS)) {
    const m = require(`node:${mod}`) as Record<string, unknown>;
    for (const fn of fns) stub(m, fn, `${mod}.${fn}`);
  }
  stub((require('node:dns') as { promises: Record<string, unknown> }).promises, 'lookup', 'dns.promises.lookup');
  stub(globalThis as unknown as Record<string, unknown>, 'fetch', 'fetch', true);
  syncBuiltinESMExports();
});

afterAll(() => {
  for (const r of restore.reverse()) r();
  syncBuiltinESMExports();
});

const dir = tempDir('network');
const text = 'Contact DS Amara Okafor on amara.okafor@met.police.uk or 07700 900123.\n';
const files = {
  txt: put(dir, 'reply.txt', text),
  csv: put(dir, 'staff.csv', 'Surname,Forename,Email\nOkafor,Amara,amara.okafor@met.police.uk\n'),
  json: put(dir, 'staff.json', JSON.stringify({ officers: [{ surname: 'Okafor', email: 'amara.okafor@met.police.uk' }] })),
  jsonl: put(dir, 'staff.jsonl', '{"surname":"Okafor","email":"amara.okafor@met.police.uk"}\n'),
  xlsx: put(dir, 'staff.xlsx', buildXlsx(workbookParts(PII_ROWS))),
};

describe('no network at run time', () => {
  it('the stubs record an attempt (the check can fail)', async () => {
    const before = attempts.length;
    await expect(fetch('https://example.invalid/')).rejects.toThrow(/network blocked/u);
    const net = await import('node:net');
    expect(() => net.connect(80, 'example.invalid')).toThrow(/network blocked/u);
    expect(attempts.slice(before)).toEqual(['fetch', 'net.connect']);
    attempts.length = before;
  });

  it('in-process: scan every format, a directory, and redact with each operator', async () => {
    for (const f of Object.values(files)) expect((await runCli(['scan', f, '--format', 'json'])).code).toBe(1);
    expect((await runCli(['scan', dir, '--explain', '--format', 'jsonl'])).code).toBe(1);
    for (const op of ['label', 'mask', 'remove', 'pseudonym']) {
      const r = await runCli(['redact', files.txt, '-o', '-', '--operator', op], { POLICE_PII_KEY: 'a test key that is long enough' });
      expect(r.code, r.err).toBe(1);
    }
    expect((await runCli(['--help'])).code).toBe(0);
    expect(attempts).toEqual([]);
  });

  const bin = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));
  const preload = fileURLToPath(new URL('./fixtures/no-network.mjs', import.meta.url));
  it.skipIf(!existsSync(bin))('the built CLI (node dist/cli/index.js) with the network stubbed', () => {
    for (const args of [['scan', dir, '--format', 'json'], ['scan', files.xlsx], ['redact', files.txt, '-o', '-']]) {
      const r = spawnSync(process.execPath, ['--import', preload, bin, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, POLICE_PII_KEY: 'a test key that is long enough' } });
      // The exit code depends on how recent the build is; what matters is that it ran and stayed offline.
      expect([0, 1], r.stderr).toContain(r.status);
      expect(r.stderr).not.toContain('NETWORK ATTEMPT');
    }
  });

  it('the preload used for the built CLI does block the network (the check can fail)', () => {
    const r = spawnSync(process.execPath, ['--import', preload, '-e', "fetch('https://example.invalid/').catch(() => {}); try { require('node:net').connect(80, 'x'); } catch {}"], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toContain('NETWORK ATTEMPT fetch');
    expect(r.stderr).toContain('NETWORK ATTEMPT net.connect');
  });
});

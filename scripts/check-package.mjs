#!/usr/bin/env node
// Checks the packed package after a build: publint (package.json fields, exports, files) and
// @arethetypeswrong/cli (types resolve for every subpath under node10, node16 CJS/ESM and bundler).
// Both pack the package themselves (npm pack), so run it from the repository root after `npm run build`.
// Usage: node scripts/check-package.mjs [--profile node16|esm-only]   (exit 0 when both pass)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const missing = Object.entries(pkg.exports ?? {})
  .filter(([k]) => k !== './package.json')
  .flatMap(([, v]) => [v.import?.default, v.require?.default])
  .filter((f) => typeof f === 'string' && !existsSync(join(root, f)));
if (missing.length > 0) {
  console.error(`check-package: build first (npm run build); missing: ${missing.join(', ')}`);
  process.exit(2);
}

const i = process.argv.indexOf('--profile');
const profile = i === -1 ? [] : ['--profile', process.argv[i + 1]];
const steps = [
  ['publint', [bin('publint'), '--strict', root]],
  ['attw', [bin('attw'), '--pack', root, ...profile]],
];
let failed = 0;
for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n== ${name} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`check-package: ${name} failed (exit ${r.status ?? r.signal})`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;

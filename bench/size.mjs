#!/usr/bin/env node
// Minified + gzipped size of each library entry with its dependencies, bundled from source by esbuild.
// "initial" is what an import loads (the entry and its static imports); "lazy" is what loads only on demand
// (dynamic import(), e.g. compromise). Usage: node bench/size.mjs [--json] [--check]
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  ['police-pii', 'src/index.ts', 400],
  ['police-pii/core', 'src/core/index.ts', 60],
  ['police-pii/xlsx', 'src/xlsx/index.ts'],
  ['police-pii/risk', 'src/risk/index.ts'],
  ['police-pii/bench', 'src/bench/index.ts'],
];
const platforms = ['browser', 'neutral'];
const PROJECTION = 'projection';
entries.splice(1, 0, ['police-pii (projection: root + every src/detectors factory)', PROJECTION, 400]);
const kb = (n) => Math.round((n / 1024) * 10) / 10;

/**
 * A projection of the default entry once every detector is in the default list: the root entry plus every
 * factory in src/detectors/ (named like its file). Shows what the default will cost before the presets catch up.
 */
function projection() {
  const names = readdirSync(join(root, 'src/detectors')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
  return `export * from './src/index.ts';\n${names.map((n) => `export { ${n} } from './src/detectors/${n}.ts';`).join('\n')}\n`;
}

async function measure(file, platform) {
  const input = file === PROJECTION ? { stdin: { contents: projection(), resolveDir: root, loader: 'ts', sourcefile: 'projection.ts' } } : { entryPoints: [file] };
  const result = await build({
    absWorkingDir: root,
    ...input,
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform,
    target: 'es2022',
    mainFields: platform === 'neutral' ? ['module', 'main'] : undefined,
    outdir: '/virtual-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const byPath = new Map(result.outputFiles.map((o) => [o.path, o.contents]));
  const outputs = result.metafile.outputs;
  const entryOut = Object.keys(outputs).find((k) => outputs[k].entryPoint !== undefined) ?? Object.keys(outputs).find((k) => outputs[k].entryPoint === undefined && /projection|stdin/u.test(k));
  const initial = new Set();
  const todo = [entryOut];
  while (todo.length > 0) {
    const o = todo.pop();
    if (initial.has(o)) continue;
    initial.add(o);
    for (const imp of outputs[o].imports) if (imp.kind === 'import-statement' && outputs[imp.path] !== undefined) todo.push(imp.path);
  }
  let initMin = 0;
  let initGz = 0;
  let lazyGz = 0;
  for (const o of Object.keys(outputs)) {
    if (!o.endsWith('.js')) continue;
    const bytes = byPath.get(join('/', o)) ?? byPath.get(o);
    if (bytes === undefined) continue;
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (initial.has(o)) {
      initMin += bytes.length;
      initGz += gz;
    } else lazyGz += gz;
  }
  const heavy = Object.keys(result.metafile.inputs).filter((i) => i.includes('node_modules/')).map((i) => i.split('node_modules/')[1].split('/').slice(0, i.includes('node_modules/@') ? 2 : 1).join('/'));
  return { initMin, initGz, lazyGz, deps: [...new Set(heavy)].sort() };
}

const rows = [];
for (const [name, file, budget] of entries) {
  if (file !== PROJECTION && !existsSync(join(root, file))) {
    console.error(`skipping ${name}: ${file} does not exist`);
    continue;
  }
  for (const platform of platforms) {
    const m = await measure(file, platform);
    rows.push({ entry: name, platform, minifiedKB: kb(m.initMin), gzipKB: kb(m.initGz), lazyGzipKB: kb(m.lazyGz), budgetKB: budget ?? null, deps: m.deps.join(' ') });
  }
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('| entry | platform | minified (KB) | min+gzip (KB) | lazy chunks, gzip (KB) | budget (KB) | dependencies bundled |');
  console.log('|---|---|---:|---:|---:|---:|---|');
  for (const r of rows) console.log(`| \`${r.entry}\` | ${r.platform} | ${r.minifiedKB} | ${r.gzipKB} | ${r.lazyGzipKB} | ${r.budgetKB ?? '–'} | ${r.deps || '–'} |`);
}
const over = rows.filter((r) => r.budgetKB !== null && r.gzipKB > r.budgetKB);
for (const r of over) console.error(`over budget: ${r.entry} (${r.platform}) ${r.gzipKB} KB > ${r.budgetKB} KB`);
if (process.argv.includes('--check') && over.length > 0) process.exitCode = 1;

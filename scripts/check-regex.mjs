#!/usr/bin/env node
/**
 * ReDoS check with recheck (https://makenowjust-labs.github.io/recheck/) over every regular expression:
 *
 * - every exported RegExp of `src/core/regex/*.ts` (the modules are bundled in memory with esbuild and imported);
 * - every regular-expression literal and every `new RegExp('literal')` elsewhere under `src/` (found with the
 *   TypeScript parser), so inline patterns are checked too;
 * - `new RegExp(X.source, X.flags)` (a fresh copy of a pattern, for its own `lastIndex`) is checked as X;
 * - a pattern built from a string at run time cannot be checked statically: such sites are listed as `dynamic`
 *   and fail the check (build patterns from literals under src/core/regex/ instead).
 *
 * recheck runs its native binary (`recheck-linux-x64` etc.) when present, else Java, else a slow Scala.js worker;
 * set RECHECK_BACKEND to force one. Exit status: 0 all safe, 1 a pattern is vulnerable, could not be proved safe
 * or is built from a string at run time, 2 the check itself failed.
 *
 * Usage:
 *   node scripts/check-regex.mjs                 check the whole source tree
 *   node scripts/check-regex.mjs --json          the same, as JSON
 *   node scripts/check-regex.mjs 'a+b' u          check one pattern (for example a caller's allow-list regex)
 *
 * The vitest suite test/robustness/regex.test.ts imports `collectRegexes` and `checkRegexes` from here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Per-pattern time limit for recheck (ms). */
export const PATTERN_TIMEOUT_MS = 10_000;

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Exported RegExps of every module under src/core/regex/, as `{ where, source, flags }`. */
export async function exportedRegexes(root = ROOT) {
  const { build } = await import('esbuild');
  const dir = join(root, 'src/core/regex');
  const out = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const result = await build({ entryPoints: [join(dir, file)], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
    const code = result.outputFiles[0].text;
    const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    for (const [name, value] of Object.entries(mod)) {
      const list = value instanceof RegExp ? [[name, value]] : Array.isArray(value) ? value.map((v, i) => [`${name}[${i}]`, v]).filter(([, v]) => v instanceof RegExp) : [];
      for (const [n, re] of list) out.push({ where: `src/core/regex/${file}#${n}`, source: re.source, flags: re.flags, kind: 'exported' });
    }
  }
  return out;
}

/** Regex literals and `new RegExp('literal')` calls in the rest of src/, plus dynamic `new RegExp(expr)` sites. */
export async function inlineRegexes(root = ROOT) {
  const ts = (await import('typescript')).default;
  const out = [];
  const regexDir = join(root, 'src/core/regex');
  for (const file of walk(join(root, 'src'))) {
    if (file.startsWith(regexDir)) continue;
    if (file.endsWith('.gen.ts')) continue;
    const text = readFileSync(file, 'utf8');
    if (!text.includes('/') && !text.includes('RegExp')) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const rel = relative(root, file);
    const at = (node) => `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.text;
        const end = lit.lastIndexOf('/');
        out.push({ where: at(node), source: lit.slice(1, end), flags: lit.slice(end + 1), kind: 'inline' });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [src, flags] = node.arguments ?? [];
        const copyOf = (a, prop) => a !== undefined && ts.isPropertyAccessExpression(a) && ts.isIdentifier(a.expression) && a.name.text === prop ? a.expression.text : undefined;
        if (src !== undefined && ts.isStringLiteralLike(src) && (flags === undefined || ts.isStringLiteralLike(flags))) {
          out.push({ where: at(node), source: src.text, flags: flags?.text ?? '', kind: 'inline' });
        } else if (copyOf(src, 'source') !== undefined && (flags === undefined || copyOf(flags, 'flags') === copyOf(src, 'source'))) {
          // `new RegExp(X.source, X.flags)`: a fresh copy of a named pattern (for its own lastIndex); checked as X.
          out.push({ where: at(node), source: null, flags: null, kind: 'copy', of: copyOf(src, 'source') });
        } else if (copyOf(src, 'source') !== undefined && ts.isStringLiteralLike(flags)) {
          // `new RegExp(X.source, 'gu')`: X's pattern with other flags; checked with those flags.
          out.push({ where: at(node), source: null, flags: flags.text, kind: 'copy', of: copyOf(src, 'source') });
        } else {
          out.push({ where: at(node), source: null, flags: null, kind: 'dynamic' });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Every regular expression of the source tree. */
export async function collectRegexes(root = ROOT) {
  const exported = await exportedRegexes(root);
  const byName = new Map(exported.map((r) => [r.where.slice(r.where.indexOf('#') + 1), r]));
  const inline = (await inlineRegexes(root)).map((r) => {
    if (r.kind !== 'copy') return r;
    const named = byName.get(r.of);
    // A copy of a pattern held in a variable (a parameter, say): the pattern itself is checked where it is written.
    return named === undefined
      ? { ...r, status: 'copy', where: `${r.where} (copy of the RegExp in \`${r.of}\`)` }
      : { ...r, source: named.source, flags: r.flags ?? named.flags, where: `${r.where} (copy of ${r.of})` };
  });
  return [...exported, ...inline];
}

/**
 * Checks patterns with recheck; returns each with its `status` (`safe`, `vulnerable`, `unknown`), the complexity
 * and, when vulnerable, the attack string's shape. Dynamic sites are returned as they are (`status: 'dynamic'`).
 */
export async function checkRegexes(list, { timeout = PATTERN_TIMEOUT_MS } = {}) {
  const { check } = await import('recheck');
  const out = [];
  const seen = new Map();
  for (const r of list) {
    if (r.source === null) {
      out.push({ ...r, status: r.status ?? 'dynamic' });
      continue;
    }
    const key = `${r.flags}/${r.source}`;
    let d = seen.get(key);
    if (d === undefined) {
      d = await check(r.source, r.flags, { timeout });
      seen.set(key, d);
    }
    out.push({
      ...r,
      status: d.status,
      checker: d.checker,
      complexity: d.complexity?.summary,
      attack: d.status === 'vulnerable' ? d.attack?.pattern : undefined,
      error: d.status === 'unknown' ? d.error?.kind : undefined,
    });
  }
  return out;
}

/** Stops recheck's background agent so the calling process can exit promptly. */
export async function stopRecheck() {
  const { __mock__ } = await import('recheck');
  if (__mock__?.agent) __mock__.agent.kill();
  if (__mock__) __mock__.agent = undefined;
}

async function cli(argv) {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  const started = Date.now();
  const list = args.length > 0 ? [{ where: 'argv', source: args[0], flags: args[1] ?? 'u', kind: 'argv' }] : await collectRegexes();
  const results = await checkRegexes(list);
  await stopRecheck();
  const bad = results.filter((r) => r.status === 'vulnerable' || r.status === 'unknown' || r.status === 'dynamic');
  if (json) {
    process.stdout.write(JSON.stringify({ ms: Date.now() - started, results }, null, 2) + '\n');
  } else {
    for (const r of results) {
      const mark = r.status === 'safe' ? 'ok  ' : r.status === 'dynamic' ? 'dyn ' : r.status === 'copy' ? 'copy' : 'FAIL';
      const detail = r.status === 'vulnerable' ? ` ${r.complexity}; attack ${r.attack}` : r.status === 'unknown' ? ` unknown (${r.error})` : '';
      process.stdout.write(`${mark} ${r.where}${r.status === 'dynamic' ? ' (built at run time from a string: not checked)' : r.source === null ? '' : ` /${r.source}/${r.flags}`}${detail}\n`);
    }
    const counts = { safe: 0, vulnerable: 0, unknown: 0, dynamic: 0, copy: 0 };
    for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
    process.stdout.write(`recheck: ${results.length} patterns (${counts.safe} safe, ${counts.vulnerable} vulnerable, ${counts.unknown} unknown, ${counts.dynamic} dynamic, ${counts.copy} copies) in ${Date.now() - started} ms\n`);
  }
  return bad.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`check-regex: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

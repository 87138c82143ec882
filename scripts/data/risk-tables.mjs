// Builds the re-identification name-frequency tables (src/data/risk/*.gen.ts) from ../shared/data/names/.
//
// Each table is one string of records sorted by key. A record is the name key (lower-case a-z only, diacritics
// folded, other characters dropped) followed by two base-36 characters holding the quantised share
// q = round(-log2(share) * 16), i.e. steps of 2^(1/16) (about 4.4%). Keys are front-coded in blocks of 16 (see
// encode). The risk module binary-searches the blocks in place, so loading costs no decoding.
//
// Shares are shares of the UK population (both sexes), not of one table:
// - UK given names: births 1974-2020 summed over England & Wales, Scotland and Northern Ireland, blended half and
//   half with an estimate for people born 1934-1964 from the England & Wales top-100 history (rank -> share via
//   the modern rank-share curve of the same sex), scaled so tabled names hold 98% (2% assumed for names below
//   the publication threshold).
// - GB surnames head: the published percentages as they are.
// - US surnames (fallback, flagged us-table): 1990 census shares (tail ranks below 0.01%, printed as 0.000, are
//   re-estimated with a power law fitted to the cumulative percent), minus the GB head names, scaled so the US
//   tail carries the non-head British mass minus the same 9.5% the US list leaves uncovered, and capped at the
//   smallest GB head share (a surname commoner than that in Britain would be in the head).
// - US given names (fallback): 1990 census, half of each sex's percent, capped at 1e-5.
//
// When ../shared is absent it leaves the committed tables untouched and says so.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const src = join(root, '..', 'shared', 'data', 'names');
const outDir = join(root, 'src', 'data', 'risk');

/** Share held by given names too rare to be published (assumption, documented in docs/risk.md). */
const UNSEEN_GIVEN_MASS = 0.02;
/** Cap on a UK share derived from the US given-name table. */
const US_GIVEN_CAP = 1e-5;
/** Decades of the E&W top-100 history standing for people born before the modern tables start. */
const HISTORY_DECADES = ['1934', '1944', '1954', '1964'];
/** Weight of those older cohorts in today's adult population (about half were born before 1974). */
const HISTORY_WEIGHT = 0.5;

export function nameKey(name) {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function readCsv(file) {
  const lines = readFileSync(join(src, file), 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const head = lines[0].split(',');
  return lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [head[i], v])));
}

function readCensus(file) {
  return readFileSync(join(src, file), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0)
    .map((l) => {
      const [name, pct, cum, rank] = l.trim().split(/\s+/);
      return { name, pct: Number(pct), cum: Number(cum), rank: Number(rank) };
    });
}

const quantise = (share) => Math.max(0, Math.min(1295, Math.round(-Math.log2(share) * 16)));
const dequantise = (q) => 2 ** (-q / 16);

/** Records per front-coded block. */
const BLOCK = 16;

// Front coding: blocks of BLOCK records separated by '\n'; inside a block records are separated by ' '. The first
// record of a block is the whole key; each later one starts with a capital letter giving how many leading
// characters it shares with the previous key (A = 0 ... Z = 25), then the rest of its key.
function encode(map) {
  const keys = [...map.keys()].filter((k) => k.length > 0).sort();
  const blocks = [];
  for (let b = 0; b < keys.length; b += BLOCK) {
    const recs = [];
    let prev = '';
    keys.slice(b, b + BLOCK).forEach((k, i) => {
      const q = quantise(map.get(k)).toString(36).padStart(2, '0');
      if (i === 0) recs.push(k + q);
      else {
        let p = 0;
        while (p < 25 && p < prev.length && p < k.length && prev[p] === k[p]) p++;
        recs.push(String.fromCharCode(65 + p) + k.slice(p) + q);
      }
      prev = k;
    });
    blocks.push(recs.join(' '));
  }
  return blocks.join('\n');
}

function initialShares(map) {
  const out = new Array(26).fill(0);
  for (const [k, share] of map) {
    const c = k.charCodeAt(0) - 97;
    if (c >= 0 && c < 26) out[c] += dequantise(quantise(share));
  }
  return out.map((v) => Number(v.toPrecision(4)));
}

function sumQuantised(map) {
  let s = 0;
  for (const v of map.values()) s += dequantise(quantise(v));
  return s;
}

function ukGiven() {
  const rows = readCsv('uk-given-names.csv');
  const bySex = { M: new Map(), F: new Map() };
  for (const r of rows) {
    const n = Number(r.england_wales_1996_2020) + Number(r.scotland_1974_2020) + Number(r.northern_ireland_1997_2020);
    const k = nameKey(r.name);
    const m = bySex[r.sex] ?? bySex.M;
    if (k.length > 0 && n > 0) m.set(k, (m.get(k) ?? 0) + n);
  }
  const modern = new Map();
  let total = 0;
  for (const m of Object.values(bySex)) for (const [k, n] of m) { modern.set(k, (modern.get(k) ?? 0) + n); total += n; }
  // Rank -> share-of-sex curve from the modern tables.
  const curve = {};
  for (const [sex, m] of Object.entries(bySex)) {
    const counts = [...m.values()].sort((a, b) => b - a);
    const t = counts.reduce((a, b) => a + b, 0);
    curve[sex] = counts.slice(0, 100).map((c) => c / t);
  }
  const hist = new Map();
  for (const r of readCsv('england-wales-top100-1904-1994.csv')) {
    if (!HISTORY_DECADES.includes(r.year)) continue;
    const share = 0.5 * (curve[r.sex]?.[Number(r.rank) - 1] ?? 0) / HISTORY_DECADES.length;
    const k = nameKey(r.name);
    hist.set(k, (hist.get(k) ?? 0) + share);
  }
  const histMass = [...hist.values()].reduce((a, b) => a + b, 0);
  let restModern = 0;
  for (const [k, n] of modern) if (!hist.has(k)) restModern += n / total;
  const r = (1 - histMass) / restModern;
  const out = new Map();
  for (const [k, n] of modern) {
    const m = n / total;
    const h = hist.has(k) ? hist.get(k) : m * r;
    out.set(k, (1 - HISTORY_WEIGHT) * m + HISTORY_WEIGHT * h);
  }
  for (const [k, h] of hist) if (!out.has(k)) out.set(k, HISTORY_WEIGHT * h);
  const s = [...out.values()].reduce((a, b) => a + b, 0);
  for (const [k, v] of out) out.set(k, (v / s) * (1 - UNSEEN_GIVEN_MASS));
  return out;
}

function gbHead() {
  const out = new Map();
  for (const r of readCsv('gb-surnames-head.csv')) {
    const k = nameKey(r.surname);
    out.set(k, (out.get(k) ?? 0) + Number(r.percent) / 100);
  }
  return out;
}

/** US 1990 surname shares with the rounded-to-zero tail re-estimated from a power law on rank. */
function usSurnameShares() {
  const rows = readCensus('us-census-1990-dist.all.last.txt');
  const firstSmall = rows.findIndex((r) => r.pct < 0.01);
  const r0 = rows[firstSmall].rank;
  const s0 = 0.01 / 100;
  const tailMass = (rows[rows.length - 1].cum - rows[firstSmall - 1].cum) / 100;
  const R = rows[rows.length - 1].rank;
  const sumFor = (b) => {
    let s = 0;
    for (let r = r0; r <= R; r++) s += s0 * (r / r0) ** -b;
    return s;
  };
  let lo = 0;
  let hi = 5;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (sumFor(mid) > tailMass) lo = mid;
    else hi = mid;
  }
  const b = (lo + hi) / 2;
  const out = new Map();
  for (const row of rows) {
    const share = row.rank < r0 ? row.pct / 100 : s0 * (row.rank / r0) ** -b;
    const k = nameKey(row.name);
    out.set(k, (out.get(k) ?? 0) + share);
  }
  return { shares: out, covered: rows[rows.length - 1].cum / 100, exponent: b };
}

function usSurnames(head) {
  const { shares, covered, exponent } = usSurnameShares();
  const headMass = [...head.values()].reduce((a, b) => a + b, 0);
  let usRest = 0;
  for (const [k, v] of shares) if (!head.has(k)) usRest += v;
  const target = 1 - headMass - (1 - covered);
  const scale = target / usRest;
  const cap = Math.min(...head.values());
  const out = new Map();
  for (const [k, v] of shares) if (!head.has(k)) out.set(k, Math.min(cap, v * scale));
  return { table: out, scale, cap, covered, exponent, headMass };
}

function usGiven(ukTable) {
  const out = new Map();
  for (const file of ['us-census-1990-dist.male.first.txt', 'us-census-1990-dist.female.first.txt']) {
    for (const r of readCensus(file)) {
      const k = nameKey(r.name);
      out.set(k, (out.get(k) ?? 0) + (0.5 * r.pct) / 100);
    }
  }
  for (const k of [...out.keys()]) {
    if (ukTable.has(k)) out.delete(k);
    else out.set(k, Math.min(US_GIVEN_CAP, Math.max(out.get(k), 1e-9)));
  }
  return out;
}

function render(exportName, doc, map, meta) {
  return `// Generated by scripts/data/risk-tables.mjs from ../shared/data/names/. Do not edit.\n` +
    `/** ${doc} Front-coded blocks of records \`key\` + two base-36 digits q (share = 2^(-q/16)); see src/risk/tables.ts. */\n` +
    `export const ${exportName}: string =\n  ${JSON.stringify(encode(map))};\n\n` +
    `/** Metadata for ${exportName}. */\n` +
    `export const ${exportName}_META = ${JSON.stringify(meta, null, 2)} as const;\n`;
}

/**
 * Builds the generated files' contents (file name -> source text) from ../shared/data/names, or returns
 * undefined when ../shared is absent.
 */
export function buildRiskTables() {
  if (!existsSync(src)) return undefined;
  const given = ukGiven();
  const head = gbHead();
  const us = usSurnames(head);
  const usG = usGiven(given);
  return {
    'ukGivenNames.gen.ts': render('UK_GIVEN_NAMES', 'UK given names (ONS, NRS, NISRA; OGL v3.0), share of all UK people.', given, {
      entries: given.size, mass: Number(sumQuantised(given).toFixed(4)), initials: initialShares(given), unseenMass: UNSEEN_GIVEN_MASS,
    }),
    'gbSurnames.gen.ts': render('GB_SURNAMES', 'Commonest GB surnames (Faker en_GB, MIT), share of the GB population.', head, {
      entries: head.size, mass: Number(sumQuantised(head).toFixed(4)), minShare: Math.min(...head.values()),
    }),
    'usSurnames.gen.ts': render('US_SURNAMES', 'US 1990 census surnames (public domain) not in the GB head, rescaled to a GB share and capped.', us.table, {
      entries: us.table.size, mass: Number(sumQuantised(us.table).toFixed(4)), scale: Number(us.scale.toFixed(4)), cap: us.cap,
      usCovered: us.covered, tailExponent: Number(us.exponent.toFixed(4)), minShare: Math.min(...us.table.values()),
    }),
    'usGivenNames.gen.ts': render('US_GIVEN_NAMES', 'US 1990 census given names (public domain) absent from the UK tables, half the per-sex share, capped.', usG, {
      entries: usG.size, cap: US_GIVEN_CAP,
    }),
  };
}

export default function build() {
  const files = buildRiskTables();
  if (files === undefined) {
    console.log(`risk-tables: ${src} is absent; leaving the committed src/data/risk/*.gen.ts untouched`);
    return;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(outDir, file), text);
  console.log(`risk-tables: wrote ${Object.entries(files).map(([k, v]) => `${k} ${v.length} B`).join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build();

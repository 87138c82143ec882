// Builds the name lexicons of the PERSON detector (src/data/names/*.gen.ts) from:
//   ../shared/data/names/ (ONS/NRS/NISRA baby names, OGL v3.0; US Census 1990, public domain; Faker en_GB surnames, MIT),
//   node_modules/@cspell/dict-people-names (MIT), data-src/names/curated/*.txt (project lists, MIT),
//   data-src/names/common-words.txt and compromise's lexicon (MIT) for words that are also names.
// Sources and licences: docs/data.md. When ../shared is absent the committed tables are left untouched.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared', 'data', 'names');
const outDir = join(root, 'src', 'data', 'names');

/** Same folding as src/detectors/personName.ts `foldName`: lower case, diacritics and special letters removed. */
export function fold(s) {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łŀ]/gu, 'l')
    .replace(/[øœ]/gu, 'o')
    .replace(/[đð]/gu, 'd')
    .replace(/ß/gu, 'ss')
    .replace(/æ/gu, 'ae')
    .replace(/ı/gu, 'i')
    .replace(/þ/gu, 'th')
    .replace(/[’‘ʼ]/gu, "'");
}

const NAME_RE = /^[\p{L}][\p{L}'-]*$/u;

function readCurated() {
  const dir = join(root, 'data-src', 'names', 'curated');
  const given = new Map();
  const surname = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const origin = file.replace(/\.txt$/u, '');
    let section = '';
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const t = line.trim();
      if (t.startsWith('#') || t === '') continue;
      if (t === '[given]' || t === '[surname]') {
        section = t.slice(1, -1);
        continue;
      }
      for (const w of t.split(/\s+/u)) {
        if (!NAME_RE.test(w)) continue;
        const target = section === 'given' ? given : surname;
        const list = target.get(origin) ?? [];
        list.push(w);
        target.set(origin, list);
      }
    }
  }
  return { given, surname };
}

function englishWords() {
  const words = new Set();
  for (const line of readFileSync(join(root, 'data-src', 'names', 'common-words.txt'), 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    for (const w of line.trim().split(/\s+/u)) if (w) words.add(fold(w));
  }
  const places = new Set();
  const common = new Set(words);
  try {
    const require = createRequire(import.meta.url);
    const nlp = require('compromise');
    const lex = nlp.model().one.lexicon;
    for (const [w, tag] of Object.entries(lex)) {
      if (w.includes(' ')) continue;
      const tags = String(tag);
      if (/Name|Person|Honorific/u.test(tags)) continue;
      if (/City|Country|Region|Place/u.test(tags)) places.add(fold(w));
      else {
        words.add(fold(w));
        if (w.length >= 2 && w.length <= 14 && /Preposition|Conjunction|Determiner|Pronoun|Adverb|Gerund|PastTense|Modal|Copula|Auxiliary|Adjective|Expression|Month|WeekDay|Date|Plural|Infinitive|PresentTense|Uncountable/u.test(tags)) common.add(fold(w));
      }
    }
  } catch {
    console.log('names-lexicon: compromise not available; using data-src/names/common-words.txt only');
  }
  return { words, places, common };
}

function classOf(map, key, cls) {
  const prev = map.get(key) ?? 0;
  if (cls > prev) map.set(key, cls);
}

function table(map, cls) {
  return [...map].filter(([, c]) => c === cls).map(([k]) => k).sort().join(' ');
}

export default function build() {
  if (!existsSync(shared)) {
    console.log(`names-lexicon: ${shared} not found; the committed src/data/names/*.gen.ts are left untouched`);
    return;
  }
  const given = new Map();
  const surname = new Map();
  // UK given names: births summed over nations; class 3 >= 20,000, class 2 >= 1,000, class 1 >= 20.
  const uk = readFileSync(join(shared, 'uk-given-names.csv'), 'utf8').trim().split('\n').slice(1);
  for (const line of uk) {
    const [name, , ew, sc, ni] = line.split(',');
    const total = (Number(ew) || 0) + (Number(sc) || 0) + (Number(ni) || 0);
    if (total < 20 || !NAME_RE.test(name) || name.length < 2) continue;
    classOf(given, fold(name), total >= 20000 ? 3 : total >= 1000 ? 2 : 1);
  }
  for (const line of readFileSync(join(shared, 'england-wales-top100-1904-1994.csv'), 'utf8').trim().split('\n').slice(1)) {
    for (const cell of line.split(',')) if (/^\p{Lu}\p{Ll}+$/u.test(cell)) classOf(given, fold(cell), 3);
  }
  for (const f of ['us-census-1990-dist.male.first.txt', 'us-census-1990-dist.female.first.txt']) {
    for (const line of readFileSync(join(shared, f), 'utf8').trim().split('\n')) {
      const [name, pct] = line.trim().split(/\s+/u);
      if (name.length < 2) continue;
      classOf(given, fold(name), Number(pct) >= 0.1 ? 3 : Number(pct) >= 0.01 ? 2 : 1);
    }
  }
  for (const line of readFileSync(join(shared, 'gb-surnames-head.csv'), 'utf8').trim().split('\n').slice(1)) {
    const [name] = line.split(',');
    classOf(surname, fold(name), 3);
  }
  // US 1990 surnames: the top 28,000 (share >= about 0.0006%); class 2 from 0.01%.
  const us = readFileSync(join(shared, 'us-census-1990-dist.all.last.txt'), 'utf8').trim().split('\n');
  for (const line of us.slice(0, 28000)) {
    const [name, pct] = line.trim().split(/\s+/u);
    if (name.length < 2) continue;
    classOf(surname, fold(name), Number(pct) >= 0.05 ? 3 : Number(pct) >= 0.01 ? 2 : 1);
  }
  const curated = readCurated();
  for (const list of curated.given.values()) for (const n of list) classOf(given, fold(n), 2);
  for (const list of curated.surname.values()) for (const n of list) classOf(surname, fold(n), 2);
  // cspell people names: name parts of unknown role.
  const parts = new Map();
  const cspell = join(root, 'node_modules', '@cspell', 'dict-people-names', 'dict', 'people-names.txt');
  if (existsSync(cspell)) {
    for (const line of readFileSync(cspell, 'utf8').split('\n')) {
      const w = line.trim();
      if (!w || w.startsWith('#') || !NAME_RE.test(w) || w.length < 2) continue;
      const k = fold(w);
      if (!given.has(k) && !surname.has(k)) parts.set(k, 1);
    }
  } else console.log('names-lexicon: @cspell/dict-people-names not installed; name-part table built without it');
  const { words, places, common } = englishWords();
  const ambiguous = new Map();
  for (const k of [...given.keys(), ...surname.keys(), ...parts.keys()]) {
    if (words.has(k)) ambiguous.set(k, 1);
    else if (places.has(k)) ambiguous.set(k, 2);
  }
  mkdirSync(outDir, { recursive: true });
  const header = '// Generated by scripts/data/names-lexicon.mjs from the sources in docs/data.md. Do not edit.\n';
  const doc = (what) => `/** ${what} Folded (lower case, no diacritics), sorted, space-separated. */\n`;
  writeFileSync(
    join(outDir, 'givenNames.gen.ts'),
    header +
      doc('Given names seen at least 20,000 times (UK births) or top-ranked (E&W 1904–1994, US 1990).') + `export const GIVEN_FREQUENT = ${JSON.stringify(table(given, 3))};\n` +
      doc('Given names seen 1,000–19,999 times, or listed for under-covered origins.') + `export const GIVEN_COMMON = ${JSON.stringify(table(given, 2))};\n` +
      doc('Rarer given names (20–999 UK births, US 1990 tail).') + `export const GIVEN_RARE = ${JSON.stringify(table(given, 1))};\n`,
  );
  writeFileSync(
    join(outDir, 'surnames.gen.ts'),
    header +
      doc('Surnames of the British head table and the commonest US 1990 surnames (share >= 0.05%).') + `export const SURNAME_FREQUENT = ${JSON.stringify(table(surname, 3))};\n` +
      doc('Surnames with a US 1990 share >= 0.01%, or listed for under-covered origins.') + `export const SURNAME_COMMON = ${JSON.stringify(table(surname, 2))};\n` +
      doc('Rarer surnames (US 1990 ranks to 28,000).') + `export const SURNAME_RARE = ${JSON.stringify(table(surname, 1))};\n`,
  );
  writeFileSync(
    join(outDir, 'nameParts.gen.ts'),
    header + doc('Name parts of many cultures whose role (given or family) is not recorded (@cspell/dict-people-names).') + `export const NAME_PARTS = ${JSON.stringify(table(parts, 1))};\n`,
  );
  writeFileSync(
    join(outDir, 'ambiguousNames.gen.ts'),
    header +
      doc('Name parts that are also ordinary English words (Mark, Will, Young, Hope): reported only with evidence.') + `export const NAME_WORDS = ${JSON.stringify(table(ambiguous, 1))};\n` +
      doc('Name parts that are also place names (Washington, Chelsea, Lincoln): reported only with evidence.') + `export const NAME_PLACES = ${JSON.stringify(table(ambiguous, 2))};\n`,
  );
  const nameKeys = new Set([...given.keys(), ...surname.keys(), ...parts.keys()]);
  const plainWords = [...common].filter((w) => !nameKeys.has(w) && /^[a-z][a-z'-]*$/u.test(w)).sort();
  writeFileSync(
    join(outDir, 'commonWords.gen.ts'),
    header + doc('Ordinary English words that are not name parts: a capitalised one is never taken as a name without an anchor.') + `export const COMMON_WORDS = ${JSON.stringify(plainWords.join(' '))};\n`,
  );
  const counts = { given: given.size, surname: surname.size, parts: parts.size, ambiguous: ambiguous.size };
  console.log('names-lexicon:', JSON.stringify(counts));
}

if (import.meta.url === `file://${process.argv[1]}`) build();

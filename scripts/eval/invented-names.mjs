/**
 * Robustness check for unusual names: rewrites a labelled corpus so that every word of every PERSON span is an
 * invented one (pronounceable, in no lexicon), keeping the span's shape: initials, particles (`de`, `al-`, `Ní`),
 * capitals (`SMITH`), hyphens and apostrophes stay as they are, and one original word always becomes the same
 * invented word within an item (so `Okafor` later in the text is still the same person). The other spans move with
 * the text (an e-mail address keeps the old name: it is one EMAIL span). What is left to find the names is context:
 * ranks, titles, columns, greetings, sign-offs, sentence shape.
 *
 *   node scripts/eval/invented-names.mjs ../shared/eval/dev.jsonl /tmp/dev-invented.jsonl [seed]
 *   node dist/cli/index.js bench /tmp/dev-invented.jsonl --format table
 *
 * Seeded and reproducible. Reads only the corpus it is given.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prng } from '../../bench/corpora/generate.mjs';

/** Seeded by {@link inventNames} (Mulberry32, as the benchmark's text generator). */
let rand = prng(11);
const pick = (list) => list[Math.floor(rand() * list.length)];

// Syllables in no language's usual order: invented words that no name list holds.
const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'th', 'sk', 'dr', 'kw', 'zh', 'bl', 'tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ei', 'ou', 'ai'];
const CODAS = ['', '', 'n', 'r', 'x', 'sk', 'th', 'lv', 'nd', 'q'];
const PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'al', 'el', 'bin', 'binti', 'bint', 'ibn', 'ap', 'ab', 'mac', 'mc', 'ní', 'nic', 'ó', 'o', 'ua', 'st', 'ter', 'ten']);

function inventWord(length) {
  let w = '';
  while (w.length < Math.max(3, length - 1)) w += pick(ONSETS) + pick(VOWELS);
  return w + pick(CODAS);
}

/** The invented word in the original's case pattern: `Okafor` → `Drouvex`, `OKAFOR` → `DROUVEX`. */
function shaped(original, invented) {
  if (original === original.toUpperCase()) return invented.toUpperCase();
  return invented.charAt(0).toUpperCase() + invented.slice(1);
}

function rewriteName(name, words) {
  // Letters runs are words; everything else (spaces, dots, commas, hyphens, apostrophes) is kept.
  return name.replace(/\p{L}+/gu, (word) => {
    if (word.length <= 2 && word === word.toUpperCase()) return word; // initials: `J`, `RA`
    if (PARTICLES.has(word.toLowerCase())) return word;
    const key = word.toLowerCase();
    let invented = words.get(key);
    if (invented === undefined) {
      invented = inventWord(word.length);
      words.set(key, invented);
    }
    return shaped(word, invented);
  });
}

/**
 * The corpus with every PERSON span's words invented (see the header). Deterministic for a given seed.
 *
 * @param {readonly {id: string, text: string, spans: {start: number, end: number, type: string}[]}[]} items
 * @param {number} [seedValue]
 */
export function inventNames(items, seedValue = 11) {
  rand = prng(seedValue);
  const out = [];
  for (const item of items) {
    const words = new Map();
    const spans = [...item.spans].sort((a, b) => a.start - b.start);
    let text = '';
    let from = 0;
    let shift = 0;
    const moved = [];
    for (const s of spans) {
      text += item.text.slice(from, s.start);
      const written = item.text.slice(s.start, s.end);
      const replaced = s.type === 'PERSON' ? rewriteName(written, words) : written;
      moved.push({ ...s, start: s.start + shift, end: s.start + shift + replaced.length, text: replaced });
      text += replaced;
      shift += replaced.length - (s.end - s.start);
      from = s.end;
    }
    text += item.text.slice(from);
    for (const s of moved) if (text.slice(s.start, s.end) !== s.text) throw new Error(`offsets moved in ${item.id}`);
    out.push({ ...item, text, spans: moved });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [input, output, seedArg] = process.argv.slice(2);
  if (input === undefined || output === undefined) {
    console.error('usage: node scripts/eval/invented-names.mjs <in.jsonl> <out.jsonl> [seed]');
    process.exit(2);
  }
  const items = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
  const out = inventNames(items, Number(seedArg ?? 11));
  writeFileSync(output, out.map((i) => JSON.stringify(i)).join('\n') + '\n');
  console.log(`${out.length} items, ${out.reduce((a, i) => a + i.spans.filter((s) => s.type === 'PERSON').length, 0)} PERSON spans renamed -> ${output}`);
}

/**
 * Mutations of workbook bytes for fuzzing the workbook reader: bit flips, truncation, ZIP entry reordering,
 * dropped and duplicated entries, header damage, and edits inside the XML parts (cuts, repeats, garbage,
 * deep nesting, huge numbers). Deterministic for a given random source. Used by bench/fuzz-xlsx.mjs and by
 * the seeded mini-fuzz in test/robustness/regressions.test.ts.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** A random source: returns a float in [0, 1). */
export type Random = () => number;

/**
 * A small seeded PRNG (mulberry32).
 *
 * @example
 * ```ts
 * const rnd = seeded(42); rnd(); // 0.6011...
 * ```
 */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function int(rnd: Random, n: number): number {
  return Math.floor(rnd() * n);
}

function pick<T>(rnd: Random, list: readonly T[]): T {
  return list[int(rnd, list.length)] as T;
}

function entries(bytes: Uint8Array): Array<[string, Uint8Array]> | undefined {
  try {
    return Object.entries(unzipSync(bytes));
  } catch {
    return undefined;
  }
}

function rezip(list: ReadonlyArray<readonly [string, Uint8Array]>, rnd: Random): Uint8Array {
  const z: Zippable = {};
  for (const [name, data] of list) z[name] = [data, { level: rnd() < 0.2 ? 0 : 6 }];
  return zipSync(z);
}

const GARBAGE = [
  '<',
  '>',
  '&',
  '&amp',
  '&#0;',
  '&#xD800;',
  '"',
  "'",
  ']]>',
  '<![CDATA[',
  '<!--',
  '<?xml',
  '<!DOCTYPE x [<!ENTITY e "e">]>',
  '<c r="XFD1048577" t="s"><v>99999999</v></c>',
  '<c r="A1" t="inlineStr"><is><t>',
  '<row r="-1">',
  '<row r="4294967296">',
  '<sheet name="" r:id=""/>',
  '<si>',
  '</si>',
  '<v>1e999</v>',
  '<v>NaN</v>',
  '\u0000',
  '\uffff',
  '\ud800',
  'x'.repeat(70_000),
];

function mutateXml(rnd: Random, xml: string): string {
  if (xml.length === 0) return pick(rnd, GARBAGE);
  const at = int(rnd, xml.length);
  switch (int(rnd, 7)) {
    case 0: // cut a range
      return xml.slice(0, at) + xml.slice(Math.min(xml.length, at + 1 + int(rnd, 200)));
    case 1: // repeat a range
      return xml.slice(0, at) + xml.slice(at, at + 1 + int(rnd, 200)).repeat(2 + int(rnd, 50)) + xml.slice(at);
    case 2: // insert garbage
      return xml.slice(0, at) + pick(rnd, GARBAGE) + xml.slice(at);
    case 3: // deep nesting
      return xml.slice(0, at) + '<d>'.repeat(1 + int(rnd, 5000)) + xml.slice(at);
    case 4: // huge or odd numbers in attributes and values
      return xml.replace(/(?<=")\d+(?=")|(?<=<v>)\d+/gu, () => pick(rnd, ['0', '-1', '4294967296', '99999999999999999999', '1e308', 'NaN', '']));
    case 5: // swap two ranges
    {
      const b = int(rnd, xml.length);
      const [x, y] = at < b ? [at, b] : [b, at];
      const len = Math.min(1 + int(rnd, 100), y - x);
      return xml.slice(0, x) + xml.slice(y, y + len) + xml.slice(x + len, y) + xml.slice(x, x + len) + xml.slice(y + len);
    }
    default: // truncate
      return xml.slice(0, at);
  }
}

/** Names of the mutation kinds. */
export const MUTATIONS = ['bitflip', 'truncate', 'reorder', 'drop-entry', 'duplicate-entry', 'header', 'xml', 'xml-multi', 'splice'] as const;
/** One mutation kind. */
export type Mutation = (typeof MUTATIONS)[number];

/**
 * Returns a mutated copy of a workbook, with the kind of mutation used.
 *
 * @example
 * ```ts
 * const { kind, bytes } = mutate(seeded(1), workbook, [other]);
 * ```
 */
export function mutate(rnd: Random, input: Uint8Array, others: readonly Uint8Array[] = []): { kind: Mutation; bytes: Uint8Array } {
  const kind = pick(rnd, MUTATIONS);
  const bytes = input.slice();
  const list = kind === 'bitflip' || kind === 'truncate' || kind === 'header' ? undefined : entries(input);
  switch (kind) {
    case 'bitflip': {
      const flips = 1 + int(rnd, 8);
      for (let i = 0; i < flips; i++) {
        const at = int(rnd, bytes.length);
        bytes[at] = (bytes[at] as number) ^ (1 << int(rnd, 8));
      }
      return { kind, bytes };
    }
    case 'truncate':
      return { kind, bytes: bytes.subarray(0, int(rnd, bytes.length)) };
    case 'header': {
      // Damage a local file header or the central directory: sizes, method, name length, offsets.
      const sigs: number[] = [];
      for (let i = 0; i + 4 <= bytes.length; i++) {
        if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && (bytes[i + 2] === 1 || bytes[i + 2] === 3 || bytes[i + 2] === 5)) sigs.push(i);
      }
      if (sigs.length === 0) return { kind, bytes };
      const at = pick(rnd, sigs) + 4 + int(rnd, 42);
      if (at < bytes.length) bytes[at] = pick(rnd, [0, 0xff, int(rnd, 256)]);
      if (at + 1 < bytes.length && rnd() < 0.5) bytes[at + 1] = 0xff;
      return { kind, bytes };
    }
    default:
      break;
  }
  if (list === undefined || list.length === 0) return { kind, bytes };
  switch (kind) {
    case 'reorder': {
      const shuffled = list.slice();
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = int(rnd, i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j] as [string, Uint8Array], shuffled[i] as [string, Uint8Array]];
      }
      return { kind, bytes: rezip(shuffled, rnd) };
    }
    case 'drop-entry': {
      const drop = int(rnd, list.length);
      return { kind, bytes: rezip(list.filter((_, i) => i !== drop), rnd) };
    }
    case 'duplicate-entry': {
      // Point one part's content at another part's name (a sheet where the workbook should be, say).
      const a = int(rnd, list.length);
      const b = int(rnd, list.length);
      return { kind, bytes: rezip(list.map(([n, d], i) => [n, i === a ? (list[b] as [string, Uint8Array])[1] : d] as const), rnd) };
    }
    case 'splice': {
      const other = others.length > 0 ? entries(pick(rnd, others)) : undefined;
      if (other === undefined || other.length === 0) return { kind, bytes };
      const [name, data] = pick(rnd, other);
      return { kind, bytes: rezip([...list.filter(([n]) => n !== name), [name, data]], rnd) };
    }
    default: {
      const rounds = kind === 'xml-multi' ? 2 + int(rnd, 6) : 1;
      const out = list.map(([n, d]) => [n, d] as [string, Uint8Array]);
      const xmlIdx = out.map(([n], i) => (n.endsWith('.xml') || n.endsWith('.rels') ? i : -1)).filter((i) => i >= 0);
      if (xmlIdx.length === 0) return { kind, bytes };
      for (let r = 0; r < rounds; r++) {
        const i = pick(rnd, xmlIdx);
        const [n, d] = out[i] as [string, Uint8Array];
        out[i] = [n, strToU8(mutateXml(rnd, strFromU8(d)))];
      }
      return { kind, bytes: rezip(out, rnd) };
    }
  }
}

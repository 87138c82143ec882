import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultNameFrequencies, forEachName, loadNameFrequencies, nameKey, shareOf } from '../../src/risk/tables.js';

describe('name-frequency tables', () => {
  it.each([
    ["O'Neill", 'oneill'],
    ['Zoë', 'zoe'],
    ['SMITH', 'smith'],
    ['de la Cruz', 'delacruz'],
    ['Łukasz', 'ukasz'],
    ['', ''],
  ])('nameKey(%j) = %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('finds every record of a table by binary search, and nothing else', () => {
    const table = ['adams10', 'baker12', 'smith0a', 'zz20'].join('\n');
    expect(shareOf(table, 'adams')).toBeCloseTo(2 ** (-36 / 16), 12);
    expect(shareOf(table, 'smith')).toBeCloseTo(2 ** (-10 / 16), 12);
    expect(shareOf(table, 'zz')).toBeCloseTo(2 ** (-72 / 16), 12);
    for (const miss of ['', 'a', 'adam', 'adamsx', 'bakes', 'zzz', 'aaaa']) expect(shareOf(table, miss)).toBeUndefined();
  });

  it('decodes front-coded blocks', () => {
    // Block 1: jack, john (shares 'j' → B), johnson (shares 'john' → E); block 2: smith, smyth (shares 'sm' → C).
    const table = 'jack1a Bohn1b Eson1c\nsmith0a Cyth0b';
    expect(shareOf(table, 'jack')).toBeCloseTo(2 ** (-46 / 16), 12);
    expect(shareOf(table, 'john')).toBeCloseTo(2 ** (-47 / 16), 12);
    expect(shareOf(table, 'johnson')).toBeCloseTo(2 ** (-48 / 16), 12);
    expect(shareOf(table, 'smith')).toBeCloseTo(2 ** (-10 / 16), 12);
    expect(shareOf(table, 'smyth')).toBeCloseTo(2 ** (-11 / 16), 12);
    for (const miss of ['j', 'jo', 'johns', 'jackson', 'k', 'smit', 'smythe', 'a', 'zz']) expect(shareOf(table, miss)).toBeUndefined();
    const all: string[] = [];
    forEachName(table, (k) => all.push(k));
    expect(all).toEqual(['jack', 'john', 'johnson', 'smith', 'smyth']);
  });

  it('finds every key of the bundled tables and no near miss', () => {
    const f = defaultNameFrequencies();
    for (const t of [f.gbSurnames, f.usGiven, f.ukGiven, f.usSurnames]) {
      const keys = new Set<string>();
      forEachName(t, (k) => keys.add(k));
      let missing = 0;
      let wrong = 0;
      forEachName(t, (k, s) => {
        if (shareOf(t, k) !== s) missing++;
        for (const near of [`${k}q`, k.slice(0, -1)]) if (!keys.has(near) && shareOf(t, near) !== undefined) wrong++;
      });
      expect(missing).toBe(0);
      expect(wrong).toBe(0);
    }
  });

  it('holds sorted, unique keys with shares that sum to less than one', () => {
    const f = defaultNameFrequencies();
    for (const t of [f.ukGiven, f.gbSurnames, f.usSurnames, f.usGiven]) {
      let prev = '';
      let sum = 0;
      let count = 0;
      let bad = 0;
      forEachName(t, (k, s) => {
        if (!(k > prev) || !/^[a-z]+$/u.test(k)) bad++;
        prev = k;
        sum += s;
        count++;
      });
      expect(bad).toBe(0);
      expect(count).toBeGreaterThan(400);
      expect(sum).toBeLessThan(1.01);
    }
    expect(f.initialShares).toHaveLength(26);
    expect(f.unseenSurnameMass).toBeGreaterThan(0.05);
  });

  it('knows the common names and their order', () => {
    const f = defaultNameFrequencies();
    const smith = shareOf(f.gbSurnames, 'smith') as number;
    expect(smith).toBeGreaterThan(0.01);
    expect(smith).toBeLessThan(0.013);
    expect(shareOf(f.gbSurnames, 'patel') as number).toBeGreaterThan(shareOf(f.gbSurnames, 'begum') as number);
    expect(shareOf(f.gbSurnames, 'adeyemi')).toBeUndefined();
    expect(shareOf(f.usSurnames, 'smith')).toBeUndefined();
    expect(shareOf(f.usSurnames, 'yamamoto')).toBeDefined();
    expect(shareOf(f.ukGiven, 'john') as number).toBeGreaterThan(shareOf(f.ukGiven, 'oluwaseun') as number);
  });

  it('loads the same tables lazily', async () => {
    expect(await loadNameFrequencies()).toEqual(defaultNameFrequencies());
  });

  const NAMES = join(__dirname, '..', '..', '..', 'shared', 'data', 'names');
  it.skipIf(!existsSync(NAMES))('are exactly what the generator builds from ../shared/data/names (never hand-edited)', async () => {
    const script = join(__dirname, '..', '..', 'scripts', 'data', 'risk-tables.mjs');
    const { buildRiskTables } = (await import(pathToFileURL(script).href)) as { buildRiskTables: () => Record<string, string> | undefined };
    const files = buildRiskTables();
    expect(files).toBeDefined();
    for (const [file, text] of Object.entries(files ?? {})) {
      expect(readFileSync(join(__dirname, '..', '..', 'src', 'data', 'risk', file), 'utf8') === text, file).toBe(true);
    }
  });
  if (!existsSync(NAMES)) console.warn(`skipping the generator check: ${NAMES} is absent`);
});

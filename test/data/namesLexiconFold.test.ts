/**
 * The lexicon generator (plain JavaScript, run by `npm run build:data`) folds names with its own copy of
 * `foldName`, since it cannot import TypeScript. The two must agree, or generated keys would miss at run time.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module without type declarations
import { fold } from '../../scripts/data/names-lexicon.mjs';
import { foldName } from '../../src/detectors/personName.js';

describe('names-lexicon fold agrees with foldName', () => {
  it.each(['Siobhán Ní Bhriain', 'Łukasz Wiśniewski', 'Søren Øberg', 'Þór Đorđević', 'Straße', 'Æthelred', 'Yıldız', "O’Neill", 'Nguyễn Thị Lan', 'SMITH John', 'Ŀlull', 'Cœur'])('%s', (name) => {
    expect(fold(name)).toBe(foldName(name));
  });
});

import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { PiiError } from '../../src/core/errors.js';
import { rosterDetector, rosterMatcher, type StaffMember } from '../../src/detectors/rosterDetector.js';

const staff: Array<StaffMember | string> = [
  { given: 'John', surname: 'Smith', ids: ['4521'] },
  { given: 'Łukasz', surname: 'Wiśniewski', ids: ['7788'] },
  { given: 'Oluwaseun', surname: 'Adeyemi', initials: 'OA' },
  { given: 'Siobhán', surname: 'Ní Bhriain' },
  { given: 'Gurpreet', surname: 'Kaur' },
  'Luca de Vries',
];

describe('rosterDetector', () => {
  const m = rosterMatcher(staff);
  it.each([
    ['J. Smith attended', 'J. Smith', 0, 'initials-surname'],
    ['Smith J attended', 'Smith J', 0, 'surname-initials'],
    ['SMITH John, PC', 'SMITH John', 0, 'surname-given'],
    ['john smith attended', 'john smith', 0, 'given-surname'],
    ['Lukasz Wisniewski attended', 'Lukasz Wisniewski', 1, 'given-surname'],
    ['Lukasz Wisniewksi attended', 'Lukasz Wisniewksi', 1, 'given-surname'],
    ['ADEYEMI Oluwaseun', 'ADEYEMI Oluwaseun', 2, 'surname-given'],
    ['O. Adeyemi', 'O. Adeyemi', 2, 'initials-surname'],
    ['Gurpreet Kaur said', 'Gurpreet Kaur', 4, 'given-surname'],
    ['later Kaur arrived', 'Kaur', 4, 'surname'],
    ['Siobhan Ni Bhriain attended', 'Siobhan Ni Bhriain', 3, 'given-surname'],
    ['S. Ní Bhriain attended', 'S. Ní Bhriain', 3, 'initials-surname'],
    ['NÍ BHRIAIN Siobhán', 'NÍ BHRIAIN Siobhán', 3, 'surname-given'],
    ['PC Luca de Vries', 'Luca de Vries', 5, 'given-surname'],
  ])('matches %j', (text, span, index, form) => {
    const r = m.match(text);
    expect(r.length).toBe(1);
    expect(r[0]?.text).toBe(span);
    expect(r[0]?.index).toBe(index);
    expect(r[0]?.form).toBe(form);
  });

  it.each(['Jon Smyth-Jones went', 'Mr Wisniak attended', 'Kaurr', 'the smithy was closed', 'Adams J'])('does not match %j', (text) => {
    expect(m.match(text)).toEqual([]);
  });

  it('reports the matched entry in evidence', () => {
    const d = rosterDetector(staff);
    const f = d.detect('DC J. Smith', detectContext('DC J. Smith', { explain: true }));
    expect(f[0]?.text).toBe('J. Smith');
    expect(f[0]?.evidence?.details?.['rosterIndex']).toBe(0);
    expect(f[0]?.evidence?.details?.['rosterId']).toBe('4521');
  });

  it.each([[null], [[{ given: 'A' }]], [[42]], [[' ']], [[{ surname: 'X', ids: [1] }]]])('throws INVALID_OPTION on %j', (bad) => {
    expect(() => rosterDetector(bad as unknown as StaffMember[])).toThrow(PiiError);
  });

  it('finds >= 98% of mentions of a generated 1,000-person roster with typos, initials and stripped diacritics', () => {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T;
    const syl = ['ka', 'lo', 'wi', 'ś', 'nów', 'ade', 'ye', 'mi', 'ok', 'ar', 'ez', 'ro', 'man', 'sch', 'ski', 'ová', 'ić', 'lin', 'ther', 'ham', 'ton', 'bé', 'gu', 'ne', 'dó', 'ru', 'ta', 'vi'];
    const word = (n: number) => {
      let w = '';
      for (let i = 0; i < n; i++) w += pick(syl);
      return w.charAt(0).toUpperCase() + w.slice(1);
    };
    const roster: StaffMember[] = [];
    const seen = new Set<string>();
    while (roster.length < 1000) {
      const surname = word(3 + Math.floor(rand() * 2));
      if (seen.has(surname)) continue;
      seen.add(surname);
      roster.push({ given: word(2), surname });
    }
    const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
    const typo = (s: string) => {
      if (s.length < 8) return s;
      const i = 2 + Math.floor(rand() * (s.length - 4));
      return s.slice(0, i) + s.charAt(i + 1) + s.charAt(i) + s.slice(i + 2);
    };
    const mentions: string[] = [];
    for (const p of roster) {
      const g = p.given as string;
      const forms = [`${g} ${p.surname}`, `${g.charAt(0)}. ${p.surname}`, `${p.surname.toUpperCase()} ${g}`, `${p.surname} ${g.charAt(0)}`, `${strip(g)} ${strip(p.surname)}`, `${g} ${typo(p.surname)}`];
      mentions.push(pick(forms));
    }
    const m1000 = rosterMatcher(roster);
    let found = 0;
    for (let i = 0; i < mentions.length; i++) {
      const r = m1000.match(`The report names ${mentions[i] as string} as present.`);
      if (r.some((x) => x.index === i || roster[x.index]?.surname === roster[i]?.surname)) found++;
    }
    console.info(`roster recall on 1,000 generated mentions: ${(found / mentions.length).toFixed(3)}`);
    expect(found / mentions.length).toBeGreaterThanOrEqual(0.98);
    // Names outside the roster, farther than the bound from every listed surname, never match.
    let false_ = 0;
    for (let i = 0; i < 300; i++) {
      const s = `Zq${word(3)}xv`;
      false_ += m1000.match(`The report names Jo ${s} as present.`).length;
    }
    expect(false_).toBe(0);
  });

  it('stays fast for a 10,000-person roster', () => {
    const letters = (i: number) => i.toString(26).split('').map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
    const roster = Array.from({ length: 10_000 }, (_, i) => `Given${letters(i)} Surname${letters(i)}`);
    const m10k = rosterMatcher(roster);
    const text = 'Constable Surnameb attended with Givenc Surnamec and Holloway. '.repeat(2000);
    const t0 = performance.now();
    const r = m10k.match(text);
    expect(r.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RISK_HELP, runRisk } from '../../src/cli/commands/risk.js';
import { main } from '../../src/cli/main.js';

function run(args: string[]) {
  const out: string[] = [];
  const code = runRisk(args, (s) => out.push(s));
  return { code, out: out.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'police-pii-risk-'));
const csv = join(dir, 'staff.csv');
writeFileSync(
  csv,
  [
    'Surname,Initials,Rank,Station,Department',
    'Smith,J,Constable,Brixton,Response',
    'Smith,J,Constable,Brixton,Response',
    'Oyelaran,T,Chief Superintendent,Hendon,Training',
    'Jones,A,Sergeant,Lewisham,CID',
    '',
  ].join('\n'),
);
const commonOnly = join(dir, 'common.csv');
writeFileSync(commonOnly, ['Surname,Rank', ...Array.from({ length: 30 }, (_, i) => `${i % 2 === 0 ? 'Smith' : 'Jones'},Constable`)].join('\n'));
const SHARED_XLSX = join(__dirname, '..', '..', '..', 'shared', 'eval', 'xlsx', 'example-hidden-sheet.xlsx');

describe('police-pii risk', () => {
  it('prints the summary, masked top records and a band histogram', () => {
    const r = run([csv, '--columns', 'Surname,Initials,Rank,Station', '--population', '47000']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('k-anonymity: 1');
    expect(r.out).toContain('records alone in their group: 50.0%');
    expect(r.out).toContain('O******* ');
    expect(r.out).not.toContain('Oyelaran');
    expect(r.out).toMatch(/very-high\s+#+\s+\d+/u);
    expect(r.out).toMatch(/^4\s+O\*+/mu); // file line 4 holds the Oyelaran row
  });

  it('shows values with --show and writes JSON', () => {
    const r = run([csv, '--columns', 'Surname,Initials', '--format', 'json', '--show', '--top', '2', '--sensitive', 'Department']);
    const j = JSON.parse(r.out);
    expect(j.k).toBe(1);
    expect(j.rows).toBe(4);
    expect(j.l).toBe(1);
    expect(j.records).toHaveLength(2);
    expect(j.records.map((x: { values: { Surname: string } }) => x.values.Surname)).toContain('Oyelaran');
  });

  it('exits 0 when no record is at high risk', () => {
    const r = run([commonOnly, '--columns', 'Surname,Rank']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('k-anonymity: 15');
  });

  it.each([
    [[csv]],
    [[csv, '--columns', 'Surname,Nope']],
    [[csv, '--columns', 'Surname', '--population', '2']],
    [[csv, '--columns', 'Surname', '--format', 'xml']],
    [[csv, '--columns', 'Surname', '--sensitive', 'Nope']],
    [[join(dir, 'missing.csv'), '--columns', 'Surname']],
    [[join(dir, 'x.pdf'), '--columns', 'Surname']],
  ])('exits 2 on %j', async (args) => {
    const err: string[] = [];
    const code = await main(['risk', ...args], { out: () => {}, err: (s) => err.push(s), env: {} });
    expect(code).toBe(2);
    expect(err.join('\n')).not.toContain('Oyelaran');
  });

  it('prints help', () => {
    expect(run(['--help'])).toEqual({ code: 0, out: RISK_HELP });
  });

  it.skipIf(!existsSync(SHARED_XLSX))('reads the hidden sheet of an .xlsx', () => {
    const r = run([SHARED_XLSX, '--columns', 'Surname,Initials,Rank']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/records alone in their group: \d/u);
  });
  if (!existsSync(SHARED_XLSX)) console.warn(`skipping the xlsx risk check: ${SHARED_XLSX} is absent`);
});

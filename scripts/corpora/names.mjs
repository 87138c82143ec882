// Generates the names corpus (test/corpora/names/names.jsonl: >= 200 synthetic full names per origin, plus hard
// negatives) and a labelled text corpus (test/corpora/names/text.jsonl: {id,text,spans}) from the curated name-part
// lists in data-src/names/curated. Seeded: the output is the same on every run. Synthetic combinations only.
//   node scripts/corpora/names.mjs
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'test', 'corpora', 'names');

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20261127);
const pick = (a) => a[Math.floor(rand() * a.length)];

function readLists() {
  const dir = join(root, 'data-src', 'names', 'curated');
  const lists = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const origin = f.replace(/\.txt$/u, '');
    const l = { given: [], surname: [] };
    let sec = '';
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const t = line.trim();
      if (t === '[given]' || t === '[surname]') sec = t.slice(1, -1);
      else if (t && !t.startsWith('#') && sec) for (const w of t.split(/\s+/u)) if (/^\p{Lu}[\p{L}'-]+$/u.test(w) && w.length > 2) l[sec].push(w);
    }
    lists[origin] = l;
  }
  return lists;
}

const lists = readLists();
// Irish-language surnames in the list are written as separate parts; combine particles with the following part.
const ORIGINS = ['anglo', 'irish', 'scottish_welsh', 'south_asian', 'west_african', 'east_african', 'caribbean', 'east_asian', 'eastern_european', 'middle_eastern'];
const names = [];
for (const origin of ORIGINS) {
  const l = lists[origin];
  const seen = new Set();
  let guard = 0;
  while (seen.size < 220 && guard++ < 10000) {
    const given = pick(l.given);
    let surname = pick(l.surname);
    if (origin === 'irish' && rand() < 0.15) surname = `${given.endsWith('a') || given.endsWith('e') || given.endsWith('h') ? 'Ní' : 'Ó'} ${pick(['Bhriain', 'Cheallaigh', 'Dhónaill', 'Mhurchú', 'Súilleabháin', 'Néill', 'Riain'])}`;
    const surnameFirst = origin === 'east_asian' && rand() < 0.5;
    const full = surnameFirst ? `${surname} ${given}` : `${given} ${surname}`;
    if (seen.has(full)) continue;
    seen.add(full);
    names.push({ origin, given, surname, full, order: surnameFirst ? 'surname-first' : 'given-first' });
  }
}
const NEGATIVES = [
  'Sergeant', 'Constable', 'Inspector', 'Superintendent', 'Commander', 'Detective', 'Officer', 'Chief', 'Police', 'Station', 'Custody', 'Unit',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mark', 'Will', 'Prior', 'Hope', 'Chase', 'Young', 'Rose', 'Grant', 'Bishop', 'Summer',
  'London', 'Manchester', 'Birmingham', 'Cardiff', 'Belfast', 'Glasgow', 'Edinburgh', 'Leeds', 'Bristol', 'Washington', 'Street', 'Road', 'Lane', 'Court',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Madam', 'Requester', 'Freedom', 'Information', 'Act', 'Annex', 'Table', 'Report', 'Response',
];
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'names.jsonl'), [...names.map((n) => JSON.stringify(n)), ...NEGATIVES.map((w) => JSON.stringify({ origin: 'negative', full: w }))].join('\n') + '\n');

// Text corpus: each template places one or two names; spans are computed from the placed strings.
const RANKS = ['PC', 'DC', 'DS', 'Sgt', 'Insp', 'DCI', 'Supt', 'Ch Supt', 'PCSO', 'Detective Sergeant', 'Police Constable', 'Inspector', 'Chief Inspector'];
const TEMPLATES = [
  (a) => ['', a.full, ' said the decision had been reviewed by the panel.'],
  (a) => [`${pick(RANKS)} `, a.full, ' attended the scene at 14:20.'],
  (a) => ['The hearing was chaired by ', a.full, ', who found the allegation proven.'],
  (a) => ['Hi ', a.given, ',\n\nCan you cover the early turn on Saturday?\n\nThanks'],
  (a) => ['Can you cover the late turn?\n\nThanks,\n', a.given, ''],
  (a) => [`Yours sincerely\n\n`, a.full, '\nProfessional Standards'],
  (a) => ['Name: ', a.full, '\nRank: Constable\nPay No: 1234567'],
  (a) => ['Surname,Initials,Rank\n', a.surname, `,${a.given[0]},Constable`],
  (a) => [`${pick(RANKS)} `, `${a.given[0]}. ${a.surname}`, ' is on leave this week.'],
  (a) => ['Mr ', a.surname, ' was interviewed under caution.'],
  (a) => [`From: `, a.full, ` <duty.office@example.police.uk>\nSubject: rota`],
  (a) => ['Arresting officer: PC 4521 ', a.surname, '\nCustody sergeant: PS 834'],
  (a) => ['Officer in case: ', `${a.surname.toUpperCase()} ${a.given}`, ', Response Team'],
  (a) => [`${pick(RANKS)} `, a.full, ` told the court that ${a.surname} had been on duty.`],
];
const items = [];
let id = 0;
for (const n of names) {
  const tpl = TEMPLATES[id % TEMPLATES.length](n);
  const [pre, name, post] = tpl;
  const text = pre + name + post;
  const spans = [{ start: pre.length, end: pre.length + name.length, type: 'PERSON', text: name, origin: n.origin }];
  // The last template repeats the surname.
  if (post.includes(` that ${n.surname} had`)) {
    const s = pre.length + name.length + post.indexOf(` that ${n.surname} had`) + 6;
    spans.push({ start: s, end: s + n.surname.length, type: 'PERSON', text: n.surname, origin: n.origin });
  }
  // Initials cells are PERSON too.
  if (pre.startsWith('Surname,Initials')) {
    const s = pre.length + name.length + 1;
    spans.push({ start: s, end: s + 1, type: 'PERSON', text: post.charAt(1), origin: n.origin });
  }
  items.push({ id: `names-${String(++id).padStart(4, '0')}`, kind: 'generated', text, spans });
}
const NEG_TEXT = [
  'The sergeant said the form was late. Mark the box labelled urgent.',
  'Prior to the meeting, Young people aged 16 to 24 were surveyed.',
  'Will you confirm the dates? Hope Street was closed in March.',
  'Dear Requester,\n\nThank you for your request under the Freedom of Information Act.',
  'The delegation flew to Washington DC in June. The laptop came from PC World.',
  'Officer rank and staff grades are listed in Annex A. Summer shifts start in May.',
];
for (const t of NEG_TEXT) items.push({ id: `names-${String(++id).padStart(4, '0')}`, kind: 'negative', text: t, spans: [] });
writeFileSync(join(out, 'text.jsonl'), items.map((i) => JSON.stringify(i)).join('\n') + '\n');
console.log(`names corpus: ${names.length} names, ${NEGATIVES.length} negatives, ${items.length} text items`);

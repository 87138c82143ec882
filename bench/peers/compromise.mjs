// compromise (NLP): people() → PERSON, places() → LOCATION, organizations() kept as ORGANIZATION (no equivalent:
// it covers forces, departments and companies alike). Spans from `.json({offset: true})`.
import nlp from 'compromise';

const VIEWS = [
  ['people', 'PERSON'],
  ['places', 'LOCATION'],
  ['organizations', 'ORGANIZATION'],
];

export default {
  label: 'compromise',
  mapping: 'people() → PERSON; places() → LOCATION; organizations() → ORGANIZATION (no equivalent; shown as-is)',
  method: 'spans from the library (`.json({offset:true})`)',
  create({ peopleOnly = false } = {}) {
    return {
      scan(text) {
        const doc = nlp(text);
        const out = [];
        for (const [view, type] of peopleOnly ? VIEWS.slice(0, 1) : VIEWS) {
          for (const m of doc[view]().json({ offset: true })) {
            const o = m.offset;
            if (o !== undefined && o.length > 0) out.push({ type, start: o.start, end: o.start + o.length });
          }
        }
        return out;
      },
    };
  },
};

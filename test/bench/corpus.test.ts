import { describe, expect, it } from 'vitest';
import { parseCorpus, validateItem } from '../../src/bench/corpus.js';
import { PiiError } from '../../src/core/errors.js';

describe('parseCorpus', () => {
  it('parses JSONL, skipping blank lines and keeping kind and origin', () => {
    const items = parseCorpus('{"id":"a","kind":"news","text":"PC Jones","spans":[{"start":3,"end":8,"type":"PERSON","text":"Jones","origin":"anglo"}]}\n\n{"id":2,"text":"none","spans":[]}\n');
    expect(items).toEqual([
      { id: 'a', kind: 'news', text: 'PC Jones', spans: [{ start: 3, end: 8, type: 'PERSON', origin: 'anglo' }] },
      { id: '2', text: 'none', spans: [] },
    ]);
  });

  it.each([
    ['{"id":"a","text":"x","spans":[]}\nnot json', /not valid JSON \(line 2\)/u],
    ['{"id":"a","text":"abc","spans":[{"start":2,"end":1,"type":"PERSON"}]}', /offsets/u],
    ['{"id":"a","text":"abc","spans":[{"start":0,"end":4,"type":"PERSON"}]}', /offsets/u],
    ['{"id":"a","text":"abc","spans":[{"start":0,"end":1,"type":"PERSON","text":"b"}]}', /differs/u],
    ['{"id":"a","text":"abc","spans":[{"start":0,"end":1}]}', /type/u],
    ['{"text":"abc","spans":[]}', /"id"/u],
    ['{"id":"a","spans":[]}', /"text"/u],
    ['{"id":"a","text":"x","spans":[]}\n{"id":"a","text":"y","spans":[]}', /duplicate/u],
  ])('rejects %s', (jsonl, message) => {
    expect(() => parseCorpus(jsonl)).toThrow(message);
    expect(() => parseCorpus(jsonl)).toThrow(PiiError);
  });

  it('never puts the corpus text in an error message', () => {
    try {
      validateItem({ id: 'a', text: 'Secret Surname', spans: [{ start: 0, end: 6, type: 'PERSON', text: 'Other' }] });
      expect.unreachable();
    } catch (e) {
      expect(String(e)).not.toMatch(/Secret|Surname|Other/u);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { force } from '../../src/detectors/force.js';

const pipe = createPipeline({ detectors: [force()] });
const forces = (text: string) => pipe.scan(text).map((f) => f.text);

describe('force', () => {
  it.each([
    ['A Dyfed-Powys Police detective', ['Dyfed-Powys Police']],
    ['Police Service of Northern Ireland officers', ['Police Service of Northern Ireland']],
    ['Metropolitan Police Service – general correspondence', ['Metropolitan Police Service']],
    ["Essex Police's response", ['Essex Police']],
    ['officers from the Met and GMP', ['Met', 'GMP']],
    ['PSNI, BTP and WMP', ['PSNI', 'BTP', 'WMP']],
    ['Police Scotland and City of London Police', ['Police Scotland', 'City of London Police']],
    ['Avon & Somerset Constabulary and Devon and Cornwall Police', ['Avon & Somerset Constabulary', 'Devon and Cornwall Police']],
    ['Met officers attended', ['Met']],
    ['seconded to the National Crime Agency', ['National Crime Agency']],
    ['the MPS said', ['MPS']],
    ['Heddlu Gwent', ['Heddlu Gwent']],
    ['Civil Nuclear Constabulary and Ministry of Defence Police', ['Civil Nuclear Constabulary', 'Ministry of Defence Police']],
  ])('finds the force in %j', (text, expected) => {
    expect(forces(text)).toEqual(expected);
  });

  it.each([
    'We met at the cafe.',
    'Met with the team on Monday.',
    'The Met Office forecast rain.',
    'MPs voted on the bill.',
    'The CNC machine was repaired.',
    'Detectives from the force attended a national conference.',
  ])('reports nothing in %j', (text) => {
    expect(forces(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { email } from '../../src/detectors/email.js';

const run = (text: string, opts = {}) => email(opts).detect(text, detectContext(text, { explain: true }));

describe('email', () => {
  it.each([
    ['Contact j.smith@met.police.uk today', 'j.smith@met.police.uk'],
    ['a.okafor@gmp.pnn.police.uk', 'a.okafor@gmp.pnn.police.uk'],
    ['<nnamdi-okoro.abena@westyorkshire.police.uk>', 'nnamdi-okoro.abena@westyorkshire.police.uk'],
    ['plus john+foi@example.co.uk.', 'john+foi@example.co.uk'],
    ['quoted "john smith"@example.org', '"john smith"@example.org'],
    ['ünïcode: zoë@exämple.de', 'zoë@exämple.de'],
  ])('finds %s', (text, expected) => {
    expect(run(text).map((f) => f.text)).toEqual([expected]);
  });

  it.each(['no at sign here', 'twitter @handle', 'price 5@£3', 'user@localhost', 'a@b.c', 'x@.uk', 'broken..dots@x.uk'])('ignores %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('says when the local part holds a name and when the domain is a police one', () => {
    const [f] = run('j.smith@met.police.uk');
    expect(f?.evidence?.details).toMatchObject({ policeDomain: true, localPartHoldsName: true });
    const [g] = run('foi@example.com');
    expect(g?.evidence?.details).toMatchObject({ policeDomain: false, localPartHoldsName: false });
  });

  it('policeOnly keeps only police addresses', () => {
    expect(run('a@example.com b.c@kent.police.uk', { policeOnly: true }).map((f) => f.text)).toEqual(['b.c@kent.police.uk']);
  });
});

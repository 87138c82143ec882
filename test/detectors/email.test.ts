import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { email } from '../../src/detectors/email.js';
import { EMAIL_DOMAIN_CHAR, EMAIL_LOCAL_CHAR } from '../../src/core/regex/email.js';

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

  it('takes exactly the characters of its local-part and domain classes, ASCII ones included (decided without the expressions)', () => {
    for (let c = 32; c < 0x250; c++) {
      const ch = String.fromCharCode(c);
      if (ch === '@' || ch === '.' || ch === '"') continue;
      // In the local part: the address starts before `ch` exactly when the class holds it.
      const local = run(`x${ch}y@example.uk`)[0]?.text;
      expect(local, `local ${c}`).toBe(EMAIL_LOCAL_CHAR.test(ch) ? `x${ch}y@example.uk` : 'y@example.uk');
      // In a domain label: the domain goes on past `ch` exactly when the class holds it.
      const domain = run(`j.smith@ex${ch}ample.uk`)[0]?.text;
      expect(domain, `domain ${c}`).toBe(EMAIL_DOMAIN_CHAR.test(ch) ? `j.smith@ex${ch}ample.uk` : undefined);
    }
  });

  it('gives the same findings with and without evidence', () => {
    const text = 'From j.smith@met.police.uk to "a b"@x.org, zoë@exämple.de and foi@example.com.';
    const plain = email().detect(text, detectContext(text)).map((f) => [f.start, f.end, f.score]);
    expect(plain).toEqual(run(text).map((f) => [f.start, f.end, f.score]));
    expect(plain).toHaveLength(4);
  });

  it('policeOnly keeps only police addresses', () => {
    expect(run('a@example.com b.c@kent.police.uk', { policeOnly: true }).map((f) => f.text)).toEqual(['b.c@kent.police.uk']);
  });
});

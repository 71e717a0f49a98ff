// Issue 15, round 14 (det-sign14): staff initials after a word of signing, receipting, recording or printing, read by one
// rule with one list (SIGNING_WORDS in signing.ts); and capitals before a diary number are no person. Invented examples.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

describe('initials after a signing word (one rule, one list)', () => {
  it('takes mixed-case, dotted and hyphenated initials after the word, with a role word and a colon', () => {
    expect(names('Ärendet avslutas utan åtgärd.            Signatur: BoT\n')).toContain('BoT');
    expect(names('Underskrift hyresvärd: K. Lindqvist      Underskrift kontrollant: Å.M.\n')).toContain('Å.M.');
    expect(names('Tvättstugan städad och låst.\nKvittens: P-O\n')).toContain('P-O');
  });
  it('takes initials after a date or in parentheses, before a colon or a sentence', () => {
    expect(names('Granskad 2025-03-14 (TÖ): Underlaget räcker för beslut.\n')).toContain('TÖ');
    expect(names('Ärendet klart. [Internt: noterat 2025-01-07 ÅS. Kunden ringer tillbaka.]\n')).toContain('ÅS');
  });
  it('takes initials before a slash and another name', () => {
    const n = names('Nycklar återlämnade, två st.\nMottaget av: GH / P. Bergkvist\n');
    expect(n).toContain('GH');
  });
  it('takes a login in lower case after "utskrift", "inloggad" or "av", not a word', () => {
    expect(names('Summa 14 poster. Utskrift bvx 2025-05-02.\n')).toContain('bvx');
    expect(names('Kassarapport v3.1 | inloggad: kjhed\n\nRad 1')).toContain('kjhed');
    expect(names('Utskrift 2025-05-02 | inloggad: admin\n')).not.toContain('admin');
  });
  it('keeps abbreviations, units and words out', () => {
    expect(names('Signatur: OK\n')).toEqual([]);
    expect(names('Attesterad: EU-medel\n')).toEqual([]);
    expect(names('Utskrift: PDF\n')).toEqual([]);
  });
});

describe('capitals before a diary number', () => {
  it('are a unit, not the initials found after a name', () => {
    const t = 'Dnr: MB 2025/0233     Ärende: bygglov\nHandläggare: Lena Strand (MB), Omar Haddad (bygglovsingenjör)\n';
    expect(names(t)).not.toContain('MB');
  });
});

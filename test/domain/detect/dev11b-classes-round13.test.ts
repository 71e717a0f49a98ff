// Round 13 of issue 15 (det-dev11b): classes from dev11's odd half, with invented text; each class failed before its
// change.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import { found, names } from './found.ts';

describe('staff initials in pairs and after a slash', () => {
  it('reads the second initials of a pair joined by a spaced slash on a signature line', () => {
    expect(names('Summa 2 400,00\nAttest: TB / GH\n')).toEqual(['TB', 'GH']);
    expect(names('Tid 3 h. Material enligt lista.\nSignatur PW / LB')).toEqual(['PW', 'LB']);
    // A slash between two abbreviations is no pair of initials.
    expect(names('Rapport till EU / FN om läget')).toEqual([]);
  });
  it('reads "/XX" followed by a lower-case role or shift word at the end of the line', () => {
    expect(names('Vi kommer kl 14. /TG samordnare\nnästa rad')).toEqual(['TG']);
    expect(names('Dokumenterat i journalen. /HK natt')).toEqual(['HK']);
    // A unit or a ratio is no signature.
    expect(names('Pris 12 kr /st och 40 kr /h')).toEqual([]);
    expect(names('Flödet är 3 l /KM totalt')).toEqual([]);
  });
  it('reads initials after the certifying label of minutes ("Utdragsbestyrkande")', () => {
    expect(names('Justerandes signatur: PW   Utdragsbestyrkande: LB')).toEqual(['PW', 'LB']);
  });
});

describe('a bank in a payout file', () => {
  const csv = 'batch;betalningsmottagare;mottagarkonto;kontotyp;belopp\n' +
    '2026-03-02;BERGLUND KARIN;5491-1234 567;SEB;820,00\n' +
    '2026-03-02;NYSTRÖM OLLE;8901-4, 924 551 330-8;SWEDBANK;1240,00\n';
  it('does not read a bank\'s short name alone in a cell as a person', () => {
    expect(names(csv)).toEqual(['BERGLUND KARIN', 'NYSTRÖM OLLE']);
  });
  it('still reads a name alone in a cell', () => {
    expect(names('id;efternamn;förnamn\n7;HOLMGREN;ANNA-KARIN\n')).toEqual(['HOLMGREN', 'ANNA-KARIN']);
  });
});

describe('a giro number in a payout file whose account-type cell says BG or PG', () => {
  const accounts = (text: string): string[] => found(text, 'bank_account');
  it('reads the number before a cell "BG" or "PG" as a giro number when its check digit holds', () => {
    const csv = 'datum;mottagare;mottagarkonto;kontotyp;belopp;meddelande\n' +
      '2026-03-02;LUND PETRA;5050-1055;BG;1 240,00;ATERBET 26\n' +
      '2026-03-02;ASP MÄRTA;1230 21 62;PG;300,00;ATERBET 26\n';
    expect(accounts(csv)).toEqual(['5050-1055', '1230 21 62']);
  });
  it('leaves a number whose check digit fails, and one with no account type after it', () => {
    expect(accounts('datum;mottagare;nr;typ\n2026-03-02;LUND PETRA;5050-1056;BG\n')).toEqual([]);
    expect(accounts('datum;antal;kod;belopp\n2026-03-02;12;5050-1055;300\n')).toEqual([]);
  });
});

describe('a firm\'s giro number in a payout file', () => {
  it('is not read when the payee in the cell before is a firm or an association', () => {
    const csv = 'datum;mottagare;mottagarkonto;kontotyp;belopp\n2026-03-02;ÖSTRA EL AB;5050-1055;BG;18 400,00\n' +
      '2026-03-02;Brf Tallen;1230 21 62;PG;300,00\n';
    // (A giro right under the header is read by its payment word "konto" as before; the kind's cell adds nothing.)
    expect(scan(csv).filter((f) => f.type === 'bank_account' && f.explanation.includes('kontotyp'))).toEqual([]);
  });
});

// Round 14 of issue 15 (det-dev14b): classes from dev14b's odd half (a water and a bus company's everyday documents), with
// invented text; each class failed before its change.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';

const names = (text: string): string[] =>
  scan(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

describe('a login after "av"/"by" on a log or registration line', () => {
  it('reads a login built from a full name the text gives, also before a stop', () => {
    const text = 'Klagomål på fakturan.\n\n[Inkom 2025-02-11 av pnordin. Besvarat 2025-02-14 av Petra Nordin.]';
    expect(names(text)).toEqual(['pnordin', 'Petra Nordin']);
  });
  it('reads an initial and a surname of the lists on a log line without the full name', () => {
    expect(names('Ärende 771\nUppdaterad 2025-03-01 av tlundgren.\n')).toEqual(['tlundgren']);
    expect(names('Ticket closed by klindberg\n')).toEqual(['klindberg']);
  });
  it('leaves words after "av" in prose alone', () => {
    expect(names('Det skadades av misstag.\nEn del av flödet gick av vägen.')).toEqual([]);
    // An initial and a surname with no log line around it is no login.
    expect(names('Han tog en bit av tlundgren.')).toEqual([]);
  });
});

describe('initials after the words for who kept the notes', () => {
  it('reads initials after "förda av" and "antecknat av" at a sentence end', () => {
    expect(names('Uppföljning i juni.\n\nAnteckningar förda av BT. Sparas i akten.')).toEqual(['BT']);
    expect(names('Nästa möte i augusti.\nAntecknat av RW.\n')).toEqual(['RW']);
  });
  it('does not read an organisation after "förda av" in prose', () => {
    expect(names('Förhandlingarna förda av SKR gav inget.')).toEqual([]);
  });
});

describe('a bank account in a table row after a cell that names another number', () => {
  const accounts = (text: string): string[] =>
    scan(text).filter((f) => f.type === 'bank_account').map((f) => text.slice(f.start, f.end));
  it('reads a clearing with a fifth check digit, a comma and the account though an earlier cell says "biljett"', () => {
    const header = 'Nr  | Mottagare            | Orsak                        | Belopp    | Konto\n';
    expect(accounts(header + '1   | Lind, Eva            | Makulerad TA-2023-001234, biljett | 120,00    | 8214-3, 903 221 448-5 (Swedbank)\n'))
      .toEqual(['8214-3, 903 221 448-5']);
  });
  it('still reads a ticket number in the cell after its label as no account', () => {
    expect(accounts('Typ | Nummer\nBiljett | 8214-3, 903 221 448-5\n')).toEqual([]);
  });
});

describe('false names in a utility\'s messages and letters', () => {
  it('reads no definite noun with a dropped e as a name ("vattnet", "tecknet"), also in a text-message log', () => {
    const log = 'tid | nummer | text\n' +
      '2025-06-02 07:10 | +46701112233 | Norrvatten: Vattnet är påslaget igen.\n' +
      '2025-06-02 07:40 | +46701112244 | Hej Vera, spola varmvattnet en stund när vattnet är klart.\n';
    expect(names(log)).toEqual(['Vera']);
    expect(names('Tecknet syns inte. Nycklarna ligger kvar.')).toEqual([]);
  });
  it('reads a utility\'s or bus company\'s compound name as no person when it signs a message', () => {
    const log = 'tid | nummer | text\n' +
      '2025-06-02 07:10 | +46701112233 | Hej Vera! Vi är klara kl 12. /Sture, Ljusnevatten\n' +
      '2025-06-02 09:15 | +46701112244 | Hej Alva! Avstängningen gällde bara er gata. /Ljusneenergi\n' +
      '2025-06-02 09:40 | +46701112255 | Tack, vi hör av oss. /Rut Ljusnevatten\n';
    expect(names(log)).toEqual(['Vera', 'Sture', 'Alva', 'Rut']);
    expect(names('Till Vindelbuss Kundtjänst\n\nHej!\n')).toEqual([]);
  });
  it('keeps a surname that ends like a firm word', () => {
    expect(names('Samtal med Anna Lundvall om avgiften.')).toEqual(['Anna Lundvall']);
  });
  it('reads no Norwegian or Danish function word at a letter start as a name', () => {
    expect(names('Til Fjordtrafikk Kundesenter\n\nHei!\n\nJeg har et spørsmål om billetten.\n\nMed vennlig hilsen\nSolveig Aas\n'))
      .toEqual(['Solveig Aas']);
    expect(names('Til Gunnar Lie\nKjære Gunnar\n')).toEqual(['Gunnar Lie', 'Gunnar']);
  });
});

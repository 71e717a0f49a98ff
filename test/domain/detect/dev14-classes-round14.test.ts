// Round 14 of issue 15 (det-dev14): classes from dev14's odd half (a housing company's everyday documents), with
// invented text; each class failed before its change.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';

const names = (text: string): string[] =>
  scan(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

describe('a hyphenated name of a register cell, found again alone', () => {
  it('finds a hyphenated name the dictionary also has as a proper noun again after its full name', () => {
    // "Hyltén-Cavallius" begins compounds in the dictionary; the register's full name says it is a person here.
    expect(names('Namn: Hyltén-Cavallius, Maja\n\nVi ringde Hyltén-Cavallius igen.')).toEqual(['Hyltén-Cavallius, Maja', 'Hyltén-Cavallius']);
  });
  it('still leaves the proper noun alone where no full name in the text has it', () => {
    expect(names('Namn: Berg, Maja\n\nVi läste om Hyltén-Cavallius.')).toEqual(['Berg, Maja']);
  });
});

describe('staff initials signing a note, an attestation or a signature line', () => {
  it('reads initials after a note word before a date and a colon', () => {
    expect(names('Kommentar från kund mottagen.\nNotering TB 12/5: kunden ringer tillbaka.')).toEqual(['TB']);
  });
  it('reads initials after "Attest" before a date, also in a CSV\'s last cell', () => {
    expect(names('Summa 1 200,00\nAttest GHK 2026-04-02')).toEqual(['GHK']);
    expect(names('TOTAL;;;;1200,00;Attest RW 2026-04-02')).toEqual(['RW']);
  });
  it('reads dotted initials after a signature word with a role, before the next field', () => {
    expect(names('Sign boende: P.E.     Sign förvaltare: KJ')).toEqual(['P.E.', 'KJ']);
  });
  it('leaves an abbreviation, a year and initials mid-sentence', () => {
    expect(names('Attest VD 2026-04-02')).toEqual([]);
    expect(names('Attest 2026 enligt plan')).toEqual([]);
    expect(names('Notering om TB och annat i mötet.')).toEqual([]);
  });
});

describe('a capitalised particle inside a Romance name', () => {
  it('reads the name across "De la", "Dos", "Da" and "De" as one', () => {
    expect(names('Hyresgästen Carmen De la Fuente Ortiz har klagat.')).toEqual(['Carmen De la Fuente Ortiz']);
    expect(names('Kontakt: Ana Dos Reis, tel 0701-234567')).toEqual(['Ana Dos Reis']);
    expect(names('Hos Paulo Da Costa finns nyckeln.')).toEqual(['Paulo Da Costa']);
    expect(names('Hon heter Lucía De León.')).toEqual(['Lucía De León']);
  });
  it('does not join two names across a sentence\'s end or a Swedish word', () => {
    expect(names('Anna Berg och Per Holm. De kom sent.')).toEqual(['Anna Berg', 'Per Holm']);
  });
});

describe('a doctor\'s title after a comma that follows a provider\'s name', () => {
  it('takes "Dr." and "Dr" with the name', () => {
    expect(names('Företagshälsovård: Hälsan Väst, Dr. Omar Haddad\nNästa möte 3/4')).toEqual(['Dr. Omar Haddad']);
    expect(names('Remiss: Vårdcentralen Norr, Dr Wennerholm\n')).toEqual(['Dr Wennerholm']);
  });
  it('leaves the title out mid-sentence', () => {
    expect(names('Läkaren hette Dr. Omar Haddad.')).toEqual(['Omar Haddad']);
  });
});

describe('the organisation\'s own name and other organisations beside people', () => {
  const found = (text: string, type: string): string[] =>
    scan(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));
  it('reads the word of a bare web host ("bolaget.se") as the organisation, as its bot and in parentheses', () => {
    const chat = 'Chatt – tallbostader.se – 2026-02-03\n[09:01] Besökare: hej\n[09:01] Tallbostäder-boten: Välkommen!\n' +
      '[09:03] Jonna (Tallbostäder): Hej, Jonna här.\n';
    expect(names(chat)).toEqual(['Jonna', 'Jonna']);
  });
  it('reads a word in ASCII capitals that the text writes with its own letters and not as a person as no name', () => {
    const log = 'SMS-utskick via Västebo Notify (leverantör: Textbolaget) – kampanj "Påminnelse"\n' +
      'Körning 2026-03-03 09:00  mall: PAMINN_v1  avsändare: VASTEBO\n\nmottagare        namn (från reskontra)      status\n' +
      '+46701234587     Lind, Ebba            DELIVERED';
    expect(names(log)).toEqual(['Lind, Ebba']);
    // A person's name so written stays where the text reads the name as a person.
    expect(names('Betalning till: KARATAS\nVi ringde Karataş igår.')).toEqual(['KARATAS', 'Karataş']);
  });
  it('reads three capitals after a person that are none of the name\'s initials as an organisation', () => {
    expect(names('Mötesledare: Gösta Berg (SKF), från bolaget: Anna Lund')).toEqual(['Gösta Berg', 'Anna Lund']);
    expect(names('Handläggare Karin Lund (KLU) tog emot.')).toEqual(['Karin Lund', 'KLU']);
  });
  it('reads both names of a firm\'s "A & B" after its firm word as the firm', () => {
    expect(names('Betalas till ombudet, Advokatbyrån Lind & Sjöholm, konto 123.\nBevittnas: Maja Sjöholm')).toEqual(['Maja Sjöholm']);
  });
  it('reads the street after a meeting place\'s label and room as the organisation\'s address', () => {
    expect(found('Tid: 2026-02-20 kl. 17.00   Plats: Konferensrummet Ek, Kyrkgatan 4, Ystad\n', 'address')).toEqual([]);
    expect(found('Plats: hos Anna Berg, Kyrkgatan 4, Ystad\n', 'address')).toEqual(['Kyrkgatan 4']);
  });
});

describe('a Swedish word first in its sentence that only the name words list has', () => {
  it('is no name before a word in lower case', () => {
    expect(names('Du måste flytta senast i morgon. Saker som lämnas kvar körs till tippen.')).toEqual([]);
  });
});

describe('Dublin\'s postal district after a street in Ireland', () => {
  const addresses = (text: string): string[] =>
    scan(text).filter((f) => f.type === 'address').map((f) => text.slice(f.start, f.end));
  it('reads "Dublin 4" after an English street as the postcode and town', () => {
    expect(addresses('My new address is 7 Seafield Crescent, Dublin 4, Ireland.')).toEqual(['7 Seafield Crescent', 'Dublin 4']);
  });
  it('leaves a number after Dublin in a sentence', () => {
    expect(addresses('We flew to Dublin 3 times last year.')).toEqual([]);
  });
});

describe('OCR\'s digits for letters in a scanned letter', () => {
  it('reads "11" for "ll" inside a street name', () => {
    const addresses = (text: string): string[] =>
      scan(text).filter((f) => f.type === 'address').map((f) => text.slice(f.start, f.end));
    expect(addresses('Adress: Kva11ebacken l2\n        374 3l Kar1shamn')).toContain('Kva11ebacken l2');
  });
  it('reads a 1 for l in the second part of a hyphenated surname', () => {
    expect(names('Min dotter Elif Ka1kan-Sö1ter kan tolka.')).toEqual(['Elif Ka1kan-Sö1ter']);
  });
});

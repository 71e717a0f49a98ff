// Round 16 of issue 15 (det-public16): names and numbers in formal public-sector text (courts, Kronofogden, JO, boards,
// länsstyrelsen). Invented text; each case failed on main before this branch unless marked as kept. Personnummer are
// Skatteverket's test numbers.
import { describe, expect, it } from 'vitest';
import { found, names } from './found.ts';

describe('surnames after the office of a court or a board, in any form', () => {
  it('reads every surname of the list after a plural office, a place-like surname first too', () => {
    expect(names('Beslutet fattades.\n\nKammarrättsråden Åhlén, Sjöberg-Mattsson och Kovač har deltagit i avgörandet.'))
      .toEqual(['Åhlén', 'Sjöberg-Mattsson', 'Kovač']);
    expect(names('Målet har avgjorts av rådmännen Kovač och Brandt.')).toEqual(['Kovač', 'Brandt']);
    expect(names('Föredragandena Tuorda och Nyberg deltog inte.')).toEqual(['Tuorda', 'Nyberg']);
    expect(names('I beslutet deltog hovrättsråden Wikström och Åhlén.')).toEqual(['Wikström', 'Åhlén']);
  });
  it('kept: a singular office already read', () => {
    expect(names('Beslutet har fattats av nämndemannen Berglund.')).toEqual(['Berglund']);
  });
  it('reads no name after an office before a lower-case word or a firm', () => {
    expect(names('Ledamöterna har inte yttrat sig.')).toEqual([]);
    expect(names('Domaren Vattenfall AB har inte svarat.')).toEqual([]);
  });
});

describe('a member named again by surname before a party letter', () => {
  it('reads a surname that is also a word when the full name stood earlier', () => {
    const text = 'Beslutande  Jan-Olof Stål (SD)\n   Maja Grönvall (L)\n\nBeslutet fattades.\n\nReservation\nStål (SD) reserverar sig mot beslutet.';
    expect(names(text)).toEqual(['Jan-Olof Stål', 'Maja Grönvall', 'Stål']);
    expect(names('Närvarande: Eva Mård (S), Per Sten (M).\n\nSten (M) yrkar avslag.')).toEqual(['Eva Mård', 'Per Sten', 'Sten']);
  });
  it('reads no common word before a party letter that no full name has', () => {
    expect(names('Reservation (SD)\nPartiet reserverar sig.')).toEqual([]);
  });
});

describe('a second surname that is also a given name and a word', () => {
  it('joins it after a clear surname before the line end, a comma or a bracket', () => {
    expect(names('BESLUT\nJustitieombudsmannen Katarina Wennergren Ask\nDatum 2024-12-10')).toEqual(['Katarina Wennergren Ask']);
    expect(names('Från JO deltog Katarina Wennergren Ask (den 16 april) och andra.')).toEqual(['Katarina Wennergren Ask']);
    expect(names('Rådman Maria Lindqvist Sten, ordförande')).toEqual(['Maria Lindqvist Sten']);
  });
  it('joins nothing after a surname that is no clear one', () => {
    expect(names('Anna Berg Ask\n')).toEqual(['Anna Berg']);
  });
});

describe('a sole trader\'s header block', () => {
  it('reads the address lines under an organisation number that is a personnummer', () => {
    const text = 'Den skattskyldige\nJean Moreau\nMoreau Bygg & Kakel (enskild näringsverksamhet)\nOrg.nr 19090527-1474\nLärkstigen 6\n263 61 Ängelholm\n\nOmbud: x';
    expect(found(text, 'address')).toEqual(['Lärkstigen 6', '263 61 Ängelholm']);
    expect(found('Sökande\nSundbergs Måleri\nOrganisationsnummer: 20000229-2399\nBjörkvägen 12 B\n634 31 Eskilstuna', 'address'))
      .toEqual(['Björkvägen 12 B', '634 31 Eskilstuna']);
  });
  it('kept: a legal person\'s block stays the firm\'s', () => {
    expect(found('Motpart\nEkby Bygg AB\nOrg.nr 556712-4804\nStorgatan 4\n611 30 Nyköping', 'address')).toEqual([]);
  });
});

describe('a village road broken from its village in a flattened table', () => {
  it('reads the village at the end of the line above as the street\'s', () => {
    const text = 'Fastighet Ägare Adress Yttrande\nNorrby 3:4 Lindqvist,\nAnna Gällsta\nByväg 12 Inga\ninvändningar\n';
    expect(found(text, 'address')).toEqual(['Gällsta\nByväg 12']);
    expect(names(text)).toEqual(['Lindqvist,\nAnna']);
  });
  it('kept: a surname before the road is not its village', () => {
    expect(found('Ägare Adress\nAnna Lindqvist\nByväg 12', 'address')).toEqual(['Byväg 12']);
  });
});

describe('a case number after its label', () => {
  it('reads no telephone number in a court\'s or Kronofogden\'s case number', () => {
    expect(found('Mål nr 03-214487-23\n\nGäldenär', 'phone')).toEqual([]);
    expect(found('Målnummer: 08-123456-22 avser utmätning.', 'phone')).toEqual([]);
    expect(found('Se aktbil. 0412-33 44 55 i målet.', 'phone')).toEqual([]);
  });
  it('kept: a party\'s telephone number after a word that begins with "mål"', () => {
    expect(found('Målsägande 070-123 45 67 har hörts.', 'phone')).toEqual(['070-123 45 67']);
  });
});

describe('a firm named by a person\'s name and a trade word', () => {
  it('reads no name in an eating place\'s or a trade\'s name', () => {
    expect(names('Livsmedelsföretagare:  Pho Saigon Kök, enskild firma')).toEqual([]);
    expect(names('Kontroll hos Linh Nguyen Gatukök i Borås.')).toEqual([]);
    expect(names('Ägare: Anna Berg Pizzeria, Storgatan 1')).toEqual([]);
  });
  it('kept: a second surname that is a word but no trade', () => {
    expect(names('Eva Sjöberg Falk\nStorgatan 4')).toEqual(['Eva Sjöberg Falk']);
  });
});

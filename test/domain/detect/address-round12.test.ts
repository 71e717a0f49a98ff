// Round 12 of issue 15 (det-nums12): addresses and vehicles in everyday and public-sector text. Invented text; each
// class failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('rural addresses with four-digit house numbers', () => {
  it('finds a village and its number before the postcode, on the line or the next', () => {
    expect(found('Sändlista: Erik Norberg, Bodsjö 1290, 834 97 Brunflo', 'address')).toEqual(['Bodsjö 1290', '834 97 Brunflo']);
    expect(found('Hans Grip\nLillhärdal 3025\n840 80 Lillhärdal', 'address')).toEqual(['Lillhärdal 3025', '840 80 Lillhärdal']);
  });
  it('leaves a year, a dictionary word or a kommun before a postcode', () => {
    expect(found('Rapport 2024\n123 45 Ekby', 'address')).toEqual(['123 45 Ekby']);
    expect(found('Protokoll 1234\n123 45 Ekby', 'address')).toEqual(['123 45 Ekby']);
    expect(found('Hon flyttade till Stockholm 2015, 123 45 Ekby', 'address')).toEqual(['123 45 Ekby']);
  });
});

describe('streets named after a title and its holder', () => {
  it('keeps the title in the street', () => {
    expect(found('Omar Said, Dr Forselius gata 8, 413 26 Göteborg', 'address')).toEqual(['Dr Forselius gata 8', '413 26 Göteborg']);
    expect(found('Pia Norén, Mäster Samuelsgatan 10, 111 44 Stockholm', 'address')).toEqual(['Mäster Samuelsgatan 10', '111 44 Stockholm']);
    expect(found('Hon bor på Professor Sahlins gata 4.', 'address')).toEqual(['Professor Sahlins gata 4']);
  });
  it('leaves a title before a street that is named after no one', () => {
    expect(found('Rektor Storgatan 4', 'address')).toEqual(['Storgatan 4']);
  });
});

describe('the floor or flat in brackets after a street', () => {
  it('takes "(3 tr)" and "(lgh 1102)" into the street', () => {
    expect(found('Pia Norén, Storgatan 10 (3 tr), 111 44 Stockholm', 'address')).toEqual(['Storgatan 10 (3 tr)', '111 44 Stockholm']);
    expect(found('Hon bor på Storgatan 10 (lgh 1102) sedan maj.', 'address')).toEqual(['Storgatan 10 (lgh 1102)']);
    expect(found('Hon bor på Storgatan 10 (se karta).', 'address')).toEqual(['Storgatan 10']);
  });
});

describe('a plate read by OCR', () => {
  it('finds O or l for a digit before the last letter after a vehicle word', () => {
    expect(found('Bilen JLM O9B stod kvar på tomten.', 'vehicle')).toEqual(['JLM O9B']);
    expect(found('Skåpbilen XTR 1OC hade ingen biljett.', 'vehicle')).toEqual(['XTR 1OC']);
    expect(found('Mötet JLM O9B hölls i går.', 'vehicle')).toEqual([]);
  });
});

describe('house numbers written with "nr" or a range of entrances', () => {
  it('finds a street, "nr" or "nummer" and its number', () => {
    expect(found('Hon bor på Storgatan nr 5 i Ekby.', 'address')).toEqual(['Storgatan nr 5']);
    expect(found('Grannen på Östra Kyrkvägen nummer 12 B klagar.', 'address')).toEqual(['Östra Kyrkvägen nummer 12 B']);
    expect(found('Se bilaga nr 5 och Bilaga nr 6.', 'address')).toEqual([]);
  });
  it('takes a range of entrances into the house number', () => {
    expect(found('Paret bor i huset på Björkvägen 12A-B.', 'address')).toEqual(['Björkvägen 12A-B']);
    expect(found('Anders Wik, Storgatan 13 A–C (ordförande)', 'address')).toEqual(['Storgatan 13 A–C']);
    expect(found('Hon bor på Storgatan 13 B-A.', 'address')).toEqual(['Storgatan 13 B']);
  });
});

describe('a street glued to its house number', () => {
  it('finds "Storgatan12" as OCR or a hurried writer leaves it', () => {
    expect(found('Avsändare: Rune Hall, Storgatan12, 411 05 Göteborg', 'address')).toEqual(['Storgatan12', '411 05 Göteborg']);
    expect(found('Hon bor på Östra Kyrkvägen3 B sedan maj.', 'address')).toEqual(['Östra Kyrkvägen3 B']);
  });
  it('leaves an e-mail or a web address, and a year', () => {
    expect(found('Skriv till storgatan12@example.se eller se www.example.se/Storgatan12.pdf', 'address')).toEqual([]);
    expect(found('Projektet Kungsgatan2024 startar nu.', 'address')).toEqual([]);
  });
});

describe('a property designation whose colon OCR misread, after the word for a property', () => {
  it('takes the unit after a semicolon or a spaced colon', () => {
    expect(found('Beslutet gäller fastigheten Sörbo 3;20 i Leksand.', 'property')).toEqual(['Sörbo 3;20']);
    expect(found('Fastigheten Sörbo 3 :20 ägs av dödsboet.', 'property')).toEqual(['Sörbo 3 :20']);
  });
  it('leaves a semicolon before the next field', () => {
    expect(found('Fastighet: Björken 7; ägare okänd', 'property')).toEqual(['Björken 7']);
    expect(found('fastigheten Björken 7;2024-01-01;12', 'property')).toEqual(['Björken 7']);
    expect(found('fastigheten Björken 7;12;3', 'property')).toEqual(['Björken 7']);
  });
});

describe("a Spanish address's floor and door", () => {
  it('takes "3º izq." and "2º B" after the house number', () => {
    expect(found('Systern Lucía Fernández, Calle Mayor 5, 3º izq., 28013 Madrid, Spanien', 'address')).toEqual(['Calle Mayor 5, 3º izq.', '28013 Madrid']);
    expect(found('Brodern bor på Calle de Alcalá 12, 2º B, 28014 Madrid.', 'address')).toEqual(['Calle de Alcalá 12, 2º B', '28014 Madrid']);
  });
});

describe('a name and a street run together in an address block', () => {
  it('reads a kommun that is also a surname after a given name as the surname, not a property designation', () => {
    const text = 'Anna Berg Solgläntan 7 123 45 Ekby';
    expect(found(text, 'name')).toEqual(['Anna Berg']);
    expect(found(text, 'address')).toEqual(['Solgläntan 7', '123 45 Ekby']);
    expect(found(text, 'property')).toEqual([]);
  });
  it('keeps a kommun, a block and a number as a property designation elsewhere', () => {
    expect(found('Ansökan gäller Berg Kvarnen 7.', 'property')).toEqual(['Berg Kvarnen 7']);
  });
});

// Addresses and property designations in the shapes of real letters, registers, judgments, minutes and bygglov
// protocols that the fourth round of issue 15 found missed. Every example is invented (streets, trakter, towns and
// people made up for the test, none taken from a dev set).
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('property designations in judgments, minutes and protocols', () => {
  it('keeps a designation whose trakt also reads as a name ("Lilla Ryd"): the colon form outranks the name', () => {
    expect(found('Ärendet gäller Norrtälje Lilla Ryd 2:4.', 'property')).toEqual(['Norrtälje Lilla Ryd 2:4']);
    expect(found('Servitut till förmån för Östra Hanna 4:17 och Lilla Hov 1:3.', 'property')).toEqual(['Östra Hanna 4:17', 'Lilla Hov 1:3']);
  });
  it('reads a no-break space, "S:t" and a range of numbers', () => {
    expect(found('fastigheten Bergsäter\u00a03:12 i Sala', 'property')).toEqual(['Bergsäter\u00a03:12']);
    expect(found('fastigheten S:t Olof 2:3 i Simrishamn', 'property')).toEqual(['S:t Olof 2:3']);
    expect(found('Detaljplanen omfattar Kullerö 2:4–2:7.', 'property')).toEqual([]);
  });
  it('finds a block designation after "kv." or "kv"', () => {
    expect(found('Bygglov för tillbyggnad, kv. Svalan 4', 'property')).toEqual(['kv. Svalan 4']);
    expect(found('Rivningslov kv Tärnan 12, Dnr BN 2024/55', 'property')).toEqual(['kv Tärnan 12']);
  });
  it('reads no colon-separated identifier as a designation: numbers with a leading zero or a letter or group after them', () => {
    expect(found('Nätverkskortets MAC 00:1A:2B:3C:4D:5E byttes.', 'property')).toEqual([]);
    expect(found('Loggen SERVER 01:22:07 visar avbrottet.', 'property')).toEqual([]);
    expect(found('Adressen FE80 1:2ab ska blockeras.', 'property')).toEqual([]);
    expect(found('Tomten Hagalund 3:14 delas.', 'property')).toEqual(['Hagalund 3:14']);
  });
  it('takes no column header or surname from the line or words before as the kommun', () => {
    expect(found('Fastighet\tÄgare\nVretby 7:45\tKarin Ek', 'property')).toEqual(['Vretby 7:45']);
    expect(found('Fastighet Ägare\nKullerö 2:4 Karin Ek\nKullerö 2:5 Per Ek', 'property')).toEqual(['Kullerö 2:4', 'Kullerö 2:5']);
  });
});

describe('property designations with a kommun, a colon after them and their numbers repeated', () => {
  it('takes a kommun of two words and reads a kommun before a block as a designation, over an address reading', () => {
    expect(found('Tvisten gäller fastigheten Upplands Väsby Fresta-Ekeby 1:42.', 'property')).toEqual(['Upplands Väsby Fresta-Ekeby 1:42']);
    expect(found('Grannen (Heby Ekbacken 4) har klagat.', 'property')).toEqual(['Heby Ekbacken 4']);
    expect(found('Grannen (Heby Ekbacken 4) har klagat.', 'address')).toEqual([]);
    expect(found('Hon är folkbokförd på fastigheten Tierp Smedjegården 3.', 'property')).toEqual(['Tierp Smedjegården 3']);
    expect(found('Leveransadress: Heby Storgatan 4', 'property')).toEqual([]);
  });
  it('reads a designation with a colon right after it ("Sakägare⏎Lunda 2:5: Per Ek")', () => {
    expect(found('Sakägare\nLunda 2:5: Per Ek\nLunda 2:8: Eva Ek', 'property')).toEqual(['Lunda 2:5', 'Lunda 2:8']);
    expect(found('Mötet pågick 10:15:30 till 11:00.', 'property')).toEqual([]);
  });
  it('finds the bare number of a designation named earlier in the text, not another number or a time', () => {
    const text = 'TIERP\nVRETA 3:7 Per Ek\nTIERP VRETA 4:12 Eva Ek\nErsättning: 18 400 kr för 3:7 och 6 200 kr för 4:12. Mötet kl 3:7, 5:9.';
    expect(found(text, 'property')).toEqual(['TIERP\nVRETA 3:7', 'TIERP VRETA 4:12', '3:7', '4:12']);
  });
});

describe('addresses in running text, registers and wrapped table cells', () => {
  it('reads a verb of living with an adverb before the street ("bor numera på", "har bott på")', () => {
    expect(found('Han bor numera på Granholma 14 utanför Heby.', 'address')).toEqual(['Granholma 14']);
    expect(found('Hon har bott på Lövsala 3 sedan 2010.', 'address')).toEqual(['Lövsala 3']);
    expect(found('Modern bor sedan 2019 på Myrbo 22.', 'address')).toEqual(['Myrbo 22']);
  });
  it('finds a postcode without a space in a cell before a town cell or under a "Postnr" header, not a key cell', () => {
    expect(found('Ida Lönn;Tallbacken 3;74193;KNIVSTA', 'address')).toEqual(['Tallbacken 3', '74193']);
    expect(found('Namn;Adress;Postnr\nIda Lönn;Tallbacken 3;74193', 'address')).toEqual(['Tallbacken 3', '74193']);
    expect(found('Kundnr;Kund;Ort\n74193;Knivsta;Knivsta\n20011;Ida Lönn;Knivsta', 'address')).toEqual([]);
    expect(found('Ida Lönn;74193;Knivsta kommun', 'address')).toEqual([]);
  });
  it('joins a direction or an ordinal to the street, also before a separate street word', () => {
    expect(found('Han bor på Västra vägen 12 B.', 'address')).toEqual(['Västra vägen 12 B']);
    expect(found('Adress: Första Tvärgatan 5', 'address')).toEqual(['Första Tvärgatan 5']);
  });
  it('finds abbreviated streets of registers and a street of one letter and a street word', () => {
    expect(found('Lönn Ida, Björkhagsv. 3, 123 45 Farsta', 'address')).toEqual(['Björkhagsv. 3', '123 45 Farsta']);
    expect(found('Hyresgäst: Kyrkog. 12 A', 'address')).toEqual(['Kyrkog. 12 A']);
    expect(found('Adressen är Åstråket 11.', 'address')).toEqual(['Åstråket 11']);
    expect(found('Han äger STRÄNGÅS MÅSEN 8.', 'address')).toEqual([]);
  });
  it('finds a house number wrapped to the next line of a table cell, not a numbered list after a street', () => {
    expect(found('Ida Lönn\nBjörkhagsvägen\n3\n123 45 Farsta', 'address')).toEqual(['Björkhagsvägen\n3', '123 45 Farsta']);
    expect(found('Vi grävde längs Kvarngatan\n2. Nästa punkt', 'address')).toEqual([]);
  });
  it('reads French streets that put the number first and a Danish postcode district', () => {
    expect(found('Systern bor i Frankrike, 12 rue des Lilas, 69003 Lyon.', 'address')).toEqual(['12 rue des Lilas', '69003 Lyon']);
    expect(found('Brodern: Østergade 14, 1100 København K', 'address')).toEqual(['Østergade 14', '1100 København K']);
  });
});

describe('comma-separated rows, labelled columns and street words after a size word', () => {
  it('reads a comma row: the number before a postcode cell is no decimal, and the postcode cell is found', () => {
    expect(found('Ek,Ida,19450623-3248,Lindåsvägen 30,741 93,Knivsta,26,"1 840,00"', 'address')).toEqual(['Lindåsvägen 30', '741 93']);
    expect(found('Ek,Ida,19450623-3248,Lindås 7,741 93,Knivsta,19', 'address')).toEqual(['Lindås 7', '741 93']);
    expect(found('Pris 12,50 kr, Storgatan 3,5 meter bort', 'address')).toEqual([]);
  });
  it('finds a postcode after its label when the next column has a label of its own', () => {
    expect(found('Adress: Kvarnbacken 27   Postnr: 741 33   Ort: Knivsta', 'address')).toEqual(['Kvarnbacken 27', '741 33']);
  });
  it('finds a street word after a size word ("Lilla Torget 2") and a Finnish flat before a postcode line', () => {
    expect(found('Min adress är Lilla Torget 2, 741 30 Knivsta.', 'address')).toEqual(['Lilla Torget 2', '741 30 Knivsta']);
    expect(found('Aino Lehto\nPispalanvaltatie 41 C 17\n33250 Tampere', 'address')).toEqual(['Pispalanvaltatie 41 C 17', '33250 Tampere']);
  });
});

describe('rural addresses with the village before the farm', () => {
  it('joins the village or parish at the start of a line, a cell or after a label or "på"', () => {
    expect(found('Adress: Vretby Norrgården 2, 741 91 Knivsta', 'address')).toEqual(['Vretby Norrgården 2', '741 91 Knivsta']);
    expect(found('Per Ek, 19470818-1567, Alsike Skogstorp 4, 741 93 Knivsta', 'address')).toEqual(['Alsike Skogstorp 4', '741 93 Knivsta']);
    expect(found('Eva Ek\nHålbo Lilla Ryd 1\n741 92 Knivsta', 'address')).toEqual(['Hålbo Lilla Ryd 1', '741 92 Knivsta']);
    expect(found('| Ek, Per | Vassunda Kyrkväg 9 |', 'address')).toEqual(['Vassunda Kyrkväg 9']);
  });
  it('keeps a name, a kommun and a common word at the start of a sentence out', () => {
    expect(found('Bo Linde Storgatan 4 B, 641 30 Katrineholm', 'address')).toEqual(['Storgatan 4 B', '641 30 Katrineholm']);
    expect(found('Hyreshuset Kvarngatan 2 har stambytts.', 'address')).toEqual(['Kvarngatan 2']);
    expect(found('Mamman bor i Norge, Thereses gate 12, 0168 Oslo.', 'address')).toEqual(['Thereses gate 12', '0168 Oslo']);
  });
  it('reads no German street word in a lower-case amount ("till omkring 1 500 kr")', () => {
    expect(found('Ersättningen bestäms till omkring 1 500 kr per dygn.', 'address')).toEqual([]);
  });
});

describe('addresses in a register flattened from a PDF table', () => {
  it('reads a town on the line after its postcode, a village at the end of the line above and a farm number wrapped', () => {
    const text = 'Fastighet Ägare Personnr/ Adress\nKNIVSTA\nVRETA 3:7 Ek,\nPer 19570514- 2262 Alsike\nSkogsgård 4,\n741 92\nKnivsta 1/2\n' +
      'KNIVSTA\nVRETA 6:3 Ek,\nEva 19490602- 5137 Alsike Backgården\n1, 741 92 Knivsta 1/3';
    expect(found(text, 'address')).toEqual(['Alsike\nSkogsgård 4', '741 92\nKnivsta', 'Alsike Backgården\n1', '741 92 Knivsta']);
  });
  it('reads no town on the next line after a number that is no postcode', () => {
    expect(found('Summa att betala: 123 45\nTack för din betalning', 'address')).toEqual([]);
  });
});

describe('a lower-case street without a preposition in a chat', () => {
  it('finds a compound "-vägen" that is no dictionary word, not a road word', () => {
    expect(found('[07:40] hemtjänsten: eva o kurt lindh tallmovägen 9. ring först', 'address')).toEqual(['tallmovägen 9']);
    expect(found('riksvägen 40 är avstängd och landsvägen 12 km bort', 'address')).toEqual([]);
  });
});

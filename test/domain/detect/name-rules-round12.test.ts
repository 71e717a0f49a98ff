// Round 12: name recall classes in everyday text (invented text).
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

describe('a given name that is also a weekday or a month', () => {
  it('takes "Tor", "Maj" and "May" before a surname', () => {
    expect(names('Kopia: Tor Albinsson; Greta Lundh')).toEqual(['Tor Albinsson', 'Greta Lundh']);
    expect(names('Närvarande: Maj Ekstrand (ordf.), Kerstin Wahl')).toEqual(['Maj Ekstrand', 'Kerstin Wahl']);
    expect(names('Vi har pratat med Tor Hjalmarsson om saken.')).toEqual(['Tor Hjalmarsson']);
    expect(names('Dear May Whitfield, thank you.')).toContain('May Whitfield');
  });
  it('takes it alone after the full name earlier in the text, or after a kinship word', () => {
    expect(names('Närvarande: Maj Ekstrand, Tor Albinsson\nVid mötet redogjorde Maj för ekonomin.')).toEqual(['Maj Ekstrand', 'Tor Albinsson', 'Maj']);
    expect(names('Brukaren har kontakt med sonen Tor varje vecka.')).toEqual(['Tor']);
  });
  it('leaves the weekday and the month in schedules and tables', () => {
    expect(names('Tor 13/11 Besiktning\nMån–Tor 08–16, Fre 08–15\nTor Lunch stängt.')).toEqual([]);
    expect(names('Maj 2026: grävning\nMaj Jun Jul\nMay Update: new tariffs.')).toEqual([]);
    expect(names('Tor- och fredagar är stängt. Maj blev en varm månad.')).toEqual([]);
  });
  it('leaves the weekday after a full name with that given name elsewhere', () => {
    expect(names('Handläggare: Tor Albinsson\nÖppet mån–tor. Telefontid Mån–Tor 9–11.')).toEqual(['Tor Albinsson']);
  });
});

describe('a given name that is also a word, named in full earlier, first in a later sentence', () => {
  it('takes it before a past tense the dictionary lists, a strong past tense or as a vocative', () => {
    expect(names('Närvarande: Bo Grenholm, Linnea Stark\n\nRapport om skadan. Bo redogjorde för kontakten.')).toEqual(['Bo Grenholm', 'Linnea Stark', 'Bo']);
    expect(names('Deltagare: Linda Falkås\n\nUnder mötet: Linda föreslog en ny ordning.')).toEqual(['Linda Falkås', 'Linda']);
    expect(names('Till: Bo Grenholm\nFrån: Linnea Stark\n\nBo, kan du lämna nycklarna?')).toEqual(['Bo Grenholm', 'Linnea Stark', 'Bo']);
  });
  it('not before a noun or a preposition', () => {
    expect(names('Deltagare: Bo Grenholm\n\nBo i en mindre lägenhet är billigare.')).toEqual(['Bo Grenholm']);
  });
});

describe('a given name that is also a word after a label, before a surname that is also a place', () => {
  it('takes both', () => {
    expect(names('Närvarande: Bo Grenholm, Linnea Stark')).toEqual(['Bo Grenholm', 'Linnea Stark']);
  });
  it('not a preposition before a place', () => {
    expect(names('Pris: Per Göteborg och dag 400 kr')).toEqual([]);
  });
});

describe('a surname shaped like a street in a register', () => {
  it('takes it under a name column and first in a "Surname, Given" cell', () => {
    expect(names('Efternamn;Förnamn;Adress\nLövbacken;Tove;Myrgången 3\n')).toEqual(['Lövbacken', 'Tove']);
    expect(names('7350001;Granbacken, Henrik;2026-01-02')).toEqual(['Granbacken, Henrik']);
    expect(names('Kunder:\nLÖVBACKEN, TOVE\nASPSTIGEN, INGVAR\n')).toEqual(['LÖVBACKEN, TOVE', 'ASPSTIGEN, INGVAR']);
  });
  it('also before a given name that is a word, after a listed surname that is a word', () => {
    expect(names('4410;Lövbacken, Olle;Ek, Per\n')).toEqual(['Lövbacken, Olle', 'Ek, Per']);
  });
  it('leaves the street with its number, and a street before a town', () => {
    expect(names('Efternamn;Förnamn;Adress\nHolm;Tove;Lövbacken 3\n')).toEqual(['Holm', 'Tove']);
    expect(names('Leverans till Lövbacken, Göteborg.')).toEqual([]);
    expect(names('Resultat: Ja, Bo\nVäder: Sol, Vind')).toEqual([]);
  });
});

describe('a full name as a later item of a list after a role word', () => {
  it('takes given name and surname together', () => {
    expect(names('Vi har tre grannar: familjen Lindroos och Ruth Åman på andra sidan vägen.')).toEqual(['Lindroos', 'Ruth Åman']);
  });
  it('keeps a name the model grew whole, not its added word alone', () => {
    expect(names('Vi har pratat med familjen Lindroos och Tyra Qarshe om detta.')).toEqual(['Lindroos', 'Tyra Qarshe']);
  });
  it('still reads a list of lone surnames', () => {
    expect(names('Domstolen: nämndemännen Ek, Berg och Vinberg.')).toEqual(['Ek', 'Berg', 'Vinberg']);
  });
});

describe('a lone listed surname in a log or minutes', () => {
  it('takes a surname that the dictionary also has as a compound where a word would be in lower case', () => {
    expect(names('Ringt Grankvist 073-441 90 12.')).toEqual(['Grankvist']);
    expect(names('Sms skickat till Bergkvist 073-441 90 12 om avbrottet.')).toEqual(['Bergkvist']);
  });
  it('takes a surname after a verb first on the line before the person\'s e-mail in parentheses', () => {
    expect(names('09:02 Mejlat Holmqvist (t.holmqvist@example.com) kopian.')).toEqual(['Holmqvist']);
  });
  it('takes a surname first in its sentence before a strong past tense', () => {
    expect(names('§ 12 Serveringstillstånd\nSandholm föredrog ärendet.')).toEqual(['Sandholm']);
  });
  it('leaves a place before a role in parentheses and a common noun', () => {
    expect(names('Kontakta Sundsvall (växel) för info.')).toEqual([]);
    expect(names('Vi såg en ström av besökare.')).toEqual([]);
  });
});

describe('names in capitals from a scan', () => {
  it('reads a small l between capitals as OCR\'s capital I', () => {
    expect(names('Avsändare: GÖRAN LlNDBLAD\nOmbud för: SlGRlD LlNDBLAD')).toEqual(['GÖRAN LlNDBLAD', 'SlGRlD LlNDBLAD']);
  });
  it('not a small l elsewhere', () => {
    expect(names('Ett FlL skickades. Filen heter Bild1.')).toEqual([]);
  });
  it('takes a given name that is also a word in capitals before a given name and a surname in capitals', () => {
    expect(names('Fastighetsägare: KARL Johan HEDBERG')).toEqual(['KARL Johan HEDBERG']);
  });
  it('not a word in capitals before a lone given name', () => {
    expect(names('SOL Anna')).toEqual(['Anna']);
  });
});

describe('an e-mail header whose display name is made of words', () => {
  it('takes the display name the address spells, also before the sender\'s organisation in parentheses', () => {
    expect(names('Från: Vilja Sol <vilja.sol@exempel.se>')).toEqual(['Vilja Sol']);
    expect(names('From: "Vilja Sol (Kvarnby Energi)" <v.sol@exempel.se>')).toEqual(['Vilja Sol']);
    expect(names('Till: Björk Ask <bjork.ask@exempel.se>')).toEqual(['Björk Ask']);
  });
  it('not a role mailbox or an organisation', () => {
    expect(names('Från: Kundtjänst Support <kundtjanst@exempel.se>')).toEqual([]);
    expect(names('Från: Kvarnby Energi (Kundtjänst) <kundtjanst@exempel.se>')).toEqual([]);
  });
  it('takes the given name again alone on the line that opens the reply', () => {
    expect(names('To: Dag Sandström\n\nDag,\nMontören kommer på fredag.')).toEqual(['Dag Sandström', 'Dag']);
  });
});

describe('register and form classes', () => {
  it('takes a surname in capitals that is a word first on a register row before a given name and the next column', () => {
    expect(names('KUNDLISTA\nBERG ELSA          STORGATAN 3       641 30 KATRINEHOLM\nEK TOR             KYRKVÄGEN 9       641 32 KATRINEHOLM\n'))
      .toEqual(['BERG ELSA', 'EK TOR']);
  });
  it('not capitals without a register row', () => {
    expect(names('BERG SKOLA          12 elever')).toEqual([]);
  });
  it('takes a place or a surname-shaped word alone after a label that asks for a name', () => {
    expect(names('NAMN: Sjöberg\nFÖRNAMN: Ellinor')).toEqual(['Sjöberg', 'Ellinor']);
    expect(names('Efternamn: Lindgård')).toEqual(['Lindgård']);
  });
  it('not after "Från:", nor a municipality or a word', () => {
    expect(names('Från: Sjöberg\nTill: Sjöberg')).toEqual([]);
    expect(names('Namn: Stockholm\nNamn: Saknas')).toEqual([]);
  });
  it('takes an Arabic article joined by a hyphen inside the name', () => {
    expect(names('Vi talade med Omar el-Sayed i går.')).toEqual(['Omar el-Sayed']);
  });
});

describe('a list of people one to a line', () => {
  it('takes the lines of given names and surnames that are words when other lines are names', () => {
    expect(names('Deltagare\nSten Ek\nLinda Sol\nSaga Vik\nBjörn Ask\nEster Lind\n'))
      .toEqual(['Sten Ek', 'Linda Sol', 'Saga Vik', 'Björn Ask', 'Ester Lind']);
  });
  it('not places and headings among names', () => {
    expect(names('Rubrik\nStora Torget\nLilla Torget\nAnna Berg\nPer Lind\nNya Hamnen\n')).toEqual(['Anna Berg', 'Per Lind']);
  });
  it('reads a long roster in time linear in its length', () => {
    const lines = Array.from({ length: 20000 }, (_, k) => (k % 3 === 0 ? 'Anna Berg' : 'Linda Sol')).join('\n');
    expect(names(lines).length).toBeGreaterThan(19000);
  });
});

describe('a parenthesis after a capitalised word mid-sentence', () => {
  it('is evidence of a person only when it holds an e-mail or a phone number', () => {
    expect(names('Vi har skickat kopian till Lindqvist (p.lindqvist@example.com) i dag.')).toEqual(['Lindqvist']);
    expect(names('Ärendet gäller elnätet hos Vattenkraften (nätägare) i området.')).toEqual([]);
  });
});

describe('a signature on the closing\'s own line', () => {
  it('takes given names that are words after the closing, and two people joined by "&" or "och"', () => {
    expect(names('Tack!\nHälsningar Saga')).toEqual(['Saga']);
    expect(names('Tack!\nHälsningar Saga & Ask')).toEqual(['Saga', 'Ask']);
    expect(names('Tack!\nMvh\nSaga och Ask')).toEqual(['Saga', 'Ask']);
  });
  it('not a greeting to everyone, a place or the organisation', () => {
    expect(names('Hälsningar till alla\nHälsningar från Stockholm\nHälsningar Kvarnby Energi\nMvh Kundtjänst')).toEqual([]);
  });
});

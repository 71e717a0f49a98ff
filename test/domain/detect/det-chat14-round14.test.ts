// Round 14 of issue 15 (det-chat14): classes seen in everyday documents (chats, registers, e-mail, a student's letter),
// with invented text; each class failed before its change.
import { describe, expect, it } from 'vitest';
import { found, names } from './found.ts';

describe('a nickname in an @-mention on a chat line', () => {
  const chat = 'Slack-logg, kanal "Drift", 2025-04-11\n' +
    '[21:02] Anna K: @Tjabbe hur gick det? ring mig sen\n' +
    '[21:05] Tomas Berg: bra. kommer in imorgon\n' +
    '[21:07] Anna K: skönt @Tjabbe, vila nu\n';
  it('reads a capitalised handle no list has as a person', () => {
    expect(names(chat).filter((n) => n === 'Tjabbe')).toEqual(['Tjabbe', 'Tjabbe']);
  });
  it('reads a handle in lower case that a speaker of the chat has as a first word', () => {
    expect(names('[10:01] Tjabbe: hej\n[10:02] Lisa: @tjabbe ok\n')).toContain('tjabbe');
  });
  it('leaves a dictionary word, an organisation in capitals and a handle outside a chat alone', () => {
    const text = '[09:00] Anna K: kolla @Polisen och @SVT, sen @Kaffe\n[09:01] Tomas Berg: ok\n';
    expect(names(text).filter((n) => ['Polisen', 'SVT', 'Kaffe'].includes(n))).toEqual([]);
    expect(names('Följ oss på @Tjabbe för nyheter.')).toEqual([]);
  });
});

describe('the genitive of a name', () => {
  it('finds the genitive of a lone given name the text already gives', () => {
    const text = '[09:10] Eva Lund: Dogan ringde om garaget.\n[09:15] Eva Lund: vems är bilen? Dogans?\n';
    expect(names(text)).toContain('Dogans');
  });
  it('finds a listed name in the genitive after "är" at a clause\'s end, where it owns something', () => {
    expect(names('[09:15] Eva Lund: bil står på plats 22 som är Dogans?\n[09:16] Per Ek: ok\n')).toContain('Dogans');
  });
});

describe('a name in capitals in quotes', () => {
  it('finds a name printed in capitals on a thing when the text gives it in normal case', () => {
    const text = 'H-0301| 06/02 | Resecentrum | Mobil, skal m. "SELMA" | Selma – ringde från 070-111 22 33 | Hämtad\n';
    expect(names(text)).toContain('SELMA');
  });
  it('leaves a word in capitals in quotes that names no one in the text', () => {
    expect(names('Paraply med texten "SELMA" hittat i bussen.')).toEqual([]);
  });
});

describe('an IP address in a submission\'s record', () => {
  it('reads the address after "IP" in the record of a form sent in through an e-service as the sender\'s', () => {
    expect(found('ANMÄLAN (inkommen via e-tjänst 2025-01-12 09:14, IP 91.198.44.12)\nNamn: Lisa Berg', 'ip_address')).toEqual(['91.198.44.12']);
  });
});

describe('false positives of everyday documents', () => {
  it('reads the place after an institution word and "de" as a place', () => {
    const text = 'My card is from Universidade Federal de Minas Gerais and she studied at Universidad de Buenos Aires. I met Ana de Souza.';
    expect(names(text)).toEqual(['Ana de Souza']);
  });
  it('reads a capital unit letter after a number as a unit, not an initial', () => {
    expect(names('Vi beställde ett kärl på 370 L. Kan ni byta till mindre?')).toEqual([]);
    expect(names('Kontakt: L. Kan, tel 070-111 22 33.')).toEqual(['L. Kan']);
  });
  it('leaves the organisation\'s own postal address that the text calls "vår egen postadress"', () => {
    const text = 'Faktisk bostad: Ekvägen 4 – registreras som "Box 220, Karlshamn" (vår egen postadress). Hon bor på Lövgatan 3. Skicka till vår adress.';
    expect(found(text, 'address')).toEqual(['Ekvägen 4', 'Lövgatan 3']);
  });
  it('reads a number with no area code in the column after a "tel" channel cell as an id', () => {
    const text = 'ärende    inkom        kanal   objekt      anmälare    kontakt       text\n' +
      '25-01210  2025-01-17   tel     5510-0203   Lisa Berg   0706123447    element kallt\n' +
      'Ring tel 5510-0203 eller tel     0456-122 87.';
    expect(found(text, 'phone')).toEqual(['0706123447', '5510-0203', '0456-122 87']);
  });
});

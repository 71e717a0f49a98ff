// Round 15 of issue 15 (det-numbers15): number classes from the odd halves of dev15/dev15b/dev15c, with invented text;
// each class failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('the holder of an account or a meter is read on its own row of a table', () => {
  it('keeps a customer\'s bankgiro on a row above a company\'s row (the number view joins the two rows)', () => {
    const text = 'Nr | Mottagare | Belopp | Konto\n' +
      '4 | Öberg, Lisa | 900 kr | bg 734-1182\n' +
      '5 | Norrbyns Rör AB | 1 200 kr | bg 5511-0274\n';
    expect(found(text, 'bank_account')).toEqual(['734-1182']);
  });
  it('drops a meter id and an account on a row whose holder cell is a company, a Brf or a kommun', () => {
    const text = 'Nr | Kund | Anl.-ID | Konto\n' +
      '1 | Holm, Eva | 735999200340018 888 | 8105-9 904 221 337-5\n' +
      '2 | Lunda Måleri HB | 735999200340018 895 | 8105-9 904 221 338-3\n' +
      '3 | Brf Granen | 735999200340018 901 | 8105-9 904 221 339-1\n' +
      '4 | Borgby kommun | 735999200340018 918 | 8105-9 904 221 340-9\n';
    expect(found(text, 'meter_id')).toEqual(['735999200340018 888']);
    expect(found(text, 'bank_account')).toEqual(['8105-9 904 221 337-5']);
  });
  it('reads the holder cell of a semicolon export too, and leaves prose with a semicolon alone', () => {
    expect(found('Kund;Anl-ID\nBergs Åkeri AB;735999200340018 888\nEva Holm;735999200340018 895\n', 'meter_id'))
      .toEqual(['735999200340018 895']);
    expect(found('Vi talade med Bergs Åkeri AB; mätaren 735999200340018 888 byts.', 'meter_id')).toEqual(['735999200340018 888']);
  });
});

describe('an account after its word written with the clearing number in front', () => {
  it('takes the whole number when it opens with the clearing and the rest has the bank\'s length', () => {
    const text = 'Betala tillbaka till Handelsbanken, clearing 6789, account 6789 520 114 368, tack.';
    expect(found(text, 'bank_account')).toEqual(['6789, account 6789 520 114 368']);
    expect(found('Clearingnr 8327-9 kontonr 8327-9 914 225 603-8 tack', 'bank_account'))
      .toEqual(['8327-9 kontonr 8327-9 914 225 603-8']);
  });
});

describe('a meter\'s own number after the meter\'s word is no telephone number', () => {
  it('reads "mätare (nr …)", "Mätarnummer:" and "anläggningsnr" as the thing\'s label', () => {
    expect(found('Titta på min mätare (nr 0521-33870) i källaren.', 'phone')).toEqual([]);
    expect(found('Mätarnummer: 0322-556 17', 'phone')).toEqual([]);
    expect(found('Anläggningsnr 0470-19 33 52 gäller.', 'phone')).toEqual([]);
  });
  it('still reads a number after a telephone word near the meter', () => {
    expect(found('Ring mig om mätaren på 0521-338 70.', 'phone')).toEqual(['0521-338 70']);
  });
});

describe('OCR letters for digits after a colon or a dot', () => {
  it('reads a property designation whose unit OCR read as letters', () => {
    expect(found('Vi äger Björkhagen 7:ll och grannen Tallbacken 2:lO.', 'property')).toEqual(['Björkhagen 7:ll', 'Tallbacken 2:lO']);
    expect(found('Fastigheten Lönnen 3:l säljs.', 'property')).toEqual(['Lönnen 3:l']);
  });
  it('reads an IP address with an OCR letter for a group', () => {
    expect(found('Inloggning från IP-adress 83.241.l.56 kl 14.', 'ip_address')).toEqual(['83.241.l.56']);
    expect(found('Inloggning från IP-adress 83.O.17.56 och 83.241.17.l igår.', 'ip_address')).toEqual(['83.O.17.56', '83.241.17.l']);
  });
  it('leaves a Roman numeral and a section number alone', () => {
    expect(found('Se kapitel 2:II och avsnitt 3.l i boken.', 'property')).toEqual([]);
    expect(found('Se kapitel 2:II och avsnitt 3.l i boken.', 'ip_address')).toEqual([]);
  });
});

describe('a foreign plate with a letter among its digits, in quotes after the vehicle word', () => {
  it('reads a Polish plate after "registrering" in quotes, and one with a letter among its digits after "skylt"', () => {
    expect(found('Hon såg en skåpbil med polsk registrering, "WGM 41A2" på rastplatsen.', 'vehicle')).toEqual(['WGM 41A2']);
    expect(found('Bilen, "WX 4821K", stod kvar.', 'vehicle')).toEqual(['WX 4821K']);
  });
  it('leaves a short code and an amount alone', () => {
    expect(found('Fordonet hade nummer AB 1C2.', 'vehicle')).toEqual([]);
    expect(found('Bilen kostade SEK 12A45.', 'vehicle')).toEqual([]);
  });
});

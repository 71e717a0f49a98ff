// Round 15 of issue 15 (det-ipveh15): dotted numbers that are no one's IP address (a network's or broadcast address, a
// version stamp, one machine's address on many people's rows) and plates under a vehicle column; invented text, each
// class failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('a network or broadcast address, or a version stamp, is no one\'s IP address', () => {
  it('leaves a dotted number that ends in .0 or .255 without an IP label', () => {
    expect(found('Exporterad ur Ärendia 6.14.0.255 den 3 mars.', 'ip_address')).toEqual([]);
    expect(found('Nätet 172.20.31.0 och sändningen till 172.20.31.255 stängdes av.', 'ip_address')).toEqual([]);
    expect(found('UTSKRIFT SLUT   7.3.0.255', 'ip_address')).toEqual([]);
  });
  it('leaves a number after a revision word', () => {
    expect(found('Revisionshistorik: 5.21.7.19 gäller från maj.', 'ip_address')).toEqual([]);
    expect(found('Rev. 6.14.2.31 av rutinen.', 'ip_address')).toEqual([]);
  });
  it('still reads a labelled address and a public address in a login line', () => {
    expect(found('Inloggning från IP 81.230.44.255 kl. 22.14.', 'ip_address')).toEqual(['81.230.44.255']);
    expect(found('Kunden loggade in från 81.230.44.19 i går.', 'ip_address')).toEqual(['81.230.44.19']);
  });
});

describe('one private address on the rows of several people', () => {
  it('reads the same source address on every recipient\'s row of a mailing log as the platform\'s', () => {
    const log = 'tid;kanal;mottagare;namn;status;ip\n' +
      '2025-08-01 10:00:01;SMS;+46701112233;Lind Maja;OK;172.31.9.44\n' +
      '2025-08-01 10:00:02;SMS;+46702223344;Öberg Sam;OK;172.31.9.44\n' +
      '2025-08-01 10:00:02;E-POST;x.y@example.se;Rask Ina;OK;172.31.9.44\n';
    expect(found(log, 'ip_address')).toEqual([]);
  });
  it('still reads the address of a log with a column of who acted (as round 15 reads it), and one person\'s workstation', () => {
    const acted = 'tid;mottagare;namn;status;handl;källa\n' +
      '2025-08-01 10:00:01;+46701112233;Lind Maja;OK;AB;172.31.9.44\n' +
      '2025-08-01 10:00:02;+46702223344;Öberg Sam;OK;CD;172.31.9.44\n';
    expect(found(acted, 'ip_address')).toEqual(['172.31.9.44', '172.31.9.44']);
    const own = 'tid;användare;namn;åtgärd;från\n' +
      '2025-04-02 09:12:10;kbe;Berglund Karin;öppnade akt;192.168.40.17\n' +
      '2025-04-02 09:14:55;kbe;Berglund Karin;utskrift;192.168.40.17\n';
    expect(found(own, 'ip_address')).toEqual(['192.168.40.17', '192.168.40.17']);
    const each = 'tid;användare;namn;åtgärd;ip\n' +
      '2025-04-02 09:12:10;kbe;Berglund Karin;öppnade akt;192.168.40.17\n' +
      '2025-04-02 09:14:55;tlo;Lo Tran;utskrift;192.168.40.23\n';
    expect(found(each, 'ip_address')).toEqual(['192.168.40.17', '192.168.40.23']);
  });
});

describe('the organisation\'s equipment named on the address\'s line', () => {
  it('leaves an address after a storage box, a node, the metering chain or cameras', () => {
    expect(found('Lagringsboxen (NAS) på kontoret svarar på 81.226.14.90 sedan i fredags.', 'ip_address')).toEqual([]);
    expect(found('Mätinsamlingen skickar värdena till 83.241.7.66 varje timme.', 'ip_address')).toEqual([]);
    expect(found('Larmbolaget ser kamerorna via 94.255.130.18 (fast adress).', 'ip_address')).toEqual([]);
  });
  it('reads a config key with a part or an index as equipment ("syslog_host=", "DNS2=")', () => {
    expect(found('log_level=info\nsyslog_host=212.85.64.19\n', 'ip_address')).toEqual([]);
    expect(found('DNS1=212.85.64.7 DNS2=212.85.64.8', 'ip_address')).toEqual([]);
  });
  it('reads "IP" after an equipment word as the equipment\'s address', () => {
    expect(found('Pumpstyrningens styrsystem har IP 79.136.40.12 mot leverantören.', 'ip_address')).toEqual([]);
    expect(found('Styrsystemets IP är 79.136.40.12 och porten 502.', 'ip_address')).toEqual([]);
  });
  it('still reads a person\'s login on a line that names equipment', () => {
    expect(found('Servern loggade inloggning från 79.136.40.12 (hans dator).', 'ip_address')).toEqual(['79.136.40.12']);
  });
});

describe('plates under a vehicle column ("Bil", "Fordon")', () => {
  it('reads a Swedish plate\'s shape in lower case or with three letters that are a word elsewhere', () => {
    const rows = 'Namn;Lgh;Bil\nVera Holm;1201;nyt 318\nArne Blom;1202;SUM 62F\nJan Ek;1203;KTR 905\n';
    expect(found(rows, 'vehicle')).toEqual(['nyt 318', 'SUM 62F', 'KTR 905']);
  });
  it('reads OCR\'s look-alikes back in a plate column', () => {
    const rows = 'Fordon | Ägare\nHPN 3B1 | Vera Holm\nWZT 6O7 | Arne Blom\nKTR 905 | Jan Ek\n';
    expect(found(rows, 'vehicle')).toEqual(['HPN 3B1', 'WZT 6O7', 'KTR 905']);
  });
  it('leaves a model in a vehicle column alone', () => {
    expect(found('Namn;Bil\nVera Holm;XC 60\nArne Blom;V90 D4\nJan Ek;KTR 905\n', 'vehicle')).toEqual(['KTR 905']);
  });
});

describe('a plate column in lower case, and plates after a name in a row', () => {
  it('reads a lower-case "bil" header as the vehicle column', () => {
    expect(found('namn;lgh;bil\nVera Holm;1201;nyt 318\nJan Ek;1203;KTR 905\n', 'vehicle')).toEqual(['nyt 318', 'KTR 905']);
  });
  it('reads a plate after a name in a row of a parking list', () => {
    expect(found('P-plats 7   Vera Holm    NYT 31B\nP-plats 8   Jan Ek       KTR 905\n', 'vehicle')).toEqual(['NYT 31B', 'KTR 905']);
  });
});

describe('the organisation\'s own addresses', () => {
  it('leaves an address in a row whose cell names a device', () => {
    expect(found('ip;enhet;plats\n10.31.4.45;Skrivare;plan 4\n10.31.4.46;Kamera entré;plan 1\n', 'ip_address')).toEqual([]);
    expect(found('| Enhet | IP |\n| Accesspunkt hus C | 10.31.4.9 |\n', 'ip_address')).toEqual([]);
  });
  it('leaves an address the organisation owns', () => {
    expect(found('Förvaltningens publika adress är 194.17.60.3 sedan flytten.', 'ip_address')).toEqual([]);
  });
  it('still reads a person\'s row and a customer of ours', () => {
    expect(found('ip;användare;enhet\n10.31.4.47;kbe;Skrivare\n', 'ip_address')).toEqual(['10.31.4.47']);
    expect(found('Vår kund loggade in från 194.17.60.3 i går.', 'ip_address')).toEqual(['194.17.60.3']);
  });
});

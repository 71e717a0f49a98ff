// Round 13 of issue 15 (det-addr13): IP addresses in logs, header blocks, property designations and bank accounts in
// everyday documents of an energy company and a municipal building and environment office. Invented text; each class
// failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('IP addresses in log lines', () => {
  it('reads a client field that a server field follows as the client ("client: X, server: Y", nginx)', () => {
    expect(found('2026/03/04 10:12:01 [error] 71#0: *5 open() failed, client: 91.150.3.44, server: minasidor.exempel.se',
      'ip_address')).toEqual(['91.150.3.44']);
    expect(found('klient 83.250.1.17, server: portal', 'ip_address')).toEqual(['83.250.1.17']);
    // A description after the address still says whose it is.
    expect(found('Servern svarar på 91.150.3.44 (servern i hallen)', 'ip_address')).toEqual([]);
  });
  it('reads English "from" as a connection\'s source, whatever the log\'s own component is called', () => {
    expect(found('Mar  4 10:12:01 mx1 postfix/smtpd[3321]: connect from unknown[91.150.3.44]', 'ip_address'))
      .toEqual(['91.150.3.44']);
    expect(found('sms-gateway: POST /send 200 from 91.150.3.44 (kundportal)', 'ip_address')).toEqual(['91.150.3.44']);
    expect(found('gateway 91.150.3.1 is up', 'ip_address')).toEqual([]);
  });
  it('takes the IPv4-mapped IPv6 prefix and a zone into the address', () => {
    expect(found('::ffff:91.150.3.44 - - [04/Mar/2026:10:12:01 +0100] "GET / HTTP/2" 200 512', 'ip_address'))
      .toEqual(['::ffff:91.150.3.44']);
    expect(found('login ok user=pia ip=fe80::1ff:fe23:4567:890a%eth0', 'ip_address')).toEqual(['fe80::1ff:fe23:4567:890a%eth0']);
    expect(found('Anslutning från [2001:db8:85a3::8a2e:370:7334]:51234 stängd', 'ip_address'))
      .toEqual(['2001:db8:85a3::8a2e:370:7334']);
  });
  it('reads a private address as a person\'s when its log line names the user after it', () => {
    expect(found('2026-03-04 10:12:01 INFO 192.168.1.34 login ok user=kalle', 'ip_address')).toEqual(['192.168.1.34']);
    expect(found('192.168.1.34 - pia.nord [04/Mar/2026:10:12:01 +0100] "GET /minasidor HTTP/1.1" 200 5123', 'ip_address'))
      .toEqual(['192.168.1.34']);
    expect(found('2026-03-04T10:12:01Z 10.20.30.40 GET /health 200', 'ip_address')).toEqual([]);
    expect(found('upstream timeout host=10.40.2.17:8443 user=svc', 'ip_address')).toEqual([]);
    expect(found('2024-06-03 10:12:01 | Pia Nordqvist | 192.168.1.34 | inloggning', 'ip_address')).toEqual(['192.168.1.34']);
  });
  it('reads the log\'s own host name as no label, a VPN user\'s address with its port, and a status code before an address', () => {
    expect(found('Jun  3 10:12:01 vpn01 charon: 10[IKE] 83.251.17.40 is initiating an IKE_SA', 'ip_address')).toEqual(['83.251.17.40']);
    expect(found('Jun  3 10:12:01 vpn01 openvpn[881]: pia.nord/83.251.17.40:51234 MULTI: Learn', 'ip_address')).toEqual(['83.251.17.40']);
    expect(found('"GET /minasidor HTTP/1.1" 200 - 83.251.17.40', 'ip_address')).toEqual(['83.251.17.40']);
    // Equipment named before the address still decides, and so does a range.
    expect(found('vpn-gateway 83.251.17.1 startad', 'ip_address')).toEqual([]);
    expect(found('Nätet omfattar 10.41.1.1 - 10.41.1.254 i dag.', 'ip_address')).toEqual([]);
    expect(found('Chrome/120.0.0.0 Safari/537.36', 'ip_address')).toEqual([]);
  });
  it('leaves versions, object identifiers, network ranges and dates', () => {
    expect(found('Appen version 4.12.0.255 installerad, klienten v4.12.0.255.', 'ip_address')).toEqual([]);
    expect(found('OID 1.3.6.1.4.1.311 och 1.2.840.113549.1.1.11', 'ip_address')).toEqual([]);
    expect(found('Nätet 91.150.3.0/24 och 10.0.0.0/8 spärras.', 'ip_address')).toEqual([]);
    expect(found('Mötet 12.03.2026 och 1.2.2026 kl. 10.12.', 'ip_address')).toEqual([]);
  });
  it('leaves the versions of a software update and an app named before its version', () => {
    expect(found('Appen uppgraderades från 4.12.0.255 till 4.13.0.1 i går.', 'ip_address')).toEqual([]);
    expect(found('upgraded from 4.12.0.255 to 4.13.0.1', 'ip_address')).toEqual([]);
    expect(found('Uppdatera till 4.12.0.255 eller senare.', 'ip_address')).toEqual([]);
    expect(found('Minasidor-appen 4.12.0.255 (Android 14) kraschar; ver 4.12.0.255.', 'ip_address')).toEqual([]);
    // A public address with a large first part is still one.
    expect(found('Profilen uppdaterades från 91.150.3.44 kl. 10.12.', 'ip_address')).toEqual(['91.150.3.44']);
  });
});

describe('header blocks with address labels', () => {
  it('reads "Postadress:" before a person\'s name as a form\'s field, even with a phone label on its line', () => {
    expect(found('Postadress: Pia Nordqvist, Storgatan 4 B, 645 30 Strängnäs   Telefon: 070-123 45 67', 'address'))
      .toEqual(['Storgatan 4 B', '645 30 Strängnäs']);
    expect(found('Postadress: Pia Nordqvist, Storgatan 4 B, 645 30 Strängnäs. Telefon 070-123 45 67', 'address'))
      .toEqual(['Storgatan 4 B', '645 30 Strängnäs']);
  });
  it('reads a line with a person\'s fields (name, applicant, postcode) as a form, not a letterhead', () => {
    expect(found('Sökande: Pia Nordqvist   Postadress: Storgatan 4 B   Postnummer och ort: 645 30 Strängnäs   Telefon: 070-123 45 67',
      'address')).toEqual(['Storgatan 4 B', '645 30 Strängnäs']);
  });
  it('still leaves the organisation\'s letterhead and footer', () => {
    expect(found('Postadress: Box 514, 645 25 Strängnäs  Besöksadress: Eskilstunavägen 8  Telefon: 0152-468 00', 'address')).toEqual([]);
    expect(found('Mälarvatten AB, Box 514, 645 25 Strängnäs, Telefon 0152-468 00', 'address')).toEqual([]);
    expect(found('Postadress: Mälarvatten AB, Box 514, 645 25 Strängnäs  Telefon: 0152-468 00', 'address')).toEqual([]);
  });
});

describe('a street right after a name in a run-together header', () => {
  it('keeps a definite street noun out of the name before it', () => {
    expect(found('Pia Nordqvist Kvarngärdet 14 Strängnäs', 'address')).toEqual(['Kvarngärdet 14']);
    expect(found('Pia Nordqvist Kvarngärdet 14 Strängnäs', 'name')).toEqual(['Pia Nordqvist']);
    expect(found('Kontakt: Pia Nordqvist Tallgläntan 3 B', 'name')).toEqual(['Pia Nordqvist']);
  });
  it('reads a direction shortened with a colon as the street\'s, not an initial of the name before it', () => {
    expect(found('Pia Nordqvist V:a Storgatan 4 645 30 Strängnäs', 'address')).toEqual(['V:a Storgatan 4', '645 30 Strängnäs']);
    expect(found('Pia Nordqvist V:a Storgatan 4 645 30 Strängnäs', 'name')).toEqual(['Pia Nordqvist']);
  });
});

describe('property designations in building-permit and environment-office text', () => {
  it('leaves things numbered with a colon: laws, scales, sections, classes, plan parts and documents', () => {
    for (const t of ['Miljöbalken 26:9 ger nämnden rätt att förelägga.', 'Enligt avsnitt 6:5 i BBR.', 'Fasadritning skala 1:100, sektion 1:50.',
      'Huset placeras enligt Hus 2:1 på situationsplanen.', 'Se Handling 3:2 i akten.', 'Avgift enligt Taxa 2:3.', 'Objekt 12:4 och Provpunkt 4:2',
      'Anläggning 3:1 har Riskklass 2:1 och Miljöklass 3:1.', 'Revidering 3:1 av ritningen', 'Betala till Postgiro 4:12.']) {
      expect(found(t, 'property'), t).toEqual([]);
    }
  });
  it('still finds a village or a block with a colon, in building-permit text too', () => {
    expect(found('Ansökan om bygglov för Sandstorp 1:23 inkom i mars.', 'property')).toEqual(['Sandstorp 1:23']);
    expect(found('Bygglov Berg 1:2, tillbyggnad', 'property')).toEqual(['Berg 1:2']);
    expect(found('Beslutet avser Härad 3:14 och 3:15.', 'property')).toEqual(['Härad 3:14', '3:15']);
  });
  it('finds a designation without a colon under its label, in brackets or after a comma, and a list of them', () => {
    expect(found('Fastighetsbeteckning\nKVARNEN 3\n', 'property')).toEqual(['KVARNEN 3']);
    expect(found('Sökande: Pia Nordqvist\nFastighet:\nKvarnen 3', 'property')).toEqual(['Kvarnen 3']);
    // In wrapped prose the next line opens a sentence.
    expect(found('Tillsyn på fastigheten\nMåndag 3 juni besöktes platsen.', 'property')).toEqual([]);
    expect(found('Uppgifter om fastigheten\nAntal 3', 'property')).toEqual([]);
    expect(found('fastigheten (Kvarnen 3) ägs av Pia Nordqvist', 'property')).toEqual(['Kvarnen 3']);
    expect(found('fastigheten, Kvarnen 3, ägs av Pia Nordqvist', 'property')).toEqual(['Kvarnen 3']);
    expect(found('Fastigheten KV. KVARNEN 3 ska besiktas.', 'property')).toEqual(['KV. KVARNEN 3']);
    expect(found('Grannar till fastigheterna Kvarnen 3 och Kvarnen 4 har hörts.', 'property')).toEqual(['Kvarnen 3', 'Kvarnen 4']);
    // Not a street after the list word, and not a count.
    expect(found('fastigheten Kvarnen 3 och Storgatan 4', 'property')).toEqual(['Kvarnen 3']);
  });
});

describe('bank accounts in everyday text and payout lists', () => {
  it('reads a personkonto in a comma-separated export\'s account column as one account', () => {
    const csv = 'Namn,Kontonummer,Belopp\nPia Nordqvist,9934125831,1200\nAnna Lind,3300 121212-1212,300\n';
    expect(found(csv, 'bank_account')).toEqual(['9934125831', '3300 121212-1212']);
    expect(found(csv, 'personnummer')).toEqual([]);
    expect(found('Kalle Ek,8327-9 993 412 583-1,450\nAnna Lind,3300 121212-1212,300', 'bank_account'))
      .toEqual(['8327-9 993 412 583-1', '3300 121212-1212']);
  });
  it('does not read an amount after a cell as part of an account in running text', () => {
    expect(found('Avgiften 1 200,50 kr betalas till 8327-9 993 412 583-1.', 'bank_account')).toEqual(['8327-9 993 412 583-1']);
  });
  it('reads an IBAN printed in groups joined by hyphens', () => {
    expect(found('IBAN: SE45-5000-0000-0583-9825-7466', 'bank_account')).toEqual(['SE45-5000-0000-0583-9825-7466']);
    expect(found('Artikel SE45-5000-12 i lager', 'bank_account')).toEqual([]);
  });
});

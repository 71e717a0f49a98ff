// Round 21 of issue 15 (det-ip21): on fresh text most false IP findings were addresses whose evidence the detector read
// too narrowly – a sentence wrapped over a line break, a list of addresses whose label or gloss stands once for all of
// them, a site hosted on a server, a machine's name before its address. A careful reader takes the sentence, the list
// and the name as one; the person's connection stays found. Invented text; each class failed before its change.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('a sentence wrapped over a line break is read as one', () => {
  it('reads the label of a wrapped sentence on the line before', () => {
    expect(found('Våra namnservrar har adresserna 195.178.0.53 och\n195.178.1.53, ange dem vid behov.\n', 'ip_address')).toEqual([]);
    expect(found('> Nätfiskesidan låg hos en molnleverantör, hostad på\n>    91.215.85.17 och spärrad i proxyn.\n', 'ip_address')).toEqual([]);
    expect(found('Our mail relays are 193.10.4.25\nand 193.10.5.25 for the whole region.\n', 'ip_address')).toEqual([]);
  });
  it('still finds a person\'s connection in a wrapped sentence', () => {
    expect(found('> Kunden loggade in hemifrån från\n>    83.233.140.6 strax efter midnatt.\n', 'ip_address')).toEqual(['83.233.140.6']);
    expect(found('Hon loggade in från 83.233.140.7\noch 83.233.140.8 under kvällen.\n', 'ip_address')).toEqual(['83.233.140.7', '83.233.140.8']);
  });
  it('does not join the lines of a log', () => {
    const log = '21:14 login ok user=pia.lund\n83.250.1.17 login ok user=kalle.ek\n';
    expect(found(log, 'ip_address')).toEqual(['83.250.1.17']);
  });
});

describe('a list of addresses shares its gloss and its label', () => {
  it('reads a gloss after the last address of a list for every address of it', () => {
    expect(found('Attackerna kom från 45.137.22.91 och 45.137.22.94 (VPS, NL) under natten.\n', 'ip_address')).toEqual([]);
    expect(found('Trafiken gick via 62.10.4.1, 62.10.4.2 (datacenter i Frankfurt).\n', 'ip_address')).toEqual([]);
    expect(found('Sign-ins came from 45.80.1.7 and 45.80.1.9 (hosting, DE).\n', 'ip_address')).toEqual([]);
  });
  it('keeps a list of a person\'s connections', () => {
    expect(found('Kunden loggade in från 83.233.140.6 och 83.233.140.9 (Telia).\n', 'ip_address')).toEqual(['83.233.140.6', '83.233.140.9']);
  });
});

describe('a site hosted on an address', () => {
  it('leaves the address a domain is hosted on or resolves to', () => {
    expect(found('Länken gick till falska-lon.example, hostad på 91.215.85.17.\n', 'ip_address')).toEqual([]);
    expect(found('The phishing domain resolves to 91.215.85.18 since Monday.\n', 'ip_address')).toEqual([]);
    expect(found('Domänen pekar på 91.215.85.19 enligt DNS-uppslaget.\n', 'ip_address')).toEqual([]);
  });
});

describe('a gloss on the next line of a quoted mail', () => {
  it('reads the gloss after a wrapped list', () => {
    expect(found('> Inloggningarna kom från 45.137.22.91 och 45.137.22.94\n>    (VPS, NL) under natten.\n', 'ip_address')).toEqual([]);
    expect(found('> Kunden loggade in från 83.233.140.6 och 83.233.140.9\n>    (Telia) under natten.\n', 'ip_address')).toEqual(['83.233.140.6', '83.233.140.9']);
  });
});

// Round 21 of issue 15 (det-ip21): an address that is a setting's value – a default, a factory setting, a configured
// value ("Standardadressen är 192.168.0.1", "default 10.0.0.1", "konfigureras med 62.20.14.9") – is a device's, no one's
// connection; a person's connection named after it on the line still wins. Invented text; failed before.
import { describe, expect, it } from 'vitest';
import { found } from './found.ts';

describe('an address that is a setting', () => {
  it('leaves a default or a configured value', () => {
    expect(found('Kunden loggade in på webbgränssnittet. Standardadressen är 192.168.0.1.\n', 'ip_address')).toEqual([]);
    expect(found('Användaren ombeds ange default 91.150.3.70 i fältet.\n', 'ip_address')).toEqual([]);
    expect(found('Boxen konfigureras med 62.20.14.9 vid leverans.\n', 'ip_address')).toEqual([]);
    expect(found('Enligt fabriksinställningen 10.0.0.138 nås boxen.\n', 'ip_address')).toEqual([]);
  });
  it('still finds the person\'s connection after a setting word on the line', () => {
    expect(found('Efter ändrad inställning loggade kunden in från 83.250.1.40.\n', 'ip_address')).toEqual(['83.250.1.40']);
  });
});

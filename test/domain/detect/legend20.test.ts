// Round 20 of issue 15 (det-legend20): a legend that gives staff initials before (or after) the full name ("AKS
// Ann-Kristin Sjöö") – the learned model takes the initials, and they stay a finding of their own beside the name, not
// joined into it, so the rules find the same initials again in the log's rows. Invented text; both cases failed before.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

const rows = [
  'Samtalslogg kundtjänst vecka 12',
  'Tid       Handl. Uppringare / nr                    Notering',
  '08:01:10  PE     Sara Holm 070-123 45 67            elavtal',
  '08:02:11  BKN    dolt nummer                         fråga om faktura',
  '08:15:40  BKN    Gösta Lindfors 054-12 34 56         flyttanmälan',
  '09:31:05  BKN    Föreningen Solbacken                felanmälan',
  '--',
];
const withLegend = (legend: string): string => [...rows, legend, ''].join('\n');

describe('initials in a legend beside the full name they stand for', () => {
  it('keeps initials before the name apart from it, and finds them in every row', () => {
    const found = names(withLegend('Handläggare: PE Per Ek · BKN Britt-Karin Nyqvist · TO Tove Ols'));
    expect(found).toContain('Britt-Karin Nyqvist');
    expect(found).not.toContain('BKN Britt-Karin Nyqvist');
    expect(found.filter((n) => n === 'BKN')).toHaveLength(4);
  });
  it('keeps initials after the name apart from it, and finds them in the row', () => {
    const found = names(withLegend('Handläggare: Per Ek PE · Britt-Karin Nyqvist BKN · Tove Ols TO'));
    expect(found).toContain('Per Ek');
    expect(found).not.toContain('Per Ek PE');
    expect(found.filter((n) => n === 'PE')).toHaveLength(2);
  });
  it('keeps initials first in a person field apart from the name they spell, which the rules read as a surname in capitals', () => {
    // "Handläggare: BKN Britt-Karin Nyqvist" was one name by the rule for a surname in capitals first in a field.
    const found = names(withLegend('Handläggare: BKN Britt-Karin Nyqvist'));
    expect(found).toContain('Britt-Karin Nyqvist');
    expect(found).not.toContain('BKN Britt-Karin Nyqvist');
    expect(found.filter((n) => n === 'BKN')).toHaveLength(4);
  });
  it('still joins a surname in capitals that is no initials of the name: "Kund:  BERG  Anna"', () => {
    expect(names('Kund:  BERG  Anna-Karin\nAdress: Storgatan 1\n')).toContain('BERG  Anna-Karin');
  });
});

// Round 8 of the learned name models (issue 15): what the contextual model is not asked about, and the operating
// point. Every example is invented.
import { afterEach, describe, expect, it } from 'vitest';
import Kontonummer from 'kontonummer';
import { names } from './found.ts';
import { nameModel } from '../../../src/detect/name-model-hook.ts';
import { BANK_WORD } from '../../../src/detect/name-lexicon.ts';

afterEach(() => { nameModel.context = true; nameModel.enabled = true; });

describe('banks are no names', () => {
  it('leaves the bank column of a payroll or refund list alone', () => {
    const text = [
      'Löpnr   Namn                   Personnr       Bank            Clnr    Kontonr',
      ' 51120  Tervonen, Aila         580411-2384    Swedbank        8214    912 440 117-3',
      ' 51207  Mbeki-Strand, Thandi   910302-2290    Handelsbanken   6152    330 118 204',
      ' 51344  Quist, Ove             470915-9937    SEB             5402    10 477 12',
      ' 51390  Harjula, Pentti        620128-1194    Nordea          3300    511 020 114',
    ].join('\n');
    // (Before round 8 the contextual model took "Swedbank", "SEB" and "Nordea" here. "Handelsbanken" is a rule's
    // finding, "Namn intill ett personnummer", outside the models.)
    for (const bank of ['Swedbank', 'SEB', 'Nordea']) expect(names(text), bank).not.toContain(bank);
  });
  it('takes its list from the clearing register of the package kontonummer', () => {
    const names = new Set<string>();
    for (let code = 1000; code <= 9999; code++) {
      try { names.add(Kontonummer.getSortingCodeInfo(code).bankName); } catch { /* no bank has this clearing number */ }
    }
    const words = new Set<string>();
    for (const n of names) {
      const w = n.toLowerCase().split(' ');
      if (w.length === 1) words.add(w[0]!);
      else if (/^(?:bank|banken|bank group ab)$/.test(w.slice(1).join(' '))) words.add(w[0]!);
    }
    expect([...words].sort()).toEqual([...BANK_WORD].sort());
  });
});

describe('the operating point and the wider training (round 8)', () => {
  it('takes a word the contextual model weighs at 0,8 or more (was 0,9)', () => {
    // "Jomo" weighs 0,88 here: under the old threshold, over the new one.
    expect(names('Besöket gjordes av Tuulikki tillsammans med Jomo.')).toEqual(['Tuulikki', 'Jomo']);
  });
  it('finds a given name no list has alone in running text, as the generated documents now write them', () => {
    expect(names('Vi pratade med Wairimu om hyran i går.')).toEqual(['Wairimu']);
  });
  it('still leaves a place abroad, a system and a bank alone at the new point', () => {
    expect(names('Pengarna sätts in via Swedbank och Autogiro, kunden bor nu i Tammerfors.')).toEqual([]);
  });
  it('keeps a surname of the lists that the dictionary reads as a compound when the model is sure of it', () => {
    // "Bergström" = berg + ström: a common word to the dictionary test, and before round 8 the hook left every such word to
    // the rules; the model weighs it at 0,99 after the label.
    expect(names('Patientens efternamn: Bergström         Tilltalsnamn: Karin')).toEqual(['Bergström', 'Karin']);
  });
});

// Round 20 of issue 15 (det-roster20): staff initials in a care unit's roster grid and in a visit log where no cell of the
// column was found yet, and the weekdays, shift, leave and status codes and abbreviations of such grids that stay out.
// Invented text; each "found" case failed before its fix.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';
import { scan } from '../../../src/detect/engine.ts';
import { ROSTER_WHY } from '../../../src/detect/column-names.ts';

// The names the rules find, without the context model's guesses: the model weighs a lone "SEM" or "GH" of its own
// (unchanged here, and no rule's doing); the rules must keep every code out.
const ruled = (t: string): string[] =>
  scan(t).filter((f) => f.type === 'name' && !f.explanation?.startsWith('Namn: den inlärda modellen')).map((f) => t.slice(f.start, f.end));

describe("a roster's grid of days and shifts", () => {
  it('reads the cells of a grid with weekday rows and shift columns as people', () => {
    const t = 'Dag     Förmiddag   Eftermiddag   Kväll\nMÅN     KL          PÖ            JM\nTIS     PÖ          AS            KL\n' +
      'ONS     JM          KL            PÖ\nTORS    AS          JM            KL\n';
    expect(names(t)).toEqual(['KL', 'PÖ', 'JM', 'PÖ', 'AS', 'KL', 'JM', 'KL', 'PÖ', 'AS', 'JM', 'KL']);
  });
  it('reads the reverse grid: shift rows under a "Pass" corner and weekday columns', () => {
    const t = 'Pass    Mån   Tis   Ons   Tors  Fre\nFM      KL    PÖ    JM    KL    AS\nEM      PÖ    AS    KL    JM    PÖ\nNatt    JM    JM    AS    PÖ    KL\n';
    expect(names(t)).toHaveLength(15);
  });
  it('keeps reading dated rows with time-span columns, two initials in a cell and a free mark (found before too)', () => {
    const t = 'Datum;07–16;14–22;22–07\n2024-03-04;KL/PÖ;JM;AS\n2024-03-05;PÖ;-;JM\n2024-03-06;AS;KL;PÖ\n';
    expect(names(t)).toEqual(['KL', 'PÖ', 'JM', 'AS', 'PÖ', 'JM', 'AS', 'KL', 'PÖ']);
  });
  it('keeps shift, leave and status codes, weekdays and abbreviations out of a roster', () => {
    const t = 'Dag     FM      EM      Natt\nMån     FM      EM      LEDIG\nTis     SEM     SJUK    VAB\nOns     KOMP    FM      EM\nTors    OK      EJ      NATT\n';
    expect(names(t)).toEqual([]);
    // One person's codes among a staff's initials: the initials are found, the codes are not.
    const m = 'Dag     FM      EM      Natt\nMån     KL      SEM     JM\nTis     LEDIG   KL      JM\nOns     KL      VAB     SJUK\n';
    expect(ruled(m)).toEqual(['KL', 'JM', 'KL', 'JM', 'KL']);
    // Acronyms of NOT_INITIALS are no one in a grid of units or bodies.
    expect(names('Dag     FM      EM\nMån     LSS     HSL\nTis     HSL     LSS\nOns     LSS     SOL\n')).toEqual([]);
  });
  it("reads a markdown table's roster over its rule line", () => {
    const t = '| Dag | FM | EM | Natt |\n|---|---|---|---|\n| Mån 4/3 | KL | PÖ | JM |\n| Tis 5/3 | PÖ | AS | KL |\n| Ons 6/3 | JM | KL | PÖ |\n';
    expect(names(t)).toEqual(['KL', 'PÖ', 'JM', 'PÖ', 'AS', 'KL', 'JM', 'KL', 'PÖ']);
  });
  it('keeps wards and three-letter words out of a grid of days and shifts', () => {
    // The model's "IVA" (and the rule that finds it again) is its own; the roster's reading takes no ward.
    const wards = 'Dag     Förmiddag   Eftermiddag   Kväll\nMån     IVA         AVA           HIA\nTis     AVA         IVA           HIA\nOns     HIA         AVA           IVA\n';
    expect(scan(wards).filter((f) => f.explanation === ROSTER_WHY)).toEqual([]);
    expect(ruled('Dag     FM     EM     Kväll\nMån     BIL    MAT    BIL\nTis     MAT    BIL    TVÄ\nOns     BIL    MAT    BIL\n')).toEqual([]);
  });
  it('takes no grid whose initials never come back: a code per cell', () => {
    expect(ruled('Dag     Förmiddag   Eftermiddag\nMån     AB          CD\nTis     EF          GH\nOns     IJ          KM\n')).toEqual([]);
  });
  it('takes no grid whose rows are not days, dates, times or shifts', () => {
    expect(names('Rum     Förmiddag   Eftermiddag\nA-hus   KL          PÖ\nB-hus   PÖ          KL\nC-hus   KL          PÖ\n')).toEqual([]);
  });
});

describe('a visit log: a date or a time, initials and the visit', () => {
  it('reads the initials column of a log whose rows open with a weekday and a date', () => {
    const t = 'Mån 4/3   07:40   KL   Morgonbesök, dusch\nMån 4/3   12:10   PÖ   Lunch och medicin\nMån 4/3   19:30   KL   Kvällsbesök\nTis 5/3   07:45   AS   Morgonbesök\n';
    expect(names(t)).toEqual(['KL', 'PÖ', 'KL', 'AS']);
  });
  it('keeps a code column of a log out: codes, a header that names a thing, no activity', () => {
    expect(names('Mån 4/3   07:40   FM   Morgonbesök, dusch\nMån 4/3   12:10   EM   Lunch och medicin\nTis 5/3   07:45   FM   Morgonbesök\n')).toEqual([]);
    expect(names('Datum     Tid     Enhet  Insats\nMån 4/3   07:40   KL     Morgonbesök\nMån 4/3   12:10   PÖ     Lunch\nTis 5/3   07:45   KL     Morgonbesök\n')).toEqual([]);
    expect(names('Mån 4/3   07:40   KL   12\nMån 4/3   12:10   PÖ   14\nTis 5/3   07:45   KL   9\n')).toEqual([]);
  });
});

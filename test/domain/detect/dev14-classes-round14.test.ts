// Round 14 of issue 15 (det-dev14): classes from dev14's odd half (a housing company's everyday documents), with
// invented text; each class failed before its change.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';

const names = (text: string): string[] =>
  scan(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

describe('a hyphenated name of a register cell, found again alone', () => {
  it('finds a hyphenated name the dictionary also has as a proper noun again after its full name', () => {
    // "Hyltén-Cavallius" begins compounds in the dictionary; the register's full name says it is a person here.
    expect(names('Namn: Hyltén-Cavallius, Maja\n\nVi ringde Hyltén-Cavallius igen.')).toEqual(['Hyltén-Cavallius, Maja', 'Hyltén-Cavallius']);
  });
  it('still leaves the proper noun alone where no full name in the text has it', () => {
    expect(names('Namn: Berg, Maja\n\nVi läste om Hyltén-Cavallius.')).toEqual(['Berg, Maja']);
  });
});

describe('staff initials signing a note, an attestation or a signature line', () => {
  it('reads initials after a note word before a date and a colon', () => {
    expect(names('Kommentar från kund mottagen.\nNotering TB 12/5: kunden ringer tillbaka.')).toEqual(['TB']);
  });
  it('reads initials after "Attest" before a date, also in a CSV\'s last cell', () => {
    expect(names('Summa 1 200,00\nAttest GHK 2026-04-02')).toEqual(['GHK']);
    expect(names('TOTAL;;;;1200,00;Attest RW 2026-04-02')).toEqual(['RW']);
  });
  it('reads dotted initials after a signature word with a role, before the next field', () => {
    expect(names('Sign boende: P.E.     Sign förvaltare: KJ')).toEqual(['P.E.', 'KJ']);
  });
  it('leaves an abbreviation, a year and initials mid-sentence', () => {
    expect(names('Attest VD 2026-04-02')).toEqual([]);
    expect(names('Attest 2026 enligt plan')).toEqual([]);
    expect(names('Notering om TB och annat i mötet.')).toEqual([]);
  });
});

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

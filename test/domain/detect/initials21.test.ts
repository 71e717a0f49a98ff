// Round 21 of issue 15 (det-init21): names written as initials only. Invented text; each "found" case failed before.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

describe('initials with a dot after each letter, wherever they stand', () => {
  it('takes a client\'s dotted initials heading the items of a list', () => {
    const text = 'Brukare (endast initialer)\n - K.J.: ny kontaktperson från december.\n - A.P.R.: läkarbesök flyttat.\n';
    expect(names(text)).toEqual(['K.J.', 'A.P.R.']);
  });
  it('takes them as a field\'s value, in parentheses and after a slash', () => {
    expect(names('Kund: D.Ö. (K-2211), Luleå\n')).toEqual(['D.Ö.']);
    expect(names('Boende i rum 4 (G.H.) har sovit oroligt.\n')).toEqual(['G.H.']);
    expect(names('Larm 03.10, hjälpt upp av UL/B.K. Ingen skada.\n')).toEqual(['B.K.']);
  });
  it('takes letters that a one-dot abbreviation shares ("fr.", "st.") and a particle\'s small letter between capitals', () => {
    expect(names('Ny assistent S.T. börjar på måndag.\n')).toEqual(['S.T.']);
    expect(names('Samtal med F.R. om schemat.\n')).toEqual(['F.R.']);
    expect(names('Signerat: J.v.H. (natt)\n')).toEqual(['J.v.H.']);
  });
  it('leaves the abbreviations written with a dot per letter, a heading in capitals and a term joined by a hyphen', () => {
    expect(names('Gäller T.O.M. mars. P.G.A. sjukdom ställs mötet in. D.V.S. inget möte.\n')).toEqual([]);
    expect(names('YRKANDEN M.M.\nKlaganden yrkar att beslutet ändras.\n')).toEqual([]);
    expect(names('Mötet handlade om K.B.-projektets budget.\n')).toEqual([]);
    expect(names('Priset anges i U.S. dollar.\n')).toEqual([]);
  });
});

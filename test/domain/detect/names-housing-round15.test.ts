// Round 15 of issue 15 (det-names15b): names in social-services, school and housing text, with invented text; each
// class failed before its change.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';
import { isParticiple } from '../../../src/detect/name-housing.ts';

describe('a participle opening a status cell', () => {
  it('tells a participle of a dictionary verb by its infinitive', () => {
    expect(['beställd', 'beställt', 'beställda', 'skickad', 'skickat'].every(isParticiple)).toBe(true);
    expect(['ingrid', 'astrid', 'gert', 'alfred', 'bengt'].some(isParticiple)).toBe(false);
  });
  it('keeps a capitalised participle out of the name after it and out of a cell of its own', () => {
    const text = 'AO-7 Storgatan 9 / 1303    element kallt    Kasper Nowak    Beställd Sara Lind\n' +
      'AO-8 Storgatan 1 / 1101    hiss             Kone (extern)   Beställd  –\n';
    const found = names(text);
    expect(found).toContain('Sara Lind');
    expect(found.filter((n) => n.includes('Beställd'))).toEqual([]);
  });
});

describe('the Arabic article in lower case', () => {
  it('goes with the surname when the rules found the surname alone', () => {
    expect(names('Föräldrarna al-Hakim har bett om ett möte.')).toContain('al-Hakim');
    expect(names('Vi ringde familjen el-Sayed i går.')).toContain('el-Sayed');
  });
});

describe('an initial before a surname first in a cell', () => {
  it('goes with the surname after a column gap', () => {
    const text = 'AO-1 Storgatan 9 / 1303   byte lås   Kasper Nowak    Klar     C. Otieno 0704 77 12 58\n';
    expect(names(text)).toContain('C. Otieno');
  });
});

describe('a neighbour or tenant in parentheses', () => {
  it('finds a listed surname after "grannen ovanför (" or before a flat number', () => {
    expect(names('Det droppar från taket. Grannen ovanför (Berglund, lgh 1304) säger att hon inte vet.')).toContain('Berglund');
    expect(names('Klagomål på musik sent (Berglund, lgh 1102) – andra gången.')).toContain('Berglund');
  });
  it('leaves a word or a place in parentheses alone', () => {
    expect(names('Grannen ovanför (Stockholm, lgh 1304) säger att det är lugnt.')).toEqual([]);
    expect(names('Grannen ovanför (Nej, lgh 1304) säger att det är lugnt.')).toEqual([]);
  });
});

describe('a pet', () => {
  it('is no person in parentheses after its animal, nor after a denied "heter"', () => {
    expect(names('Husdjur: 1 hund (Stella? ej ifyllt).')).toEqual([]);
    expect(names('Obs att hunden heter ej Stella enl. anteckning.')).toEqual([]);
  });
  it('leaves a child named so', () => {
    expect(names('Min son heter inte Stella utan Sven.')).toContain('Sven');
  });
});

describe('staff initials and acronyms', () => {
  it('takes "AS" after a signing word: a company form only after the firm\'s name', () => {
    expect(names('Rektor Maria Blom            Sign. AS 2024-09-18\n')).toContain('AS');
    expect(names('Offert från Fjord Beredskap AS.')).toEqual([]);
  });
  it('leaves the unit individ- och familjeomsorg alone', () => {
    expect(names('TOLKBOKNINGAR – IFO och Vuxenenheten, Kommun\nFakturaref. 7740-IFO, OCR.')).toEqual([]);
  });
});

describe('a contact in no list first in a cell before a mobile number', () => {
  it('is the contact column\'s person; a label before the number is not', () => {
    const text = 'AO-1 Storgatan 7 / 1204   fukt i badrum   Per Nilsson    Pågår    Oyelaran 073-418 22 90\n' +
      'AO-2 Storgatan 7 / 1206   fukt            Per Nilsson    Pågår    Mobil 073-418 22 91\n';
    const found = names(text);
    expect(found).toContain('Oyelaran');
    expect(found).not.toContain('Mobil');
  });
});

describe('initials as the agent after "av" at a clause\'s end', () => {
  it('takes capitals that spell a preposition there ("på begäran av PÅ.")', () => {
    expect(names('Export utförd av KL (systemförvaltare) på begäran av PÅ.')).toContain('PÅ');
  });
  it('leaves an abbreviation, a word in capitals and a heading in capitals alone', () => {
    expect(names('Beslutet fattades av KF.')).toEqual([]);
    expect(names('Boken är skriven av DEM.')).toEqual([]);
    expect(names('RAPPORT FRAMTAGEN AV IT.')).toEqual([]);
  });
});

describe('a party\'s letters in a column of people', () => {
  it('are a person\'s initials under "handl" or "Sign"; a unit there is not', () => {
    const log = 'tid;mottagare;namn;status;handl;källa\n' +
      '2024-10-01 08:00:12;+46706123344;Holm Berit;levererad;JNo;10.1.1.2\n' +
      '2024-10-01 08:00:13;+46706123345;Ek Karl;levererad;MP;10.1.1.2\n' +
      '2024-10-01 08:00:14;+46706123346;Lund Eva;levererad;IT;10.1.1.2\n';
    const found = names(log);
    expect(found).toContain('MP');
    expect(found).not.toContain('IT');
    expect(names('"Enhet","Efternamn","Förnamn","Sign","Roll"\n"Hemtjänst","BERG","Malin","MP","Undersköterska"\n')).toContain('MP');
  });
});

describe('a lone name whose context says a person', () => {
  it('is found before a state only a person is in ("ej hemma")', () => {
    const text = 'AO-1 Storgatan 7 / 1204   fukt i badrum, trol. från   Per Nilsson    Pågår\n' +
      '                          1304, Berglund ej hemma 2 ggr\n';
    expect(names(text)).toContain('Berglund');
    expect(names('Tvättstugan ej hemma. Lund ej hemma.')).toEqual([]);
  });
  it('is found where an e-mail address of the text spells the surname', () => {
    const log = '[2025-02-20 07:12:44] user=k.aberg1960@gmail.com ip=83.250.114.27\n' +
      '  kategori=VÄRME text="elementet i köket kallt igen, Åberg" kontakt=070-244 18 30\n';
    expect(names(log)).toContain('Åberg');
    expect(names('Mejla anna.berg@firma.se om Berg.')).toEqual([]);
  });
});

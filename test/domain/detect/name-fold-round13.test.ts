// Round 13 (det-fold13): name classes of letters, minutes and e-mail of a housing company and a school office, on invented
// text: one sign-off rule, abbreviated roles, qualified role labels, lists after a group word, institutions and firms.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';
import { CLOSING_PHRASES } from '../../../src/detect/sign-off.ts';

describe('one sign-off rule', () => {
  it('reads every closing phrase of its one list before a name on the same line and on the next', () => {
    for (const phrase of CLOSING_PHRASES) {
      const cap = phrase.charAt(0).toUpperCase() + phrase.slice(1);
      expect(names(`Tack för hjälpen.\n${cap}\nKarin Öhrvall\nFörvaltare`), phrase).toContain('Karin Öhrvall');
      expect(names(`Tack för hjälpen.\n${cap} Lotta`), phrase).toContain('Lotta');
      expect(names(`Tack för hjälpen.\n${cap}\nmaja ekström`), phrase).toContain('maja ekström');
    }
  });
  it('reads the phrase in any case on every reading ("Bästa hälsningar KG", "HÄLSNINGAR Sol")', () => {
    expect(names('Vi ses på torsdag. Bästa hälsningar KG')).toContain('KG');
    expect(names('Vi ses på torsdag.\nHÄLSNINGAR Sol')).toContain('Sol');
    expect(names('Hälsn.\nPer-Erik Sjödin')).toContain('Per-Erik Sjödin');
  });
  it('takes the name on the line after a closing phrase, before the writer\'s role and unit', () => {
    const text = 'Hej!\nVi återkommer om besiktningen av tvättstugan.\n\nMed vänlig hälsning\nKarin Öhrvall\nFörvaltare\nEkby Bostäder AB\n';
    expect(names(text)).toEqual(['Karin Öhrvall']);
    expect(names('Vänliga hälsningar\n\nTuula Kivelä-Sundqvist\nSkolsekreterare, Kvarnbackens skola')).toContain('Tuula Kivelä-Sundqvist');
    expect(names('Med vänlig hälsning,\nSten Holm, fastighetsskötare')).toContain('Sten Holm');
  });
  it('takes staff initials alone on the next line, perhaps after a slash ("MVH⏎/ TG", "Mvh⏎KG")', () => {
    expect(names('Nyckeln ligger i postfacket.\nMVH\n/ TG\n')).toContain('TG');
    expect(names('Ring om något är oklart.\nMvh\nKG\n')).toContain('KG');
    expect(names('Hälsningar\n// AKo, förvaltare')).toContain('AKo');
    expect(names('Vi kommer på måndag. MVH / TG')).toContain('TG');
  });
  it('finds initials taken after a closing again elsewhere in the text', () => {
    const text = 'Anteckning: KG ringer hyresgästen på fredag.\n\nMvh\nKG\n';
    expect(names(text).filter((n) => n === 'KG')).toHaveLength(2);
  });
  it('leaves abbreviations and units after a closing', () => {
    expect(names('Mvh\nKB\n')).toEqual([]);
    expect(names('Mvh\nVD\n')).toEqual([]);
    expect(names('Mvh\nIT-support\n')).toEqual([]);
    expect(names('Med vänlig hälsning\nSKOLKONTORET\n')).toEqual([]);
  });
  it('reads no sign-off where the closing phrase goes on in lower case', () => {
    expect(names('Hälsningar från oss alla på kontoret')).toEqual([]);
    expect(names('Hälsningar från oss alla på kontoret\nKundservice')).toEqual([]);
    expect(names('Med vänlig hälsning från oss i styrelsen\nBrf Linden')).toEqual([]);
    expect(names('Varma hälsningar från klass 3B\nEkbyskolan')).toEqual([]);
    expect(names('Hälsningar till alla i trapphus B')).toEqual([]);
  });
  it('takes no unit, place or common word after a closing', () => {
    expect(names('Med vänlig hälsning\nKundtjänst')).toEqual([]);
    expect(names('Mvh Elevhälsan')).toEqual([]);
    expect(names('Hälsningar\nStyrelsen i Brf Linden')).toEqual([]);
    expect(names('Hälsningar Lerum')).toEqual([]);
  });
  it('stays linear on one long line of closing phrases and on a megabyte of them on lines of their own', () => {
    const line = 'mvh Lotta, '.repeat(20_000);
    expect(names(line).length).toBeGreaterThanOrEqual(0);
    const lines = 'Mvh\nKG\n'.repeat(60_000);
    expect(names(lines).length).toBeGreaterThan(0);
    expect(names('Mvh'.repeat(100_000)).length).toBe(0);
  });
});

describe('abbreviated role words before a surname or a full name', () => {
  it('reads a role shortened with a dot, after prefixes or a compound head, as a title', () => {
    expect(names('Mötet öppnades av ordf. Lindqvist kl. 18.00.')).toContain('Lindqvist');
    const present = names('Närvarande: adj. Sara Mäki, v.ordf. Holm och sekr. Åkesson.');
    for (const n of ['Sara Mäki', 'Holm', 'Åkesson']) expect(present).toContain(n);
    expect(names('Samtal med avd.chef Berg om schemat.')).toContain('Berg');
    expect(names('Kopia till fastighetsförv. Tapper')).toContain('Tapper');
    expect(names('Uppföljning med adm. Ekman')).toContain('Ekman');
    expect(names('Enligt ordf. Rask ska mötet flyttas.')).toContain('Rask');
  });
  it('reads the short forms of compound roles without a dot ("ssk", "usk", "vh")', () => {
    expect(names('Provet togs av ssk Nyström i morse.')).toContain('Nyström');
    expect(names('Såret lades om av usk Lind.')).toContain('Lind');
    expect(names('Skolan ringde vh Eriksson angående frånvaron.')).toContain('Eriksson');
  });
  it('still reads the round 12 short titles and "bitr. rektor"', () => {
    expect(names('Beslutet fattades av bitr. rektor Alm.')).toContain('Alm');
    expect(names('Besök hos hyresg. Nordqvist i lgh 1102.')).toContain('Nordqvist');
    expect(names('Kontroll utförd av insp. Lindgren.')).toContain('Lindgren');
  });
  it('leaves other abbreviations with a dot before a capitalised word', () => {
    expect(names('Hyran är 5 400 kr. Berg och dal.')).toEqual([]);
    expect(names('Mötet avslutades kl. 19. Rask avslutning.')).toEqual([]);
    expect(names('Se t.ex. Holm.')).toEqual([]);
    expect(names('Vi köpte 3 st. Björk.')).toEqual([]);
    expect(names('Mötet slutade. Rask handling krävs.')).toEqual([]);
    expect(names('Ingen kom. Min granne tittade ut.')).toEqual([]);
    expect(names('Ring vid nästa kontakt. Hans nummer finns i akten.')).toEqual([]);
  });
});

describe('qualified role labels', () => {
  it('reads a label whose head noun is a person label or a role, with words before it or a preposition after it', () => {
    expect(names('Ansvarig handläggare: Malin Ek')).toContain('Malin Ek');
    expect(names('Kontaktperson hos oss: Sol Vinter')).toContain('Sol Vinter');
    expect(names('Elevens mentor: Ali Hassan')).toContain('Ali Hassan');
    expect(names('Kopia för kännedom: Mats Ek')).toContain('Mats Ek');
  });
  it('reads an attendance list under a qualified label', () => {
    const found = names('Närvarande från förvaltningen: Bo Sten, Sol Vinter');
    expect(found).toContain('Bo Sten');
    expect(found).toContain('Sol Vinter');
  });
  it('leaves units, firms and notes after such a label', () => {
    expect(names('Ansvarig enhet: Kundservice')).toEqual([]);
    expect(names('Kontaktperson hos oss: Bygg & Service AB')).toEqual([]);
    expect(names('Ansvarig handläggare: se ovan')).toEqual([]);
    expect(names('Närvarande från förvaltningen: Ekonomichef, Skolchef')).toEqual([]);
  });
});

describe('lists of children or members after a kinship or group word', () => {
  it('reads every item of a list of children with their ages', () => {
    const found = names('I hushållet bor barnen Elsa (7), Tyra (4) och Björn (1).');
    for (const n of ['Elsa', 'Tyra', 'Björn']) expect(found).toContain(n);
    const aged = names('Familjen har barnen Elsa, 7 år, Noah, 4 år, och Liv.');
    for (const n of ['Elsa', 'Noah', 'Liv']) expect(aged).toContain(n);
    const label = names('Barnen: Elsa (7), Noah (4) och Liv');
    for (const n of ['Elsa', 'Noah', 'Liv']) expect(label).toContain(n);
  });
  it('reads a list after a plural of a role or a member word', () => {
    const members = names('Frågan togs upp av medlemmarna Ek, Lind och Sten.');
    for (const n of ['Ek', 'Lind', 'Sten']) expect(members).toContain(n);
    const pupils = names('Frånvarande var eleverna Adam, Sofia och Yusuf.');
    for (const n of ['Adam', 'Sofia', 'Yusuf']) expect(pupils).toContain(n);
    const board = names('Ledamöter: Karin Sjö, Per Fors och Eva Malm');
    for (const n of ['Karin Sjö', 'Per Fors', 'Eva Malm']) expect(board).toContain(n);
  });
  it('leaves lists after plurals of things', () => {
    expect(names('Vi följde rutinerna Ek, Berg.')).toEqual([]);
    expect(names('Se bilagorna Ek och Berg.')).toEqual([]);
    expect(names('Läs tidningarna Aftonbladet och Expressen.')).toEqual([]);
  });
});

describe('institutions and firms are no persons', () => {
  it('takes no institution after a closing phrase as its signer', () => {
    expect(names('Hälsningar Lundbohmsskolan')).toEqual([]);
    expect(names('Tack för i dag!\nMvh Kvarnbackens förskola')).toEqual([]);
    expect(names('Mvh Saga och Ask')).toEqual(['Saga', 'Ask']);
    expect(names('Med vänlig hälsning\nKarin von Essen')).toEqual(['Karin von Essen']);
  });
  it('leaves a name-like run that ends in an institution noun', () => {
    expect(names('Mötet hölls på Hjalmar Lundbohmsskolan i aulan.')).toEqual([]);
    expect(names('Eleven går på Kvarnbackens förskola.')).toEqual([]);
    expect(names('Samling på Gunnar Ekelöf Gymnasiet')).toEqual([]);
  });
  it('reads a firm name before a legal person\'s organisationsnummer on its line as a firm', () => {
    expect(names('Kalle Ek Trädgård, 556677-8899')).toEqual([]);
    expect(names('Sara Mäki Design, org.nr 559123-4567')).toEqual([]);
    expect(names('Fakturan från Eva Strand Redovisning, org.nr 556677-8899, avser mars.')).toEqual([]);
    expect(names('Vi har anlitat Berg & Son AB 556677-8899 för takarbetet.')).toEqual([]);
  });
  it('keeps a person beside a firm\'s number, and a sole trader before his personnummer', () => {
    expect(names('Karin Öhrvall, 556677-8899')).toEqual(['Karin Öhrvall']);
    expect(names('Kalle Ek, 121212-1212')).toEqual(['Kalle Ek']);
    expect(names('Kontakt: Karin Öhrvall, 070-123 45 67')).toEqual(['Karin Öhrvall']);
  });
});

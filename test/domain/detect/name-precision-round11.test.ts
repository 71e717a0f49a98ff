// False positives of names in everyday documents, round 11 (det-prec11): look-alikes attached to a thing (a school, a
// club, a boat, a product) from the invented negative probe test/fixtures/name-negatives-round11.txt. Every case is
// invented (none taken from a dev set). Each group that drops a look-alike failed before the change it tests; the cases
// that keep a person pass both before and after.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';

const names = (text: string): string[] => scan(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

describe('a school, preschool or club compound names an institution', () => {
  it('drops a preschool or school whose own name has a surname form', () => {
    expect(names('Barnen har plats på Förskolan Pingvinen sedan i våras.')).toEqual([]);
    expect(names('Plats erbjuds på Förskolan Citronen från 1 mars.')).toEqual([]);
    expect(names('Barn i hushållet:\n- Ebbe Nyman, 180101-2392, Hagaskolan F–3, fritids')).toEqual(['Ebbe Nyman']);
  });
  it('drops a club in a register\'s name column', () => {
    expect(names('Plats | Namn | Org.nr/pnr\nB07 | Nolby Segelklubb | 802400-1234')).toEqual([]);
  });
  it('keeps the children, parents and staff beside them', () => {
    expect(names('Barnen Tilde och Vidar har plats på Förskolan Pingvinen.')).toEqual(['Tilde', 'Vidar']);
    expect(names('Plats erbjuds på Förskolan Citronen, kontakta Eeva Tuominen.')).toEqual(['Eeva Tuominen']);
    expect(names('Kaisa Laaksonen på Förskolan Solberga har lämnat in ett intyg.')).toEqual(['Kaisa Laaksonen']);
  });
});

describe('a column of things', () => {
  it('drops the cells under a boat, animal or stop header', () => {
    expect(names('Plats | Ägare | Båt (namn, reg)\nA1 | Bengt Rosén | "Stormfågeln" SE-A 12\nA2 | Hanna Lind | "Sofia"')).toEqual(['Bengt Rosén', 'Hanna Lind']);
    expect(names('tid;händelse;båtnamn;kontakt\n08:10;ANKOMST;Viola;Jens Åberg\n09:20;AVRESA;Greta;Lisa Holm')).toEqual(['Jens Åberg', 'Lisa Holm']);
  });
  it('keeps the names under a person header beside them', () => {
    expect(names('Ägare;Hund\nAnna Lund;Bella\nPer Strand;Zorro')).toEqual(['Anna Lund', 'Per Strand']);
  });
});

describe('a column of administrations', () => {
  it('drops a unit\'s code repeated under its header', () => {
    expect(names('anst.nr;namn;personnr;förvaltning;ändring\n4011;Ekman Lova;180101-2392;TEK;Bankkonto\n4012;Rask Ivar;180102-2383;TEK;Telefon')).toEqual(['Ekman Lova', 'Rask Ivar']);
  });
});

// Tests for the seed catalogue of OSL provisions a redaction rests on (LEGAL.md's common provisions).
import { describe, expect, it } from 'vitest';
import { activityWarning, findProvision, parseLabel, presetLabels, provisionCatalogue, provisionInFull, provisionLabel } from '../../src/domain/provisions.ts';

describe('provisionLabel', () => {
  it('writes chapter and section the way markers and decisions cite them', () => {
    expect(provisionLabel({ chapter: 21, section: 7 })).toBe('OSL 21:7');
    expect(provisionLabel({ chapter: 31, section: 16 })).toBe('OSL 31:16');
  });

  it.each([
    [0, 7],
    [21, 0],
    [21.5, 7],
    [21, Number.NaN],
    [-1, 3],
  ])('refuses chapter %s, section %s', (chapter, section) => {
    expect(() => provisionLabel({ chapter, section })).toThrow(RangeError);
  });
});

describe('provisionLabel with a stycke, and in full', () => {
  it('names the stycke in the label and writes the provision out in full for its first mention', () => {
    expect(provisionLabel({ chapter: 39, section: 3, part: '2 st' })).toBe('OSL 39:3 2 st');
    expect(() => provisionLabel({ chapter: 39, section: 3, part: 'andra' })).toThrow(RangeError);
    expect(provisionInFull({ chapter: 21, section: 7 })).toBe('offentlighets- och sekretesslagen (2009:400) 21 kap. 7 §');
    expect(provisionInFull({ chapter: 39, section: 3, part: '2 st' })).toBe('offentlighets- och sekretesslagen (2009:400) 39 kap. 3 § andra stycket');
    expect(parseLabel('OSL 19:3 1 st')).toEqual({ chapter: 19, section: 3, part: '1 st' });
  });
});

describe('presets per kind of organisation', () => {
  it('a company gets 19:1, 19:3, 21:3, 21:7, 31:16, 39:3 2 st, 18:8, 18:13 and no activity-bound provision', () => {
    expect(presetLabels('municipal_company', []).sort()).toEqual(
      ['OSL 19:1', 'OSL 19:3 1 st', 'OSL 19:3 2 st', 'OSL 21:3', 'OSL 21:7', 'OSL 31:16', 'OSL 39:3 2 st', 'OSL 18:8', 'OSL 18:13'].sort(),
    );
  });

  it('activity-bound provisions come only with the activity', () => {
    expect(presetLabels('municipality', ['social_services'])).toContain('OSL 26:1');
    expect(presetLabels('municipality', [])).not.toContain('OSL 26:1');
    expect(presetLabels('state_authority', ['population_registration'])).toContain('OSL 22:1');
    expect(presetLabels('state_authority', [])).not.toContain('OSL 25:1');
  });

  it('warns when an activity-bound provision is used outside its activity, and not otherwise', () => {
    const p = { label: 'OSL 26:1', activity: 'social_services' };
    expect(activityWarning(p, { activities: [] })).toMatch(/gäller bara i socialtjänst/);
    expect(activityWarning(p, { activities: ['social_services'] })).toBeNull();
    expect(activityWarning({ label: 'OSL 21:7', activity: null }, { activities: [] })).toBeNull();
  });
});

describe('provisionCatalogue', () => {
  it('holds the common provisions of LEGAL.md, in that order', () => {
    expect(provisionCatalogue.map((p) => p.label)).toEqual([
      'OSL 21:7',
      'OSL 21:3',
      'OSL 21:1',
      'OSL 22:1',
      'OSL 25:1',
      'OSL 26:1',
      'OSL 39:3 2 st',
      'OSL 31:16',
      'OSL 19:3 2 st',
      'OSL 18:8',
      'OSL 18:13',
      'OSL 19:1',
      'OSL 19:3 1 st',
    ]);
  });

  it('records each harm test and activity binding (LEGAL.md)', () => {
    const by = (l: string) => findProvision(l)!;
    expect(by('OSL 19:3 2 st').harmTest).toBe('absolut');
    expect(by('OSL 19:3 1 st').harmTest).toBe('rakt');
    expect(by('OSL 21:1').harmTest).toBe('kvalificerat');
    expect(by('OSL 26:1')).toMatchObject({ harmTest: 'omvänt', activity: 'social_services' });
    expect(by('OSL 25:1').activity).toBe('health_care');
    expect(by('OSL 22:1').activity).toBe('population_registration');
    expect(by('OSL 21:7').activity).toBeNull();
  });

  it('gives every entry a Swedish short name and the label of its chapter and section', () => {
    for (const p of provisionCatalogue) {
      expect(p.shortName.length).toBeGreaterThan(3);
      expect(p.label).toBe(provisionLabel(p));
    }
    expect(new Set(provisionCatalogue.map((p) => p.label)).size).toBe(provisionCatalogue.length);
  });

  it('cannot be changed in code: the db is where an admin edits provisions', () => {
    expect(Object.isFrozen(provisionCatalogue)).toBe(true);
    expect(provisionCatalogue.every((p) => Object.isFrozen(p))).toBe(true);
  });

  it('finds an entry by its label', () => {
    expect(findProvision('OSL 26:1')?.shortName).toBe('Socialtjänst');
    expect(findProvision('OSL 99:1')).toBeUndefined();
  });
});

// Round 9, after the merge (issue 15): the name-model hook keeps to what the rules know. Every example is invented.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

describe('the contextual model beside the rules (round 9, after the merge)', () => {
  it('joins a word it finds right beside a name the rules found into that name', () => {
    expect(names('SKICKAD     Chidi O (granne)')).toEqual(['Chidi O']);
    expect(names('Brevet gick till Adeyemi F på avdelningen.')).toEqual(['Adeyemi F']);
  });
  it('does not take one word alone after a locative preposition, where the rules hold it a place abroad', () => {
    expect(names('Föraren stannade vid Orlando och ringde oss.')).toEqual([]);
    expect(names('Lastbilen stod vid Lima hela natten.')).toEqual([]);
  });
});

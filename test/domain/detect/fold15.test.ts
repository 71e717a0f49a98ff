// The rules that share one list (issue 15, fold review): where a rule takes only some of a shared list's words, the words
// it leaves out must stay out. Invented examples.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';

const names = (text: string): string[] => scan(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

describe('name particles: one list, each rule its groups', () => {
  it('joins a particle in lower case to a lone surname, but not the Swedish pronouns "du" and "den"', () => {
    expect(names('Ringde du Lindqvist i går?')).not.toContain('du Lindqvist');
    expect(names('Hej, det är den Lindqvist som ringde.')).not.toContain('den Lindqvist');
  });
  it('does not join two names across a capitalised "Den"', () => {
    expect(names('Vi träffade Anna Den Berg i går.')).not.toContain('Anna Den Berg');
  });
});

describe('words of signing: one list of record verbs for every rule', () => {
  it('reads initials after any participle of the list before "av", not only those a rule once listed by hand', () => {
    // "diarieförd" was a verb of LOG_VERB only; SIGN_ROLE now reads it too.
    expect(names('Ärende om bygglov vid ån.\nDiarieförd av MK\nBeslut fattat.')).toContain('MK');
  });
});

describe('SIGN_ROLE reads the participle before "handl"', () => {
  it('takes the initials after "Handlagt av" (the i flag once let "handl" + "agt" take the phrase first)', () => {
    expect(names('Ärende om bygglov vid ån.\nHandlagt av KL\nBeslut fattat.')).toContain('KL');
  });
});

// The sensitive-context detector: words pointing at health, social services, protected identity or crime, as information.
import { describe, expect, it } from 'vitest';
import { sensitiveDetector } from '../../../src/detect/sensitive.ts';
import { reviewerDetectors, scan } from '../../../src/detect/engine.ts';

describe('sensitive context', () => {
  it('flags health, social services, protected identity and crime words with the provision to weigh', () => {
    const text = 'Hon är sjukskriven sedan mars och har försörjningsstöd. Adressen har skyddad  identitet. Han är polisanmäld.';
    const f = sensitiveDetector.detect(text);
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['sjukskriven', 'försörjningsstöd', 'skyddad  identitet', 'polisanmäld']);
    expect(f[0]!.explanation).toContain('OSL 21:1');
    expect(f[1]!.explanation).toContain('OSL 26:1');
    expect(f[2]!.explanation).toContain('OSL 21:3');
    expect(f.every((x) => x.score < 0.5 && x.type === 'sensitive_context')).toBe(true);
  });

  it('matches at word starts only and ignores unrelated words', () => {
    expect(sensitiveDetector.detect('Vi beställde ett medberoende? Nej: fakturan gäller elnätet och hemsidan.')).toEqual([]);
    expect(sensitiveDetector.detect('Diagnosen') .length).toBe(1);
  });

  it('never displaces personal data in the engine', () => {
    const f = scan('Diagnos: Anna Andersson, 19560808-2656.', reviewerDetectors);
    expect(f.map((x) => x.type)).toEqual(['sensitive_context', 'name', 'personnummer']);
  });

  // Its speed on this input is measured by `npm run bench:domain`.
  it('finds nothing in a megabyte of one letter', () => {
    expect(sensitiveDetector.detect('s'.repeat(1_000_000))).toEqual([]);
  });
});

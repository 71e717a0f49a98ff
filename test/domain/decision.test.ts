// The decision roll-up from the assessments, the provisions the motivering must name, and the reviewer's input (FL 32 §, OSL 10 kap. 14 §).
import { describe, expect, it } from 'vitest';
import { provisionsText, provisionsUsed, rollUpAssessments, validateDecision, type AssessedDocument } from '../../src/domain/decision.ts';

const doc = (documentId: number, outcome: AssessedDocument['outcome'], provisions: string[] = [], releasedText: string | null = 'text'): AssessedDocument => ({
  documentId,
  outcome,
  provisions,
  releasedText: outcome === 'withhold' ? null : releasedText,
});

describe('rollUpAssessments', () => {
  it('all released in full is bifall; all withheld is avslag; anything between is delvis avslag', () => {
    expect(rollUpAssessments([doc(1, 'release_full'), doc(2, 'release_full')])).toEqual({ ok: true, outcome: 'release_full' });
    expect(rollUpAssessments([doc(1, 'withhold', ['OSL 21:7'])])).toEqual({ ok: true, outcome: 'refusal' });
    expect(rollUpAssessments([doc(1, 'release_full'), doc(2, 'withhold', ['OSL 26:1'])])).toEqual({ ok: true, outcome: 'partial_refusal' });
    expect(rollUpAssessments([doc(1, 'release_masked', ['OSL 21:7'])])).toEqual({ ok: true, outcome: 'partial_refusal' });
  });

  it('cannot decide without handlingar, with one unassessed, or one released without an approved version', () => {
    expect(rollUpAssessments([])).toMatchObject({ ok: false, reason: 'no_documents' });
    expect(rollUpAssessments([doc(1, 'release_full'), doc(2, null)])).toEqual({ ok: false, reason: 'not_assessed', documentIds: [2] });
    expect(rollUpAssessments([doc(3, 'release_masked', ['OSL 21:7'], null)])).toEqual({ ok: false, reason: 'not_approved', documentIds: [3] });
  });
});

describe('provisionsUsed', () => {
  it('names every provision with the handlingar and markers it applies to', () => {
    const uses = provisionsUsed([
      doc(10, 'release_full'),
      doc(11, 'release_masked', ['OSL 21:7', 'OSL 39:3'], 'A [maskerat – OSL 21:7] B [maskerat – OSL 21:7, OSL 39:3] C'),
      doc(12, 'withhold', ['OSL 26:1']),
    ]);
    expect(uses).toEqual([
      { provision: 'OSL 21:7', uses: [{ number: 2, withheld: false, markers: 2 }] },
      { provision: 'OSL 26:1', uses: [{ number: 3, withheld: true, markers: 0 }] },
      { provision: 'OSL 39:3', uses: [{ number: 2, withheld: false, markers: 1 }] },
    ]);
    expect(provisionsText(uses)).toBe(
      '- OSL 21:7: handling 2 (2 maskeringar)\n- OSL 26:1: handling 3 (hela handlingen)\n- OSL 39:3: handling 2 (1 maskering)',
    );
  });
});

describe('validateDecision', () => {
  it('needs a motivering for a refusal but not for bifall', () => {
    expect(validateDecision('release_full', { motivering: '', condition: '' })).toEqual({ ok: true, value: { outcome: 'release_full', motivering: '', condition: null } });
    expect(validateDecision('refusal', { motivering: '  ', condition: '' })).toMatchObject({ ok: false, errors: [{ field: 'motivering' }] });
  });

  it('turns bifall with a förbehåll into bifall med förbehåll, citing the secrecy it lifts', () => {
    const r = validateDecision('release_full', { motivering: 'Uppgifterna omfattas annars av OSL 31:16.', condition: 'Får inte publiceras.' });
    expect(r).toMatchObject({ ok: true, value: { outcome: 'release_with_condition', condition: 'Får inte publiceras.' } });
    expect(validateDecision('release_full', { motivering: 'Därför.', condition: 'Får inte publiceras.' })).toMatchObject({ ok: false, errors: [{ field: 'motivering' }] });
  });

  it('refuses a förbehåll on an avslag', () => {
    expect(validateDecision('refusal', { motivering: 'OSL 21:7', condition: 'x' })).toMatchObject({ ok: false, errors: [{ field: 'condition' }] });
  });
});

describe('neutral file names', () => {
  it('are built from the reference digits and the number only', async () => {
    const { neutralBaseName, neutralTitle } = await import('../../src/db/release.ts');
    expect(neutralBaseName('2026/0042', 1)).toBe('2026-0042-1');
    expect(neutralBaseName('../2026/"0042"\r\n', 3)).toBe('2026-0042-3');
    expect(neutralTitle('2026/0042', 2)).toBe('Utlämnad handling 2026/0042 nr 2');
  });
});

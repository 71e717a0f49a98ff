// The decision roll-up from the assessments, the provisions the motivering must name, and the reviewer's input (FL 32 §, OSL 10 kap. 14 §).
import { describe, expect, it } from 'vitest';
import { provisionsText, provisionsUsed, reasonsPerDocument, rollUpAssessments, validateDecision, type AssessedDocument } from '../../src/domain/decision.ts';
import { RequesterGuard } from '../../src/domain/leakGuard.ts';

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
    // Written out in full at first mention (FL 32 §), with the short form used in the boxes.
    expect(provisionsText(uses)).toBe(
      '- offentlighets- och sekretesslagen (2009:400) 21 kap. 7 § (OSL 21:7): handling 2 (2 maskeringar)\n' +
        '- offentlighets- och sekretesslagen (2009:400) 26 kap. 1 § (OSL 26:1): handling 3 (hela handlingen)\n' +
        '- offentlighets- och sekretesslagen (2009:400) 39 kap. 3 § (OSL 39:3): handling 2 (1 maskering)',
    );
    // A provision whose name would reveal the secret is not named (FL 32 § 2 st).
    const hidden = provisionsText(uses, new Set(['OSL 26:1']));
    expect(hidden).not.toContain('26 kap.');
    expect(hidden).toContain('som inte anges, eftersom det skulle röja det som ska skyddas (32 § andra stycket förvaltningslagen): handling 3 (hela handlingen)');
  });
});

describe('reasonsPerDocument (FL 32 §)', () => {
  const base = { description: 'Avtal', motivering: 'Priserna är affärshemligheter.', circumstances: { 'OSL 31:16': 'Etapp 2 upphandlas nu.' } };
  it('gives each handling its outcome, provisions and circumstances', () => {
    const text = reasonsPerDocument(
      [
        { ...base, number: 1, outcome: 'release_full', provisions: [], motivering: '', circumstances: {} },
        { ...base, number: 2, outcome: 'release_masked', provisions: [{ label: 'OSL 31:16', concealed: false }] },
      ],
      () => false,
    );
    expect(text).toBe('- Handling 1 (Avtal): lämnas ut i sin helhet.\n- Handling 2 (Avtal): lämnas ut med maskeringar enligt OSL 31:16.\n  Priserna är affärshemligheter.\n  OSL 31:16: Etapp 2 upphandlas nu.');
  });

  it('gives shorter reasons where the provision or the text would reveal the secret', () => {
    const text = reasonsPerDocument(
      [{ ...base, number: 1, outcome: 'withhold', provisions: [{ label: 'OSL 21:3', concealed: true }], motivering: 'Tolvan Tolvansson har skyddad adress.', circumstances: { 'OSL 21:3': 'Tolvansson hotad.' } }],
      (t) => new RequesterGuard(['Tolvan Tolvansson']).leaks(t).length > 0,
    );
    expect(text).not.toContain('Tolvans');
    expect(text).not.toContain('21:3');
    expect(text).toContain('32 § andra stycket förvaltningslagen');
  });
});

describe('validateDecision and förbehåll before refusal (OSL 10 kap. 14 §)', () => {
  it('asks, before anything is refused, whether a förbehåll would remove the risk, and why not', () => {
    expect(validateDecision('refusal', { motivering: 'OSL 21:7', condition: '' })).toMatchObject({ ok: false, errors: [{ field: 'conditionRisk' }] });
    expect(validateDecision('partial_refusal', { motivering: 'OSL 21:7', condition: '', conditionRisk: 'removes' })).toMatchObject({
      ok: false,
      errors: [{ field: 'conditionRisk', message: expect.stringContaining('ska det användas i stället för avslag') }],
    });
    expect(validateDecision('refusal', { motivering: 'OSL 21:7', condition: '', conditionRisk: 'does_not_remove', conditionAssessment: ' ' })).toMatchObject({ ok: false, errors: [{ field: 'conditionAssessment' }] });
    expect(validateDecision('refusal', { motivering: 'OSL 21:7', condition: '', conditionRisk: 'does_not_remove', conditionAssessment: 'Spridning kan inte hindras.' })).toMatchObject({
      ok: true,
      value: { outcome: 'refusal', conditionAssessment: 'Spridning kan inte hindras.' },
    });
  });
});

describe('validateDecision', () => {
  it('needs a motivering for a refusal but not for bifall', () => {
    expect(validateDecision('release_full', { motivering: '', condition: '' })).toEqual({ ok: true, value: { outcome: 'release_full', motivering: '', condition: null, conditionAssessment: null } });
    expect(validateDecision('refusal', { motivering: '  ', condition: '', conditionRisk: 'does_not_remove', conditionAssessment: 'x' })).toMatchObject({ ok: false, errors: [{ field: 'motivering' }] });
  });

  it('turns bifall with a förbehåll into bifall med förbehåll, citing the secrecy it lifts', () => {
    const r = validateDecision('release_full', { motivering: 'Uppgifterna omfattas annars av OSL 31:16.', condition: 'Får inte publiceras.' });
    expect(r).toMatchObject({ ok: true, value: { outcome: 'release_with_condition', condition: 'Får inte publiceras.' } });
    expect(validateDecision('release_full', { motivering: 'Därför.', condition: 'Får inte publiceras.' })).toMatchObject({ ok: false, errors: [{ field: 'motivering' }] });
  });

  it('refuses a förbehåll on an avslag', () => {
    expect(validateDecision('refusal', { motivering: 'OSL 21:7', condition: 'x', conditionRisk: 'does_not_remove', conditionAssessment: 'x' })).toMatchObject({ ok: false, errors: [{ field: 'condition' }] });
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

// The data subject's clock (GDPR art. 12(3)) and the identity rule (art. 12(6)).
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  computeSubjectDeadline,
  extensionError,
  identityEstablished,
  isSubjectRequestOverdue,
  lastDayOfPeriod,
} from '../../src/domain/subjectRequest.ts';
import { stockholmInstant } from '../../src/domain/workingDays.ts';
import {
  extractDataText,
  extractJson,
  requestKindOf,
  subjectKindOf,
  validateIdentity,
  validateOutcome,
  validateSubjectInput,
  validateAccessAnswer,
  appealTemplateKey,
} from '../../src/domain/subjectRequest.ts';
import { validateSubjectTemplate } from '../../src/domain/subjectRequestCommands.ts';
import { dueAtFor } from '../../src/domain/requestCommands.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';
import { subjectStats } from '../../src/domain/subjectStats.ts';
import { canAnswerSubject } from '../../src/domain/subjectRequestPolicy.ts';

const at = (date: string, time = '10:00') => stockholmInstant(date, time);

describe('month arithmetic (förordning 1182/71 art. 3)', () => {
  it.each([
    ['2026-03-15', 1, '2026-04-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-08-31', 3, '2026-11-30'],
  ])('%s + %i month(s) = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('moves a last day on a weekend or holiday to the next working day', () => {
    // 2026-10-03 (Saturday) + 1 month = 2026-11-03 (Tuesday): a working day, kept.
    expect(lastDayOfPeriod(at('2026-10-03'), 1)).toBe('2026-11-03');
    // 2026-11-06 + 1 month = 2026-12-06, a Sunday → Monday 2026-12-07.
    expect(lastDayOfPeriod(at('2026-11-06'), 1)).toBe('2026-12-07');
    // 2026-11-24 + 1 month = julafton → the next working day after Christmas, 2026-12-28.
    expect(lastDayOfPeriod(at('2026-11-24'), 1)).toBe('2026-12-28');
  });

  it('counts from the Stockholm date of receipt, not the UTC date', () => {
    // 23:30 on 31 January in Stockholm is still 31 January: due 28 February (a Saturday in 2026 → 2 March).
    expect(lastDayOfPeriod(at('2026-01-31', '23:30'), 1)).toBe('2026-03-02');
  });
});

describe('the deadline', () => {
  const received = at('2026-03-16');

  it('is one month from receipt, to the end of that day', () => {
    const d = computeSubjectDeadline(received);
    expect(d.lastDay).toBe('2026-04-16');
    expect(isSubjectRequestOverdue(d, at('2026-04-16', '23:59'), false)).toBe(false);
    expect(isSubjectRequestOverdue(d, at('2026-04-17', '00:01'), false)).toBe(true);
    expect(isSubjectRequestOverdue(d, at('2026-05-01'), true)).toBe(false);
    expect(d.explanation).toContain('art. 12.3');
  });

  it('is three months with an extension told within the first month, with reasons', () => {
    const d = computeSubjectDeadline(received, { notifiedAt: at('2026-04-10'), reasons: 'Många handlingar i tre system.' });
    expect(d.extended).toBe(true);
    expect(d.lastDay).toBe('2026-06-16');
  });

  it('refuses an extension told too late or without reasons, and keeps the month', () => {
    expect(extensionError(received, { notifiedAt: at('2026-04-17'), reasons: 'Många' })).toMatch(/inom den första månaden/);
    expect(extensionError(received, { notifiedAt: at('2026-04-01'), reasons: '  ' })).toMatch(/skälen/);
    expect(extensionError(received, { notifiedAt: at('2026-04-16', '22:00'), reasons: 'Många' })).toBeNull();
    const late = computeSubjectDeadline(received, { notifiedAt: at('2026-04-20'), reasons: 'Många' });
    expect(late.extended).toBe(false);
    expect(late.lastDay).toBe('2026-04-16');
  });
});

describe('identity before release (art. 12(6))', () => {
  it('needs a method and a reference', () => {
    expect(identityEstablished(null)).toBe(false);
    expect(identityEstablished({ method: 'bankid', reference: '', verifiedBy: 1, verifiedAt: new Date() })).toBe(false);
    expect(identityEstablished({ method: 'bankid', reference: 'order 7f3a', verifiedBy: 1, verifiedAt: new Date() })).toBe(true);
    // @ts-expect-error an unknown method is refused at run time too
    expect(identityEstablished({ method: 'passport_copy', reference: 'x', verifiedBy: 1, verifiedAt: new Date() })).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Registration, identity and outcome rules; the request's kind; the clock dispatch; statistics

describe('the request kind', () => {
  it('maps each right to a kind and back; a request for allmänna handlingar has none', () => {
    for (const k of ['access', 'portability', 'rectification', 'erasure', 'restriction', 'objection'] as const) {
      expect(subjectKindOf(requestKindOf(k))).toBe(k);
    }
    expect(subjectKindOf('public_records')).toBeNull();
    expect(subjectKindOf(undefined)).toBeNull();
  });
});

describe('validateSubjectInput', () => {
  it('requires the right and the name; splits identifiers by line; always searches the name given', () => {
    const bad = validateSubjectInput({ kind: 'nope', subjectName: ' ' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual(['kind', 'subjectName']);
    const ok = validateSubjectInput({ kind: 'access', subjectName: 'Tolvan Tolvansson', personnummer: '19560808-2656\r\n\r\n5608082656', names: 'T. Tolvansson' });
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(ok.value.identifiers.personnummer).toEqual(['19560808-2656', '5608082656']);
      expect(ok.value.identifiers.names).toEqual(['Tolvan Tolvansson', 'T. Tolvansson']);
      expect(ok.value.subjectContact).toBeNull();
    }
  });
});

describe('validateIdentity (art. 12(6), never a copy of the ID)', () => {
  it('needs a method and a reference', () => {
    expect(validateIdentity({ method: '', reference: '' }).ok).toBe(false);
    expect(validateIdentity({ method: 'bankid', reference: 'BankID-order 7f3a' })).toEqual({ ok: true, value: { method: 'bankid', reference: 'BankID-order 7f3a' } });
  });
  it.each(['19560808-2656', '560808-2656', '5608082656', '195608082656', 'körkort 560808 2656'])('refuses a reference holding an ID number: %s', (ref) => {
    const r = validateIdentity({ method: 'id_document_at_desk', reference: ref });
    expect(r.ok).toBe(false);
  });
});

describe('validateOutcome', () => {
  it('a refused or partial erasure names the law that requires keeping the data', () => {
    expect(validateOutcome('erasure', { outcome: 'refused', reasons: 'Fakturor' }).ok).toBe(false);
    expect(validateOutcome('erasure', { outcome: 'partly', reasons: 'Fakturor', legalBasis: 'arkivlagen' })).toMatchObject({ ok: true, value: { legalBasis: 'arkivlagen' } });
    expect(validateOutcome('erasure', { outcome: 'done', reasons: 'Raderat' })).toMatchObject({ ok: true, value: { legalBasis: null } });
    expect(validateOutcome('rectification', { outcome: 'done', reasons: '' }).ok).toBe(false);
  });
  it('an extract is not answered with an outcome', () => {
    expect(validateOutcome('access', { outcome: 'done', reasons: 'x' }).ok).toBe(false);
  });
  it('any of the other rights may be refused under art. 12.5, only in whole, and such an erasure needs no retention law', () => {
    for (const kind of ['rectification', 'erasure', 'restriction', 'objection'] as const) {
      expect(validateOutcome(kind, { outcome: 'refused', reasons: 'Femte likadana begäran i år.', ground: 'manifestly_excessive' })).toMatchObject({ ok: true, value: { ground: 'manifestly_excessive', legalBasis: null } });
    }
    expect(validateOutcome('rectification', { outcome: 'partly', reasons: 'x', ground: 'manifestly_unfounded' })).toMatchObject({ ok: false, errors: [{ field: 'ground' }] });
    expect(validateOutcome('rectification', { outcome: 'refused', reasons: 'x', ground: 'secrecy' })).toMatchObject({ ok: false, errors: [{ field: 'ground' }] });
    expect(validateOutcome('objection', { outcome: 'refused', reasons: 'Berättigade skäl väger tyngre.' })).toMatchObject({ ok: true, value: { ground: null } });
  });
});

describe('the clock dispatch (dueAtFor)', () => {
  const row = { received_at: '2026-01-31T09:00:00.000Z', status: 'registered' as const, flagged_for_secrecy: 0 as const, extended_until: null, extension_note: null };
  it('a data subject runs on the month, a request for allmänna handlingar on skyndsamt', () => {
    const subject = dueAtFor({ ...row, kind: 'subject_access' }, defaultDeadlineSettings);
    expect(subject).toBe(computeSubjectDeadline(new Date(row.received_at)).dueAt.toISOString());
    expect(dueAtFor({ ...row, kind: 'public_records' }, defaultDeadlineSettings)! < subject!).toBe(true);
  });
  it('counts a valid extension and ignores a late one', () => {
    const ext = dueAtFor({ ...row, kind: 'subject_erasure', subject_extension_notified_at: '2026-02-10T10:00:00.000Z', subject_extension_reasons: 'Många' }, defaultDeadlineSettings);
    expect(ext).toBe(computeSubjectDeadline(new Date(row.received_at), { notifiedAt: new Date('2026-02-10T10:00:00.000Z'), reasons: 'Många' }).dueAt.toISOString());
    const late = dueAtFor({ ...row, kind: 'subject_erasure', subject_extension_notified_at: '2026-03-10T10:00:00.000Z', subject_extension_reasons: 'Många' }, defaultDeadlineSettings);
    expect(late).toBe(computeSubjectDeadline(new Date(row.received_at)).dueAt.toISOString());
  });
  it('no clock once answered', () => {
    expect(dueAtFor({ ...row, status: 'decided', kind: 'subject_access' }, defaultDeadlineSettings)).toBeNull();
  });
});

describe('canAnswerSubject (art. 12(6))', () => {
  it.each([
    ['registrar', 'subject_access', false, false],
    ['registrar', 'subject_access', true, true],
    ['reviewer', 'subject_erasure', false, false],
    ['reviewer', 'subject_erasure', true, true],
    ['admin', 'subject_access', true, false],
    ['registrar', 'public_records', false, true],
  ] as const)('%s on %s with identity %s → %s', (role, kind, identityEstablished, allowed) => {
    expect(canAnswerSubject({ id: 1, role }, { kind, identityEstablished })).toBe(allowed);
  });
});

describe('the extract', () => {
  const handlings = [{ number: 1, description: 'Avtal', items: [{ type: 'personnummer', value: '19560808-2656' }] }];
  it('lists the data per handling, or says none was found', () => {
    expect(extractDataText(handlings, (t) => (t === 'personnummer' ? 'Personnummer' : t))).toBe('### Handling 1: Avtal\n- Personnummer: 19560808-2656');
    expect(extractDataText([], (t) => t)).toContain('inte hittat');
  });
  it('is machine-readable for art. 20', () => {
    const j = JSON.parse(extractJson({ organisation: 'Org', reference: '2026/0001', date: '2026-02-01', handlings }));
    expect(j.handlingar[0]).toEqual({ nummer: 1, beskrivning: 'Avtal', uppgifter: [{ typ: 'personnummer', värde: '19560808-2656' }] });
  });
});

describe('subjectStats', () => {
  it('counts per kind, median days and the share within the month', () => {
    const rows = [
      { kind: 'subject_access' as const, received_at: '2026-01-05T09:00:00.000Z', decided_at: '2026-01-15T09:00:00.000Z', status: 'decided', extension_notified_at: null, extension_reasons: null },
      { kind: 'subject_access' as const, received_at: '2026-01-05T09:00:00.000Z', decided_at: '2026-03-01T09:00:00.000Z', status: 'decided', extension_notified_at: '2026-01-20T09:00:00.000Z', extension_reasons: 'Många' },
      { kind: 'subject_erasure' as const, received_at: '2026-01-05T09:00:00.000Z', decided_at: null, status: 'registered', extension_notified_at: null, extension_reasons: null },
      { kind: 'public_records' as const, received_at: '2026-01-05T09:00:00.000Z', decided_at: null, status: 'registered', extension_notified_at: null, extension_reasons: null },
    ];
    const s = subjectStats(rows, new Date('2026-03-01T12:00:00.000Z'));
    const access = s.kinds.find((k) => k.kind === 'access')!;
    expect(access).toMatchObject({ received: 2, answered: 2, withinMonthShare: 0.5, withinDeadlineShare: 1 });
    expect(access.medianDays).toBe((10 + 55) / 2);
    expect(s.kinds.find((k) => k.kind === 'erasure')).toMatchObject({ received: 1, answered: 0, overdueNow: 1, medianDays: null });
    expect(s.total.received).toBe(3);
  });
});

describe('refusing an access request, in whole (art. 12.5) or in part (art. 15.4, DSL 5 kap.)', () => {
  it('answers in full by default; a refusal needs a ground of its kind and reasons', () => {
    expect(validateAccessAnswer({})).toEqual({ ok: true, value: { outcome: 'done', ground: null, reasons: null } });
    expect(validateAccessAnswer({ outcome: 'refused', ground: 'secrecy', motivering: 'x' })).toMatchObject({ ok: false, errors: [{ field: 'ground' }] });
    expect(validateAccessAnswer({ outcome: 'partly', ground: 'manifestly_excessive', motivering: 'x' })).toMatchObject({ ok: false, errors: [{ field: 'ground' }] });
    expect(validateAccessAnswer({ outcome: 'partly', ground: 'secrecy', motivering: '  ' })).toMatchObject({ ok: false, errors: [{ field: 'motivering' }] });
    expect(validateAccessAnswer({ outcome: 'refused', ground: 'manifestly_excessive', motivering: 'Fjärde begäran i månaden.' })).toEqual({
      ok: true,
      value: { outcome: 'refused', ground: 'manifestly_excessive', reasons: 'Fjärde begäran i månaden.' },
    });
    expect(validateAccessAnswer({ outcome: 'maybe' }).ok).toBe(false);
  });

  it('chooses the complaint-and-appeal text by the kind of organisation (an OSL 2:3 company is not a myndighet)', () => {
    expect(appealTemplateKey('state_authority')).toBe('subject_appeal_authority');
    expect(appealTemplateKey('municipality')).toBe('subject_appeal_authority');
    expect(appealTemplateKey('municipal_company')).toBe('subject_appeal_company');
  });

  it('an appeal template must name IMY, and the authority\'s must say how to appeal', () => {
    expect(validateSubjectTemplate('Klaga hos IMY.', 'subject_appeal_company').ok).toBe(true);
    expect(validateSubjectTemplate('Överklaga till förvaltningsrätten.', 'subject_appeal_company')).toMatchObject({ ok: false, message: expect.stringContaining('IMY') });
    expect(validateSubjectTemplate('Klaga hos IMY.', 'subject_appeal_authority')).toMatchObject({ ok: false, message: expect.stringContaining('överklagas') });
    // The court is named, as the kammarrätt is in a TF decision: the field, or the court written out.
    expect(validateSubjectTemplate('Överklaga till förvaltningsrätten. Klaga hos IMY.', 'subject_appeal_authority')).toMatchObject({ ok: false, message: expect.stringContaining('{{förvaltningsrätt}}') });
    expect(validateSubjectTemplate('Överklaga till {{förvaltningsrätt}}. Klaga hos IMY.', 'subject_appeal_authority').ok).toBe(true);
    expect(validateSubjectTemplate('Överklaga till Förvaltningsrätten i Luleå. Klaga hos IMY.', 'subject_appeal_authority').ok).toBe(true);
    expect(validateSubjectTemplate('Klaga hos IMY; {{förvaltningsrätt}}.', 'subject_appeal_company')).toMatchObject({ ok: false, message: expect.stringContaining('Okänt fält') });
    expect(validateSubjectTemplate('{{referens}} {{beslut}} {{grund}}', 'subject_refusal')).toMatchObject({ ok: false, message: expect.stringContaining('{{motivering}}') });
    expect(validateSubjectTemplate('{{referens}} {{uppgifter}} {{motivering}} IMY', 'subject_extract')).toMatchObject({ ok: false, message: expect.stringContaining('Okänt fält') });
  });
});

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

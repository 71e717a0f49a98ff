// The appeal clock (FL 44 §, lag 1930:173) and the legal hold (JO 3434-2016).
import { describe, expect, it } from 'vitest';
import { appealLastDay, appealWithinTime, legalHold } from '../../src/domain/appeal.ts';
import { stockholmInstant } from '../../src/domain/workingDays.ts';

const at = (date: string, time = '10:00') => stockholmInstant(date, time);

describe('appeal clock', () => {
  it('runs three weeks from the day of notification', () => {
    // Monday 2026-03-02 + 21 days = Monday 2026-03-23.
    expect(appealLastDay(at('2026-03-02'))).toBe('2026-03-23');
  });

  it('moves a last day on a weekend or holiday to the next working day', () => {
    // Saturday 2026-03-07 + 21 = Saturday 2026-03-28 → Monday 2026-03-30.
    expect(appealLastDay(at('2026-03-07'))).toBe('2026-03-30');
    // 2026-12-03 + 21 = julafton 2026-12-24 → 2026-12-28 (juldagen, annandag jul, then Sunday 27th).
    expect(appealLastDay(at('2026-12-03'))).toBe('2026-12-28');
  });

  it('counts the Stockholm date, not UTC: 00:30 on 2 March is 2 March', () => {
    expect(appealLastDay(at('2026-03-02', '00:30'))).toBe('2026-03-23');
  });

  it('says whether an appeal came in within the time', () => {
    const notified = at('2026-03-02');
    expect(appealWithinTime(notified, at('2026-03-23', '23:59'))).toBe(true);
    expect(appealWithinTime(notified, at('2026-03-24', '00:01'))).toBe(false);
  });
});

describe('legal hold', () => {
  const refusal = { outcome: 'refusal' as const, hasCondition: false, notifiedAt: at('2026-03-02') };

  it('holds a refusal while the appeal time runs, and releases it after', () => {
    expect(legalHold(refusal, [], at('2026-03-23', '22:00')).held).toBe(true);
    expect(legalHold(refusal, [], at('2026-03-24', '00:01')).held).toBe(false);
  });

  it('holds while an appeal is pending, long after the time ran out', () => {
    const h = legalHold(refusal, [{ receivedAt: at('2026-03-10'), outcome: null }], at('2027-01-01'));
    expect(h).toMatchObject({ held: true, reason: 'appeal_pending' });
    expect(legalHold(refusal, [{ receivedAt: at('2026-03-10'), outcome: 'dismissed' }], at('2027-01-01')).held).toBe(false);
  });

  it('holds a refusal not yet notified: the clock has not started', () => {
    expect(legalHold({ ...refusal, notifiedAt: null }, [], at('2030-01-01'))).toMatchObject({ held: true, reason: 'not_notified' });
  });

  it('never holds a release in full without förbehåll; holds one with förbehåll', () => {
    expect(legalHold({ outcome: 'release_full', hasCondition: false, notifiedAt: null }, [], at('2026-03-03')).held).toBe(false);
    expect(legalHold({ outcome: 'release_with_condition', hasCondition: true, notifiedAt: at('2026-03-02') }, [], at('2026-03-03')).held).toBe(true);
    expect(legalHold({ outcome: 'partial_refusal', hasCondition: false, notifiedAt: at('2026-03-02') }, [], at('2026-03-03')).held).toBe(true);
    expect(legalHold(null, [], at('2026-03-03')).held).toBe(false);
  });

  it("holds a data subject's refused or partly refused answer by its GDPR outcome, though the row says release_full (dataskyddslagen 7 kap. 2 §)", () => {
    const answer = { outcome: 'release_full' as const, hasCondition: false, notifiedAt: at('2026-03-02') };
    expect(legalHold({ ...answer, subjectOutcome: 'refused' }, [], at('2026-03-16'))).toMatchObject({ held: true, reason: 'appeal_time' });
    expect(legalHold({ ...answer, subjectOutcome: 'partly' }, [], at('2026-03-16')).held).toBe(true);
    expect(legalHold({ ...answer, subjectOutcome: 'refused', notifiedAt: null }, [], at('2030-01-01'))).toMatchObject({ held: true, reason: 'not_notified' });
    // The same clock as a TF decision: free once the three weeks have passed.
    expect(legalHold({ ...answer, subjectOutcome: 'refused' }, [], at('2026-03-24', '00:01')).held).toBe(false);
    // An answer in full refuses nothing: no hold.
    expect(legalHold({ ...answer, subjectOutcome: 'done' }, [], at('2026-03-16')).held).toBe(false);
    expect(legalHold({ ...answer, subjectOutcome: null }, [], at('2026-03-16')).held).toBe(false);
  });
});

// The appeal clock (FL 44 §: three weeks from notification) and the legal hold on refused requests (JO 3434-2016).
import type { DecisionOutcome } from './decision.ts';
import { addDays, stockholmDate, stockholmInstant, workingDayOnOrAfter, type CalendarDate } from './workingDays.ts';

/** Three weeks, FL 44 §. */
export const APPEAL_DAYS = 21;

/**
 * The last day to appeal: three weeks from the day the requester was notified (FL 44 §). When that
 * day is a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton, the time runs
 * to the next working day (lag (1930:173) om beräkning av lagstadgad tid).
 */
export function appealLastDay(notifiedAt: Date): CalendarDate {
  return workingDayOnOrAfter(addDays(stockholmDate(notifiedAt), APPEAL_DAYS));
}

/** The instant the appeal time ends: the end of the last day, Stockholm time. */
export function appealEndsAt(notifiedAt: Date): Date {
  return new Date(stockholmInstant(addDays(appealLastDay(notifiedAt), 1), '00:00').getTime() - 1);
}

/** Whether an appeal received at `receivedAt` came in within the time (computed when read, never stored). */
export function appealWithinTime(notifiedAt: Date, receivedAt: Date): boolean {
  return stockholmDate(receivedAt) <= appealLastDay(notifiedAt);
}

/**
 * A decision that can be appealed: a refusal, a partial refusal or a release with a förbehåll that
 * limits the requester's use (OSL 6 kap. 7 § 1 st). A release in full without förbehåll cannot be.
 */
export function isAppealable(outcome: DecisionOutcome, hasCondition = false): boolean {
  return outcome !== 'release_full' || hasCondition;
}

export interface AppealState {
  receivedAt: Date;
  /** Sent to kammarrätten or decided by the authority itself. */
  outcome: string | null;
}

export type LegalHold =
  | { held: false }
  | { held: true; reason: 'not_notified' | 'appeal_time' | 'appeal_pending'; until: Date | null; text: string };

/**
 * JO 3434-2016: handlingar in a refused or partly refused request must not be disposed of while the
 * appeal time runs or an appeal is pending. A decision not yet notified has a clock that has not
 * started, so it is held too. A release in full without förbehåll cannot be appealed: no hold.
 */
export function legalHold(
  decision: { outcome: DecisionOutcome; hasCondition: boolean; notifiedAt: Date | null } | null,
  appeals: readonly AppealState[],
  now: Date,
): LegalHold {
  if (!decision || !isAppealable(decision.outcome, decision.hasCondition)) return { held: false };
  if (appeals.some((a) => a.outcome === null)) {
    return { held: true, reason: 'appeal_pending', until: null, text: 'Ett överklagande är inte avgjort (JO 3434-2016).' };
  }
  if (!decision.notifiedAt) {
    return { held: true, reason: 'not_notified', until: null, text: 'Beslutet är inte delgivet ännu, så överklagandetiden har inte börjat (JO 3434-2016).' };
  }
  const ends = appealEndsAt(decision.notifiedAt);
  if (now <= ends) {
    return { held: true, reason: 'appeal_time', until: ends, text: `Överklagandetiden löper till och med ${appealLastDay(decision.notifiedAt)} (FL 44 §, JO 3434-2016).` };
  }
  return { held: false };
}

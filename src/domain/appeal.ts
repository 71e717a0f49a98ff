// The appeal clock (FL 44 §: three weeks from notification) and the legal hold on refused requests (JO 3434-2016).
import type { DecisionOutcome } from './decision.ts';
import type { SubjectOutcome } from './subjectRequest.ts';
import { addDays, addWorkingDays, stockholmDate, stockholmInstant, workingDayOnOrAfter, type CalendarDate } from './workingDays.ts';

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
 * A decision that can be appealed, whatever law it was made under: under TF/OSL a refusal, a partial
 * refusal or a release with a förbehåll that limits the requester's use (OSL 6 kap. 7 § 1 st); under
 * GDPR an answer to a data subject that refuses in whole or in part (dataskyddslagen 7 kap. 2 §) –
 * its decision row says 'release_full' because that column describes TF only, so the subject outcome
 * is passed beside it. A release or answer in full without förbehåll cannot be appealed.
 */
export function isAppealable(outcome: DecisionOutcome, hasCondition = false, subjectOutcome: SubjectOutcome | null = null): boolean {
  return outcome !== 'release_full' || hasCondition || (subjectOutcome !== null && subjectOutcome !== 'done');
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
 * started, so it is held too. A release in full without förbehåll cannot be appealed: no hold. A data
 * subject's refused or partly refused answer (`subjectOutcome`) is held by the same rules.
 */
export function legalHold(
  decision: { outcome: DecisionOutcome; hasCondition: boolean; notifiedAt: Date | null; subjectOutcome?: SubjectOutcome | null } | null,
  appeals: readonly AppealState[],
  now: Date,
): LegalHold {
  if (!decision || !isAppealable(decision.outcome, decision.hasCondition, decision.subjectOutcome ?? null)) return { held: false };
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

// ---------------------------------------------------------------------------------------------
// Handling an appeal: timeliness (FL 45 §), omprövning (FL 37-39 §§), forwarding (FL 46 §)

/** The result of the timeliness check (FL 45 §). */
export const timelinessResults = ['in_time', 'late', 'late_excused_instructions', 'late_excused_court'] as const;
export type Timeliness = (typeof timelinessResults)[number];

export const timelinessLabels: Record<Timeliness, string> = {
  in_time: 'Kom in i rätt tid',
  late: 'Kom in för sent och kan avvisas (FL 45 §)',
  late_excused_instructions: 'Kom in för sent, men avvisas inte: överklagandehänvisningen var felaktig (FL 45 § 2 st)',
  late_excused_court: 'Kom in för sent hit, men avvisas inte: det kom in till domstolen i tid (FL 45 § 2 st)',
};

/**
 * FL 45 §: an appeal that came in after three weeks from receipt is rejected as late – except when
 * the delay is due to a wrong överklagandehänvisning, or the appeal reached the court within the
 * time (2 st). With the day of receipt unknown (a posted decision), it counts as in time.
 */
export function timeliness(notifiedAt: Date | null, receivedAt: Date, exceptions: { wrongInstructions: boolean; reachedCourtInTime: boolean }): Timeliness {
  if (!notifiedAt || appealWithinTime(notifiedAt, receivedAt)) return 'in_time';
  if (exceptions.wrongInstructions) return 'late_excused_instructions';
  if (exceptions.reachedCourtInTime) return 'late_excused_court';
  return 'late';
}

/** Omprövning (FL 37-39 §§): unchanged, changed as the appellant asked (the appeal lapses, 39 §), or changed otherwise. */
export const reconsiderationResults = ['unchanged', 'changed_as_requested', 'changed_otherwise'] as const;
export type Reconsideration = (typeof reconsiderationResults)[number];

export const reconsiderationLabels: Record<Reconsideration, string> = {
  unchanged: 'Beslutet ändras inte',
  changed_as_requested: 'Beslutet ändras som klaganden begär – överklagandet förfaller (FL 39 §)',
  changed_otherwise: 'Beslutet ändras på annat sätt – överklagandet gäller det nya beslutet (FL 39 §)',
};

/** Working days within which an appeal is forwarded to the court (FL 46 §: skyndsamt; JO has criticised months). */
export const DEFAULT_FORWARD_WORKING_DAYS = 2;

/** The last day to forward an appeal received at `receivedAt` (FL 46 §), computed when read. */
export function forwardBy(receivedAt: Date, workingDays: number = DEFAULT_FORWARD_WORKING_DAYS): CalendarDate {
  return addWorkingDays(workingDayOnOrAfter(stockholmDate(receivedAt)), workingDays);
}

/** Whether forwarding is overdue at `now`: computed when read, never stored (STYLE.md 2). */
export function forwardingOverdue(receivedAt: Date, now: Date, workingDays: number = DEFAULT_FORWARD_WORKING_DAYS): boolean {
  return stockholmDate(now) > forwardBy(receivedAt, workingDays);
}

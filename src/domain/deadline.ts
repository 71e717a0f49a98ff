// The skyndsamt clock: when an answer to a request is due, why, and whether it is overdue now.
//
// TF 2 kap. 15 § (on site "genast eller så snart det är möjligt") and 16 § (copies "skyndsamt").
// JO practice: an answer normally the same day; one or a few days when a secrecy assessment needs
// it; longer for large volumes, and then the requester must be told. JO criticised 12 days
// (JO 4209-09). The numbers of days are settings, not law, so the authority can tighten them.
import { deadlineTexts } from '../text/requestTexts.ts';
import { isOpen, type Status } from './disclosureRequest.ts';
import {
  type CalendarDate,
  addWorkingDays,
  formatDay,
  holidayOn,
  isWorkingDay,
  nextWorkingDay,
  parseTimeOfDay,
  stockholmDate,
  stockholmInstant,
  stockholmMinuteOfDay,
  stockholmTime,
  weekday,
  workingDaysBetween,
} from './workingDays.ts';

export interface DeadlineSettings {
  /** Working days after the start day for an answer; 0 = the same working day. */
  answerWorkingDays: number;
  /** Extra working days a secrecy assessment may take on top of that. */
  secrecyExtraWorkingDays: number;
  /** End of the working day, Stockholm time, 'HH:MM'. */
  endOfDay: string;
}

export const defaultDeadlineSettings: DeadlineSettings = {
  answerWorkingDays: 0,
  secrecyExtraWorkingDays: 1,
  endOfDay: '16:00',
};

/** A large request (omfattande material): the authority sets its own date and tells the requester. */
export interface Extension {
  until: Date;
  note: string;
}

export interface DeadlineInput {
  receivedAt: Date;
  /** True when the request is in_review or flagged for a secrecy assessment. */
  needsSecrecyAssessment: boolean;
  extension?: Extension | null;
  settings?: Partial<DeadlineSettings>;
}

export type DeadlineBasis = 'same_day' | 'secrecy' | 'extended';

export interface Deadline {
  dueAt: Date;
  /** Swedish, shown beside the due time: how it was computed. */
  explanation: string;
  basis: DeadlineBasis;
  /** The working day the clock counts from. */
  startDay: CalendarDate;
}

/** Merges settings with the defaults and refuses values the clock cannot use (a config error). */
export function resolveSettings(settings: Partial<DeadlineSettings> = {}): DeadlineSettings {
  const s = { ...defaultDeadlineSettings, ...settings };
  for (const key of ['answerWorkingDays', 'secrecyExtraWorkingDays'] as const) {
    if (!Number.isInteger(s[key]) || s[key] < 0) throw new RangeError(`${key} must be a whole number >= 0`);
  }
  if (parseTimeOfDay(s.endOfDay) === null) throw new RangeError(`endOfDay must be HH:MM, got ${s.endOfDay}`);
  return s;
}

/** Whether the request needs a secrecy assessment, for DeadlineInput. */
export function needsSecrecyAssessment(status: Status, flaggedForSecrecy: boolean): boolean {
  return status === 'in_review' || flaggedForSecrecy;
}

/**
 * The working day the clock counts from: the day it came in, unless that is not a working day or
 * it came at or after the end of the working day (nobody is there to answer), then the next one.
 */
export function startDay(receivedAt: Date, endOfDay: string = defaultDeadlineSettings.endOfDay): CalendarDate {
  const day = stockholmDate(receivedAt);
  const end = parseTimeOfDay(endOfDay);
  if (end === null) throw new RangeError(`endOfDay must be HH:MM, got ${endOfDay}`);
  if (!isWorkingDay(day) || stockholmMinuteOfDay(receivedAt) >= end) return nextWorkingDay(day);
  return day;
}

/** Why the arrival day does not count: a holiday, a weekend, or after the end of the working day. */
function whyNotCounted(day: CalendarDate, endOfDay: string): string {
  const holiday = holidayOn(day);
  if (holiday) {
    return holiday.kind === 'public'
      ? deadlineTexts.publicHoliday(holiday.name)
      : deadlineTexts.treatedAsHoliday(holiday.name);
  }
  const wd = weekday(day);
  if (wd === 0 || wd === 6) return deadlineTexts.weekend;
  return deadlineTexts.afterHours(endOfDay);
}

function formatInstant(d: Date): string {
  return `${formatDay(d)} kl. ${stockholmTime(d)}`;
}

/** When the answer is due and how that was worked out. */
export function computeDeadline(input: DeadlineInput): Deadline {
  const s = resolveSettings(input.settings);
  const receivedDay = stockholmDate(input.receivedAt);
  const start = startDay(input.receivedAt, s.endOfDay);

  const parts: string[] = [];
  const arrival = deadlineTexts.receivedAt(formatDay(receivedDay), stockholmTime(input.receivedAt));
  if (start === receivedDay) {
    parts.push(`${arrival}.`);
  } else {
    const why = whyNotCounted(receivedDay, s.endOfDay);
    parts.push(`${arrival} (${why}) – ${deadlineTexts.countsFrom(formatDay(start))}.`);
  }

  const answerDay = addWorkingDays(start, s.answerWorkingDays);
  const answerRule = s.answerWorkingDays === 0 ? deadlineTexts.answerSameDay : deadlineTexts.answerLater(s.answerWorkingDays);
  let basis: DeadlineBasis = 'same_day';
  let dueAt = stockholmInstant(answerDay, s.endOfDay);
  if (input.needsSecrecyAssessment) {
    basis = 'secrecy';
    dueAt = stockholmInstant(addWorkingDays(answerDay, s.secrecyExtraWorkingDays), s.endOfDay);
    parts.push(`${answerRule} kl. ${s.endOfDay}.`);
    parts.push(`${deadlineTexts.secrecyExtra(s.secrecyExtraWorkingDays)} → ${formatInstant(dueAt)}.`);
  } else {
    parts.push(`${answerRule} → ${formatInstant(dueAt)}.`);
  }

  // Large volumes: the authority's own date, which the requester has been told (JO practice).
  // A date before the ordinary due time would shorten the clock, which an extension cannot do.
  if (input.extension) {
    if (input.extension.until > dueAt) {
      dueAt = input.extension.until;
      basis = 'extended';
      parts.push(deadlineTexts.extended(formatInstant(dueAt)));
    } else {
      parts.push(deadlineTexts.extensionIgnored(formatInstant(input.extension.until)));
    }
  }

  return { dueAt, explanation: parts.join(' '), basis, startDay: start };
}

/**
 * Computed when read, never stored (STYLE.md 2). Only open requests can be overdue: a decided,
 * closed or withdrawn request has had its answer. Overdue from the minute after the due time.
 */
export function isOverdue(deadline: Pick<Deadline, 'dueAt'> | Date, now: Date, status: Status): boolean {
  if (!isOpen(status)) return false;
  const dueAt = deadline instanceof Date ? deadline : deadline.dueAt;
  return now.getTime() > dueAt.getTime();
}

/**
 * Working days from the day the clock started to the day of the decision: 0 = answered the same
 * working day. For the statistics page (median, share answered the same day). A decision made
 * before the clock started (on the Saturday a request came in) counts as 0.
 */
export function workingDaysToDecision(
  receivedAt: Date,
  decidedAt: Date,
  endOfDay: string = defaultDeadlineSettings.endOfDay,
): number {
  return Math.max(0, workingDaysBetween(startDay(receivedAt, endOfDay), stockholmDate(decidedAt)));
}

/** The median of a list of numbers, or null when empty; for "median working days to decision". */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

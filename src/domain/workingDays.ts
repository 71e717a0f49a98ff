// Swedish working days and Stockholm local time: the calendar the skyndsamt clock counts in.
//
// Calendar dates are plain 'YYYY-MM-DD' strings (CalendarDate) so they compare, sort and key Maps
// without time-zone surprises; instants are Date. Every conversion between the two goes through
// Europe/Stockholm, because the authority's working day is Swedish local time (TF 2 kap. 15-16 §§:
// "genast"/"skyndsamt" is judged by the authority's own office hours), whatever the server runs in.
import Holidays from 'date-holidays';
import { monthNames, weekdayNames } from '../text/requestTexts.ts';

/** A calendar date in Stockholm, 'YYYY-MM-DD'. */
export type CalendarDate = string;

export const TIME_ZONE = 'Europe/Stockholm';

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

// ---------------------------------------------------------------------------------------------
// Parsing and plain calendar arithmetic (no time zone involved)

/** Parses 'YYYY-MM-DD' and checks the day exists (2026-02-30 does not); null otherwise. */
export function parseCalendarDate(s: string): { year: number; month: number; day: number } | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  // Date.UTC rolls 30 February over into March; a real date survives the round trip.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Parses 'HH:MM' (00:00-23:59) into minutes after midnight; null otherwise. */
export function parseTimeOfDay(s: string): number | null {
  const m = TIME_RE.exec(s);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

// Both directions are memoised: list views convert 100,000 rows, and the distinct dates involved
// number a few thousand. The caches are cleared if they ever grow past a bound.
const CACHE_LIMIT = 50_000;
const dayNumberCache = new Map<string, number>();
const dateStringCache = new Map<number, CalendarDate>();

function dayNumber(date: CalendarDate): number {
  const cached = dayNumberCache.get(date);
  if (cached !== undefined) return cached;
  const p = parseCalendarDate(date);
  if (!p) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  const n = Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
  if (dayNumberCache.size >= CACHE_LIMIT) dayNumberCache.clear();
  dayNumberCache.set(date, n);
  return n;
}

function fromDayNumber(n: number): CalendarDate {
  const cached = dateStringCache.get(n);
  if (cached !== undefined) return cached;
  const date = new Date(n * DAY_MS).toISOString().slice(0, 10);
  if (dateStringCache.size >= CACHE_LIMIT) dateStringCache.clear();
  dateStringCache.set(n, date);
  return date;
}

/** The date n calendar days later (n may be negative). */
export function addDays(date: CalendarDate, n: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + n);
}

/** 0 = Sunday ... 6 = Saturday, like Date#getUTCDay. */
export function weekday(date: CalendarDate): number {
  // 1970-01-01 (day 0) was a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

// ---------------------------------------------------------------------------------------------
// Stockholm local time, with Intl only: the runtime's tz database already knows Swedish DST, so no
// extra library is needed.

const offsetFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

function exactOffsetMinutes(ms: number): number {
  const parts: Record<string, number> = {};
  for (const p of offsetFormatter.formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return Math.round((wall - whole) / 60_000);
}

// formatToParts costs microseconds and list views convert 100,000 rows, so the offset is cached per
// UTC day: when a day starts and ends with the same offset (all but two days a year in Sweden),
// the whole day has it. Only the two change days are computed exactly each time.
const dayOffsetCache = new Map<number, number | null>();

/** Minutes Stockholm is ahead of UTC at this instant: 60 in winter (CET), 120 in summer (CEST). */
export function stockholmOffsetMinutes(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const utcDay = Math.floor(ms / DAY_MS);
  let cached = dayOffsetCache.get(utcDay);
  if (cached === undefined) {
    const start = exactOffsetMinutes(utcDay * DAY_MS);
    const end = exactOffsetMinutes(utcDay * DAY_MS + DAY_MS - 1);
    cached = start === end ? start : null;
    dayOffsetCache.set(utcDay, cached);
  }
  return cached ?? exactOffsetMinutes(ms);
}

function stockholmWall(instant: Date): Date {
  return new Date(instant.getTime() + stockholmOffsetMinutes(instant) * 60_000);
}

/** The Stockholm calendar date of an instant. */
export function stockholmDate(instant: Date): CalendarDate {
  const ms = instant.getTime();
  return fromDayNumber(Math.floor((ms + stockholmOffsetMinutes(ms) * 60_000) / DAY_MS));
}

/** The Stockholm wall-clock time of an instant, 'HH:MM'. */
export function stockholmTime(instant: Date): string {
  // Arithmetic on the minute of the day instead of a Date and its ISO string: an overview page
  // formats 100 times, and the string round trip was 3 % of the page's CPU (bench:server profile).
  const ms = instant.getTime();
  const minute = (((Math.floor((ms + stockholmOffsetMinutes(ms) * 60_000) / 60_000) % 1440) + 1440) % 1440);
  return `${TWO_DIGITS[Math.floor(minute / 60)]}:${TWO_DIGITS[minute % 60]}`;
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** Minutes after local midnight in Stockholm. */
export function stockholmMinuteOfDay(instant: Date): number {
  const w = stockholmWall(instant);
  return w.getUTCHours() * 60 + w.getUTCMinutes();
}

/**
 * The instant a Stockholm wall-clock time happens on a date. DST is resolved like Temporal's
 * 'compatible' disambiguation: a time skipped in spring (02:30 on the last Sunday of March) moves
 * forward by the gap (03:30 CEST); a time repeated in autumn takes the first (summer-time) one.
 */
export function stockholmInstant(date: CalendarDate, time: string): Date {
  const minutes = parseTimeOfDay(time);
  if (minutes === null) throw new RangeError(`Not a time of day: ${JSON.stringify(time)}`);
  const wall = dayNumber(date) * DAY_MS + minutes * 60_000;
  // The offsets in force a little before and after this wall time; one of them applies unless the
  // time falls in a gap.
  const before = stockholmOffsetMinutes(wall - 3 * 3_600_000);
  const after = stockholmOffsetMinutes(wall + 3 * 3_600_000);
  const candidates = [before, after]
    .map((o) => wall - o * 60_000)
    .filter((u) => wall - stockholmOffsetMinutes(u) * 60_000 === u)
    .sort((x, y) => x - y);
  const first = candidates[0];
  if (first !== undefined) return new Date(first);
  // In the spring gap: read the wall time with the offset from before the change.
  return new Date(wall - before * 60_000);
}

function toCalendarDate(date: CalendarDate | Date): CalendarDate {
  return typeof date === 'string' ? date : stockholmDate(date);
}

// ---------------------------------------------------------------------------------------------
// Holidays

export interface Holiday {
  name: string;
  /** 'public': allmän helgdag (lag 1989:253). 'treated_as_holiday': midsommarafton, julafton and
   *  nyårsafton, which are not helgdagar in law but are treated as such when a time limit ends
   *  (lag 1930:173 om beräkning av lagstadgad tid 2 §). date-holidays calls them 'bank'. */
  kind: 'public' | 'treated_as_holiday';
}

// The days come from the maintained date-holidays package (issue 4: no hand-made list).
let holidaysLib: Holidays | undefined;
const holidaysByYear = new Map<number, ReadonlyMap<CalendarDate, Holiday>>();

/** The non-working holidays of a year, memoised: list views ask for 100,000 rows. */
export function holidaysOfYear(year: number): ReadonlyMap<CalendarDate, Holiday> {
  let map = holidaysByYear.get(year);
  if (map) return map;
  holidaysLib ??= new Holidays('SE', { languages: ['sv'], timezone: TIME_ZONE });
  const built = new Map<CalendarDate, Holiday>();
  for (const h of holidaysLib.getHolidays(year)) {
    if (h.type !== 'public' && h.type !== 'bank') continue;
    const date = h.date.slice(0, 10);
    const kind = h.type === 'public' ? 'public' : 'treated_as_holiday';
    // A public holiday wins if two ever share a date.
    if (!built.has(date) || kind === 'public') built.set(date, { name: h.name, kind });
  }
  map = built;
  holidaysByYear.set(year, map);
  return map;
}

/** The holiday on this date (public or treated as one), or null. */
export function holidayOn(date: CalendarDate | Date): Holiday | null {
  const d = toCalendarDate(date);
  dayNumber(d); // validates
  return holidaysOfYear(Number(d.slice(0, 4))).get(d) ?? null;
}

/** The Swedish name of the holiday on this date, e.g. 'långfredagen', 'julafton'; null on other days. */
export function holidayName(date: CalendarDate | Date): string | null {
  return holidayOn(date)?.name ?? null;
}

// ---------------------------------------------------------------------------------------------
// Working days

/** Monday to Friday, except public holidays and the days treated as holidays. */
export function isWorkingDay(date: CalendarDate | Date): boolean {
  const d = toCalendarDate(date);
  const wd = weekday(d);
  if (wd === 0 || wd === 6) return false;
  return !holidaysOfYear(Number(d.slice(0, 4))).has(d);
}

/** The first working day strictly after the date. */
export function nextWorkingDay(date: CalendarDate | Date): CalendarDate {
  let d = addDays(toCalendarDate(date), 1);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The date itself if it is a working day, else the next working day. */
export function workingDayOnOrAfter(date: CalendarDate | Date): CalendarDate {
  const d = toCalendarDate(date);
  return isWorkingDay(d) ? d : nextWorkingDay(d);
}

/**
 * The working day n working days after the date. n = 0 gives the date itself when it is a working
 * day, else the next one; from a non-working day the first step lands on the next working day
 * (addWorkingDays(Saturday, 1) is Monday).
 */
export function addWorkingDays(date: CalendarDate | Date, n: number): CalendarDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number >= 0: ${n}`);
  let d = toCalendarDate(date);
  if (n === 0) return workingDayOnOrAfter(d);
  for (let i = 0; i < n; i++) d = nextWorkingDay(d);
  return d;
}

/**
 * The number of working days d with a < d <= b: 0 for the same day, 1 from Friday to Monday.
 * Negative when b is before a. Arithmetic over weeks plus a pass over each year's holidays, so a
 * span of years costs about as much as a span of days (the statistics page runs it per request).
 */
export function workingDaysBetween(a: CalendarDate | Date, b: CalendarDate | Date): number {
  const from = toCalendarDate(a);
  const to = toCalendarDate(b);
  const na = dayNumber(from);
  const nb = dayNumber(to);
  if (nb < na) return -workingDaysBetween(to, from);
  const span = nb - na;
  let count = Math.floor(span / 7) * 5;
  for (let n = na + Math.floor(span / 7) * 7 + 1; n <= nb; n++) {
    const wd = (((n + 4) % 7) + 7) % 7;
    if (wd !== 0 && wd !== 6) count++;
  }
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  for (let y = firstYear; y <= lastYear; y++) {
    for (const date of holidaysOfYear(y).keys()) {
      const n = dayNumber(date);
      if (n <= na || n > nb) continue;
      const wd = (((n + 4) % 7) + 7) % 7;
      if (wd !== 0 && wd !== 6) count--;
    }
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Swedish formatting

/** 'måndag 2026-12-28': ISO date (SS-ISO 8601, unambiguous in a log) with the weekday spelled out. */
export function formatDay(date: CalendarDate | Date): string {
  const d = toCalendarDate(date);
  return `${weekdayNames[weekday(d)]} ${d}`;
}

/** 'måndag 28 december 2026', for letters and page headings. */
export function formatDayLong(date: CalendarDate | Date): string {
  const d = toCalendarDate(date);
  const p = parseCalendarDate(d)!;
  return `${weekdayNames[weekday(d)]} ${p.day} ${monthNames[p.month - 1]} ${p.year}`;
}

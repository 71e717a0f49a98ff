// Tests for Swedish working days and Stockholm local time: holidays from date-holidays, DST, memoised speed.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  formatDay,
  formatDayLong,
  holidayName,
  holidayOn,
  holidaysOfYear,
  isWorkingDay,
  nextWorkingDay,
  parseCalendarDate,
  parseTimeOfDay,
  stockholmDate,
  stockholmInstant,
  stockholmOffsetMinutes,
  stockholmTime,
  weekday,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../../src/domain/workingDays.ts';

describe('calendar parsing', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(parseCalendarDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseCalendarDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-4-1', '', 'igår']) {
      expect(parseCalendarDate(bad), bad).toBeNull();
    }
  });

  it('parses times of day', () => {
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('16:00')).toBe(960);
    expect(parseTimeOfDay('23:59')).toBe(1439);
    for (const bad of ['24:00', '12:60', '9:30', '1600', '']) expect(parseTimeOfDay(bad), bad).toBeNull();
  });

  it('adds calendar days across months and years and knows the weekday', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(weekday('2026-12-24')).toBe(4); // torsdag
    expect(weekday('2026-03-29')).toBe(0);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('Stockholm local time', () => {
  it('gives the Stockholm date, not the UTC date, around midnight', () => {
    expect(stockholmDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02'); // CET, +1
    expect(stockholmDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // CEST, +2
    expect(stockholmDate(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(stockholmTime(new Date('2026-06-30T22:30:00Z'))).toBe('00:30');
  });

  it('follows the spring change (last Sunday of March, 02:00 → 03:00)', () => {
    expect(stockholmOffsetMinutes(new Date('2026-03-29T00:59:59Z'))).toBe(60);
    expect(stockholmOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(120);
    expect(stockholmTime(new Date('2026-03-29T00:59:00Z'))).toBe('01:59');
    expect(stockholmTime(new Date('2026-03-29T01:00:00Z'))).toBe('03:00');
  });

  it('follows the autumn change (last Sunday of October, 03:00 → 02:00)', () => {
    expect(stockholmOffsetMinutes(new Date('2026-10-25T00:59:59Z'))).toBe(120);
    expect(stockholmOffsetMinutes(new Date('2026-10-25T01:00:00Z'))).toBe(60);
    expect(stockholmTime(new Date('2026-10-25T00:59:00Z'))).toBe('02:59');
    expect(stockholmTime(new Date('2026-10-25T01:00:00Z'))).toBe('02:00');
  });

  it('turns a local date and time into the right instant in winter and summer', () => {
    expect(stockholmInstant('2026-01-15', '16:00').toISOString()).toBe('2026-01-15T15:00:00.000Z');
    expect(stockholmInstant('2026-07-15', '16:00').toISOString()).toBe('2026-07-15T14:00:00.000Z');
    expect(stockholmInstant('2026-03-29', '16:00').toISOString()).toBe('2026-03-29T14:00:00.000Z');
    expect(stockholmInstant('2026-10-25', '16:00').toISOString()).toBe('2026-10-25T15:00:00.000Z');
    expect(stockholmInstant('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
  });

  it('moves a time skipped in spring forward and takes the first of a repeated autumn time', () => {
    expect(stockholmInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z'); // = 03:30 CEST
    expect(stockholmInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z'); // the CEST one
  });

  it('round-trips every quarter hour of a year through date and time', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 15 * 60_000) {
      const instant = new Date(ms);
      const back = stockholmInstant(stockholmDate(instant), stockholmTime(instant));
      // Only the repeated autumn hour maps back to its first occurrence.
      if (back.getTime() !== ms) expect(ms - back.getTime()).toBe(3_600_000);
    }
  });
});

describe('Swedish holidays from date-holidays', () => {
  const cases: Array<[string, string, 'public' | 'treated_as_holiday']> = [
    ['2026-01-01', 'nyårsdagen', 'public'],
    ['2026-01-06', 'trettondedag jul', 'public'],
    ['2026-04-03', 'långfredagen', 'public'],
    ['2026-04-05', 'påskdagen', 'public'],
    ['2026-04-06', 'annandag påsk', 'public'],
    ['2026-05-01', 'första maj', 'public'],
    ['2026-05-14', 'Kristi himmelsfärdsdag', 'public'],
    ['2026-05-24', 'pingstdagen', 'public'],
    ['2026-06-06', 'nationaldagen', 'public'],
    ['2026-06-19', 'midsommarafton', 'treated_as_holiday'],
    ['2026-06-20', 'midsommardagen', 'public'],
    ['2026-10-31', 'alla helgons dag', 'public'],
    ['2026-12-24', 'julafton', 'treated_as_holiday'],
    ['2026-12-25', 'juldagen', 'public'],
    ['2026-12-26', 'annandag jul', 'public'],
    ['2026-12-31', 'nyårsafton', 'treated_as_holiday'],
  ];
  it.each(cases)('%s is %s (%s) and not a working day', (date, name, kind) => {
    expect(holidayOn(date)).toEqual({ name, kind });
    expect(holidayName(date)).toBe(name);
    expect(isWorkingDay(date)).toBe(false);
  });

  it('holds exactly the public holidays and the three days treated as holidays', () => {
    expect(holidaysOfYear(2026).size).toBe(cases.length);
  });

  it('treats half days and observances as working days', () => {
    // trettondagsafton, skärtorsdagen, valborgsmässoafton, annandag pingst (no longer a holiday since 2005),
    // allhelgonaafton: all ordinary working days.
    for (const d of ['2026-01-05', '2026-04-02', '2026-04-30', '2026-05-25', '2026-10-30']) {
      expect(isWorkingDay(d), d).toBe(true);
      expect(holidayName(d), d).toBeNull();
    }
  });

  it('moves with Easter from year to year', () => {
    expect(holidayName('2027-03-26')).toBe('långfredagen');
    expect(holidayName('2027-03-29')).toBe('annandag påsk');
    expect(holidayName('2027-05-06')).toBe('Kristi himmelsfärdsdag');
    expect(holidayName('2027-06-25')).toBe('midsommarafton');
  });

  it('memoises each year', () => {
    expect(holidaysOfYear(2026)).toBe(holidaysOfYear(2026));
  });
});

describe('working days', () => {
  it('excludes weekends and holidays', () => {
    expect(isWorkingDay('2026-03-06')).toBe(true); // fredag
    expect(isWorkingDay('2026-03-07')).toBe(false); // lördag
    expect(isWorkingDay('2026-03-08')).toBe(false); // söndag
  });

  it('takes an instant and looks at its Stockholm date', () => {
    // Friday 23:30 UTC is already Saturday in Stockholm.
    expect(isWorkingDay(new Date('2026-03-06T23:30:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-03-06T22:30:00Z'))).toBe(true);
  });

  it('finds the next working day over weekends and holiday runs', () => {
    expect(nextWorkingDay('2026-03-06')).toBe('2026-03-09');
    expect(nextWorkingDay('2026-04-02')).toBe('2026-04-07'); // skärtorsdag → over Easter → tisdag
    expect(nextWorkingDay('2026-05-13')).toBe('2026-05-15'); // over Kristi himmelsfärd
    expect(nextWorkingDay('2026-06-18')).toBe('2026-06-22'); // over midsommar
    expect(nextWorkingDay('2026-12-23')).toBe('2026-12-28'); // over Christmas
    expect(nextWorkingDay('2026-12-30')).toBe('2027-01-04'); // over New Year
    expect(nextWorkingDay('2027-01-05')).toBe('2027-01-07'); // over trettondedag jul
  });

  it('workingDayOnOrAfter keeps a working day and moves a non-working one', () => {
    expect(workingDayOnOrAfter('2026-03-06')).toBe('2026-03-06');
    expect(workingDayOnOrAfter('2026-03-07')).toBe('2026-03-09');
  });

  it('adds working days', () => {
    expect(addWorkingDays('2026-03-06', 0)).toBe('2026-03-06');
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-06', 5)).toBe('2026-03-13');
    expect(addWorkingDays('2026-12-22', 3)).toBe('2026-12-29');
    expect(() => addWorkingDays('2026-03-06', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-06', 1.5)).toThrow(RangeError);
  });

  it('counts working days between two dates', () => {
    expect(workingDaysBetween('2026-03-06', '2026-03-06')).toBe(0);
    expect(workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1);
    expect(workingDaysBetween('2026-03-09', '2026-03-06')).toBe(-1);
    expect(workingDaysBetween('2026-12-23', '2026-12-28')).toBe(1);
    expect(workingDaysBetween('2026-01-01', '2026-12-31')).toBe(251);
  });

  it('counts the same as stepping day by day, over many spans', () => {
    const naive = (a: string, b: string) => {
      let n = 0;
      for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
      return n;
    };
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const a = addDays('2025-01-01', rand(1100));
      const b = addDays(a, rand(500));
      expect(workingDaysBetween(a, b), `${a} → ${b}`).toBe(naive(a, b));
    }
  });

  // Its speed is measured by `npm run bench:domain`.
  it('answers 100,000 instants, about five in seven of them working-day instants', () => {
    let count = 0;
    for (let i = 0; i < 100_000; i++) if (isWorkingDay(new Date(Date.UTC(2024, 0, 1) + i * 900_000))) count++;
    expect(count).toBeGreaterThan(60_000);
    expect(count).toBeLessThan(72_000);
  });
});

describe('Swedish date formatting', () => {
  it('spells the weekday and month in Swedish', () => {
    expect(formatDay('2026-12-28')).toBe('måndag 2026-12-28');
    expect(formatDayLong('2026-12-28')).toBe('måndag 28 december 2026');
    expect(formatDayLong('2026-05-14')).toBe('torsdag 14 maj 2026');
    expect(formatDay(new Date('2026-03-01T23:30:00Z'))).toBe('måndag 2026-03-02');
  });
});

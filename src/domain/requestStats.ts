// Statistics over requests: per month received, median working days to decision, share answered the same working day.
import { defaultDeadlineSettings, median, workingDaysToDecision } from './deadline.ts';
import { stockholmDate } from './workingDays.ts';

export interface MonthStats {
  /** 'YYYY-MM', Stockholm time. */
  month: string;
  received: number;
  decided: number;
  /** Median working days from the clock's start to the decision; null when nothing was decided. */
  medianWorkingDays: number | null;
  /** Share (0-1) of decided requests answered the same working day (JO: normally the same day). */
  sameDayShare: number | null;
}

/** The last `months` calendar months up to and including now's month, oldest first. */
export function monthKeys(now: Date, months: number): string[] {
  const [y, m] = stockholmDate(now).split('-').map(Number) as [number, number];
  const keys: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const total = y * 12 + (m - 1) - i;
    keys.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return keys;
}

/** Groups by the month the request came in, so each month's figures describe that month's requests. */
export function requestStats(
  rows: Iterable<{ received_at: string; decided_at: string | null }>,
  now: Date,
  months = 12,
  endOfDay = defaultDeadlineSettings.endOfDay,
): { months: MonthStats[]; total: MonthStats } {
  const keys = monthKeys(now, months);
  const days = new Map<string, number[]>(keys.map((k) => [k, []]));
  const received = new Map<string, number>(keys.map((k) => [k, 0]));
  const all: number[] = [];
  let receivedTotal = 0;
  for (const r of rows) {
    const key = stockholmDate(new Date(r.received_at)).slice(0, 7);
    if (!received.has(key)) continue;
    received.set(key, received.get(key)! + 1);
    receivedTotal++;
    if (r.decided_at) {
      const d = workingDaysToDecision(new Date(r.received_at), new Date(r.decided_at), endOfDay);
      days.get(key)!.push(d);
      all.push(d);
    }
  }
  const summarise = (month: string, n: number, ds: number[]): MonthStats => ({
    month,
    received: n,
    decided: ds.length,
    medianWorkingDays: median(ds),
    sameDayShare: ds.length ? ds.filter((d) => d === 0).length / ds.length : null,
  });
  return {
    months: keys.map((k) => summarise(k, received.get(k)!, days.get(k)!)),
    total: summarise('total', receivedTotal, all),
  };
}

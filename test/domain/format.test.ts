// Date formatting in Stockholm time matches what Intl's sv-SE formatter gives, across DST, and excerpts cut at words.
import { describe, expect, it } from 'vitest';
import { excerpt, formatDate, formatDateTime } from '../../views/requests/format.ts';

const intl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

describe('format', () => {
  it('formats like sv-SE in Stockholm for every hour around both DST changes and a year of random instants', () => {
    const instants: number[] = [];
    for (const base of [Date.UTC(2026, 2, 28), Date.UTC(2026, 9, 24)]) for (let h = 0; h < 72; h++) instants.push(base + h * 3_600_000 + 17 * 60_000);
    let seed = 7;
    for (let i = 0; i < 2000; i++) instants.push(Date.UTC(2025, 0, 1) + ((seed = (seed * 48271) % 2147483647) % (3 * 365 * 86_400_000)));
    for (const ms of instants) expect(formatDateTime(new Date(ms).toISOString())).toBe(intl.format(new Date(ms)));
    expect(formatDate('2026-12-31T23:30:00.000Z')).toBe('2027-01-01');
  });

  it('cuts long texts at a word and leaves short ones', () => {
    expect(excerpt('kort  text\n', 120)).toBe('kort text ');
    expect(excerpt('ord '.repeat(50), 20)).toBe('ord ord ord ord ord…');
  });
});

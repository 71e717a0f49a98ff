// Tests for the overview order: overdue first, then due time, then size, then reference (JO 6813-20).
import { describe, expect, it } from 'vitest';
import { compareReferences, compareUrgency, type UrgencyItem } from '../../src/domain/urgency.ts';

const item = (reference: string, dueAt: string | null, overdue = false, handlingCount = 1): UrgencyItem => ({
  reference,
  dueAt: dueAt === null ? null : new Date(dueAt),
  overdue,
  handlingCount,
});

const order = (items: UrgencyItem[]) => [...items].sort(compareUrgency).map((i) => i.reference);

describe('compareUrgency', () => {
  it('puts overdue requests first, the most overdue at the top', () => {
    expect(
      order([
        item('2026/0001', '2026-03-04T15:00:00Z'),
        item('2026/0002', '2026-03-03T15:00:00Z', true),
        item('2026/0003', '2026-03-02T15:00:00Z', true),
      ]),
    ).toEqual(['2026/0003', '2026/0002', '2026/0001']);
  });

  it('orders by due time, not by arrival', () => {
    // The later arrival needs no secrecy assessment and is due sooner.
    expect(order([item('2026/0010', '2026-03-05T15:00:00Z'), item('2026/0011', '2026-03-04T15:00:00Z')])).toEqual([
      '2026/0011',
      '2026/0010',
    ]);
  });

  it('starts the larger request first when due at the same time', () => {
    expect(
      order([item('2026/0020', '2026-03-04T15:00:00Z', false, 2), item('2026/0021', '2026-03-04T15:00:00Z', false, 40)]),
    ).toEqual(['2026/0021', '2026/0020']);
  });

  it('falls back to the reference, numerically', () => {
    expect(
      order([
        item('2026/10000', '2026-03-04T15:00:00Z'),
        item('2026/9999', '2026-03-04T15:00:00Z'),
        item('2025/0500', '2026-03-04T15:00:00Z'),
      ]),
    ).toEqual(['2025/0500', '2026/9999', '2026/10000']);
  });

  it('puts requests without a running clock last', () => {
    expect(order([item('2026/0001', null), item('2026/0002', '2026-12-31T15:00:00Z')])).toEqual(['2026/0002', '2026/0001']);
  });

  it('is a consistent comparator', () => {
    const a = item('2026/0001', '2026-03-04T15:00:00Z');
    expect(compareUrgency(a, a)).toBe(0);
    const b = item('2026/0002', '2026-03-04T15:00:00Z', true);
    expect(Math.sign(compareUrgency(a, b))).toBe(-Math.sign(compareUrgency(b, a)));
  });
});

describe('compareReferences', () => {
  it('compares year then number, and other strings plainly', () => {
    expect(compareReferences('2026/0042', '2026/0042')).toBe(0);
    expect(compareReferences('2025/9999', '2026/0001')).toBeLessThan(0);
    expect(compareReferences('abc', 'abd')).toBeLessThan(0);
  });
});

// Decision statistics: outcomes, provisions used, working days from request to release.
import { describe, expect, it } from 'vitest';
import { decisionStats } from '../../src/domain/decisionStats.ts';

describe('decisionStats', () => {
  it('counts outcomes, provisions per decision and handling, and the median time to release', () => {
    const s = decisionStats(
      [
        { outcome: 'release_full', n: 3 },
        { outcome: 'partial_refusal', n: 2 },
      ],
      [
        JSON.stringify([{ provision: 'OSL 21:7', uses: [{ number: 1 }, { number: 2 }] }]),
        JSON.stringify([{ provision: 'OSL 21:7', uses: [{ number: 1 }] }, { provision: 'OSL 26:1', uses: [{ number: 3 }] }]),
        '[]',
      ],
      [
        // Monday 09:00 → Monday: 0; Monday → Wednesday: 2; Friday → Monday: 1.
        { received_at: '2026-03-02T08:00:00Z', released_at: '2026-03-02T14:00:00Z' },
        { received_at: '2026-03-02T08:00:00Z', released_at: '2026-03-04T14:00:00Z' },
        { received_at: '2026-03-06T08:00:00Z', released_at: '2026-03-09T08:00:00Z' },
      ],
    );
    expect(s.outcomes.map((o) => [o.outcome, o.count])).toEqual([
      ['release_full', 3],
      ['partial_refusal', 2],
      ['refusal', 0],
      ['release_with_condition', 0],
    ]);
    expect(s.provisions).toEqual([
      { provision: 'OSL 21:7', decisions: 2, handlingar: 3 },
      { provision: 'OSL 26:1', decisions: 1, handlingar: 1 },
    ]);
    expect(s.released).toBe(3);
    expect(s.medianWorkingDaysToRelease).toBe(1);
  });

  it('has no median without releases', () => {
    expect(decisionStats([], [], []).medianWorkingDaysToRelease).toBeNull();
  });
});

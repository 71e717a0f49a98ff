// Tests for the skyndsamt clock (TF 2 kap. 15-16 §§): due times over weekends, holidays and DST, with the explanation a person reads.
import { afterEach, describe, expect, it } from 'vitest';
import {
  computeDeadline,
  defaultDeadlineSettings,
  isOverdue,
  median,
  needsSecrecyAssessment,
  resolveSettings,
  startDay,
  workingDaysToDecision,
} from '../../src/domain/deadline.ts';
import { statuses } from '../../src/domain/disclosureRequest.ts';
import { stockholmInstant } from '../../src/domain/workingDays.ts';

/** A Stockholm wall-clock time as an instant. */
const at = (date: string, time: string) => stockholmInstant(date, time);

function due(date: string, time: string, secrecy: boolean) {
  return computeDeadline({ receivedAt: at(date, time), needsSecrecyAssessment: secrecy });
}

describe('an ordinary working day', () => {
  it('is due the same working day at 16:00', () => {
    const d = due('2026-03-02', '09:30', false);
    expect(d.dueAt.toISOString()).toBe('2026-03-02T15:00:00.000Z');
    expect(d.basis).toBe('same_day');
    expect(d.startDay).toBe('2026-03-02');
    expect(d.explanation).toBe('Kom in måndag 2026-03-02 kl. 09:30. Svar senast samma arbetsdag → måndag 2026-03-02 kl. 16:00.');
  });

  it('gives a secrecy assessment until the end of the next working day', () => {
    const d = due('2026-03-02', '09:30', true);
    expect(d.dueAt.toISOString()).toBe('2026-03-03T15:00:00.000Z');
    expect(d.basis).toBe('secrecy');
    expect(d.explanation).toBe(
      'Kom in måndag 2026-03-02 kl. 09:30. Svar senast samma arbetsdag kl. 16:00. ' +
        'Sekretessprövning: ytterligare 1 arbetsdag → tisdag 2026-03-03 kl. 16:00.',
    );
  });

  it('counts a request that came at or after the end of the working day from the next one', () => {
    expect(due('2026-03-02', '15:59', false).startDay).toBe('2026-03-02');
    expect(due('2026-03-02', '16:00', false).startDay).toBe('2026-03-03');
    const d = due('2026-03-02', '17:05', false);
    expect(d.dueAt.toISOString()).toBe('2026-03-03T15:00:00.000Z');
    expect(d.explanation).toBe(
      'Kom in måndag 2026-03-02 kl. 17:05 (arbetsdagen slutar kl. 16:00) – räknas från tisdag 2026-03-03. ' +
        'Svar senast samma arbetsdag → tisdag 2026-03-03 kl. 16:00.',
    );
  });

  it('counts a request that came in the early hours from that same day', () => {
    expect(due('2026-03-03', '06:10', false).dueAt.toISOString()).toBe('2026-03-03T15:00:00.000Z');
  });
});

describe('weekends', () => {
  it('moves a Friday secrecy assessment to Monday', () => {
    const d = due('2026-03-06', '10:00', true);
    expect(d.dueAt.toISOString()).toBe('2026-03-09T15:00:00.000Z');
    expect(d.explanation).toBe(
      'Kom in fredag 2026-03-06 kl. 10:00. Svar senast samma arbetsdag kl. 16:00. ' +
        'Sekretessprövning: ytterligare 1 arbetsdag → måndag 2026-03-09 kl. 16:00.',
    );
  });

  it('counts a Saturday arrival from Monday', () => {
    const d = due('2026-03-07', '11:00', false);
    expect(d.dueAt.toISOString()).toBe('2026-03-09T15:00:00.000Z');
    expect(d.explanation).toBe(
      'Kom in lördag 2026-03-07 kl. 11:00 (helg) – räknas från måndag 2026-03-09. ' +
        'Svar senast samma arbetsdag → måndag 2026-03-09 kl. 16:00.',
    );
  });

  it('counts a Friday evening arrival from Monday', () => {
    const d = due('2026-03-06', '16:45', true);
    expect(d.dueAt.toISOString()).toBe('2026-03-10T15:00:00.000Z');
    expect(d.explanation).toBe(
      'Kom in fredag 2026-03-06 kl. 16:45 (arbetsdagen slutar kl. 16:00) – räknas från måndag 2026-03-09. ' +
        'Svar senast samma arbetsdag kl. 16:00. Sekretessprövning: ytterligare 1 arbetsdag → tisdag 2026-03-10 kl. 16:00.',
    );
  });
});

describe('Easter', () => {
  it('carries a secrecy assessment from skärtorsdagen over långfredagen and annandag påsk', () => {
    const d = due('2026-04-02', '14:00', true);
    expect(d.dueAt.toISOString()).toBe('2026-04-07T14:00:00.000Z'); // CEST
    expect(d.explanation).toBe(
      'Kom in torsdag 2026-04-02 kl. 14:00. Svar senast samma arbetsdag kl. 16:00. ' +
        'Sekretessprövning: ytterligare 1 arbetsdag → tisdag 2026-04-07 kl. 16:00.',
    );
  });

  it('counts an arrival on långfredagen from the Tuesday after Easter', () => {
    const d = due('2026-04-03', '09:00', false);
    expect(d.dueAt.toISOString()).toBe('2026-04-07T14:00:00.000Z');
    expect(d.explanation).toBe(
      'Kom in fredag 2026-04-03 kl. 09:00 (långfredagen, helgdag) – räknas från tisdag 2026-04-07. ' +
        'Svar senast samma arbetsdag → tisdag 2026-04-07 kl. 16:00.',
    );
  });

  it('counts an arrival on annandag påsk from the Tuesday', () => {
    const d = due('2026-04-06', '10:00', true);
    expect(d.dueAt.toISOString()).toBe('2026-04-08T14:00:00.000Z');
    expect(d.explanation).toBe(
      'Kom in måndag 2026-04-06 kl. 10:00 (annandag påsk, helgdag) – räknas från tisdag 2026-04-07. ' +
        'Svar senast samma arbetsdag kl. 16:00. Sekretessprövning: ytterligare 1 arbetsdag → onsdag 2026-04-08 kl. 16:00.',
    );
  });

  it('handles Easter 2027, when summer time starts on påskdagen', () => {
    const d = due('2027-03-25', '15:00', true); // CET
    expect(d.dueAt.toISOString()).toBe('2027-03-30T14:00:00.000Z'); // CEST
    expect(d.explanation).toBe(
      'Kom in torsdag 2027-03-25 kl. 15:00. Svar senast samma arbetsdag kl. 16:00. ' +
        'Sekretessprövning: ytterligare 1 arbetsdag → tisdag 2027-03-30 kl. 16:00.',
    );
  });
});

describe('Kristi himmelsfärdsdag', () => {
  it('skips the holiday in a secrecy assessment', () => {
    const d = due('2026-05-13', '15:00', true);
    expect(d.dueAt.toISOString()).toBe('2026-05-15T14:00:00.000Z');
    expect(d.explanation).toContain('ytterligare 1 arbetsdag → fredag 2026-05-15 kl. 16:00.');
  });

  it('counts an arrival on the day from the Friday', () => {
    expect(due('2026-05-14', '12:00', false).explanation).toBe(
      'Kom in torsdag 2026-05-14 kl. 12:00 (Kristi himmelsfärdsdag, helgdag) – räknas från fredag 2026-05-15. ' +
        'Svar senast samma arbetsdag → fredag 2026-05-15 kl. 16:00.',
    );
  });
});

describe('midsommar', () => {
  it('treats midsommarafton as a holiday', () => {
    const d = due('2026-06-19', '09:00', false);
    expect(d.dueAt.toISOString()).toBe('2026-06-22T14:00:00.000Z');
    expect(d.explanation).toBe(
      'Kom in fredag 2026-06-19 kl. 09:00 (midsommarafton, räknas som helgdag) – räknas från måndag 2026-06-22. ' +
        'Svar senast samma arbetsdag → måndag 2026-06-22 kl. 16:00.',
    );
  });

  it('carries a Thursday secrecy assessment over midsommar to Monday', () => {
    expect(due('2026-06-18', '10:00', true).dueAt.toISOString()).toBe('2026-06-22T14:00:00.000Z');
  });
});

describe('Christmas', () => {
  it('counts an arrival on julafton from the Monday after', () => {
    const d = due('2026-12-24', '10:15', true);
    expect(d.dueAt.toISOString()).toBe('2026-12-29T15:00:00.000Z');
    expect(d.explanation).toBe(
      'Kom in torsdag 2026-12-24 kl. 10:15 (julafton, räknas som helgdag) – räknas från måndag 2026-12-28. ' +
        'Svar senast samma arbetsdag kl. 16:00. Sekretessprövning: ytterligare 1 arbetsdag → tisdag 2026-12-29 kl. 16:00.',
    );
  });

  it('names juldagen and annandag jul, even when annandag falls on a Saturday', () => {
    expect(due('2026-12-25', '10:00', false).explanation).toBe(
      'Kom in fredag 2026-12-25 kl. 10:00 (juldagen, helgdag) – räknas från måndag 2026-12-28. ' +
        'Svar senast samma arbetsdag → måndag 2026-12-28 kl. 16:00.',
    );
    expect(due('2026-12-26', '10:00', false).explanation).toContain('Kom in lördag 2026-12-26 kl. 10:00 (annandag jul, helgdag)');
  });

  it('carries a late arrival the day before julafton over the holidays', () => {
    const d = due('2026-12-23', '17:30', false);
    expect(d.dueAt.toISOString()).toBe('2026-12-28T15:00:00.000Z');
    expect(d.explanation).toContain('(arbetsdagen slutar kl. 16:00) – räknas från måndag 2026-12-28.');
  });

  it('carries a secrecy assessment from lillejulafton 2025 to the Monday', () => {
    // 2025: julafton Wednesday, juldagen Thursday, annandag jul Friday.
    expect(due('2025-12-23', '11:00', true).dueAt.toISOString()).toBe('2025-12-29T15:00:00.000Z');
  });
});

describe('New Year', () => {
  it('counts an arrival on nyårsafton from the first working day of the new year', () => {
    const d = due('2026-12-31', '08:00', false);
    expect(d.dueAt.toISOString()).toBe('2027-01-04T15:00:00.000Z');
    expect(d.explanation).toBe(
      'Kom in torsdag 2026-12-31 kl. 08:00 (nyårsafton, räknas som helgdag) – räknas från måndag 2027-01-04. ' +
        'Svar senast samma arbetsdag → måndag 2027-01-04 kl. 16:00.',
    );
  });

  it('counts an arrival on nyårsdagen from the Monday', () => {
    expect(due('2027-01-01', '12:00', false).explanation).toContain(
      '(nyårsdagen, helgdag) – räknas från måndag 2027-01-04.',
    );
  });

  it('carries a secrecy assessment across the year end', () => {
    expect(due('2026-12-30', '10:00', true).dueAt.toISOString()).toBe('2027-01-04T15:00:00.000Z');
  });
});

describe('daylight saving time', () => {
  it('ends the Monday after the spring change at 16:00 summer time', () => {
    const d = due('2026-03-27', '10:00', true); // Friday, CET
    expect(d.dueAt.toISOString()).toBe('2026-03-30T14:00:00.000Z');
    expect(d.explanation).toContain('→ måndag 2026-03-30 kl. 16:00.');
  });

  it('ends the Monday after the autumn change at 16:00 winter time', () => {
    const d = due('2026-10-23', '15:00', true); // Friday, CEST
    expect(d.dueAt.toISOString()).toBe('2026-10-26T15:00:00.000Z');
    expect(d.explanation).toContain('→ måndag 2026-10-26 kl. 16:00.');
  });

  it('shows the local time of an arrival in the night of a change', () => {
    const spring = computeDeadline({ receivedAt: new Date('2026-03-29T01:30:00Z'), needsSecrecyAssessment: false });
    expect(spring.explanation).toBe(
      'Kom in söndag 2026-03-29 kl. 03:30 (helg) – räknas från måndag 2026-03-30. ' +
        'Svar senast samma arbetsdag → måndag 2026-03-30 kl. 16:00.',
    );
    const first = computeDeadline({ receivedAt: new Date('2026-10-25T00:30:00Z'), needsSecrecyAssessment: false });
    const second = computeDeadline({ receivedAt: new Date('2026-10-25T01:30:00Z'), needsSecrecyAssessment: false });
    expect(first.explanation).toContain('Kom in söndag 2026-10-25 kl. 02:30 (helg)');
    expect(second.explanation).toContain('Kom in söndag 2026-10-25 kl. 02:30 (helg)');
    expect(first.dueAt.toISOString()).toBe('2026-10-26T15:00:00.000Z');
  });

  it('counts a request at 23:30 UTC on a Friday in summer as Saturday in Stockholm', () => {
    const d = computeDeadline({ receivedAt: new Date('2026-06-05T22:30:00Z'), needsSecrecyAssessment: false });
    // Saturday 00:30 is nationaldagen too; the holiday is named before the weekend.
    expect(d.explanation).toContain('Kom in lördag 2026-06-06 kl. 00:30 (nationaldagen, helgdag) – räknas från måndag 2026-06-08.');
  });
});

describe('the server time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('does not change the result', () => {
    process.env.TZ = 'America/Los_Angeles';
    const d = due('2026-12-24', '10:15', true);
    expect(d.dueAt.toISOString()).toBe('2026-12-29T15:00:00.000Z');
    expect(d.explanation).toContain('Kom in torsdag 2026-12-24 kl. 10:15');
  });
});

describe('settings', () => {
  it('defaults to same day, one extra day for secrecy, 16:00', () => {
    expect(defaultDeadlineSettings).toEqual({ answerWorkingDays: 0, secrecyExtraWorkingDays: 1, endOfDay: '16:00' });
    expect(resolveSettings({ endOfDay: '17:00' })).toEqual({ answerWorkingDays: 0, secrecyExtraWorkingDays: 1, endOfDay: '17:00' });
  });

  it('uses other numbers of days and another end of day', () => {
    const d = computeDeadline({
      receivedAt: at('2026-03-02', '17:00'),
      needsSecrecyAssessment: true,
      settings: { answerWorkingDays: 2, secrecyExtraWorkingDays: 3, endOfDay: '17:30' },
    });
    expect(d.dueAt.toISOString()).toBe('2026-03-09T16:30:00.000Z');
    expect(d.explanation).toBe(
      'Kom in måndag 2026-03-02 kl. 17:00. Svar senast 2 arbetsdagar senare kl. 17:30. ' +
        'Sekretessprövning: ytterligare 3 arbetsdagar → måndag 2026-03-09 kl. 17:30.',
    );
  });

  it('words one day and no extra day', () => {
    expect(
      computeDeadline({ receivedAt: at('2026-03-02', '10:00'), needsSecrecyAssessment: false, settings: { answerWorkingDays: 1 } })
        .explanation,
    ).toBe('Kom in måndag 2026-03-02 kl. 10:00. Svar senast 1 arbetsdag senare → tisdag 2026-03-03 kl. 16:00.');
    const none = computeDeadline({
      receivedAt: at('2026-03-02', '10:00'),
      needsSecrecyAssessment: true,
      settings: { secrecyExtraWorkingDays: 0 },
    });
    expect(none.dueAt.toISOString()).toBe('2026-03-02T15:00:00.000Z');
    expect(none.explanation).toContain('Sekretessprövning: ingen extra tid → måndag 2026-03-02 kl. 16:00.');
  });

  it('refuses settings the clock cannot use', () => {
    expect(() => resolveSettings({ endOfDay: '25:00' })).toThrow(RangeError);
    expect(() => resolveSettings({ endOfDay: '4pm' })).toThrow(RangeError);
    expect(() => resolveSettings({ answerWorkingDays: -1 })).toThrow(RangeError);
    expect(() => resolveSettings({ secrecyExtraWorkingDays: 0.5 })).toThrow(RangeError);
  });
});

describe('omfattande material', () => {
  it('uses the extended date the requester was told', () => {
    const d = computeDeadline({
      receivedAt: at('2026-03-02', '09:00'),
      needsSecrecyAssessment: true,
      extension: { until: at('2026-03-20', '12:00'), note: 'Sökanden informerad per telefon 2026-03-02.' },
    });
    expect(d.basis).toBe('extended');
    expect(d.dueAt.toISOString()).toBe('2026-03-20T11:00:00.000Z');
    expect(d.explanation).toBe(
      'Kom in måndag 2026-03-02 kl. 09:00. Svar senast samma arbetsdag kl. 16:00. ' +
        'Sekretessprövning: ytterligare 1 arbetsdag → tisdag 2026-03-03 kl. 16:00. ' +
        'Omfattande material: förlängd tid till fredag 2026-03-20 kl. 12:00, sökanden underrättad.',
    );
  });

  it('never lets an extension shorten the ordinary clock', () => {
    const d = computeDeadline({
      receivedAt: at('2026-03-02', '09:00'),
      needsSecrecyAssessment: true,
      extension: { until: at('2026-03-02', '12:00'), note: 'fel datum' },
    });
    expect(d.basis).toBe('secrecy');
    expect(d.dueAt.toISOString()).toBe('2026-03-03T15:00:00.000Z');
    expect(d.explanation).toContain(
      'Omfattande material: angiven tid måndag 2026-03-02 kl. 12:00 ligger före ordinarie tid och används inte.',
    );
  });
});

describe('isOverdue', () => {
  const deadline = due('2026-03-02', '09:30', false); // due 2026-03-02 16:00

  it('is overdue only after the due time, for open requests', () => {
    for (const status of ['registered', 'in_progress', 'in_review'] as const) {
      expect(isOverdue(deadline, at('2026-03-02', '15:59'), status)).toBe(false);
      expect(isOverdue(deadline, at('2026-03-02', '16:00'), status)).toBe(false);
      expect(isOverdue(deadline, at('2026-03-02', '16:01'), status)).toBe(true);
    }
  });

  it('is never overdue once decided, closed or withdrawn', () => {
    for (const status of ['decided', 'closed', 'withdrawn'] as const) {
      expect(isOverdue(deadline, at('2027-01-01', '12:00'), status)).toBe(false);
    }
  });

  it('covers every status and accepts a bare due time', () => {
    const late = at('2026-03-05', '12:00');
    expect(statuses.filter((s) => isOverdue(deadline.dueAt, late, s))).toEqual(['registered', 'in_progress', 'in_review']);
  });
});

describe('secrecy assessment and start day', () => {
  it('needs one when in review or flagged', () => {
    expect(needsSecrecyAssessment('in_review', false)).toBe(true);
    expect(needsSecrecyAssessment('in_progress', true)).toBe(true);
    expect(needsSecrecyAssessment('registered', false)).toBe(false);
  });

  it('starts the clock on the next working day after hours', () => {
    expect(startDay(at('2026-03-06', '16:30'))).toBe('2026-03-09');
    expect(startDay(at('2026-03-06', '16:30'), '17:00')).toBe('2026-03-06');
  });
});

describe('statistics', () => {
  it('counts working days from the start of the clock to the decision', () => {
    expect(workingDaysToDecision(at('2026-03-02', '09:00'), at('2026-03-02', '15:00'))).toBe(0);
    expect(workingDaysToDecision(at('2026-03-02', '09:00'), at('2026-03-03', '09:00'))).toBe(1);
    // Friday evening to Monday morning is the same working day as far as the clock goes.
    expect(workingDaysToDecision(at('2026-03-06', '17:00'), at('2026-03-09', '10:00'))).toBe(0);
    // Decided on the Saturday it came in: before the clock started.
    expect(workingDaysToDecision(at('2026-03-07', '10:00'), at('2026-03-07', '11:00'))).toBe(0);
    expect(workingDaysToDecision(at('2026-12-23', '10:00'), at('2026-12-29', '10:00'))).toBe(2);
  });

  it('takes the median', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([0, 0, 1, 5])).toBe(0.5);
  });
});

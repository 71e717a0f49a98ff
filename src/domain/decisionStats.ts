// Statistics over decisions: outcomes, OSL provisions used, and working days from request to release.
import { type DecisionOutcome, decisionOutcomes, outcomeLabels, type ProvisionUse } from './decision.ts';
import { defaultDeadlineSettings, median, workingDaysToDecision } from './deadline.ts';

export interface DecisionStats {
  outcomes: Array<{ outcome: DecisionOutcome; label: string; count: number }>;
  /** Each provision with the number of decisions citing it, most used first. */
  provisions: Array<{ provision: string; decisions: number; handlingar: number }>;
  /** Requests whose handlingar reached the requester (a link was made). */
  released: number;
  /** Median working days from the clock's start to the first link to the requester. */
  medianWorkingDaysToRelease: number | null;
}

export function decisionStats(
  outcomeCounts: ReadonlyArray<{ outcome: DecisionOutcome; n: number }>,
  provisionsJson: readonly string[],
  releaseTimes: ReadonlyArray<{ received_at: string; released_at: string }>,
  endOfDay = defaultDeadlineSettings.endOfDay,
): DecisionStats {
  const counts = new Map(outcomeCounts.map((o) => [o.outcome, o.n]));
  const byProvision = new Map<string, { decisions: number; handlingar: number }>();
  for (const json of provisionsJson) {
    for (const use of JSON.parse(json) as ProvisionUse[]) {
      const p = byProvision.get(use.provision) ?? { decisions: 0, handlingar: 0 };
      p.decisions++;
      p.handlingar += use.uses.length;
      byProvision.set(use.provision, p);
    }
  }
  const days = releaseTimes.map((r) => workingDaysToDecision(new Date(r.received_at), new Date(r.released_at), endOfDay));
  return {
    outcomes: decisionOutcomes.map((o) => ({ outcome: o, label: outcomeLabels[o].split(' – ')[0]!, count: counts.get(o) ?? 0 })),
    provisions: [...byProvision.entries()]
      .map(([provision, v]) => ({ provision, ...v }))
      .sort((a, b) => b.decisions - a.decisions || a.provision.localeCompare(b.provision, 'sv', { numeric: true })),
    released: days.length,
    medianWorkingDaysToRelease: median(days),
  };
}

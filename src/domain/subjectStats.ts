// Statistics over the data subject's requests: how many of each kind, time to answer, and the share answered within the month (art. 12(3)).
import { median } from './deadline.ts';
import { computeSubjectDeadline, type RequestKind, type SubjectRequestKind, subjectKindOf, subjectRequestKinds } from './subjectRequest.ts';

export interface SubjectKindStats {
  kind: SubjectRequestKind;
  received: number;
  answered: number;
  /** Still open and past their due time now. */
  overdueNow: number;
  /** Median calendar days from receipt to answer; null when none answered. */
  medianDays: number | null;
  /** Share (0-1) of answered requests answered within one month of receipt, the extension not counted. */
  withinMonthShare: number | null;
  /** Share (0-1) answered by the due time, counting a valid extension. */
  withinDeadlineShare: number | null;
}

const DAY = 86_400_000;

export function subjectStats(
  rows: Iterable<{ kind: RequestKind; received_at: string; decided_at: string | null; status: string; extension_notified_at: string | null; extension_reasons: string | null }>,
  now: Date,
): { kinds: SubjectKindStats[]; total: Omit<SubjectKindStats, 'kind'> } {
  type Acc = { received: number; overdueNow: number; days: number[]; withinMonth: number; withinDeadline: number };
  const blank = (): Acc => ({ received: 0, overdueNow: 0, days: [], withinMonth: 0, withinDeadline: 0 });
  const acc = new Map<SubjectRequestKind, Acc>(subjectRequestKinds.map((k) => [k, blank()]));
  const total = blank();
  for (const r of rows) {
    const kind = subjectKindOf(r.kind);
    if (!kind) continue;
    const received = new Date(r.received_at);
    const plain = computeSubjectDeadline(received, null);
    const due = r.extension_notified_at ? computeSubjectDeadline(received, { notifiedAt: new Date(r.extension_notified_at), reasons: r.extension_reasons ?? '' }) : plain;
    for (const a of [acc.get(kind)!, total]) {
      a.received++;
      if (r.decided_at) {
        const at = new Date(r.decided_at).getTime();
        a.days.push(Math.max(0, Math.round((at - received.getTime()) / DAY)));
        if (at < plain.dueAt.getTime()) a.withinMonth++;
        if (at < due.dueAt.getTime()) a.withinDeadline++;
      } else if ((r.status === 'registered' || r.status === 'in_progress' || r.status === 'in_review') && now.getTime() >= due.dueAt.getTime()) {
        a.overdueNow++;
      }
    }
  }
  const out = (a: Acc) => ({
    received: a.received,
    answered: a.days.length,
    overdueNow: a.overdueNow,
    medianDays: a.days.length ? median(a.days) : null,
    withinMonthShare: a.days.length ? a.withinMonth / a.days.length : null,
    withinDeadlineShare: a.days.length ? a.withinDeadline / a.days.length : null,
  });
  return { kinds: subjectRequestKinds.map((k) => ({ kind: k, ...out(acc.get(k)!) })), total: out(total) };
}

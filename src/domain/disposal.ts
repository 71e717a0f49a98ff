// Gallring of requesters' contact details: requests closed longer than the retention setting, never under a legal hold (JO 3434-2016).
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { appealsForRequest, currentDecisions, disposalCandidates, removeContactDetails } from '../db/decisions.ts';
import { legalHold, type LegalHold } from './appeal.ts';
import { disposeSubjectDetails, findSubject } from '../db/subjectRequests.ts';

/**
 * The legal hold of a request (JO 3434-2016): held while any of its current decisions – a request
 * released in parts has one per part, each with its own appeal clock – is held by its own appeals.
 * Appeals against the whole request (pending, with no decision) hold it too. A data subject's request
 * is appealable by its GDPR outcome (dataskyddslagen 7 kap. 2 §), not by the decision row's TF outcome.
 */
export async function requestLegalHold(db: Db, requestId: number, now: Date): Promise<LegalHold> {
  const appeals = await appealsForRequest(db, requestId);
  const decisions = await currentDecisions(db, requestId);
  if (decisions.length === 0) return legalHold(null, [], now);
  const subjectOutcome = (await findSubject(db, requestId))?.outcome ?? null;
  for (const d of decisions) {
    const own = appeals.filter((a) => a.decision_id === d.id || decisions.length === 1);
    const hold = legalHold(
      { outcome: d.outcome, hasCondition: d.condition_text !== null, notifiedAt: d.notified_at ? new Date(d.notified_at) : null, subjectOutcome },
      own.map((a) => ({ receivedAt: new Date(a.received_at), outcome: a.outcome })),
      now,
    );
    if (hold.held) return hold;
  }
  return { held: false };
}

export interface DisposalReport {
  /** Requests whose details were (or, in a dry run, would be) removed. */
  disposed: number;
  /** Requests left alone because of a legal hold. */
  held: number;
  names: number;
  contacts: number;
  identityQuestions: number;
  dryRun: boolean;
}

/**
 * Removes the requester's name, contact and identity question (with its reason) from requests closed
 * more than `retentionDays` ago. The decision, the letter (which fills the name when read) and the
 * log stay. A request under a legal hold (appeal time running or an appeal pending) is skipped. The
 * log gets one entry with counts, never the removed content. A dry run changes and logs nothing.
 */
export async function disposeContactDetails(db: Db, opts: { retentionDays: number; dryRun: boolean; now?: Date; decision: string }): Promise<DisposalReport> {
  // Arkivlagen: gallring needs a gallringsbeslut; no run without its reference, and the log names it.
  if (opts.decision.trim() === '') throw new Error('gallring without a gallringsbeslut');
  const now = opts.now ?? new Date();
  const cutoff = new Date(now.getTime() - opts.retentionDays * 86_400_000).toISOString();
  const run = async (db: Db) => {
    const report: DisposalReport = { disposed: 0, held: 0, names: 0, contacts: 0, identityQuestions: 0, dryRun: opts.dryRun };
    for (const c of await disposalCandidates(db, cutoff)) {
      const hold = await requestLegalHold(db, c.id, now);
      if (hold.held) {
        report.held++;
        continue;
      }
      report.disposed++;
      if (c.requester_name !== null) report.names++;
      if (c.requester_contact !== null) report.contacts++;
      if (c.identity_question !== null) report.identityQuestions++;
      if (!opts.dryRun) {
        await removeContactDetails(db, c.id, now.toISOString());
        // A data subject's request: the identifiers searched for go with the contact details.
        await disposeSubjectDetails(db, c.id);
      }
    }
    // Every real run is logged with the gallringsbeslut it rests on, even when nothing was due.
    if (!opts.dryRun) {
      await appendLog(db, {
                actorId: null,
                actor: 'system',
                event: 'disposal.contact_details',
                reason: `Gallring efter ${opts.retentionDays} dagar enligt gallringsbeslut ${opts.decision.trim()}: kontaktuppgifter i ${report.disposed} begäranden`,
                at: now,
                after: {
                  gallringsbeslut: opts.decision.trim(),
                  disposed: report.disposed,
                  held: report.held,
                  names: report.names,
                  contacts: report.contacts,
                  identityQuestions: report.identityQuestions,
                },
              });
    }
    return report;
  };
  return opts.dryRun ? await run(db) : await inTransaction(db, run);
}

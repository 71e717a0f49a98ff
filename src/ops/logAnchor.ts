// The decision log's anchor: the head (row number and hash) an operator keeps outside Insyn, and the
// check that rows 1..N are unchanged since. The chain alone cannot catch someone with the file who
// rewrites a row and recomputes every later hash; a head kept elsewhere can.
import type { Db } from '../db/connection.ts';
import { GENESIS_HASH, verifyLog } from '../db/decisionLog.ts';

export interface LogHead {
  row: number;
  hash: string;
}

/** The last row's number and hash; 0 and the genesis hash for an empty log. */
export async function logHead(db: Db): Promise<LogHead> {
  const last = await db.get('SELECT id, hash FROM decision_log ORDER BY id DESC LIMIT 1') as { id: number; hash: string } | undefined;
  return last ? { row: last.id, hash: last.hash } : { row: 0, hash: GENESIS_HASH };
}

export const formatHead = (h: LogHead): string => `${h.row}:${h.hash}`;

/** Parses `N:HASH` as printed by `insyn audit head`; null when it is not one. */
export function parseHead(s: string): LogHead | null {
  const m = /^(\d{1,12}):([0-9a-f]{64})$/.exec(s.trim().toLowerCase());
  return m ? { row: Number(m[1]), hash: m[2]! } : null;
}

export type AnchorResult = { ok: true; count: number } | { ok: false; problem: string };

/**
 * The whole chain must hold, and row N must still carry the anchored hash. Since each row's hash
 * covers its predecessor's, an unchanged hash at N proves rows 1..N unchanged.
 */
export async function verifyAgainstHead(db: Db, head: LogHead): Promise<AnchorResult> {
  const chain = await verifyLog(db);
  if (!chain.ok) return { ok: false, problem: `kedjan är bruten vid rad ${chain.brokenAt}: ${chain.problem}` };
  if (head.row === 0) return head.hash === GENESIS_HASH ? { ok: true, count: chain.count } : { ok: false, problem: 'ankaret för rad 0 ska vara nollor' };
  const stored = await db.value('SELECT hash FROM decision_log WHERE id = ?', [head.row]) as string | undefined;
  if (stored === undefined) return { ok: false, problem: `loggen har ${chain.count} rader, färre än ankarets ${head.row}: rader har tagits bort` };
  if (stored !== head.hash) return { ok: false, problem: `rad ${head.row} har en annan hash än ankaret: rader 1–${head.row} har skrivits om sedan ankaret togs` };
  return { ok: true, count: chain.count };
}

// `insyn audit verify`: checks the decision log's hash chain from the first row to the last.
import type { CliIO } from './io.ts';
import { USAGE_EXIT } from './io.ts';
import { openCliDb } from './db.ts';
import { verifyLog } from '../db/decisionLog.ts';

export const usage = 'Användning:\n  insyn audit verify\n';

export async function run(args: string[], io: CliIO): Promise<number> {
  if (args.length !== 1 || args[0] !== 'verify') {
    io.stderr.write(usage);
    return USAGE_EXIT;
  }
  const db = openCliDb(io.env);
  try {
    const r = verifyLog(db);
    if (r.ok) {
      io.stdout.write(`Händelseloggen är hel: alla ${r.count} rader stämmer.\n`);
      return 0;
    }
    io.stdout.write(`Händelseloggen är bruten vid rad ${r.brokenAt}: ${r.problem}. ${r.count} rader före den stämmer.\n`);
    return 1;
  } finally {
    db.close();
  }
}

// `insyn audit verify [--head N:HASH]` and `insyn audit head`: the decision log's chain and its anchor.
import type { CliIO } from './io.ts';
import { USAGE_EXIT } from './io.ts';
import { openCliDb, parseFlags } from './db.ts';
import { verifyLog } from '../db/decisionLog.ts';
import { formatHead, logHead, parseHead, verifyAgainstHead } from '../ops/logAnchor.ts';

export const usage =
  'Användning:\n' +
  '  insyn audit verify              kontrollera händelseloggens kedja\n' +
  '  insyn audit verify --head N:HASH  visa också att rad 1..N är oförändrade sedan ankaret togs\n' +
  '  insyn audit head                skriv ut loggens ankare (N:HASH) att spara utanför Insyn\n';

export async function run(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  const flags = parseFlags(rest, { values: ['head'] });
  const head = 'error' in flags || flags.values.head === undefined ? null : parseHead(flags.values.head);
  const bad =
    'error' in flags ||
    flags.positional.length > 0 ||
    (sub === 'head' && Object.keys(flags.values).length > 0) ||
    (sub === 'verify' && flags.values.head !== undefined && !head) ||
    (sub !== 'head' && sub !== 'verify');
  if (bad) {
    io.stderr.write(usage);
    return USAGE_EXIT;
  }
  const db = await openCliDb(io.env);
  try {
    if (sub === 'head') {
      io.stdout.write(`${formatHead(await logHead(db))}\n`);
      return 0;
    }
    if (head) {
      const r = await verifyAgainstHead(db, head);
      if (r.ok) {
        io.stdout.write(`Händelseloggen är hel: alla ${r.count} rader stämmer, och rad 1–${head.row} är oförändrade sedan ankaret.\n`);
        return 0;
      }
      io.stdout.write(`Händelseloggen stämmer inte med ankaret: ${r.problem}.\n`);
      return 1;
    }
    const r = await verifyLog(db);
    if (r.ok) {
      io.stdout.write(`Händelseloggen är hel: alla ${r.count} rader stämmer.\n`);
      return 0;
    }
    io.stdout.write(`Händelseloggen är bruten vid rad ${r.brokenAt}: ${r.problem}. ${r.count} rader före den stämmer.\n`);
    return 1;
  } finally {
    await db.close();
  }
}

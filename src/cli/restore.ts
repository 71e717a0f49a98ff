// `insyn restore FILE [--force] [--head N:HASH]`: checks a backup and makes it the database INSYN_DB names.
import type { CliIO } from './io.ts';
import { USAGE_EXIT } from './io.ts';
import { parseFlags, POSTGRES_BACKUP_MESSAGE } from './db.ts';
import { loadConfig } from '../config.ts';
import { describe, NotEnoughSpace, Refused, restore } from '../ops/backup.ts';
import { parseHead } from '../ops/logAnchor.ts';

export const usage =
  'Användning:\n  insyn restore FIL [--force] [--head N:HASH]   återställ databasen från en säkerhetskopia (stoppa servern först)\n';

/** Exit code when the target's file system has too little free space (nothing written): a script can tell it from a refused backup. */
export const NO_SPACE_EXIT = 3;

export async function run(args: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(args, { switches: ['force'], values: ['head'] });
  const head = 'error' in flags || flags.values.head === undefined ? null : parseHead(flags.values.head);
  if ('error' in flags || flags.positional.length !== 1 || (flags.values.head !== undefined && !head)) {
    io.stderr.write(usage);
    return USAGE_EXIT;
  }
  const file = flags.positional[0]!;
  const config = loadConfig(io.env);
  if (config.databaseUrl) {
    io.stderr.write(POSTGRES_BACKUP_MESSAGE);
    return USAGE_EXIT;
  }
  const target = config.dbPath;
  try {
    const r = await restore(file, target, { force: flags.switches.has('force'), head });
    io.stdout.write(`Databasen ${target} är återställd från ${file}:\n${describe(r.contents)}`);
    if (r.movedAside) io.stdout.write(`Den tidigare databasen finns kvar som ${r.movedAside}.\n`);
    io.stdout.write('Migreringar som saknas körs när servern startar.\n');
    return 0;
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    io.stderr.write(`Återställningen vägrades, inget skrevs: ${e.message}\n`);
    return e instanceof NotEnoughSpace ? NO_SPACE_EXIT : 1;
  }
}

// `insyn backup FILE [--force]`: a consistent copy of the running database, and what it holds.
import type { CliIO } from './io.ts';
import { USAGE_EXIT } from './io.ts';
import { parseFlags, POSTGRES_BACKUP_MESSAGE } from './db.ts';
import { loadConfig } from '../config.ts';
import { existsSync } from 'node:fs';
import { openDb } from '../db/connection.ts';
import { backup, describe, Refused } from '../ops/backup.ts';

export const usage = 'Användning:\n  insyn backup FIL [--force]   säkerhetskopiera databasen (med original) medan servern kör\n';

export async function run(args: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(args, { switches: ['force'] });
  if ('error' in flags || flags.positional.length !== 1) {
    io.stderr.write(usage);
    return USAGE_EXIT;
  }
  const file = flags.positional[0]!;
  const config = loadConfig(io.env);
  if (config.databaseUrl) {
    io.stderr.write(POSTGRES_BACKUP_MESSAGE);
    return USAGE_EXIT;
  }
  const dbPath = config.dbPath;
  if (!existsSync(dbPath)) {
    io.stderr.write(`Databasen ${dbPath} finns inte (INSYN_DB).\n`);
    return 1;
  }
  const db = openDb(dbPath);
  try {
    const c = await backup(db, file, { force: flags.switches.has('force') });
    io.stdout.write(`Säkerhetskopian ${file} är skriven och kontrollerad:\n${describe(c)}Spara ankaret utanför Insyn; \`insyn audit verify --head ${c.head.row}:${c.head.hash}\` visar senare att loggen fram till dit är orörd.\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    io.stderr.write(`${e.message}\n`);
    return 1;
  } finally {
    await db.close();
  }
}

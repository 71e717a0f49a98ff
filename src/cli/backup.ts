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
  const c = await checkedBackup(io, config.dbPath, file, flags.switches.has('force'));
  if (!c) return 1;
  io.stdout.write(`Säkerhetskopian ${file} är skriven och kontrollerad:\n${describe(c)}Spara ankaret utanför Insyn; \`insyn audit verify --head ${c.head.row}:${c.head.hash}\` visar senare att loggen fram till dit är orörd.\n`);
  return 0;
}

/**
 * A checked backup of the SQLite file at dbPath (`insyn backup`, and `insyn org export`, where the file is the
 * organisation): what it holds, or null after saying on standard error why not (no file, a refusal).
 */
export async function checkedBackup(io: CliIO, dbPath: string, file: string, force: boolean): Promise<Awaited<ReturnType<typeof backup>> | null> {
  if (!existsSync(dbPath)) {
    io.stderr.write(`Databasen ${dbPath} finns inte (INSYN_DB).\n`);
    return null;
  }
  const db = openDb(dbPath);
  try {
    return await backup(db, file, { force });
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    io.stderr.write(`${e.message}\n`);
    return null;
  } finally {
    await db.close();
  }
}

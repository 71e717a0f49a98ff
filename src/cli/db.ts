// Opens the configured database (SQLite or PostgreSQL) for a CLI command, migrated like the server does.
import { loadConfig } from '../config.ts';
import { openDatabase, type Db } from '../db/connection.ts';

/** The server's database (INSYN_DATABASE_URL or INSYN_DB), migrated. */
export async function openCliDb(env: NodeJS.ProcessEnv): Promise<Db> {
  return (await openDatabase(loadConfig(env))).db;
}

/** What backup and restore say on PostgreSQL: they copy a SQLite file; PostgreSQL is backed up by its own tools. */
export const POSTGRES_BACKUP_MESSAGE =
  'Insyn använder PostgreSQL (INSYN_DATABASE_URL): insyn backup och insyn restore gäller bara SQLite-filen. Säkerhetskopiera PostgreSQL med pgBackRest eller Barman (README, Drift).\n';

/** Parses --flag value pairs and bare --switches; unknown flags are a usage error. */
export function parseFlags(
  args: string[],
  spec: { values?: string[]; switches?: string[] },
): { values: Record<string, string>; switches: Set<string>; positional: string[] } | { error: string } {
  const values: Record<string, string> = {};
  const switches = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (spec.values?.includes(name)) {
        const v = inline ?? args[++i];
        if (v === undefined || v.startsWith('--')) return { error: `--${name} behöver ett värde.` };
        values[name] = v;
      } else if (spec.switches?.includes(name) && inline === undefined) {
        switches.add(name);
      } else {
        return { error: `Okänd flagga: ${a}` };
      }
    } else {
      positional.push(a);
    }
  }
  return { values, switches, positional };
}

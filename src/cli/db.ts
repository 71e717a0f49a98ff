// Opens the configured database for a CLI command, migrated like the server does.
import { loadConfig } from '../config.ts';
import { openDb, type Db } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';

export async function openCliDb(env: NodeJS.ProcessEnv): Promise<Db> {
  const db = openDb(loadConfig(env).dbPath);
  await migrate(db);
  return db;
}

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

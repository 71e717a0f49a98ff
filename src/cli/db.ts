// Opens the configured database (SQLite or PostgreSQL) for a CLI command, migrated like the server does.
import { loadConfig } from '../config.ts';
import { openDatabase, type Db } from '../db/connection.ts';
import { listOrganisations, openOrganisationDb, prepareOrganisation } from '../db/organisations.ts';

/**
 * The server's database (INSYN_DATABASE_URL or INSYN_DB), migrated. With INSYN_ORG=<kortform> on PostgreSQL: that
 * organisation's schema on its own pool (`insyn org add`), so users, audit and gallra work on one organisation.
 */
export async function openCliDb(env: NodeJS.ProcessEnv): Promise<Db> {
  const config = loadConfig(env);
  const slug = env.INSYN_ORG?.trim();
  if (slug) {
    if (!config.databaseUrl) throw new Error('INSYN_ORG gäller bara PostgreSQL (INSYN_DATABASE_URL); på SQLite är databasfilen organisationen.');
    const org = (await listOrganisations(config.databaseUrl)).find((o) => o.slug === slug);
    if (!org) throw new Error(`Organisationen ${slug} (INSYN_ORG) finns inte: se insyn org list.`);
    const { org: ready } = await prepareOrganisation(config.databaseUrl, org.slug);
    return openOrganisationDb(config.databaseUrl, ready, 2);
  }
  return (await openDatabase(config)).db;
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

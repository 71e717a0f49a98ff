// `insyn db migrate|schema`: apply migrations, or print the schema that db/schema.sql holds.
import type { CliIO } from './io.ts';
import { USAGE_EXIT } from './io.ts';
import { loadConfig } from '../config.ts';
import { openDb } from '../db/connection.ts';
import { dumpSchema, migrate } from '../db/migrate.ts';

export const usage = 'Användning:\n  insyn db migrate   kör nya migreringar\n  insyn db schema    skriv ut schemat (npm run db:schema sparar det i db/schema.sql)\n';

export async function run(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (rest.length || (sub !== 'migrate' && sub !== 'schema')) {
    io.stderr.write(usage);
    return USAGE_EXIT;
  }
  const db = openDb(sub === 'schema' ? ':memory:' : loadConfig(io.env).dbPath);
  try {
    const applied = migrate(db);
    if (sub === 'schema') io.stdout.write(dumpSchema(db));
    else io.stdout.write(applied.length ? `Körde ${applied.join(', ')}.\n` : 'Databasen är redan aktuell.\n');
    return 0;
  } finally {
    db.close();
  }
}

// `insyn db migrate|schema|reindex-persons`: apply migrations, print the schema that db/schema.sql holds, or rebuild the person index.
import type { CliIO } from './io.ts';
import { USAGE_EXIT } from './io.ts';
import { loadConfig } from '../config.ts';
import { openDb } from '../db/connection.ts';
import { dumpSchema, migrate } from '../db/migrate.ts';
import { rebuildPersonIndex } from '../db/personIndex.ts';

export const usage = 'Användning:\n  insyn db migrate   kör nya migreringar\n  insyn db schema    skriv ut schemat (npm run db:schema sparar det i db/schema.sql)\n  insyn db reindex-persons   bygg om personregistret för registerutdrag ur sparade fynd\n';

export async function run(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (rest.length || (sub !== 'migrate' && sub !== 'schema' && sub !== 'reindex-persons')) {
    io.stderr.write(usage);
    return USAGE_EXIT;
  }
  const db = openDb(sub === 'schema' ? ':memory:' : loadConfig(io.env).dbPath);
  try {
    const applied = migrate(db);
    if (sub === 'schema') io.stdout.write(dumpSchema(db));
    else if (sub === 'reindex-persons') {
      const r = rebuildPersonIndex(db);
      io.stdout.write(`Personregistret ombyggt: ${r.documents} handlingar, ${r.keys} nycklar.\n`);
    }
    else io.stdout.write(applied.length ? `Körde ${applied.join(', ')}.\n` : 'Databasen är redan aktuell.\n');
    return 0;
  } finally {
    db.close();
  }
}

// `insyn db migrate|schema|reindex-persons|recheck-releases`: apply migrations, print the schema that db/schema.sql holds,
// rebuild the person index, or check what was released before the text under boxes was recorded (migration 0062).
import type { CliIO } from './io.ts';
import { USAGE_EXIT } from './io.ts';
import { loadConfig } from '../config.ts';
import { openDatabase, openDb } from '../db/connection.ts';
import { dumpSchema, migrate } from '../db/migrate.ts';
import { rebuildPersonIndex } from '../db/personIndex.ts';
import { recheckReleases, type ReleaseRecheck } from '../domain/pdfReleaseCommands.ts';

export const usage = 'Användning:\n  insyn db migrate   kör nya migreringar\n  insyn db schema    skriv ut SQLite-schemat (npm run db:schema sparar det i db/schema.sql)\n  insyn db reindex-persons   bygg om personregistret för registerutdrag ur sparade fynd\n  insyn db recheck-releases  läs texten under äldre rutor och leta efter den i det som redan lämnats ut\n';

export async function run(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (rest.length || !['migrate', 'schema', 'reindex-persons', 'recheck-releases'].includes(sub ?? '')) {
    io.stderr.write(usage);
    return USAGE_EXIT;
  }
  const config = loadConfig(io.env);
  if (sub === 'schema' && config.databaseUrl) {
    io.stderr.write('insyn db schema skriver SQLite-schemat (db/schema.sql). PostgreSQL-schemat är migreringarna i db/migrations/pg/; pg_dump --schema-only visar det.\n');
    return USAGE_EXIT;
  }
  // db migrate, reindex-persons and recheck-releases work on both databases; db schema dumps SQLite's.
  const { db, applied } = sub === 'schema' ? { db: openDb(':memory:'), applied: [] as string[] } : await openDatabase(config);
  try {
    if (sub === 'schema') await migrate(db);
    if (sub === 'schema') io.stdout.write(await dumpSchema(db));
    else if (sub === 'reindex-persons') {
      const r = await rebuildPersonIndex(db);
      io.stdout.write(`Personregistret ombyggt: ${r.documents} handlingar, ${r.keys} nycklar.\n`);
    }
    else if (sub === 'recheck-releases') {
      const r = await recheckReleases(db);
      io.stdout.write(recheckReport(r));
      return r.leaking.length || r.unreadable.length ? 1 : 0;
    }
    else io.stdout.write(applied.length ? `Körde ${applied.join(', ')}.\n` : 'Databasen är redan aktuell.\n');
    return 0;
  } finally {
    await db.close();
  }
}

/** The report: references, handling numbers and counts only, never the text found (it is what a box hides). */
function recheckReport(r: ReleaseRecheck): string {
  const lines = [`Läste texten under rutorna i ${r.documentsRead} ${r.documentsRead === 1 ? 'handling' : 'handlingar'}.`];
  if (r.unreadable.length) lines.push(`Kunde inte läsa rutorna i handling ${r.unreadable.join(', ')}: deras utlämnade text kan inte kontrolleras. Godkänn dem på nytt.`);
  if (!r.leaking.length) lines.push('Ingen utlämnad text innehåller något som en ruta döljer.');
  for (const x of r.leaking) {
    const reach = [x.activeLinks ? `${x.activeLinks} aktiv${x.activeLinks === 1 ? '' : 'a'} länk${x.activeLinks === 1 ? '' : 'ar'}` : 'ingen aktiv länk', x.published ? 'publicerad i läsesalen' : 'inte publicerad'].join(', ');
    lines.push(`${x.reference}: ${x.versions} utlämnad${x.versions === 1 ? '' : 'e'} ${x.versions === 1 ? 'version' : 'versioner'} (handling ${x.documentIds.join(', ')}) visar text som en ruta döljer – ${reach}.`);
  }
  if (r.leaking.length) lines.push('Återkalla länkarna och avpublicera, maskera texten och godkänn handlingarna på nytt (README, Drift).');
  return lines.join('\n') + '\n';
}

// Node entry: reads settings, opens and migrates the database, seeds demo data on first start, serves.
import { serve } from '@hono/node-server';
import { loadConfig } from './config.ts';
import { openDb } from './db/connection.ts';
import { migrate } from './db/migrate.ts';
import { seedDemo, seedDemoDecision, seedDemoRequests } from './db/seedDemo.ts';
import { refreshDueTimes } from './domain/requestCommands.ts';
import { deleteExpiredSessions } from './auth/session.ts';
import { createApp } from './app.ts';
import { ImportQueue } from './documents/importer.ts';
import { openJobIds } from './db/documents.ts';
import { roleLabel } from './domain/roles.ts';
import { applyCataloguePreset } from './domain/provisionCommands.ts';
import { every, logBackgroundFailure } from './background.ts';

const config = loadConfig();
const db = openDb(config.dbPath);
const applied = migrate(db);
if (applied.length) console.log(`Databasen ${config.dbPath}: migreringar ${applied.join(', ')} körda.`);

// The catalogue's presets follow the kind of organisation (INSYN_ORG_KIND, INSYN_ACTIVITIES), applied once per change.
applyCataloguePreset(db, config.organisation);
const logins = await seedDemo(db, config.demoPassword);
if (logins.length) {
  seedDemoRequests(db, config.deadline);
  seedDemoDecision(db, { settings: config.deadline, organisation: config.organisationName, feeTariff: config.feeTariff, profile: config.organisation });
}
// The stored due times follow the clock settings (INSYN_* deadline variables): recompute them at start.
refreshDueTimes(db, config.deadline);
deleteExpiredSessions(db);
every(3600_000, 'Rensning av sessioner', () => deleteExpiredSessions(db));

const imports = new ImportQueue(db, { maxBytes: config.maxFileBytes, timeoutMs: config.importTimeoutMs, maxMemoryMb: config.importMemoryMb, maxDecodedBytes: config.importDecodedBytes, ocr: config.ocr });
// Files left queued or half-read by a restart are read again: nothing a registrator attached is lost.
imports.enqueue(...openJobIds(db));
const app = createApp({ db, config, imports });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const url = `http://${info.address === '::1' || info.address === '127.0.0.1' ? 'localhost' : info.address}:${info.port}`;
  console.log(`\nInsyn körs på ${url}\n`);
  if (logins.length) {
    console.log('Demoinloggningar (lösenorden visas bara nu):');
    for (const l of logins) console.log(`  ${roleLabel[l.role].padEnd(14)} ${l.email.padEnd(28)} ${l.password}`);
    console.log('');
  } else {
    console.log('Logga in med ett befintligt konto. Nya konton: npx insyn users add --email E --role registrar|reviewer|admin --password-stdin\n');
  }
});

function shutdown() {
  server.close(() => {
    db.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 3000).unref();
}
// Last net only: background work catches its own failures (src/background.ts). A promise nobody
// awaited must not stop the server for every user; it is logged without its message (personal data).
process.on('unhandledRejection', (e) => logBackgroundFailure('Ett bakgrundssteg', e));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

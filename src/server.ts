// Node entry: reads settings, opens and migrates the database (SQLite or PostgreSQL), seeds demo data on first start, serves.
import { serve } from '@hono/node-server';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { deleteExpiredSessions } from './auth/session.ts';
import { createApp } from './app.ts';
import { bufferedLog } from './web/accessLog.ts';
import { ImportQueue } from './documents/importer.ts';
import { releaseJobsOf, releaseRunningJobs } from './db/documents.ts';
import { listOrganisations, OrganisationDbs, prepareOrganisation } from './db/organisations.ts';
import { fillSettingsOnFirstStart, ignoredEnvironmentSettings, organisationConfig } from './db/organisation.ts';
import { roleLabel } from './domain/roles.ts';
import { every, logBackgroundFailure } from './background.ts';
import { runUnlessRunning } from './db/chores.ts';
import { startupChores } from './startup.ts';

// Stack traces of the built server (dist/) point into src/ through its source maps.
process.setSourceMapsEnabled(true);
const processConfig = loadConfig();
// PostgreSQL when INSYN_DATABASE_URL is set, otherwise the SQLite file; migrations applied either way.
const { db, applied, label } = await openDatabase(processConfig);
if (applied.length) console.log(`Databasen ${label}: migreringar ${applied.join(', ')} körda.`);
// The organisation's settings live in its database: the first start copies them from the environment; later
// starts read them from there (`insyn org set` changes them) and say so when the environment says otherwise.
if (!(await fillSettingsOnFirstStart(db, process.env))) {
  const ignored = await ignoredEnvironmentSettings(db, process.env);
  if (ignored.length) console.log(`Organisationens inställningar läses ur databasen; ändra dem med \`insyn org set\`. Miljövariablerna ${ignored.join(', ')} skiljer sig och används inte.`);
}
const config = await organisationConfig(db, processConfig);
// The start-up chores, once across servers (src/startup.ts).
const logins = await startupChores(db, config);
// Hourly on one server: the others skip the round while one deletes (deleting twice would be harmless, only wasted).
every(3600_000, 'Rensning av sessioner', () => runUnlessRunning(db, 'sessions', () => deleteExpiredSessions(db)));

const imports = new ImportQueue(db, { maxBytes: config.maxFileBytes, timeoutMs: config.importTimeoutMs, maxMemoryMb: config.importMemoryMb, maxDecodedBytes: config.importDecodedBytes, ocr: config.ocr, leaseMs: config.importLeaseMs });
// Files left queued or half-read by a restart or a crash are read again (at most MAX_IMPORT_ATTEMPTS
// starts): nothing a registrator attached is lost, and a handling is stored in one transaction, so none is
// half there. A SQLite database has one server, so the jobs running at start were this server's before the
// restart: free at once. On PostgreSQL another server may be reading them; they are taken over when their
// leases run out (the queue looks every half lease).
if (db.dialect === 'sqlite') await releaseRunningJobs(db);
imports.enqueue();
imports.watch();
// Many organisations on one PostgreSQL database (`insyn org add`): the Host header chooses one, each on its own
// schema and pool; every registered organisation is migrated and gets its start-up chores and import queue here.
const registered = processConfig.databaseUrl ? await listOrganisations(processConfig.databaseUrl) : [];
const importOptions = { maxBytes: config.maxFileBytes, timeoutMs: config.importTimeoutMs, maxMemoryMb: config.importMemoryMb, maxDecodedBytes: config.importDecodedBytes, ocr: config.ocr, leaseMs: config.importLeaseMs };
const organisations = registered.length ? new OrganisationDbs(processConfig.databaseUrl!, (db) => ({ db, imports: new ImportQueue(db, importOptions) })) : null;
for (const { slug } of registered) {
  // Its own role (made now for an organisation from before roles), then its migrations, run as that role.
  const { org, applied: done } = await prepareOrganisation(processConfig.databaseUrl!, slug);
  if (done.length) console.log(`Organisationen ${slug}: migreringar ${done.join(', ')} körda.`);
  const o = organisations!.forOrganisation(org);
  // No demo data in a registered organisation: `insyn org add` and `insyn users add` make its staff.
  await startupChores(o.db, { ...(await organisationConfig(o.db, processConfig)), demoData: false });
  o.imports.enqueue();
  o.imports.watch();
}
if (organisations) every(3600_000, 'Rensning av sessioner', async () => {
  for (const o of organisations.opened) await runUnlessRunning(o.db, 'sessions', () => deleteExpiredSessions(o.db));
});
const accessLines = bufferedLog((chunk) => process.stdout.write(chunk));
const app = createApp({ db, config: processConfig, imports, accessLog: accessLines.line, organisations: organisations ? (host) => organisations.forHost(host) : null });
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

/** systemd waits 90 s by default; we promise 10 and keep a margin for the process to exit. */
const SHUTDOWN_LIMIT_MS = 9_000;
/** How long a running import may take to reach its transaction before it is left for the next start. */
const IMPORT_GRACE_MS = 5_000;
let stopping = false;

/**
 * Clean shutdown (SIGTERM from systemd, SIGINT from Ctrl-C): stop accepting connections, let the
 * requests in flight finish, stop the import queue at a safe point (a job is stored in one
 * transaction or not at all; an unfinished one stays queued for the next start), close the
 * database so its WAL is checkpointed, exit 0.
 */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: Insyn stänger – tar inte emot nya anslutningar, avslutar pågående.`);
  const forced = setTimeout(async () => {
    console.error('Stängningen tog för lång tid: återstående anslutningar bryts.');
    (server as import('node:http').Server).closeAllConnections?.();
    await finish();
  }, SHUTDOWN_LIMIT_MS);
  forced.unref();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections with no request in flight would hold close() open, and a connection
  // becomes idle when its last request is answered: close those as they appear.
  const idle = setInterval(() => (server as import('node:http').Server).closeIdleConnections?.(), 50);
  idle.unref();
  (server as import('node:http').Server).closeIdleConnections?.();
  const queues = [{ db, imports }, ...(organisations?.opened ?? [])];
  const stops = await Promise.all(queues.map((q) => q.imports.stop(IMPORT_GRACE_MS)));
  if (!stops.every(Boolean)) {
    // Given up, so another server reads it at once (or this one at its next start) rather than after the lease.
    for (const [i, q] of queues.entries()) {
      if (!stops[i]) await releaseJobsOf(q.db, q.imports.serverId).catch((e) => logBackgroundFailure('Inläsningskön', e));
    }
    console.log('En pågående inläsning avbröts; den läses om av en annan server eller vid nästa start.');
  }
  await closed;
  await finish();
}

async function finish() {
  try {
    // The access lines of the requests just answered (standard out is written synchronously to a pipe or file).
    accessLines.flush();
    await organisations?.close();
    if (db.open) await db.close();
  } finally {
    process.exit(0);
  }
}

// Last net only: background work catches its own failures (src/background.ts). A promise nobody
// awaited must not stop the server for every user; it is logged without its message (personal data).
process.on('unhandledRejection', (e) => logBackgroundFailure('Ett bakgrundssteg', e));
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

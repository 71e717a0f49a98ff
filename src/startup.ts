// What a server does to its database at start, after the migrations: run once across servers (src/db/chores.ts).
import type { Config } from './config.ts';
import type { Db } from './db/connection.ts';
import { runOnce } from './db/chores.ts';
import { backfillPersonIndex } from './db/personIndex.ts';
import { seedDemo, seedDemoDecision, seedDemoRequests, seedDemoSubjectRequest, type SeededLogin } from './db/seedDemo.ts';
import { refreshDueTimes } from './domain/requestCommands.ts';
import { applyCataloguePreset } from './domain/provisionCommands.ts';
import { deleteExpiredSessions } from './auth/session.ts';

/**
 * The start-up chores, under the `startup` advisory lock on PostgreSQL: a server starting beside another waits,
 * then finds each done (the index flag set, the preset saved, the demo staff there, the due times current) –
 * two servers seeding demo data at once would otherwise both find no staff. On SQLite a database has one
 * server. Returns the demo logins made now (none when there already was staff).
 */
export async function startupChores(db: Db, config: Pick<Config, 'organisation' | 'demoData' | 'demoPassword' | 'deadline' | 'organisationName' | 'feeTariff'>): Promise<SeededLogin[]> {
  return await runOnce(db, 'startup', async () => {
    // Findings stored before the person index existed are indexed once (GDPR art. 15 search).
    await backfillPersonIndex(db);
    // The catalogue's presets follow the kind of organisation (INSYN_ORG_KIND, INSYN_ACTIVITIES), applied once per change.
    await applyCataloguePreset(db, config.organisation);
    const logins = config.demoData ? await seedDemo(db, config.demoPassword) : [];
    if (logins.length) {
      await seedDemoRequests(db, config.deadline);
      await seedDemoDecision(db, { settings: config.deadline, organisation: config.organisationName, feeTariff: config.feeTariff, profile: config.organisation });
      await seedDemoSubjectRequest(db, config.deadline);
    }
    // The stored due times follow the clock settings (INSYN_* deadline variables): recompute them at start.
    await refreshDueTimes(db, config.deadline);
    await deleteExpiredSessions(db);
    return logins;
  });
}

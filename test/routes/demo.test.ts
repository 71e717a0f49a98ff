// The demo data as a newcomer meets it: the decided request's link shows the released handling (issue 10, hole 10).
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo, seedDemoDecision } from '../../src/db/seedDemo.ts';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/app.ts';
import { createReleaseLink } from '../../src/domain/releaseCommands.ts';

describe('demo data', () => {
  it("gives a requester link that shows the released handling, dated after its approval", async () => {
    const db = openDb(':memory:');
    migrate(db);
    await seedDemo(db, 'demo-losenord-123');
    const config = { ...loadConfig({}), dbPath: ':memory:' };
    expect(seedDemoDecision(db, { settings: config.deadline, organisation: config.organisationName, feeTariff: config.feeTariff, profile: config.organisation })).toBe(true);
    const { id: requestId, reference } = db.prepare("SELECT id, reference FROM disclosure_request WHERE status = 'decided'").get() as { id: number; reference: string };
    const { decided_at, approved_at } = db
      .prepare('SELECT d.decided_at, (SELECT max(approved_at) FROM released_version) AS approved_at FROM decision d WHERE d.request_id = ?')
      .get(requestId) as { decided_at: string; approved_at: string };
    expect(decided_at >= approved_at).toBe(true);

    const jurist = db.prepare("SELECT id, email FROM staff WHERE role = 'reviewer' ORDER BY id").get() as { id: number; email: string };
    const link = createReleaseLink(db, { id: jurist.id, label: jurist.email, role: 'reviewer' } as never, requestId, 30);
    if (!link.ok) throw new Error('link');
    const app = createApp({ db, config, sleep: async () => {} });
    const res = await app.request(`/r/${link.value.token}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('Inga handlingar lämnas ut');
    expect(html).toContain(`${reference.replace('/', '-')}-1`);
    expect(html).toContain(`${reference.replace('/', '-')}-2`);
    for (const secret of ['1 150 kr', 'Granvägen 3', '070-174 06 42']) expect(html).not.toContain(secret);
  });
});

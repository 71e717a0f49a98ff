// The parsed-settings cache of organisationConfig (src/db/organisation.ts): one entry per organisation, so a server
// of many organisations does not parse again whenever their requests alternate, and a change made through another
// connection – another app server on the same database – is used at the next read. Runs on SQLite and, under
// npm run test:pg, on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/db.ts';
import { changeSettings, fillSettingsOnFirstStart, organisationConfig } from '../../src/db/organisation.ts';
import { loadConfig } from '../../src/config.ts';

const base = loadConfig({});

describe('the parsed settings, per organisation', () => {
  it('are kept per organisation: alternating between two parses neither again', async () => {
    const alfa = await (await testDatabase()).open();
    const beta = await (await testDatabase()).open();
    await fillSettingsOnFirstStart(alfa, { INSYN_ORG_NAME: 'Alfa kommun', INSYN_ORG_KIND: 'kommun' });
    await fillSettingsOnFirstStart(beta, { INSYN_ORG_NAME: 'Beta Energi AB' });
    const a1 = await organisationConfig(alfa, base);
    const b1 = await organisationConfig(beta, base);
    const a2 = await organisationConfig(alfa, base);
    const b2 = await organisationConfig(beta, base);
    expect([a1.organisationName, b1.organisationName, a2.organisationName, b2.organisationName]).toEqual(['Alfa kommun', 'Beta Energi AB', 'Alfa kommun', 'Beta Energi AB']);
    expect(a1.organisation.kind).toBe('municipality');
    expect(b1.organisation.kind).toBe('municipal_company');
    // The same parsed objects come back: nothing was parsed again (a single entry would have been replaced by beta's).
    expect(a2.organisation).toBe(a1.organisation);
    expect(b2.organisation).toBe(b1.organisation);
    expect(a2.feeTariff).toBe(a1.feeTariff);
  });

  it('follow a change made through another connection (another server) at the next read', async () => {
    const database = await testDatabase();
    const serverA = await database.open();
    const serverB = await database.open();
    await fillSettingsOnFirstStart(serverA, { INSYN_ORG_NAME: 'Första namnet AB' });
    const before = await organisationConfig(serverA, base);
    expect(before.organisationName).toBe('Första namnet AB');
    expect(await changeSettings(serverB, 'cli', { INSYN_ORG_NAME: 'Andra namnet AB', INSYN_ORG_KIND: 'state' })).toEqual({ ok: true });
    const after = await organisationConfig(serverA, base);
    expect(after.organisationName).toBe('Andra namnet AB');
    expect(after.organisation.kind).toBe('state_authority');
    expect(after.organisation).not.toBe(before.organisation);
    // …and a change by hand in the database, which bumps no version anywhere, too.
    await serverB.run("UPDATE organisation_setting SET value = 'Tredje namnet AB' WHERE name = 'INSYN_ORG_NAME'");
    expect((await organisationConfig(serverA, base)).organisationName).toBe('Tredje namnet AB');
    // Unchanged settings are not parsed again.
    const again = await organisationConfig(serverA, base);
    expect(again.organisation).toBe((await organisationConfig(serverA, base)).organisation);
  });
});

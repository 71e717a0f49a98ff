// The organisation's settings come from its database, read on every request (issue 16 part 4): the first start
// copies them from the environment, a change is validated with the environment's messages and logged, and the
// next request uses it.
import { describe, expect, it } from 'vitest';
import { get, logCount, makeTestApp } from '../helpers/app.ts';
import { changeSettings, fillSettingsOnFirstStart, ignoredEnvironmentSettings, organisationConfig, storedSettings } from '../../src/db/organisation.ts';
import { loadConfig } from '../../src/config.ts';

describe('organisation settings in the database', () => {
  it('the first start fills the table from the environment once; later environments do not change it', async () => {
    const { db } = await makeTestApp();
    expect(await storedSettings(db)).toBeNull();
    expect(await fillSettingsOnFirstStart(db, { INSYN_ORG_NAME: 'Testkommunen', INSYN_ORG_KIND: 'kommun', INSYN_KAMMARRATT: 'Göteborg' })).toBe(true);
    expect(await fillSettingsOnFirstStart(db, { INSYN_ORG_NAME: 'Annat AB' })).toBe(false);
    const config = await organisationConfig(db, loadConfig({}));
    expect(config.organisationName).toBe('Testkommunen');
    expect(config.organisation.kind).toBe('municipality');
    expect(config.organisation.court).toBe('Kammarrätten i Göteborg');
    // Unset names are stored empty and mean the default, as an unset variable did.
    expect(config.feeTariff).toEqual(loadConfig({}).feeTariff);
    expect(await ignoredEnvironmentSettings(db, { INSYN_ORG_NAME: 'Annat AB', INSYN_ORG_KIND: 'kommun', PORT: '1' })).toEqual(['INSYN_ORG_NAME']);
  });

  it('a bad value in the environment stops the first start with the same message as before', async () => {
    const { db } = await makeTestApp();
    await expect(fillSettingsOnFirstStart(db, { INSYN_ORG_KIND: 'förening' })).rejects.toThrow('INSYN_ORG_KIND måste vara state, kommun eller company (fick "förening").');
    expect(await storedSettings(db)).toBeNull();
  });

  it('every page reads them per request: a change shows on the next request without a restart', async () => {
    const { app, db } = await makeTestApp();
    await fillSettingsOnFirstStart(db, { INSYN_ORG_NAME: 'Första namnet AB' });
    expect(await (await get(app, '/tillganglighet')).text()).toContain('Första namnet AB');
    const before = await logCount(db);
    expect(await changeSettings(db, 'cli', { INSYN_ORG_NAME: 'Andra namnet AB', INSYN_ACCESSIBILITY_CONTACT: 'tillganglighet@example.se' })).toEqual({ ok: true });
    const html = await (await get(app, '/tillganglighet')).text();
    expect(html).toContain('Andra namnet AB');
    expect(html).toContain('tillganglighet@example.se');
    expect(html).not.toContain('Första namnet AB');
    expect(await logCount(db)).toBe(before + 1);
    const row = (await db.get("SELECT actor, reason, before, after FROM decision_log WHERE event = 'organisation.settings_changed'")) as Record<string, string>;
    expect(row.actor).toBe('cli');
    expect(JSON.parse(row.before!)).toEqual({ INSYN_ORG_NAME: 'Första namnet AB', INSYN_ACCESSIBILITY_CONTACT: '' });
  });

  it('a bad change is refused with the setting\'s message, and nothing is written or logged', async () => {
    const { db } = await makeTestApp();
    await fillSettingsOnFirstStart(db, {});
    const before = await logCount(db);
    const stored = await storedSettings(db);
    for (const [changes, message] of [
      [{ INSYN_ORG_KIND: 'förening' }, 'INSYN_ORG_KIND måste vara state, kommun eller company (fick "förening").'],
      [{ INSYN_RELEASE_LINK_DAYS: '0' }, 'INSYN_RELEASE_LINK_DAYS måste vara ett heltal mellan 1 och 365 (fick "0").'],
      [{ INSYN_ACTIVITIES: 'skola' }, 'INSYN_ACTIVITIES: okänd verksamhet "skola".'],
    ] as const) {
      expect(await changeSettings(db, 'cli', changes)).toEqual({ ok: false, message });
    }
    expect(await storedSettings(db)).toEqual(stored);
    expect(await logCount(db)).toBe(before);
  });

  it('the table refuses a name that is not an organisation setting (the port is the process\'s)', async () => {
    const { db } = await makeTestApp();
    await expect(db.run("INSERT INTO organisation_setting (name, value, updated_at) VALUES ('PORT', '80', 'x')")).rejects.toThrow(/CHECK|check constraint/);
  });
});

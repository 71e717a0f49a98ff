// The kind of organisation as a setting: parsing INSYN_ORG_KIND, INSYN_KAMMARRATT, INSYN_FORVALTNINGSRATT, INSYN_FEE_DECISION, INSYN_ACTIVITIES, and the catalogue presets it drives.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { testDb } from '../helpers/app.ts';
import { applyCataloguePreset } from '../../src/domain/provisionCommands.ts';
import { appealLawText } from '../../src/domain/organisation.ts';

const activeLabels = async (db: Awaited<ReturnType<typeof testDb>>) => await db.column('SELECT label FROM provision WHERE retired_at IS NULL') as string[];

describe('organisation settings', () => {
  it('defaults to a municipal company without a fee decision, judged by Kammarrätten i Stockholm', () => {
    expect(loadConfig({}).organisation).toEqual({ kind: 'municipal_company', court: 'Kammarrätten i Stockholm', firstInstanceCourt: 'Förvaltningsrätten i Stockholm', feeDecision: null, activities: [], delegation: null });
  });

  it('reads the kind, the court, the fee decision and the activities', () => {
    const o = loadConfig({ INSYN_ORG_KIND: 'kommun', INSYN_KAMMARRATT: 'Göteborg', INSYN_FORVALTNINGSRATT: 'växjö', INSYN_FEE_DECISION: 'KF 2025-11-20 § 143', INSYN_ACTIVITIES: 'social_services, health_care' }).organisation;
    expect(o).toEqual({ kind: 'municipality', court: 'Kammarrätten i Göteborg', firstInstanceCourt: 'Förvaltningsrätten i Växjö', feeDecision: 'KF 2025-11-20 § 143', activities: ['social_services', 'health_care'], delegation: null });
    expect(loadConfig({ INSYN_ORG_KIND: 'state' }).organisation.kind).toBe('state_authority');
  });

  it('refuses an unknown kind, court or activity with a message naming the setting', () => {
    expect(() => loadConfig({ INSYN_ORG_KIND: 'förening' })).toThrow(/INSYN_ORG_KIND/);
    expect(() => loadConfig({ INSYN_KAMMARRATT: 'Kammarrätten i Malmö' })).toThrow(/INSYN_KAMMARRATT/);
    expect(() => loadConfig({ INSYN_FORVALTNINGSRATT: 'Förvaltningsrätten i Lund' })).toThrow(/INSYN_FORVALTNINGSRATT/);
    expect(() => loadConfig({ INSYN_ACTIVITIES: 'skola' })).toThrow(/INSYN_ACTIVITIES/);
  });

  it('cites OSL 6 kap. 7 § for every kind, and förvaltningslagen only where it applies directly', () => {
    for (const kind of ['state_authority', 'municipality', 'municipal_company'] as const) expect(appealLawText(kind)).toContain('6 kap. 7 §');
    expect(appealLawText('municipality')).toContain('förvaltningslagen (2017:900)');
    expect(appealLawText('municipal_company')).toContain('gäller inte direkt');
  });
});

describe('applyCataloguePreset', () => {
  it('retires seed provisions outside the preset once, logs it, and leaves admin entries and later changes alone', async () => {
    const db = await testDb();
    await db.run("INSERT INTO provision (chapter, section, label, short_name, harm_test) VALUES (40, 5, 'OSL 40:5', 'Eget', 'rakt')");
    const r = await applyCataloguePreset(db, { kind: 'municipal_company', activities: [] });
    expect(r.retired.sort()).toEqual(['OSL 21:1', 'OSL 22:1', 'OSL 25:1', 'OSL 26:1']);
    expect(await activeLabels(db)).toContain('OSL 40:5');
    expect(await activeLabels(db)).toContain('OSL 19:1');
    const events = async () => await db.value("SELECT count(*) FROM decision_log WHERE event = 'provision.preset_applied'");
    expect(await events()).toBe(1);
    // An admin reinstates 21:1; a restart with the same settings does not undo it.
    await db.run("UPDATE provision SET retired_at = NULL WHERE label = 'OSL 21:1'");
    expect(await applyCataloguePreset(db, { kind: 'municipal_company', activities: [] })).toEqual({ retired: [], reinstated: [] });
    expect(await events()).toBe(1);
    // A kommun with social services gets 26:1 (and 21:1) back.
    const k = await applyCataloguePreset(db, { kind: 'municipality', activities: ['social_services'] });
    expect(k.reinstated).toEqual(['OSL 26:1']);
    expect(await activeLabels(db)).toEqual(expect.arrayContaining(['OSL 26:1', 'OSL 21:1']));
    expect(await activeLabels(db)).not.toContain('OSL 25:1');
  });
});

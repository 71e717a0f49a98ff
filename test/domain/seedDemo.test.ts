// The demo data a newcomer sees on first start: one user per role, three requests, test personnummer only.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { testDb } from '../helpers/db.ts';
import { seedDemo, seedDemoDecision, seedDemoRequests } from '../../src/db/seedDemo.ts';
import { loadConfig } from '../../src/config.ts';
import { approvedReleasedDocuments } from '../../src/db/release.ts';
import { verifyLog } from '../../src/db/decisionLog.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';
import { applyCataloguePreset } from '../../src/domain/provisionCommands.ts';

describe('demo data', () => {
  it('seeds users once, requests with a handling full of findings, and a log that verifies', async () => {
    const db = await testDb();
    const logins = await seedDemo(db, 'demo-losenord-123');
    expect(logins.map((l) => l.role).sort()).toEqual(['admin', 'registrar', 'reviewer', 'reviewer']);
    expect(await seedDemo(db, 'demo-losenord-123')).toEqual([]);
    expect(await seedDemoRequests(db, defaultDeadlineSettings, new Date('2026-11-26T10:00:00Z'))).toBe(3);
    expect(await db.column('SELECT status FROM disclosure_request ORDER BY id')).toEqual(['registered', 'registered', 'in_review']);
    const types = await db.column('SELECT DISTINCT type FROM finding');
    expect(types).toEqual(expect.arrayContaining(['personnummer', 'name', 'address', 'phone', 'email', 'meter_id']));
    // Only Skatteverket's test numbers in demo data.
    const text = await db.value('SELECT text FROM document') as string;
    const testNumbers = new Set(JSON.parse(readFileSync(new URL('../fixtures/personnummer/allPins.json', import.meta.url), 'utf8')) as string[]);
    const found = text.match(/\d{8}-\d{4}/g) ?? [];
    expect(found.length).toBeGreaterThan(0);
    for (const pnr of found) expect(testNumbers.has(pnr.replace('-', ''))).toBe(true);
    expect((await verifyLog(db)).ok).toBe(true);
  });

  it('seeds one request decided through the real commands as good practice for a company: its catalogue, reasons per handling, 0 kr', async () => {
    const db = await testDb();
    const config = loadConfig({});
    expect(config.organisation.kind).toBe('municipal_company');
    await applyCataloguePreset(db, config.organisation);
    await seedDemo(db, 'demo-losenord-123');
    expect(await seedDemoDecision(db, { settings: config.deadline, organisation: config.organisationName, feeTariff: config.feeTariff, profile: config.organisation })).toBe(true);
    // A company's catalogue: no activity-bound provisions offered.
    const active = await db.column('SELECT label FROM provision WHERE retired_at IS NULL ORDER BY label');
    expect(active).toEqual(['OSL 18:13', 'OSL 18:8', 'OSL 19:1', 'OSL 19:3 1 st', 'OSL 19:3 2 st', 'OSL 21:3', 'OSL 21:7', 'OSL 31:16', 'OSL 39:3 2 st']);
    const id = await db.value("SELECT id FROM disclosure_request WHERE status = 'decided'") as number;
    const released = await approvedReleasedDocuments(db, id);
    expect(released).toHaveLength(2);
    const all = released.map((d) => d.text).join('\n');
    for (const secret of ['1 150 kr', '2 340', 'Granvägen 3', '070-174 06 42']) expect(all).not.toContain(secret);
    // Names in their professional role are released: not every name is masked under 21:7 (JO 1102-2004).
    expect(all).toContain('Anna Andersson');
    expect(all).toContain('Olle Exempelsson');
    expect(all).not.toContain('OSL 21:7');
    expect(all).toContain('[maskerat – OSL 31:16]');
    expect(all).toContain('[maskerat – OSL 39:3 2 st]');
    const d = await db.get('SELECT outcome, fee_amount, motivering, letter_markdown FROM decision') as { outcome: string; fee_amount: number; motivering: string; letter_markdown: string };
    expect(d.outcome).toBe('partial_refusal');
    expect(d.fee_amount).toBe(0);
    expect(d.motivering).toMatch(/Handling 1.*kan antas att entreprenören lider skada/s);
    expect(d.motivering).toMatch(/Handling 2.*särskilda anledningen/s);
    const circumstances = await db.column('SELECT circumstances FROM secrecy_assessment') as string[];
    for (const c of circumstances) expect(Object.values(JSON.parse(c)).every((t) => typeof t === 'string' && t.length > 50)).toBe(true);
    expect(d.letter_markdown).toContain('Kammarrätten i Stockholm');
    // FL 31-32 §§: föredragande, reasons per handling with their circumstances, provisions in full.
    expect(d.letter_markdown).toContain('Föredragande: Rut Registrator');
    expect(d.letter_markdown).toContain('offentlighets- och sekretesslagen (2009:400) 31 kap. 16 § (OSL 31:16)');
    expect(d.letter_markdown).toContain('OSL 31:16: Ramavtalet löper till februari 2028');
    expect(d.letter_markdown).toContain('6 kap. 7 §');
    expect(d.letter_markdown).not.toMatch(/6 kap\. 8 §/);
    expect((await verifyLog(db)).ok).toBe(true);
  });
});

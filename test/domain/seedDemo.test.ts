// The demo data a newcomer sees on first start: one user per role, three requests, test personnummer only.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDb } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo, seedDemoDecision, seedDemoRequests } from '../../src/db/seedDemo.ts';
import { loadConfig } from '../../src/config.ts';
import { approvedReleasedDocuments } from '../../src/db/release.ts';
import { verifyLog } from '../../src/db/decisionLog.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';

describe('demo data', () => {
  it('seeds users once, requests with a handling full of findings, and a log that verifies', async () => {
    const db = openDb(':memory:');
    migrate(db);
    const logins = await seedDemo(db, 'demo-losenord-123');
    expect(logins.map((l) => l.role).sort()).toEqual(['admin', 'registrar', 'reviewer', 'reviewer']);
    expect(await seedDemo(db, 'demo-losenord-123')).toEqual([]);
    expect(seedDemoRequests(db, defaultDeadlineSettings, new Date('2026-11-26T10:00:00Z'))).toBe(3);
    expect(db.prepare('SELECT status FROM disclosure_request ORDER BY id').pluck().all()).toEqual(['registered', 'registered', 'in_review']);
    const types = db.prepare('SELECT DISTINCT type FROM finding').pluck().all();
    expect(types).toEqual(expect.arrayContaining(['personnummer', 'name', 'address', 'phone', 'email', 'meter_id']));
    // Only Skatteverket's test numbers in demo data.
    const text = db.prepare('SELECT text FROM document').pluck().get() as string;
    const testNumbers = new Set(JSON.parse(readFileSync(new URL('../fixtures/personnummer/allPins.json', import.meta.url), 'utf8')) as string[]);
    const found = text.match(/\d{8}-\d{4}/g) ?? [];
    expect(found.length).toBeGreaterThan(0);
    for (const pnr of found) expect(testNumbers.has(pnr.replace('-', ''))).toBe(true);
    expect(verifyLog(db).ok).toBe(true);
  });

  it('seeds one request decided through the real commands, whose released version hides what was masked', async () => {
    const db = openDb(':memory:');
    migrate(db);
    await seedDemo(db, 'demo-losenord-123');
    const config = loadConfig({});
    expect(seedDemoDecision(db, { settings: config.deadline, organisation: config.organisationName, feeTariff: config.feeTariff })).toBe(true);
    const id = db.prepare("SELECT id FROM disclosure_request WHERE status = 'decided'").pluck().get() as number;
    const released = approvedReleasedDocuments(db, id);
    expect(released).toHaveLength(1);
    for (const secret of ['Greta Exempelsson', '19420107-7098', 'Stationsgatan 4', '070-987 65 43', 'andningsapparat']) {
      expect(released[0]!.text).not.toContain(secret);
    }
    expect(released[0]!.text).toContain('[maskerat – OSL 21:7]');
    expect(db.prepare('SELECT outcome FROM decision').pluck().get()).toBe('partial_refusal');
    expect(verifyLog(db).ok).toBe(true);
  });
});

// The demo data a newcomer sees on first start: one user per role, three requests, test personnummer only.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDb } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo, seedDemoRequests } from '../../src/db/seedDemo.ts';
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
    const testNumbers = new Set(JSON.parse(readFileSync(new URL('../../../shared/testdata/personnummer/allPins.json', import.meta.url), 'utf8')) as string[]);
    const found = text.match(/\d{8}-\d{4}/g) ?? [];
    expect(found.length).toBeGreaterThan(0);
    for (const pnr of found) expect(testNumbers.has(pnr.replace('-', ''))).toBe(true);
    expect(verifyLog(db).ok).toBe(true);
  });
});

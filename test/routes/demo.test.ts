// The demo data as a newcomer meets it: the decided request's link shows the released handling (issue 10, hole 10).
import { describe, expect, it } from 'vitest';
import { testDb } from '../helpers/db.ts';
import { seedDemo, seedDemoDecision, seedDemoRequests, seedDemoSubjectRequest } from '../../src/db/seedDemo.ts';
import { readFileSync } from 'node:fs';
import { verifyLog } from '../../src/db/decisionLog.ts';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/app.ts';
import { createReleaseLink } from '../../src/domain/releaseCommands.ts';

describe('demo data', () => {
  it("gives a requester link that shows the released handling, dated after its approval", async () => {
    const db = await testDb();
    await seedDemo(db, 'demo-losenord-123');
    const config = { ...loadConfig({}), dbPath: ':memory:' };
    expect(await seedDemoDecision(db, { settings: config.deadline, organisation: config.organisationName, feeTariff: config.feeTariff, profile: config.organisation })).toBe(true);
    const { id: requestId, reference } = await db.get("SELECT id, reference FROM disclosure_request WHERE status = 'decided'") as { id: number; reference: string };
    const { decided_at, approved_at } = await db.get('SELECT d.decided_at, (SELECT max(approved_at) FROM released_version) AS approved_at FROM decision d WHERE d.request_id = ?', [requestId]) as { decided_at: string; approved_at: string };
    expect(decided_at >= approved_at).toBe(true);

    const jurist = await db.get("SELECT id, email FROM staff WHERE role = 'reviewer' ORDER BY id") as { id: number; email: string };
    const link = await createReleaseLink(db, { id: jurist.id, label: jurist.email, role: 'reviewer' } as never, requestId, 30);
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

  it('holds a registerutdrag with identity established whose person search finds strong hits (test personnummer only)', async () => {
    const db = await testDb();
    await seedDemo(db, 'demo-losenord-123');
    const config = { ...loadConfig({}), dbPath: ':memory:' };
    await seedDemoRequests(db, config.deadline);
    await seedDemoDecision(db, { settings: config.deadline, organisation: config.organisationName, feeTariff: config.feeTariff, profile: config.organisation });
    const id = await seedDemoSubjectRequest(db, config.deadline);
    expect(id).not.toBeNull();
    const row = await db.get('SELECT r.kind, r.status, s.identity_method, s.identifiers FROM disclosure_request r JOIN subject_request s ON s.request_id = r.id') as Record<string, string>;
    expect(row).toMatchObject({ kind: 'subject_access', status: 'in_progress', identity_method: 'bankid' });
    const testNumbers = new Set(JSON.parse(readFileSync(new URL('../fixtures/personnummer/allPins.json', import.meta.url), 'utf8')) as string[]);
    const pnrs = (JSON.parse(row.identifiers!) as { personnummer: string[] }).personnummer;
    expect(pnrs.length).toBe(1);
    for (const p of pnrs) expect(testNumbers.has(p.replace('-', ''))).toBe(true);
    expect((await verifyLog(db)).ok).toBe(true);

    const app = createApp({ db, config, sleep: async () => {} });
    const login = await app.request('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      body: new URLSearchParams({ email: 'registrator@exempelstad.se', password: 'demo-losenord-123' }).toString(),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const page = await (await app.request(`/requests/${id}/subject`, { headers: { Cookie: cookie } })).text();
    expect(page).toContain('Fastställd genom bankid');
    const search = await (await app.request(`/requests/${id}/subject/search`, { headers: { Cookie: cookie } })).text();
    expect(search).toContain('Stark träff');
    expect(search).toContain('Klagomål från kund om avbrott');
    expect(search).toContain('Bekräfta: gäller den registrerade');
  });
});

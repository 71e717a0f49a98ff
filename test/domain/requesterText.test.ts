// Strings that reach a requester: the public title, screening with the reviewer's two choices, and the rule that only the leak guard makes a RequesterSafe string.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { cleanPublicTitle, proposedPublicTitle, requesterView, screenFields } from '../../src/domain/requesterText.ts';
import type { ReleasePageProps, RequesterDocument } from '../../views/release/requester.tsx';
import type { Mail } from '../../src/mail/notice.ts';

describe('the public title', () => {
  it('is proposed from the kind and date only, never from the file name or metadata', () => {
    expect(proposedPublicTitle({ format: 'eml', received_date: '2026-10-03', created_at: '2026-11-01T10:00:00Z' })).toBe('E-post 2026-10-03');
    expect(proposedPublicTitle({ format: 'pdf', received_date: null, created_at: '2026-11-01T10:00:00Z' })).toBe('Dokument 2026-11-01');
  });

  it('is required and at most 200 characters, whitespace collapsed', () => {
    expect(cleanPublicTitle('  Kundklagomål \n 2026-10-03 ')).toEqual({ ok: true, value: 'Kundklagomål 2026-10-03' });
    expect(cleanPublicTitle(' ')).toMatchObject({ ok: false, message: 'Skriv den publika titeln.' });
    expect(cleanPublicTitle('x'.repeat(201))).toMatchObject({ ok: false });
  });
});

describe('screenFields', () => {
  async function request() {
    const t = await makeTestApp();
    const r = await makeRequest(t.db, t.ids.registrar);
    const doc = await importPastedText(t.db, { id: t.ids.registrar, label: 'test' }, r.id, { title: 'x', text: 'Sökande Bo Ek, 19420107-7098.' });
    const provision = await t.db.value("SELECT id FROM provision WHERE label = 'OSL 21:7'") as number;
    for (const m of ['Bo Ek', '19420107-7098']) {
      const at = 'Sökande Bo Ek, 19420107-7098.'.indexOf(m);
      await t.db.run("INSERT INTO redaction (document_id, start, \"end\", masked_text, provision_id, status, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, 'proposed', ?, ?)", [doc, at, at + m.length, m, provision, t.ids.registrar, new Date().toISOString()]);
    }
    return { t, requestId: r.id };
  }
  const field = (text: string) => [{ key: 'motivering', formField: 'motivering', label: 'Motiveringen', text }];

  it('stops a hit without a choice and writes nothing; masks with "maskera även här"; keeps with a reason', async () => {
    const { t, requestId } = await request();
    const stopped = await screenFields(t.db, requestId, field('Ek, Bo har pnr 420107 7098.'), null);
    expect(stopped).toMatchObject({ ok: false, errors: [{ field: 'motivering' }] });
    expect(stopped.ok ? [] : stopped.leaks.map((l) => l.hit)).toEqual(['Ek, Bo', '420107 7098']);
    const masked = await screenFields(t.db, requestId, field('Ek, Bo har pnr 420107 7098.'), { kind: 'mask' });
    expect(masked.ok && masked.values.get('motivering')).toBe('[maskerat] har pnr [maskerat].');
    expect(await screenFields(t.db, requestId, field('Ek, Bo'), { kind: 'exempt', reason: '' })).toMatchObject({ ok: false, errors: [{ field: 'leakReason' }] });
    const kept = await screenFields(t.db, requestId, field('Ek, Bo'), { kind: 'exempt', reason: 'Sökandens eget namn.' });
    expect(kept).toMatchObject({ ok: true, exemptions: [{ key: 'motivering', maskedText: 'Bo Ek' }] });
    expect(await t.db.value('SELECT count(*) FROM field_leak_exemption')).toBe(0);
  });

  it('the requester view masks whatever the guard finds in a stored string, unless exempted', async () => {
    const { t, requestId } = await request();
    expect((await requesterView(t.db, requestId, null))('Beslut om Ek, Bo')).toBe('Beslut om [maskerat]');
    const at = new Date().toISOString();
    await t.db.run('INSERT INTO field_leak_exemption (request_id, field, masked_text, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)', [requestId, 'motivering', 'Bo Ek', 'Eget namn', t.ids.reviewer, at]);
    expect((await requesterView(t.db, requestId, null))('Beslut om Ek, Bo')).toBe('Beslut om Ek, Bo');
    // The strings of a decision made before the exemption was recorded were never weighed for it.
    expect((await requesterView(t.db, requestId, at))('Beslut om Ek, Bo')).toBe('Beslut om Ek, Bo');
    expect((await requesterView(t.db, requestId, '2000-01-01T00:00:00.000Z'))('Beslut om Ek, Bo')).toBe('Beslut om [maskerat]');
  });
});

describe('only the leak guard makes a RequesterSafe string', () => {
  it('the requester views, the notice and the letter take no plain string (checked by tsc)', () => {
    // @ts-expect-error a plain string is not RequesterSafe
    const letter: ReleasePageProps['letterMarkdown'] = 'Ek, Bo';
    // @ts-expect-error a plain string is not RequesterSafe
    const title: RequesterDocument['title'] = 'PM om Ingrid Vallmark';
    // @ts-expect-error a plain string is not RequesterSafe
    const mail: Mail = { to: 'a@example.se', subject: 'x', text: 'x' };
    expect([letter, title, mail]).toHaveLength(3);
  });

  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
    });
  }
  const root = new URL('../..', import.meta.url).pathname;
  const files = [...sources(join(root, 'src')), ...sources(join(root, 'views'))].map((p) => ({ p: p.slice(root.length), text: readFileSync(p, 'utf8') }));

  it('no file but the leak guard casts to RequesterSafe', () => {
    expect(files.filter((f) => /as RequesterSafe\b/.test(f.text)).map((f) => f.p)).toEqual(['src/domain/leakGuard.ts']);
  });

  it('only the one query for requester pages brands an approved released version', () => {
    expect(files.filter((f) => /approvedReleasedText\(/.test(f.text) && f.p !== 'src/domain/leakGuard.ts').map((f) => f.p)).toEqual(['src/db/release.ts']);
  });

  it('the requester routes make PDFs only from cleared strings', () => {
    const release = files.find((f) => f.p === 'src/routes/release.tsx')!.text;
    expect(release.match(/writeDocumentPdf\(/g)).toHaveLength(1);
    expect(release).toMatch(/const requesterPdf = \(_cleared: RequesterSafe, blocks: [^,]+, title: RequesterSafe/);
  });
});

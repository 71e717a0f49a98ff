// `insyn db recheck-releases`: reads the text under boxes placed before migration 0062 with the real reader (mupdf in a
// child process) and finds a release that shows it; the report names references, never the text; bad arguments exit 2.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { testDatabase } from '../helpers/db.ts';
import { findProvisionByLabel } from '../../src/db/provisions.ts';
import { processImportJob, stageUploads } from '../../src/documents/importer.ts';
import { approvePdfRedactions, proposeAreaRedaction } from '../../src/domain/pdfReleaseCommands.ts';
import { proposeRedactions, recordAssessment } from '../../src/domain/redactionCommands.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { runPdfRelease } from '../../src/pdf/pdfRelease.ts';
import { makeRequest } from '../helpers/requests.ts';
import { longPdf, NAME, PNR } from '../helpers/pdfBuilder.ts';

/** A file database with one PDF handling released with a box over its first line, as before migration 0062 (text not recorded). */
async function releasedBeforeRecording(): Promise<{ env: NodeJS.ProcessEnv; reference: string }> {
  const database = await testDatabase();
  const db = await database.open();
  const staff = async (email: string, role: 'registrar' | 'reviewer') => {
    const r = await createStaff(db, { id: null, label: 'test' }, { email, displayName: email, role, password: 'korrekt-hast-batteri-7' });
    if (!r.ok) throw new Error('staff');
    return { id: r.value, label: email, role };
  };
  const [reg, jur, jur2] = [await staff('reg@test.se', 'registrar'), await staff('jur@test.se', 'reviewer'), await staff('jur2@test.se', 'reviewer')];
  const request = await makeRequest(db, reg.id);
  const staged = await stageUploads(db, reg, request.id, [{ name: 'lista.pdf', bytes: longPdf(1, 2) }], 50 * 1024 * 1024);
  await processImportJob(db, staged.jobIds[0]!, { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000, maxMemoryMb: 512, ocr: false });
  const docId = await db.value('SELECT id FROM document') as number;
  const osl = String((await findProvisionByLabel(db, 'OSL 21:7'))!.id);
  await proposeRedactions(db, jur2, { kind: 'text', documentId: docId, text: NAME, scope: 'document' }, { provisionId: osl, motivering: '' });
  await recordAssessment(db, jur, docId, { outcome: 'release_masked', provisionIds: [osl], motivering: 'Kundens namn skyddas.', circumstances: { [osl]: 'Kunden har begärt skydd.' } });
  // The first line ("Rad 1: Tolvan Tolvansson med personnummer …") lies at y 800 from the bottom of an 842 pt page.
  await proposeAreaRedaction(db, reg, docId, { page: '1', x0: '40', y0: '30', x1: '560', y1: '50' }, { provisionId: osl, motivering: '' }, async () => []);
  const approved = await approvePdfRedactions(db, jur, docId, { allowSelfApproval: false, mode: 'fixed' }, runPdfRelease, async () => []);
  if (!approved.ok) throw new Error(JSON.stringify(approved));
  await db.run('UPDATE redaction_area SET under_text = NULL');
  await db.close();
  return { env: database.env, reference: request.reference };
}

describe('insyn db recheck-releases', () => {
  it('reads the boxes, names the request whose released text shows what a box hides, and exits 1; the text itself is never printed', async () => {
    const { env, reference } = await releasedBeforeRecording();
    const r = await runCli(['db', 'recheck-releases'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Läste texten under rutorna i 1 handling.');
    expect(r.stdout).toContain(`${reference}: 1 utlämnad version`);
    expect(r.stdout).toContain('ingen aktiv länk');
    expect(r.stdout + r.stderr).not.toContain(PNR);
    expect(r.stdout + r.stderr).not.toContain('Tolvansson');
  }, 60_000);

  it('exits 0 on a database with nothing to find', async () => {
    const r = await runCli(['db', 'recheck-releases'], { env: (await testDatabase()).env });
    expect(r).toMatchObject({ code: 0, stdout: expect.stringContaining('Ingen utlämnad text innehåller något som en ruta döljer.') });
  });

  it('prints the usage and exits 2 on an unknown subcommand or an extra argument', async () => {
    for (const args of [['db', 'recheck'], ['db', 'recheck-releases', 'extra'], ['db']]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('insyn db recheck-releases');
    }
  });
});

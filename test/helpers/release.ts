// Drives issue 6's secrecy assessment through its tables (the schema contract of migration 0006), for tests of the decision and release.
import { mapInOrder, type Db } from '../../src/db/connection.ts';
import { buildReleasedText, type Redaction } from '../../src/domain/redaction.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { transitionRequest } from '../../src/domain/requestCommands.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';

export interface Masking {
  text: string;
  provision: string;
}

const provisionId = async (db: Db, label: string): Promise<number> => {
  const id = await db.value('SELECT id FROM provision WHERE label = ?', [label]) as number | undefined;
  if (!id) throw new Error(`no provision ${label}`);
  return id;
};

/**
 * Attaches a pasted handling, and records its assessment: approved maskeringar of every occurrence of
 * each masked string, the released version built by buildReleasedText, and the assessment row with
 * its public title (none unless given: the requester then sees "Handling N", never `title`).
 */
export async function assessedDocument(
  db: Db,
  ids: { registrar: number; reviewer: number; reviewer2: number },
  requestId: number,
  input: { title: string; text: string; outcome: 'release_full' | 'release_masked' | 'withhold'; mask?: Masking[]; provisions?: string[]; publicTitle?: string },
): Promise<number> {
  const docId = await importPastedText(db, { id: ids.registrar, label: 'test' }, requestId, { title: input.title, text: input.text });
  const redactions: Redaction[] = [];
  const now = new Date().toISOString();
  for (const m of input.mask ?? []) {
    let at = input.text.indexOf(m.text);
    if (at < 0) throw new Error(`"${m.text}" not in the text`);
    while (at >= 0) {
      redactions.push({ start: at, end: at + m.text.length, provisionLabel: m.provision });
      await db.run(`INSERT INTO redaction (document_id, start, "end", masked_text, provision_id, motivering, status, proposed_by, proposed_at, decided_by, decided_at)
         VALUES (?, ?, ?, ?, ?, NULL, 'approved', ?, ?, ?, ?)`, [docId, at, at + m.text.length, m.text, await provisionId(db, m.provision), ids.registrar, now, ids.reviewer2, now]);
      at = input.text.indexOf(m.text, at + m.text.length);
    }
  }
  const provisions = input.provisions ?? [...new Set((input.mask ?? []).map((m) => m.provision))];
  await db.run('INSERT INTO secrecy_assessment (document_id, outcome, provision_ids, motivering, public_title, assessed_by, assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [docId, input.outcome, JSON.stringify(await mapInOrder(provisions, (p) => provisionId(db, p))), 'Prövad', input.publicTitle ?? null, ids.reviewer, now]);
  if (input.outcome !== 'withhold') {
    const released = buildReleasedText(input.text, redactions, { mode: 'fixed' });
    await db.run('UPDATE released_version SET superseded_at = ? WHERE document_id = ? AND superseded_at IS NULL', [now, docId]);
    await db.run('INSERT INTO released_version (document_id, text, markers, mode, approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?)', [docId, released.text, JSON.stringify(released.markers), 'fixed', ids.reviewer2, now]);
  }
  return docId;
}

/** Moves a request into review, where a reviewer decides. */
export async function toReview(db: Db, reviewerId: number, requestId: number): Promise<void> {
  const r = await transitionRequest(db, { id: reviewerId, label: 'test', role: 'reviewer' }, requestId, 'in_review', '', defaultDeadlineSettings);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
}

/** The secret strings used across the release tests (Skatteverket's test personnummer). */
export const SECRET_PNR = '19560808-2656';
export const SECRET_NAME = 'Tolvan Tolvansson';
export const SECRET_ADDRESS = 'Storgatan 12 B';
export const MASKED_TEXT = `Avtal om fjärrvärme

Kund: ${SECRET_NAME}, personnummer ${SECRET_PNR}.
Adress: ${SECRET_ADDRESS}, 123 45 Exempelstad.
Kunden betalar 1 200 kr i månaden. ${SECRET_NAME} har skyddad identitet.`;

/** The id of the provision OSL 21:7 (as the forms post it): the usual ground in the leak tests. */
export const osl217Id = async (db: Db): Promise<string> => {
  const id = await db.value("SELECT id FROM provision WHERE label = 'OSL 21:7'") as number | undefined;
  if (!id) throw new Error('no provision OSL 21:7');
  return String(id);
};

/** The condition question answered: no förbehåll would remove the harm (OSL 10:14). */
export const NO_CONDITION_WOULD_DO = { conditionRisk: 'does_not_remove', conditionAssessment: 'Uppgifterna är sekretessbelagda mot var och en.' };

/** The text of every page of a PDF, as pdf.js extracts it (what a requester's reader or copy-paste gets). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) text += (await (await pdf.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' ');
  await pdf.destroy();
  return text;
}

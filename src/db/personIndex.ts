// Named queries for the person index: keys written with each finding, and the search for one data subject across every handling.
import { inTransaction, type Db } from './connection.ts';
import { greatest, least } from './sql.ts';
import {
  keysForFinding,
  nameKeysForSubject,
  keysForSubject,
  strengthOf,
  strengthRank,
  type HitStrength,
  type PersonKeyType,
  type SubjectIdentifiers,
} from '../domain/personIndex.ts';

/** Writes the keys of findings just inserted; called in the same transaction as the findings. */
export async function indexFindings(
  db: Db,
  documentId: number,
  text: string,
  findings: ReadonlyArray<{ id: number; type: string; start: number; end: number }>,
): Promise<number> {
  const stmt = 'INSERT INTO person_key (key_type, key, finding_id, document_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING';
  let n = 0;
  for (const f of findings) {
    for (const k of keysForFinding(f.type, text.slice(f.start, f.end))) n += (await db.run(stmt, [k.type, k.key, f.id, documentId])).changes;
  }
  return n;
}

/**
 * Indexes the findings stored before the index existed, once (the migration leaves a flag). Runs in
 * one transaction per handling, so a crash half-way leaves every handling either indexed or not,
 * and the flag is set only at the end; ON CONFLICT DO NOTHING makes a second run harmless.
 */
export async function backfillPersonIndex(db: Db): Promise<{ documents: number; keys: number }> {
  const state = await db.value('SELECT backfilled FROM person_index_state WHERE id = 1') as number | undefined;
  if (state !== 0) return { documents: 0, keys: 0 };
  return rebuildPersonIndex(db);
}

/** Rebuilds the index from every stored finding (`npx insyn db reindex-persons`). */
export async function rebuildPersonIndex(db: Db): Promise<{ documents: number; keys: number }> {
  // A data subject's request holds copies of handlingar (subjectRequest): the original is found once.
  const ids = await db.column("SELECT d.id FROM document d JOIN disclosure_request r ON r.id = d.request_id WHERE r.kind = 'public_records' ORDER BY d.id") as number[];
  const text = 'SELECT text FROM document WHERE id = ?';
  const findings = 'SELECT id, type, start, "end" FROM finding WHERE document_id = ?';
  let keys = 0;
  for (const id of ids) {
    await inTransaction(db, async (db) => {
      await db.run('DELETE FROM person_key WHERE document_id = ?', [id]);
      keys += await indexFindings(db, id, await db.value(text, [id]) as string, await db.all(findings, [id]) as Array<{ id: number; type: string; start: number; end: number }>);
    });
  }
  await db.run('UPDATE person_index_state SET backfilled = 1 WHERE id = 1');
  return { documents: ids.length, keys };
}

export interface PersonHit {
  findingId: number;
  documentId: number;
  requestId: number;
  reference: string;
  documentDescription: string;
  type: string;
  start: number;
  end: number;
  /** What matched: the kind of key ('pnr', 'name', …). */
  matchedBy: PersonKeyType;
  strength: HitStrength;
  /** The text around the hit, for the handläggare to judge. Personal data: never log it. */
  before: string;
  match: string;
  after: string;
}

export interface PersonSearchResult {
  /** The first `limit` hits in context, strongest first. */
  hits: PersonHit[];
  totalHits: number;
  totalDocuments: number;
  /** The first `documentLimit` handlingar with at least one hit, strongest first. */
  documents: Array<{ documentId: number; requestId: number; reference: string; description: string; strength: HitStrength; hits: number }>;
}

/** Characters either side of a name within which another person's personnummer means another person. */
const CONFLICT_WINDOW = 150;
const EXCERPT = 60;
/** Handlingar searched for a lone surname at most (those with the strongest other hits). */
const SURNAME_DOCS = 500;

interface Candidate {
  findingId: number;
  documentId: number;
  matchedBy: PersonKeyType;
  strength: HitStrength;
}

/**
 * Every place the data subject stands, by index look-ups only. Names: a finding matches when it has
 * two or more words and every word of it is one of the subject's; a lone surname counts only in a
 * handling that already has another hit. A name hit beside another personnummer than the subject's
 * is dropped: that is someone else with the same name. A name hit in a handling that also holds the
 * subject's address becomes 'medium'.
 */
export async function searchPerson(db: Db, ids: SubjectIdentifiers, opts: { limit?: number; documentLimit?: number } = {}): Promise<PersonSearchResult> {
  const { exact, names } = keysForSubject(ids);
  const limit = opts.limit ?? 300;
  const documentLimit = opts.documentLimit ?? 500;
  const byFinding = new Map<number, Candidate>();
  const add = (c: Candidate) => {
    const prev = byFinding.get(c.findingId);
    if (!prev || strengthRank[c.strength] < strengthRank[prev.strength]) byFinding.set(c.findingId, c);
  };

  const exactStmt = 'SELECT finding_id, document_id FROM person_key WHERE key_type = ? AND key = ?';
  for (const k of exact) {
    for (const r of await db.all(exactStmt, [k.type, k.key]) as Array<{ finding_id: number; document_id: number }>) {
      add({ findingId: r.finding_id, documentId: r.document_id, matchedBy: k.type, strength: strengthOf(k.type) });
    }
  }
  const strongDocs = new Set([...byFinding.values()].filter((c) => c.strength === 'strong').map((c) => c.documentId));
  const addressDocs = new Set([...byFinding.values()].filter((c) => c.matchedBy === 'address').map((c) => c.documentId));
  const subjectPnr = new Set(exact.filter((k) => k.type === 'pnr').map((k) => k.key));

  // Names: one exact look-up per combination of the subject's words (nameKeysForSubject), so a
  // common surname costs no more than a rare one. A name with another personnummer than the
  // subject's within reach is someone else with the same name, unless the handling already has a
  // strong hit.
  const nameStmt = "SELECT finding_id, document_id FROM person_key WHERE key_type = 'name' AND key = ?";
  const nearPnr = `SELECT k.key FROM finding f0
     JOIN finding f ON f.document_id = f0.document_id AND f.start BETWEEN f0.start - ${CONFLICT_WINDOW} AND f0.end + ${CONFLICT_WINDOW}
     JOIN person_key k ON k.finding_id = f.id AND k.key_type = 'pnr'
     WHERE f0.id = ?`;
  const survivors: Array<{ findingId: number; documentId: number }> = [];
  const docsWithFullName = new Set<number>();
  for (const key of new Set(names.flatMap(nameKeysForSubject))) {
    for (const r of await db.all(nameStmt, [key]) as Array<{ finding_id: number; document_id: number }>) {
      if (subjectPnr.size > 0 && !strongDocs.has(r.document_id)) {
        const near = await db.column(nearPnr, [r.finding_id]) as string[];
        if (near.some((k) => !subjectPnr.has(k))) continue; // another person's number beside the name
      }
      survivors.push({ findingId: r.finding_id, documentId: r.document_id });
      docsWithFullName.add(r.document_id);
    }
  }
  // A lone surname ("handläggaren Holmgren") counts only in a handling that already has another hit:
  // looked up per such handling by the primary key (key, finding), never over all of its findings.
  const surnameStmt = `SELECT finding_id FROM person_key
     WHERE key_type = 'name' AND key = ? AND finding_id IN (SELECT id FROM finding WHERE document_id = ? AND type = 'name')`;
  const surnames = [...new Set(names.filter((t) => t.length >= 2).map((t) => t[t.length - 1]!))];
  // Strongest evidence first, and a bounded number of handlings: a common address or name must not
  // make one search read tens of thousands of handlingar for lone surnames.
  const surnameDocs = [...new Set([...strongDocs, ...addressDocs, ...docsWithFullName])].slice(0, SURNAME_DOCS);
  for (const documentId of surnameDocs) {
    for (const surname of surnames) {
      for (const findingId of await db.column(surnameStmt, [surname, documentId]) as number[]) survivors.push({ findingId, documentId });
    }
  }
  for (const c of survivors) {
    const strength: HitStrength = addressDocs.has(c.documentId) || strongDocs.has(c.documentId) ? 'medium' : 'weak';
    add({ findingId: c.findingId, documentId: c.documentId, matchedBy: 'name', strength });
  }

  const all = [...byFinding.values()].sort(
    (a, b) => strengthRank[a.strength] - strengthRank[b.strength] || a.documentId - b.documentId || a.findingId - b.findingId,
  );
  // Per handling: its best strength and number of hits, over every hit; the list shows the first
  // `documentLimit` handlings and the first `limit` hits in context, and says how many there are.
  const perDoc = new Map<number, { strength: HitStrength; hits: number }>();
  for (const c of all) {
    const d = perDoc.get(c.documentId);
    if (!d) perDoc.set(c.documentId, { strength: c.strength, hits: 1 });
    else d.hits++;
  }
  const docMeta = 'SELECT d.request_id, d.description, r.reference FROM document d JOIN disclosure_request r ON r.id = d.request_id WHERE d.id = ?';
  const documents: PersonSearchResult['documents'] = [];
  for (const [documentId, d] of perDoc) {
    if (documents.length >= documentLimit) break;
    const m = await db.get(docMeta, [documentId]) as { request_id: number; description: string; reference: string } | undefined;
    if (m) documents.push({ documentId, requestId: m.request_id, reference: m.reference, description: m.description, strength: d.strength, hits: d.hits });
  }
  const detail = `SELECT f.type, f.start, f.end, d.request_id, d.description, r.reference,
            substr(d.text, ${greatest(db, '1', `f.start + 1 - ${EXCERPT}`)}, ${least(db, 'f.start', `${EXCERPT}`)}) AS before,
            substr(d.text, f.start + 1, f.end - f.start) AS match,
            substr(d.text, f.end + 1, ${EXCERPT}) AS after
     FROM finding f JOIN document d ON d.id = f.document_id JOIN disclosure_request r ON r.id = d.request_id
     WHERE f.id = ?`;
  const hits: PersonHit[] = [];
  for (const c of all.slice(0, limit)) {
    const r = await db.get(detail, [c.findingId]) as
      | { type: string; start: number; end: number; request_id: number; description: string; reference: string; before: string; match: string; after: string }
      | undefined;
    if (!r) continue;
    hits.push({
      findingId: c.findingId,
      documentId: c.documentId,
      requestId: r.request_id,
      reference: r.reference,
      documentDescription: r.description,
      type: r.type,
      start: r.start,
      end: r.end,
      matchedBy: c.matchedBy,
      strength: c.strength,
      before: r.before,
      match: r.match,
      after: r.after,
    });
  }
  return { hits, documents, totalHits: all.length, totalDocuments: perDoc.size };
}

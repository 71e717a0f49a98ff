// Named queries for questions to the requester during the secrecy review (review_question, migration 0039).
import type { Db } from './connection.ts';

export interface ReviewQuestionRow {
  id: number;
  request_id: number;
  document_id: number;
  ground: 'osl_21_7' | 'osl_12_1';
  question: string;
  asked_by: number;
  asked_at: string;
  answer: string | null;
  answered_at: string | null;
  answered_by: number | null;
}

export function insertReviewQuestion(db: Db, q: { requestId: number; documentId: number; ground: string; question: string; by: number; at: string }): number {
  return Number(
    db
      .prepare('INSERT INTO review_question (request_id, document_id, ground, question, asked_by, asked_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(q.requestId, q.documentId, q.ground, q.question, q.by, q.at).lastInsertRowid,
  );
}

export function findReviewQuestion(db: Db, id: number): ReviewQuestionRow | undefined {
  return db.prepare('SELECT * FROM review_question WHERE id = ?').get(id) as ReviewQuestionRow | undefined;
}

export function reviewQuestionsForDocument(db: Db, documentId: number): ReviewQuestionRow[] {
  return db.prepare('SELECT * FROM review_question WHERE document_id = ? ORDER BY id').all(documentId) as ReviewQuestionRow[];
}

export function setReviewAnswer(db: Db, id: number, answer: string, by: number, at: string): void {
  db.prepare('UPDATE review_question SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ?').run(answer, by, at, id);
}

/** Questions under OSL 12 kap. 1 § on the request: its release was weighed for this requester only. */
export function ownDataQuestionCount(db: Db, requestId: number): number {
  return db.prepare("SELECT count(*) FROM review_question WHERE request_id = ? AND ground = 'osl_12_1'").pluck().get(requestId) as number;
}

// Named queries for questions to the requester during the secrecy review (review_question, migration 0039).
import type { Db } from './connection.ts';
import { insertedId } from './sql.ts';

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

export async function insertReviewQuestion(db: Db, q: { requestId: number; documentId: number; ground: string; question: string; by: number; at: string }): Promise<number> {
  return await insertedId(db, 'INSERT INTO review_question (request_id, document_id, ground, question, asked_by, asked_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id', [q.requestId, q.documentId, q.ground, q.question, q.by, q.at]);
}

export async function findReviewQuestion(db: Db, id: number): Promise<ReviewQuestionRow | undefined> {
  return await db.get('SELECT * FROM review_question WHERE id = ?', [id]) as ReviewQuestionRow | undefined;
}

export async function reviewQuestionsForDocument(db: Db, documentId: number): Promise<ReviewQuestionRow[]> {
  return await db.all('SELECT * FROM review_question WHERE document_id = ? ORDER BY id', [documentId]) as ReviewQuestionRow[];
}

export async function setReviewAnswer(db: Db, id: number, answer: string, by: number, at: string): Promise<void> {
  await db.run('UPDATE review_question SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ?', [answer, by, at, id]);
}

/** Questions under OSL 12 kap. 1 § on the request: its release was weighed for this requester only. */
export async function ownDataQuestionCount(db: Db, requestId: number): Promise<number> {
  return await db.value("SELECT count(*) FROM review_question WHERE request_id = ? AND ground = 'osl_12_1'", [requestId]) as number;
}

// Questions to the requester during the secrecy review, each tied to the provision that needs it (TF 2 kap. 18 §; OSL 21 kap. 7 §, 12 kap. 1 §).
import type { Db } from '../db/connection.ts';
import { inTransaction } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findDocument } from '../db/documents.ts';
import { findReviewQuestion, insertReviewQuestion, setReviewAnswer } from '../db/reviewQuestions.ts';
import { type Actor, type CommandResult, type FieldErrors, fail, refused } from './command.ts';
import { canAssessSecrecy } from './redactionPolicy.ts';

/**
 * Why a question may be asked (TF 2 kap. 18 §: only as far as the secrecy assessment needs it):
 * OSL 21:7 weighs how the requester will process the data (JO 1102-2004); 12:1 opens a person's own
 * data to that person, so whether the requester is that person matters.
 */
export const questionGrounds = ['osl_21_7', 'osl_12_1'] as const;
export type QuestionGround = (typeof questionGrounds)[number];

export const questionGroundLabels: Record<QuestionGround, string> = {
  osl_21_7: 'OSL 21:7 – hur sökanden kommer att behandla uppgifterna',
  osl_12_1: 'OSL 12:1 – om uppgifterna gäller sökanden själv',
};

export const QUESTION_MAX = 1000;

const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim();

/** A jurist asks, tied to the provision; the log holds the ground and the handling, never the answer. */
export async function askReviewQuestion(db: Db, actor: Actor, documentId: number, raw: { ground: string; question: string }, now: Date = new Date()): Promise<CommandResult<number>> {
  const no = refused(canAssessSecrecy, actor);
  if (no) return no;
  const errors: FieldErrors = [];
  const ground = (questionGrounds as readonly string[]).includes(raw.ground) ? (raw.ground as QuestionGround) : null;
  if (!ground) errors.push({ field: 'questionGround', message: 'Välj vilken bestämmelse frågan behövs för (TF 2 kap. 18 §).' });
  const question = clean(raw.question);
  if (question === '') errors.push({ field: 'question', message: 'Skriv frågan till sökanden.' });
  else if ([...question].length > QUESTION_MAX) errors.push({ field: 'question', message: `Frågan får vara högst ${QUESTION_MAX} tecken.` });
  if (errors.length || !ground) return { ok: false, errors };
  return await inTransaction(db, async (db) => {
      const doc = await findDocument(db, documentId);
      if (!doc) throw new Error(`document ${documentId} not found`);
      const id = await insertReviewQuestion(db, { requestId: doc.request_id, documentId, ground, question, by: actor.id, at: now.toISOString() });
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'secrecy_assessment.question_asked',
              requestId: doc.request_id,
              documentId,
              reason: `Fråga till sökanden för sekretessprövningen: ${questionGroundLabels[ground]}`,
              at: now,
              after: { questionId: id, ground },
            });
      return { ok: true as const, value: id };
    });
}

/** The requester's answer, noted by staff; personal data, so the log says only that it came. */
export async function recordReviewAnswer(db: Db, actor: Actor, documentId: number, questionId: number, raw: { answer: string }, now: Date = new Date()): Promise<CommandResult<void>> {
  const no = refused(canAssessSecrecy, actor);
  if (no) return no;
  const answer = clean(raw.answer);
  if (answer === '') return fail(`answer-${questionId}`, 'Skriv sökandens svar, eller att hen inte ville svara.');
  if ([...answer].length > QUESTION_MAX) return fail(`answer-${questionId}`, `Svaret får vara högst ${QUESTION_MAX} tecken.`);
  return await inTransaction(db, async (db) => {
      const q = await findReviewQuestion(db, questionId);
      if (!q || q.document_id !== documentId) return fail(`answer-${questionId}`, 'Det finns ingen sådan fråga på handlingen.');
      if (q.answered_at) return fail(`answer-${questionId}`, 'Svaret är redan antecknat.');
      await setReviewAnswer(db, questionId, answer, actor.id, now.toISOString());
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'secrecy_assessment.question_answered',
              requestId: q.request_id,
              documentId,
              reason: 'Sökandens svar antecknat (svaret skrivs inte i loggen)',
              at: now,
              after: { questionId },
            });
      return { ok: true as const, value: undefined };
    });
}

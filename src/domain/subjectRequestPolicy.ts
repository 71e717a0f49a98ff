// Who may do what with a data subject's request, and the identity rule (art. 12(6)) as a permission: single functions (STYLE.md 6).
import { type Who, permission } from './command.ts';
import { canHandleRequests } from './roles.ts';
import type { RequestKind } from './subjectRequest.ts';
import { isSubjectRequest } from './subjectRequest.ts';

/** What the identity rule looks at: the request's kind and whether identity has been recorded. */
export interface SubjectState {
  kind: RequestKind;
  identityEstablished: boolean;
}

export const canRegisterSubjectRequest = canHandleRequests;
export const canVerifyIdentity = canHandleRequests;
export const canExtendSubjectRequest = canHandleRequests;
export const canSearchPerson = canHandleRequests;

/**
 * The verdict on a hit of the person search – confirming, rejecting, and withdrawing a verdict given
 * by mistake – is open while the request is unanswered: once the answer has gone out, the extract
 * rests on these verdicts and a change would no longer match what the person received. One rule for
 * all three, in the commands, the route and the buttons.
 */
export const canJudgeHit = permission<[{ answered: boolean }]>(
  'Träffarna kan bara bedömas, och en bedömning bara ångras, medan begäran inte är besvarad.',
  (a, s) => canHandleRequests(a) && !s.answered,
);

/**
 * Art. 12(6): nothing is released to a data subject, and no answer given, before the person's
 * identity is recorded. A request for allmänna handlingar needs no identity (TF 2 kap. 18 §), so the
 * rule passes it through; the release and decision commands call this for every request.
 */
export const canAnswerSubject = permission<[SubjectState]>(
  'Den registrerades identitet måste vara fastställd och antecknad innan något lämnas ut eller besvaras (dataskyddsförordningen art. 12.6).',
  (a, s) => canHandleRequests(a) && (!isSubjectRequest(s.kind) || s.identityEstablished),
);

/** The extract's template is configuration, an administrator's, like the letter templates. */
export const canEditSubjectTemplate = permission('Mallen för registerutdrag ändras av en administratör.', (a: Who) => a.role === 'admin');

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

// Who may do what with a request: permissions are single functions of the person and the request's state (STYLE.md 6).
import { type Who, permission } from './command.ts';
import { type Status, canTransition } from './disclosureRequest.ts';
import { canHandleRequests } from './roles.ts';

/** Registrators and reviewers handle requests; an administrator manages the tool, not the cases. */
export const canViewRequests = canHandleRequests;
export const canRegisterRequest = canHandleRequests;
export const canAssignRequest = canHandleRequests;
export const canAddNote = canHandleRequests;
export const canMarkLarge = permission<[Status]>(
  'Omfattande material kan bara anges för en begäran som inte är besvarad.',
  (a, status) => canHandleRequests(a) && (status === 'registered' || status === 'in_progress' || status === 'in_review'),
);

/**
 * Whether the person may move a request from one state to another. A decision after a secrecy
 * assessment (in_review → decided) may refuse or mask, and only a decision by someone with
 * delegated authority can be appealed (OSL 6 kap. 3 §, JO 3869-2013): that is the reviewer's.
 * A full release straight from in_progress needs no separate assessment, so the handläggare, who may
 * be a registrator, can record it.
 */
export const canMoveRequest = permission<[Status, Status]>(
  'Din roll får inte göra den här ändringen i det här läget. Beslut efter sekretessprövning fattas av jurist.',
  (a, from, to) => {
    if (!canHandleRequests(a) || !canTransition(from, to)) return false;
    if (from === 'in_review' && to === 'decided') return a.role === 'reviewer';
    return true;
  },
);

/** Who can be named handläggare of a request, and who its jurist: the assessment needs delegated authority (JO 3869-2013). */
export const mayBeHandler = (a: Pick<Who, 'role'>): boolean => a.role === 'registrar' || a.role === 'reviewer';
export const mayBeReviewer = (a: Pick<Who, 'role'>): boolean => a.role === 'reviewer';

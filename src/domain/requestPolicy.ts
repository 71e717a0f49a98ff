// Who may do what with a request: permissions are single functions of role and state (STYLE.md 6).
import type { Role } from './roles.ts';
import { type Status, canTransition } from './disclosureRequest.ts';

/** Registrators and reviewers handle requests; an administrator manages the tool, not the cases. */
export const canViewRequests = (role: Role): boolean => role === 'registrar' || role === 'reviewer';
export const canRegisterRequest = canViewRequests;
export const canAssignRequest = canViewRequests;
export const canAddNote = canViewRequests;
export const canMarkLarge = (role: Role, status: Status): boolean =>
  canViewRequests(role) && (status === 'registered' || status === 'in_progress' || status === 'in_review');

/**
 * Whether the role may move a request from one state to another. A decision after a secrecy
 * assessment (in_review → decided) may refuse or mask, and only a decision by someone with
 * delegated authority can be appealed (OSL 6 kap. 3 §, JO 3869-2013): that is the reviewer's.
 * A full release straight from in_progress needs no separate assessment, so the handläggare, who may
 * be a registrator, can record it.
 */
export function canMoveRequest(role: Role, from: Status, to: Status): boolean {
  if (!canViewRequests(role) || !canTransition(from, to)) return false;
  if (from === 'in_review' && to === 'decided') return role === 'reviewer';
  return true;
}

/** The 403 texts: say why (STYLE.md 6). */
export const requestPolicyTexts = {
  view: 'Begäranden hanteras av registratorer och jurister.',
  move: 'Din roll får inte göra den här ändringen i det här läget. Beslut efter sekretessprövning fattas av jurist.',
} as const;

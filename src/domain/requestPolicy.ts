// Who may do what with a request: permissions are single functions of the person and the request's state (STYLE.md 6).
import { type Who, permission } from './command.ts';
import { type Status, canTransition, isOpen, reopensDecision } from './disclosureRequest.ts';
import { canHandleRequests } from './roles.ts';

/** Registrators and reviewers handle requests; an administrator manages the tool, not the cases. */
export const canViewRequests = canHandleRequests;
export const canRegisterRequest = canHandleRequests;
export const canAssignRequest = canHandleRequests;
export const canAddNote = canHandleRequests;
export const canMarkLarge = permission<[Status]>(
  'Omfattande material kan bara anges för en begäran som inte är besvarad.',
  (a, status) => canHandleRequests(a) && isOpen(status),
);

/**
 * The moves the status form may make. Decided is set by the decision command alone, which needs every
 * handling assessed and approved (issue 10, hole 5); a decision is reopened by its own command, with
 * a reason, by a reviewer (reopenRequest). Neither is a status change someone can pick from a list.
 */
export const canMoveByStatusForm = permission<[Status, Status]>(
  'Begäran blir beslutad när en jurist fattar beslutet på beslutssidan, och ett beslut återöppnas där med ett skäl – inte genom att ändra status.',
  (_a, from, to) => to !== 'decided' && !reopensDecision(from, to),
);

/** Whether the person may move a request from one state to another with the status form. */
export const canMoveRequest = permission<[Status, Status]>(
  'Begäran kan inte gå till det läget härifrån.',
  (a, from, to) => canHandleRequests(a) && canTransition(from, to) && canMoveByStatusForm(a, from, to),
);

/**
 * A request is open for changes while it waits for its answer. Once decided (or closed, or withdrawn)
 * nothing that the decision and the letter rest on changes – handlingar, register entries, maskeringar,
 * assessments, approvals – until a reviewer reopens it with a logged reason (issue 10, hole 6).
 * Every command that changes a case checks this one rule.
 */
export const canChangeCase = permission<[Status]>(
  'Begäran är beslutad, avslutad eller återkallad och kan inte ändras. Återöppna den med ett skäl först – ett beslut återöppnas av en jurist på beslutssidan.',
  (_a, status) => isOpen(status),
);

/** Reopening a decision (omprövning, FL 37–39 §§, or a case returned by kammarrätten) is a decision too: a reviewer's. */
export const canReopenDecision = permission(
  'Ett beslut återöppnas av en jurist med delegation (OSL 6 kap. 3 §).',
  (a) => a.role === 'reviewer',
);

/** Who can be named handläggare of a request, and who its jurist: the assessment needs delegated authority (JO 3869-2013). */
export const mayBeHandler = (a: Pick<Who, 'role'>): boolean => a.role === 'registrar' || a.role === 'reviewer';
export const mayBeReviewer = (a: Pick<Who, 'role'>): boolean => a.role === 'reviewer';

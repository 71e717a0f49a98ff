// Who may propose, change, reject and approve maskeringar, assess secrecy and see the diff: single functions (STYLE.md 6).
import { permission } from './command.ts';

/** Registrators and reviewers propose maskeringar; a person decides, the detector only suggests (LEGAL.md). */
export const canProposeRedaction = permission('Maskeringar föreslås av registratorer och jurister.', (a) => a.role === 'registrar' || a.role === 'reviewer');

/** Only the proposer changes or withdraws a proposal, and only until it is decided. */
export const canChangeRedaction = permission<[{ status: string; proposed_by: number }]>(
  'Bara den som föreslog maskeringen kan ändra eller dra tillbaka den, och bara innan den är prövad.',
  (a, r) => canProposeRedaction(a) && r.status === 'proposed' && r.proposed_by === a.id,
);

/** The sekretessprövning is a reviewer's (a jurist with delegated authority, OSL 6 kap. 3 §). */
export const canAssessSecrecy = permission('Sekretessprövningen görs av en jurist.', (a) => a.role === 'reviewer');

/**
 * Four eyes per maskering: a reviewer approves a proposed maskering that someone else proposed.
 * `allowSelfApproval` (INSYN_ALLOW_SELF_APPROVAL, very small organisations) lifts that, and the log
 * entry then says so.
 */
export const canApproveRedaction = permission<[{ status: string; proposed_by: number }, boolean]>(
  'En maskering godkänns av en jurist som inte själv har föreslagit den (fyra ögon).',
  (a, r, allowSelfApproval) => a.role === 'reviewer' && r.status === 'proposed' && (allowSelfApproval || r.proposed_by !== a.id),
);

/**
 * Whether the reviewer can approve on a handling now: when nothing waits (a release in full, or a
 * rebuilt version), or when at least one waiting maskering was proposed by someone else. Her own
 * wait for another jurist, so two jurists can always finish (issue 10, hole 8).
 */
export const canApproveRedactions = permission<[readonly number[], boolean]>(
  'Maskeringar godkänns av en jurist som inte själv har föreslagit dem (fyra ögon).',
  (a, proposerIds, allowSelfApproval) =>
    a.role === 'reviewer' && (allowSelfApproval || proposerIds.length === 0 || proposerIds.some((id) => id !== a.id)),
);

/** Rejecting is the second pair of eyes too: one's own proposal is withdrawn, not rejected. */
export const canRejectRedaction = permission<[{ status: string; proposed_by: number }, boolean]>(
  'Maskeringar avslås av en jurist som inte själv har föreslagit dem. Ett eget förslag drar du tillbaka.',
  (a, r, allowSelfApproval) => a.role === 'reviewer' && r.status === 'proposed' && (allowSelfApproval || r.proposed_by !== a.id),
);

/** The leak guard's "lämna ut här, med skäl" is a decision about secrecy: a reviewer's. */
export const canExemptLeak = permission('Att lämna ut text som är maskerad på annat ställe beslutas av en jurist.', (a) => a.role === 'reviewer');

/** The original against the released version: reviewers only, never a requester (it shows what is hidden). */
export const canViewDiff = permission('Jämförelsen mellan original och utlämnad version är bara för jurister.', (a) => a.role === 'reviewer');

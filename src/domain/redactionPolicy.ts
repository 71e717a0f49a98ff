// Who may propose, change, reject and approve maskeringar, assess secrecy and see the diff: single functions (STYLE.md 6).
import type { Role } from './roles.ts';

export interface PolicyActor {
  id: number;
  role: Role;
}

/** Registrators and reviewers propose maskeringar; a person decides, the detector only suggests (LEGAL.md). */
export const canProposeRedaction = (role: Role): boolean => role === 'registrar' || role === 'reviewer';

/** Only the proposer changes or withdraws a proposal, and only until it is decided. */
export const canChangeRedaction = (a: PolicyActor, r: { status: string; proposed_by: number }): boolean =>
  canProposeRedaction(a.role) && r.status === 'proposed' && r.proposed_by === a.id;

/** The sekretessprövning is a reviewer's (a jurist with delegated authority, OSL 6 kap. 3 §). */
export const canAssessSecrecy = (role: Role): boolean => role === 'reviewer';

/**
 * Four eyes: a reviewer approves the proposed maskeringar of a handling only if someone else proposed
 * every one of them. `allowSelfApproval` (INSYN_ALLOW_SELF_APPROVAL, very small organisations) lifts
 * that, and the log entry then says so.
 */
export function canApproveRedactions(a: PolicyActor, proposerIds: readonly number[], allowSelfApproval: boolean): boolean {
  if (a.role !== 'reviewer') return false;
  return allowSelfApproval || !proposerIds.includes(a.id);
}

/** Rejecting is the second pair of eyes too: one's own proposal is withdrawn, not rejected. */
export const canRejectRedaction = (a: PolicyActor, r: { status: string; proposed_by: number }, allowSelfApproval: boolean): boolean =>
  a.role === 'reviewer' && r.status === 'proposed' && (allowSelfApproval || r.proposed_by !== a.id);

/** The leak guard's "lämna ut här, med skäl" is a decision about secrecy: a reviewer's. */
export const canExemptLeak = (role: Role): boolean => role === 'reviewer';

/** The original against the released version: reviewers only, never a requester (it shows what is hidden). */
export const canViewDiff = (role: Role): boolean => role === 'reviewer';

export const redactionPolicyTexts = {
  propose: 'Maskeringar föreslås av registratorer och jurister.',
  change: 'Bara den som föreslog maskeringen kan ändra eller dra tillbaka den, och bara innan den är prövad.',
  assess: 'Sekretessprövningen görs av en jurist.',
  approve: 'Maskeringar godkänns av en jurist som inte själv har föreslagit dem (fyra ögon).',
  reject: 'Maskeringar avslås av en jurist som inte själv har föreslagit dem. Ett eget förslag drar du tillbaka.',
  exempt: 'Att lämna ut text som är maskerad på annat ställe beslutas av en jurist.',
  diff: 'Jämförelsen mellan original och utlämnad version är bara för jurister.',
} as const;

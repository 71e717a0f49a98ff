// Who may decide, release, publish, record appeals and edit letter templates: single functions of the role (STYLE.md 6).
import type { Role } from './roles.ts';

/** Only a decision by someone with delegated authority can be appealed (OSL 6 kap. 3 §, JO 3869-2013). */
export const canDecide = (role: Role): boolean => role === 'reviewer';
/** Registrators and reviewers deliver a decision and keep track of appeals. */
export const canRelease = (role: Role): boolean => role === 'registrar' || role === 'reviewer';
export const canRecordAppeal = canRelease;
export const canRecordInformalRefusal = canRelease;
/** A request for uppgifter (OSL 6 kap. 4 §) is answered by the handläggare; its refusal is not appealable. */
export const canAnswerInformationRequest = canRelease;
/** Publishing for anyone to read is a choice about the released handlingar: the reviewer's. */
export const canPublish = (role: Role): boolean => role === 'reviewer';
export const canEditTemplates = (role: Role): boolean => role === 'admin';

export const decisionPolicyTexts = {
  decide: 'Beslut om utlämnande fattas av en jurist med delegation (OSL 6 kap. 3 §).',
  release: 'Utlämnande och överklaganden hanteras av registratorer och jurister.',
  publish: 'Bara en jurist väljer vad som publiceras i läsesalen.',
  templates: 'Brevmallarna ändras av en administratör.',
} as const;

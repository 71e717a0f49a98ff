// Who may decide, release, publish, record appeals and edit letter templates: single functions of the person (STYLE.md 6).
import { permission } from './command.ts';

/** Only a decision by someone with delegated authority can be appealed (OSL 6 kap. 3 §, JO 3869-2013). */
export const canDecide = permission('Beslut om utlämnande fattas av en jurist med delegation (OSL 6 kap. 3 §).', (a) => a.role === 'reviewer');
/** Registrators and reviewers deliver a decision and keep track of appeals. */
export const canRelease = permission('Utlämnande och överklaganden hanteras av registratorer och jurister.', (a) => a.role === 'registrar' || a.role === 'reviewer');
export const canRecordAppeal = canRelease;
export const canRecordInformalRefusal = canRelease;
/** A request for uppgifter (OSL 6 kap. 4 §) is answered by the handläggare; its refusal is not appealable. */
export const canAnswerInformationRequest = canRelease;
/** Publishing for anyone to read is a choice about the released handlingar: the reviewer's. */
export const canPublish = permission('Bara en jurist väljer vad som publiceras i läsesalen.', (a) => a.role === 'reviewer');
export const canEditTemplates = permission('Brevmallarna ändras av en administratör.', (a) => a.role === 'admin');

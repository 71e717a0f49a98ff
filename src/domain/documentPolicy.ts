// Who may handle handlingar and mark secrecy: single functions (STYLE.md 6).
import { permission } from './command.ts';

/** Registrators and reviewers handle handlingar: attach, read, register entries. */
export const canHandleDocuments = permission('Handlingar hanteras av registratorer och jurister.', (a) => a.role === 'registrar' || a.role === 'reviewer');
/** A sekretessmarkering is set and lifted by a reviewer (OSL 5 kap. 5 §). */
export const canMarkSecrecy = permission('Sekretessmarkering sätts och hävs av en jurist.', (a) => a.role === 'reviewer');

// The short forms of people whose evidence is the document itself (issue 15, round 11, det-short11): staff initials
// beside a date as a note's signature ("Anteckning (TB 2025-03-11):", "… inget att erinra. MRB 2025-04-22"), and
// initials whose letters are those of a full name the same text gives ("Mats Berg Carlsson" … "MBC skickar …").
// Initials collide with abbreviations and codes, so both rules read structure only: the date's place beside the initials,
// or a person named in the same text; the abbreviations of NOT_INITIALS stay out, and initials that are also a word
// ("JA") count only where they act, first in a clause before a word in lower case.
import { codeAt, isDigit } from './name-text.ts';

// A date (ISO, or day/month with or without a year) and perhaps a time after it, right after the initials: " 2025-03-11",
// ", 2025-06-30 09:12", " 3/4".
const DATE_AFTER = /^,?[ \u00a0](?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}(?:\/(?:\d{4}|\d\d))?)(?:,?[ \u00a0](?:kl\.?[ \u00a0])?\d{1,2}[:.]\d\d)?/;
// After the date: the parenthesis closes (a note's signature: "(TB 2025-03-11)"), or the line ends (a signature last on a
// line: "MRB 2025-04-22"). A committee's decision goes on with its paragraph ("KS 2025-03-12 § 45"), so it is neither.
const PAREN_CLOSE = /^\)/;
const LINE_END = /^[.]?[ \t]*(?:\r?\n|$)/;
// Before initials last on a line: the line's start or a sentence's end.
const SENTENCE_BEFORE = /(?:^|\n|[.!?)][ \u00a0]+)[ \t]*$/;

/**
 * Whether the initials text[at, end) stand beside a date as a signature: in parentheses with the date ("(LK 2026-01-14
 * 09:12)", "(PS, 2025-06-30)"), or with the date last on a line that starts there or after a sentence ("Påminnelse
 * skickad. HS 2024-11-05"). `lineStart` is the start of the initials' line.
 */
export function initialsBesideDate(text: string, at: number, end: number, lineStart: number): boolean {
  if (!isDigit(codeAt(text, end + 1)) && !(codeAt(text, end) === 44 && isDigit(codeAt(text, end + 2)))) return false;
  const d = DATE_AFTER.exec(text.slice(end, end + 28));
  if (d === null) return false;
  const rest = text.slice(end + d[0].length, end + d[0].length + 4);
  if (text.charCodeAt(at - 1) === 40) return PAREN_CLOSE.test(rest);
  return LINE_END.test(rest) && SENTENCE_BEFORE.test(text.slice(Math.max(lineStart, at - 40), at));
}

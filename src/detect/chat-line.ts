// The one definition of a chat or message-log line (issue 15, round 9): the rules (name.ts, lower-case names on chat
// lines, the speaker first on a line) and the learned model's hook (name-model-hook.ts, lower-case words as candidates)
// read the same lines. Until round 9 each had its own pattern and round 8 widened them apart (the rules: a weekday
// before the time; the hook: the date-first forms of chat and SMS exports).
//
// A chat line starts with a time stamp, perhaps after blanks and a bracket, perhaps after a date or a weekday, then a
// blank, a tab, ";", ",", "|" or a closing bracket before the message. The forms come from the export formats of chat
// and SMS programs and from message logs, not from any text:
//   "[07:21] ", "20:14 ", "12.30 ", "06:40:51;IN;…", "2025-01-08 07:02 ", "2025-01-08T07:02:11Z ", "[mån 19:11] ",
//   "08.01.2025, 07:02 - ", "[08.01.25, 07:02:13] ", "8/1/25, 7:02 PM - ", "2025-01-08;07:02;".
// A calendar note with a date and "kl" before the time ("2025-03-04 kl 10:00 …") is no chat line.

const DATE = String.raw`(?:\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d\d))?)\]?[ T;,]+\[?`;
const WEEKDAYS = ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAY = String.raw`(?:${WEEKDAYS.join('|')})\.?[ \t]+\[?`;
const TIME = String.raw`\d{1,2}[:.]\d\d(?::\d\d)?(?: ?[AP]M)?(?:Z|[+-]\d\d:?\d\d)?\]?[ \t;,|]`;
const STAMP = String.raw`[ \t]*\[?(?:${DATE}|${WEEKDAY})?${TIME}`;

/** A chat line's stamp at a line start (sticky: set lastIndex to the line start). */
export const CHAT_STAMP = new RegExp(STAMP, 'y');
/** The same after a line break, as a global pattern: the reference for the tests of the anchored scan. */
export const CHAT_LINE_G = new RegExp(String.raw`\n${STAMP}`, 'g');

/**
 * Whether a line can start a stamp: a blank, a bracket or a digit first, or a weekday (checked whole, so a line of running
 * text in lower case costs no pattern).
 */
function canStart(text: string, ls: number): boolean {
  const c = text.charCodeAt(ls);
  if (c === 32 || c === 9 || c === 91 || (c >= 48 && c <= 57)) return true;
  if (c < 102 || c > 119) return false;
  for (const w of WEEKDAYS) if (text.startsWith(w, ls)) return true;
  return false;
}

/** The length of the stamp at line start `ls`, or -1 when the line is no chat line. */
export function chatStampAt(text: string, ls: number): number {
  if (!canStart(text, ls)) return -1;
  CHAT_STAMP.lastIndex = ls;
  const m = CHAT_STAMP.exec(text);
  return m === null ? -1 : m[0].length;
}

// The chat lines of the last text asked about: name.ts and the hook ask about the same text one after the other, so the
// lines are found once per text.
let memoText: string | undefined;
let memoLines: readonly number[] = [];

/**
 * The chat lines of `text`, as triples [line start, message start, line end] in one flat array, in text order. Found by
 * reading only the first character of each line (a pattern anchored to every line start was a tenth of the name pass).
 */
export function chatLines(text: string): readonly number[] {
  if (text === memoText) return memoLines;
  const r: number[] = [];
  for (let ls = 0; ls >= 0 && ls < text.length;) {
    const n = chatStampAt(text, ls);
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    // (A stamp never holds a line break, so the message starts on the same line.)
    if (n >= 0) r.push(ls, ls + n, le);
    ls = le + 1;
  }
  memoText = text;
  memoLines = r;
  return r;
}

// ---- Speakers (issue 15, round 12, det-chat12) ----
// The speaker of a chat or message line: one to three capitalised words, the last perhaps an initial ("Kalle P"), or after
// a stamp one word in lower case, before ": ". The shapes come from chat and SMS exports and from hand-copied chats: after a stamp, perhaps with a dash
// ("[12:03] Lillen:", "12:03 – Dragan:", "2025-09-03, 20:11 - Jocke:"), with the time after the speaker ("Tjorven 14:02:",
// "Myran (19:30):", "Sune, 19:15:") or after a bullet ("- Nisse: vem tar grillen?").
const DIRECTION = '(?:Från|Till|From|To|Inkommande från|Utgående till)';
const SPEAKER_WORDS = String.raw`\p{Lu}[\p{Ll}'’-]*(?:[ \u00a0]\p{Lu}[\p{Ll}'’-]*){0,2}`;
// After a stamp a chat's nickname may be written in lower case too ("[21:02] lillen: kan jag …").
const AFTER_STAMP = new RegExp(String.raw`(?:[-–—][ \u00a0]+)?(${SPEAKER_WORDS}|\p{Ll}[\p{Ll}'’-]+):[ \u00a0]`, 'uy');
// An SMS log's direction may stand before the speaker, and a date before the time: "Från Tjorven 2025-06-01 19:20: …".
const TIME_AFTER = new RegExp(String.raw`(?:[-–—•*][ \u00a0]+)?(${DIRECTION}[ \u00a0]+)?(${SPEAKER_WORDS})(?:,?[ \u00a0]+\(?(?:\d{4}-\d\d-\d\d[ \u00a0]+)?\d{1,2}[:.]\d\d\)?):[ \u00a0]`, 'uy');
const AFTER_BULLET = new RegExp(String.raw`[-–—•*][ \u00a0]+(${SPEAKER_WORDS}):[ \u00a0]`, 'uy');
// Round 13: an IRC log's nickname in angle brackets, first on the line or after a stamp ("<Tjorven> hej", "[10:42]
// <Mackan> hej"), and a speaker first on a line without a time before a message that starts in lower case or with a
// symbol ("Mackan: har du fixat fakturan?"); a field's value starts with a capital or a digit ("Namn: Ola Berg").
const IRC_NICK = /[ 	]*<(\p{L}[\p{L}\d_|^`-]{0,19})>[  ]/uy;
// Markup that a text copied from a web page may keep first on a line ("<p> Hej", "<br> ") is no nickname.
const HTML_TAG = /^(?:a|b|i|u|s|p|q|br|hr|em|li|ol|ul|dl|dt|dd|td|th|tr|h[1-6]|div|span|strong|small|table|tbody|thead|html|head|body|title|font|center|pre|code|img|sup|sub|blockquote|section|article|header|footer|nav|main|form|input|label|option|select|button|script|style|meta|link)$/i;
/** The nickname's span at an IRC line's start `from` (perhaps after blanks), pushed to `r` with stamp kind 4. */
function pushNick(text: string, from: number, r: number[]): void {
  IRC_NICK.lastIndex = from;
  const n = IRC_NICK.exec(text);
  if (n !== null && !HTML_TAG.test(n[1]!)) r.push(IRC_NICK.lastIndex - 2 - n[1]!.length, IRC_NICK.lastIndex - 2, 4);
}
const BARE = new RegExp(String.raw`(${SPEAKER_WORDS}):[ \u00a0]+(?=\p{Ll}|[^\p{L}\p{N}\s])`, 'uy');

/**
 * The speakers of a text's chat and message lines, as triples [start, end, stamped] in one flat array (the stamped lines
 * first); `stamped` is 1 where a time stands beside the speaker (a stamp first on the line, or the time after the
 * speaker), 2 where an SMS log's direction stands before it too ("Från Tjorven 19:20:"), 0 after a bullet alone; round 13:
 * 3 first on a line without a time next to another such line, 4 an IRC log's nickname in angle brackets. Lines are found from the chat lines and from each ": " near a line's start (no pattern runs over every
 * line).
 */
export function chatSpeakers(text: string): number[] {
  const r: number[] = [];
  const lines = chatLines(text);
  for (let i = 0; i < lines.length; i += 3) {
    AFTER_STAMP.lastIndex = lines[i + 1]!;
    const m = AFTER_STAMP.exec(text);
    if (m !== null) { r.push(AFTER_STAMP.lastIndex - 2 - m[1]!.length, AFTER_STAMP.lastIndex - 2, 1); continue; }
    if (text.charCodeAt(lines[i + 1]!) === 60) pushNick(text, lines[i + 1]!, r);
  }
  // IRC lines without a stamp: a "<" first on the line (found from each "<", not from every line).
  for (let p = text.indexOf('<'); p >= 0; p = text.indexOf('<', p + 1)) {
    let ls = p;
    while (ls > 0 && p - ls < 8 && (text.charCodeAt(ls - 1) === 32 || text.charCodeAt(ls - 1) === 9)) ls--;
    if (ls > 0 && text.charCodeAt(ls - 1) !== 10) continue;
    pushNick(text, ls, r);
  }
  // Speakers first on lines without a time, kept only where the line before or after is such a line too (a chat's turns
  // follow each other; a label in running text stands alone): [line start, line end, speaker start, speaker end].
  const bare: number[] = [];
  let stamped = 0;
  // The line's start carried forward (a search back from each ": " was quadratic in a text of one long line).
  let ls = 0;
  let nextBreak = text.indexOf('\n');
  for (let p = text.indexOf(': '); p >= 0; p = text.indexOf(': ', p + 2)) {
    while (nextBreak !== -1 && nextBreak < p) {
      ls = nextBreak + 1;
      nextBreak = text.indexOf('\n', ls);
    }
    if (p - ls > 48) continue;
    // A stamped line was read above.
    while (stamped < lines.length && lines[stamped]! < ls) stamped += 3;
    if (lines[stamped] === ls) continue;
    const b = text.charCodeAt(p - 1);
    const timed = b === 41 || (b >= 48 && b <= 57);
    const c = text.charCodeAt(ls);
    if (!timed && c !== 45 && c !== 0x2013 && c !== 0x2014 && c !== 0x2022 && c !== 42) {
      BARE.lastIndex = ls;
      const m = BARE.exec(text);
      if (m !== null && m.index === ls && ls + m[1]!.length === p) bare.push(ls, nextBreak < 0 ? text.length : nextBreak, ls, p);
      continue;
    }
    const re = timed ? TIME_AFTER : AFTER_BULLET;
    re.lastIndex = ls;
    const m = re.exec(text);
    if (m === null || re.lastIndex !== p + 2) continue;
    const v = timed ? m[2]! : m[1]!;
    const s = m.index + (timed && m[1] !== undefined ? m[0].indexOf(v, m[0].indexOf(m[1]) + m[1].length) : m[0].indexOf(v));
    r.push(s, s + v.length, timed ? (m[1] !== undefined ? 2 : 1) : 0);
  }
  for (let i = 0; i < bare.length; i += 4) {
    const prev = i >= 4 && bare[i - 3]! + 1 === bare[i]!;
    const next = i + 4 < bare.length && bare[i + 1]! + 1 === bare[i + 4]!;
    if (prev || next) r.push(bare[i + 2]!, bare[i + 3]!, 3);
  }
  return r;
}

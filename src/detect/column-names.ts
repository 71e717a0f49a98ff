// Names and initials that stand alone in a cell of a table, a log or a register whose header says nothing (issue 15, round 19).
// A reader who sees "KL", "MJ" and "Lindgren" in the third column of a log reads the column's other short cells as people
// too: the column's own cells are the evidence, as a "Sign" header is for roleCells (columns.ts). Three readings:
//  - a column of a separated block (";", "|", a tab, two spaces or more, ",") where two cells or more already are names or
//    plain initials, and most cells are short: its other cells of a name's or initials' shape are people;
//  - a header cell that names an agent in a form columns.ts does not read ("Upphittare", "Besiktningsman", "Driver"):
//    its column's cells of those shapes are people;
//  - a label of a person's role or a weekday before its value on a separated row ("Förare   Åkesson   Linje 9",
//    "Mån: PER  Tis: AS"): the value is a person.
// Acronyms, units, codes and marks stay out everywhere: status words ("OK", "EJ", "KLAR"), weekdays and months, words of
// any list of common words, places, and an abbreviation of NOT_INITIALS unless the column holds two plain initials.
// Each line is split once and each block's columns read once: linear in the text.
import type { Finding } from './types.ts';
import { BANK_WORD, FIRST_NAMES, NAME_WORDS, NOT_INITIALS, ORG_MARKER, PLACES, SURNAMES, SV_WORDS, isEnglishWord, isSwedishWord } from './name-lexicon.ts';
import { WEEKDAY_WORDS, namesPeople, headerRole } from './columns.ts';
import { isUpper, titleCase } from './name-text.ts';

export const COLUMN_PEER_WHY = 'Initialer eller namn ensamma i en tabellkolumn där andra celler redan är namn eller initialer';
export const AGENT_HEADER_WHY = 'Initialer eller namn i en tabellkolumn vars rubrik anger en person som utför något ("Upphittare", "Besiktningsman")';
export const CREW_WHY = 'Initialer i en lista efter en etikett för vilka som var där eller arbetade ("Besättning: JÖ, KL", "Närvarande: KL, MJ")';
export const ENTRY_SIGN_WHY = 'Initialer som signatur efter datum och klockslag i en journals rubrikrader, där andra rubrikrader har initialer ("2024-03-04  12:10   /AB")';
export const ROSTER_WHY = 'Initialer i ett schema eller en besökslogg: rader av dagar, datum eller tider, kolumner av pass, och samma initialer på flera dagar';
export const ROLE_LABEL_WHY = 'Initialer eller namn efter en etikett för en roll eller en veckodag på en tabellrad ("Förare   Åkesson", "Mån: PER")';

// Answers, marks and status codes of a register's cells, upper case: never a person's initials.
const STATUS = new Set(['OK', 'EJ', 'NEJ', 'JA', 'KLAR', 'KLART', 'AVB', 'PÅG', 'NY', 'NYA', 'SLUT', 'UT', 'IN', 'AV', 'PÅ', 'NA', 'TBD', 'ALLA',
  'X', 'XX', 'XXX', 'J', 'N', 'SA', 'SE', 'OBS', 'ANM', 'ST', 'MM', 'CM', 'KG', 'TIM', 'MIN', 'SEK', 'KR', 'GR', 'VG', 'IG', 'MVG', 'AE', 'ÖVR',
  // A roster's shift, leave and absence codes are no one's initials either, in any column (round 20 rosters): no name of
  // the training or development sets is one.
  'FM', 'EM', 'NATT', 'LEDIG', 'SEM', 'SJUK', 'VAB', 'KOMP']);
// Weekdays and months, Swedish and English, short and long, lower case: a roster's labels, never its people.
const CALENDAR = new Set([...WEEKDAY_WORDS, ...(
  'jan feb mar apr maj jun jul aug sep sept okt nov dec januari februari mars april juni juli augusti september oktober november december ' +
  'may oct').split(' ')]);

// Two capitals alone ("AB", "KL"): a company form or a mark as often as initials.
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
// Initials' shapes: two or three capitals ("KL", "JÖ", "ÅSA"), two capitals and a small letter ("ABe"), dotted ("Ö.L.").
const INITIALS = /^(?:\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|(?:\p{Lu}\.){2,3}|\p{Lu}\.\p{Lu})$/u;
// One name word in title case, or hyphened ("Lindgren", "Åkesson", "Nowak-Wiśniewska").
const TITLE_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
// A header that names who found, checked, drove or handled the row, in forms columns.ts does not read: a Swedish agent
// noun ("upphittare", "besiktningsman", "kontrollant"), its short forms, and English and Finnish role words.
const AGENT_HEADER = /^(?:\p{L}{3,}(?:are|man|män|ant|ör|örer)|handl\.?|sign\.?|init\.?|utf\.?|kontr\.?|ansv\.?|besiktn\.?|inspektör|driver|handler|officer|operator|staff|crew|inspector|technician|agent|initials|signed(?: by)?|checked by|approved by|handled by|kuljettaja|käsittelijä)$/u;
// Agent-shaped nouns that name things, not people: a meter, a container, a counter, a holder.
const THING_AGENT = /(?:mätare|behållare|räknare|hållare|spärrare|tömmare|radiator|vattenmätare|elmätare|nummer|kalender|timmar|dagar|veckor|månader|summa)$/u;
// A person's role as a row's label before its value, lower case, without a colon or a dot.
const ROLE_LABEL = /^(?:förare|chaufför|handl|handläggare|sign|attest|utf|utförare|ansvarig|ansv|tekniker|montör|kontroll|kontrollant|besiktningsman|upphittare|personal|tjänstgörande|driver|handler|staff|crew)$/u;

const DATE_OR_TIME = /^(?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}(?:[-\/]\d{2,4})?|\d{1,2}[:.]\d\d)(?:[ T].{0,12})?$/;

const CAPS_NAME = /^\p{Lu}[\p{Lu}'-]+,?(?: \p{Lu}[\p{Lu}'-]+){1,3}$/u;
const SURNAME_FIRST = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?, \p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?$/u;

interface Row {
  /** Where the row's line starts. */
  ls: number;
  cells: [number, number][];
}

/** The separator of a line, by the first that parts it into cells: ";", "|", a tab, two spaces or more, or ",". */
function separatorOf(text: string, a: number, b: number): string | undefined {
  let semi = 0, bar = 0, tab = 0, comma = 0, spaced = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 59) semi++;
    else if (c === 124) bar++;
    else if (c === 9) tab++;
    else if (c === 44) comma++;
    else if (c === 32 && text.charCodeAt(i + 1) === 32 && i > a && text.charCodeAt(i - 1) !== 32) spaced++;
  }
  if (semi >= 2) return ';';
  if (bar >= 2) return '|';
  if (tab >= 1) return '\t';
  if (spaced >= 1) return '  ';
  if (comma >= 2) return ',';
  return undefined;
}

/** The trimmed cells of the line [a, b) parted by `sep`; empty cells kept, so that columns line up. */
function cellsOf(text: string, a: number, b: number, sep: string): [number, number][] {
  const r: [number, number][] = [];
  const push = (s: number, e: number): void => {
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9 || text.charCodeAt(s) === 34)) s++;
    while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9 || text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 34)) e--;
    r.push([s, e]);
  };
  let s = a;
  if (sep === '  ') {
    while (s < b && text.charCodeAt(s) === 32) s++;
    for (let i = s; i < b; i++) {
      if (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) === 32) {
        push(s, i);
        while (i < b && text.charCodeAt(i) === 32) i++;
        s = i;
      }
    }
    push(s, b);
    return r;
  }
  const code = sep.charCodeAt(0);
  for (let i = a; i < b; i++) {
    if (text.charCodeAt(i) === code) {
      push(s, i);
      s = i + 1;
    }
  }
  push(s, b);
  // A '|' table's outer bars leave an empty cell at each end.
  if (sep === '|') {
    if (r.length > 0 && r[0]![0] === r[0]![1]) r.shift();
    if (r.length > 0 && r[r.length - 1]![0] === r[r.length - 1]![1]) r.pop();
  }
  return r;
}

/**
 * The rows of a block parted by spaces, each with one cell per column, a column being a place in the line where cells of
 * two rows or more start (round 20): a log whose note column is empty on some rows ("2024-03-06  10:00  Besök") or whose
 * note ran over a column keeps its columns. A cell that starts elsewhere belongs to no column; a row with no cell in a
 * column has an empty one there. Rows × columns, and a column takes two cells: linear in the block.
 */
function spacedColumns(rows: Row[]): Row[] {
  const seen = new Map<number, number>();
  for (const r of rows) for (const [s] of r.cells) seen.set(s - r.ls, (seen.get(s - r.ls) ?? 0) + 1);
  const at: number[] = [];
  for (const [k, n] of seen) if (n >= 2) at.push(k);
  if (at.length < 2) return [];
  at.sort((x, y) => x - y);
  const index = new Map<number, number>();
  for (let i = 0; i < at.length; i++) index.set(at[i]!, i);
  return rows.map((r) => {
    const cells: [number, number][] = at.map((k) => [r.ls + k, r.ls + k]);
    for (const c of r.cells) {
      const i = index.get(c[0] - r.ls);
      if (i !== undefined) cells[i] = c;
    }
    return { ls: r.ls, cells };
  });
}

/** Whether the value is a word of a list of common words, a calendar word or a status code, in any case. */
function wordLike(v: string): boolean {
  const w = v.toLowerCase();
  return CALENDAR.has(w) || STATUS.has(v.toUpperCase()) || SV_WORDS.has(w) || isSwedishWord(w, false) || isEnglishWord(v);
}

/** Whether `v` is plain initials: an initials' shape that is no abbreviation, status code or word. */
function plainInitials(v: string): boolean {
  if (!INITIALS.test(v)) return false;
  const u = v.replace(/\./g, '').toUpperCase();
  return !NOT_INITIALS.has(u) && !STATUS.has(u) && !BANK_WORD.has(v.toLowerCase()) && !CALENDAR.has(v.toLowerCase()) && (v.indexOf('.') >= 0 || !wordLike(v));
}

/** Whether `v` has initials' shape and is no status, code, calendar word or abbreviation of NOT_INITIALS ("KL" is). */
function looseInitials(v: string): boolean {
  const u = v.replace(/\./g, '').toUpperCase();
  return INITIALS.test(v) && !STATUS.has(u) && !NOT_INITIALS.has(u) && !BANK_WORD.has(v.toLowerCase()) && !CALENDAR.has(v.toLowerCase());
}

// Two to four words of a name, each with a capital first: "Trần Thị Hoa", "WONGSAKUL Somchai", "Kaisa Niemi-Lindholm".
const NAME_WORDS_CELL = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}$/u;
/** Whether the cell [s, e) is a name in part covered by a finding, its other words no common word, place, firm's word or code. */
function partName(text: string, s: number, e: number, covered: Uint8Array): boolean {
  if (e - s > 40) return false;
  let some = false;
  let all = true;
  for (let i = s; i < e; i++) {
    if (text.charCodeAt(i) === 32) continue;
    if (covered[i]) some = true;
    else all = false;
  }
  if (!some || all) return false;
  const v = text.slice(s, e);
  if (!NAME_WORDS_CELL.test(v)) return false;
  let at = s;
  for (const w of v.split(' ')) {
    const from = at;
    at += w.length + 1;
    if (covered[from]) continue;
    const t = titleCase(w);
    if (w.length < 2 || STATUS.has(w.toUpperCase()) || CALENDAR.has(w.toLowerCase()) || NOT_INITIALS.has(w.toUpperCase()) || ORG_MARKER.test(t) ||
        headerRole(w) !== undefined || (PLACES.has(t) && !SURNAMES.has(t) && !FIRST_NAMES.has(t)) ||
        (wordLike(w) && !SURNAMES.has(t) && !FIRST_NAMES.has(t))) return false;
  }
  return true;
}

const TWO_WORDS = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
/**
 * Whether `v` is two title-case words of a person's name in either order ("Anna Berg", "Strand Karin", "Ristin Nuorgam"):
 * one of them in the given names' or surnames' lists, each a name of the lists or no word at all, neither a place, a
 * weekday or month, a header or a firm's word ("Bygg", "Buss").
 */
function twoWordName(v: string): boolean {
  const m = TWO_WORDS.exec(v);
  if (m === null) return false;
  const words = [m[1]!, m[2]!];
  if (!words.some((w) => (FIRST_NAMES.has(w) || SURNAMES.has(w)) && !PLACES.has(w))) return false;
  return words.every((w) => !CALENDAR.has(w.toLowerCase()) && !ORG_MARKER.test(w) && headerRole(w) === undefined &&
    (PLACES.has(w) ? FIRST_NAMES.has(w) || SURNAMES.has(w) : true) && (FIRST_NAMES.has(w) || SURNAMES.has(w) || !wordLike(w)));
}

/** Whether `v` is two or three capitals that are no status, mark or calendar word, though perhaps an abbreviation ("KL"). */
function markInitials(v: string): boolean {
  return /^\p{Lu}{2,3}$/u.test(v) && !STATUS.has(v) && !CALENDAR.has(v.toLowerCase());
}

/** Whether `v` is one word of the given names' or surnames' lists in title case, though a common word too ("Strand", "Dag"), and no place, weekday or header. */
function listedName(v: string): boolean {
  return TITLE_WORD.test(v) && v.length >= 2 && (SURNAMES.has(v) || FIRST_NAMES.has(v)) && !PLACES.has(v) && !CALENDAR.has(v.toLowerCase()) && headerRole(v) === undefined;
}

/** Whether `v` is one name word in title case that no list of words or places has, unless a name list has it too. */
function loneName(v: string): boolean {
  if (!TITLE_WORD.test(v) || v.length < 3) return false;
  const named = FIRST_NAMES.has(v) || SURNAMES.has(v) || NAME_WORDS.has(v);
  if (CALENDAR.has(v.toLowerCase()) || headerRole(v) !== undefined) return false;
  if (!named) return false;
  if (PLACES.has(v) && !SURNAMES.has(v) && !FIRST_NAMES.has(v)) return false;
  return !(SV_WORDS.has(v.toLowerCase()) || isSwedishWord(v, false) || isEnglishWord(v));
}

/**
 * Staff initials and lone names in table cells that no header names (see the file's opening): pushed to `out` with
 * their why, plain initials kept in `initials` so that the name pass finds them again elsewhere.
 */
export function columnPeers(text: string, out: Finding[], initials: Set<string>, coverage: () => Uint8Array): void {
  if (text.indexOf('\n') < 0) return;
  const covered = coverage();
  // A whole name may widen a finding of part of it ("KUHMUNEN" of "KUHMUNEN, RISTEN ÁILE"): then only a cell covered
  // throughout is skipped.
  const add = (s: number, e: number, why: string, widen = false): void => {
    if (widen ? covered.subarray(s, e).every((x, i) => x === 1 || text.charCodeAt(s + i) === 32 || text.charCodeAt(s + i) === 44) : covered[s] || covered[e - 1]) return;
    out.push({ type: 'name', start: s, end: e, score: 0.6, explanation: why });
    covered.fill(1, s, e);
    const v = text.slice(s, e);
    // Initials after a role's label are a person's wherever else they stand ("Besiktningsman: LÅN" and "LÅN" in the
    // protocol's Sign column), as the name rules keep them: kept though they are also a word (round 20).
    if (e - s <= 3 && (plainInitials(v) || (why === ROLE_LABEL_WHY && looseInitials(v)))) initials.add(v);
  };
  let block: Row[] = [];
  let blockSep: string | undefined;
  // The last line before the block, which may be its header when its cells are parted otherwise ("Nr  Tid  Nation").
  let prev: Row | undefined;
  let above: Row | undefined;
  const flush = (): void => {
    if (block.length >= 3) {
      const rows = blockSep === '  ' ? spacedColumns(block) : block;
      if (rows.length >= 3) {
        readBlock(text, rows, blockSep === '  ', above, covered, add);
        rosterCells(text, rows, above, add);
      }
    }
    block = [];
    blockSep = undefined;
  };
  for (let a = 0; a <= text.length;) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    const sep = b - a <= 400 ? separatorOf(text, a, b) : undefined;
    if (sep === undefined) {
      // A markdown table's rule ("|---|---|") belongs to its block.
      if (!(blockSep === '|' && /^[\s|:-]+$/.test(text.slice(a, b)) && b > a)) {
        flush();
        prev = b > a ? { ls: a, cells: [[a, b]] } : prev;
      }
    } else {
      const cells = cellsOf(text, a, b, sep);
      // Rows parted by spaces stay one block whatever their number of cells (an empty cell leaves no mark there): their
      // columns are told by where the cells start (spacedColumns).
      if (sep !== blockSep || (sep !== '  ' && block.length > 0 && block[0]!.cells.length !== cells.length)) {
        flush();
        above = prev;
      }
      blockSep = sep;
      const row = { ls: a, cells };
      block.push(row);
      prev = row;
      roleLabels(text, cells, add);
    }
    a = b + 1;
  }
  flush();
  crewLists(text, add);
  entrySigns(text, covered, add);
}

// A journal's entry heading: a date, a time and the writer's signature after a slash, the entry's text below it
// ("2024-03-04  12:10   /AB"). The headings stand apart, so no block of rows holds them: their signatures are a column
// of their own.
const ENTRY_SIGN = /^(?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2})[ \t]+\d{1,2}[:.]\d\d[ \t]+\/[ \t]?(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})(?![\p{L}\d])/gmu;

/**
 * The signatures of a journal's entry headings (round 20): where two or more of them are initials the other rules found,
 * the others of initials' shape are people too, though they are a company form or an abbreviation ("AB", "KL"), as under
 * a "Sign" header. One scan of the text.
 */
function entrySigns(text: string, covered: Uint8Array, add: (s: number, e: number, why: string) => void): void {
  if (text.indexOf('/') < 0) return;
  const signs: [number, string][] = [];
  let found = 0;
  ENTRY_SIGN.lastIndex = 0;
  for (let m = ENTRY_SIGN.exec(text); m; m = ENTRY_SIGN.exec(text)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (covered[at]) found++;
    else signs.push([at, m[1]!]);
  }
  if (found < 2) return;
  for (const [at, v] of signs) if (markInitials(v) || plainInitials(v)) add(at, at + v.length, ENTRY_SIGN_WHY);
}

// A label of who was there or who worked, and its list of initials: "Besättning: JÖ, KL", "Crew: AB / MJ", "Närvarande: KL,
// MJ och AB"; a dotted short form of a handler's or a signer's label needs no colon ("handl. PÖ" in a stamp). One scan of the text for the labels; each list is read to its end once.
export const CREW_LABEL = /(?<![\p{L}])(?:besättning|besättningen|crew|närvarande|närv\.|personal|personalen|bemanning|team|justerare|justerat|deltagare|deltog|jourhavande|jour|tjänstgörande|handl\.|sign\.|utf\.|förare|staff|present)[ \u00a0]*:[ \u00a0]*|(?<![\p{L}])(?:handl|sign|utf|ansv|kontr)\.[ \u00a0]+(?=\p{Lu})/giu;
const CREW_ITEM = /(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}|(?:\p{Lu}\.){2,3})(?![\p{L}\d])((?:[ \u00a0]*[,/&][ \u00a0]*|[ \u00a0]+(?:och|samt|and)[ \u00a0]+))?/uy;

// The same pattern tried only where a label can start (round 20: the whole-text scan with its look-behind at every character
// was the dearest line of the name pass, 4–5 % of it): every label ends in a colon or a dot, so its start is the run of
// letters before one of them (over spaces and a dot). The global scan's matches are these starts where the sticky pattern
// matches, in order; a test checks the two readings agree.
const CREW_LABEL_AT = new RegExp(CREW_LABEL.source, 'iuy');
const LETTER = /\p{L}/u;

/** The starts where a crew label can begin, ascending: the run of letters before each colon or dot (over spaces and a dot). */
export function crewLabelStarts(text: string): number[] {
  const starts: number[] = [];
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c !== 58 && c !== 46) continue;
    let q = p;
    if (c === 58) {
      while (q > 0 && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 0xa0)) q--;
      if (q > 0 && text.charCodeAt(q - 1) === 46) q--;
    }
    let w = q;
    while (w > 0 && LETTER.test(text[w - 1]!)) w--;
    if (w < q && w !== starts[starts.length - 1]) starts.push(w);
  }
  return starts;
}

/** The crew labels of `text`, as the global CREW_LABEL scan finds them when each visit returns where the scan resumes. */
export function crewLabels(text: string, visit: (start: number, end: number) => number): void {
  let from = 0;
  for (const w of crewLabelStarts(text)) {
    if (w < from) continue;
    CREW_LABEL_AT.lastIndex = w;
    const m = CREW_LABEL_AT.exec(text);
    if (m === null) continue;
    from = visit(w, w + m[0].length);
  }
}

function crewLists(text: string, add: (s: number, e: number, why: string) => void): void {
  crewLabels(text, (start, end) => {
    const items: [number, string][] = [];
    let at = end;
    for (;;) {
      CREW_ITEM.lastIndex = at;
      const i = CREW_ITEM.exec(text);
      if (i === null) break;
      items.push([at, i[1]!]);
      at = CREW_ITEM.lastIndex;
      if (i[2] === undefined) break;
    }
    // A list: every item of initials' shape and no status or calendar word, one of them plain initials; a company form or
    // a mark among two or more is one more person ("Crew: AB / MJ"); a single item only if plain.
    const item = (v: string): boolean => looseInitials(v) || (items.length >= 2 && TWO_CAPITALS.test(v) && !STATUS.has(v) && !CALENDAR.has(v.toLowerCase()));
    if (items.length > 0 && items.every(([, v]) => item(v)) && items.some(([, v]) => plainInitials(v))) {
      for (const [s, v] of items) add(s, s + v.length, CREW_WHY);
    }
    return Math.max(end, at);
  });
}

// A label and its value in one cell ("Mån: PER"), and a label alone in its cell; compiled once, not per cell.
const LABEL_AND_VALUE = /^(\p{L}{2,14}\.?):?[ \u00a0]+(\S+)$/u;
const LABEL_CELL = /^\p{L}{2,14}\.?:?$/u;

/** A role's or a weekday's label cell before a value on one row: "Förare   Åkesson", "Mån: PER", "Handl. LN". */
function roleLabels(text: string, cells: [number, number][], add: (s: number, e: number, why: string) => void): void {
  for (let j = 0; j < cells.length; j++) {
    const [s, e] = cells[j]!;
    const cell = text.slice(s, e);
    // "Mån: PER" in one cell.
    const m = LABEL_AND_VALUE.exec(cell);
    let label: string | undefined;
    let vs = -1;
    let ve = -1;
    let colon = false;
    if (m !== null) {
      label = m[1]!;
      colon = cell.charCodeAt(label.length) === 58;
      vs = s + cell.length - m[2]!.length;
      ve = e;
    } else if (j + 1 < cells.length && LABEL_CELL.test(cell)) {
      label = cell.replace(/:$/, '');
      colon = cell.endsWith(':');
      [vs, ve] = cells[j + 1]!;
    }
    if (label === undefined || vs >= ve) continue;
    const l = label.toLowerCase().replace(/\.$/, '');
    const v = text.slice(vs, ve).replace(/[,;]$/, '');
    ve = vs + v.length;
    const day = colon && CALENDAR.has(l) && l.length <= 7;
    if (!day && !ROLE_LABEL.test(l)) continue;
    if (plainInitials(v) || (day && isUpper(v.charCodeAt(0)) && v.length >= 2 && v.length <= 3 && v === v.toUpperCase() && !STATUS.has(v) && !NOT_INITIALS.has(v) && !CALENDAR.has(v.toLowerCase())) ||
        (!day && (loneName(v) || listedName(v) || looseInitials(v)))) add(vs, ve, ROLE_LABEL_WHY);
  }
}

/** The columns of one block of rows parted alike: a column of people by its cells or by an agent's header. */
function readBlock(text: string, rows: Row[], spaced: boolean, above: Row | undefined, covered: Uint8Array, add: (s: number, e: number, why: string, widen?: boolean) => void): void {
  const width = rows[0]!.cells.length;
  if (width < 2) return;
  // A log or a journal: most rows carry a date or a time. Initials alone are evidence of people only there; a register
  // without dates has codes of two capitals as often ("Miljö;MB;4").
  let datedRows = 0;
  for (const row of rows) if (row.cells.some(([s, e]) => e - s <= 25 && DATE_OR_TIME.test(text.slice(s, e)))) datedRows++;
  const dated = datedRows * 2 >= rows.length;
  // Whether the first row is data, not a header: a digit in one of its cells.
  const dataFirst = rows[0]!.cells.some(([s, e]) => /\d/.test(text.slice(s, e)));
  for (let j = 0; j < width; j++) {
    let filled = 0;
    let evidence = 0;
    let plain = 0;
    let found = 0;
    let short = 0;
    // Cells of initials' shape that are no status, code or abbreviation ("KL" too), and whether every cell is one.
    let loose = 0;
    // Cells of a name's shape at all: found, initials' shape, or a word of the name lists though also a common word.
    let nameish = 0;
    const upper = new Set<string>();
    for (const row of rows) {
      const [s, e] = row.cells[j]!;
      if (e <= s) continue;
      filled++;
      const v = text.slice(s, e);
      // A short cell: a name's, a code's or a word's, not a description's (four words at most).
      if (e - s <= 32 && v.split(' ').length <= 4) short++;
      if (covered[s] && covered[e - 1]) {
        evidence++;
        found++;
        if (INITIALS.test(v)) upper.add(v.toUpperCase());
      } else if (plainInitials(v)) {
        evidence++;
        plain++;
        upper.add(v.toUpperCase());
      } else if (loneName(v)) evidence++;
      if (looseInitials(v)) loose++;
      if (listedName(v) || (covered[s] && covered[e - 1]) || markInitials(v) || loneName(v) || twoWordName(v)) nameish++;
    }
    let header = rows[0]!.cells[j]!;
    let head = text.slice(header[0], header[1]).toLowerCase().replace(/:$/, '');
    let ownHeader = true;
    // The line above the block, read at the same place in its line, when the block's first row is data: a cell of it
    // found or with a digit, or any digit on the row (a date, a time: "2024-03-04  12:10  Ringt kund  Lindgren" is no
    // header whose "Lindgren" names the column; round 20).
    if (dataFirst || covered[header[0]] || /\d/.test(head) || INITIALS.test(text.slice(header[0], header[1]))) {
      const from = header[0] - rows[0]!.ls;
      const to = Math.max(header[1], header[0] + 1) - rows[0]!.ls;
      let read = false;
      if (above !== undefined) {
        for (const c of above.cells) {
          if (c[1] - above.ls > from && c[0] - above.ls < to) {
            header = c;
            head = text.slice(c[0], c[1]).toLowerCase().replace(/:$/, '');
            read = true;
            break;
          }
        }
      }
      ownHeader = false;
      if (!read && dataFirst) {
        header = [header[0], header[0]];
        head = '';
      }
    }
    const agentHeader = AGENT_HEADER.test(head) && !THING_AGENT.test(head) && !namesPeople(headerRole(head));
    // A header that names something else ("Nation", "avtal", "Status") makes its column's capitals codes, whatever their
    // shape ("PL", "EL", "FV"): the cells read as people only in a block without a header, or under a person's header.
    const named = !covered[header[0]] && header[1] - header[0] >= 3 && /^[\p{L}_./ -]+$/u.test(head) && !INITIALS.test(text.slice(header[0], header[1])) &&
      (wordLike(head) || headerRole(head) !== undefined || head.indexOf('_') >= 0);
    // Cells parted by spaces line up by place alone, and a code column ("PL", "LT" under "Nation" some lines up) looks like
    // initials: there a name the other rules found must be among the evidence.
    const peers = evidence >= 2 && short * 10 >= filled * 6 && (!named || namesPeople(headerRole(head))) &&
      (found > 0 || (dated && (!spaced || (loose === filled && plain >= 2))) || evidence - plain >= 2);
    // A column of three cells or more, each of a name's shape and one a name the other rules found, in a roster or a log
    // ("Karin", "Strand", "Berg", "ÅS" beside the weekdays): its others are people though each is also a word (round 20).
    const weak = found >= 1 && filled >= 3 && nameish === filled && (!named || namesPeople(headerRole(head)));
    if (!peers && !agentHeader && !weak) continue;
    const why = agentHeader ? AGENT_HEADER_WHY : COLUMN_PEER_WHY;
    for (let r = agentHeader && ownHeader ? 1 : 0; r < rows.length; r++) {
      const [s, e] = rows[r]!.cells[j]!;
      if (e <= s) continue;
      const v = text.slice(s, e);
      // A whole name in capitals or surname first in a column of found names ("KUHMUNEN, RISTEN ÁILE", "Eklöv, Johanna"),
      // one word of it no common word; a part of it the other rules found is widened to the cell.
      if (found >= 2 && (CAPS_NAME.test(v) || SURNAME_FIRST.test(v)) && v.split(/,? /).some((w) => !wordLike(w) && !NOT_INITIALS.has(w.toUpperCase()) && !PLACES.has(titleCase(w)))) {
        add(s, e, why, true);
        continue;
      }
      // A name the other rules found in part ("Trần Thị" of "Trần Thị Hoa", "Somchai" of "WONGSAKUL Somchai") in a column
      // of names is widened to its cell when every word left has a name's shape and is no common word (round 20).
      if ((found >= 2 || weak) && partName(text, s, e, covered)) {
        add(s, e, why, true);
        continue;
      }
      if (covered[s]) continue;
      // A given name and a surname in either order ("Anna Berg", "Strand Karin"): one word of the name lists, neither a
      // common word only, a place or a firm's word (round 20).
      if (twoWordName(v)) {
        add(s, e, why);
        continue;
      }
      if (plainInitials(v)) add(s, e, why);
      // An abbreviation in a column with two plain initials is one more person's ("AB", "KL" among "MJ" and "JÖ").
      else if (plain >= 2 && TWO_CAPITALS.test(v) && !STATUS.has(v) && !CALENDAR.has(v.toLowerCase())) add(s, e, why);
      // Initials the column has in capitals, written small in one cell ("jw" below "JW").
      else if (/^\p{Ll}{2,3}$/u.test(v) && upper.has(v.toUpperCase())) add(s, e, why);
      // In a column of names only, initials that are also an abbreviation ("KL", "ÅS").
      else if (weak && markInitials(v)) add(s, e, why);
      // Under an agent's header, initials that are also a word ("KL", "ÅL").
      else if (agentHeader && INITIALS.test(v) && !STATUS.has(v.toUpperCase()) && !NOT_INITIALS.has(v.toUpperCase()) && !CALENDAR.has(v.toLowerCase())) add(s, e, why);
      // The column is the evidence: a surname of the lists is one there though it is also a word ("Lindgren", "Ek").
      else if (loneName(v) || (TITLE_WORD.test(v) && (SURNAMES.has(v) || ((found >= 2 || weak) && FIRST_NAMES.has(v))) && !PLACES.has(v) && !CALENDAR.has(v.toLowerCase()) && headerRole(v) === undefined)) add(s, e, why);
    }
  }
}

// A care unit's roster and a visit log where no cell is found yet (round 20 rosters): rows of weekdays, dates or times,
// columns of shifts, times or weekdays (or the reverse, or a header "Personal", "Pass", "Schema", "Bemanning"), cells of
// two or three capitals with the same initials on several rows. A reader sees staff there; nothing else in such a grid is
// evidence, so the grid's shape and the repeats are. Shift, leave and status codes, school subjects, weekdays, months and
// the abbreviations of NOT_INITIALS stay out, whatever the grid.
const SHIFT = /^(?:förmiddag|eftermiddag|kväll|kvällar|natt|nätter|dag|dagtid|morgon|fm|em|kv|dagpass|kvällspass|nattpass|morgonpass|tidig|sen|sent|dag\/kväll|helg|jour|beredskap|morning|afternoon|evening|night|day|early|late)(?:[ .:]+\d{1,2}(?:[:.]\d\d)?[ ]?[-–][ ]?\d{1,2}(?:[:.]\d\d)?)?$/iu;
// A weekday with or without a date after it ("Mån", "MÅN 4/3", "Måndag 4 mars", "Mån 2024-03-04").
const DAY_LABEL = new RegExp(`^(?:${WEEKDAY_WORDS.join('|')})\\.?(?:[ ,]+(?:\\d{4}-\\d\\d-\\d\\d|\\d{1,2}[/.]\\d{1,2}(?:[/.-]\\d{2,4})?|\\d{1,2}(?: \\p{L}{3,9})?))?$`, 'iu');
// A date or a time alone, or a span of times ("2024-03-04", "4/3", "04.03", "07:00–15:30", "7–16", "v. 12").
const DATE_LABEL = /^(?:\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}(?:[:.]\d\d)?[ ]?[-–][ ]?\d{1,2}(?:[:.]\d\d)?|\d{1,2}[:.]\d\d|v\.? ?\d{1,2})$/iu;
// A roster's corner or heading word.
const ROSTER_HEAD = /^(?:personal|pass|arbetspass|schema|bemanning|bemanningsschema|arbetsschema|personalschema|tjänstgöring)$/iu;
const CORNER = /^(?:dag|datum|veckodag|vecka|v\.?|tid|klockslag|dag\/pass|pass\/dag|day|date|time|shift)$/iu;
// Codes a roster's cells hold that are no one's initials: shifts, leave, absence, training, school subjects.
const ROSTER_CODES = new Set(('FM EM NA NATT KV KVÄLL DAG LEDIG LED SEM SJUK VAB KOMP FL TJL UTB KURS ATK JOUR BER FRI EXT VIK ' +
  'SV SVA MA EN ENG NO SO BI KE FY HI GE RE SH TK IDH MU BL SL HKK TY FR SP MOD DE ' +
  // Wards and units a roster places its staff in.
  'IVA AVA HIA BUP VC VÅC MAVA KAVA SÄBO HTJ DV LSS').split(' '));

const rosterAxis = (v: string): boolean => DAY_LABEL.test(v) || DATE_LABEL.test(v) || SHIFT.test(v);
/** Whether `v` is two or three capitals that may be a person's initials in a roster: no code, status, calendar word or abbreviation, and three of them no word ("BIL"). */
function rosterInitials(v: string): boolean {
  return /^\p{Lu}{2,3}$/u.test(v) && !ROSTER_CODES.has(v) && !STATUS.has(v) && !NOT_INITIALS.has(v) && !CALENDAR.has(v.toLowerCase()) &&
    !BANK_WORD.has(v.toLowerCase()) && (v.length === 2 || !wordLike(v));
}
/** The initials of one roster cell: one, or several parted by "/", "," or "+" ("KL/PÖ"), each with its start; undefined if any is not. */
function rosterTokens(text: string, s: number, e: number): [number, string][] | undefined {
  const r: [number, string][] = [];
  const re = /[^\s/,+&]+/gu;
  const v = text.slice(s, e);
  for (let m = re.exec(v); m; m = re.exec(v)) {
    if (!rosterInitials(m[0])) return undefined;
    r.push([s + m.index, m[0]]);
  }
  return r.length > 0 && r.length <= 3 ? r : undefined;
}

/** A roster's grid or a visit log's initials column in one block of rows parted alike (see above): its cells are people. */
function rosterCells(text: string, all: Row[], above: Row | undefined, add: (s: number, e: number, why: string) => void): void {
  // A markdown table's rule ("|---|---|") is no row of the grid.
  const rows = all.filter((r) => !r.cells.every(([s, e]) => /^[\s:-]*$/.test(text.slice(s, e))));
  if (rows.length < 3) return;
  const width = rows[0]!.cells.length;
  if (width < 2 || width > 16) return;
  const cell = (r: Row, j: number): string => text.slice(r.cells[j]![0], r.cells[j]![1]);
  // The grid: a header row whose cells after the corner are shifts, times or weekdays (or a roster's heading word in the
  // header or the line above), and rows labelled by weekdays, dates, times or shifts.
  const head = rows[0]!;
  const corner = cell(head, 0);
  let heads = 0;
  let headFilled = 0;
  for (let j = 1; j < width; j++) {
    const v = cell(head, j);
    if (v === '') continue;
    headFilled++;
    if (rosterAxis(v)) heads++;
  }
  const headWord = ROSTER_HEAD.test(corner) || (above !== undefined && above.cells.some(([s, e]) => ROSTER_HEAD.test(text.slice(s, e).replace(/:$/, ''))));
  const gridHead = (corner === '' || CORNER.test(corner) || ROSTER_HEAD.test(corner) || rosterAxis(corner)) && headFilled >= 1 &&
    (heads === headFilled || (headWord && heads * 2 >= headFilled));
  if (gridHead) {
    let labelled = 0;
    for (let r = 1; r < rows.length; r++) if (rosterAxis(cell(rows[r]!, 0))) labelled++;
    if (labelled === rows.length - 1 && labelled >= 2) readRoster(text, rows, 1, 1, add);
  }
  // A visit log: most rows open with a date or a time, then a column of initials, then the visit's activity in words.
  let dated = 0;
  for (const r of rows) if (rosterAxis(cell(r, 0)) || DATE_OR_TIME.test(cell(r, 0))) dated++;
  if (dated * 10 < rows.length * 8 || width < 3) return;
  for (let j = 1; j + 1 < width; j++) {
    const h = cell(head, j).toLowerCase().replace(/:$/, '');
    const first = rosterAxis(cell(head, 0)) || DATE_OR_TIME.test(cell(head, 0)) ? 0 : 1;
    // A header that names something else than a person ("Kod", "Enhet") makes the column codes.
    if (first === 1 && h !== '' && (wordLike(h) || headerRole(h) !== undefined) && !namesPeople(headerRole(h))) continue;
    let filled = 0;
    let ok = 0;
    let acts = 0;
    for (let r = first; r < rows.length; r++) {
      const [s, e] = rows[r]!.cells[j]!;
      if (e <= s) continue;
      filled++;
      if (rosterTokens(text, s, e) !== undefined) ok++;
      if (/\p{Ll}{3,}/u.test(cell(rows[r]!, j + 1))) acts++;
    }
    if (filled >= 3 && ok * 10 >= filled * 8 && acts * 10 >= filled * 6) readRoster(text, rows, first, j, add, j + 1, 1);
  }
}

/**
 * The cells of rows [first, …) and columns [c0, c1) of a roster: taken when most are initials and `repeats` people's initials
 * come back on another row (a grid two, a visit log's one column, whose dates and activities are evidence of their own, one).
 */
function readRoster(text: string, rows: Row[], first: number, c0: number, add: (s: number, e: number, why: string) => void, c1 = rows[0]!.cells.length, repeats = 2): void {
  let filled = 0;
  let codes = 0;
  const cells: [number, string][][] = [];
  const seen = new Map<string, Set<number>>();
  for (let r = first; r < rows.length; r++) {
    for (let j = c0; j < c1; j++) {
      const [s, e] = rows[r]!.cells[j]!;
      if (e <= s) continue;
      const v = text.slice(s, e);
      // A mark of no one ("-", "–", "x") is no cell.
      if (/^[-–—x*.]+$/iu.test(v)) continue;
      filled++;
      const t = rosterTokens(text, s, e);
      if (t === undefined) {
        // A shift's, leave's or status code in a person's place ("SEM", "LEDIG") is the roster's too.
        if (ROSTER_CODES.has(v) || STATUS.has(v)) codes++;
        continue;
      }
      cells.push(t);
      for (const [, w] of t) {
        const rs = seen.get(w) ?? new Set<number>();
        rs.add(r);
        seen.set(w, rs);
      }
    }
  }
  // The same initials on two rows or more, and two people or more: staff who come back, not one code on every row.
  let repeated = 0;
  for (const rs of seen.values()) if (rs.size >= 2) repeated++;
  if (cells.length < 3 || cells.length * 2 < filled || cells.length * 10 < (filled - codes) * 7 || repeated < repeats || seen.size < 2) return;
  for (const t of cells) for (const [s, w] of t) add(s, s + w.length, ROSTER_WHY);
}

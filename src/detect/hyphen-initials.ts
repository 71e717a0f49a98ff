// Initials of a double given name, written with a hyphen (issue 15, round 21, det-init21): "K-G" (Karl-Gustav), "A-MS"
// (Ann-Mari Sjöberg), "P-Å B" (Per-Åke Byström), "T-L". The same shape is also a range or a size ("A-Ö", "S-M", "L-XL"),
// so the shape alone says nothing; a careful reader takes the letters for a person when the document says so: a name
// on the same line whose words' first letters spell them (a legend, "A-MS = Ann-Mari Sjöberg", "T-L  Trần Thị Liên, usk",
// or "K-G (Karl-Gustav Wester)"), or taken initials beside them in a list ("handläggare MK, AP och S-EL", "signerad
// Å-B L och H.A."). Then every other occurrence in the document is the same person (a roster's or a signing grid's
// cells, a table's column of who handled it): one sense per document.
import type { Finding } from './types.ts';
import { codeAt, isDigit, isLower, isUpper } from './name-text.ts';

const WHY = 'Initialer för ett dubbelnamn med bindestreck ("K-G", "A-MS", "P-Å B"), som ett namn på samma rad stavar eller som står bland andra initialer';
const AGAIN_WHY = 'Initialer med bindestreck som texten redan visat är en persons ("T-L" i ett signeringsschema)';

const isLetter = (c: number): boolean => isUpper(c) || isLower(c);

interface Form { start: number; end: number; v: string; capitals: string }

/**
 * The hyphenated initials at the hyphen `h`: one capital before it, one or two after it, perhaps a blank and one capital
 * (a surname's, perhaps with a dot) after them; no letter, digit or hyphen on either side.
 */
function formAt(text: string, h: number): Form | null {
  const s = h - 1;
  if (!isUpper(codeAt(text, s))) return null;
  const b = codeAt(text, s - 1);
  if (b >= 0 && (isLetter(b) || isDigit(b) || b === 45 || b === 46)) return null;
  let e = h + 1;
  if (!isUpper(codeAt(text, e))) return null;
  e++;
  if (isUpper(codeAt(text, e))) e++;
  let a = codeAt(text, e);
  if (a >= 0 && (isLetter(a) || isDigit(a) || a === 45)) return null;
  // A surname's initial after one blank: "P-Å B", "U-B S." (not a word: "T-L Bra").
  if ((a === 32 || a === 0xa0) && isUpper(codeAt(text, e + 1))) {
    const after = codeAt(text, e + 2);
    if (after < 0 || !(isLetter(after) || isDigit(after) || after === 45)) {
      e += 2;
      if (codeAt(text, e) === 46 && !isLetter(codeAt(text, e + 1))) e++;
    }
  }
  a = codeAt(text, e);
  if (a === 46 && isLetter(codeAt(text, e + 1))) return null;
  const v = text.slice(s, e);
  let capitals = '';
  for (const ch of v) if (isUpper(ch.charCodeAt(0))) capitals += ch;
  return { start: s, end: e, v: v.endsWith('.') ? v.slice(0, -1) : v, capitals };
}

/** Whether the name text[s, e) spells `capitals`: its first word's first letter, then the first letters of later words, in order. */
function nameSpells(text: string, s: number, e: number, capitals: string): boolean {
  const firsts: string[] = [];
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c) && (i === s || !isLetter(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 45)) firsts.push(text[i]!);
  }
  if (firsts.length < 2 || firsts[0] !== capitals[0]) return false;
  let k = 1;
  for (let j = 1; j < firsts.length && k < capitals.length; j++) if (firsts[j] === capitals[k]) k++;
  return k === capitals.length;
}

// The gap of a list between initials: a comma, "och", "&" or a slash.
const LIST_GAP = String.raw`(?:,[ \u00a0]?|[ \u00a0](?:och|&)[ \u00a0]|[ \u00a0]?\/[ \u00a0]?)`;
const LIST_GAP_BEFORE = new RegExp(`${LIST_GAP}$`);
const LIST_GAP_AFTER = new RegExp(`^${LIST_GAP}`);

/**
 * Hyphenated initials ("K-G", "A-MS", "P-Å B") that a name on their line spells or taken initials stand beside in a list,
 * and every other occurrence of the same letters in the text. One pass over the hyphens; the findings are read once,
 * by line, only when some hyphen has the shape.
 */
export function hyphenInitials(text: string, out: Finding[], coverage: () => Uint8Array): void {
  const forms: Form[] = [];
  for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
    const f = formAt(text, h);
    if (f !== null) forms.push(f);
  }
  if (forms.length === 0) return;
  // The name findings by start, and the starts and ends of the taken initials (a token of two or three capitals).
  const found = out.filter((f) => f.type === 'name').sort((x, y) => x.start - y.start);
  const initialEnds = new Set<number>();
  const initialStarts = new Set<number>();
  for (const f of found) {
    const n = f.end - f.start;
    if (n < 2 || n > 4) continue;
    let caps = true;
    for (let i = f.start; i < f.end; i++) { const c = text.charCodeAt(i); if (!(isUpper(c) || c === 46)) { caps = false; break; } }
    if (caps) { initialEnds.add(f.end); initialStarts.add(f.start); }
  }
  const people = new Set<string>();
  // Where the evidence stands: those occurrences are explained by it, the others as found again.
  const shown = new Set<number>();
  let j = 0;
  for (const f of forms) {
    if (people.has(f.v)) continue;
    const lineStart = text.lastIndexOf('\n', f.start) + 1;
    let lineEnd = text.indexOf('\n', f.end);
    if (lineEnd < 0) lineEnd = text.length;
    // A name on the line, at most 200 characters away, that spells the letters (the findings walked forward with the
    // forms, which come in order: a long line is read in windows, linear).
    const from = Math.max(lineStart, f.start - 200);
    const to = Math.min(lineEnd, f.end + 200);
    while (j < found.length && found[j]!.end <= from) j++;
    let spelt = false;
    for (let k = j; k < found.length && found[k]!.start < to; k++) {
      const g = found[k]!;
      if (g.start >= f.start && g.start < f.end) continue;
      // A name the pass found in two pieces ("Trần Thị" "Liên") is read whole: findings with only blanks between them.
      let e = g.end;
      for (let n = k + 1; n < found.length && found[n]!.start < to && found[n]!.start - e <= 3 && /^[ \u00a0]+$/.test(text.slice(e, found[n]!.start)); n++) e = found[n]!.end;
      if (nameSpells(text, g.start, e, f.capitals)) { spelt = true; break; }
    }
    // Taken initials beside them in a list: "MK, AP och S-EL", "Å-B L och H.A.".
    let listed = false;
    if (!spelt) {
      const before = text.slice(Math.max(0, f.start - 5), f.start);
      const gb = LIST_GAP_BEFORE.exec(before);
      if (gb !== null && initialEnds.has(f.start - gb[0].length)) listed = true;
      const ga = LIST_GAP_AFTER.exec(text.slice(f.end, f.end + 5));
      if (!listed && ga !== null && initialStarts.has(f.end + ga[0].length)) listed = true;
    }
    if (spelt || listed) { people.add(f.v); shown.add(f.start); }
  }
  if (people.size === 0) return;
  const covered = coverage();
  // A finding that took a part of the letters ("Å-B" of "Å-B L", "MS" of "A-MS") is widened to them all.
  const byStart = new Map<number, Finding>();
  for (const g of found) byStart.set(g.start, g);
  for (const f of forms) {
    if (!people.has(f.v)) continue;
    const h = text.indexOf('-', f.start);
    const part = byStart.get(f.start) ?? byStart.get(h + 1);
    if (part !== undefined && part.end <= f.end && part.end > f.start && (part.start === f.start || part.start === h + 1)) {
      part.start = f.start;
      part.end = f.end;
      covered.fill(1, f.start, f.end);
      continue;
    }
    if (covered[f.start] || covered[f.end - 1]) continue;
    out.push({ type: 'name', start: f.start, end: f.end, score: 0.6, explanation: shown.has(f.start) ? WHY : AGAIN_WHY });
    covered.fill(1, f.start, f.end);
  }
}

// Where the rule-based name recogniser (name.ts) asks the learned model (name-model.ts): runs of capitalised words
// that the rules leave open because a word is in no list. Called from one marked block in name.ts.
import type { Finding } from './types.ts';
import { nameLikeness } from './name-model.ts';

/**
 * `INSYN_NAME_MODEL=off` turns the model off (to measure the rules alone, or if it misbehaves on an organisation's
 * text); a benchmark may flip `enabled` between runs to compare both in one process.
 */
export const nameModel = { enabled: process.env.INSYN_NAME_MODEL !== 'off' };

// Thresholds on the model's probability, chosen on the training lists' held-out 10 % and on text outside the dev sets
// (this README, 500 kB of English package READMEs): at 0.9 about three in four names of unseen origins pass, few
// Swedish or English words do, and two such words side by side are rarer still (README, "Beslut").
/** The words of the run that no list knows must score this on average (as log-odds)… */
export const MODEL_THRESHOLD = 0.9;
const MODEL_LOG_ODDS = Math.log(MODEL_THRESHOLD / (1 - MODEL_THRESHOLD));
/** …and each at least this. */
const EACH_THRESHOLD = 0.75;
/** …and a little more when the run starts a sentence, where a capital proves nothing. */
const SENTENCE_START_THRESHOLD = 0.97;
/** A word of the run from the weak name lists must not look clearly unlike a name ("Kuopio" is in the proper nouns). */
const LIST_WORD_MIN = 0.7;

/** The fields of name.ts's tokens that the hook reads. */
export interface ModelToken {
  start: number;
  end: number;
  text: string;
  kind: string;
  caps: boolean;
  common: boolean;
  sentenceStart: boolean;
  norm: string;
}

const candidate = (u: ModelToken): boolean =>
  !u.caps && !u.common && (u.kind === 'unknown' || u.kind === 'nw' || u.kind === 'sur' || u.kind === 'first');
/** A surname from the lists that is also a Swedish word ("Berg", "Lund") may end a run, never start one: "Ánde Berg". */
const commonSurname = (u: ModelToken): boolean => !u.caps && u.common && u.kind === 'sur';
const fmt = (p: number): string => p.toFixed(2).replace('.', ',');

/**
 * Adds a finding for each run of two or three adjacent candidate words, at least one of them unknown, in which every
 * word looks like a name to the model; `sameName` says whether two tokens may be parts of one name (one space, a
 * particle), `firmAfter` whether what follows the run makes it a firm or a place ("… Bygg AB", "… kommun").
 */
export function modelNames<T extends ModelToken>(
  text: string, tokens: readonly T[], out: Finding[], known: Set<string>,
  sameName: (a: T, b: T) => boolean, firmAfter: (last: T, after: T | undefined) => boolean,
): void {
  let covered: Uint8Array | undefined;
  let startsAt: Map<number, number> | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!candidate(t)) continue;
    let e = k;
    let unknowns = t.kind === 'unknown' ? 1 : 0;
    while (e + 1 < tokens.length && e - k < 2 && sameName(tokens[e]!, tokens[e + 1]!)) {
      const u = tokens[e + 1]!;
      if (commonSurname(u)) { e++; break; }
      if (!candidate(u)) break;
      e++;
      if (u.kind === 'unknown') unknowns++;
    }
    if (e === k || unknowns === 0) { k = e; continue; }
    if (covered === undefined) {
      covered = new Uint8Array(text.length);
      startsAt = new Map();
      for (let i = 0; i < out.length; i++) {
        covered.fill(1, out[i]!.start, out[i]!.end);
        startsAt.set(out[i]!.start, i);
      }
    }
    // A run the rules found in part: from its first uncovered word, and joined to a finding that starts inside it
    // ("Biret Máret Sara", where the rules found the given name "Sara" alone).
    if (covered[t.start]) { k = e; continue; }
    let joinTo = -1;
    for (let j = k + 1; j <= e; j++) {
      if (!covered[tokens[j]!.start]) continue;
      joinTo = startsAt!.get(tokens[j]!.start) ?? -1;
      e = joinTo < 0 ? j - 1 : j;
      break;
    }
    if (e === k) continue;
    const last = tokens[e]!;
    const s = text.charCodeAt(last.end);
    const c = text.charCodeAt(last.end + 1);
    // "Sörmlands Kvarn 7", "Tosterö Vala 12": a number after the run makes it a street or a property.
    if (((s === 32 || s === 0xa0) && c >= 48 && c <= 57) || firmAfter(last, tokens[e + 1])) { k = e; continue; }
    let ok = true;
    let min = 1;
    let unknown = 0;
    let logOdds = 0;
    for (let j = k; j <= e && ok; j++) {
      const u = tokens[j]!;
      const p = nameLikeness(u.text);
      min = Math.min(min, p);
      if (u.kind === 'unknown') {
        unknown++;
        logOdds += Math.log(p / (1 - p + 1e-12));
        ok = p >= (j === k && u.sentenceStart ? SENTENCE_START_THRESHOLD : EACH_THRESHOLD);
      } else ok = p >= LIST_WORD_MIN;
    }
    // The unknown words together must be as name-like as one word at MODEL_THRESHOLD each: "Cabdiraxmaan Xuseen"
    // (0.99 and 0.80) passes, two words at 0.75 do not.
    if (ok && unknown > 0 && logOdds / unknown >= MODEL_LOG_ODDS) {
      const end = joinTo >= 0 ? Math.max(last.end, out[joinTo]!.end) : last.end;
      const finding: Finding = { type: 'name', start: t.start, end, score: 0.6,
        explanation: `Namn: ${e - k + 1} ord i följd som liknar namn enligt den inlärda namnmodellen (sannolikhet minst ${fmt(min)}), minst ett av dem i inga namnlistor och inget svenskt ord` };
      // The joined finding is replaced where it stands, so the indices in startsAt stay right.
      if (joinTo >= 0) out[joinTo] = finding;
      else out.push(finding);
      covered.fill(1, t.start, end);
      for (let j = k; j <= e; j++) known.add(tokens[j]!.norm);
    }
    k = e;
  }
}

// The scan engine: runs every detector over a text and keeps non-overlapping findings, best first.
import type { Detector, Finding } from './types.ts';
import { personnummerDetector } from './personnummer.ts';
import { emailDetector } from './email.ts';
import { phoneDetector } from './phone.ts';
import { addressDetector } from './address.ts';
import { bankAccountDetector } from './bank-account.ts';
import { vehicleDetector } from './vehicle.ts';
import { propertyDetector } from './property.ts';
import { meterIdDetector } from './meter-id.ts';
import { ipAddressDetector } from './ip-address.ts';
import { nameDetector } from './name.ts';
import { sensitiveDetector } from './sensitive.ts';
import { numberPass, reusePass } from './numbers.ts';
import { forgetCells, keepCells } from './columns.ts';
import { htmlReadingView, type ReadingView } from '../text/htmlReading.ts';
import { composeViews, quoteJoinView } from '../text/quoteReading.ts';
import { spokenNumberView } from '../text/spokenNumbers.ts';

export type { Detector, Finding, FindingType } from './types.ts';

export const defaultDetectors: readonly Detector[] = [
  personnummerDetector,
  meterIdDetector,
  emailDetector,
  ipAddressDetector,
  bankAccountDetector,
  phoneDetector,
  addressDetector,
  propertyDetector,
  vehicleDetector,
  nameDetector,
];

/**
 * What the app runs on imported handlingar: the personal-data detectors plus the words that signal
 * sensitive circumstances, which only matter beside the text a reviewer reads (the CLI and its
 * benchmark scan for personal data alone).
 */
export const reviewerDetectors: readonly Detector[] = [...defaultDetectors, sensitiveDetector];

/** Which of two overlapping findings wins: the higher score, then the longer span, then the earlier start. */
const priority = (a: Finding, b: Finding): number => b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start;

/**
 * Runs the detectors and resolves overlaps: the higher score wins, then the longer span.
 * Findings are returned in text order.
 */
export function scan(text: string, detectors: readonly Detector[] = defaultDetectors): Finding[] {
  return scanMany([text], detectors)[0]!;
}

/**
 * `texts.map((t) => scan(t))`, faster: each detector runs over all the texts before the next detector starts (one
 * detector's tables and compiled expressions stay in the processor's caches; measured 20% less CPU time than running
 * every detector on one text at a time). Meant for a batch of documents, e.g. the CLI's batches of JSON Lines.
 * The number detectors read the texts' number views: the shared digit pass (numbers.ts) runs once per text, first,
 * and each number detector is handed its text's pass back (`reusePass`) instead of walking the text again. They used
 * to run text by text so that the pass, which keeps only its last result, ran once per text: detector by detector
 * with the passes kept is 1.2x faster without the name pass (measured in one run, warm, same findings).
 */
export function scanMany(texts: readonly string[], detectors: readonly Detector[] = defaultDetectors): Finding[][] {
  const reading = readingOf(texts);
  return settle(reading, detectAll(reading.texts, detectors));
}

/**
 * The texts as the detectors read them. Text with HTML in it is read as a reader reads it (htmlReading.ts):
 * "19560808&#45;2656" prints as the personnummer from a Markdown handling, and "<b>Tolvan</b> Tolvansson" shows as the
 * name. A number that an e-mail reply broke over two quoted lines is read without the quote marks between its parts
 * (quoteReading.ts). `settle` maps the findings back to the written text, over the whole written form.
 */
export interface Reading {
  /** What the detectors read: each text, or its reading view when it has HTML in it or a number broken over quoted lines. */
  readonly texts: readonly string[];
  /** Each text's reading view, or null when no text has one. */
  readonly views: readonly (ReadingView | null)[] | null;
  /** The texts as written, when some text has a reading view. */
  readonly written?: readonly string[];
}

export function readingOf(texts: readonly string[]): Reading {
  const views = texts.map((t) => {
    const html = htmlReadingView(t);
    const v = html && xmlData(t) ? null : html;
    const quoted = quoteJoinView(v ? v.text : t);
    const w = quoted ? (v ? composeViews(v, quoted) : quoted) : v;
    const spoken = spokenNumberView(w ? w.text : t);
    return spoken ? (w ? composeViews(w, spoken) : spoken) : w;
  });
  if (!views.some((v) => v !== null)) return { texts, views: null };
  return { texts: texts.map((t, k) => views[k]?.text ?? t), views, written: texts };
}

// HTML's element names (the HTML Living Standard's, the obsolete ones old mail still writes, and Word's "o:p").
const HTML_ELEMENTS = new Set(('a abbr acronym address applet area article aside audio b base basefont bdi bdo big blink '
  + 'blockquote body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir '
  + 'div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup '
  + 'hr html i iframe img input ins kbd label legend li link main map mark marquee menu meta meter nav nobr noframes '
  + 'noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search section '
  + 'select slot small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th '
  + 'thead time title tr track tt u ul var video wbr o:p').split(' '));
const TAG_NAME = /<\/?([A-Za-z][A-Za-z0-9:-]*)(?=[\s/>])/g;

/**
 * Whether a text's tags are data's, not HTML's: an XML message or export ("<Kontonr>1022 887</Kontonr>", "<BankKonto
 * clearing=…>") whose every tag is a name HTML does not have. Such tags are the fields' labels, the only thing that says
 * what the number inside is, so the text is read as written; a reader's view would drop them (README, "Tionde omgången").
 * Asked only of a text that has a reader's view (one with a tag or a character reference in it).
 */
function xmlData(text: string): boolean {
  TAG_NAME.lastIndex = 0;
  let any = false;
  for (let m = TAG_NAME.exec(text); m; m = TAG_NAME.exec(text)) {
    if (HTML_ELEMENTS.has(m[1]!.toLowerCase())) return false;
    any = true;
  }
  return any;
}

/**
 * Each detector's findings per text (`[detector][text]`), overlaps not yet resolved: the first half of `scanMany`.
 * `insyn scan --jsonl`'s pool runs the name pass and the other detectors in different threads (src/cli/scan.ts) and
 * joins their halves with `settle`.
 */
export function detectAll(texts: readonly string[], detectors: readonly Detector[]): Finding[][][] {
  // The table cells of each text are read once for the batch (columns.ts), not once per detector that reads them.
  keepCells();
  try {
    return detectEach(texts, detectors);
  } finally {
    forgetCells();
  }
}

function detectEach(texts: readonly string[], detectors: readonly Detector[]): Finding[][][] {
  // Arrays built by pushing onto literals, not by `map`: the array `map` builds has another elements kind in each tier
  // of V8, and optimised code that met the other one was thrown away (wrong map, issue 15 speed, round 8).
  const byDetector: Finding[][][] = [];
  for (let i = 0; i < detectors.length; i++) byDetector.push([]);
  const numeric: number[] = [];
  for (let i = 0; i < detectors.length; i++) {
    const d = detectors[i]!;
    if (d.readsNumbers) numeric.push(i);
    else for (let k = 0; k < texts.length; k++) byDetector[i]![k] = d.detect(texts[k]!);
  }
  if (numeric.length > 0) {
    // The number pass of every text first, then each number detector over all the views, handed its text's pass.
    const passes: ReturnType<typeof numberPass>[] = [];
    for (let k = 0; k < texts.length; k++) passes.push(numberPass(texts[k]!));
    for (const i of numeric) {
      const d = detectors[i]!;
      const per = byDetector[i]!;
      for (let k = 0; k < texts.length; k++) {
        const pass = passes[k]!;
        reusePass(pass);
        per[k] = d.detect(pass.view);
      }
    }
  }
  return byDetector;
}

/**
 * The second half of `scanMany`: joins the findings per text in detector order (which of two findings with the same
 * span and score wins depends on that order, so it must not depend on the order the detectors ran in), resolves
 * overlaps, and maps the findings of a text read through its HTML view back to the written text.
 */
export function settle(reading: Reading, byDetector: readonly (readonly (readonly Finding[])[])[]): Finding[][] {
  const all: Finding[][] = [];
  for (let k = 0; k < reading.texts.length; k++) {
    const found: Finding[] = [];
    // Indexed loops, not `for … of`: each detector's array may have another elements kind, and the iterators' map checks
    // threw the optimised code away (wrong map, issue 15 speed, round 8).
    for (let d = 0; d < byDetector.length; d++) {
      const per = byDetector[d]![k]!;
      for (let j = 0; j < per.length; j++) {
        const f = per[j]!;
        if (f.end > f.start) found.push(f);
      }
    }
    const kept = resolve(found, reading.texts[k]!);
    const v = reading.views?.[k];
    all.push(v ? kept.map((f) => back(f, v, reading.written?.[k])) : kept);
  }
  return all;
}

// The types a number is found as: one whose written span holds no digit was read from words said aloud.
const NUMBER_TYPES = new Set(['personnummer', 'samordningsnummer', 'phone', 'bank_account', 'address', 'organisationsnummer']);

/** A finding in a reading view mapped back to the written text; one read from number words says so in its why. */
function back(f: Finding, v: ReadingView, written: string | undefined): Finding {
  const start = v.from[f.start]!;
  const end = v.to[f.end - 1]!;
  if (written !== undefined && NUMBER_TYPES.has(f.type) && /\d/.test(v.text.slice(f.start, f.end)) && !/\d/.test(written.slice(start, end))) {
    return { ...f, start, end, explanation: `${f.explanation}; uppläst med ord (talen skrivna som siffror)` };
  }
  return { ...f, start, end };
}

/**
 * Keeps the winners among one text's findings, in text order. Most findings overlap nothing, so the findings are
 * sorted by start and only a run of overlapping findings (a cluster) is resolved by priority: the same result as
 * resolving all findings by priority at once (a finding can only lose to a finding in its own cluster), linear in the
 * text. A loser of another type than the winners it overlaps keeps its whole words before them (`trimLosers`).
 */
function resolve(all: Finding[], text: string): Finding[] {
  if (all.length <= 1) return all;
  // Stable: findings with the same span stay in detector order, as the priority sort below relies on.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (let i = 0; i < all.length;) {
    let j = i + 1;
    let end = all[i]!.end;
    for (; j < all.length && all[j]!.start < end; j++) if (all[j]!.end > end) end = all[j]!.end;
    if (j === i + 1) kept.push(all[i]!);
    else {
      const from = kept.length;
      // Two findings that overlap: the first by priority wins (a stable sort keeps the earlier of two equal ones).
      if (j === i + 2) kept.push(priority(all[i]!, all[i + 1]!) <= 0 ? all[i]! : all[i + 1]!);
      else if (j - i <= SMALL) resolveSmall(all, i, j, kept);
      else resolveCluster(all.slice(i, j), kept);
      // Only in a small cluster: trimming compares each loser with each winner, and a pathological cluster must stay linear.
      if (kept.length - from < j - i && j - i <= SMALL) trimLosers(text, all, i, j, kept, from);
    }
    i = j;
  }
  return kept;
}

/**
 * The losers of the cluster `all[i..j)` whose winners (`kept[from..]`) are all of other types keep their part before
 * the first of them when that part is one whole word or more: a name that runs into an address ("Lennart Björk Mellomkvarnsv 5",
 * the name detector reading the street as a surname) keeps "Lennart Björk" beside the address instead of being lost.
 * Two findings of one type that overlap are one thing found twice, and the loser goes. Losers are tried by priority,
 * each against the winners and the parts kept before it; the cluster's findings end up in text order again.
 */
function trimLosers(text: string, all: Finding[], i: number, j: number, kept: Finding[], from: number): void {
  const won = kept.slice(from);
  const losers = all.slice(i, j).filter((f) => !won.includes(f)).sort(priority);
  let added = false;
  for (const f of losers) {
    let a = f.start;
    let b = f.end;
    let clash = false;
    for (const w of won) {
      if (w.end <= a || b <= w.start) continue;
      if (w.type === f.type) { clash = true; break; }
      // The part before the winner: a finding's evidence is at its start (the given name, the street), and a name's
      // tail after an address ("24937 Flensburg, Deutschland") is the address's country, not a name.
      if (w.start <= a) { clash = true; break; }
      b = w.start;
    }
    if (clash) continue;
    // A cut inside a word gives up that word; then the spaces and marks at the cut go.
    if (b < f.end) while (b > a && WORD.test(text[b]!) && WORD.test(text[b - 1]!)) b--;
    while (b > a && !WORD.test(text[b - 1]!)) b--;
    if (b - a < 2 || !LETTER.test(text.slice(a, b))) continue;
    const piece: Finding = { ...f, start: a, end: b };
    won.push(piece);
    kept.push(piece);
    added = true;
  }
  if (added) {
    const cluster = kept.splice(from).sort((x, y) => x.start - y.start);
    for (const f of cluster) kept.push(f);
  }
}
const WORD = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

// A cluster of up to SMALL findings is resolved in a scratch array, without a sort's or a mask's allocations (clusters
// of three or more are a few in a thousand findings; two findings are decided above); a larger one by the mask, so a
// pathological cluster stays linear.
const SMALL = 16;
const scratch: Finding[] = [];

/** resolveCluster(all.slice(from, to), kept), by insertion sorts (stable, as Array.prototype.sort) and span checks. */
function resolveSmall(all: Finding[], from: number, to: number, kept: Finding[]): void {
  let n = 0;
  for (let i = from; i < to; i++) {
    const f = all[i]!;
    let k = n++;
    while (k > 0 && priority(scratch[k - 1]!, f) > 0) { scratch[k] = scratch[k - 1]!; k--; }
    scratch[k] = f;
  }
  // The winners, kept in scratch[0..won) in text order: a finding wins when no earlier winner overlaps it (their
  // starts differ, so text order is one order).
  let won = 0;
  for (let i = 0; i < n; i++) {
    const f = scratch[i]!;
    let free = true;
    for (let w = 0; w < won; w++) if (scratch[w]!.start < f.end && f.start < scratch[w]!.end) { free = false; break; }
    if (!free) continue;
    let k = won++;
    while (k > 0 && scratch[k - 1]!.start > f.start) { scratch[k] = scratch[k - 1]!; k--; }
    scratch[k] = f;
  }
  for (let w = 0; w < won; w++) kept.push(scratch[w]!);
}
/** Keeps the findings of one cluster that win by priority, in text order, appended to `kept`. */
function resolveCluster(cluster: Finding[], kept: Finding[]): void {
  const from = cluster[0]!.start;
  let to = from;
  for (const f of cluster) if (f.end > to) to = f.end;
  cluster.sort(priority);
  const taken = new Uint8Array(to - from);
  const won: Finding[] = [];
  for (const f of cluster) {
    let free = true;
    for (let i = f.start - from; i < f.end - from; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, f.start - from, f.end - from);
    won.push(f);
  }
  won.sort((a, b) => a.start - b.start);
  for (const f of won) kept.push(f);
}

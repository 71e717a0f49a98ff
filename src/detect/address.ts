// Postal addresses: street name and number (with entrance letter), and postcode with town.
import type { Detector, Finding } from './types.ts';
import { after } from './context.ts';
import { NOT_NAME } from './name-lexicon.ts';
import { addressLike, roleCells } from './columns.ts';

const SUFFIX = 'gatan|gata|vägen|väg|katu|tie|polku|kuja|straße|strasse|gaten|veien|vej|gade|gränd|gränden|torget|torg|stigen|stig|backen|backe|allén|allé|alle|leden|platsen|plan|bron|kajen|esplanaden|promenaden|stråket|gången|slingan|ringen|parken|kroken|liden|höjden|svängen|hagen|udden|stranden|strand|vallen|gärdet|länken|terrassen|vägen|byn|tået|åsen|vången';
const PREFIX = '(?:Norra|Södra|Östra|Västra|Stora|Lilla|Sankt|S:t|S:ta|Gamla|Nya|Övre|Nedre|Inre|Yttre) ';
// A capitalised word ending in a street suffix ("Rådhusgatan"), or capitalised words before a separate street
// word ("Birger Jarls Torg"); then a house number, an optional second number and an entrance letter.
const STREET = new RegExp(
  `(?<![\\p{L}\\d])(?:${PREFIX})?(?:\\p{Lu}\\p{Ll}+(?:[ -]|-\\n)){0,2}?\\p{Lu}\\p{Ll}*(?:${SUFFIX})` +
  `[ \\u00a0]\\d{1,4}(?:-\\d{1,4})?(?:[ \\u00a0]?[A-Ha-h](?![\\p{L}\\d]))?(?![\\d:.,]\\d)`,
  'gu',
);
const STREET_WORD = new RegExp(
  `(?<![\\p{L}\\d])(?:\\p{Lu}\\p{Ll}+ ){1,2}(?:Torg|Gata|Väg|Allé|Plan|Gränd|Backe|Plats|Park|Strand)[ \\u00a0]\\d{1,4}(?:[ \\u00a0]?[A-H](?![\\p{L}\\d]))?`,
  'gu',
);
// A genitive name and a separate street word, the word perhaps wrapped to the next line in a table:
// "Karl-Johans väg 10", "Per-Olofs⏎gränd 4".
const STREET_GENITIVE = /(?<![\p{L}\d])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?s[ \u00a0\n](?:väg|gata|gränd|torg|backe|allé|plan|stig|park)[ \u00a0]\d{1,4}(?:[ \u00a0]?[A-Ha-h](?![\p{L}\d]))?/gu;
// A foreign street word before the name: "Calle Los Aromos 2231", "ul. Długa 5", "vul. Shevchenka 14".
const STREET_FOREIGN = /(?<![\p{L}\d])(?:Calle|Avenida|Av\.|Rua|Via|Rue|Strada|ul\.|vul\.|ulica)(?:[ \u00a0]\p{Lu}[\p{L}.'-]*){1,3}[ \u00a0]\d{1,5}(?:[ \u00a0]?[A-Za-z](?![\p{L}\d]))?/gu;
const FOREIGN_HINT = /(?:Calle|Avenida|Av\.|Rua|Via|Rue|Strada|ul\.|vul\.|ulica) \p{Lu}/u;
// A post-office box: "Box 71".
const BOX = /(?<![\p{L}\d])Box[ \u00a0]\d{1,6}(?!\d)/gu;
// Five-digit postcode (often "NNN NN") and a capitalised town name.
// Without the u flag and look-behind V8 can skip ahead fast; the character before is checked by hand.
// A genitive town may have a lower-case second word before a comma or line end: "647 51 Åkers styckebruk".
const POSTCODE = /[1-9]\d\d[ \u00a0]?\d\d[ \u00a0]+[A-ZÅÄÖÉÜ][a-zåäöéüA-ZÅÄÖÉÜ]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:(?<=s) [a-zåäö]{4,}(?=[,.;)\n]))?(?![a-zåäöéüA-ZÅÄÖÉÜ\d])/g;
const BEFORE_POSTCODE = /[\p{L}\d,.:\-/]/u;
// Cheap first pass: a street suffix (or street word) right before a space and a digit, in lower case or capitals.
// A long alternation is slow in V8 when run over the whole text, so the hint is only "a letter, a space, a digit"
// and the word before is checked against the suffixes by hand.
const STREET_HINT = /[a-zåäöéüA-ZÅÄÖÉÜ][ \u00a0]\d/g;
const STREET_END = new RegExp(`(?:${SUFFIX}|Torg|Gata|Väg|Allé|Plan|Gränd|Backe|Plats|Park|Strand)$`, 'i');
const SEPARATE_WORD = /^(?:väg|gata|gränd|torg|backe|allé|plan|stig|park)$/;
const isWordChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
// A street in capitals, as registers and CSV exports write it: "STORGATAN 4", "NORRA VÄGEN 12 B".
// The suffix is checked by hand on the last word (STREET_END): an alternation after \p{Lu}* backtracked through
// every suffix at every letter (measured: the address pass ran at 1 MB/s on CSV tables).
const STREET_CAPS = /(?<![\p{L}\d])(?:\p{Lu}+[ -]){0,2}?\p{Lu}{3,}[ \u00a0]\d{1,4}(?:[ \u00a0]?[A-H](?![\p{L}\d]))?(?![\d:.,]\d)/gu;
// A postcode alone in a table or CSV cell: "…;641 30;…", "| 411 05 |".
const POSTCODE_CELL = /(?:^|[;|\t])[ \u00a0]*([1-9]\d\d[ \u00a0]\d\d)[ \u00a0]*(?=[;|\t]|$)/gm;
const LABEL = /^(?:Postadress|Besöksadress|Telefon|Telefax|Fax|E-post|Org|Bankgiro|Plusgiro|Expeditionstid|Dok|Sida|Kr|Kronor)$/;
const NOT_TOWN = /^(?:kr|sek|kronor|st|dnr|nr|kwh|mwh|år|dagar|timmar|procent|euro|eur)$/i;

// Sticky copies, tried only where a match can start: every pattern opens with "no letter or digit before" and a capital.
const sticky = (re: RegExp): RegExp => new RegExp(re.source, 'uy');
const CAPS_ONLY = [sticky(STREET_CAPS)];
const GENITIVE_ONLY = [sticky(STREET_GENITIVE)];
const MIXED = [sticky(STREET), sticky(STREET_WORD)];
const LETTER_OR_DIGIT = /[\p{L}\d]$/u;
const UPPER = /^\p{Lu}/u;
/** Whether a match can start at q in s: a capital (code point) with no letter or digit (code point) before it. */
function canStart(s: string, q: number): boolean {
  const c = s.charCodeAt(q);
  if (c >= 0xdc00 && c <= 0xdfff && q > 0) {
    const h = s.charCodeAt(q - 1);
    if (h >= 0xd800 && h <= 0xdbff) return false; // the second half of a pair
  }
  if (!((c >= 65 && c <= 90) || (c >= 0x80 && UPPER.test(s.slice(q, q + 2))))) return false;
  if (q === 0) return true;
  const p = s.charCodeAt(q - 1);
  if ((p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122)) return false;
  return p < 0x80 || !LETTER_OR_DIGIT.test(s.slice(Math.max(0, q - 2), q));
}

// A street whose name has no street word ("Solgläntan 7", "Kvarngården 12 B"): only where the layout or a label says
// it is one – a line of its own right above a postcode line (an address block), or after an address label or "bor på".
// The detector reads the number view, where the line break between the house number and the postcode is a space.
const BLOCK_STREET = /(?:^|\n)[ \t]*((?:\p{Lu}\p{Ll}+[ -]){0,2}\p{Lu}\p{Ll}{2,} \d{1,3}(?:-\d{1,3})?(?: ?[A-H])?)(?:,? (?:lgh|Lgh|LGH|Igh)\.? ?\d{3,4})?(?:[ \t]*\r?\n[ \t]*| )[1-9]\d\d ?\d\d[ \u00a0]+\p{Lu}/gu;
const LABEL_STREET = /(?:(?:^|[\n;|\t]|[ \u00a0]{2})[ \u00a0]*(?:adress|hemadress|bostadsadress|anläggningsadress|anl\.adress|leveransadress|folkbokföringsadress|utdelningsadress|gatuadress|address)[ \u00a0]*:|\b(?:bor på|boende på|bosatt på|flyttade till|flyttar till|flyttat till|flyttade från|flyttar från)) ?((?:\p{Lu}\p{Ll}+[ -]){0,2}\p{Lu}\p{Ll}{2,} \d{1,3}(?:-\d{1,3})?(?: ?[A-H](?![\p{L}\d]))?)(?![\p{L}\d:]|[.,]\d| (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|kr|st|år|dagar|procent|kWh)\b)/giu;
const STREET_WHY = 'Gatuadress: gatunamn (t.ex. -gatan, -vägen) och husnummer';

export const addressDetector: Detector = {
  name: 'address',
  readsNumbers: true,
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    // The full street patterns run only in a window around each hint, so most text is read by one simple regex.
    const seen = new Set<number>();
    STREET_HINT.lastIndex = 0;
    let windowEnd = -1;
    for (let h = STREET_HINT.exec(text); h; h = STREET_HINT.exec(text)) {
      let w = h.index;
      while (w > 0 && h.index - w < 40 && isWordChar(text.charCodeAt(w - 1))) w--;
      const word = text.slice(w, h.index + 1);
      if (!STREET_END.test(word)) continue;
      // Only the patterns that can match this word's shape run (measured: four Unicode patterns per hint made the
      // address pass the slowest on CSV tables, where every row has a street in capitals).
      const patterns = word === word.toUpperCase() ? CAPS_ONLY : SEPARATE_WORD.test(word) ? GENITIVE_ONLY : MIXED;
      const from = Math.max(0, h.index - 60, windowEnd);
      const to = Math.min(text.length, h.index + h[0].length + 12);
      if (to <= from) continue;
      const win = text.slice(Math.max(0, h.index - 60), to);
      const base = Math.max(0, h.index - 60);
      windowEnd = from;
      // Where a match can start in the window: a capital with no letter or digit before it. Trying the sticky pattern
      // there, in order and past each match, finds what a global search of the window finds (measured: the global
      // search tried every position with a Unicode look-behind and was nine tenths of the address pass).
      const starts: number[] = [];
      for (let q = 0; q < win.length; q++) if (canStart(win, q)) starts.push(q);
      for (const re of patterns) {
        let next = 0;
        for (const q of starts) {
          if (q < next) continue;
          re.lastIndex = q;
          const m = re.exec(win);
          if (!m) continue;
          next = q + m[0].length;
          if (patterns === CAPS_ONLY && !STREET_END.test(m[0].replace(/[ \u00a0]\d.*$/, ''))) continue;
          const start = base + m.index;
          const end = start + m[0].length;
          if (seen.has(start)) continue;
          // A street name cut by the window edge is found again from a later hint, whole.
          if (m.index === 0 && base > 0 && /[\p{L}]/u.test(text[base - 1]!)) continue;
          // "Storgatan 12:3" would be a property, "kl" a time: let those detectors have it.
          if (/^:\d/.test(after(text, end, 2))) continue;
          seen.add(start);
          out.push({ type: 'address', start, end, score: 0.88,
            explanation: STREET_WHY });
        }
      }
    }
    if (text.indexOf('\n') >= 0) {
      BLOCK_STREET.lastIndex = 0;
      for (let m = BLOCK_STREET.exec(text); m; m = BLOCK_STREET.exec(text)) {
        const start = m.index + m[0].indexOf(m[1]!);
        BLOCK_STREET.lastIndex = start + m[1]!.length;
        if (seen.has(start) || NOT_NAME.has(m[1]!.split(' ')[0]!)) continue;
        seen.add(start);
        out.push({ type: 'address', start, end: start + m[1]!.length, score: 0.8,
          explanation: 'Gatuadress: namn och husnummer på egen rad ovanför raden med postnummer (adressblock)' });
      }
    }
    if (/adress|address|bor på|boende på|bosatt på|flytta/i.test(text)) {
      LABEL_STREET.lastIndex = 0;
      for (let m = LABEL_STREET.exec(text); m; m = LABEL_STREET.exec(text)) {
        const start = m.index + m[0].length - m[1]!.length;
        if (seen.has(start) || NOT_NAME.has(m[1]!.split(' ')[0]!) || /^(?:19|20)\d\d$/.test(m[1]!.split(' ').pop()!)) continue;
        seen.add(start);
        out.push({ type: 'address', start, end: start + m[1]!.length, score: 0.8,
          explanation: 'Gatuadress: namn och husnummer efter "Adress:", "bor på" eller liknande' });
      }
    }
    for (const [re, hint, why] of [[STREET_FOREIGN, FOREIGN_HINT, 'Gatuadress utomlands: gatuord före gatunamnet och husnummer'],
      [BOX, /Box[ \u00a0]\d/, 'Postbox: "Box" och nummer']] as const) {
      if (!hint.test(text)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (seen.has(m.index)) continue;
        seen.add(m.index);
        out.push({ type: 'address', start: m.index, end: m.index + m[0].length, score: 0.85, explanation: why });
      }
    }
    if (/[;|\t]/.test(text)) {
      POSTCODE_CELL.lastIndex = 0;
      for (let m = POSTCODE_CELL.exec(text); m; m = POSTCODE_CELL.exec(text)) {
        const start = m.index + m[0].indexOf(m[1]!);
        out.push({ type: 'address', start, end: start + m[1]!.length, score: 0.7, explanation: 'Postnummer ensamt i en tabell- eller CSV-cell' });
      }
    }
    // A cell in a column whose header says it holds addresses ("Adress", "Anläggningsadress"): the whole cell.
    for (const c of roleCells(text)) {
      if (c.role !== 'address' || !addressLike(text.slice(c.start, c.end))) continue;
      out.push({ type: 'address', start: c.start, end: c.end, score: 0.9, explanation: 'Adress i en tabellkolumn vars rubrik anger adress' });
    }
    POSTCODE.lastIndex = 0;
    for (let m = POSTCODE.exec(text); m; m = POSTCODE.exec(text)) {
      if (m.index > 0 && BEFORE_POSTCODE.test(text[m.index - 1]!)) continue;
      const town = m[0].replace(/^[\d \u00a0]+/, '');
      if (NOT_TOWN.test(town) || NOT_NAME.has(town) || LABEL.test(town)) continue;
      if (town.length > 2 && town === town.toUpperCase() && town.length < 3) continue;
      out.push({ type: 'address', start: m.index, end: m.index + m[0].length, score: 0.85,
        explanation: 'Postnummer (fem siffror) och ort' });
    }
    return out;
  },
};

// Postal addresses: street name and number (with entrance letter), and postcode with town.
import type { Detector, Finding } from './types.ts';
import { after } from './context.ts';
import { NOT_NAME } from './name-lexicon.ts';

const SUFFIX = 'gatan|gata|vägen|väg|gränd|gränden|torget|torg|stigen|stig|backen|backe|allén|allé|alle|leden|platsen|plan|bron|kajen|esplanaden|promenaden|stråket|gången|slingan|ringen|parken|kroken|liden|höjden|svängen|hagen|udden|stranden|strand|vallen|gärdet|länken|terrassen|vägen|byn|tået|åsen|vången';
const PREFIX = '(?:Norra|Södra|Östra|Västra|Stora|Lilla|Sankt|S:t|S:ta|Gamla|Nya|Övre|Nedre|Inre|Yttre) ';
// A capitalised word ending in a street suffix ("Rådhusgatan"), or capitalised words before a separate street
// word ("Birger Jarls Torg"); then a house number, an optional second number and an entrance letter.
const STREET = new RegExp(
  `(?<![\\p{L}\\d])(?:${PREFIX})?(?:\\p{Lu}\\p{Ll}+[ -]){0,2}?\\p{Lu}\\p{Ll}*(?:${SUFFIX})` +
  `[ \\u00a0]\\d{1,4}(?:-\\d{1,4})?(?:[ \\u00a0]?[A-Ha-h](?![\\p{L}\\d]))?(?![\\d:.,]\\d)`,
  'gu',
);
const STREET_WORD = new RegExp(
  `(?<![\\p{L}\\d])(?:\\p{Lu}\\p{Ll}+ ){1,2}(?:Torg|Gata|Väg|Allé|Plan|Gränd|Backe|Plats|Park|Strand)[ \\u00a0]\\d{1,4}(?:[ \\u00a0]?[A-H](?![\\p{L}\\d]))?`,
  'gu',
);
// Five-digit postcode (often "NNN NN") and a capitalised town name.
// Without the u flag and look-behind V8 can skip ahead fast; the character before is checked by hand.
const POSTCODE = /[1-9]\d\d[ \u00a0]?\d\d[ \u00a0]+[A-ZÅÄÖÉÜ][a-zåäöéüA-ZÅÄÖÉÜ]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?![a-zåäöéüA-ZÅÄÖÉÜ\d])/g;
const BEFORE_POSTCODE = /[\p{L}\d,.:\-/]/u;
// Cheap first pass: a street suffix (or street word) right before a space and a digit.
const STREET_HINT = new RegExp(`(?:${SUFFIX}|Torg|Gata|Väg|Allé|Plan|Gränd|Backe|Plats|Park|Strand)[ \\u00a0]\\d`, 'g');
const LABEL = /^(?:Postadress|Besöksadress|Telefon|Telefax|Fax|E-post|Org|Bankgiro|Plusgiro|Expeditionstid|Dok|Sida|Kr|Kronor)$/;
const NOT_TOWN = /^(?:kr|sek|kronor|st|dnr|nr|kwh|mwh|år|dagar|timmar|procent|euro|eur)$/i;

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
      const from = Math.max(0, h.index - 60, windowEnd);
      const to = Math.min(text.length, h.index + h[0].length + 12);
      if (to <= from) continue;
      const win = text.slice(Math.max(0, h.index - 60), to);
      const base = Math.max(0, h.index - 60);
      windowEnd = from;
      for (const re of [STREET, STREET_WORD]) {
        re.lastIndex = 0;
        for (let m = re.exec(win); m; m = re.exec(win)) {
          const start = base + m.index;
          const end = start + m[0].length;
          if (seen.has(start)) continue;
          // A street name cut by the window edge is found again from a later hint, whole.
          if (m.index === 0 && base > 0 && /[\p{L}]/u.test(text[base - 1]!)) continue;
          // "Storgatan 12:3" would be a property, "kl" a time: let those detectors have it.
          if (/^:\d/.test(after(text, end, 2))) continue;
          seen.add(start);
          out.push({ type: 'address', start, end, score: 0.88,
            explanation: 'Gatuadress: gatunamn (t.ex. -gatan, -vägen) och husnummer' });
        }
      }
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

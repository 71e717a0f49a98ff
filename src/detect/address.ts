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
const POSTCODE = /(?<![\p{L}\d,.:\-/])[1-9]\d\d[ \u00a0]?\d\d[ \u00a0]+\p{Lu}[\p{Ll}\p{Lu}]+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\d])/gu;
const LABEL = /^(?:Postadress|Besöksadress|Telefon|Telefax|Fax|E-post|Org|Bankgiro|Plusgiro|Expeditionstid|Dok|Sida|Kr|Kronor)$/;
const NOT_TOWN = /^(?:kr|sek|kronor|st|dnr|nr|kwh|mwh|år|dagar|timmar|procent|euro|eur)$/i;

export const addressDetector: Detector = {
  name: 'address',
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    for (const re of [STREET, STREET_WORD]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        // "Storgatan 12:3" would be a property, "kl" a time: let those detectors have it.
        if (/^:\d/.test(after(text, m.index + m[0].length, 2))) continue;
        out.push({ type: 'address', start: m.index, end: m.index + m[0].length, score: 0.88,
          explanation: 'Gatuadress: gatunamn (t.ex. -gatan, -vägen) och husnummer' });
      }
    }
    POSTCODE.lastIndex = 0;
    for (let m = POSTCODE.exec(text); m; m = POSTCODE.exec(text)) {
      const town = m[0].replace(/^[\d \u00a0]+/, '');
      if (NOT_TOWN.test(town) || NOT_NAME.has(town) || LABEL.test(town)) continue;
      if (town.length > 2 && town === town.toUpperCase() && town.length < 3) continue;
      out.push({ type: 'address', start: m.index, end: m.index + m[0].length, score: 0.85,
        explanation: 'Postnummer (fem siffror) och ort' });
    }
    return out;
  },
};

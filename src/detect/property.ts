// Fastighetsbeteckningar: (kommun/trakt) block + "nummer:nummer", e.g. "Tornet 12:3", "Landskrona Tornet 12:3".
// Fastighetsbildningslagen (1970:988) 1 kap. 1 §; register rules in fastighetsregisterförordningen (2000:308).
import type { Detector, Finding } from './types.ts';
import { after, before } from './context.ts';

const HINT = /\d:\d/g;
const CANDIDATE = /(?<![\p{L}\d])(?:(\p{Lu}\p{Ll}+) )?(\p{Lu}[\p{Ll}]+(?:[ -]\p{Lu}?\p{Ll}+)?|\p{Lu}{3,}) (\d{1,4}):(\d{1,4})(?![\d:]|[.,]\d)/gu;
// Capitalised words that come before a number with a colon but are no trakt: times, law references, pages.
const STOP = new Set([
  'Avbrott', 'Kl', 'Klockan', 'Tid', 'Tiden', 'Mellan', 'Från', 'Till', 'Öppet', 'Sida', 'Sidan', 'Bilaga', 'Kapitel', 'Kap',
  'Paragraf', 'Punkt', 'Not', 'Mål', 'Lag', 'Lagen', 'Prop', 'Ds', 'Sou', 'SOU', 'SFS', 'Dnr', 'Artikel', 'Nr', 'Kvart', 'Start',
  'Slut', 'Mötet', 'Sammanträdet', 'Tidpunkt', 'Datum', 'Ref', 'Version', 'Matchen', 'Resultat', 'Ställning', 'Ca', 'Cirka',
  'Omkring', 'Avdelning', 'Avd', 'Rum', 'Sal', 'Våning', 'Plan', 'Del', 'Steg', 'Fas', 'Moment', 'Mom', 'Joh', 'Matt', 'Luk', 'Mark', 'Ps', 'Gen', 'Rom', 'Kor', 'Apg', 'Upp', 'Tabell', 'Figur', 'Fig', 'Bild', 'Avsnitt', 'Stycke', 'Kvartal', 'Vid', 'Efter', 'Före', 'Senast', 'Ankomst', 'Avgång', 'Paus', 'Lunch', 'Fika', 'Expeditionstid', 'Kapitlet', 'Och', 'Den',
]);

export const propertyDetector: Detector = {
  name: 'property',
  readsNumbers: true,
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    if (text.indexOf(':') < 0) return out;
    // The Unicode pattern runs only on the line piece before each "N:N", found by a cheap first pass.
    HINT.lastIndex = 0;
    const seen = new Set<number>();
    for (let h = HINT.exec(text); h; h = HINT.exec(text)) {
      const base = Math.max(0, h.index - 70);
      const win = text.slice(base, h.index + h[0].length + 10);
      CANDIDATE.lastIndex = 0;
      for (let w = CANDIDATE.exec(win); w; w = CANDIDATE.exec(win)) {
        if (base + w.index + w[0].length < h.index + 2) continue;
        if (w.index === 0 && base > 0 && /[\p{L}\d]/u.test(text[base - 1]!)) continue;
        if (seen.has(base + w.index)) continue;
        seen.add(base + w.index);
        detectOne(text, base, w, out);
      }
    }
    return out;
  },
};

function detectOne(text: string, base: number, m: RegExpExecArray, out: Finding[]): void {
    let start = base + m.index;
    let muni = m[1];
    const block = m[2]!;
    const a = m[3]!;
    const b = m[4]!;
    if (muni && STOP.has(muni)) {
      start += muni.length + 1;
      muni = undefined;
    }
    if (STOP.has(block.split(/[ -]/)[0]!)) return;
    if (a.length === 4 && /^(19|20)/.test(a)) return; // SFS number "2009:400"
    const end = base + m.index + m[0].length;
    const ctx = before(text, start, 40);
    const context = /fastighet|fastigheten|fastigheterna|fastighetsbeteckning|tomt|bygglov|lantmäteri/.test(ctx);
    const timeLike = b.length === 2 && Number(b) <= 59 && Number(a) <= 23 && (a.length === 2 || /\bkl\.?\s*$|klockan\s*$/.test(ctx));
    if (timeLike && !context && !muni) return;
    if (timeLike && /^\s*[-–]\s*\d/.test(after(text, end, 4)) && !context) return;
    out.push({ type: 'property', start, end, score: context ? 0.92 : 0.8,
      explanation: `Fastighetsbeteckning: ${muni ? 'kommun, ' : ''}trakt/block och nummer med kolon${context ? ', sammanhangsord "fastighet"' : ''}` });
}

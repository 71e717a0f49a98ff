// E-mail addresses, including the "namn punkt efternamn snabela domän punkt se" form authorities' web pages use.
import type { Detector, Finding } from './types.ts';

// Found by looking for '@' and growing outwards, so a long run of letters is read once, not once per start.
const isLocal = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
  c === 46 || c === 95 || c === 45 || c === 43 || c === 37 || c === 39 || (c >= 0xc0 && c <= 0x24f);
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDomain = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || (c >= 0xc0 && c <= 0x24f);

// "lars punkt hederstrom snabela lansstyrelsen punkt se": words joined by "punkt", "snabel-a" for '@'.
const SPOKEN = /(?<![\p{L}\d])[\p{L}\d_-]+(?: punkt [\p{L}\d_-]+){0,4} (?:snabela|snabel-a|snabel a|\(at\)|\[at\]) [\p{L}\d_-]+(?: punkt [\p{L}\d_-]+){1,4}(?![\p{L}\d])/giu;

/**
 * Where the domain that starts at i ends. Round 12: a PDF's or a table cell's line break after a dot or a hyphen inside
 * the domain ("anna.berg@telia.⏎com", "…@ekby-⏎kommun.se") continues it, when no top-level domain came before the break
 * and lower-case letters follow it.
 */
function domainEnd(text: string, i: number): number {
  let e = i;
  for (let broken = false; ; broken = true) {
    while (e < text.length && isDomain(text.charCodeAt(e))) e++;
    const p = text.charCodeAt(e - 1);
    const nl = text.charCodeAt(e) === 13 ? e + 1 : e;
    const c = text.charCodeAt(nl + 1);
    if (broken || e === i || (p !== 46 && p !== 45) || text.charCodeAt(nl) !== 10 || !(c >= 97 && c <= 122)) return e;
    // A top-level domain before the break ends the address there ("anna@telia.se.⏎"): by hand from the break back (a
    // pattern anchored at "$" is tried at every position of a long run).
    let k = e - 1;
    while (k > i && isAsciiLetter(text.charCodeAt(k - 1))) k--;
    if (e - 1 - k >= 2 && text.charCodeAt(k - 1) === 46) return e;
    e = nl + 1;
  }
}

// Round 12: "(at)" or "[at]" for the '@' with no spaces around it, and perhaps "(dot)" for a dot: "anna.berg(at)telia.com".
const GLUED = /(?<![\p{L}\d._-])[\p{L}\d._+-]+(?:\(at\)|\[at\])[\p{L}\d-]+(?:(?:\.|\(dot\)|\[dot\])[\p{L}\d-]+)*(?:\.|\(dot\)|\[dot\])[a-zA-Z]{2,}(?![\p{L}\d])/gu;
function glued(text: string, out: Finding[]): void {
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(text); m; m = GLUED.exec(text)) {
    out.push({ type: 'email', start: m.index, end: m.index + m[0].length, score: 0.9,
      explanation: 'E-postadress med "(at)" i stället för snabel-a' });
  }
}

export const emailDetector: Detector = {
  name: 'email',
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    let at = text.indexOf('@');
    let lastEnd = 0;
    while (at >= 0) {
      // Round 12: one space either side of the '@', as OCR and hurried typing leave it ("anna.berg @ telia.com").
      const gapBefore = text.charCodeAt(at - 1) === 32 && isLocal(text.charCodeAt(at - 2)) ? 1 : 0;
      const gapAfter = text.charCodeAt(at + 1) === 32 && isDomain(text.charCodeAt(at + 2)) ? 1 : 0;
      let s = at - gapBefore;
      while (s > lastEnd && isLocal(text.charCodeAt(s - 1))) s--;
      let e = domainEnd(text, at + 1 + gapAfter);
      while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--; // sentence full stop
      while (s < at && text.charCodeAt(s) === 46) s++;
      let domain = text.slice(at + 1 + gapAfter, e);
      if (domain.indexOf('\n') >= 0) domain = domain.replace(/\r?\n/g, '');
      const dot = domain.lastIndexOf('.');
      if (s < at - gapBefore && dot > 0 && domain.length - dot - 1 >= 2 && /^[a-zA-Z]+$/.test(domain.slice(dot + 1)) &&
        !(gapBefore + gapAfter > 0 && !/[._\d]/.test(text.slice(s, at)) && domain.indexOf('.') === dot && !/^[a-z]/.test(domain))) {
        out.push({ type: 'email', start: s, end: e, score: 0.95,
          explanation: 'E-postadress: namn@domän med toppdomän' });
        lastEnd = e;
      }
      at = text.indexOf('@', Math.max(e, at + 1));
    }
    if (text.indexOf('(at)') >= 0 || text.indexOf('[at]') >= 0) glued(text, out);
    if (text.indexOf('snabel') >= 0 || text.indexOf('(at)') >= 0 || text.indexOf('[at]') >= 0) {
      SPOKEN.lastIndex = 0;
      for (let m = SPOKEN.exec(text); m; m = SPOKEN.exec(text)) {
        out.push({ type: 'email', start: m.index, end: m.index + m[0].length, score: 0.9,
          explanation: 'E-postadress utskriven med ord ("punkt", "snabel-a")' });
      }
    }
    return out;
  },
};

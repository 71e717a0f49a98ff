// E-mail addresses, including the "namn punkt efternamn snabela domän punkt se" form authorities' web pages use.
import type { Detector, Finding } from './types.ts';

// Found by looking for '@' and growing outwards, so a long run of letters is read once, not once per start.
const isLocal = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
  c === 46 || c === 95 || c === 45 || c === 43 || c === 37 || c === 39 || (c >= 0xc0 && c <= 0x24f);
const isDomain = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || (c >= 0xc0 && c <= 0x24f);

// "lars punkt hederstrom snabela lansstyrelsen punkt se": words joined by "punkt", "snabel-a" for '@'.
const SPOKEN = /(?<![\p{L}\d])[\p{L}\d_-]+(?: punkt [\p{L}\d_-]+){0,4} (?:snabela|snabel-a|snabel a|\(at\)|\[at\]) [\p{L}\d_-]+(?: punkt [\p{L}\d_-]+){1,4}(?![\p{L}\d])/giu;

export const emailDetector: Detector = {
  name: 'email',
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    let at = text.indexOf('@');
    let lastEnd = 0;
    while (at >= 0) {
      let s = at;
      while (s > lastEnd && isLocal(text.charCodeAt(s - 1))) s--;
      let e = at + 1;
      while (e < text.length && isDomain(text.charCodeAt(e))) e++;
      while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--; // sentence full stop
      while (s < at && text.charCodeAt(s) === 46) s++;
      const domain = text.slice(at + 1, e);
      const dot = domain.lastIndexOf('.');
      if (s < at && dot > 0 && domain.length - dot - 1 >= 2 && /^[a-zA-Z]+$/.test(domain.slice(dot + 1))) {
        out.push({ type: 'email', start: s, end: e, score: 0.95,
          explanation: 'E-postadress: namn@domän med toppdomän' });
        lastEnd = e;
      }
      at = text.indexOf('@', Math.max(e, at + 1));
    }
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

// Check-digit algorithms: Luhn (personnummer, bankgiro, plusgiro), GS1 (anläggnings-ID) and ISO 7064 mod 97 (IBAN).
// Hand-written rather than taken from the `personnummer`/`kontonummer` packages: each is a few lines over
// char codes with no allocation, and the engine calls them for every candidate in a scan that must reach
// tens of MB/s; the packages parse and build objects per call.

/** Luhn over a string of digits (the last digit is the check digit). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** GS1 mod-10 (weights 3,1 from the right, check digit excluded). */
export function gs1Valid(digits: string): boolean {
  const n = digits.length;
  let sum = 0;
  for (let i = n - 2, w = 3; i >= 0; i--, w = 4 - w) sum += (digits.charCodeAt(i) - 48) * w;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(n - 1) - 48;
}

/** IBAN check: move the first four characters to the end, letters to numbers, remainder mod 97 must be 1. */
export function ibanValid(compact: string): boolean {
  if (compact.length < 15 || compact.length > 34) return false;
  const s = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

/** Keeps only ASCII digits. */
export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}

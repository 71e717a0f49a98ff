// Personnummer and samordningsnummer: Skatteverket's test numbers in every written form, invalid cases, near misses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import { personnummerDetector } from '../../../src/detect/personnummer.ts';

// Skatteverket's test personnummer, copied from shared/testdata (tests never read ../shared).
const dir = new URL('../../fixtures/personnummer/', import.meta.url);
const load = <T>(f: string): T => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as T;

/** The six forms the issue requires, from a 12-digit number. */
function forms(p: string): string[] {
  const short = p.slice(2, 8);
  const tail = p.slice(8);
  return [`${p.slice(0, 8)}-${tail}`, `${short}-${tail}`, p, short + tail, `${short} ${tail}`, `${short}\u2013${tail}`];
}

function expectAllFound(numbers: string[], type: 'personnummer' | 'samordningsnummer'): void {
  // One long text of sentences, scanned once; every written number must come back as one finding.
  const parts: string[] = [];
  const spans: [number, number, string][] = [];
  let pos = 0;
  for (const n of numbers) {
    for (const f of forms(n)) {
      const sentence = `Den sökande har nummer ${f} enligt ansökan. `;
      const at = pos + sentence.indexOf(f);
      spans.push([at, at + f.length, f]);
      parts.push(sentence);
      pos += sentence.length;
    }
  }
  const text = parts.join('');
  const found = new Map(personnummerDetector.detect(text).map((f) => [f.start, f]));
  const missing = spans.filter(([s, e]) => {
    const f = found.get(s);
    return !f || f.end !== e || f.type !== type || f.score < 0.5;
  });
  expect(missing.map((m) => m[2]).slice(0, 10)).toEqual([]);
}

describe('personnummer detector', () => {
  it('finds every Skatteverket test personnummer in all six forms', () => {
    expectAllFound(load<string[]>('allPins.json'), 'personnummer');
  });

  it('finds every Skatteverket test samordningsnummer in all six forms, odd dates included', () => {
    expectAllFound(load<string[]>('allCoords.json'), 'samordningsnummer');
  });

  it('does not flag the invalid cases in list.json and structured.json as valid, except space-separated ones', () => {
    type Case = { long_format: string; short_format: string; separated_format: string; separated_long: string; valid: boolean };
    const list = load<Case[]>('list.json');
    const structured = load<{ ssn: { string: { invalid: string[] } }; con: { string: { invalid: string[] } } }>('structured.json');
    const invalid = [
      ...list.filter((c) => !c.valid).flatMap((c) => [c.long_format, c.short_format, c.separated_format, c.separated_long]),
      ...structured.ssn.string.invalid,
      ...structured.con.string.invalid,
    ].filter((s) => !/ /.test(s));
    for (const s of invalid) {
      const strong = scan(`Personnummer: ${s}.`).filter((f) => (f.type === 'personnummer' || f.type === 'samordningsnummer') && f.score >= 0.5);
      expect(strong, s).toEqual([]);
    }
  });

  it('flags a failed check digit with context as a possible typo below 0.5', () => {
    const [f] = personnummerDetector.detect('Personnummer: 19121212-1213');
    expect(f?.type).toBe('personnummer');
    expect(f!.score).toBeLessThan(0.5);
  });

  it('valid numbers in the valid list are found', () => {
    const structured = load<{ ssn: { string: { valid: string[] } }; con: { string: { valid: string[] } } }>('structured.json');
    for (const s of [...structured.ssn.string.valid, ...structured.con.string.valid]) {
      const f = scan(`Nummer ${s} i texten.`).find((x) => x.type === 'personnummer' || x.type === 'samordningsnummer');
      expect(f, s).toBeDefined();
      expect(f!.score).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('reads a plus sign as 100 years or older and a non-breaking space as a separator', () => {
    expect(personnummerDetector.detect('född 121212+1212')[0]?.type).toBe('personnummer');
    expect(personnummerDetector.detect('pnr 121212\u00a01212')[0]?.end).toBe(15);
  });

  it('never takes part of a longer run of digits', () => {
    expect(personnummerDetector.detect('1191212121212')).toEqual([]);
    expect(personnummerDetector.detect('19121212-12123')).toEqual([]);
    expect(personnummerDetector.detect('735999191212121212')).toEqual([]);
  });

  it('takes an organisationsnummer (month 20 or more) for information only', () => {
    const orgs = load<{ separated_format: string }[]>('orgnumber.json');
    for (const o of orgs) {
      const types = scan(`Bolaget har organisationsnummer ${o.separated_format}.`).map((f) => f.type);
      expect(types).not.toContain('personnummer');
      expect(types).not.toContain('samordningsnummer');
    }
  });

  it('leaves dates, invoice numbers and amounts alone', () => {
    for (const s of ['Beslut 2024-03-15 kl. 14:30', 'Fakturanummer 8503121234', 'OCR 19850312123', 'Belopp 121 212 kr', 'Dnr 2019/121212']) {
      expect(scan(s).filter((f) => f.type === 'personnummer' || f.type === 'samordningsnummer'), s).toEqual([]);
    }
  });
});

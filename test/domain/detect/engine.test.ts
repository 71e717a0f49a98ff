// The engine's overlap resolution by clusters and its batch form give what resolving all findings at once by
// priority gives (the rule: the higher score wins, then the longer span, then the earlier start; ties in detector order).
import { describe, expect, it } from 'vitest';
import { scan, scanMany, type Detector, type Finding } from '../../../src/detect/engine.ts';

/** The rule written plainly: every finding by priority, a per-character mask over the whole text. */
function reference(text: string, detectors: readonly Detector[]): Finding[] {
  const all = detectors.flatMap((d) => d.detect(text)).filter((f) => f.end > f.start);
  all.sort((a, b) => b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Finding[] = [];
  for (const f of all) {
    if (taken.subarray(f.start, f.end).some((x) => x)) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

let seed = 99;
const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);

/** Detectors that return random, often overlapping, spans (some empty), a few scores so that ties happen. */
function randomDetectors(n: number): Detector[] {
  return Array.from({ length: 4 }, (_, d) => {
    const found: Finding[] = Array.from({ length: Math.floor(rnd() * 40) }, () => {
      const start = Math.floor(rnd() * n);
      return { type: 'name', start, end: Math.min(n, start + Math.floor(rnd() * 12)), score: Math.floor(rnd() * 3) / 2, explanation: `detektor ${d}` };
    });
    return { name: `d${d}`, detect: () => found };
  });
}

describe('the scan engine', () => {
  it('resolves overlaps as resolving every finding at once by priority does', () => {
    for (let k = 0; k < 2000; k++) {
      const text = 'x'.repeat(150);
      const detectors = randomDetectors(text.length);
      expect(scan(text, detectors)).toEqual(reference(text, detectors));
    }
  });

  it('keeps the first detector\'s finding when two give the same span and score', () => {
    const f = (type: Finding['type']): Finding => ({ type, start: 2, end: 6, score: 0.9, explanation: type });
    const detectors: Detector[] = [{ name: 'a', detect: () => [f('phone')] }, { name: 'b', detect: () => [f('bank_account')] }];
    expect(scan('ab1234cd', detectors).map((x) => x.type)).toEqual(['phone']);
  });

  it('scanMany gives each text what scan gives it, for the real detectors', () => {
    const texts = [
      'Anna Svensson, 121212-1212, bor på Storgatan 3, 123 45 Flen. Ring 070-123 45 67 eller mejla anna@example.se.',
      '',
      'Fastigheten Flen Kvarnen 3:12 och mätaren 735999123456789012.',
      'NAMN;PERSONNUMMER\nBERG;OLOF;19121212-1212\n',
    ];
    expect(scanMany(texts)).toEqual(texts.map((t) => scan(t)));
  });
});

describe('a loser that runs into a winner of another type (round 11b)', () => {
  const at = (text: string, part: string, type: Finding['type'], score: number): Finding => {
    const start = text.indexOf(part);
    return { type, start, end: start + part.length, score, explanation: `${type} förklaring` };
  };
  const run = (text: string, found: Finding[]): string[] =>
    scan(text, [{ name: 'fake', detect: () => found }]).map((f) => `${f.type}:${text.slice(f.start, f.end)}:${f.explanation}`);

  it('keeps the whole words before the winner, with its explanation', () => {
    const text = 'Gäster: Ingrid Falk Solrosv 7, Ösby';
    expect(run(text, [at(text, 'Ingrid Falk Solrosv', 'name', 0.8), at(text, 'Solrosv 7', 'address', 0.9)]))
      .toEqual(['name:Ingrid Falk:name förklaring', 'address:Solrosv 7:address förklaring']);
  });

  it('gives up a word the winner starts inside, and drops a loser with nothing whole left', () => {
    const text = 'Ref Bo Ekab12 3:4';
    expect(run(text, [at(text, 'Bo Ekab12', 'name', 0.8), at(text, 'b12 3:4', 'property', 0.9)]))
      .toEqual(['name:Bo:name förklaring', 'property:b12 3:4:property förklaring']);
    expect(run(text, [at(text, 'Ekab12', 'name', 0.8), at(text, 'b12 3:4', 'property', 0.9)]))
      .toEqual(['property:b12 3:4:property förklaring']);
  });

  it('drops a loser of the same type, one the winner starts at or before, and a part without a letter', () => {
    const text = 'Anna Holm Ek 070-111 22 33';
    expect(run(text, [at(text, 'Anna Holm', 'name', 0.8), at(text, 'Holm Ek', 'name', 0.9)])).toEqual(['name:Holm Ek:name förklaring']);
    expect(run(text, [at(text, 'Ek 070', 'name', 0.8), at(text, 'Holm Ek', 'address', 0.9)])).toEqual(['address:Holm Ek:address förklaring']);
    expect(run(text, [at(text, '070-111 22', 'bank_account', 0.8), at(text, '111 22 33', 'phone', 0.9)]))
      .toEqual(['phone:111 22 33:phone förklaring']);
  });
});

// Tests for building the released version from the original and its redactions (TF 2 kap. 15 § third sentence).
import { describe, expect, it } from 'vitest';
import {
  buildReleasedText,
  countGraphemes,
  fixedMarker,
  MARKER_BLOCK,
  lengthPreservingMarker,
  maskedSpans,
  widenToGraphemes,
  type MarkerMode,
  type Redaction,
} from '../../src/domain/redaction.ts';
import { provisionCatalogue } from '../../src/domain/provisions.ts';

const r = (start: number, end: number, provisionLabel = 'OSL 21:7'): Redaction => ({ start, end, provisionLabel });
const at = (text: string, part: string, from = 0): Redaction => {
  const i = text.indexOf(part, from);
  if (i < 0) throw new Error(`no ${part}`);
  return r(i, i + part.length);
};
const fixed = (text: string, reds: Redaction[]) => buildReleasedText(text, reds, { mode: 'fixed' });
const blocks = (text: string, reds: Redaction[]) => buildReleasedText(text, reds, { mode: 'length_preserving' });
const M = '[maskerat – OSL 21:7]';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('buildReleasedText, fixed markers', () => {
  it('returns the original untouched when nothing is masked', () => {
    expect(fixed('Beslut i ärendet.', [])).toEqual({ text: 'Beslut i ärendet.', markers: [] });
  });

  it('replaces the span with a marker naming the provision', () => {
    const text = 'Anna Svensson ansöker om bygglov.';
    const out = fixed(text, [r(0, 13)]);
    expect(out.text).toBe(`${M} ansöker om bygglov.`);
    expect(out.markers).toEqual([
      { start: 0, end: M.length, provisionLabel: 'OSL 21:7', provisionLabels: ['OSL 21:7'], sourceStart: 0, sourceEnd: 13 },
    ]);
    expect(out.text.slice(out.markers[0]!.start, out.markers[0]!.end)).toBe(M);
  });

  it('gives the same marker whatever the length hidden, so the length is not revealed', () => {
    const short = fixed('Bo bor här.', [r(0, 2)]).text;
    const name = 'Maximiliana Charlotta Eleonora af Klercker-Wachtmeister '.repeat(10).trim();
    const long = fixed(`${name} bor här.`, [r(0, name.length)]).text;
    expect(short).toBe(`${M} bor här.`);
    expect(long).toBe(`${M} bor här.`);
  });

  it('masks several spans and keeps the text between them', () => {
    const text = 'Anna Svensson, 19900101-2385, bor på Storgatan 1.';
    const out = fixed(text, [at(text, 'Anna Svensson'), at(text, '19900101-2385'), at(text, 'Storgatan 1')]);
    expect(out.text).toBe(`${M}, ${M}, bor på ${M}.`);
    expect(out.markers.map((m) => [m.sourceStart, m.sourceEnd])).toEqual([
      [0, 13],
      [15, 28],
      [37, 48],
    ]);
    for (const m of out.markers) expect(out.text.slice(m.start, m.end)).toBe(M);
  });

  it('merges overlapping spans and lists every provision once, in order of appearance', () => {
    const text = 'Patienten Anna Svensson, Storgatan 1, vårdades.';
    const out = fixed(text, [r(10, 23, 'OSL 25:1'), r(15, 36, 'OSL 21:7'), r(20, 30, 'OSL 25:1')]);
    expect(out.text).toBe('Patienten [maskerat – OSL 25:1, OSL 21:7], vårdades.');
    expect(out.markers).toHaveLength(1);
    expect(out.markers[0]).toMatchObject({ sourceStart: 10, sourceEnd: 36, provisionLabels: ['OSL 25:1', 'OSL 21:7'] });
    expect(out.markers[0]!.provisionLabel).toBe('OSL 25:1, OSL 21:7');
  });

  it('merges adjacent spans, so two markers side by side do not show where one passage ended', () => {
    const text = 'AnnaSvensson bor här.';
    const out = fixed(text, [r(0, 4, 'OSL 21:7'), r(4, 12, 'OSL 26:1')]);
    expect(out.text).toBe('[maskerat – OSL 21:7, OSL 26:1] bor här.');
    expect(out.markers).toHaveLength(1);
  });

  it('keeps spans one character apart as two markers', () => {
    expect(fixed('Anna Svensson', [r(0, 4), r(5, 13)]).text).toBe(`${M} ${M}`);
  });

  it('merges a span inside another and a duplicate without repeating the provision', () => {
    const text = 'Namn: Anna Svensson.';
    expect(fixed(text, [r(6, 19), r(11, 19), r(6, 19), r(6, 10)]).text).toBe(`Namn: ${M}.`);
  });

  it('does not depend on the order the redactions come in', () => {
    const text = 'Anna Svensson, Storgatan 1, 19900101-2385, vårdtagare.';
    const reds = [r(0, 13, 'OSL 21:7'), r(10, 26, 'OSL 26:1'), r(28, 41, 'OSL 22:1'), r(41, 42, 'OSL 21:7')];
    const expected = fixed(text, reds);
    for (const order of [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]) {
      expect(fixed(text, order.map((i) => reds[i]!))).toEqual(expected);
    }
  });

  it('masks at the very start and the very end of the text', () => {
    const text = 'Anna skrev till Svensson';
    expect(fixed(text, [r(0, 4), r(16, 24)]).text).toBe(`${M} skrev till ${M}`);
    expect(fixed(text, [r(0, text.length)])).toMatchObject({ text: M, markers: [{ start: 0, end: M.length }] });
  });

  it('masks across line breaks as one marker, hiding the line structure too', () => {
    const text = 'Till:\nAnna Svensson\nStorgatan 1\n123 45 Ort\n\nHej!';
    const out = fixed(text, [r(6, 42)]);
    expect(out.text).toBe(`Till:\n${M}\n\nHej!`);
  });

  it('widens a span that ends between CR and LF to take the LF too', () => {
    const text = 'Namn: Anna\r\nÄrende: bygglov';
    const out = fixed(text, [r(6, 11)]);
    expect(out.markers[0]).toMatchObject({ sourceStart: 6, sourceEnd: 12 });
    expect(out.text).toBe(`Namn: ${M}Ärende: bygglov`);
    expect(out.text).not.toMatch(/^\n|[^\r]\n/);
  });
});

describe('buildReleasedText, length-preserving blocks', () => {
  it('puts one block per hidden character and names the provision after them', () => {
    const text = 'Anna Svensson ansöker.';
    const out = blocks(text, [r(0, 13)]);
    expect(out.text).toBe(`${MARKER_BLOCK.repeat(13)}[OSL 21:7] ansöker.`);
    expect(out.markers[0]).toMatchObject({ start: 0, end: 23, provisionLabel: 'OSL 21:7', sourceStart: 0, sourceEnd: 13 });
  });

  it('replaces line breaks inside the span too, so the layout of the hidden passage is not revealed', () => {
    const text = 'Till:\nAnna\nStorgatan 1\n\nHej';
    const out = blocks(text, [r(6, 22)]);
    expect(out.text).toBe(`Till:\n${MARKER_BLOCK.repeat(16)}[OSL 21:7]\n\nHej`);
    expect(out.text.split('\n')).toHaveLength(4);
  });

  it('counts a CRLF, an emoji sequence, a flag and a letter with a combining mark as one character each', () => {
    // a, CRLF, the family, Z, o, ë, the flag, x
    const text = 'a\r\n👩‍👩‍👧Zoe\u0308🇸🇪x';
    const out = blocks(text, [r(0, text.length)]);
    expect(out.text).toBe(`${MARKER_BLOCK.repeat(8)}[OSL 21:7]`);
  });

  it('merges overlapping spans into one block run with both provisions in the marker list', () => {
    const out = blocks('abcdefghij', [r(1, 5, 'OSL 21:7'), r(3, 8, 'OSL 26:1')]);
    expect(out.text).toBe(`a${MARKER_BLOCK.repeat(7)}[OSL 21:7, OSL 26:1]ij`);
    expect(out.markers[0]).toMatchObject({ start: 1, end: 28, provisionLabels: ['OSL 21:7', 'OSL 26:1'] });
  });
});

describe('grapheme boundaries', () => {
  it('never splits a ZWJ emoji sequence: a span inside it hides all of it', () => {
    const text = 'Hej 👩‍👩‍👧 då';
    const family = '👩‍👩‍👧';
    for (let s = 4; s < 4 + family.length; s++) {
      for (let e = s + 1; e <= 4 + family.length; e++) {
        const out = fixed(text, [r(s, e)]);
        expect(out.text).toBe(`Hej ${M} då`);
        expect(out.text).not.toMatch(LONE_SURROGATE);
        expect(out.text).not.toContain('\u200D');
      }
    }
  });

  it('never leaves a combining mark or its base behind (Zoë written with U+0308)', () => {
    const text = 'Zoe\u0308 Ek';
    expect(fixed(text, [r(0, 3)]).text).toBe(`${M} Ek`);
    expect(fixed(text, [r(3, 4)]).text).toBe(`Zo${M} Ek`);
    expect(fixed(text, [r(2, 3)]).markers[0]).toMatchObject({ sourceStart: 2, sourceEnd: 4 });
    expect(fixed(text, [r(0, 3)]).text).not.toMatch(/\p{M}/u);
  });

  it('widens to whole flags and pairs regional indicators correctly', () => {
    const text = 'x🇸🇪🇳🇴y';
    expect(widenToGraphemes(text, 3, 4)).toEqual({ start: 1, end: 5 });
    expect(widenToGraphemes(text, 5, 6)).toEqual({ start: 5, end: 9 });
    expect(fixed(text, [r(6, 7)]).text).toBe(`x🇸🇪${M}y`);
  });

  it('widens a span that cuts a surrogate pair or a skin-tone modifier', () => {
    const text = 'Tumme 👍🏽 upp';
    expect(widenToGraphemes(text, 7, 8)).toEqual({ start: 6, end: 10 });
    expect(fixed(text, [r(8, 9)]).text).toBe(`Tumme ${M} upp`);
  });

  it('does not widen to whole words: a person chose the span', () => {
    expect(fixed('Svensson', [r(0, 5)]).text).toBe(`${M}son`);
  });

  it('agrees with a full segmentation on long runs with no boundary that is safe to start from', () => {
    // 300 flags in a row (regional indicators pair from the start of the run) and a 300-letter
    // Devanagari conjunct (GB9c joins it into one cluster).
    const text = `x${'🇸🇪'.repeat(300)}${'क\u094D'.repeat(300)}क y`;
    const boundaries = fullBoundaries(text);
    for (const k of [1, 2, 3, 598, 600, 601, 1200, 1201, 1500, text.length - 3]) {
      const w = widenToGraphemes(text, k, k + 1);
      expect(w.start).toBe(Math.max(...boundaries.filter((b) => b <= k)));
      expect(w.end).toBe(Math.min(...boundaries.filter((b) => b >= k + 1)));
    }
    expect(widenToGraphemes(text, 1300, 1301)).toEqual({ start: 1201, end: 1802 });
    expect(countGraphemes(text)).toBe(304);
  });
});

describe('invalid redactions are refused', () => {
  const text = 'Anna Svensson ansöker.';
  it.each([
    ['start after end', r(5, 3)],
    ['empty span', r(5, 5)],
    ['negative start', r(-1, 3)],
    ['end past the text', r(0, text.length + 1)],
    ['non-integer offsets', r(0.5, 3)],
    ['NaN', r(Number.NaN, 3)],
    ['no provision', r(0, 4, '')],
    ['blank provision', r(0, 4, '   ')],
    ['a bracket in the provision', r(0, 4, 'OSL 21:7]')],
    ['a line break in the provision', r(0, 4, 'OSL\n21:7')],
  ])('%s', (_name, bad) => {
    expect(() => fixed(text, [r(0, 4), bad])).toThrow(RangeError);
    expect(() => maskedSpans(text, [bad])).toThrow(RangeError);
  });

  it('names the redaction by number and never quotes the text (no personal data in errors)', () => {
    try {
      fixed(text, [r(0, 13), r(9, 4)]);
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe('Maskering 2: början (9) måste ligga före slutet (4).');
    }
  });

  it('refuses an unknown mode', () => {
    expect(() => buildReleasedText(text, [], { mode: 'blurred' as MarkerMode })).toThrow(RangeError);
  });
});

// Its speed is measured by `npm run bench:domain`, not here: tests assert behaviour only.
describe('a large handling', () => {
  it('builds a 1 MB released version with 500 redactions, every one marked', () => {
    const para = 'Nämnden beslutade i ärendet om bygglov för fastigheten. Zoë 👩‍👩‍👧 skrev.\n';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const reds = Array.from({ length: 500 }, (_, i) => r(i * 1900 + 60, i * 1900 + 60 + 5 + (i % 40)));
    for (const mode of ['fixed', 'length_preserving'] as const) {
      const out = buildReleasedText(text, reds, { mode });
      expect(out.markers).toHaveLength(500);
      expect(out.text).not.toMatch(LONE_SURROGATE);
    }
  });
});

// ------------------------------------------------------------------------------------------------
// Property test: random texts and random redactions against a naive model built from a full
// grapheme segmentation and a per-character mask.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const segmenter = new Intl.Segmenter('sv', { granularity: 'grapheme' });
function fullBoundaries(text: string): number[] {
  const b = [...segmenter.segment(text)].map((s) => s.index);
  b.push(text.length);
  return b;
}

const TOKENS = [
  'och', 'att', 'det', 'som', 'är', 'på', 'för', 'Åsa', 'Öberg', 'Svensson', 'Svenssons', 'Anna', 'nämnden',
  'ärendet', 'beslut', 'bygglov', 'Zoë', 'Zoe\u0308', 'Björn', 'Ärla', '👩‍👩‍👧', '👍🏽', '🇸🇪', '🇳🇴', '19900101-2385',
  '070-123 45 67', '123 45', 'Storgatan', '\n', '\r\n', '\n\n', '—', 'é', 'ﬁ',
];

function randomText(rand: () => number, maxTokens: number): string {
  const n = 1 + Math.floor(rand() * maxTokens);
  let s = '';
  for (let i = 0; i < n; i++) {
    const x = rand();
    const tok = x < 0.1 ? String(Math.floor(rand() * 100000)) : TOKENS[Math.floor(rand() * TOKENS.length)]!;
    s += tok + (rand() < 0.7 ? ' ' : rand() < 0.5 ? '' : '\n');
  }
  return s;
}

function randomRedactions(rand: () => number, text: string, max: number): Redaction[] {
  const labels = provisionCatalogue.map((p) => p.label);
  const n = Math.floor(rand() * (max + 1));
  return Array.from({ length: n }, () => {
    const a = Math.floor(rand() * text.length);
    const len = 1 + Math.floor(rand() * Math.min(25, text.length - a));
    return r(a, Math.min(text.length, a + len), labels[Math.floor(rand() * labels.length)]!);
  }).filter((x) => x.start < x.end);
}

/** The naive model: which code units are hidden, the kept segments, and each hidden region. */
function model(text: string, reds: Redaction[]) {
  const bounds = fullBoundaries(text);
  const hidden = new Uint8Array(text.length);
  const widened = reds.map((x) => {
    const s = Math.max(...bounds.filter((b) => b <= x.start));
    const e = Math.min(...bounds.filter((b) => b >= x.end));
    hidden.fill(1, s, e);
    return { s, e, label: x.provisionLabel };
  });
  const kept: string[] = [];
  const regions: Array<{ s: number; e: number; labels: Set<string>; graphemes: number }> = [];
  let i = 0;
  let cur = '';
  while (i < text.length) {
    if (hidden[i]) {
      kept.push(cur);
      cur = '';
      let e = i;
      while (e < text.length && hidden[e]) e++;
      const labels = new Set(widened.filter((w) => w.s >= i && w.e <= e).map((w) => w.label));
      regions.push({ s: i, e, labels, graphemes: bounds.filter((b) => b > i && b <= e).length });
      i = e;
    } else {
      cur += text[i];
      i++;
    }
  }
  kept.push(cur);
  return { kept, regions, widened };
}

// Characters that exercise every joining rule of UAX #29: CR LF, marks, ZWJ, emoji modifiers,
// regional indicators, Hangul jamo and syllables, a Devanagari virama conjunct, Thai SARA AM, an
// Arabic Prepend, tags, variation selectors, a lone surrogate.
const JOINERS = [
  'a', 'Z', ' ', '\n', '\r', 'å', 'e', '\u0308', '\u0301', '\u200D', '\u200C', '👩', '👧', '👍', '🏽', '🇸', '🇪', '🇳',
  '\u1100', '\u1161', '\u11A8', '가', '각', 'क', '\u094D', 'ष', 'ก', '\u0E33', '\u0600', '١', '\u{E0067}', '\u{E007F}', '🏴',
  '\uFE0F', '❤', '\uD800', 'ｶ', '\uFF9E', '中', '文', 'Я', '\u0483',
];

describe('property: grapheme widening agrees with a full segmentation', () => {
  it('holds for every span of one code unit in 3000 random strings of joining characters', () => {
    const rand = mulberry32(29);
    for (let run = 0; run < 3000; run++) {
      let text = '';
      const n = 1 + Math.floor(rand() * 24);
      for (let i = 0; i < n; i++) text += JOINERS[Math.floor(rand() * JOINERS.length)]!;
      const bounds = fullBoundaries(text);
      for (let k = 0; k < text.length; k++) {
        const expected = {
          start: Math.max(...bounds.filter((b) => b <= k)),
          end: Math.min(...bounds.filter((b) => b >= k + 1)),
        };
        expect(widenToGraphemes(text, k, k + 1), `${JSON.stringify(text)} at ${k}`).toEqual(expected);
      }
      expect(countGraphemes(text), JSON.stringify(text)).toBe(bounds.length - 1);
    }
  });
});

describe('property: nothing masked survives into the released version', () => {
  it('holds for 1000 random texts and redactions in both modes', () => {
    const rand = mulberry32(20260306);
    let checkedStrings = 0;
    let skippedAsStandingElsewhere = 0;
    for (let run = 0; run < 1000; run++) {
      const text = randomText(rand, 40);
      const reds = randomRedactions(rand, text, 6);
      const m = model(text, reds);
      for (const mode of ['fixed', 'length_preserving'] as const) {
        const out = buildReleasedText(text, reds, { mode });
        const ctx = `run ${run} ${mode}: ${JSON.stringify(text)} ${JSON.stringify(reds)}`;

        // Structure: the kept segments, in order, separated by exactly one marker per hidden region.
        expect(out.markers.length, ctx).toBe(m.regions.length);
        const pieces: string[] = [];
        let cursor = 0;
        out.markers.forEach((mk, k) => {
          pieces.push(out.text.slice(cursor, mk.start));
          cursor = mk.end;
          const region = m.regions[k]!;
          expect([mk.sourceStart, mk.sourceEnd], ctx).toEqual([region.s, region.e]);
          expect(new Set(mk.provisionLabels), ctx).toEqual(region.labels);
          const shown = out.text.slice(mk.start, mk.end);
          expect(shown, ctx).toBe(
            mode === 'fixed' ? fixedMarker(mk.provisionLabels) : lengthPreservingMarker(region.graphemes, mk.provisionLabels),
          );
        });
        pieces.push(out.text.slice(cursor));
        expect(pieces, ctx).toEqual(m.kept);
        expect(out.text, ctx).not.toMatch(LONE_SURROGATE);

        // The leak property, on the released text with the (public) marker text blanked out.
        const blanked = pieces.join('\u0000');
        const masked = [
          ...reds.map((x) => text.slice(x.start, x.end)),
          ...m.widened.map((w) => text.slice(w.s, w.e)),
        ];
        for (const s of masked) {
          if ([...s].length < 3) continue;
          if (m.kept.some((k) => k.includes(s))) {
            skippedAsStandingElsewhere++;
            continue;
          }
          checkedStrings++;
          expect(blanked.includes(s), `${ctx} leaked ${JSON.stringify(s)}`).toBe(false);
        }
      }
    }
    // The generator must exercise both branches.
    expect(checkedStrings).toBeGreaterThan(2000);
    expect(skippedAsStandingElsewhere).toBeGreaterThan(50);
  });
});

// Tests for the leak guard: masked text must not remain in a released version or stand unmasked elsewhere in the request.
import { describe, expect, it } from 'vitest';
import {
  checkRelease,
  FIELD_MARKER,
  findLeaks,
  RequesterGuard,
  foldForComparison,
  ReleasedVersionMismatchError,
  type LeakHit,
  type ReleaseDocument,
} from '../../src/domain/leakGuard.ts';
import { buildReleasedText, type MarkerMode, type Redaction } from '../../src/domain/redaction.ts';
import { provisionCatalogue } from '../../src/domain/provisions.ts';

// 19900101-2385 is one of Skatteverket's test personnummer (test/fixtures/personnummer, copied from ../shared/testdata/personnummer).
const PNR = '19900101-2385';

const r = (start: number, end: number, provisionLabel = 'OSL 21:7'): Redaction => ({ start, end, provisionLabel });
const at = (text: string, part: string, from = 0): Redaction => {
  const i = text.indexOf(part, from);
  if (i < 0) throw new Error(`no ${part}`);
  return r(i, i + part.length);
};
const doc = (id: string, original: string, redactions: Redaction[], mode: MarkerMode = 'fixed'): ReleaseDocument => ({
  id,
  original,
  redactions,
  released: buildReleasedText(original, redactions, { mode }).text,
});
const shown = (docs: ReleaseDocument[], h: LeakHit) => docs.find((d) => d.id === h.documentId)!.original.slice(h.start, h.end);

describe('findLeaks: how masked text is compared', () => {
  const found = (text: string, masked: string) => findLeaks(text, [masked]).map((h) => text.slice(h.start, h.end));

  it.each([
    ['1990 0101 2385'],
    ['199001012385'],
    ['19900101–2385'],
    ['19900101—2385'],
    ['19900101\u00A02385'],
    ['19900101-\n2385'],
    ['1990-01-01 23 85'],
    ['1990.01.01/2385'],
    ['900101-2385'],
  ])('finds the personnummer written as %j', (written) => {
    expect(found(`Sökande: ${written}.`, PNR)).toEqual([written]);
  });

  it('does not confuse a different number or numbers split by words or commas', () => {
    expect(found('Sökande: 19900101-2386.', PNR)).toEqual([]);
    expect(found('År 1990, 0101 och 2385.', PNR)).toEqual([]);
    expect(found('1990 0101, 2385', PNR)).toEqual([]);
  });

  it.each([['+46 70 123 45 67'], ['0046701234567'], ['070 1234567'], ['(070) 123 45 67'], ['070-1234567']])(
    'finds the phone number written as %j',
    (written) => {
      expect(found(`Ring ${written} i dag`, '070-123 45 67')).toEqual([written]);
    },
  );

  it('finds a number given with +46 written nationally', () => {
    expect(found('Ring 070-123 45 67', '+46 70 123 45 67')).toEqual(['070-123 45 67']);
  });

  it.each([
    ['ANNA SVENSSON'],
    ['anna svensson'],
    ['Anna\nSvensson'],
    ['Anna\r\n  Svensson'],
    ['Anna\u00A0Svensson'],
    ['Anna-Svensson'],
    ['Anna Svens-\nson'],
    ['Anna Svens\u00ADson'],
  ])('finds the name written as %j', (written) => {
    expect(found(`Brev från ${written} i går`, 'Anna Svensson')).toEqual([written]);
  });

  it('finds the genitive and compounds, but not a match starting mid-word', () => {
    expect(found('Anna Svenssons brev', 'Anna Svensson')).toEqual(['Anna Svensson']);
    expect(found('Hanna Svensson skrev', 'Anna Svensson')).toEqual([]);
    expect(found('Neva och Eva', 'Eva')).toEqual(['Eva']);
  });

  it('ignores diacritics and compatibility forms: PDFs and hurried typing lose them', () => {
    expect(found('Asa Oberg ringde', 'Åsa Öberg')).toEqual(['Asa Oberg']);
    expect(found('A\u030Asa O\u0308berg ringde', 'Åsa Öberg')).toEqual(['A\u030Asa O\u0308berg']);
    expect(found('ZOË skrev', 'Zoe\u0308')).toEqual(['ZOË']);
    expect(found('Soﬁa Ek', 'Sofia Ek')).toEqual(['Soﬁa Ek']);
    expect(found('pnr １９９００１０１-２３８５', PNR)).toEqual(['１９９００１０１-２３８５']);
  });

  it('finds the digits of a masked string that also has letters', () => {
    expect(found('Se 199001012385 ovan', `pnr ${PNR}`)).toEqual(['199001012385']);
    expect(found('Storgatan 12 och Storgatan 12', 'Storgatan 12')).toEqual(['Storgatan 12', 'Storgatan 12']);
    // A house number alone is too short to be searched as a number.
    expect(found('Lilla gatan 12', 'Storgatan 12')).toEqual([]);
  });

  it('does not search masked strings shorter than three characters (they would hit everywhere)', () => {
    expect(findLeaks('Bo bor i Bo, 12 år', ['Bo', '12', ' B-o '])).toEqual([]);
    expect(findLeaks('Bob', ['Bob'])).toHaveLength(1);
  });

  it('finds a masked name written with its last word first, as whole words (issue 10, hole 1)', () => {
    expect(found('Ärende: Ek, Bo – ansökan', 'Bo Ek')).toEqual(['Ek, Bo']);
    expect(found('Ärende: EK BO – ansökan', 'Bo Ek')).toEqual(['EK BO']);
    expect(found('Svensson, Anna Maria ringde', 'Anna Maria Svensson')).toEqual(['Svensson, Anna Maria']);
    expect(found('Ek Bostäder AB', 'Bo Ek')).toEqual([]);
    expect(found('kommunen, och', 'och kommunen')).toEqual([]);
  });

  it('returns offsets in the released text and the masked text as it was masked', () => {
    expect(findLeaks('x Anna  Svensson y', ['anna svensson'])).toEqual([{ start: 2, end: 16, maskedText: 'anna svensson' }]);
  });
});

describe('RequesterGuard: every string that reaches a requester', () => {
  const guard = new RequesterGuard(['Bo Ek', '19420107-7098', 'Ingrid Vallmark', 'Storgatan 12 B']);
  const shownIn = (text: string, exempt: string[] = []) => guard.leaks(text, exempt).map((h) => text.slice(h.start, h.end));

  it('finds titles that hold masked text in any of the forms the released text is checked in', () => {
    expect(shownIn('Ek, Bo – ansökan')).toEqual(['Ek, Bo']);
    expect(shownIn('Journal 194201077098')).toEqual(['194201077098']);
    expect(shownIn('Journal 420107-7098')).toEqual(['420107-7098']);
    expect(shownIn('PM om Ingrid Vallmark')).toEqual(['Ingrid Vallmark']);
  });

  it('finds a word of a masked name standing alone, but not a word of an address', () => {
    expect(shownIn('PM om Vallmarks ärende')).toEqual(['Vallmark']);
    expect(shownIn('Besök på Storgatan')).toEqual([]);
    expect(new RequesterGuard(['123 46 Exempelstad']).leaks('Exempelstads Energi AB')).toEqual([]);
    expect(shownIn('Kundklagomål 2026-10-03')).toEqual([]);
  });

  it('clears a string with nothing masked, and brands only what it cleared', () => {
    const ok = guard.clear('Kundklagomål 2026-10-03');
    expect(ok).toEqual({ ok: true, value: 'Kundklagomål 2026-10-03' });
    const bad = guard.clear('Ek, Bo – ansökan');
    expect(bad.ok).toBe(false);
  });

  it('masks what it finds ("maskera även här"), and leaves exempted strings ("lämna ut här, med skäl")', () => {
    expect(guard.masked('Ek, Bo – ansökan, journal 19420107 7098')).toBe(`${FIELD_MARKER} – ansökan, journal ${FIELD_MARKER}`);
    expect(guard.masked('Ek, Bo – ansökan', ['Bo Ek'])).toBe('Ek, Bo – ansökan');
    expect(guard.masked(guard.masked('Ek, Bo'))).toBe(FIELD_MARKER);
  });
});

describe('findLeaks: markers never cause a hit', () => {
  it('ignores the marker text, recognised without a marker list', () => {
    const released = 'Ordet [maskerat – OSL 21:7] och [maskerat – OSL 21:7, OSL 26:1] samt ████.';
    expect(findLeaks(released, ['OSL 21:7', 'maskerat', '21:7', 'OSL 26:1', 'maskerat – OSL', '█████', '217'])).toEqual([]);
  });

  it('uses the marker list when given, and never matches across a marker', () => {
    const out = buildReleasedText('Anna Bo Svensson', [r(5, 7)], { mode: 'fixed' });
    expect(findLeaks(out.text, ['Anna Svensson', 'AnnaSvensson'], { markers: out.markers })).toEqual([]);
    const digits = buildReleasedText('1990 0101 x 2385', [r(10, 11)], { mode: 'fixed' });
    expect(findLeaks(digits.text, [PNR], { markers: digits.markers })).toEqual([]);
  });

  it('still finds masked text standing next to a marker', () => {
    const out = buildReleasedText('AnnaSvensson', [r(0, 4)], { mode: 'fixed' });
    expect(findLeaks(out.text, ['Svensson'], { markers: out.markers })).toEqual([
      { start: out.markers[0]!.end, end: out.text.length, maskedText: 'Svensson' },
    ]);
  });
});

describe('checkRelease', () => {
  it('passes a handling where every occurrence is masked', () => {
    const text = `Anna Svensson (${PNR}) ringde. Anna Svensson ringde igen.`;
    const d = doc('h1', text, [at(text, 'Anna Svensson'), at(text, PNR), at(text, 'Anna Svensson', 10)]);
    expect(checkRelease({ documents: [d] })).toEqual([]);
  });

  it('points at masked text remaining in the released version, in the original offsets', () => {
    const text = 'Anna Svensson ringde.\nSenare ringde anna\nsvensson igen.';
    const docs = [doc('h1', text, [at(text, 'Anna Svensson')])];
    const hits = checkRelease({ documents: docs });
    expect(hits).toEqual([{ documentId: 'h1', start: 36, end: 49, maskedText: 'Anna Svensson', kind: 'remains_in_released' }]);
    expect(shown(docs, hits[0]!)).toBe('anna\nsvensson');
  });

  it('finds the remaining number whatever its separators, with line breaks inside', () => {
    const text = `pnr ${PNR}\nBilaga: kopia av ID-kort 19900101\n2385 och 900101-2385.`;
    const docs = [doc('h1', text, [at(text, PNR)], 'length_preserving')];
    const hits = checkRelease({ documents: docs });
    expect(hits.map((h) => [shown(docs, h), h.kind])).toEqual([
      ['19900101\n2385', 'remains_in_released'],
      ['900101-2385', 'remains_in_released'],
    ]);
  });

  it('finds the name unmasked in another handling of the same request', () => {
    const a = 'Klagomål från Anna Svensson om buller.';
    const b = 'Svar till ANNA SVENSSON, Storgatan 1.';
    const docs = [doc('h1', a, [at(a, 'Anna Svensson')]), doc('h2', b, [at(b, 'Storgatan 1')])];
    const hits = checkRelease({ documents: docs });
    expect(hits).toEqual([{ documentId: 'h2', start: 10, end: 23, maskedText: 'Anna Svensson', kind: 'unmasked_elsewhere' }]);
  });

  it('searches the text under a box drawn by hand like masked text: in its own released text and in the other handlingar', () => {
    // The box hides "Anna Svensson" on the page of h1; no span of h1's text is masked.
    const a = 'Underskrift: Anna Svensson\nBeslutet gäller från 1 maj.';
    const b = `Svar till Anna Svensson (${PNR}).`;
    const docs: ReleaseDocument[] = [{ ...doc('h1', a, []), areaTexts: ['Anna Svensson', PNR] }, doc('h2', b, [])];
    const hits = checkRelease({ documents: docs });
    expect(hits.map((h) => [h.documentId, shown(docs, h), h.kind])).toEqual([
      ['h1', 'Anna Svensson', 'remains_in_released'],
      ['h2', 'Anna Svensson', 'unmasked_elsewhere'],
      ['h2', `(${PNR}`, 'unmasked_elsewhere'], // a number's hit takes its separators along
    ]);
    // Masked in the text as well ("maskera även här"), nothing is left.
    expect(checkRelease({ documents: [{ ...doc('h1', a, [at(a, 'Anna Svensson')]), areaTexts: ['Anna Svensson'] }, doc('h2', b, [at(b, 'Anna Svensson')])] })).toEqual([]);
  });

  it('passes when the other handling masks it too, or is withheld in full', () => {
    const a = 'Klagomål från Anna Svensson om buller.';
    const b = 'Svar till Anna Svensson.';
    expect(checkRelease({ documents: [doc('h1', a, [at(a, 'Anna Svensson')]), doc('h2', b, [at(b, 'Anna Svensson')])] })).toEqual([]);
    expect(
      checkRelease({ documents: [doc('h1', a, [at(a, 'Anna Svensson')]), { id: 'h2', original: b, released: null, redactions: [] }] }),
    ).toEqual([]);
  });

  it('reports an occurrence that is only partly masked', () => {
    const a = 'Klagomål från Anna Svensson.';
    const b = 'Svar till Anna Svensson.';
    const docs = [doc('h1', a, [at(a, 'Anna Svensson')]), doc('h2', b, [at(b, 'Svensson')])];
    expect(checkRelease({ documents: docs })).toEqual([
      { documentId: 'h2', start: 10, end: 23, maskedText: 'Anna Svensson', kind: 'unmasked_elsewhere' },
    ]);
  });

  it('gets no false hit from the markers, even when the masked text is marker-like', () => {
    const text = 'Ordet maskerat och OSL 21:7 och OSL 26:1 står i texten.';
    const reds = [at(text, 'maskerat'), at(text, 'OSL 21:7'), { ...at(text, 'OSL 26:1'), provisionLabel: 'OSL 26:1' }];
    for (const mode of ['fixed', 'length_preserving'] as const) {
      expect(checkRelease({ documents: [doc('h1', text, reds, mode)] })).toEqual([]);
    }
  });

  it('gets no hit from a masked string shorter than three characters', () => {
    const text = 'Bo skrev till Bo.';
    expect(checkRelease({ documents: [doc('h1', text, [r(0, 2)])] })).toEqual([]);
  });

  it('orders hits by handling, then position, and reports one hit per place', () => {
    const a = `Anna Svensson ${PNR}. Anna Svensson, pnr ${PNR}.`;
    const b = `Om Anna Svensson: ${PNR}.`;
    const docs = [doc('h1', a, [at(a, 'Anna Svensson'), at(a, `pnr ${PNR}`)]), doc('h2', b, [])];
    const hits = checkRelease({ documents: docs });
    expect(hits.map((h) => [h.documentId, shown(docs, h), h.kind])).toEqual([
      ['h1', PNR, 'remains_in_released'],
      ['h1', 'Anna Svensson', 'remains_in_released'],
      ['h2', 'Anna Svensson', 'unmasked_elsewhere'],
      ['h2', PNR, 'unmasked_elsewhere'],
    ]);
  });

  it('is satisfied once every hit is masked too ("maskera även här")', () => {
    const a = `Anna Svensson, ${PNR}.\nAnna Svensson ringde från 1990 0101 2385.`;
    const b = 'Till anna svensson.';
    let docs = [doc('h1', a, [at(a, 'Anna Svensson'), at(a, PNR)]), doc('h2', b, [])];
    const hits = checkRelease({ documents: docs });
    expect(hits).toHaveLength(3);
    docs = docs.map((d) => {
      const more = hits.filter((h) => h.documentId === d.id).map((h) => r(h.start, h.end));
      return doc(d.id, d.original, [...d.redactions, ...more]);
    });
    expect(checkRelease({ documents: docs })).toEqual([]);
  });

  it('refuses a released version that is not built from the original and its redactions', () => {
    const text = 'Anna Svensson ringde.';
    const edited = { id: 'h7', original: text, redactions: [r(0, 13)], released: '[maskerat – OSL 21:7] ringde!' };
    expect(() => checkRelease({ documents: [edited] })).toThrow(ReleasedVersionMismatchError);
    const stale = { id: 'h8', original: text, redactions: [r(0, 4)], released: buildReleasedText(text, [r(0, 13)], { mode: 'fixed' }).text };
    try {
      checkRelease({ documents: [stale] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ReleasedVersionMismatchError);
      expect((e as ReleasedVersionMismatchError).documentId).toBe('h8');
      expect((e as Error).message).not.toContain('Svensson');
    }
  });

  it('accepts numeric ids', () => {
    const text = 'Anna Svensson och Anna Svensson';
    const hits = checkRelease({ documents: [{ id: 42, original: text, redactions: [r(0, 13)], released: buildReleasedText(text, [r(0, 13)], { mode: 'fixed' }).text }] });
    expect(hits).toEqual([{ documentId: 42, start: 18, end: 31, maskedText: 'Anna Svensson', kind: 'remains_in_released' }]);
  });

  it('rejects invalid redactions as buildReleasedText does', () => {
    expect(() => checkRelease({ documents: [{ id: 'x', original: 'abc', released: 'abc', redactions: [r(2, 1)] }] })).toThrow(RangeError);
  });

  // Its speed is measured by `npm run bench:domain`.
  it('checks a 1 MB handling with 500 redactions and a second handling, finding what stands elsewhere', () => {
    const filler = 'Nämnden beslutade i ärendet om bygglov för fastigheten enligt plan- och bygglagen. ';
    const parts: string[] = [];
    const reds: Redaction[] = [];
    let len = 0;
    let k = 0;
    while (len < 1_000_000) {
      if (k < 500 && parts.length % 6 === 3) {
        const secret = `Person${k}sson ${19000000 + k * 37}-${1000 + k}`;
        reds.push(r(len, len + secret.length));
        parts.push(secret);
        len += secret.length;
        k++;
      } else {
        parts.push(filler);
        len += filler.length;
      }
    }
    const original = parts.join('');
    // Leave three of them standing elsewhere, in this handling and in a second one.
    const first = original.slice(reds[0]!.start, reds[0]!.end);
    const big = `${original}\nSe även ${first}.`;
    const other = `Kopia till ${original.slice(reds[7]!.start, reds[7]!.end)} och ${original.slice(reds[499]!.start, reds[499]!.end)}.`;
    const docs = [doc('stor', big, reds), doc('kopia', other, [])];
    const hits = checkRelease({ documents: docs });
    expect(hits.map((h) => [h.documentId, h.kind])).toEqual([
      ['stor', 'remains_in_released'],
      ['kopia', 'unmasked_elsewhere'],
      ['kopia', 'unmasked_elsewhere'],
    ]);
  });
});

// ------------------------------------------------------------------------------------------------
// Property test: for random requests of two handlings, every hit is a real occurrence of masked
// text outside the masked spans, and every exact occurrence of masked text left visible is hit.

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

const TOKENS = [
  'och', 'att', 'som', 'på', 'Åsa', 'Öberg', 'Svensson', 'Anna', 'Hanna', 'nämnden', 'beslut', 'Zoë', 'Zoe\u0308',
  '👩‍👩‍👧', '🇸🇪', PNR, '1990 0101 2385', '070-123 45 67', 'Storgatan', '12', '\n', '\r\n', '—',
];

function randomText(rand: () => number): string {
  let s = '';
  const n = 1 + Math.floor(rand() * 30);
  for (let i = 0; i < n; i++) {
    s += (rand() < 0.1 ? String(Math.floor(rand() * 10000)) : TOKENS[Math.floor(rand() * TOKENS.length)]!) + (rand() < 0.8 ? ' ' : '');
  }
  return s;
}

function randomRedactions(rand: () => number, text: string): Redaction[] {
  const labels = provisionCatalogue.map((p) => p.label);
  return Array.from({ length: Math.floor(rand() * 5) }, () => {
    const a = Math.floor(rand() * text.length);
    const e = Math.min(text.length, a + 1 + Math.floor(rand() * 20));
    return r(a, e, labels[Math.floor(rand() * labels.length)]!);
  });
}

const segmenter = new Intl.Segmenter('sv', { granularity: 'grapheme' });
function hiddenMask(text: string, reds: Redaction[]): { hidden: Uint8Array; maskedStrings: string[] } {
  const bounds = [...segmenter.segment(text)].map((s) => s.index).concat(text.length);
  const hidden = new Uint8Array(text.length);
  const maskedStrings = reds.map((x) => {
    const s = Math.max(...bounds.filter((b) => b <= x.start));
    const e = Math.min(...bounds.filter((b) => b >= x.end));
    hidden.fill(1, s, e);
    return text.slice(s, e);
  });
  return { hidden, maskedStrings };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u00AD\u200D]/u;

/** Does the occurrence of s at p begin a word, judged at its first character that is compared? */
function atWordStart(text: string, p: number, s: string): boolean {
  let off = 0;
  for (const ch of s) {
    const f = foldForComparison(ch);
    if (f !== '') {
      if (!/[\p{L}\p{N}]/u.test(f[0]!)) return true;
      const prev = [...text.slice(Math.max(0, p + off - 2), p + off)].pop() ?? '';
      return prev === '' || !WORD_CHAR.test(prev);
    }
    off += ch.length;
  }
  return true;
}

describe('property: the leak guard finds what is left visible and nothing else', () => {
  it('holds for 600 random requests of two handlings', () => {
    const rand = mulberry32(6);
    let expectedHits = 0;
    for (let run = 0; run < 600; run++) {
      const docs = [0, 1].map((n) => {
        const text = randomText(rand);
        return doc(`h${n}`, text, randomRedactions(rand, text), rand() < 0.5 ? 'fixed' : 'length_preserving');
      });
      const masks = docs.map((d) => hiddenMask(d.original, [...d.redactions]));
      const hits = checkRelease({ documents: docs });
      const ctx = `run ${run}: ${JSON.stringify(docs.map((d) => [d.original, d.redactions]))}`;

      // Sound: each hit lies in its handling, shows a masked string, and is not all hidden.
      for (const h of hits) {
        const i = docs.findIndex((d) => d.id === h.documentId);
        const text = docs[i]!.original;
        expect(h.start, ctx).toBeGreaterThanOrEqual(0);
        expect(h.end, ctx).toBeLessThanOrEqual(text.length);
        expect(h.start, ctx).toBeLessThan(h.end);
        expect(masks[i]!.hidden.subarray(h.start, h.end).every((x) => x === 1), ctx).toBe(false);
        const f = foldForComparison(text.slice(h.start, h.end));
        const m = foldForComparison(h.maskedText);
        // A digit hit covers the whole number it stands in, which holds one of the masked digit groups.
        const groups = h.maskedText.split(/[^0-9\s./+()\-–—]+/).map((g) => g.replace(/\D/g, '')).filter((g) => g.length >= 3);
        const forms = groups.flatMap((g) => [g, g.slice(2), `46${g.slice(1)}`]);
        const inNumber = forms.some((g) => f.replace(/\D/g, '').includes(g));
        // A name of capitalised words is also found with its last word first ("Ek, Bo").
        const words = h.maskedText.trim().split(/\s+/);
        const reversed =
          words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w))
            ? [`${words.at(-1)} ${words.slice(0, -1).join(' ')}`].map(foldForComparison)
            : [];
        expect(f === m || inNumber || reversed.includes(f), `${ctx} ${JSON.stringify(h)}`).toBe(true);
      }

      // Complete: every exact occurrence of a masked string (three or more folded characters) that
      // stands wholly outside the masked spans, starting at a word start, overlaps a hit.
      const allMasked = new Set(masks.flatMap((m) => m.maskedStrings));
      docs.forEach((d, i) => {
        for (const s of allMasked) {
          const folded = foldForComparison(s);
          if (folded.length < 3) continue;
          const numeric = /^[0-9./+()]*$/.test(folded);
          if (numeric && folded.replace(/\D/g, '').length < 3) continue;
          for (let p = d.original.indexOf(s); p !== -1; p = d.original.indexOf(s, p + 1)) {
            if (masks[i]!.hidden.subarray(p, p + s.length).some((x) => x === 1)) continue;
            if (!numeric && !atWordStart(d.original, p, s)) continue;
            expectedHits++;
            const hit = hits.some((h) => h.documentId === d.id && h.start < p + s.length && h.end > p);
            expect(hit, `${ctx} missed ${JSON.stringify(s)} at ${p} in ${d.id}`).toBe(true);
          }
        }
      });
    }
    expect(expectedHits).toBeGreaterThan(200);
  });
});

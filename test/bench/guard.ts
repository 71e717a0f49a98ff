// Benchmark of the leak guard (issue 10): checkRelease on a 1 MB handling with 500 unique masked names and numbers, and RequesterGuard on a letter; median of runs, a baseline in the same run, peak memory.
import { checkRelease, foldForComparison, RequesterGuard } from '../../src/domain/leakGuard.ts';
import { buildReleasedText, type Redaction } from '../../src/domain/redaction.ts';

const RUNS = 5;
const FIRST = ['Anna', 'Bo', 'Karin', 'Per', 'Eva', 'Lars', 'Ingrid', 'Nils'];
const filler = 'Nämnden beslutade i ärendet om fjärrvärme den 2026-03-02 enligt avtal och plan. ';

/** One handling of ~1 MB: every 40th part a masked name (unique surname) and a masked number. */
function handling(): { original: string; redactions: Redaction[]; masked: string[] } {
  const parts: string[] = [];
  const redactions: Redaction[] = [];
  const masked: string[] = [];
  let len = 0;
  for (let k = 0; len < 1_000_000; k++) {
    const i = redactions.length / 2;
    if (k % 40 === 0 && i < 500) {
      const name = `${FIRST[i % FIRST.length]} Svens${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) | 0))}son`;
      const number = `${19400101 + i}-${String(1000 + i)}`;
      for (const s of [name, number]) {
        redactions.push({ start: len, end: len + s.length, provisionLabel: 'OSL 21:7' });
        masked.push(s);
        parts.push(s, ', ');
        len += s.length + 2;
      }
    } else {
      parts.push(filler);
      len += filler.length;
    }
  }
  return { original: parts.join(''), redactions, masked };
}

function median(f: () => void): number {
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    f();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[RUNS >> 1]!;
}

const h = handling();
const released = buildReleasedText(h.original, h.redactions, { mode: 'fixed' }).text;
const docs = [{ id: 'a', original: h.original, redactions: h.redactions, released }];
// Baseline: the naive check, one indexOf pass per folded masked string over the folded released and original texts.
const foldedTexts = [foldForComparison(released), foldForComparison(h.original)];
const needles = h.masked.map(foldForComparison);
const base = median(() => {
  let n = 0;
  for (const t of foldedTexts) for (const s of needles) for (let at = t.indexOf(s); at !== -1; at = t.indexOf(s, at + 1)) n++;
  if (n < 0) throw new Error('unreachable');
});
const guard = median(() => checkRelease({ documents: docs }));
const requester = new RequesterGuard(h.masked);
const letter = `${'Beslutet gäller handlingarna nedan. '.repeat(100)}\n1. Kundklagomål 2026-10-03 – lämnas ut med maskeringar`;
const field = median(() => {
  for (let i = 0; i < 100; i++) requester.leaks(letter);
});

console.log(`leak guard, 1 MB handling, ${h.redactions.length} maskeringar (${h.masked.length / 2} unika namn och ${h.masked.length / 2} nummer), median av ${RUNS}:`);
console.log(`  checkRelease (text, siffror, omvänd namnordning)   ${guard.toFixed(0)} ms`);
console.log(`  baslinje: en indexOf per maskerad sträng            ${base.toFixed(0)} ms`);
console.log(`  kvot checkRelease / baslinje                        ${(guard / base).toFixed(2)}x`);
console.log(`  RequesterGuard.leaks på ett brev om ${letter.length} tecken     ${(field / 100).toFixed(2)} ms`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

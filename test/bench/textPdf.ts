// `npm run bench:textpdf`: writing a released text handling as a PDF (src/pdf/textPdf.ts) – ms per page and peak memory,
// against the old hand-written WinAnsi writer (test/helpers/rawPdf.ts: no font, no measuring) on the same text in the same run.
import { writeDocumentPdf, type Block } from '../../src/pdf/textPdf.ts';
import { blocksFromMarkdown } from '../../src/text/documentBlocks.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { textToPdf } from '../helpers/rawPdf.ts';

const NAMES = ['Ánde Čeavčča', 'Łukasz Żółć', 'Şahin Ağaoğlu', 'Nguyễn Thị Hương', 'Tolvan Tolvansson', 'Åsa Öberg'];
const WORDS = 'begäran handlingen sekretess prövning myndigheten nämnden ärendet uppgifter enligt lagen kommunen och att det som en på är av för med till'.split(' ');

/** ~N pages: headings, paragraphs with names and markers, a customer table per section. */
function markdown(sections: number): string {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
  const out: string[] = [];
  for (let s = 1; s <= sections; s++) {
    out.push(`## Avsnitt ${s}`);
    for (let p = 0; p < 4; p++) {
      const words = Array.from({ length: 70 }, () => (rnd() < 0.05 ? pick(NAMES) : rnd() < 0.03 ? '[maskerat – OSL 21:7]' : pick(WORDS)));
      out.push(words.join(' ') + '.');
    }
    out.push('| Kund | Anläggning | Förbrukning |\n|---|---|---|');
    for (let r = 0; r < 8; r++) out.push(`| ${rnd() < 0.3 ? '[maskerat – OSL 21:7]' : pick(NAMES)} | FV-${1000 + r} | ${Math.floor(rnd() * 9000)} kWh |`);
  }
  return out.join('\n\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function pages(bytes: Uint8Array): Promise<number> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const n = pdf.numPages;
  await pdf.destroy();
  return n;
}

const md = markdown(60);
const blocks: Block[] = blocksFromMarkdown(md);
let peak = process.memoryUsage().rss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
await writeDocumentPdf(blocks, { title: 'uppvärmning' });
textToPdf([md], { title: 'uppvärmning' });

const ours: number[] = [];
const base: number[] = [];
let bytes: Uint8Array = new Uint8Array();
let baseBytes: Uint8Array = new Uint8Array();
for (let i = 0; i < 7; i++) {
  let t0 = performance.now();
  bytes = await writeDocumentPdf(blocks, { title: 'Utlämnad handling' });
  ours.push(performance.now() - t0);
  sample();
  t0 = performance.now();
  baseBytes = textToPdf([md], { title: 'Utlämnad handling' });
  base.push(performance.now() - t0);
}
const n = await pages(bytes);
const nb = await pages(baseBytes);
console.log(`Text: ${(md.length / 1024).toFixed(0)} kB Markdown, ${blocks.length} block`);
console.log(`textPdf (pdfkit + DejaVu Sans): ${n} sidor, median ${median(ours).toFixed(0)} ms = ${(median(ours) / n).toFixed(1)} ms/sida, ${(bytes.length / 1024).toFixed(0)} kB`);
console.log(`baslinje (WinAnsi för hand, utan mätning): ${nb} sidor, median ${median(base).toFixed(1)} ms = ${(median(base) / nb).toFixed(2)} ms/sida, ${(baseBytes.length / 1024).toFixed(0)} kB`);
console.log(`kvot per sida: ${((median(ours) / n) / (median(base) / nb)).toFixed(0)}×`);
console.log(`högsta minne (RSS): ${(peak / 1024 / 1024).toFixed(0)} MB`);

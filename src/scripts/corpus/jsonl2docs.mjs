// jsonl2docs.mjs SET.jsonl OUTDIR : writes OUTDIR/docs-1.txt in the builder's markup (inverse of build.mjs)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
const CODE = { personnummer: 'p', samordningsnummer: 's', name: 'n', phone: 't', email: 'e', address: 'a', bank_account: 'b', vehicle: 'v', property: 'f', meter_id: 'm', ip_address: 'i', neutral: 'x' };
const docs = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let out = '';
for (const d of docs) {
  const es = [...d.entities].sort((a, b) => a.start - b.start || b.end - a.end);
  let s = '', at = 0;
  for (const e of es) {
    if (e.start < at) throw new Error(`${d.id}: overlapping entities at ${e.start}`);
    s += d.text.slice(at, e.start) + `⟦${CODE[e.type]}|${d.text.slice(e.start, e.end)}⟧`;
    at = e.end;
  }
  s += d.text.slice(at);
  out += `### ${d.id} ${d.kind}\n${s}\n\n`;
}
mkdirSync(process.argv[3], { recursive: true });
writeFileSync(`${process.argv[3]}/docs-1.txt`, out);

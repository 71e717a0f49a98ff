// show.mjs SET.jsonl FINDINGS.jsonl : misses (FN) and false findings (FP) with context – for DEVELOPMENT sets only
import { readFileSync } from 'node:fs';
const docs = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const found = new Map(readFileSync(process.argv[3], 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.id, r.findings]));
const TYPES = new Set(['personnummer', 'samordningsnummer', 'name', 'phone', 'email', 'address', 'bank_account', 'vehicle', 'property', 'meter_id', 'ip_address']);
const alnum = (c) => /[\p{L}\p{N}]/u.test(c);
const ctx = (t, s, e) => JSON.stringify(t.slice(Math.max(0, s - 40), s) + '[[' + t.slice(s, e) + ']]' + t.slice(e, e + 40));
for (const d of docs) {
  const fs = (found.get(d.id) ?? []).filter((f) => TYPES.has(f.type));
  const cov = new Uint8Array(d.text.length), gold = new Uint8Array(d.text.length), neu = new Uint8Array(d.text.length);
  for (const f of fs) for (let i = f.start; i < f.end; i++) cov[i] = 1;
  for (const e of d.entities) for (let i = e.start; i < e.end; i++) (e.type === 'neutral' ? neu : gold)[i] = 1;
  for (const e of d.entities) {
    if (e.type === 'neutral') continue;
    let a = 0, c = 0; for (let i = e.start; i < e.end; i++) if (alnum(d.text[i])) { a++; if (cov[i]) c++; }
    if (!(a > 0 && c / a >= 0.9)) console.log(`FN ${d.id} ${e.type}: ${ctx(d.text, e.start, e.end)}`);
  }
  for (const f of fs) {
    let a = 0, g = 0, n = 0; for (let i = f.start; i < f.end; i++) if (alnum(d.text[i])) { a++; if (gold[i]) g++; else if (neu[i]) n++; }
    if (a > 0 && g / a < 0.5 && (g + n) / a >= 0.5) continue;
    if (!(a > 0 && g / a >= 0.5)) console.log(`FP ${d.id} ${f.type}: ${ctx(d.text, f.start, f.end)}`);
  }
}

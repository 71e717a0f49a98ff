// miss-shapes.mjs SET.jsonl FINDINGS.jsonl : class-level counts of missed names/addresses (no text printed)
import { readFileSync } from 'node:fs';
const docs = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const found = new Map(readFileSync(process.argv[3], 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.id, r.findings]));
const counts = {};
const add = (k) => { counts[k] = (counts[k] ?? 0) + 1; };
const types = (process.argv[4] ?? 'name').split(',');
for (const d of docs) {
  const fs = found.get(d.id) ?? [];
  for (const e of d.entities) {
    if (!types.includes(e.type)) continue;
    const chars = [...d.text.slice(e.start, e.end)].map((c, i) => [c, e.start + i]).filter(([c]) => /[\p{L}\p{N}]/u.test(c));
    const cov = chars.filter(([, i]) => fs.some((f) => f.start <= i && i < f.end && types.includes(f.type))).length / chars.length;
    if (cov >= 0.9) continue;
    const s = d.text.slice(e.start, e.end);
    const toks = s.split(/[\s,]+/).filter(Boolean);
    const lineStart = d.text.lastIndexOf('\n', e.start - 1) + 1;
    let lineEnd = d.text.indexOf('\n', e.end); if (lineEnd < 0) lineEnd = d.text.length;
    const line = d.text.slice(lineStart, lineEnd);
    const before = d.text.slice(Math.max(lineStart, e.start - 25), e.start);
    const prev = before.match(/(\S+)\s*$/)?.[1] ?? '';
    const kind = /;|\||\t| {3,}/.test(line) ? 'table' : /^(Från|Till|Kopia|From|To|Cc|Skickat|Sent|Ämne)\b/i.test(line) ? 'header' : line.trim() === s.trim() ? 'own-line' : 'prose';
    const caps = /^[\p{Lu}\s.,'-]+$/u.test(s) ? 'CAPS' : /^\p{Ll}/u.test(s) ? 'lower' : 'Title';
    const pk = !prev ? 'line-start' : /^[\p{Ll}]+$/u.test(prev) ? 'after-lowerword' : /^\p{Lu}\p{Ll}+$/u.test(prev) ? 'after-Capword' : /[,:;(/]$/.test(prev) ? 'after-punct' : 'after-other';
    const initials = /^[\p{Lu}]{1,4}$/u.test(s.trim()) ? 'initials' : '';
    add(`${e.type} | ${cov > 0 ? 'partial' : 'none'} | ${toks.length} tok | ${caps} | ${kind} | ${pk}${initials ? ' | initials' : ''}`);
  }
}
for (const [k, v] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(String(v).padStart(3), k);

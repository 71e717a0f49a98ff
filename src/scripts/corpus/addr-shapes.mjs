// addr-shapes.mjs SET.jsonl FINDINGS.jsonl : token-shape classes of missed addresses (no text printed)
import { readFileSync } from 'node:fs';
const docs = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const found = new Map(readFileSync(process.argv[3], 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.id, r.findings]));
const SUF = /(gatan|vägen|gränd|gränden|stigen|torget|allén|backen|leden|platsen|stråket|gata|väg|plan|parken|liden|slingan|ringen|hagen|bron|kajen|udden|strand|stranden|tået|gärdet|vallen|höjden|berget|lyckan|ängen|ån|sjön)$/i;
const counts = {};
for (const d of docs) {
  const fs = found.get(d.id) ?? [];
  for (const e of d.entities) {
    if (e.type !== 'address') continue;
    const idx = [];
    for (let i = e.start; i < e.end; i++) if (/[\p{L}\p{N}]/u.test(d.text[i])) idx.push(i);
    const cov = idx.filter((i) => fs.some((f) => f.start <= i && i < f.end && f.type === 'address')).length / idx.length;
    if (cov >= 0.9) continue;
    const s = d.text.slice(e.start, e.end);
    const shape = s.split(/\s+/).filter(Boolean).map((t) => /^\d{3}$/.test(t) ? 'NNN' : /^\d{2}$/.test(t) ? 'NN' : /^\d{5}$/.test(t) ? 'NNNNN' : /^\d+[A-Za-z]?[,.]?$/.test(t) ? 'num' : /^(lgh|Lgh|LGH|c\/o|C\/O|Box|BOX|box)$/.test(t) ? t.toLowerCase() : SUF.test(t.replace(/[,.]$/, '')) ? (/^\p{Lu}+$/u.test(t) ? 'STREET' : 'Street') : /^\p{Lu}+[,.]?$/u.test(t) ? 'CAPS' : /^\p{Lu}/u.test(t) ? 'Cap' : /^\p{Ll}/u.test(t) ? 'low' : 'other').join(' ');
    const k = `${cov > 0 ? 'partial' : 'none   '} ${shape}`;
    counts[k] = (counts[k] ?? 0) + 1;
  }
}
for (const [k, v] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(String(v).padStart(3), k);

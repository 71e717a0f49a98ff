// Splits a set into its odd and even ids (by the number at the end of each id): SET-odd.jsonl and SET-even.jsonl.
import { readFileSync, writeFileSync } from 'node:fs';
const f = process.argv[2];
const lines = readFileSync(f, 'utf8').trim().split('\n');
const num = (l) => Number(JSON.parse(l).id.match(/(\d+)$/)[1]);
writeFileSync(f.replace(/\.jsonl$/, '-odd.jsonl'), lines.filter((l) => num(l) % 2 === 1).join('\n') + '\n');
writeFileSync(f.replace(/\.jsonl$/, '-even.jsonl'), lines.filter((l) => num(l) % 2 === 0).join('\n') + '\n');

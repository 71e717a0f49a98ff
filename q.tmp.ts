import { scan } from './src/detect/engine.ts';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), scan(t).filter(f=>f.type==='name').map(f=>t.slice(f.start,f.end)+' <'+f.explanation.slice(0,50)+'>'));

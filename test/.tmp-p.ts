import { defaultDetectors, scan } from '/work/main/src/detect/engine.ts';
import { corpusDocs } from '/work/main/test/bench/scan-corpus.ts';
const docs = corpusDocs(4e6).map(d=>d.text);
const bytes = docs.reduce((s,d)=>s+Buffer.byteLength(d),0);
const dets = defaultDetectors;
for (const d of docs.slice(0,50)) scan(d);
let t0=performance.now(); for (const d of docs) scan(d); let ms=performance.now()-t0;
console.log('engine', (bytes/1e6/(ms/1000)).toFixed(1),'MB/s');
t0=performance.now(); for (const d of docs) scan(d); ms=performance.now()-t0;
console.log('engine 2nd pass', (bytes/1e6/(ms/1000)).toFixed(1),'MB/s');
for (const det of dets) { const t=performance.now(); for (const d of docs) det.detect(d); const m=performance.now()-t; console.log(det.type ?? det.name, (bytes/1e6/(m/1000)).toFixed(1)); }

// Development tool (not a test): times the number detectors together, old copy vs this tree, in the same process.
// Usage: npx tsx src/scripts/time-numbers.ts GENERATOR.ts OLD_DETECT_DIR
const [gen, oldDir] = process.argv.slice(2);
const { docs, bytes } = await import(gen!);
const load = async (dir: string) => {
  const names = ['personnummer', 'phone', 'bank-account', 'meter-id', 'ip-address', 'vehicle'];
  const ds = await Promise.all(names.map(async (n) => Object.values(await import(`${dir}/${n}.ts`))[0] as { name: string; readsNumbers?: boolean; detect(t: string): unknown[] }));
  const { numberView } = await import(`${dir}/number-view.ts`);
  return { ds, numberView };
};
const NEW = await load(new URL('../detect', import.meta.url).pathname);
const OLD = await load(oldDir!);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// CPU time of this process (user + system), which other processes on a shared machine disturb less than wall time.
const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const run = (impl: typeof NEW): number => {
  const t0 = cpuMs();
  let n = 0;
  for (const d of docs as string[]) {
    const v = impl.numberView(d);
    for (const det of impl.ds) n += det.detect(det.readsNumbers ? v : d).length;
  }
  if (n < 0) console.log(n);
  return cpuMs() - t0;
};
const o: number[] = [];
const w: number[] = [];
for (let i = 0; i < 7; i++) { o.push(run(OLD)); w.push(run(NEW)); }
const mb = bytes / 1e6;
console.log(`number detectors + view (CPU time, median of 7): old ${(mb / (median(o) / 1000)).toFixed(0)} MB/s, new ${(mb / (median(w) / 1000)).toFixed(0)} MB/s, new/old time ${(median(w) / median(o)).toFixed(2)}`);
for (const [label, impl] of [['old', OLD], ['new', NEW]] as const) {
  for (const det of impl.ds) {
    const t0 = cpuMs();
    for (const d of docs as string[]) det.detect(d);
    console.log(`  ${label} ${det.name.padEnd(14)} ${(mb / ((cpuMs() - t0) / 1000)).toFixed(0)} MB/s (each alone, its own pass included)`);
  }
}

// Starts the scan worker from the TypeScript sources (no `npm run build`): the worker thread registers tsx itself,
// as src/bin.mjs does for the main thread. A built install runs dist/scan-worker.js instead.
const { register } = await import('tsx/esm/api');
register();
await import('./scan-worker.ts');

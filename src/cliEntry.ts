// The `insyn` command as a program: what `npm run build` bundles to dist/cli.js (`node dist/cli.js audit head`).
import { main } from './cli.ts';
import { scanProgram } from './cli/scan.ts';

// `node dist/cli.js scan`: the scan program's V8 flags, as dist/cli-scan.js sets them.
if (process.argv[2] === 'scan') scanProgram();
process.exitCode = await main(process.argv.slice(2));

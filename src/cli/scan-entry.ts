// `insyn scan` as a program of its own (`npm run build` bundles it to dist/cli-scan.js; src/bin.mjs runs it for
// `insyn scan`): the whole CLI's bundle loads every command's packages at start (date-holidays alone took 0.3 s),
// which a scan of one document should not wait for.
import { processIO } from './io.ts';
import { run, scanProgram } from './scan.ts';

const [command, ...args] = process.argv.slice(2);
if (command !== 'scan') throw new Error('cli-scan körs som "insyn scan"');
scanProgram();
process.exitCode = await run(args, processIO());

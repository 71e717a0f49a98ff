// The `insyn` command as a program: what `npm run build` bundles to dist/cli.js (`node dist/cli.js audit head`).
import { main } from './cli.ts';

process.exitCode = await main(process.argv.slice(2));

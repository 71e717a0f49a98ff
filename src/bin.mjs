#!/usr/bin/env node
// The `insyn` command's entry (package.json "bin"): registers tsx so the TypeScript CLI runs without a build step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));

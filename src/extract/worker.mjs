// Worker-thread entry for extraction: registers tsx, then runs the TypeScript worker body.
import { register } from 'tsx/esm/api';
register();
await import('./workerBody.ts');

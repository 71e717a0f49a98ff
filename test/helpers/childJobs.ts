// A child-process entry for the sandbox runner's tests: each mode misbehaves in one way (childJobsCore.ts); jobs run in the child's main thread.
import { serveInChild } from '../../src/sandbox/child.ts';
import { isRefusal, job, type Job } from './childJobsCore.ts';

export type { Mode } from './childJobsCore.ts';

serveInChild<Job, unknown>(job, isRefusal);

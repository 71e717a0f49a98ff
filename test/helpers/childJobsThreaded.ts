// The same test jobs as childJobs.ts, each in a fresh thread of the child (threadPerJob, as the mupdf and tesseract children run).
import { serveInChild } from '../../src/sandbox/child.ts';
import { isRefusal, job, type Job } from './childJobsCore.ts';

serveInChild<Job, unknown>(job, isRefusal, { threadPerJob: true });

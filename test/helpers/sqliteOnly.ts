// Set-up of the `unit-sqlite` project (test/vitest.config.ts): these files test what only SQLite has, so they run
// on SQLite even under npm run test:pg – for the CLI and child processes they start too.
delete process.env.INSYN_DATABASE_URL;

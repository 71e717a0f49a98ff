#!/usr/bin/env node
// `npm run test:pg`: gives the PostgreSQL tests a server. With INSYN_DATABASE_URL set, that server is used as
// it is. Without it, Debian's own cluster (the `postgresql` package) is started with pg_ctlcluster and a
// password role `insyn_test` (CREATEDB, and CREATEROLE: `insyn org add` makes a role per organisation) with a
// database of the same name is made on 127.0.0.1; the URL is
// then put in INSYN_DATABASE_URL. Usage:
//   node src/scripts/pg-local.mjs -- vitest run …   runs the command with INSYN_DATABASE_URL set
//   node src/scripts/pg-local.mjs                   prints `INSYN_DATABASE_URL=…` (for `export "$(…)"`)
// The role's password is fixed and not secret: the role exists for tests on a machine's own cluster, which
// Debian lets in from 127.0.0.1 only (pg_hba.conf), and a fixed one lets two runs share the role.
import { execFileSync, spawn } from 'node:child_process';
import { userInfo } from 'node:os';

const ROLE = 'insyn_test';
const PASSWORD = 'insyn_test';
const DATABASE = 'insyn_test';

const sep = process.argv.indexOf('--');
const command = sep >= 0 ? process.argv.slice(sep + 1) : [];

function fail(message) {
  console.error(`pg-local: ${message}`);
  process.exit(1);
}

/** The machine's clusters as pg_lsclusters lists them: version, name, port, status. */
function clusters() {
  let out;
  try {
    out = execFileSync('pg_lsclusters', ['-h'], { encoding: 'utf8' });
  } catch {
    fail('PostgreSQL saknas (pg_lsclusters finns inte). Installera det: apt-get install -y postgresql');
  }
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [version, name, port, status] = line.split(/\s+/);
      return { version, name, port: Number(port), status };
    });
}

/** Runs a command as the cluster's owner (postgres): directly, through su as root, or sudo -n otherwise. */
function asPostgres(cmd, args, input) {
  const me = userInfo().username;
  const [file, argv] =
    me === 'postgres'
      ? [cmd, args]
      : process.getuid?.() === 0
        ? ['su', ['postgres', '-c', [cmd, ...args].map(shellQuote).join(' ')]]
        : ['sudo', ['-n', '-u', 'postgres', cmd, ...args]];
  // cwd /: the postgres user may not enter the directory the tests run in (a clone under /tmp, a home).
  return execFileSync(file, argv, { cwd: '/', encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'inherit'] });
}

const shellQuote = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

function localServerUrl() {
  const all = clusters();
  if (all.length === 0) fail('ingen PostgreSQL-kluster finns. Skapa ett: pg_createcluster 15 main');
  // The newest version's first cluster: what `apt-get install postgresql` made.
  const c = all.sort((a, b) => Number(b.version) - Number(a.version))[0];
  if (c.status !== 'online') {
    try {
      // pg_ctlcluster changes to the cluster's owner itself when run as root; it waits until the server accepts connections.
      const direct = process.getuid?.() === 0 || userInfo().username === 'postgres';
      const args = [c.version, c.name, 'start'];
      execFileSync(direct ? 'pg_ctlcluster' : 'sudo', direct ? args : ['-n', 'pg_ctlcluster', ...args], { stdio: 'inherit' });
    } catch {
      // Someone else (another test run) may have started it in between; only a cluster still down is an error.
      const again = clusters().find((x) => x.version === c.version && x.name === c.name);
      if (again?.status !== 'online') fail(`kunde inte starta klustret ${c.version}/${c.name}`);
    }
  }
  const sql = `
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN
    CREATE ROLE ${ROLE} LOGIN CREATEDB CREATEROLE PASSWORD '${PASSWORD}';
  ELSE
    ALTER ROLE ${ROLE} LOGIN CREATEDB CREATEROLE PASSWORD '${PASSWORD}';
  END IF;
END
$$;
-- Tests drop their databases WITH (FORCE); an autovacuum worker in one (it belongs to no role) can only be
-- stopped by a member of pg_signal_backend, else the drop fails now and then.
GRANT pg_signal_backend TO ${ROLE};
SELECT 'CREATE DATABASE ${DATABASE} OWNER ${ROLE}' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${DATABASE}')
\\gexec
`;
  const psql = () => asPostgres('psql', ['-X', '-q', '-p', String(c.port), '-v', 'ON_ERROR_STOP=1', '-d', 'postgres'], sql);
  try {
    psql();
  } catch {
    // Two runs creating the role or database at the same moment: one loses the race; the second try sees it made.
    try {
      psql();
    } catch {
      fail('kunde inte skapa rollen eller databasen (körs som root, postgres eller med sudo?)');
    }
  }
  return `postgres://${ROLE}:${PASSWORD}@127.0.0.1:${c.port}/${DATABASE}`;
}

const url = process.env.INSYN_DATABASE_URL || localServerUrl();

if (command.length === 0) {
  console.log(`INSYN_DATABASE_URL=${url}`);
} else {
  console.error(`pg-local: PostgreSQL på ${url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}`);
  const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, INSYN_DATABASE_URL: url } });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}

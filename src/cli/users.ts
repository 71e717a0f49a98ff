// `insyn users add|list`: manage staff accounts from the command line.
import { createInterface } from 'node:readline';
import type { CliIO } from './io.ts';
import { USAGE_EXIT } from './io.ts';
import { openCliDb, parseFlags } from './db.ts';
import { listStaff } from '../db/staff.ts';
import { createStaff } from '../domain/staffCommands.ts';
import { isRole, roleLabel } from '../domain/roles.ts';

export const usage = `Användning:
  insyn users add --email E --role registrar|reviewer|admin [--name NAMN] --password-stdin
  insyn users list
`;

async function readFirstLine(io: CliIO): Promise<string> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') {
    const parsed = parseFlags(rest, {});
    if ('error' in parsed || parsed.positional.length) {
      io.stderr.write(('error' in parsed ? `${parsed.error}\n` : '') + usage);
      return USAGE_EXIT;
    }
    const db = await openCliDb(io.env);
    try {
      const users = await listStaff(db);
      if (users.length === 0) io.stdout.write('Inga användare.\n');
      for (const u of users) {
        io.stdout.write(`${String(u.id).padStart(4)}  ${u.email.padEnd(32)} ${roleLabel[u.role].padEnd(14)} ${u.active ? 'aktiv' : 'inaktiverad'}  ${u.display_name}\n`);
      }
      return 0;
    } finally {
      await db.close();
    }
  }
  if (sub === 'add') {
    const parsed = parseFlags(rest, { values: ['email', 'role', 'name'], switches: ['password-stdin'] });
    if ('error' in parsed) {
      io.stderr.write(`${parsed.error}\n${usage}`);
      return USAGE_EXIT;
    }
    const { email, role, name } = parsed.values;
    if (!email || !role || !parsed.switches.has('password-stdin') || parsed.positional.length) {
      io.stderr.write(`Ange --email, --role och --password-stdin.\n${usage}`);
      return USAGE_EXIT;
    }
    if (!isRole(role)) {
      io.stderr.write(`Okänd roll: ${role}. Välj registrar, reviewer eller admin.\n${usage}`);
      return USAGE_EXIT;
    }
    // The password comes on standard input so it is never in the shell history or the process list.
    const password = await readFirstLine(io);
    const db = await openCliDb(io.env);
    try {
      const result = await createStaff(db, { id: null, label: 'cli' }, {
        email,
        role,
        displayName: name ?? email.split('@')[0]!,
        password,
      });
      if (!result.ok) {
        for (const e of result.errors) io.stderr.write(`${e.message}\n`);
        return 1;
      }
      io.stdout.write(`Användaren ${email} (${roleLabel[role]}) är skapad.\n`);
      return 0;
    } finally {
      await db.close();
    }
  }
  io.stderr.write(usage);
  return USAGE_EXIT;
}

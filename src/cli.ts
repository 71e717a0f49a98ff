// The `insyn` command: dispatches to one module per subcommand in src/cli/.
import { type CliIO, processIO, USAGE_EXIT } from './cli/io.ts';

type Command = { summary: string; load: () => Promise<{ run: (args: string[], io: CliIO) => Promise<number> }> };

const commands: Record<string, Command> = {
  users: { summary: 'users add --email E --role registrar|reviewer|admin --password-stdin | users list', load: () => import('./cli/users.ts') },
  audit: { summary: 'audit verify [--head N:HASH] | audit head   kontrollera händelseloggens kedja / skriv ut dess ankare', load: () => import('./cli/audit.ts') },
  backup: { summary: 'backup FIL [--force]   säkerhetskopiera databasen medan servern kör', load: () => import('./cli/backup.ts') },
  restore: { summary: 'restore FIL [--force] [--head N:HASH]   återställ från en kontrollerad säkerhetskopia', load: () => import('./cli/restore.ts') },
  org: { summary: 'org list | org show | org set NAMN=VÄRDE… | org add | org export FIL | org delete --yes   organisationerna och deras inställningar', load: () => import('./cli/org.ts') },
  db: { summary: 'db migrate | db schema | db reindex-persons | db recheck-releases', load: () => import('./cli/dbcmd.ts') },
  gallra: { summary: 'gallra --beslut TEXT [--dry-run]   ta bort sökandes kontaktuppgifter efter INSYN_RETENTION_DAYS enligt ett gallringsbeslut', load: () => import('./cli/gallra.ts') },
  scan: { summary: 'scan FILE... [--json] | scan --jsonl [--threads=N]   hitta personuppgifter', load: () => import('./cli/scan.ts') },
};

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  insyn ${c.summary}`);
  return `Användning:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.stderr.write(usage());
    return USAGE_EXIT;
  }
  const mod = await command.load();
  return mod.run(rest, io);
}

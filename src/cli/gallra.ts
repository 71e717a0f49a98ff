// `insyn gallra [--dry-run]`: removes requesters' contact details from requests closed longer than INSYN_RETENTION_DAYS, never under a legal hold (JO 3434-2016).
import type { CliIO } from './io.ts';
import { USAGE_EXIT } from './io.ts';
import { openCliDb, parseFlags } from './db.ts';
import { type Config, loadConfig } from '../config.ts';
import { organisationConfig } from '../db/organisation.ts';
import { disposeContactDetails } from '../domain/disposal.ts';
import { runOnce } from '../db/chores.ts';

export const usage =
  'Användning:\n  insyn gallra --beslut REFERENS [--dry-run]   ta bort sökandes kontaktuppgifter ur avslutade begäranden äldre än INSYN_RETENTION_DAYS\n' +
  '  REFERENS är gallringsbeslutet i dokumenthanteringsplanen som tillåter det (eller INSYN_GALLRINGSBESLUT).\n';

/**
 * Arkivlagen (which covers OSL 2:3 companies too): a request and its register entry are allmänna
 * handlingar, so removing a requester's contact details is gallring and needs a gallringsbeslut. The
 * command refuses to run without its reference, and the log records it.
 */
export const missingDecision =
  'Ange gallringsbeslutet som tillåter gallringen: --beslut "Dokumenthanteringsplan 2026, punkt 3.4" (eller INSYN_GALLRINGSBESLUT). Utan gallringsbeslut får inget gallras (arkivlagen).\n';

export async function run(args: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(args, { switches: ['dry-run'], values: ['beslut'] });
  if ('error' in flags || flags.positional.length) {
    io.stderr.write(`${'error' in flags ? `${flags.error}\n` : ''}${usage}`);
    return USAGE_EXIT;
  }
  let base: Config;
  try {
    base = loadConfig(io.env);
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n`);
    return USAGE_EXIT;
  }
  const decision = (flags.values.beslut ?? io.env.INSYN_GALLRINGSBESLUT ?? '').trim();
  if (decision === '' || decision.length > 300) {
    io.stderr.write(missingDecision);
    return USAGE_EXIT;
  }
  const dryRun = flags.switches.has('dry-run');
  const db = await openCliDb(io.env);
  try {
    // The organisation's retention period, from its database once the server has started on it.
    const { retentionDays } = await organisationConfig(db, base);
    // Two runs at once (cron on two servers) take turns: the second finds nothing left to remove.
    const r = await runOnce(db, 'gallring', () => disposeContactDetails(db, { retentionDays, dryRun, decision }));
    const verb = dryRun ? 'Skulle ta bort' : 'Tog bort';
    io.stdout.write(
      `${dryRun ? 'Provkörning: inget ändras.\n' : ''}` +
        `${verb} kontaktuppgifter ur ${r.disposed} begäranden som avslutades för mer än ${retentionDays} dagar sedan ` +
        `(${r.names} namn, ${r.contacts} kontaktuppgifter, ${r.identityQuestions} frågor om identitet).\n` +
        `${r.held} begäranden lämnades orörda: överklagandetiden löper eller ett överklagande är inte avgjort (JO 3434-2016).\n` +
        `Gallringsbeslut: ${decision}.\n` +
        'Beslut och händelselogg finns kvar.\n',
    );
    return 0;
  } finally {
    await db.close();
  }
}

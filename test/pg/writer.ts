// One app process of the 20-writer test (test/pg/writers.test.ts): opens the database in INSYN_DATABASE_URL as the
// server does (openDatabase, migrations under their lock) and runs WRITERS concurrent writers, each registering
// ROUNDS requests through the real command and assigning each to its registrar (a second logged decision). Prints one JSON line.
import { openDatabase } from '../../src/db/connection.ts';
import { loadConfig } from '../../src/config.ts';
import { assignRequest, insertValidRequest } from '../../src/domain/requestCommands.ts';
import { defaultDeadlineSettings } from '../../src/domain/deadline.ts';

const writers = Number(process.env.WRITERS);
const rounds = Number(process.env.ROUNDS);
const registrar = { id: Number(process.env.REGISTRAR_ID), label: 'reg@test.se', role: 'registrar' as const };

const { db } = await openDatabase(loadConfig());
const references: string[] = [];
let failures = 0;
await Promise.all(
  Array.from({ length: writers }, async () => {
    for (let i = 0; i < rounds; i++) {
      try {
        const r = await insertValidRequest(
          db,
          registrar,
          {
            receivedAt: new Date(),
            asksFor: 'documents',
            channel: 'email',
            formWanted: 'electronic_copy',
            description: `Avtal om fjärrvärme, del ${i}`,
            requesterName: null,
            requesterContact: null,
            diarienummer: null,
            identityQuestion: null,
            identityReason: null,
          },
          defaultDeadlineSettings,
          new Date(),
        );
        references.push(r.reference);
        const a = await assignRequest(db, registrar, r.id, registrar.id, null);
        if (!a.ok) throw new Error(JSON.stringify(a));
      } catch (e) {
        failures++;
        console.error((e as Error).message);
      }
    }
  }),
);
await db.close();
console.log(JSON.stringify({ references, failures }));

// npm run copy-data -- --from <data dir | postgres URL> --to <data dir | postgres URL> [--schema name]
//
// Copies a whole installation between the embedded store and PostgreSQL, either way (into PostgreSQL to
// grow, back to a data directory to leave), then verifies it: per campaign, the counts per department and
// the report computed from each side must be equal. Exits 1 on any difference or refusal.

import { parseArgs } from 'node:util';
import { loadQuestionnaires } from '../load-questionnaires';
import { copyStorage } from '../storage/copy/copy-storage';
import {
  assertEmptyDirectory,
  assertNoServerRunning,
  describeLocation,
  openLocation,
  parseLocation,
  sameLocation,
} from '../storage/copy/storage-location';
import type { Storage } from '../storage/storage';

const HELP = `Copies a Groundwork installation between a data directory and PostgreSQL, either way, and verifies it.

  npm run copy-data -- --from <data dir | postgres URL> --to <data dir | postgres URL> [--schema name]

  --schema       the PostgreSQL schema of whichever side is PostgreSQL (default public)
  --from-schema  --to-schema  each side's own, when both are PostgreSQL

Stop the server first. A data directory a running server has open is refused (its server.pid); a
running PostgreSQL writer cannot be detected, so make sure no instance runs against the source.
The target must be empty: a new data directory, or a schema with no organizations or accounts.

Copied: organizations, campaigns and their links, accounts and grants, role invitations, API tokens,
the audit log, staff lists (people, links, sent/opened/answered state, retention), access codes,
responses in stored order, mailings and reminder plans, action plans, benchmark files, workshops.
Not copied: sessions (everyone signs in again) and report checkpoints (rebuilt from the responses).
Then, for every campaign, the counts per department and the report are computed from both sides
and compared: "verified" only when all are equal.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      schema: { type: 'string' },
      'from-schema': { type: 'string' },
      'to-schema': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.from || !values.to) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const from = parseLocation(values.from, values['from-schema'] ?? values.schema);
  const to = parseLocation(values.to, values['to-schema'] ?? values.schema);
  if (sameLocation(from, to)) throw new Error('--from and --to name the same storage');
  console.log(`from ${describeLocation(from)}`);
  console.log(`to   ${describeLocation(to)}`);
  console.log(
    from.kind === 'embedded'
      ? 'The server using the source data directory must be stopped while this runs.'
      : 'No server instance may write to the source database while this runs (this cannot be detected).',
  );
  await assertNoServerRunning(from);
  await assertEmptyDirectory(to);
  const warn = (message: string) => console.warn(`warning: ${message}`);
  const questionnaires = await loadQuestionnaires();
  let source: Storage | null = null;
  let target: Storage | null = null;
  try {
    source = await openLocation(from, warn, { mustExist: true });
    target = await openLocation(to, warn, { mustExist: false });
    const { counts, verification } = await copyStorage(source, target, questionnaires, describeLocation(to));
    console.log('');
    console.log(counts.table());
    console.log('');
    console.log(
      'Not copied: sessions (everyone signs in again); report checkpoints (rebuilt from responses).',
    );
    // The chat webhooks travel sealed: they open only under the key they were sealed with.
    console.log(
      'Chat channels are copied sealed: start the target with the source’s secrets key (SECRETS_KEY, or the data directory’s secrets.key), or add the channels again.',
    );
    if (verification.differences.length > 0) {
      for (const difference of verification.differences) console.error(`DIFFERENT: ${difference}`);
      console.error(`verification failed: ${verification.differences.length} difference(s)`);
      return 1;
    }
    console.log(`verified: reports equal for ${verification.reportsEqual} campaigns`);
    return 0;
  } finally {
    await source?.close();
    await target?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`copy-data: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

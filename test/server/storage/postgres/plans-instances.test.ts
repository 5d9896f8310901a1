// A mailing run is read back interrupted when the instance sending it has stopped, and never because another
// instance started or runs beside it: two storages on one schema, as two server processes.

import { describe, expect, it } from 'vitest';
import { claimNext, resumedRun, type MailingRun } from '../../../../server/domain/campaigns/mailing-run';
import type { Storage } from '../../../../server/storage/storage';
import {
  TEST_DATABASE_URL,
  storagesOnOneSchema,
  cleanupsAfterEach,
  withClient,
} from '../../../support/postgres-for-tests';

function run(id: string, state: MailingRun['state'] = 'sending'): MailingRun {
  return {
    id,
    campaignId: 'c-1',
    kind: 'invitation',
    reminderId: null,
    startedAt: '2026-03-02T09:00Z',
    recipients: ['p1', 'p2', 'p3'],
    total: 3,
    linkBase: 'https://survey.example.com',
    claimed: 0,
    inFlight: [],
    sent: 0,
    failed: 0,
    uncertain: 0,
    skipped: 0,
    failures: [],
    state,
  };
}

const states = async (under: Storage) => (await under.mailings.runs('c-1')).map((r) => r.state);

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL mailing runs on two instances', () => {
  const cleanups = cleanupsAfterEach();
  // Two storages on one fresh schema, as two server processes would hold them; either may be stopped early.
  const twoInstances = () => storagesOnOneSchema(2, { cleanups });

  it('reads a run sending from one instance as sending from the other while the first runs, interrupted once it stops', async () => {
    const {
      storages: [first, second],
      stop,
    } = await twoInstances();
    await first.mailings.begin(run('r1'));
    await first.mailings.change('r1', (r) => claimNext(r, ['p1']));
    expect(await states(second)).toEqual(['sending']);
    expect(await states(first)).toEqual(['sending']);
    await stop(first);
    expect(await states(second)).toEqual(['interrupted']);
    expect((await second.mailings.runs('c-1'))[0]).toMatchObject({ claimed: 1, inFlight: ['p1'] });
  });

  it('reads the run of an instance that stopped without closing as interrupted once it has not been seen for 30 seconds', async () => {
    const {
      schema,
      storages: [first, second],
    } = await twoInstances();
    await first.mailings.begin(run('r1'));
    expect(await states(second)).toEqual(['sending']);
    // A crashed process leaves its row behind and stops refreshing it: its last sign of life ages.
    await withClient(schema, (client) =>
      client.query(
        `UPDATE instances SET seen_at = now() - interval '31 seconds'
         WHERE id = (SELECT sender FROM mailing_runs WHERE id = 'r1')`,
      ),
    );
    expect(await states(second)).toEqual(['interrupted']);
  });

  it('gives a run resumed by the other instance to that instance: the first stopping leaves it sending', async () => {
    const {
      storages: [first, second],
      stop,
    } = await twoInstances();
    await first.mailings.begin(run('r1'));
    await stop(first);
    // The second sees the run cut off and takes it up again.
    const resumed = await second.mailings.change('r1', (r) => {
      expect(r.state).toBe('interrupted');
      return resumedRun(r, () => true);
    });
    expect(resumed.state).toBe('sending');
    // Read as sending although its first sender is gone: it is the second's now.
    expect(await states(second)).toEqual(['sending']);
  });

  it('leaves a live instance’s run sending when another instance changes it, and finished runs as they are', async () => {
    const {
      storages: [first, second],
      stop,
    } = await twoInstances();
    await first.mailings.begin(run('r1'));
    await first.mailings.begin(run('r2', 'finished'));
    await second.mailings.change('r1', (r) => claimNext(r, ['p1']));
    await stop(second);
    expect(await states(first)).toEqual(['finished', 'sending']);
  });
});

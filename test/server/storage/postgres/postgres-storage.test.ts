// The same contract suites as the embedded storage, against PostgreSQL (TEST_DATABASE_URL).

import { describe } from 'vitest';
import { TEST_DATABASE_URL, openPostgresUnderTest } from '../../../support/postgres-for-tests';
import { runStorageContract } from '../repository.contract';
import { actionPlanContract } from '../action-plan.contract';
import { workshopContract } from '../workshop-repository.contract';
import { chatContract } from '../chat-repository.contract';

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL', () => {
  runStorageContract('postgres', openPostgresUnderTest);
  actionPlanContract('postgres', openPostgresUnderTest);
  workshopContract('postgres', openPostgresUnderTest);
  chatContract('postgres', openPostgresUnderTest);
});

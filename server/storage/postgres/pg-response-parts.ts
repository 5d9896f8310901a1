// Responses, the submission path, staff lists with their personal links, and access codes (responses/). The
// anonymity argument, and what it leaves: responses/pg-submission-store.ts.
import type { Storage } from '../storage';
import type { PgDatabase } from './pg-database';
import { background } from './responses/background';
import { callOrder } from './responses/call-order';
import { refuseCommitTimestamps } from './responses/commit-timestamps';
import { foldLeftovers } from './responses/leftovers';
import { createPgAccessCodeRepository } from './responses/pg-access-code-repository';
import { createPgResponseRepository } from './responses/pg-response-repository';
import { createPgSubmissionStore } from './responses/pg-submission-store';
import { createPgSurveyInvitationRepository } from './responses/pg-survey-invitation-repository';
import { accessCodeCopies, responseCopies, staffListCopies } from './responses/whole-copies';

export type ResponseParts = Pick<
  Storage,
  'responses' | 'submissions' | 'surveyInvitations' | 'accessCodes'
> & {
  close(): Promise<void>;
};

export async function openPgResponseParts(
  db: PgDatabase,
  warn: (message: string) => void,
): Promise<ResponseParts> {
  await refuseCommitTimestamps(db);
  const later = background(warn);
  const order = callOrder();
  // What an instance that died (or whose folds failed) left behind is folded by whoever opens next.
  later.run('Folding what an earlier instance left', () => foldLeftovers(db));
  return {
    // With the members a copy of the installation reads and writes whole (server/storage/copy/).
    responses: { ...createPgResponseRepository(db, later, warn), ...responseCopies(db) },
    submissions: createPgSubmissionStore(db, later, order),
    surveyInvitations: {
      ...createPgSurveyInvitationRepository(db, order, later, warn),
      ...staffListCopies(db),
    },
    accessCodes: { ...createPgAccessCodeRepository(db, order), ...accessCodeCopies(db) },
    close: () => later.close(),
  };
}

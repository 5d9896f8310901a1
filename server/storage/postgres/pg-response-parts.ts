// Responses, the submission path, staff lists with their personal links, and access codes.
import type { Storage } from '../storage';
import type { PgDatabase } from './pg-database';
import { notBuilt } from './not-built';

export type ResponseParts = Pick<
  Storage,
  'responses' | 'submissions' | 'surveyInvitations' | 'accessCodes'
> & {
  close(): Promise<void>;
};

export async function openPgResponseParts(
  _db: PgDatabase,
  _warn: (message: string) => void,
): Promise<ResponseParts> {
  return {
    responses: notBuilt('responses'),
    submissions: notBuilt('submissions'),
    surveyInvitations: notBuilt('surveyInvitations'),
    accessCodes: notBuilt('accessCodes'),
    close: async () => undefined,
  };
}

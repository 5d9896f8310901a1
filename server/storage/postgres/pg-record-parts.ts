// Organizations, campaigns, accounts, sessions, role invitations, API tokens and the audit log.
import type { Storage } from '../storage';
import type { PgDatabase } from './pg-database';
import { notBuilt } from './not-built';

export type RecordParts = Pick<
  Storage,
  'organizations' | 'campaigns' | 'accounts' | 'sessions' | 'userInvitations' | 'apiTokens' | 'audit'
>;

export function pgRecordParts(_db: PgDatabase): RecordParts {
  return {
    organizations: notBuilt('organizations'),
    campaigns: notBuilt('campaigns'),
    accounts: notBuilt('accounts'),
    sessions: notBuilt('sessions'),
    userInvitations: notBuilt('userInvitations'),
    apiTokens: notBuilt('apiTokens'),
    audit: notBuilt('audit'),
  };
}

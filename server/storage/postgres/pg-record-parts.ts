// Organizations, campaigns, accounts, sessions, role invitations, API tokens and the audit log: the small
// records, each repository in its own file under records/, every change through records/document-rows.ts.
import type { Storage } from '../storage';
import type { PgDatabase } from './pg-database';
import { createPgAccountRepository } from './records/pg-account-repository';
import { createPgApiTokenRepository } from './records/pg-api-token-repository';
import { createPgAuditLog } from './records/pg-audit-log';
import { createPgCampaignRepository } from './records/pg-campaign-repository';
import { createPgOrganizationRepository } from './records/pg-organization-repository';
import { createPgSessionRepository } from './records/pg-session-repository';
import { createPgUserInvitationRepository } from './records/pg-user-invitation-repository';

export type RecordParts = Pick<
  Storage,
  'organizations' | 'campaigns' | 'accounts' | 'sessions' | 'userInvitations' | 'apiTokens' | 'audit'
>;

export function pgRecordParts(db: PgDatabase): RecordParts {
  return {
    organizations: createPgOrganizationRepository(db),
    campaigns: createPgCampaignRepository(db),
    accounts: createPgAccountRepository(db),
    sessions: createPgSessionRepository(db),
    userInvitations: createPgUserInvitationRepository(db),
    apiTokens: createPgApiTokenRepository(db),
    audit: createPgAuditLog(db),
  };
}

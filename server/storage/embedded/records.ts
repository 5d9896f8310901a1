// The small, mutable records the embedded storage keeps in one document: their kinds and an empty set.

import type { AccessCode } from '../../domain/campaigns/access-code';
import type { Account } from '../../domain/access/account';
import type { ApiToken } from '../../domain/access/api-token';
import type { Campaign } from '../../domain/campaigns/campaign';
import type { Organization } from '../../domain/campaigns/organization';
import type { SurveyInvitation } from '../../domain/campaigns/survey-invitation';
import type { Session } from '../session-repository';
import type { UserInvitation } from '../user-invitation-repository';

export interface Records {
  organizations: Organization[];
  campaigns: Campaign[];
  accounts: Account[];
  sessions: Session[];
  userInvitations: UserInvitation[];
  surveyInvitations: SurveyInvitation[];
  accessCodes: AccessCode[];
  apiTokens: ApiToken[];
}

/** In the order the file lists them. */
export const RECORD_KINDS = [
  'organizations',
  'campaigns',
  'accounts',
  'sessions',
  'userInvitations',
  'surveyInvitations',
  'accessCodes',
  'apiTokens',
] as const satisfies readonly (keyof Records)[];

export function emptyRecords(): Records {
  return {
    organizations: [],
    campaigns: [],
    accounts: [],
    sessions: [],
    userInvitations: [],
    surveyInvitations: [],
    accessCodes: [],
    apiTokens: [],
  };
}

// The default storage: everything under one data directory, no other set-up.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Storage } from '../storage';
import {
  createEmbeddedAccountRepository,
  createEmbeddedSessionRepository,
  createEmbeddedUserInvitationRepository,
} from './embedded-account-repositories';
import { openEmbeddedAuditLog } from './embedded-audit-log';
import { createEmbeddedCampaignRepository } from './embedded-campaign-repository';
import { createEmbeddedOrganizationRepository } from './embedded-organization-repository';
import { openEmbeddedResponseRepository } from './embedded-response-repository';
import { createEmbeddedSurveyInvitationRepository } from './embedded-survey-invitation-repository';
import { openRecordsFile } from './records-file';

export async function openEmbeddedStorage(
  dataDir: string,
  warn: (message: string) => void,
): Promise<Storage> {
  await mkdir(dataDir, { recursive: true });
  const db = await openRecordsFile(join(dataDir, 'records.json'));
  const responses = await openEmbeddedResponseRepository(join(dataDir, 'responses'), warn);
  const audit = await openEmbeddedAuditLog(join(dataDir, 'audit.jsonl'), warn);
  return {
    organizations: createEmbeddedOrganizationRepository(db),
    campaigns: createEmbeddedCampaignRepository(db),
    responses,
    accounts: createEmbeddedAccountRepository(db),
    sessions: createEmbeddedSessionRepository(db),
    userInvitations: createEmbeddedUserInvitationRepository(db),
    surveyInvitations: createEmbeddedSurveyInvitationRepository(db),
    audit,
    close: async () => {
      await responses.close();
      await audit.close();
    },
  };
}

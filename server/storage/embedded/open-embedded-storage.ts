// The default storage: everything under one data directory, no other set-up.

import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Storage } from '../storage';
import {
  createEmbeddedAccountRepository,
  createEmbeddedSessionRepository,
  createEmbeddedUserInvitationRepository,
} from './embedded-account-repositories';
import { openCampaignPeople } from './campaign-people';
import { isClosedCampaign } from './closed-campaigns';
import { createDepartmentPlaces } from './department-places';
import { createEmbeddedAccessCodeRepository } from './embedded-access-code-repository';
import { openEmbeddedActionPlanRepository } from './embedded-action-plan-repository';
import { createEmbeddedApiTokenRepository } from './embedded-api-token-repository';
import { openEmbeddedAuditLog } from './embedded-audit-log';
import { openEmbeddedBenchmarkRepository } from './embedded-benchmark-repository';
import { openEmbeddedChatRepository } from './embedded-chat-repository';
import { openEmbeddedMailingRepository } from './embedded-mailing-repository';
import { openEmbeddedTallyCheckpoints } from './embedded-tally-checkpoints';
import { openEmbeddedWorkshopRepository } from './embedded-workshop-repository';
import { createInProcessWorkshopEvents } from '../workshop-events';
import { createInProcessHolds } from '../exclusive-holds';
import { createInMemoryLimitCounters } from './in-memory-limit-counters';
import { createEmbeddedCampaignRepository } from './embedded-campaign-repository';
import { createEmbeddedOrganizationRepository } from './embedded-organization-repository';
import { openEmbeddedResponseRepository } from './embedded-response-repository';
import { createEmbeddedSurveyInvitationRepository } from './embedded-survey-invitation-repository';
import { openRecordsFile } from './records-file';
import { createEmbeddedSubmissionStore, pendingClaimsOf, settleClaims } from './submission-claims';

const RECORDS = 'records.json';
/** How long a closed campaign's people and responses stay in memory after their last use. */
const PUT_AWAY_AFTER_MS = 10 * 60_000;

/**
 * Whether the directory has never held an installation. A missing records file beside responses or an
 * audit log means it was lost or moved: starting afresh would offer owner set-up to whoever came first.
 */
async function isNewInstallation(dataDir: string): Promise<boolean> {
  if (existsSync(join(dataDir, RECORDS))) return false;
  const audit = join(dataDir, 'audit.jsonl');
  const responses = join(dataDir, 'responses');
  const held = [
    existsSync(audit) && (await stat(audit)).size > 0 ? 'an audit log' : null,
    existsSync(responses) && (await readdir(responses)).some((n) => n.endsWith('.jsonl'))
      ? 'responses'
      : null,
  ].filter((x) => x !== null);
  if (held.length > 0) {
    throw new Error(
      `${join(dataDir, RECORDS)} is missing, but ${dataDir} holds ${held.join(' and ')}: restore the records ` +
        'file from a backup. Starting without it would offer owner set-up to whoever came first.',
    );
  }
  return true;
}

export async function openEmbeddedStorage(
  dataDir: string,
  warn: (message: string) => void,
): Promise<Storage> {
  await mkdir(dataDir, { recursive: true });
  const db = await openRecordsFile(join(dataDir, RECORDS), await isNewInstallation(dataDir));
  const people = await openCampaignPeople(join(dataDir, 'people'), db, warn);
  const responses = await openEmbeddedResponseRepository(join(dataDir, 'responses'), warn, {
    pendingClaims: pendingClaimsOf(db.data, people),
    isClosed: isClosedCampaign(db),
  });
  await settleClaims(db, people, responses.claimsFound(), warn);
  await people.putAwayClosed(0);
  await responses.putAwayClosed(0);
  // Closed campaigns used since (a tracking page, a report, a late link) leave memory again once left alone.
  const putAway = setInterval(() => {
    for (const store of [people, responses]) {
      store
        .putAwayClosed(PUT_AWAY_AFTER_MS)
        .catch((error: unknown) => warn(`Could not put away closed campaigns: ${String(error)}`));
    }
  }, PUT_AWAY_AFTER_MS);
  putAway.unref();
  const audit = await openEmbeddedAuditLog(join(dataDir, 'audit.jsonl'), warn);
  const places = createDepartmentPlaces(db, responses, people);
  const tallies = await openEmbeddedTallyCheckpoints(join(dataDir, 'tallies'), warn);
  const mailings = await openEmbeddedMailingRepository(join(dataDir, 'mailings.json'));
  const actionPlan = await openEmbeddedActionPlanRepository(join(dataDir, 'action-plan.json'));
  const benchmarks = await openEmbeddedBenchmarkRepository(join(dataDir, 'benchmarks.json'));
  const workshopEvents = createInProcessWorkshopEvents((error) =>
    warn(`A screen watching a workshop failed: ${String(error)}`),
  );
  const workshops = await openEmbeddedWorkshopRepository(join(dataDir, 'workshops.json'), workshopEvents);
  const chats = await openEmbeddedChatRepository(join(dataDir, 'chats.json'));
  return {
    organizations: createEmbeddedOrganizationRepository(db),
    campaigns: createEmbeddedCampaignRepository(db),
    responses,
    submissions: createEmbeddedSubmissionStore(db, people, responses, places, () =>
      randomBytes(16).toString('base64url'),
    ),
    accounts: createEmbeddedAccountRepository(db),
    sessions: createEmbeddedSessionRepository(db),
    userInvitations: createEmbeddedUserInvitationRepository(db),
    surveyInvitations: createEmbeddedSurveyInvitationRepository(people, places),
    accessCodes: createEmbeddedAccessCodeRepository(db, places),
    apiTokens: createEmbeddedApiTokenRepository(db),
    tallies,
    mailings,
    actionPlan,
    benchmarks,
    workshops,
    workshopEvents,
    chats,
    audit,
    // One process serves a data directory, so its limits and holds live in its memory.
    limits: createInMemoryLimitCounters(),
    holds: createInProcessHolds(),
    // Opened means the data directory was read; a write that fails later is reported where it happens.
    health: async () => ({ ready: true }),
    close: async () => {
      clearInterval(putAway);
      await people.close();
      await db.close();
      await responses.close();
      await audit.close();
      await mailings.close();
      await actionPlan.close();
      await benchmarks.close();
      await workshops.close();
      await chats.close();
    },
  };
}

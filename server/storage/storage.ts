import type { AccessCodeRepository } from './access-code-repository';
import type { AccountRepository } from './account-repository';
import type { ActionPlanRepository } from './action-plan-repository';
import type { ApiTokenRepository } from './api-token-repository';
import type { AuditLog } from './audit-log';
import type { BenchmarkRepository } from './benchmark-repository';
import type { CampaignRepository } from './campaign-repository';
import type { ChatRepository } from './chat-repository';
import type { ExclusiveHolds } from './exclusive-holds';
import type { LimitCounters } from './limit-counters';
import type { MailingRepository } from './mailing-repository';
import type { OrganizationRepository } from './organization-repository';
import type { ResponseRepository } from './response-repository';
import type { SessionRepository } from './session-repository';
import type { SubmissionStore } from './submission-store';
import type { SurveyInvitationRepository } from './survey-invitation-repository';
import type { TallyCheckpoints } from './tally-checkpoints';
import type { UserInvitationRepository } from './user-invitation-repository';
import type { WorkshopEvents } from './workshop-events';
import type { WorkshopRepository } from './workshop-repository';

/** Whether the storage can serve: what a load balancer's ready check asks. `reason` names no secret. */
export type StorageHealth = { ready: true } | { ready: false; reason: string };

/** Everything the routes persist, behind small repository interfaces. */
export interface Storage {
  organizations: OrganizationRepository;
  campaigns: CampaignRepository;
  responses: ResponseRepository;
  submissions: SubmissionStore;
  accounts: AccountRepository;
  sessions: SessionRepository;
  userInvitations: UserInvitationRepository;
  surveyInvitations: SurveyInvitationRepository;
  accessCodes: AccessCodeRepository;
  apiTokens: ApiTokenRepository;
  /** Checkpoints of the report tallies: never the truth, the responses are. */
  tallies: TallyCheckpoints;
  /** Mailings as they go out (so a restart knows how far one got) and planned reminders. */
  mailings: MailingRepository;
  /** Each organization's action plan. */
  actionPlan: ActionPlanRepository;
  /** Benchmark files loaded from other installations. */
  benchmarks: BenchmarkRepository;
  /** Goal-writing workshops. */
  workshops: WorkshopRepository;
  /** News of each durable change to a workshop, for the screens watching it. */
  workshopEvents: WorkshopEvents;
  /** Each campaign's workplace-chat channels (their webhooks sealed) and the posts sent through them. */
  chats: ChatRepository;
  audit: AuditLog;
  /** The counts behind request limits and sign-in waits, shared by every instance. */
  limits: LimitCounters;
  /** Work one instance at a time does (a campaign's mailing). */
  holds: ExclusiveHolds;
  /** Reachable and (PostgreSQL) with every migration applied. */
  health(): Promise<StorageHealth>;
  close(): Promise<void>;
}

// The API's reply types for the client, each inferred from the response schema its route declares (the
// schemas are the one source: the OpenAPI document, the handlers' type check and these types all come from
// them). The client imports these with `import type` only, so it never bundles server code.

import type { z } from '@hono/zod-openapi';
import type {
  GrantSchema,
  InvitationLinkSchema,
  InvitationOfferSchema,
  OrganizationUsersSchema,
  PasswordResetLinkSchema,
  PasswordResetOfferSchema,
  PasswordResetRequestedSchema,
  SessionViewSchema,
  SetupStatusSchema,
} from './account-replies';
import type {
  CampaignDetailSchema,
  CampaignSchema,
  DisclosurePreviewRowSchema,
  EmailTemplateSchema,
  MailKindSchema,
  OrganizationFactsSchema,
  OrganizationWithCampaignsSchema,
  CampaignDeletedSchema,
} from './campaign-replies';
import type { NextWaveBody, NextWaveSchema } from './next-wave-replies';
import type {
  CampaignChatSchema,
  ChannelAddedSchema,
  ChatPostSchema,
  LatestChatPostSchema,
} from './chat-replies';
import type { AddChannelBody, ChatPostBody } from './chat-schemas';
import type {
  AccessCodeCountsSchema,
  AccessCodesIssuedSchema,
  ExclusionResultSchema,
  LatestMailingSchema,
  MailingStatusSchema,
  ReminderPlanSchema,
  StaffImportedSchema,
  StaffListPreviewSchema,
  StaffListSchema,
  StaffRemovedSchema,
  SuspectAlertsSchema,
} from './distribution-replies';
import type {
  DemoCreatedSchema,
  OrganizationFactQuestionsSchema,
  OrganizationSchema,
  QuestionnaireListSchema,
  OrganizationDeletedSchema,
} from './organization-replies';
import type { ChangeCampaignBody, ReportingGroupBody } from './campaign-schemas';
import type { IssueAccessCodesBody, PlanReminderBody } from './distribution-schemas';
import type { ResponseProgressSchema } from './progress-replies';
import type { RetentionStatusSchema } from './staff-retention-replies';
import type { CampaignReportSchema } from './report-replies';
import type {
  AcceptInvitationBody,
  ChangePasswordBody,
  CreateCampaignBody,
  CreateOrganizationBody,
  InviteUserBody,
  LoginBody,
  SetupBody,
  SubmitResponseBody,
  EditOrganizationBody,
} from './schemas';
import type { ReceiptSchema, SurveyForRespondentSchema } from './survey-replies';

type Reply<S extends z.ZodType> = z.infer<S>;

export type SessionView = Reply<typeof SessionViewSchema>;
export type Grant = Reply<typeof GrantSchema>;
export type Role = Grant['role'];
export type SetupStatus = Reply<typeof SetupStatusSchema>;
export type OrganizationUsers = Reply<typeof OrganizationUsersSchema>;
export type InvitationLink = Reply<typeof InvitationLinkSchema>;
export type InvitationOffer = Reply<typeof InvitationOfferSchema>;
export type PasswordResetLink = Reply<typeof PasswordResetLinkSchema>;
export type PasswordResetRequested = Reply<typeof PasswordResetRequestedSchema>;
export type PasswordResetOffer = Reply<typeof PasswordResetOfferSchema>;

export type Organization = Reply<typeof OrganizationSchema>;
export type QuestionnaireSummary = Reply<typeof QuestionnaireListSchema>[number];
/** The facts HR may state about the organization, each with its question and answers in the model's words. */
export type FactDefinitions = Reply<typeof OrganizationFactQuestionsSchema>;
export type DemoCreated = Reply<typeof DemoCreatedSchema>;
export type OrganizationDeleted = Reply<typeof OrganizationDeletedSchema>;
export type CampaignDeleted = Reply<typeof CampaignDeletedSchema>;

export type Campaign = Reply<typeof CampaignSchema>;
export type OrganizationFacts = Reply<typeof OrganizationFactsSchema>;
export type EmailTemplate = Reply<typeof EmailTemplateSchema>;
export type MailKind = Reply<typeof MailKindSchema>;
export type OrganizationWithCampaigns = Reply<typeof OrganizationWithCampaignsSchema>;
export type CampaignDetail = Reply<typeof CampaignDetailSchema>;
export type ResponseProgress = Reply<typeof ResponseProgressSchema>;
/** How long a campaign's staff list is kept after closing, and when it is or was erased. */
export type StaffRetention = Reply<typeof RetentionStatusSchema>;
export type DisclosurePreviewRow = Reply<typeof DisclosurePreviewRowSchema>;

export type StaffListPreview = Reply<typeof StaffListPreviewSchema>;
export type StaffRowError = StaffListPreview['errors'][number];
export type StaffImported = Reply<typeof StaffImportedSchema>;
export type StaffList = Reply<typeof StaffListSchema>;
export type StaffListEntry = StaffList['people'][number];
export type StaffRemoved = Reply<typeof StaffRemovedSchema>;
export type MailingStatus = Reply<typeof MailingStatusSchema>;
export type LatestMailing = Reply<typeof LatestMailingSchema>;
export type ReminderPlan = Reply<typeof ReminderPlanSchema>;
export type CampaignChat = Reply<typeof CampaignChatSchema>;
export type ChatChannel = Reply<typeof ChannelAddedSchema>['channel'];
export type ChatPost = Reply<typeof ChatPostSchema>;
export type LatestChatPost = Reply<typeof LatestChatPostSchema>;
export type PlannedReminder = ReminderPlan['reminders'][number];
export type AccessCodesIssued = Reply<typeof AccessCodesIssuedSchema>;
export type AccessCodeCounts = Reply<typeof AccessCodeCountsSchema>;
export type SuspectAlerts = Reply<typeof SuspectAlertsSchema>;
export type SuspectAlert = SuspectAlerts['alerts'][number];
export type ExclusionResult = Reply<typeof ExclusionResultSchema>;

export type CampaignReport = Reply<typeof CampaignReportSchema>;

export type SurveyForRespondent = Reply<typeof SurveyForRespondentSchema>;
export type Receipt = Reply<typeof ReceiptSchema>;

/** A request body as a client may write it: before the server fills in defaults. */
type Body<S extends z.ZodType> = z.input<S>;

export type NewAccount = Body<typeof SetupBody>;
export type SignIn = Body<typeof LoginBody>;
export type PasswordChange = Body<typeof ChangePasswordBody>;
export type NewInvitation = Body<typeof InviteUserBody>;
export type InvitationAcceptance = Body<typeof AcceptInvitationBody>;
export type NewOrganization = Body<typeof CreateOrganizationBody>;
export type OrganizationEdit = Body<typeof EditOrganizationBody>;
export type NewCampaign = Body<typeof CreateCampaignBody>;
export type CampaignChange = Body<typeof ChangeCampaignBody>;
export type NewReminder = Body<typeof PlanReminderBody>;
export type NewChatChannel = Body<typeof AddChannelBody>;
export type NewChatPost = Body<typeof ChatPostBody>;
export type NewReportingGroup = Body<typeof ReportingGroupBody>;
export type NewAccessCodes = Body<typeof IssueAccessCodesBody>;
export type Submission = Body<typeof SubmitResponseBody>;

// The action plan (action-plan-replies.ts): request shapes as a client writes them, defaults left out.
import type {
  ActionOwnersSchema,
  ActionPlanSchema,
  ActionListSchema,
  ChangeActionBody,
  CreateActionBody,
  StarterPlanBody,
} from './action-plan-replies';
export type ActionPlan = Reply<typeof ActionPlanSchema>;
export type PlanActionView = ActionPlan['actions'][number];
export type ActionList = Reply<typeof ActionListSchema>;
export type NewAction = z.input<typeof CreateActionBody>;
export type ActionChangeRequest = z.input<typeof ChangeActionBody>;
export type StarterPlanRequest = z.input<typeof StarterPlanBody>;
export type ActionOwners = Reply<typeof ActionOwnersSchema>;
export type NextWaveRequest = z.input<typeof NextWaveBody>;
export type NextWaveMade = Reply<typeof NextWaveSchema>;

// A campaign's waves (wave-replies.ts): verdict history, dimension trend, change since the wave before, pilot.
import type { WavesSchema } from './wave-replies';
export type Waves = Reply<typeof WavesSchema>;

// What became of the departments between two waves (wave-lineage-replies.ts).
import type { LineageBody, LineageSchema } from './wave-lineage-replies';
export type WaveLineage = Reply<typeof LineageSchema>;
export type LineageRequest = z.input<typeof LineageBody>;

// An organization as the list gives it, with when its next calibration wave is due (next-wave-due.ts).
import type { OrganizationListItemSchema } from './organization-replies';
export type OrganizationListItem = Reply<typeof OrganizationListItemSchema>;
export type NextWaveDue = NonNullable<OrganizationListItem['nextWaveDue']>;

// Two units of a report compared side by side (pairwise-replies.ts).
import type { PairwiseSchema } from './pairwise-replies';
export type Pairwise = Reply<typeof PairwiseSchema>;
export type PairRow = Pairwise['comparison']['rows'][number];

// Benchmarks among organizations (benchmark-replies.ts): a campaign's figures in percentile bands, the
// opt-in, and the owner's benchmark files.
import type {
  BenchmarkFileSchema,
  CampaignBenchmarkSchema,
  LoadedBenchmarkSchema,
} from './benchmark-replies';
export type CampaignBenchmark = Reply<typeof CampaignBenchmarkSchema>;
export type PlacedBenchmark = CampaignBenchmark['benchmarks'][number];
export type BenchmarkFile = Reply<typeof BenchmarkFileSchema>;
export type LoadedBenchmark = Reply<typeof LoadedBenchmarkSchema>;
// Per-question results (question-replies.ts): each scored item's answers per unit and for the organization.
import type { QuestionsReplySchema } from './question-replies';
export type CampaignQuestions = Reply<typeof QuestionsReplySchema>;
export type QuestionItem = CampaignQuestions['results']['dimensions'][number]['questions'][number];

// A report grouped by one demographic cut (cut-replies.ts).
import type { CutListSchema, CutReportSchema } from './cut-replies';
export type CutReport = Reply<typeof CutReportSchema>;
export type CutList = Reply<typeof CutListSchema>;
export type CutGroup = CutReport['groups'][number];

// The goal-writing workshop (workshop-replies.ts): the facilitator's view, a participant's, and the rest.
import type {
  DraftReplySchema,
  JoinedSchema,
  JoinInfoSchema,
  ParticipantViewSchema,
  SummarySchema,
  ToPlanReplySchema,
  WorkshopListSchema,
  WorkshopSchema,
} from './workshop-replies';
export type WorkshopView = Reply<typeof WorkshopSchema>;
export type WorkshopListReply = Reply<typeof WorkshopListSchema>;
export type WorkshopJoinInfo = Reply<typeof JoinInfoSchema>;
export type WorkshopJoined = Reply<typeof JoinedSchema>;
export type WorkshopParticipantView = Reply<typeof ParticipantViewSchema>;
export type WorkshopDraftReply = Reply<typeof DraftReplySchema>;
export type WorkshopSummaryReply = Reply<typeof SummarySchema>;
export type WorkshopToPlanReply = Reply<typeof ToPlanReplySchema>;

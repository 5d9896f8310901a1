// The only place the client talks to the server. Failures arrive as ApiError carrying the server's
// problem+json, its code and the fields at fault, for errorText to word in the reader's language; a server
// that cannot be reached, or answers without a problem, gets a code here. A call that needs a signed-in
// person and is refused with 401 sends the browser to the sign-in page, which brings it back.

// Every reply and request type comes from the schemas the server's routes declare (server/http/api-types.ts):
// a changed reply shape breaks the type check here and in the pages, not a page at run time.
import type {
  AccessCodeCounts,
  AccessCodesIssued,
  Campaign,
  CampaignChange,
  CampaignChat,
  ChatChannel,
  ChatPost,
  LatestChatPost,
  NewChatChannel,
  NewChatPost,
  CampaignDeleted,
  CampaignDetail,
  CampaignReport,
  DemoCreated,
  ExclusionResult,
  FactDefinitions,
  Grant,
  InvitationAcceptance,
  InvitationLink,
  InvitationOffer,
  LatestMailing,
  MailingStatus,
  MailKind,
  NewAccessCodes,
  NewAccount,
  NewCampaign,
  NextWaveMade,
  NextWaveRequest,
  WaveLineage,
  LineageRequest,
  NewInvitation,
  NewOrganization,
  NewReportingGroup,
  NewReminder,
  Organization,
  OrganizationDeleted,
  OrganizationEdit,
  OrganizationFacts,
  OrganizationListItem,
  OrganizationUsers,
  OrganizationWithCampaigns,
  PasswordChange,
  PasswordResetLink,
  PasswordResetOffer,
  PasswordResetRequested,
  QuestionnaireSummary,
  ReminderPlan,
  Receipt,
  ResponseProgress,
  Role,
  SessionView,
  SetupStatus,
  SignIn,
  StaffImported,
  StaffList,
  StaffListPreview,
  StaffRemoved,
  StaffRetention,
  Submission,
  SurveyForRespondent,
  SuspectAlerts,
} from '../../server/http/api-types';
import type { ActionOwners } from '../../server/http/api-types';
import type { Waves } from '../../server/http/api-types';
import type { BenchmarkFile, CampaignBenchmark, LoadedBenchmark } from '../../server/http/api-types';
import type { Pairwise } from '../../server/http/api-types';
import type { CampaignQuestions } from '../../server/http/api-types';
import type { CutList, CutReport } from '../../server/http/api-types';
import type {
  ActionChangeRequest,
  ActionList,
  ActionPlan,
  NewAction,
  PlanActionView,
  StarterPlanRequest,
} from '../../server/http/api-types';
import type { Problem } from '../../server/http/problem';
import type * as Workshops from './workshop-types';
import type { ApiTokenList, CreatedApiToken, NewApiToken } from '../../server/http/api-token-schemas';
import { isPublicApiPath } from '../../shared/public-paths';
import { loginPath, needsNoAccount } from './login-path';

export type { Problem };

/** A failed request. Its `message` is the server's English detail, for logs; pages show errorText(). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
}

function sendToSignIn(path: string): void {
  const here = window.location.pathname;
  // A 401 from a path the server answers without a session is an answer, not an expired session.
  if (isPublicApiPath(path) || needsNoAccount(here)) return;
  window.location.assign(loginPath(here + window.location.search));
}

async function send(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...extraHeaders },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError({
      type: 'network',
      title: 'Offline',
      status: 0,
      detail: 'The server could not be reached. Check the connection and try again.',
      code: 'network.unreachable',
      params: {},
    });
  }
  if (!response.ok) {
    const text = await response.text();
    const problem = (text ? safeJson(text) : undefined) as Partial<Problem> | undefined;
    if (response.status === 401) sendToSignIn(path);
    // A proxy's error page, say: the status is all there is to go on.
    const coded = typeof problem?.code === 'string';
    throw new ApiError({
      type: problem?.type ?? 'unknown',
      title: problem?.title ?? response.statusText,
      status: response.status,
      detail: problem?.detail ?? `The server answered ${response.status}.`,
      errors: problem?.errors,
      code: coded ? problem!.code! : 'server.status',
      params: coded ? (problem!.params ?? {}) : { status: response.status },
    });
  }
  return response;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function request<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<T> {
  const text = await (await send(method, path, body, headers)).text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A file the server generates on request (a mail-merge CSV), with the name it suggests. */
async function download(path: string, body: unknown): Promise<{ blob: Blob; filename: string }> {
  const response = await send('POST', path, body);
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download.csv';
  return { blob: await response.blob(), filename };
}

export type {
  FactDefinitions,
  Grant,
  InvitationLink,
  InvitationOffer,
  NewOrganization,
  OrganizationFacts,
  OrganizationUsers,
  PasswordResetLink,
  Role,
  SetupStatus,
};

/** The signed-in person as the session endpoints describe them, with what the server lets them do. */
export type Principal = SessionView;

const campaignPath = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;
const org = (id: string) => `/api/organizations/${encodeURIComponent(id)}`;
const invitation = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;
const workshopPath = (id: string) => `/api/workshops/${encodeURIComponent(id)}`;

export const api = {
  setupStatus: () => request<SetupStatus>('GET', '/api/setup'),
  createOwner: (body: NewAccount) => request<Principal>('POST', '/api/setup', body),
  session: () => request<Principal>('GET', '/api/session'),
  signIn: (body: SignIn) => request<Principal>('POST', '/api/session', body),
  signOut: () => request<void>('DELETE', '/api/session'),
  changePassword: (body: PasswordChange) => request<void>('POST', '/api/account/password', body),
  users: (organizationId: string) => request<OrganizationUsers>('GET', `${org(organizationId)}/users`),
  invite: (organizationId: string, body: NewInvitation) =>
    request<InvitationLink>('POST', `${org(organizationId)}/invitations`, body),
  invitation: (token: string) => request<InvitationOffer>('GET', invitation(token)),
  acceptInvitation: (token: string, body: InvitationAcceptance) =>
    request<Principal>('POST', `${invitation(token)}/accept`, body),
  revokeInvitation: (organizationId: string, invitationId: string) =>
    request<void>('DELETE', `${org(organizationId)}/invitations/${encodeURIComponent(invitationId)}`),
  removeRole: (organizationId: string, accountId: string, role: Role) =>
    request<void>(
      'DELETE',
      `${org(organizationId)}/users/${encodeURIComponent(accountId)}/roles/${encodeURIComponent(role)}`,
    ),
  endSessionsOf: (organizationId: string, accountId: string) =>
    request<void>('DELETE', `${org(organizationId)}/users/${encodeURIComponent(accountId)}/sessions`),
  /** The answer holds the link's token: the server keeps only its hash, so this is the only copy. */
  makePasswordReset: (organizationId: string, accountId: string) =>
    request<PasswordResetLink>(
      'POST',
      `${org(organizationId)}/users/${encodeURIComponent(accountId)}/password-reset`,
    ),
  endOtherSessions: () => request<void>('DELETE', '/api/account/sessions'),
  forgotPassword: (email: string) =>
    request<PasswordResetRequested>('POST', '/api/password-resets', { email }),
  passwordReset: (token: string) =>
    request<PasswordResetOffer>('GET', `/api/password-resets/${encodeURIComponent(token)}`),
  resetPassword: (token: string, password: string) =>
    request<void>('POST', `/api/password-resets/${encodeURIComponent(token)}`, { password }),
  questionnaires: () => request<QuestionnaireSummary[]>('GET', '/api/questionnaires'),
  organizations: () => request<OrganizationListItem[]>('GET', '/api/organizations'),
  archivedOrganizations: () => request<OrganizationListItem[]>('GET', '/api/organizations?archived=true'),
  editOrganization: (id: string, edit: OrganizationEdit) => request<Organization>('PATCH', org(id), edit),
  archiveOrganization: (id: string) => request<Organization>('POST', `${org(id)}/archive`),
  unarchiveOrganization: (id: string) => request<Organization>('POST', `${org(id)}/unarchive`),
  /** `confirmName` is the organization's name as typed, needed once it holds responses. */
  deleteOrganization: (id: string, confirmName?: string) =>
    request<OrganizationDeleted>('DELETE', org(id), { confirmName }),
  archiveCampaign: (id: string) => request<Campaign>('POST', `${campaignPath(id)}/archive`),
  unarchiveCampaign: (id: string) => request<Campaign>('POST', `${campaignPath(id)}/unarchive`),
  /** `confirmName` is the campaign's name as typed, needed once it holds responses. */
  deleteCampaign: (id: string, confirmName?: string) =>
    request<CampaignDeleted>('DELETE', campaignPath(id), { confirmName }),
  organization: (id: string) =>
    request<OrganizationWithCampaigns>('GET', `/api/organizations/${encodeURIComponent(id)}`),
  createOrganization: (body: NewOrganization) => request<Organization>('POST', '/api/organizations', body),
  createCampaign: (organizationId: string, body: NewCampaign) =>
    request<Campaign>('POST', `/api/organizations/${encodeURIComponent(organizationId)}/campaigns`, body),
  organizationFacts: () => request<FactDefinitions>('GET', '/api/organization-facts'),
  campaign: (id: string) => request<CampaignDetail>('GET', `/api/campaigns/${encodeURIComponent(id)}`),
  /** The tracking figures alone, which the campaign page polls while answers come in. */
  campaignProgress: (id: string) => request<ResponseProgress>('GET', `${campaignPath(id)}/progress`),
  openCampaign: (id: string) => request<Campaign>('POST', `/api/campaigns/${encodeURIComponent(id)}/open`),
  closeCampaign: (id: string) => request<Campaign>('POST', `/api/campaigns/${encodeURIComponent(id)}/close`),
  report: (id: string) => request<CampaignReport>('GET', `/api/campaigns/${encodeURIComponent(id)}/report`),
  /** The campaign's series: verdict history, each dimension's trend, the change since the wave before. */
  campaignWaves: (id: string) => request<Waves>('GET', `${campaignPath(id)}/waves`),
  /** The organization's readiness figures in percentile bands among other organizations. */
  campaignBenchmark: (id: string) => request<CampaignBenchmark>('GET', `${campaignPath(id)}/benchmark`),
  /** The installation's pool as a benchmark file (the owner only). */
  exportBenchmark: () => request<BenchmarkFile>('GET', '/api/benchmarks/export'),
  /** The benchmark files loaded, and loading or removing one (the owner only). */
  benchmarks: () => request<LoadedBenchmark[]>('GET', '/api/benchmarks'),
  loadBenchmark: (file: unknown) => request<LoadedBenchmark>('POST', '/api/benchmarks', file),
  removeBenchmark: (id: string) =>
    request<{ id: string }>('DELETE', `/api/benchmarks/${encodeURIComponent(id)}`),
  /** Pool the organization's scores into the benchmark, or stop (administrators). */
  setBenchmarkOptIn: (organizationId: string, benchmarkOptIn: boolean) =>
    request<Organization>(
      'PUT',
      `/api/organizations/${encodeURIComponent(organizationId)}/benchmark-opt-in`,
      {
        benchmarkOptIn,
      },
    ),
  /** Two units of the reader's report side by side, by their ids (a department's or a reporting group's). */
  compareUnits: (id: string, a: string, b: string) =>
    request<Pairwise>('GET', `${campaignPath(id)}/compare?${new URLSearchParams({ a, b }).toString()}`),
  /** The questions about people the campaign asks, which its report can be grouped by. */
  campaignCuts: (id: string) => request<CutList>('GET', `${campaignPath(id)}/cuts`),
  /** The report's figures grouped by one demographic cut (tenure, level, location), where it may show them. */
  campaignCut: (id: string, cut: string) =>
    request<CutReport>('GET', `${campaignPath(id)}/cuts/${encodeURIComponent(cut)}`),
  /** Where a cut's CSV comes from, for a plain link. */
  campaignCutCsv: (id: string, cut: string, lang: 'en' | 'zh-cn') =>
    `${campaignPath(id)}/cuts/${encodeURIComponent(cut)}?${new URLSearchParams({ format: 'csv', lang }).toString()}`,
  /** Where a cut's per-question CSV comes from (a row per item and group of the cut), for a plain link. */
  campaignCutQuestionsCsv: (id: string, cut: string, lang: 'en' | 'zh-cn') =>
    `${campaignPath(id)}/cuts/${encodeURIComponent(cut)}?${new URLSearchParams({ format: 'csv', table: 'questions', lang }).toString()}`,
  /** Each scored item's answers per unit of the reader's report and for the organization where it shows it. */
  campaignQuestions: (id: string) => request<CampaignQuestions>('GET', `${campaignPath(id)}/questions`),
  /** Where the per-question CSV comes from, for a plain link: the browser saves the file the server names. */
  campaignQuestionsCsv: (id: string, lang: 'en' | 'zh-cn') =>
    `${campaignPath(id)}/questions?${new URLSearchParams({ format: 'csv', lang }).toString()}`,
  survey: (token: string) => request<SurveyForRespondent>('GET', `/api/survey/${encodeURIComponent(token)}`),
  /** `key` names this submission, so a retry after a lost answer is not stored twice. */
  submitResponse: (token: string, body: Submission, key: string) =>
    request<Receipt>('POST', `/api/survey/${encodeURIComponent(token)}/responses`, body, {
      'idempotency-key': key,
    }),
  loadDemo: () => request<DemoCreated>('POST', '/api/demo'),
  changeCampaign: (id: string, change: CampaignChange) =>
    request<Campaign>('PATCH', campaignPath(id), change),
  mergeDepartments: (id: string, body: NewReportingGroup) =>
    request<Campaign>('POST', `${campaignPath(id)}/reporting-groups`, body),
  splitGroup: (id: string, groupId: string) =>
    request<Campaign>('DELETE', `${campaignPath(id)}/reporting-groups/${encodeURIComponent(groupId)}`),
  previewStaff: (id: string, csv: string) =>
    request<StaffListPreview>('POST', `${campaignPath(id)}/staff/preview`, { csv }),
  importStaff: (id: string, csv: string) =>
    request<StaffImported>('POST', `${campaignPath(id)}/staff`, { csv }),
  removeStaff: (id: string, email: string) =>
    request<StaffRemoved>('DELETE', `${campaignPath(id)}/staff/${encodeURIComponent(email)}`),
  staff: (id: string) => request<StaffList>('GET', `${campaignPath(id)}/staff`),
  staffRetention: (id: string) => request<StaffRetention>('GET', `${campaignPath(id)}/staff-retention`),
  setStaffRetention: (id: string, days: number) =>
    request<StaffRetention>('PATCH', `${campaignPath(id)}/staff-retention`, { days }),
  /** `confirm` is the campaign's name as typed: nothing brings an erased list back. */
  nextWave: (id: string, body: NextWaveRequest) =>
    request<NextWaveMade>('POST', `${campaignPath(id)}/next-wave`, body),
  waveLineage: (id: string) => request<WaveLineage>('GET', `${campaignPath(id)}/lineage`),
  declareLineage: (id: string, body: LineageRequest) =>
    request<WaveLineage>('PUT', `${campaignPath(id)}/lineage`, body),
  eraseStaff: (id: string, confirm: string) =>
    request<StaffRetention>('POST', `${campaignPath(id)}/staff-retention/erase`, { confirm }),
  sendMailing: (id: string, kind: MailKind) =>
    request<MailingStatus>('POST', `${campaignPath(id)}/mailings`, { kind }),
  latestMailing: (id: string) => request<LatestMailing>('GET', `${campaignPath(id)}/mailings/latest`),
  resumeMailing: (id: string) => request<MailingStatus>('POST', `${campaignPath(id)}/mailings/latest/resume`),
  reminderPlan: (id: string) => request<ReminderPlan>('GET', `${campaignPath(id)}/reminders`),
  planReminder: (id: string, body: NewReminder) =>
    request<ReminderPlan>('POST', `${campaignPath(id)}/reminders`, body),
  unplanReminder: (id: string, reminderId: string) =>
    request<ReminderPlan>('DELETE', `${campaignPath(id)}/reminders/${encodeURIComponent(reminderId)}`),
  chat: (id: string) => request<CampaignChat>('GET', `${campaignPath(id)}/chat`),
  addChatChannel: (id: string, body: NewChatChannel) =>
    request<{ channel: ChatChannel }>('POST', `${campaignPath(id)}/chat/channels`, body),
  removeChatChannel: (id: string, channelId: string) =>
    request<void>('DELETE', `${campaignPath(id)}/chat/channels/${encodeURIComponent(channelId)}`),
  testChatChannel: (id: string, channelId: string) =>
    request<ChatPost>('POST', `${campaignPath(id)}/chat/channels/${encodeURIComponent(channelId)}/test`),
  postToChat: (id: string, body: NewChatPost) =>
    request<ChatPost>('POST', `${campaignPath(id)}/chat/posts`, body),
  latestChatPost: (id: string) => request<LatestChatPost>('GET', `${campaignPath(id)}/chat/posts/latest`),
  mailMerge: (id: string, kind: MailKind) => download(`${campaignPath(id)}/mail-merge`, { kind }),
  issueAccessCodes: (id: string, body: NewAccessCodes) =>
    request<AccessCodesIssued>('POST', `${campaignPath(id)}/access-codes`, body),
  accessCodeCounts: (id: string) => request<AccessCodeCounts>('GET', `${campaignPath(id)}/access-codes`),
  suspects: (id: string) => request<SuspectAlerts>('GET', `${campaignPath(id)}/suspects`),
  decideSuspects: (id: string, alertId: string, decision: 'exclusion' | 'dismissal') =>
    request<ExclusionResult>(
      'POST',
      `${campaignPath(id)}/suspects/${encodeURIComponent(alertId)}/${decision}`,
    ),
  apiTokens: () => request<ApiTokenList>('GET', '/api/account/tokens'),
  /** The answer holds the token's secret: the server keeps only its hash, so this is the only copy. */
  createApiToken: (body: NewApiToken) => request<CreatedApiToken>('POST', '/api/account/tokens', body),
  revokeApiToken: (id: string) => request<void>('DELETE', `/api/account/tokens/${encodeURIComponent(id)}`),
  actionPlan: (organizationId: string, campaignId?: string) =>
    request<ActionPlan>(
      'GET',
      `${org(organizationId)}/action-plan${campaignId ? `?campaignId=${encodeURIComponent(campaignId)}` : ''}`,
    ),
  /** Where a download of the plan comes from, for a plain link: the browser saves the file the server names. */
  actionPlanExport: (
    organizationId: string,
    query: { format: 'jira-csv' | 'xlsx' | 'ics'; lang: 'en' | 'zh-cn'; campaignId?: string },
  ) => `${org(organizationId)}/action-plan/export?${new URLSearchParams(query).toString()}`,
  addAction: (organizationId: string, body: NewAction) =>
    request<PlanActionView>('POST', `${org(organizationId)}/action-plan`, body),
  addStarterPlan: (organizationId: string, body: StarterPlanRequest) =>
    request<ActionList>('POST', `${org(organizationId)}/action-plan/starter-plan`, body),
  changeAction: (organizationId: string, actionId: string, body: ActionChangeRequest) =>
    request<PlanActionView>(
      'PATCH',
      `${org(organizationId)}/action-plan/${encodeURIComponent(actionId)}`,
      body,
    ),
  commentOnAction: (organizationId: string, actionId: string, text: string) =>
    request<PlanActionView>(
      'POST',
      `${org(organizationId)}/action-plan/${encodeURIComponent(actionId)}/comments`,
      { text },
    ),
  /** The people an action may be given to: for those who edit the plan only. */
  actionOwners: (organizationId: string) =>
    request<ActionOwners>('GET', `${org(organizationId)}/action-plan/owners`),
  removeAction: (organizationId: string, actionId: string) =>
    request<void>('DELETE', `${org(organizationId)}/action-plan/${encodeURIComponent(actionId)}`),
  createWorkshop: (organizationId: string, body: Workshops.NewWorkshop) =>
    request<Workshops.Workshop>('POST', `${org(organizationId)}/workshops`, body),
  workshops: (organizationId: string) =>
    request<Workshops.WorkshopList>('GET', `${org(organizationId)}/workshops`),
  workshop: (id: string) => request<Workshops.Workshop>('GET', workshopPath(id)),
  /** The facilitator's view if it changed since `version`, else null (the server answers 304). */
  workshopSince: async (id: string, version: number): Promise<Workshops.Workshop | null> => {
    try {
      return await request<Workshops.Workshop>('GET', `${workshopPath(id)}?since=${version}`);
    } catch (error) {
      if (error instanceof ApiError && error.problem.status === 304) return null;
      throw error;
    }
  },
  /** Where the facilitator's live stream of the workshop comes from, for an EventSource. */
  workshopEvents: (id: string) => `${workshopPath(id)}/events`,
  workshopQr: (id: string) => `${workshopPath(id)}/qr.svg`,
  changeWorkshop: (id: string, body: Workshops.WorkshopChange) =>
    request<Workshops.Workshop>('PATCH', workshopPath(id), body),
  groupDrafts: (id: string, body: { title: string; draftIds: string[] }) =>
    request<Workshops.Workshop>('POST', `${workshopPath(id)}/groups`, body),
  changeGroup: (id: string, groupId: string, body: { title?: string; draftIds?: string[] }) =>
    request<Workshops.Workshop>('PUT', `${workshopPath(id)}/groups/${encodeURIComponent(groupId)}`, body),
  removeGroup: (id: string, groupId: string) =>
    request<Workshops.Workshop>('DELETE', `${workshopPath(id)}/groups/${encodeURIComponent(groupId)}`),
  keepObjective: (id: string, body: Workshops.NewKept) =>
    request<Workshops.Workshop>('POST', `${workshopPath(id)}/keep`, body),
  unkeepObjective: (id: string, keptId: string) =>
    request<Workshops.Workshop>('DELETE', `${workshopPath(id)}/keep/${encodeURIComponent(keptId)}`),
  workshopToPlan: (id: string, body: { keptIds: string[]; as: 'actions' | 'pilot-objectives' }) =>
    request<Workshops.ToPlanReply>('POST', `${workshopPath(id)}/to-plan`, body),
  /** Where the kept objectives download from, for a plain link. */
  workshopExport: (id: string, format: 'csv' | 'xlsx', lang: 'en' | 'zh-cn') =>
    `${workshopPath(id)}/export?${new URLSearchParams({ format, lang }).toString()}`,
  workshopSummary: (id: string) => request<Workshops.WorkshopSummary>('GET', `${workshopPath(id)}/summary`),
  joinInfo: (code: string) => request<Workshops.JoinInfo>('GET', `/api/join/${encodeURIComponent(code)}`),
  joinWorkshop: (code: string, body: { name?: string }) =>
    request<Workshops.Joined>('POST', `/api/join/${encodeURIComponent(code)}`, body),
  myWorkshop: (id: string) => request<Workshops.ParticipantView>('GET', `${workshopPath(id)}/me`),
  answerWarmUp: (id: string, answers: Record<string, Workshops.WarmUpClass>) =>
    request<unknown>('PUT', `${workshopPath(id)}/me/warm-up`, { answers }),
  saveDraft: (id: string, body: Workshops.DraftBody) =>
    request<Workshops.DraftReply>('PUT', `${workshopPath(id)}/me/draft`, body),
  vote: (id: string, ids: string[]) => request<unknown>('PUT', `${workshopPath(id)}/me/votes`, { ids }),
};

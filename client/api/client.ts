// The only place the client talks to the server. Failures arrive as ApiError carrying the server's
// problem+json, so a page can show the server's own explanation and the fields at fault.

import type {
  Campaign,
  CampaignDetail,
  CampaignReport,
  DemoCreated,
  Organization,
  OrganizationWithCampaigns,
  QuestionnaireSummary,
  Receipt,
  SurveyForRespondent,
} from '../../server/http/api-types';
import type { Problem } from '../../server/http/problem';

export type { Problem };

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      type: 'network',
      title: 'Offline',
      status: 0,
      detail: 'The server could not be reached. Check the connection and try again.',
    });
  }
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const problem = json as Partial<Problem> | undefined;
    throw new ApiError({
      type: problem?.type ?? 'unknown',
      title: problem?.title ?? response.statusText,
      status: response.status,
      detail: problem?.detail ?? `The server answered ${response.status}.`,
      errors: problem?.errors,
    });
  }
  return json as T;
}

export interface NewOrganization {
  name: string;
  departments: { name: string; headcount: number }[];
}

export const api = {
  questionnaires: () => request<QuestionnaireSummary[]>('GET', '/api/questionnaires'),
  organizations: () => request<Organization[]>('GET', '/api/organizations'),
  organization: (id: string) =>
    request<OrganizationWithCampaigns>('GET', `/api/organizations/${encodeURIComponent(id)}`),
  createOrganization: (body: NewOrganization) => request<Organization>('POST', '/api/organizations', body),
  createCampaign: (
    organizationId: string,
    body: { name: string; questionnaireId: string; minGroupSize?: number },
  ) => request<Campaign>('POST', `/api/organizations/${encodeURIComponent(organizationId)}/campaigns`, body),
  campaign: (id: string) => request<CampaignDetail>('GET', `/api/campaigns/${encodeURIComponent(id)}`),
  openCampaign: (id: string) => request<Campaign>('POST', `/api/campaigns/${encodeURIComponent(id)}/open`),
  closeCampaign: (id: string) => request<Campaign>('POST', `/api/campaigns/${encodeURIComponent(id)}/close`),
  report: (id: string) => request<CampaignReport>('GET', `/api/campaigns/${encodeURIComponent(id)}/report`),
  survey: (token: string) => request<SurveyForRespondent>('GET', `/api/survey/${encodeURIComponent(token)}`),
  submitResponse: (
    token: string,
    body: { answers: Record<string, unknown>; departmentId?: string; language: string },
  ) => request<Receipt>('POST', `/api/survey/${encodeURIComponent(token)}/responses`, body),
  loadDemo: () => request<DemoCreated>('POST', '/api/demo'),
};

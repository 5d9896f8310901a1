// Builds a campaign's readiness report: responses and response rate per department, scores per group with
// their uncertainty, groups hidden by the anonymity rules, and the verdict with the evidence behind it.

import {
  PROFILE_TRAITS,
  type BarrierModel,
  type DimensionDefinition,
  type ProfileTrait,
} from './barrier-model';
import type { Campaign } from './campaign';
import { decide, type Decision } from './decide';
import { hiddenGroups } from './disclosure';
import { summarizeGroup, type GroupSummary } from './group-summary';
import type { Organization } from './organization';
import type { Questionnaire } from './questionnaire';
import type { SurveyResponse } from './response';
import { scoreResponse, type ResponseScore } from './scoring';
import { wilsonInterval, type ProportionEstimate } from './statistics/intervals';

export interface DepartmentReport {
  departmentId: string;
  name: string;
  headcount: number;
  /** Exact count when the department is shown; null when hidden (show "fewer than minGroupSize"). */
  responses: number | null;
  responseRate: number | null;
  hidden: boolean;
  summary: GroupSummary | null;
}

export interface CampaignReport {
  campaignId: string;
  campaignName: string;
  organizationName: string;
  status: Campaign['status'];
  modelVersion: string;
  minGroupSize: number;
  responses: number;
  headcount: number;
  responseRate: number | null;
  /** Null when the organization as a whole has fewer responses than the minimum group size. */
  overall: GroupSummary | null;
  departments: DepartmentReport[];
  /** The model's dimensions and scales, so a reader can label every score. */
  dimensions: DimensionDefinition[];
  decision: Decision;
}

export interface CampaignReportInput {
  organization: Organization;
  campaign: Campaign;
  questionnaire: Questionnaire;
  model: BarrierModel;
  responses: readonly SurveyResponse[];
  /** Scores one response; pass a memoised scorer to avoid rescoring stored responses on every report. */
  score?: (response: SurveyResponse) => ResponseScore;
}

function profileShares(
  responses: readonly SurveyResponse[],
): Partial<Record<ProfileTrait, ProportionEstimate>> {
  const shares: Partial<Record<ProfileTrait, ProportionEstimate>> = {};
  for (const [trait, { question, values }] of Object.entries(PROFILE_TRAITS) as [
    ProfileTrait,
    (typeof PROFILE_TRAITS)[ProfileTrait],
  ][]) {
    const answered = responses
      .map((r) => r.answers[question])
      .filter((a) => typeof a === 'string' && a !== 'dk');
    if (answered.length === 0) continue;
    const yes = answered.filter((a) => (values as readonly string[]).includes(a as string)).length;
    shares[trait] = wilsonInterval(yes, answered.length);
  }
  return shares;
}

export function buildCampaignReport(input: CampaignReportInput): CampaignReport {
  const { organization, campaign, questionnaire, model, responses } = input;
  const departments = organization.departments.filter((d) => campaign.departmentIds.includes(d.id));
  const score = input.score ?? ((r: SurveyResponse) => scoreResponse(questionnaire, model, r.answers));
  const scored = responses.map((r) => ({ departmentId: r.departmentId, score: score(r) }));
  const counts = departments.map((d) => ({
    id: d.id,
    n: scored.filter((s) => s.departmentId === d.id).length,
  }));
  const hidden = hiddenGroups(counts, campaign.minGroupSize);
  const headcount = departments.reduce((sum, d) => sum + d.headcount, 0);
  const overall =
    responses.length >= campaign.minGroupSize
      ? summarizeGroup(
          model,
          scored.map((s) => s.score),
        )
      : null;

  const departmentReports = departments.map((d): DepartmentReport => {
    const own = scored.filter((s) => s.departmentId === d.id).map((s) => s.score);
    const isHidden = hidden.has(d.id);
    return {
      departmentId: d.id,
      name: d.name,
      headcount: d.headcount,
      responses: isHidden ? null : own.length,
      responseRate: isHidden || d.headcount === 0 ? null : own.length / d.headcount,
      hidden: isHidden,
      summary: isHidden ? null : summarizeGroup(model, own),
    };
  });

  const decision = decide({
    model,
    responses: responses.length,
    headcount,
    overall,
    profile: profileShares(responses),
  });
  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    organizationName: organization.name,
    status: campaign.status,
    modelVersion: model.version,
    minGroupSize: campaign.minGroupSize,
    responses: responses.length,
    headcount,
    responseRate: headcount > 0 ? responses.length / headcount : null,
    overall,
    departments: departmentReports,
    dimensions: model.dimensions,
    decision,
  };
}

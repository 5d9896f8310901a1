// Three organizations whose responses are fixed in fixtures/pinned-organizations.json, and the parts of a
// report that must never change for a campaign on model 1 (its verdict, every gate and check, the silo
// signals and the recommendations), so a later rule change cannot rewrite a closed campaign's report.

import { readFileSync } from 'node:fs';
import { createCampaign, openCampaign, type Campaign } from '../../server/domain/campaigns/campaign';
import type { CampaignReport } from '../../server/domain/analysis/campaign-report';
import type { Organization } from '../../server/domain/campaigns/organization';
import type { SurveyResponse } from '../../server/domain/instrument/response';
import type { Answers } from '../../server/domain/instrument/validate-answers';

interface PinnedFixture {
  questionnaireId: string;
  questions: string[];
  organizations: { name: string; story: string; departments: number[]; responses: string[] }[];
}

export interface PinnedOrganization {
  name: string;
  story: string;
  organization: Organization;
  campaign: Campaign;
  responses: SurveyResponse[];
}

const FIXTURE_PATH = new URL('./fixtures/pinned-organizations.json', import.meta.url);
const DAY = '2026-12-01';

function answersOf(questions: readonly string[], encoded: string): Answers {
  const answers: Answers = {};
  encoded.split(',').forEach((raw, i) => {
    if (raw !== '') answers[questions[i]!] = /^[0-9]+$/.test(raw) ? Number(raw) : raw;
  });
  return answers;
}

/** The pinned organizations, each with an open campaign on `modelVersion`. */
export function loadPinnedOrganizations(modelVersion: string): PinnedOrganization[] {
  const fixture = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as PinnedFixture;
  return fixture.organizations.map((o) => {
    const organization: Organization = {
      id: `${o.name}-org`,
      name: o.name,
      departments: o.departments.map((headcount, i) => ({
        id: `${o.name}-dept-${i + 1}`,
        name: `Department ${i + 1}`,
        headcount,
      })),
      createdOn: DAY,
    };
    let token = 0;
    const campaign = openCampaign(
      createCampaign({
        id: `${o.name}-campaign`,
        organizationId: organization.id,
        name: o.name,
        questionnaireId: fixture.questionnaireId,
        modelVersion,
        departmentIds: organization.departments.map((d) => d.id),
        today: DAY,
        newToken: () => `${o.name}-token-${++token}`,
      }),
      DAY,
      Date.parse(DAY),
    );
    const responses = o.responses.map((line, i): SurveyResponse => {
      const [department, encoded] = line.split(':') as [string, string];
      return {
        id: `${o.name}-response-${i + 1}`,
        campaignId: campaign.id,
        departmentId: organization.departments[Number(department)]!.id,
        language: 'en',
        submittedOn: DAY,
        answers: answersOf(fixture.questions, encoded),
      };
    });
    return { name: o.name, story: o.story, organization, campaign, responses };
  });
}

/** Floating-point noise below what any report shows (9 decimals, see `stable`) is not a change. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1e9) / 1e9 + 0;
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  }
  return value;
}

/** What a reader of a released report acts on: the decision, the silo signals and the recommendations. */
export function pinnedParts(report: CampaignReport) {
  return rounded({
    decision: report.decision,
    siloSignals: report.analysis?.siloSignals ?? null,
    recommendations: report.recommendations,
  });
}

// One of the seed document's cases set up on a running server through its public API, as a customer would:
// the organization with its departments, a campaign on questionnaire 2 stating HR's facts, opened, and every
// synthesized answer sent through its department's shared link. Each case is shaped to reach one verdict
// (test/scenarios/cases/*), so browser tests can open reports that advise differently.

import type { Campaign } from '../../server/domain/campaigns/campaign';
import type { Organization } from '../../server/domain/campaigns/organization';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { buildSeedCase, DEFAULT_SEED, type SeedCase, type SeedCaseName } from '../scenarios/seed-cases';
import { callApi, type ServerProcess } from './server-process';

export interface SeededCase {
  organizationId: string;
  campaignId: string;
  expected: SeedCase['expected'];
}

/** Seeds the case as the person whose session cookie is given (the owner); fails loudly on any refusal. */
export async function seedVerdictCase(
  server: Pick<ServerProcess, 'url'>,
  cookie: string,
  name: SeedCaseName,
): Promise<SeededCase> {
  const v2 = (await loadQuestionnaires()).get('readiness-okr-2')!;
  const seedCase = buildSeedCase(name, DEFAULT_SEED, v2);
  const call = async (method: string, path: string, body?: unknown) => {
    const reply = await callApi(server, cookie, method, path, body);
    if (reply.status >= 300)
      throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  const organization = (await call('POST', '/api/organizations', {
    name: seedCase.organization.name,
    departments: seedCase.organization.departments.map((d) => ({ name: d.name, headcount: d.headcount })),
  })) as Organization;
  // The generator names departments by case; the server gives its own ids, matched by name.
  const realId = new Map(
    seedCase.organization.departments.map((d) => [
      d.id,
      organization.departments.find((r) => r.name === d.name)!.id,
    ]),
  );
  const draft = (await call('POST', `/api/organizations/${organization.id}/campaigns`, {
    name: 'OKR readiness baseline',
    questionnaireId: 'readiness-okr-2',
    organizationFacts: Object.fromEntries(
      Object.entries(seedCase.campaign.organizationFacts).filter(([, v]) => v !== null),
    ),
  })) as Campaign;
  const campaign = (await call('POST', `/api/campaigns/${draft.id}/open`)) as Campaign;
  const tokenOf = (departmentId: string) =>
    campaign.links.find((l) => l.departmentId === realId.get(departmentId))!.token;
  for (const response of seedCase.responses) {
    const answers = { ...response.answers };
    if (Array.isArray(answers.depends_on))
      answers.depends_on = answers.depends_on.map((id) => realId.get(String(id))!);
    await call('POST', `/api/survey/${tokenOf(response.departmentId)}/responses`, {
      answers,
      language: response.language,
    });
  }
  return { organizationId: organization.id, campaignId: campaign.id, expected: seedCase.expected };
}

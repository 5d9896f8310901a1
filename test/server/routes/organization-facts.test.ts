// HR's organization facts through the API: offered in the model's words, stated when a campaign is created,
// changed while it is a draft, fixed once it opens, and read by the report's Balanced Scorecard route.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '../../../server/domain/campaigns/campaign';
import type { CampaignReport } from '../../../server/domain/analysis/campaign-report';
import { NO_FACTS, ORGANIZATION_FACTS } from '../../../server/domain/campaigns/organization-facts';
import type { Organization } from '../../../server/domain/campaigns/organization';
import { ANONYMOUS, inviteAndAccept, storedText } from '../../fixtures/accounts';
import { expectProblem, startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

/** Mature, several units with their own P&L, an established KPI system: the Balanced Scorecard's traits. */
const SCORECARD_FACTS = { businessUnits: 'two-to-four', kpiSystem: 'established', maturity: 'mature' };

async function organization(departments: Record<string, number> = { Sales: 8, Operations: 8 }) {
  const reply = await t.call('POST', '/api/organizations', {
    name: 'Acme',
    departments: Object.entries(departments).map(([name, headcount]) => ({ name, headcount })),
  });
  expect(reply.status).toBe(201);
  return reply.body as Organization;
}

const create = (organizationId: string, extra: Record<string, unknown> = {}) =>
  t.call('POST', `/api/organizations/${organizationId}/campaigns`, {
    name: 'Baseline',
    questionnaireId: 'readiness-okr-2',
    ...extra,
  });

async function draft(facts?: Record<string, unknown>, departments?: Record<string, number>) {
  const org = await organization(departments);
  const reply = await create(org.id, facts === undefined ? {} : { organizationFacts: facts });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return { organization: org, campaign: reply.body as Campaign };
}

const patch = (id: string, body: unknown) => t.call('PATCH', `/api/campaigns/${id}`, body);
const stored = async (id: string) => (await t.storage.campaigns.get(id))!.organizationFacts;

describe('GET /api/organization-facts', () => {
  it('offers every fact with its question and answers in both languages, in the order of the form', async () => {
    const reply = await t.call('GET', '/api/organization-facts');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual(ORGANIZATION_FACTS);
    expect(Object.keys(reply.body)).toEqual(Object.keys(ORGANIZATION_FACTS));
    expect(Object.keys(reply.body.businessUnits.answers)).toEqual(['one', 'two-to-four', 'five-plus']);
  });

  it('answers someone not signed in with 401', async () => {
    expectProblem(await t.call('GET', '/api/organization-facts', undefined, ANONYMOUS), 401);
  });
});

describe('POST /api/organizations/:id/campaigns with organization facts', () => {
  it('stores the facts HR gives and returns them, the rest not stated', async () => {
    const { campaign } = await draft({ ...SCORECARD_FACTS, payLink: 'partly' });
    const expected = { ...NO_FACTS, ...SCORECARD_FACTS, payLink: 'partly' };
    expect(campaign.organizationFacts).toEqual(expected);
    expect(await stored(campaign.id)).toEqual(expected);
    const detail = await t.call('GET', `/api/campaigns/${campaign.id}`);
    expect(detail.body.campaign.organizationFacts).toEqual(expected);
  });

  it('states nothing when HR gives no facts', async () => {
    const { campaign } = await draft();
    expect(campaign.organizationFacts).toEqual(NO_FACTS);
  });

  it.each([
    {
      what: 'an answer the fact does not offer',
      facts: { businessUnits: 'three' },
      field: 'organizationFacts.businessUnits',
    },
    {
      what: 'another fact’s answer',
      facts: { maturity: 'established' },
      field: 'organizationFacts.maturity',
    },
    { what: 'a number', facts: { payLink: 2 }, field: 'organizationFacts.payLink' },
    {
      what: 'an answer every object inherits',
      facts: { industry: 'toString' },
      field: 'organizationFacts.industry',
    },
    { what: 'an unknown fact', facts: { headcount: 'large' }, field: 'organizationFacts' },
    { what: 'a fact every object inherits', facts: { constructor: 'x' }, field: 'organizationFacts' },
    { what: 'a list instead of the facts', facts: ['mature'], field: 'organizationFacts' },
  ] as { what: string; facts: unknown; field: string }[])(
    'refuses $what with 422 naming $field, and creates nothing',
    async ({ facts, field }) => {
      const org = await organization();
      const before = await storedText(t);
      expectProblem(await create(org.id, { organizationFacts: facts }), 422, [field]);
      expect(await storedText(t)).toBe(before);
    },
  );

  it('refuses a fact named __proto__ with 422, and creates nothing', async () => {
    const org = await organization();
    const before = await storedText(t);
    const body = `{"name":"Baseline","questionnaireId":"readiness-okr-2","organizationFacts":{"__proto__":"one"}}`;
    expectProblem(await t.call('POST', `/api/organizations/${org.id}/campaigns`, body), 422);
    expect(await storedText(t)).toBe(before);
  });
});

describe('PATCH /api/campaigns/:id with organization facts', () => {
  it('changes the facts named while a draft, keeps the others, and records the change', async () => {
    const { campaign } = await draft({ ...SCORECARD_FACTS, industry: 'retail' });
    const auditBefore = (await t.storage.audit.list()).length;
    const reply = await patch(campaign.id, { organizationFacts: { maturity: 'growing', industry: null } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const expected = { ...NO_FACTS, ...SCORECARD_FACTS, maturity: 'growing', industry: null };
    expect(reply.body.organizationFacts).toEqual(expected);
    expect(await stored(campaign.id)).toEqual(expected);
    const audit = await t.storage.audit.list();
    expect(audit).toHaveLength(auditBefore + 1);
    expect(audit.at(-1)).toMatchObject({ action: 'campaign.change', target: campaign.id });
  });

  it('refuses a change of facts once the campaign opened with 409, and keeps them as they were', async () => {
    const { campaign } = await draft(SCORECARD_FACTS);
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/open`)).status).toBe(200);
    const before = await storedText(t);
    const reply = await patch(campaign.id, { organizationFacts: { businessUnits: 'one' } });
    expectProblem(reply, 409);
    expect(reply.body.detail).toContain('organizationFacts');
    expect(await storedText(t)).toBe(before);
    expect(await stored(campaign.id)).toEqual({ ...NO_FACTS, ...SCORECARD_FACTS });
  });

  it.each([
    { facts: { kpiSystem: 'everywhere' }, field: 'organizationFacts.kpiSystem' },
    { facts: { okrExperience: true }, field: 'organizationFacts.okrExperience' },
    { facts: { businessUnits: 'one', maturity: 'old' }, field: 'organizationFacts.maturity' },
    { facts: { size: 'big' }, field: 'organizationFacts' },
  ])('refuses $facts with 422 naming $field, and changes nothing', async ({ facts, field }) => {
    const { campaign } = await draft(SCORECARD_FACTS);
    const before = await storedText(t);
    expectProblem(await patch(campaign.id, { organizationFacts: facts, name: 'Renamed' }), 422, [field]);
    expect(await storedText(t)).toBe(before);
  });
});

// ——— The report reads them ————————————————————————————————————————————————————————————————————————

/** A response to readiness-okr-2 with every agreement item in the middle (a score of 50) and every scenario right. */
function middleAnswers(): Record<string, unknown> {
  const questionnaire = t.deps.questionnaires.get('readiness-okr-2')!;
  return Object.fromEntries(
    questionnaire.questions.flatMap((q) =>
      q.role === 'likert'
        ? [[q.id, 3]]
        : q.role === 'knowledge' && q.correctAnswer !== null
          ? [[q.id, q.correctAnswer]]
          : [],
    ),
  );
}

/** A campaign with these facts, opened, with six middling answers from each of Sales and Operations (8 each). */
async function answeredCampaign(facts: Record<string, unknown>) {
  const { organization: org, campaign } = await draft(facts);
  expect((await t.call('POST', `/api/campaigns/${campaign.id}/open`)).status).toBe(200);
  for (const department of org.departments) {
    const token = campaign.links.find((l) => l.departmentId === department.id)!.token;
    for (let i = 0; i < 6; i++) {
      const reply = await t.call('POST', `/api/survey/${token}/responses`, { answers: middleAnswers() });
      expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    }
  }
  return { organization: org, campaign };
}

const scorecardGate = (report: CampaignReport) =>
  report.decision.gates.find((g) => g.id === 'fit-balanced-scorecard')!;

describe('GET /api/campaigns/:id/report with organization facts', () => {
  it('routes to a Balanced Scorecard on HR’s facts, showing each fact check with HR’s answer', async () => {
    const { campaign } = await answeredCampaign(SCORECARD_FACTS);
    const reply = await t.call('GET', `/api/campaigns/${campaign.id}/report`);
    expect(reply.status).toBe(200);
    const report = reply.body as CampaignReport;
    // Dynamism 50: below the route's 60, above KPI + projects' 40.
    expect(report.decision).toMatchObject({
      verdict: 'balanced-scorecard',
      decidingGate: 'fit-balanced-scorecard',
    });
    const facts = scorecardGate(report).checks.filter((c) => c.unit === 'fact');
    expect(facts.map((c) => [c.subject, c.value, c.status, c.answer?.en])).toEqual([
      ['multi-unit', 1, 'fail', '2 to 4'],
      ['established-kpi', 1, 'fail', 'An established KPI system across the organization'],
      ['mature', 1, 'fail', 'Mature: an established business'],
    ]);
    expect(facts[0]!.answer!['zh-cn']).toBe('2 到 4 个');
    expect(report.statedFacts.map((f) => [f.fact, f.answer.en])).toEqual([
      ['businessUnits', '2 to 4'],
      ['kpiSystem', 'An established KPI system across the organization'],
      ['maturity', 'Mature: an established business'],
    ]);
  });

  it('goes past the route when HR states a single business unit', async () => {
    const { campaign } = await answeredCampaign({ ...SCORECARD_FACTS, businessUnits: 'one' });
    const report = (await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body as CampaignReport;
    expect(scorecardGate(report).status).toBe('pass');
    expect(report.decision.verdict).not.toBe('balanced-scorecard');
    expect(scorecardGate(report).checks[0]).toMatchObject({
      value: 0,
      status: 'pass',
      answer: { en: 'One: the organization as a whole' },
    });
  });

  it('shows a department head the facts and the fact checks, where the organization’s figures are withheld', async () => {
    const { organization: org, campaign } = await answeredCampaign(SCORECARD_FACTS);
    const sales = org.departments.find((d) => d.name === 'Sales')!;
    const head = await inviteAndAccept(t, org.id, {
      email: 'head@example.com',
      role: 'department-head',
      departmentIds: [sales.id],
    });
    const reply = await t.call('GET', `/api/campaigns/${campaign.id}/report`, undefined, {
      cookie: head.cookie,
    });
    expect(reply.status).toBe(200);
    const report = reply.body as CampaignReport;
    // With one other department, the organization's figures would be that department's: withheld.
    expect(report.view).toMatchObject({ organizationShown: false });
    const gate = scorecardGate(report);
    expect(gate.status).toBe('not-assessed');
    expect(gate.checks.find((c) => c.subject === 'fit.dynamism')).toMatchObject({
      value: null,
      withheld: true,
    });
    const facts = gate.checks.filter((c) => c.unit === 'fact');
    expect(facts.map((c) => [c.value, c.status, c.withheld, c.answer?.en])).toEqual([
      [1, 'fail', undefined, '2 to 4'],
      [1, 'fail', undefined, 'An established KPI system across the organization'],
      [1, 'fail', undefined, 'Mature: an established business'],
    ]);
    expect(report.statedFacts).toHaveLength(3);
  });
});

describe('organization facts on a campaign that asks staff instead (questionnaire 1)', () => {
  it('refuses HR’s statement when the campaign is created, naming the field, and creates nothing', async () => {
    const org = await organization();
    const reply = await create(org.id, {
      questionnaireId: 'readiness-okr',
      organizationFacts: SCORECARD_FACTS,
    });
    expectProblem(reply, 422, ['organizationFacts']);
    expect(reply.body.errors[0].code).toBe('campaign.facts-asked-of-staff');
    expect(await t.storage.campaigns.listByOrganization(org.id)).toEqual([]);
  });

  it('accepts facts all left unstated, and refuses a stated one on a draft’s settings', async () => {
    const org = await organization();
    const created = await create(org.id, {
      questionnaireId: 'readiness-okr',
      organizationFacts: { maturity: null },
    });
    expect(created.status).toBe(201);
    const id = (created.body as Campaign).id;
    const reply = await t.call('PATCH', `/api/campaigns/${id}`, {
      organizationFacts: { maturity: 'mature' },
    });
    expectProblem(reply, 422, ['organizationFacts']);
    expect((await t.storage.campaigns.get(id))!.organizationFacts).toEqual(NO_FACTS);
  });
});

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { CURRENT_MODEL_VERSION, judgingModel } from '../domain/instrument/barrier-model';
import { refuseFactsAskedOfStaff } from '../domain/campaigns/organization-facts';
import { createCampaign } from '../domain/campaigns/campaign';
import { chooseDepartments } from '../domain/campaigns/campaign-departments';
import { UnknownQuestionnaireError } from '../domain/errors';
import { createOrganization } from '../domain/campaigns/organization';
import { nextWaveDue } from '../domain/waves/next-wave-due';
import { audit } from '../http/audit';
import { guard, notFound, requirePrincipal } from '../http/guard';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { authorize, visibleOrganizations } from '../domain/access/policy';
import { CampaignSchema, OrganizationWithCampaignsSchema } from '../http/campaign-replies';
import { OrganizationListSchema, OrganizationSchema } from '../http/organization-replies';
import { ArchivedQuery, CreateCampaignBody, CreateOrganizationBody, IdParam } from '../http/schemas';
import { campaignForReader } from './links-for-reader';
import { loadCampaign } from './campaign-context';
import { reportForReader } from './campaign-reports';
import type { CampaignTallies } from './campaign-tallies';
import type { Campaign } from '../domain/campaigns/campaign';
import type { Context } from 'hono';
import type { AppEnv } from '../http/session';
import { chooseCuts } from '../domain/campaigns/campaign-cuts';

const tags = ['Organizations'];

export function organizationRoutes(deps: AppDeps, tallies: CampaignTallies) {
  const { storage } = deps;
  const findOrganization = async (id: string) => {
    const organization = await storage.organizations.get(id);
    if (!organization) throw notFound();
    return organization;
  };

  /**
   * The organization's latest opened, unarchived campaign as the reader's own report shows it: read through
   * reportForReader with the access report:read gives this reader here, so a department head's card holds
   * no more than their report does. One report per organization, from the tally kept for it.
   */
  const latestFor = async (c: Context<AppEnv>, campaigns: Campaign[]) => {
    const opened = campaigns
      .filter((x) => x.openedOn !== null && x.archivedOn === undefined)
      .sort((a, b) => (a.openedOn! < b.openedOn! ? -1 : a.openedOn! > b.openedOn! ? 1 : 0));
    const campaign = opened.at(-1);
    if (!campaign) return null;
    // Asked, not guarded: a role without reports (none today) would get a card without them, not a 403 list.
    const access = authorize(requirePrincipal(c), 'report:read', campaign.organizationId);
    if (!access.allowed) return null;
    const missing = () => new Error(`Campaign ${campaign.id} vanished while the list was read`);
    const report = await reportForReader(access, deps, tallies, await loadCampaign(deps, campaign, missing));
    return {
      campaignId: report.campaignId,
      campaignName: report.campaignName,
      status: campaign.status === 'closed' ? ('closed' as const) : ('open' as const),
      verdict: report.summary.verdict,
      title: report.summary.title,
      responseRate: report.responseRate,
      dimensions: report.dimensions
        .filter((d) => d.role === 'readiness')
        .map((d) => ({ id: d.id, title: d.title, score: report.overall?.dimensions[d.id]?.mean ?? null })),
    };
  };

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        request: { query: ArchivedQuery },
        responses: {
          200: jsonResponse(
            OrganizationListSchema,
            'The organizations the person has a role in: those not archived, or with ?archived=true the archived ones; each with when its next calibration wave is due',
          ),
          ...problems(401, 422),
        },
      }),
      async (c) => {
        const visible = visibleOrganizations(requirePrincipal(c));
        const archived = c.req.valid('query').archived === 'true';
        const all = (await storage.organizations.list()).filter(
          (o) => (o.archivedOn !== undefined) === archived,
        );
        const listed = visible === 'all' ? all : all.filter((o) => visible.includes(o.id));
        const today = deps.today();
        const items = [];
        for (const o of listed) {
          // An archived organization is calibrating no more and shows no card, so its campaigns are not read.
          const keeps = o.cadenceMonths !== undefined && o.archivedOn === undefined;
          const campaigns =
            o.archivedOn === undefined ? await storage.campaigns.listByOrganization(o.id) : [];
          items.push({
            ...o,
            nextWaveDue: keeps ? nextWaveDue(o.cadenceMonths, campaigns, today) : null,
            latest: await latestFor(c, campaigns),
          });
        }
        return c.json(items, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        request: jsonBody(CreateOrganizationBody),
        responses: {
          201: jsonResponse(OrganizationSchema, 'Created'),
          ...problems(400, 401, 403, 413, 422, 503),
        },
      }),
      async (c) => {
        guard(c, 'organization:create');
        const organization = createOrganization(c.req.valid('json'), {
          newId: deps.newId,
          today: deps.today(),
        });
        await storage.organizations.create(organization);
        await audit(c, deps, 'organization.create', organization.id);
        return c.json(organization, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}',
        tags,
        request: { params: IdParam },
        responses: {
          200: jsonResponse(OrganizationWithCampaignsSchema, 'The organization and its campaigns'),
          // Every role may read its organization, so no 403.
          ...problems(401, 404, 422),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        guard(c, 'organization:read', id);
        const organization = await findOrganization(id);
        const campaigns = await storage.campaigns.listByOrganization(id);
        return c.json({ ...organization, campaigns: campaigns.map((x) => campaignForReader(c, x)) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/campaigns',
        tags,
        request: { params: IdParam, ...jsonBody(CreateCampaignBody) },
        responses: {
          201: jsonResponse(CampaignSchema, 'Created as a draft'),
          ...problems(400, 401, 403, 404, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        guard(c, 'organization:manage', id);
        const body = c.req.valid('json');
        const organization = await findOrganization(id);
        const questionnaire = deps.questionnaires.get(body.questionnaireId);
        if (!questionnaire) {
          throw new UnknownQuestionnaireError(`No questionnaire ${body.questionnaireId}.`, {
            code: 'questionnaire.unknown',
            params: { questionnaire: body.questionnaireId },
          });
        }
        refuseFactsAskedOfStaff(
          judgingModel(CURRENT_MODEL_VERSION, questionnaire.modelVersion)!.rules.facts,
          body.organizationFacts,
        );
        const created = createCampaign({
          id: deps.newId(),
          organizationId: organization.id,
          name: body.name,
          questionnaireId: questionnaire.id,
          ...chooseDepartments(organization, body.departmentIds),
          minGroupSize: body.minGroupSize,
          organizationFacts: body.organizationFacts,
          today: deps.today(),
          newToken: deps.newToken,
        });
        const campaign = body.cuts ? { ...created, cuts: chooseCuts(body.cuts) } : created;
        await storage.campaigns.create(campaign);
        await audit(c, deps, 'campaign.create', campaign.id);
        return c.json(campaign, 201);
      },
    );
}

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { ConflictError } from '../domain/errors';
import { audit } from '../http/audit';
import { MailingBody } from '../http/campaign-schemas';
import { guard } from '../http/guard';
import { LatestMailingSchema, MailingStatusSchema } from '../http/distribution-replies';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { createMailings } from '../mail/mailings';
import { loadCampaignById } from './campaign-context';
import { assertMayDistribute, issueLinks, linkBaseOf } from './issue-links';

const tags = ['Staff and invitations'];

export function campaignMailingRoutes(deps: AppDeps) {
  const { storage } = deps;
  const mailings = createMailings(deps.now);
  const load = (id: string) => loadCampaignById(deps, id);

  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/mailings',
        tags,
        summary:
          'Email personal links: invitations to those not yet sent one, or reminders to those who have not answered',
        request: { params: IdParam, ...jsonBody(MailingBody) },
        responses: {
          202: jsonResponse(MailingStatusSchema, 'Sending has started; poll the latest mailing'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign, organization, questionnaire } = await load(c.req.valid('param').id);
        guard(c, 'survey:distribute', campaign.organizationId);
        if (!deps.mail) {
          throw new ConflictError(
            'No mail server is configured (SMTP_URL). Download the mail-merge file and send the links yourself.',
            { code: 'mailing.no-mail-server', params: {} },
          );
        }
        assertMayDistribute(campaign, deps.now());
        // Before anything is written: a refused press must not issue links (and push out those in flight).
        mailings.assertIdle(campaign.id);
        const { kind } = c.req.valid('json');
        // The links work before any email can arrive.
        const composed = await issueLinks(
          deps,
          linkBaseOf(deps, c),
          campaign,
          organization,
          questionnaire,
          kind,
        );
        const { mailer, perMinute } = deps.mail;
        const status = mailings.start(
          campaign.id,
          kind,
          composed.map(({ invitation, mail }) => ({ key: invitation.id, mail })),
          {
            mailer,
            perMinute,
            record: (result) =>
              storage.surveyInvitations.recordDeliveries([
                {
                  id: result.key,
                  kind,
                  on: deps.today(),
                  outcome: result.ok ? { ok: true } : { ok: false, error: result.error ?? 'not sent' },
                },
              ]),
            onError: (error) => deps.onBackgroundError?.(error),
          },
        );
        await audit(c, deps, `campaign.mailing.${kind}`, campaign.id);
        return c.json(status, 202);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/mailings/latest',
        tags,
        summary: 'How the latest mailing is going: sent, failed (with reasons), finished',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(LatestMailingSchema, 'The latest mailing since the server started, or null'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { campaign } = await load(c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        return c.json({ mailing: mailings.latest(campaign.id) }, 200);
      },
    );
}

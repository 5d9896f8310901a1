import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { campaignClosedError, campaignPhase } from '../domain/campaigns/campaign';
import { planReminder, unplanReminder } from '../domain/campaigns/reminder-schedule';
import { ConflictError } from '../domain/errors';
import { audit, recordAudit } from '../http/audit';
import { MailingBody } from '../http/campaign-schemas';
import { LatestMailingSchema, MailingStatusSchema, ReminderPlanSchema } from '../http/distribution-replies';
import { PlanReminderBody, ReminderParam } from '../http/distribution-schemas';
import { guard } from '../http/guard';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { AlreadyPosted } from '../chat/chat-desk';
import type { PlannedReminder } from '../domain/campaigns/reminder-schedule';
import { firstAnnouncedAt } from '../domain/chat/campaign-chat';
import { createMailingDesk, statusOf } from '../mail/mailings';
import { startReminderSchedule } from '../mail/reminder-scheduler';
import { viewReminderPlan } from '../mail/reminder-plan-view';
import { loadCampaignById } from './campaign-context';
import { noSecretsKey, type CampaignChatSetup } from './chat-posts';
import { assertMayDistribute, issueLinks, linkBaseOf } from './issue-links';

const tags = ['Staff and invitations'];

/** How often planned reminders are looked for, and what stops the looking (a test's end). */
export interface ReminderSchedule {
  checkEveryMs: number;
  stop?: AbortSignal;
}

const noMailServer = () =>
  new ConflictError(
    'No mail server is configured (SMTP_URL). Download the mail-merge file and send the links yourself.',
    { code: 'mailing.no-mail-server', params: {} },
  );

/**
 * How long a planned reminder's chat post waits for another post of the campaign to finish, at most (five
 * minutes: a post's retries and pacing take up to a few); it waits in the background.
 */
const CHAT_WAIT_TRIES = 100;
const CHAT_WAIT_MS = 3_000;

export function campaignMailingRoutes(
  deps: AppDeps,
  chat: CampaignChatSetup,
  schedule?: ReminderSchedule | null,
) {
  const { storage } = deps;
  const load = (id: string) => loadCampaignById(deps, id);
  const desk = deps.mail
    ? createMailingDesk({
        mailings: storage.mailings,
        surveyInvitations: storage.surveyInvitations,
        holds: storage.holds,
        mail: deps.mail,
        now: deps.now,
        today: deps.today,
        newId: deps.newId,
        compose: async (campaignId, kind, linkBase) => {
          const { campaign, organization, questionnaire } = await load(campaignId);
          const composed = await issueLinks(deps, linkBase, campaign, organization, questionnaire, kind);
          return composed.map(({ invitation, mail }) => ({ key: invitation.id, mail }));
        },
        onError: (error) => deps.onBackgroundError?.(error),
      })
    : null;
  const mailDesk = () => {
    if (!desk) throw noMailServer();
    return desk;
  };
  const chatOn = Boolean(deps.chat?.secretBox);
  /** Posts a planned reminder into the campaign's channels; another post going out is waited for a while. */
  const remindInChat = async (campaignId: string, reminder: PlannedReminder) => {
    const campaign = await storage.campaigns.get(campaignId);
    if (!campaign) return;
    for (let tries = 1; ; tries++) {
      try {
        await chat.post(campaign, reminder.linkBase, 'reminder', null, reminder.id);
        return;
      } catch (error) {
        // Posted already (by another instance), or every channel removed since it was planned.
        if (error instanceof AlreadyPosted) return;
        if (error instanceof ConflictError && error.coded.code === 'chat.no-channels') return;
        const busy = error instanceof ConflictError && error.coded.code === 'chat.in-progress';
        if (!busy || tries >= CHAT_WAIT_TRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, CHAT_WAIT_MS));
      }
    }
  };
  if ((desk || chatOn) && schedule) {
    startReminderSchedule(
      {
        desk,
        chat: chatOn ? remindInChat : null,
        firstAnnouncedAt: async (campaignId) => {
          const campaign = await storage.campaigns.get(campaignId);
          if (!campaign) return null;
          return firstAnnouncedAt((await storage.chats.get(campaignId, campaign.organizationId)).posts);
        },
        mailings: storage.mailings,
        now: deps.now,
        sendable: async (campaignId) => {
          const campaign = await storage.campaigns.get(campaignId);
          return campaign?.status === 'open' && campaignPhase(campaign, deps.now()) !== 'closed';
        },
        audit: (action, campaignId) => recordAudit(deps, null, action, campaignId),
      },
      schedule.checkEveryMs,
      (error) => deps.onBackgroundError?.(error),
      schedule.stop,
    );
  }
  const planOf = async (campaign: { id: string; organizationId: string }) =>
    viewReminderPlan(
      await storage.mailings.plan(campaign.id),
      await storage.mailings.runs(campaign.id),
      (await storage.chats.get(campaign.id, campaign.organizationId)).posts,
    );

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
        const { campaign } = await load(c.req.valid('param').id);
        guard(c, 'survey:distribute', campaign.organizationId);
        const mailings = mailDesk();
        assertMayDistribute(campaign, deps.now());
        // Before anything is written: a refused press must not issue links (and push out those in flight).
        mailings.assertIdle(campaign.id);
        const { kind } = c.req.valid('json');
        const status = await mailings.start({ campaignId: campaign.id, kind, linkBase: linkBaseOf(deps, c) });
        await audit(c, deps, `campaign.mailing.${kind}`, campaign.id);
        return c.json(status, 202);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/mailings/latest',
        tags,
        summary: 'How the latest mailing is going: sent, failed (with reasons), finished or interrupted',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(LatestMailingSchema, 'The latest mailing, or null'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { campaign } = await load(c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        const [run] = await storage.mailings.runs(campaign.id);
        return c.json({ mailing: run ? statusOf(run) : null }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/mailings/latest/resume',
        tags,
        summary:
          'Resume an interrupted mailing: only those it never reached who are still waiting, each with a new link',
        request: { params: IdParam },
        responses: {
          202: jsonResponse(MailingStatusSchema, 'Sending has started again; poll the latest mailing'),
          ...problems(401, 403, 404, 409, 422, 503),
        },
      }),
      async (c) => {
        const { campaign } = await load(c.req.valid('param').id);
        guard(c, 'survey:distribute', campaign.organizationId);
        const mailings = mailDesk();
        assertMayDistribute(campaign, deps.now());
        const status = await mailings.resume(campaign.id);
        await audit(c, deps, 'campaign.mailing.resumed', campaign.id);
        return c.json(status, 202);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/reminders',
        tags,
        summary: 'The planned reminders: when each falls due, and what became of those gone out',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(ReminderPlanSchema, 'The plan, in the order its reminders fall due'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { campaign } = await load(c.req.valid('param').id);
        guard(c, 'campaign:manage', campaign.organizationId);
        return c.json(await planOf(campaign), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/reminders',
        tags,
        summary: 'Plan a reminder to those who have not answered, sent by itself while the campaign is open',
        request: { params: IdParam, ...jsonBody(PlanReminderBody) },
        responses: {
          201: jsonResponse(ReminderPlanSchema, 'The plan with the reminder added'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign } = await load(c.req.valid('param').id);
        guard(c, 'survey:distribute', campaign.organizationId);
        const { via: asked, ...when } = c.req.valid('json');
        // Unsaid, email where mail is set up, else chat; with neither, the mail server is what is missing.
        if (asked === undefined && !desk && !chatOn) mailDesk();
        const via = asked ?? (desk ? ['email' as const] : ['chat' as const]);
        if (via.includes('email')) mailDesk();
        if (via.includes('chat')) {
          if (!chatOn) throw noSecretsKey();
          const { channels } = await storage.chats.get(campaign.id, campaign.organizationId);
          if (channels.length === 0) {
            throw new ConflictError('No chat channel to post to: add one first.', {
              code: 'chat.no-channels',
              params: {},
            });
          }
        }
        if (campaignPhase(campaign, deps.now()) === 'closed') throw campaignClosedError();
        const reminder = { id: deps.newId(), when, via, linkBase: linkBaseOf(deps, c), outcome: null };
        await storage.mailings.changePlan(campaign.id, (reminders) =>
          planReminder(reminders, reminder, deps.now()),
        );
        await audit(c, deps, 'campaign.reminder.planned', campaign.id);
        return c.json(await planOf(campaign), 201);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/reminders/{reminderId}',
        tags,
        summary: 'Take a reminder that has not gone out off the plan',
        request: { params: ReminderParam },
        responses: {
          200: jsonResponse(ReminderPlanSchema, 'The plan without it'),
          ...problems(401, 403, 404, 409, 422, 503),
        },
      }),
      async (c) => {
        const { id, reminderId } = c.req.valid('param');
        const { campaign } = await load(id);
        guard(c, 'survey:distribute', campaign.organizationId);
        await storage.mailings.changePlan(campaign.id, (reminders) => unplanReminder(reminders, reminderId));
        await audit(c, deps, 'campaign.reminder.removed', campaign.id);
        return c.json(await planOf(campaign), 200);
      },
    );
}

// The participant's side of a workshop: no account, only the room's code. Joining hands the browser a random
// token in an httpOnly cookie scoped to that one workshop's paths (only its hash is stored); everything after
// acts as that participant and sees only their own part. Joining is limited per client address.

import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../app-deps';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain/errors';
import {
  answerWarmUp,
  castVotes,
  isJoinCode,
  joinWorkshop,
  writeDraft,
  type Workshop,
} from '../domain/workshop/workshop';
import { joinInfo, participantView } from '../domain/workshop/workshop-view';
import { coachDraft, draftScore } from '../domain/workshop/coach';
import { GOAL_RULE_SETS } from '../domain/analysis/goal-rules';
import { clientOf } from '../http/client-origin';
import { rateLimit, type RateLimit } from '../http/rate-limit';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import type { AppEnv } from '../http/session';
import {
  CodeParam,
  DraftBody,
  DraftReplySchema,
  JoinBody,
  JoinedSchema,
  JoinInfoSchema,
  ParticipantViewSchema,
  VotesBody,
  WarmUpBody,
  WorkshopParam,
} from '../http/workshop-replies';

export const WORKSHOP_COOKIE = 'gw_workshop';
/** Joins (and code look-ups) per client address: a whole room may share one address, so generous. */
export const DEFAULT_JOIN_LIMIT: RateLimit = { limit: 300, windowMs: 60_000 };

const tags = ['Workshop participants'];

const noSuchRoom = () =>
  new NotFoundError('There is no workshop with this code, or it has expired.', {
    code: 'resource.not-found',
    params: {},
  });

const notJoined = () =>
  new ForbiddenError('This browser has not joined the workshop.', {
    code: 'workshop.not-joined',
    params: {},
  });

/** The cookie's path: the browser sends it to this workshop's endpoints only. */
const cookiePath = (workshopId: string) => `/api/workshops/${workshopId}`;

export function workshopParticipantRoutes(deps: AppDeps, joinLimit: RateLimit | null = DEFAULT_JOIN_LIMIT) {
  const { storage } = deps;
  const now = () => new Date(deps.now()).toISOString();
  const limited = joinLimit
    ? rateLimit(joinLimit, { code: 'request.too-many-joins', counters: storage.limits, now: deps.now })
    : null;

  /** The room a code names, unless it has expired: a code that no longer works is as good as none. */
  async function roomOf(code: string): Promise<Workshop> {
    const workshop = isJoinCode(code) ? await storage.workshops.byCode(code) : undefined;
    if (!workshop || Date.parse(workshop.expiresAt) <= deps.now()) throw noSuchRoom();
    return workshop;
  }

  /** The participant this browser is in workshop `id`, by the cookie's token. */
  async function participantOf(
    c: Context<AppEnv>,
    id: string,
  ): Promise<{ workshop: Workshop; participantId: string }> {
    const token = getCookie(c, WORKSHOP_COOKIE);
    const found =
      token && token.length <= 128
        ? await storage.workshops.participantByTokenHash(deps.hashToken(token))
        : undefined;
    const workshop = await storage.workshops.get(id);
    if (!workshop) throw noSuchRoom();
    if (!found || found.workshopId !== id) throw notJoined();
    return { workshop, participantId: found.participantId };
  }

  const router = createRouter();
  if (limited) router.use('/join/*', limited);
  return router
    .openapi(
      createRoute({
        method: 'get',
        path: '/join/{code}',
        tags,
        summary:
          'What a room’s code opens: its title, languages, naming, status and phase; limited per address',
        request: { params: CodeParam },
        responses: {
          200: jsonResponse(JoinInfoSchema, 'The workshop, enough to join it'),
          ...problems(404, 409, 422, 429),
        },
      }),
      async (c) => {
        const workshop = await roomOf(c.req.valid('param').code);
        const info = joinInfo(workshop, now());
        if (info.status !== 'open')
          throw new ConflictError(
            info.status === 'locked' ? 'The room is locked: nobody new can join.' : 'The workshop has ended.',
            { code: info.status === 'locked' ? 'workshop.locked' : 'workshop.ended', params: {} },
          );
        return c.json(info, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/join/{code}',
        tags,
        summary:
          'Join a room by its code (a name when the workshop shows names): sets the gw_workshop cookie for this workshop; limited per address',
        request: { params: CodeParam, ...jsonBody(JoinBody) },
        responses: {
          201: jsonResponse(JoinedSchema, 'Joined'),
          ...problems(400, 403, 404, 409, 413, 422, 429, 503),
        },
      }),
      async (c) => {
        const room = await roomOf(c.req.valid('param').code);
        const { name } = c.req.valid('json');
        const token = deps.newToken();
        const participantId = deps.newId();
        await storage.workshops.change(room.id, (w) =>
          joinWorkshop(w, { participantId, tokenHash: deps.hashToken(token), name }, now()),
        );
        setCookie(c, WORKSHOP_COOKIE, token, {
          httpOnly: true,
          // Lax, not Strict: a participant arrives from a QR code or a chat link, a navigation from elsewhere.
          sameSite: 'Lax',
          secure: clientOf(c).isHttps || deps.publicUrl?.startsWith('https://') === true,
          path: cookiePath(room.id),
          maxAge: Math.max(60, Math.ceil((Date.parse(room.expiresAt) - deps.now()) / 1000)),
        });
        return c.json({ participantId, workshopId: room.id }, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/workshops/{id}/me',
        tags,
        summary: 'The workshop as this participant sees it: their own answers and draft, never anyone else’s',
        request: { params: WorkshopParam },
        responses: {
          200: jsonResponse(ParticipantViewSchema, 'The participant’s view'),
          ...problems(403, 404, 422),
        },
      }),
      async (c) => {
        const { workshop, participantId } = await participantOf(c, c.req.valid('param').id);
        const view = participantView(workshop, participantId, now());
        if (!view) throw notJoined();
        return c.json(view, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/workshops/{id}/me/warm-up',
        tags,
        summary:
          'The participant’s warm-up answers (okr, kpi or project per scenario), until they are revealed',
        request: { params: WorkshopParam, ...jsonBody(WarmUpBody) },
        responses: {
          200: jsonResponse(ParticipantViewSchema, 'The participant’s view with the answers'),
          ...problems(400, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const { participantId } = await participantOf(c, id);
        const { answers } = c.req.valid('json');
        const changed = await storage.workshops.change(id, (w) =>
          answerWarmUp(w, participantId, answers, now()),
        );
        if (!changed) throw noSuchRoom();
        return c.json(participantView(changed, participantId, now())!, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/workshops/{id}/me/draft',
        tags,
        summary:
          'The participant’s draft as it stands (last write wins): answers the coach’s advice, the same the facilitator sees',
        request: { params: WorkshopParam, ...jsonBody(DraftBody) },
        responses: {
          200: jsonResponse(DraftReplySchema, 'The coach’s advice, the score and the draft’s version'),
          ...problems(400, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const { participantId } = await participantOf(c, id);
        const { objective, keyResults } = c.req.valid('json');
        const draftId = deps.newId();
        const changed = await storage.workshops.change(id, (w) =>
          writeDraft(w, participantId, { objective, keyResults }, draftId, now()),
        );
        if (!changed) throw noSuchRoom();
        const draft = changed.drafts.find((d) => d.participantId === participantId)!;
        const advice = coachDraft(draft, GOAL_RULE_SETS[changed.ruleSetVersion]);
        return c.json({ advice, score: draftScore(advice), version: draft.version }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/workshops/{id}/me/votes',
        tags,
        summary:
          'The participant’s votes, replacing earlier ones: at most 3 groups or drafts, while the room votes',
        request: { params: WorkshopParam, ...jsonBody(VotesBody) },
        responses: {
          200: jsonResponse(ParticipantViewSchema, 'The participant’s view with the votes'),
          ...problems(400, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const { participantId } = await participantOf(c, id);
        const { ids } = c.req.valid('json');
        const changed = await storage.workshops.change(id, (w) => castVotes(w, participantId, ids, now()));
        if (!changed) throw noSuchRoom();
        return c.json(participantView(changed, participantId, now())!, 200);
      },
    );
}

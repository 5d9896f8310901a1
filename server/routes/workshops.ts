// The facilitator's side of a goal-writing workshop: create one for an organization (from a campaign's
// report or on its own), watch it live (server-sent events, or ?since= polling), run it (lock, phases,
// reveal, groups, kept objectives, end), and take what was kept into the campaign's action plan or a file.
// Every change goes through the repository's one change path; the domain decides what may change.

import { randomBytes } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { renderSVG } from 'uqr';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { AppDeps } from '../app-deps';
import { COACH_RULE_SET_VERSION } from '../domain/analysis/goal-rules';
import { createAction } from '../domain/decisions/action-plan';
import { ConflictError, InvalidInputError } from '../domain/errors';
import {
  addGroup,
  changeGroup,
  changeWorkshop,
  createWorkshop,
  dropKept,
  joinCode,
  keepObjective,
  keptByIds,
  keptDescription,
  removeGroup,
  statusAt,
  type Workshop,
} from '../domain/workshop/workshop';
import {
  facilitatorView,
  joinPath,
  KEPT_HEADERS,
  keptRows,
  workshopSummary,
} from '../domain/workshop/workshop-view';
import { writeCsv } from '../csv/write-csv';
import { audit } from '../http/audit';
import { clientOf } from '../http/client-origin';
import { guard, notFound, requirePrincipal } from '../http/guard';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import type { AppEnv } from '../http/session';
import {
  ChangeGroupBody,
  ChangeWorkshopBody,
  CreateWorkshopBody,
  ExportQuery,
  GroupBody,
  GroupParam,
  KeepBody,
  KeptParam,
  SinceQuery,
  SummarySchema,
  ToPlanBody,
  ToPlanReplySchema,
  WorkshopListSchema,
  WorkshopParam,
  WorkshopSchema,
} from '../http/workshop-replies';

const tags = ['Workshops'];

/** At most one event per this long on a facilitator's stream: a room typing would otherwise flood it. */
export const COALESCE_MS = 200;
/** A comment this often keeps proxies and browsers from closing a quiet stream. */
export const HEARTBEAT_MS = 15_000;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkshopStreamTiming {
  coalesceMs: number;
  heartbeatMs: number;
}

export function workshopRoutes(
  deps: AppDeps,
  timing: WorkshopStreamTiming = { coalesceMs: COALESCE_MS, heartbeatMs: HEARTBEAT_MS },
) {
  const { storage } = deps;
  const now = () => new Date(deps.now()).toISOString();

  /** The workshop, once the person asking may run workshops in its organization; missing otherwise. */
  async function workshopFor(c: Context<AppEnv>, id: string): Promise<Workshop> {
    const workshop = await storage.workshops.get(id);
    if (!workshop) throw notFound();
    guard(c, 'workshop:run', workshop.organizationId);
    return workshop;
  }

  /** Applies a domain step through the change path; an id gone meanwhile, or a step finding nothing, is a 404. */
  async function change(id: string, step: (w: Workshop) => Workshop | undefined): Promise<Workshop> {
    const changed = await storage.workshops.change(id, step);
    if (!changed) throw notFound();
    return changed;
  }

  const view = (workshop: Workshop) => facilitatorView(workshop, now());

  // The view as last sent on a stream, per workshop: the facilitator's screen and the projector watch the
  // same workshop, and a view (every draft coached twice) is worth building once per version.
  const streamed = new Map<string, { version: number; status: string; data: string }>();
  function streamedView(workshop: Workshop, at: string): string {
    const status = statusAt(workshop, at);
    const cached = streamed.get(workshop.id);
    if (cached?.version === workshop.version && cached.status === status) return cached.data;
    const data = JSON.stringify(facilitatorView(workshop, at));
    // A few workshops run at once; forgetting them all now and then bounds the memory.
    if (streamed.size >= 100) streamed.clear();
    streamed.set(workshop.id, { version: workshop.version, status, data });
    return data;
  }

  /** A fresh join code; a draw that ran out of unbiased bytes (rarely) is drawn again. */
  function newCode(): string {
    for (;;) {
      const code = joinCode(randomBytes(16));
      if (code !== null) return code;
    }
  }

  const unknownField = (field: string, id: string) =>
    new InvalidInputError(
      `The workshop cannot take this: ${field} names something the organization does not have (${id}).`,
      { code: 'workshop.invalid', params: {} },
      [
        {
          field,
          message: `names nothing of the organization (${id})`,
          code: 'workshop.unknown-item',
          params: { id },
        },
      ],
    );

  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/organizations/{id}/workshops',
        tags,
        summary: 'Create a goal-writing workshop, from a campaign’s report or on its own; audited',
        request: { params: IdParam, ...jsonBody(CreateWorkshopBody) },
        responses: {
          201: jsonResponse(WorkshopSchema, 'The new workshop, open, at the warm-up'),
          ...problems(400, 401, 403, 404, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        guard(c, 'workshop:run', id);
        const principal = requirePrincipal(c);
        const organization = await storage.organizations.get(id);
        if (!organization) throw notFound();
        const body = c.req.valid('json');
        const unknownDepartment = body.departmentIds.find(
          (d) => !organization.departments.some((o) => o.id === d),
        );
        if (unknownDepartment !== undefined) throw unknownField('departmentIds', unknownDepartment);
        if (body.campaignId !== undefined) {
          const campaign = await storage.campaigns.get(body.campaignId);
          if (campaign?.organizationId !== id) throw unknownField('campaignId', body.campaignId);
        }
        const workshopId = deps.newId();
        const at = now();
        // A code already taken is drawn again; with 31^8 codes this loop all but never turns twice.
        for (;;) {
          const workshop = createWorkshop(
            {
              id: workshopId,
              organizationId: id,
              campaignId: body.campaignId ?? null,
              title: body.title,
              languages: body.languages,
              departmentIds: body.departmentIds,
              naming: body.naming,
              code: newCode(),
              createdBy: principal.accountId,
              ruleSetVersion: COACH_RULE_SET_VERSION,
              expiresInHours: body.expiresInHours,
            },
            at,
          );
          if (await storage.workshops.create(workshop)) {
            await audit(c, deps, 'workshop.create', workshop.id);
            return c.json(view(workshop), 201);
          }
        }
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/organizations/{id}/workshops',
        tags,
        summary: 'The organization’s workshops, newest first',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(WorkshopListSchema, 'The workshops'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        guard(c, 'workshop:run', id);
        if (!(await storage.organizations.get(id))) throw notFound();
        const at = now();
        const workshops = (await storage.workshops.listByOrganization(id)).map((w) => ({
          id: w.id,
          campaignId: w.campaignId,
          title: w.title,
          status: statusAt(w, at),
          phase: w.phase,
          code: w.code,
          joinUrl: joinPath(w.code),
          createdAt: w.createdAt,
          expiresAt: w.expiresAt,
          participants: w.participants.length,
        }));
        return c.json({ workshops }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/workshops/{id}',
        tags,
        summary:
          'A workshop as its facilitator sees it; with ?since={version}, 304 while it is still at that version (the fallback for a screen that cannot hold the event stream)',
        request: { params: WorkshopParam, query: SinceQuery },
        responses: {
          200: jsonResponse(WorkshopSchema, 'The workshop'),
          304: { description: 'Nothing changed since that version' },
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const { since } = c.req.valid('query');
        const workshop = await workshopFor(c, id);
        // An expiry passing changes what the view says without a new version: answer in full once it has.
        const expired = statusAt(workshop, now()) !== workshop.status;
        if (since !== undefined && workshop.version <= since && !expired) return c.body(null, 304);
        return c.json(view(workshop), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/workshops/{id}',
        tags,
        summary:
          'Lock or reopen the room (locked: nobody new joins), end it (nothing changes any more), move it to a phase, reveal the warm-up; a status change is audited',
        request: { params: WorkshopParam, ...jsonBody(ChangeWorkshopBody) },
        responses: {
          200: jsonResponse(WorkshopSchema, 'The workshop as changed'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const before = await workshopFor(c, id);
        const body = c.req.valid('json');
        const changed = await change(id, (w) => changeWorkshop(w, body, now()));
        if (body.status !== undefined && body.status !== before.status)
          await audit(
            c,
            deps,
            `workshop.${body.status === 'open' ? 'reopen' : body.status === 'locked' ? 'lock' : 'end'}`,
            id,
          );
        return c.json(view(changed), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/workshops/{id}/events',
        tags,
        summary:
          'The workshop live, as server-sent events: `workshop` with the facilitator’s view on connect and after changes (at most one per 200 ms), a comment every 15 s; the stream closes when the workshop ends',
        request: { params: WorkshopParam },
        responses: {
          200: {
            content: { 'text/event-stream': { schema: { type: 'string' as const } } },
            description: 'The event stream',
          },
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        await workshopFor(c, id);
        return streamSSE(c, async (stream) => {
          let lastSent = -Infinity;
          let sentVersion = -1;
          let pending: ReturnType<typeof setTimeout> | null = null;
          let closed = false;
          let finish: () => void = () => undefined;
          const done = new Promise<void>((resolve) => (finish = resolve));

          const close = () => {
            if (closed) return;
            closed = true;
            if (pending) clearTimeout(pending);
            clearInterval(heartbeat);
            clearTimeout(expiry);
            unsubscribe();
            finish();
          };
          // Sends the workshop as it is now; several changes inside one window become one event.
          const send = async () => {
            pending = null;
            if (closed) return;
            // Counted from the start, before any await: a change arriving while this event is being sent
            // waits for the next window rather than sending a second event beside it.
            lastSent = Date.now();
            const workshop = await storage.workshops.get(id);
            if (!workshop) return close();
            const at = now();
            if (workshop.version !== sentVersion || statusAt(workshop, at) === 'ended') {
              sentVersion = workshop.version;
              await stream.writeSSE({
                event: 'workshop',
                id: String(workshop.version),
                data: streamedView(workshop, at),
              });
            }
            if (statusAt(workshop, at) === 'ended') close();
          };
          const schedule = () => {
            if (closed || pending) return;
            const wait = Math.max(0, lastSent + timing.coalesceMs - Date.now());
            pending = setTimeout(() => void send().catch(close), wait);
          };
          const unsubscribe = storage.workshopEvents.subscribe(id, schedule);
          const heartbeat = setInterval(
            () => void stream.write(': heartbeat\n\n').catch(close),
            timing.heartbeatMs,
          );
          // An expiry is no change anyone makes: the stream tells it and closes when the time comes.
          const workshop = await storage.workshops.get(id);
          const left = workshop ? Date.parse(workshop.expiresAt) - deps.now() : 0;
          const expiry = setTimeout(schedule, Math.min(Math.max(0, left), 2 ** 31 - 1));
          stream.onAbort(close);
          await send();
          await done;
        });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/workshops/{id}/qr.svg',
        tags,
        summary: 'The join link as a QR code, to show the room',
        request: { params: WorkshopParam },
        responses: {
          200: {
            content: { 'image/svg+xml': { schema: { type: 'string' as const } } },
            description: 'An SVG drawing of the QR code',
          },
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const workshop = await workshopFor(c, id);
        // The address phones will open: the public one when set, else the one the facilitator is using.
        const url = new URL(c.req.url);
        const origin = deps.publicUrl
          ? new URL(deps.publicUrl).origin
          : `${clientOf(c).isHttps ? 'https:' : url.protocol}//${url.host}`;
        const svg = renderSVG(`${origin}${joinPath(workshop.code)}`, { border: 2 });
        return c.body(svg, 200, {
          'content-type': 'image/svg+xml; charset=utf-8',
          'cache-control': 'no-store',
        });
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/workshops/{id}/groups',
        tags,
        summary: 'Gather drafts under a shared objective the room may vote for',
        request: { params: WorkshopParam, ...jsonBody(GroupBody) },
        responses: {
          201: jsonResponse(WorkshopSchema, 'The workshop with the group'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        await workshopFor(c, id);
        const body = c.req.valid('json');
        const groupId = deps.newId();
        const changed = await change(id, (w) => addGroup(w, groupId, body, now()));
        return c.json(view(changed), 201);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/workshops/{id}/groups/{groupId}',
        tags,
        summary: 'Rename a group or change its drafts',
        request: { params: GroupParam, ...jsonBody(ChangeGroupBody) },
        responses: {
          200: jsonResponse(WorkshopSchema, 'The workshop with the group changed'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id, groupId } = c.req.valid('param');
        await workshopFor(c, id);
        const body = c.req.valid('json');
        return c.json(view(await change(id, (w) => changeGroup(w, groupId, body, now()))), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/workshops/{id}/groups/{groupId}',
        tags,
        summary: 'Remove a group, and the votes cast for it',
        request: { params: GroupParam },
        responses: {
          200: jsonResponse(WorkshopSchema, 'The workshop without the group'),
          ...problems(401, 403, 404, 409, 422, 503),
        },
      }),
      async (c) => {
        const { id, groupId } = c.req.valid('param');
        await workshopFor(c, id);
        return c.json(view(await change(id, (w) => removeGroup(w, groupId, now()))), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/workshops/{id}/keep',
        tags,
        summary: 'Keep an objective with its key results: what goes into the plan',
        request: { params: WorkshopParam, ...jsonBody(KeepBody) },
        responses: {
          201: jsonResponse(WorkshopSchema, 'The workshop with the objective kept'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        await workshopFor(c, id);
        const body = c.req.valid('json');
        const keptId = deps.newId();
        return c.json(view(await change(id, (w) => keepObjective(w, keptId, body, now()))), 201);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/workshops/{id}/keep/{keptId}',
        tags,
        summary: 'Let a kept objective go',
        request: { params: KeptParam },
        responses: {
          200: jsonResponse(WorkshopSchema, 'The workshop without it'),
          ...problems(401, 403, 404, 409, 422, 503),
        },
      }),
      async (c) => {
        const { id, keptId } = c.req.valid('param');
        await workshopFor(c, id);
        return c.json(view(await change(id, (w) => dropKept(w, keptId, now()))), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/workshops/{id}/to-plan',
        tags,
        summary:
          'Turn kept objectives into actions of the campaign’s action plan (key results in the note), or into a pilot’s objectives; needs action-plan:edit too; audited',
        request: { params: WorkshopParam, ...jsonBody(ToPlanBody) },
        responses: {
          201: jsonResponse(ToPlanReplySchema, 'The ids of the new actions'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const workshop = await workshopFor(c, id);
        guard(c, 'action-plan:edit', workshop.organizationId);
        const { keptIds, as } = c.req.valid('json');
        const kept = keptByIds(workshop, keptIds);
        // A campaign deleted since the workshop was made has no plan to add to either.
        const campaign =
          workshop.campaignId === null ? undefined : await storage.campaigns.get(workshop.campaignId);
        if (workshop.campaignId === null || !campaign)
          throw new ConflictError(
            'This workshop has no campaign (made without one, or the campaign was deleted): no action plan to add to.',
            {
              code: 'workshop.no-campaign',
              params: {},
            },
          );
        const organization = await storage.organizations.get(workshop.organizationId);
        if (!organization) throw notFound();
        const at = now();
        const actions = kept.map((k) =>
          createAction(
            {
              title: k.title,
              note: keptDescription(k),
              // A department removed from the organization since is left out rather than refused.
              departmentIds: workshop.departmentIds.filter((d) =>
                organization.departments.some((o) => o.id === d),
              ),
            },
            {
              id: deps.newId(),
              organizationId: workshop.organizationId,
              campaignId: workshop.campaignId,
              // A pilot's objectives belong to the pilot's recommendation; other actions to the workshop's own.
              recommendationId: as === 'pilot-objectives' ? 'mvp-pilot' : 'smart-workshop',
              departments: organization.departments.map((d) => d.id),
              now: at,
            },
          ),
        );
        // The plan's own path: all of them in one write, or none.
        await storage.actionPlan.add(actions);
        await audit(c, deps, 'workshop.to-plan', id);
        return c.json({ actionIds: actions.map((a) => a.id) }, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/workshops/{id}/export',
        tags,
        summary:
          'The kept objectives with their key results as a file: CSV (formula-safe) or an Excel workbook; audited',
        request: { params: WorkshopParam, query: ExportQuery },
        responses: {
          200: {
            content: {
              'text/csv': { schema: { type: 'string' as const } },
              [XLSX]: { schema: { type: 'string' as const, format: 'binary' } },
            },
            description: 'The file, as an attachment',
          },
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const { format = 'csv', lang = 'en' } = c.req.valid('query');
        const workshop = await workshopFor(c, id);
        const header = KEPT_HEADERS[lang];
        const rows = keptRows(workshop.kept);
        const name = `workshop-${deps.today()}.${format}`;
        await audit(c, deps, `workshop.export.${format}`, id);
        if (format === 'csv')
          return c.body(writeCsv([...header], rows), 200, {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="${name}"`,
          });
        const sheet: Row[] = [
          header.map((value) => ({ value, fontWeight: 'bold' as const })),
          ...rows.map((row) => row.map((value) => ({ value, type: String }))),
        ];
        const buffer = await writeXlsxFile(sheet, {
          sheet: lang === 'en' ? 'Objectives' : '目标',
          columns: [{ width: 50 }, { width: 60 }, { width: 12 }],
          stickyRowsCount: 1,
        }).toBuffer();
        return c.body(new Uint8Array(buffer), 200, {
          'content-type': XLSX,
          'content-disposition': `attachment; filename="${name}"`,
        });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/workshops/{id}/summary',
        tags,
        summary:
          'What the printable one-page summary shows: the share passing each check at first and now, the warm-up’s share right, the kept objectives, how many took part',
        request: { params: WorkshopParam },
        responses: {
          200: jsonResponse(SummarySchema, 'The summary'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        return c.json(workshopSummary(await workshopFor(c, id), now()), 200);
      },
    );
}

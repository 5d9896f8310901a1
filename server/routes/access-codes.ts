// Anonymous one-time access codes for one department: issued by those who distribute the survey, shown
// once in this answer (only their hashes are stored), each answering once, never more than the department
// has free places, and never where answers came through a shared link (server/domain/campaigns/answer-places.ts).

import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { assertMayIssueCodes, makeAccessCodes } from '../domain/campaigns/access-code';
import {
  codesBesideSharedAnswersError,
  departmentsReportedWith,
  noRoomForCodesError,
  placesOf,
} from '../domain/campaigns/answer-places';
import { withStaffCounts } from '../domain/campaigns/campaign';
import { AccessCodeCountsSchema, AccessCodesIssuedSchema } from '../http/distribution-replies';
import { audit } from '../http/audit';
import { IssueAccessCodesBody } from '../http/distribution-schemas';
import { guard } from '../http/guard';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { IdParam } from '../http/schemas';
import { loadCampaignById } from './campaign-context';

const tags = ['Access codes'];

export function accessCodeRoutes(deps: AppDeps) {
  const { storage } = deps;
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/access-codes',
        tags,
        summary: 'Issue one-time access codes for a department; they are in this answer only',
        request: { params: IdParam, ...jsonBody(IssueAccessCodesBody) },
        responses: {
          201: jsonResponse(AccessCodesIssuedSchema, 'The codes, shown this once'),
          ...problems(400, 401, 403, 404, 409, 413, 422, 503),
        },
      }),
      async (c) => {
        const { campaign: stored, organization } = await loadCampaignById(deps, c.req.valid('param').id);
        guard(c, 'survey:distribute', stored.organizationId);
        const { departmentId, count } = c.req.valid('json');
        assertMayIssueCodes(stored, departmentId, deps.now());
        const listed = await storage.surveyInvitations.countByDepartment(stored.id);
        const places = placesOf(organization, withStaffCounts(stored, listed), departmentId);
        const { codes, records } = makeAccessCodes({
          campaignId: stored.id,
          departmentId,
          count,
          today: deps.today(),
          newToken: deps.newToken,
          newId: deps.newId,
          hash: deps.hashToken,
        });
        const outcome = await storage.accessCodes.issue(
          records,
          places,
          departmentsReportedWith(stored, departmentId),
        );
        if (outcome === 'beside-shared-answers') {
          throw codesBesideSharedAnswersError(organization, stored, departmentId);
        }
        if (outcome === 'full') throw noRoomForCodesError(organization, departmentId, places, count);
        await audit(c, deps, 'campaign.access-codes.issue', stored.id);
        // The codes exist only in this answer: no cache may keep a copy.
        c.header('Cache-Control', 'no-store');
        return c.json({ departmentId, codes }, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/access-codes',
        tags,
        summary: 'How many access codes were issued per department (never which were used)',
        request: { params: IdParam },
        responses: {
          200: jsonResponse(AccessCodeCountsSchema, 'Codes issued'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { campaign } = await loadCampaignById(deps, c.req.valid('param').id);
        guard(c, 'survey:distribute', campaign.organizationId);
        const issued = await storage.accessCodes.countByDepartment(campaign.id);
        return c.json(
          {
            departments: campaign.departmentIds.map((id) => ({ departmentId: id, issued: issued[id] ?? 0 })),
          },
          200,
        );
      },
    );
}

// The response of GET /api/campaigns/{id}/progress: a campaign's tracking figures alone, which the campaign
// page polls while answers come in (the whole campaign, with its disclosure preview, is fetched once).

import { z } from '@hono/zod-openapi';
import type { ResponseProgress } from '../domain/campaigns/response-progress';
import { schemaOf } from './schema-matches';

const count = z.number().int().min(0);
const share = z.number().min(0);

export const ResponseProgressSchema = schemaOf<ResponseProgress>()(
  z
    .strictObject({
      minGroupSize: count,
      targetResponseRate: share,
      headcount: count,
      invited: count,
      started: count,
      answeredByLink: count,
      answeredOtherwise: count,
      responses: count,
      responseRate: share.nullable(),
      toTarget: count,
      departments: z.array(
        z
          .strictObject({
            departmentId: z.string(),
            name: z.string(),
            headcount: count,
            invited: count,
            withheld: z.enum(['too-few', 'protects-another']).nullable(),
            started: count.nullable(),
            answeredByLink: count.nullable(),
            answeredOtherwise: count.nullable(),
            responses: count.nullable(),
            responseRate: share.nullable(),
          })
          .openapi('DepartmentProgress'),
      ),
    })
    .openapi('ResponseProgress'),
);

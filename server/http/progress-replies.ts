// The response of GET /api/campaigns/{id}/progress: a campaign's tracking figures alone, which the campaign
// page polls while answers come in (the whole campaign, with its disclosure preview, is fetched once).

import { z } from '@hono/zod-openapi';
import type { ResponseProgress } from '../domain/response-progress';

const count = z.number().int().min(0);
const share = z.number().min(0);

export const ResponseProgressSchema = z
  .strictObject({
    minGroupSize: count,
    targetResponseRate: share,
    headcount: count,
    invited: count,
    started: count,
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
          responses: count.nullable(),
          responseRate: share.nullable(),
        })
        .openapi('DepartmentProgress'),
    ),
  })
  .openapi('ResponseProgress');

// The domain may not import zod, so its type stays the source: a field added, dropped or retyped on either
// side stops the type check here.
type Described = z.output<typeof ResponseProgressSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _matchesDomain: Same<Described, ResponseProgress> = true;
void _matchesDomain;

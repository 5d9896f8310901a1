// Request shapes of access codes and suspect submissions, validated at the edge.

import { z } from '@hono/zod-openapi';
import { IssueAccessCodesRequest } from '../../shared/request-schemas';
import { openApiName } from './openapi-name';

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const IssueAccessCodesBody = openApiName(IssueAccessCodesRequest, 'IssueAccessCodes');

export const AlertParam = z.object({
  id,
  alertId: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[A-Za-z0-9_.-]+$/),
});

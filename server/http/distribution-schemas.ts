// Request shapes of access codes and suspect submissions, validated at the edge.

import { z } from '@hono/zod-openapi';
import { MAX_CODES_PER_BATCH } from '../domain/access-code';

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const IssueAccessCodesBody = z
  .object({ departmentId: id, count: z.number().int().min(1).max(MAX_CODES_PER_BATCH) })
  .strict()
  .openapi('IssueAccessCodes');

export const AlertParam = z.object({
  id,
  alertId: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[A-Za-z0-9_.-]+$/),
});

// Shared pieces for declaring routes: every router throws validation failures into the one error funnel,
// and every route documents its JSON body and the problems it can answer with.

import { OpenAPIHono, type z } from '@hono/zod-openapi';
import { ProblemSchema } from './schemas';
import type { AppEnv } from './session';

export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw result.error;
    },
  });
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { required: true, content: { 'application/json': { schema } } } };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

const problem = (description: string) => ({
  content: { 'application/problem+json': { schema: ProblemSchema } },
  description,
});

export const PROBLEMS = {
  400: problem('Malformed request, such as a body that is not JSON'),
  401: problem('Not signed in, or wrong credentials'),
  403: problem(
    'Signed in, but the role does not allow this; or, for a write, refused as possibly cross-site (no JSON content type and no Origin of this server)',
  ),
  404: problem('Not found, or in an organization the person has no role in'),
  409: problem('Not allowed in the current state'),
  413: problem('The request body is too large'),
  422: problem('Invalid input, with the fields at fault'),
  429: problem('Too many requests; see Retry-After'),
  503: problem(
    'Nothing can be saved right now (the disk or database is full, failing or out of reach); nothing changed, try again later',
  ),
} as const;

type ProblemStatus = keyof typeof PROBLEMS;

/** The problem answers an operation can give, to spread into its `responses`. */
export function problems<const S extends readonly ProblemStatus[]>(
  ...statuses: S
): Pick<typeof PROBLEMS, S[number]> {
  return Object.fromEntries(statuses.map((status) => [status, PROBLEMS[status]])) as Pick<
    typeof PROBLEMS,
    S[number]
  >;
}

// The one error funnel: every failure leaves the server as application/problem+json (RFC 9457) with a
// 4xx status that says what to fix, or a bare 500 that reveals nothing about the internals. Every problem
// carries a code (domain/problem-codes.ts) a client words in the reader's language; `detail` is English.

import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { fieldProblemOf } from '../../shared/field-problems';
import {
  DomainError,
  type FieldError,
  type ProblemCode,
  type ProblemCodeName,
  type ProblemParams,
} from '../domain/errors';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Each names its field, with the code and params to word it by (see FieldError). */
  errors?: FieldError[];
  /** What went wrong, stable, for a client to word in the reader's language (see ProblemCode). */
  code: ProblemCodeName;
  params: ProblemParams;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Invalid input',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/**
 * Errors of the disk rather than of the request: a full disk, a quota, a read-only or failing volume. The
 * storage undid the change, so the client is told to try again later rather than that something broke.
 */
// A full or failing disk; a database out of reach (refused, dropped, timed out, shutting down); one out of
// resources (SQLSTATE class 53: disk full, memory, too many connections); another instance holding a
// check-then-write too long (serialize.ts). None is the request's fault, and none changed anything.
const STORAGE_UNAVAILABLE = new Set([
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EIO',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'HOLD_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
]);
/** SQLSTATE classes: 08 connection exception, 53 insufficient resources. */
const UNAVAILABLE_CLASSES = ['08', '53'];

export function isStorageUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return (
    STORAGE_UNAVAILABLE.has(code) ||
    (/^[0-9A-Z]{5}$/.test(code) && UNAVAILABLE_CLASSES.includes(code.slice(0, 2)))
  );
}

function problem(
  status: number,
  type: string,
  detail: string,
  coded: ProblemCode,
  errors?: Problem['errors'],
): Problem {
  return {
    type: `/problems/${type}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code: coded.code,
    params: coded.params,
    ...(errors ? { errors } : {}),
  };
}

const coded = (code: ProblemCodeName, params: ProblemParams = {}): ProblemCode => ({ code, params });

const MAX_REPORTED_ISSUES = 50;

export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    const errors = error.errors.length ? error.errors : undefined;
    return problem(error.status, error.type, error.message, error.coded, errors);
  }
  if (error instanceof ZodError) {
    // A refinement's own code is one of ours (request schemas name only codes of problem-codes.ts).
    const errors = error.issues
      .slice(0, MAX_REPORTED_ISSUES)
      .map((issue) => fieldProblemOf(issue) as FieldError);
    const first = errors[0];
    return problem(
      422,
      'validation',
      first ? `${first.field}: ${first.message}` : 'The request is invalid.',
      coded('request.invalid'),
      errors,
    );
  }
  if (error instanceof HTTPException && error.status < 500) {
    const detail = error.message || TITLES[error.status] || 'Bad request';
    return error.status === 400
      ? problem(400, 'http', detail, coded('request.malformed'))
      : problem(error.status, 'http', detail, coded('request.refused', { status: error.status }));
  }
  if (isStorageUnavailable(error)) {
    return problem(
      503,
      'storage-unavailable',
      'The server cannot save anything right now (its disk or database is full, failing or out of reach). Nothing was changed by this request: try again later.',
      coded('server.storage-unavailable'),
    );
  }
  return problem(
    500,
    'internal',
    'Something went wrong on the server. Nothing was changed by this request.',
    coded('server.internal'),
  );
}

export function problemResponse(c: Context, p: Problem): Response {
  return c.newResponse(JSON.stringify(p), p.status as ContentfulStatusCode, {
    'content-type': 'application/problem+json; charset=utf-8',
    ...(p.status === 503 ? { 'retry-after': '60' } : {}),
  });
}

// Words a problem the server reports with a stable code in the reader's language, from a dictionary. The
// server's own English sentence stands in for a code this client does not know.

import type { ProblemParams } from '../../server/domain/errors';
import { ApiError } from '../api/client';

/** A problem as the server sends it: an English sentence, and usually a code with the values it mentions. */
export interface CodedProblem {
  message: string;
  code?: string;
  params?: ProblemParams;
}

/** A dictionary's sentences by code, each given the problem's params. */
export type ProblemWording = Readonly<Record<string, (params: Readonly<ProblemParams>) => string>>;

// hasOwn, so that a code such as "constructor" never finds Object.prototype's.
const wordingOf = (wording: ProblemWording, code: string | undefined) =>
  code !== undefined && Object.hasOwn(wording, code) ? wording[code] : undefined;

export function problemText(wording: ProblemWording, problem: CodedProblem): string {
  return wordingOf(wording, problem.code)?.(problem.params ?? {}) ?? problem.message;
}

/**
 * What a failed request says: the wording of its code when the dictionary knows it, be it the code of the
 * problem as a whole (a write refused as cross-site, two departments named alike) or of the one field it
 * names (a CSV the server could not read); else the server's explanation as it stands.
 */
export function requestProblemText(wording: ProblemWording, error: unknown): string {
  return codedRequestText(wording, error) ?? (error as Error).message;
}

/** The wording of a failed request's code, as requestProblemText finds it; undefined when it has none known. */
export function codedRequestText(wording: ProblemWording, error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const { code, params, errors = [] } = error.problem;
  const whole = wordingOf(wording, code);
  if (whole) return whole(params ?? {});
  const word = errors.length === 1 ? wordingOf(wording, errors[0]!.code) : undefined;
  return word?.(errors[0]!.params ?? {});
}

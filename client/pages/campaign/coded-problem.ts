// Words a problem the server reports with a stable code in the reader's language, from a page's
// dictionary. The server's own English sentence stands in for a code this client does not know.

import type { ProblemParams } from '../../../server/domain/errors';
import { ApiError } from '../../api/client';

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
 * What a failed request says: the wording of the one problem it names when the dictionary knows its code
 * (a CSV the server could not read, say), or else the server's explanation as it stands.
 */
export function requestProblemText(wording: ProblemWording, error: unknown): string {
  const errors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  const word = errors.length === 1 ? wordingOf(wording, errors[0]!.code) : undefined;
  return word ? word(errors[0]!.params ?? {}) : (error as Error).message;
}

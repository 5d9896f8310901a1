// Errors the domain raises. The HTTP layer maps each kind to one status code and a problem+json body,
// so a caller always learns what was wrong without seeing internals. Every error carries a stable code
// (problem-codes.ts) from where it is raised, and so does every field it names: a client words the code in
// the reader's language and never has to read the English sentence beside it.

import type { ProblemCodeName } from './problem-codes';

export type { ProblemCodeName };

/** The values a problem's sentence mentions (numbers, names as written), for a client to word it itself. */
export type ProblemParams = Record<string, string | number>;

/** A problem named by its code, with the values its sentence needs. */
export interface ProblemCode {
  code: ProblemCodeName;
  params: ProblemParams;
}

/** One field at fault: its path, an English sentence that reads after it, and the code to word it by. */
export interface FieldError {
  field: string;
  message: string;
  code: ProblemCodeName;
  params?: ProblemParams;
}

export abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;
  abstract readonly type: string;
  /** What went wrong, as a code a client words itself. */
  readonly coded: ProblemCode;
  /** Field-level details (JSON pointer-ish path → message), for 422s a form can show next to its inputs. */
  readonly errors: FieldError[];

  /**
   * @example new ConflictError('The campaign has closed.', { code: 'campaign.closed', params: {} })
   */
  constructor(message: string, coded: ProblemCode, errors: FieldError[] = []) {
    super(message);
    this.name = new.target.name;
    this.coded = coded;
    this.errors = errors;
  }
}

/** Nobody is signed in, or the credentials are wrong. */
export class UnauthorizedError extends DomainError {
  readonly status = 401;
  readonly type = 'unauthorized';
}

/** Signed in, and allowed to know the thing exists, but not to do this with it. */
export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly type = 'forbidden';
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly type = 'not-found';
}

/** The request is well-formed but the thing it acts on is in the wrong state (a closed campaign, say). */
export class ConflictError extends DomainError {
  readonly status = 409;
  readonly type = 'conflict';
}

/** A respondent's answers that the questionnaire cannot take. */
export class InvalidAnswerError extends DomainError {
  readonly status = 422;
  readonly type = 'invalid-answer';
}

/** A well-formed request whose content cannot be accepted, such as a wrong current password. */
export class InvalidInputError extends DomainError {
  readonly status = 422;
  readonly type = 'invalid-input';
}

export class InvalidQuestionnaireError extends DomainError {
  readonly status = 422;
  readonly type = 'invalid-questionnaire';
}

export class UnknownQuestionnaireError extends DomainError {
  readonly status = 422;
  readonly type = 'unknown-questionnaire';
}

/** A body larger than the route takes, refused before it is read. */
export class TooLargeError extends DomainError {
  readonly status = 413;
  readonly type = 'too-large';
}

/** Too many requests from one address within a window; the caller says when to try again. */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly type = 'too-many-requests';
}

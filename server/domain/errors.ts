// Errors the domain raises. The HTTP layer maps each kind to one status code and a problem+json body,
// so a caller always learns what was wrong without seeing internals.

/** The values a problem's sentence mentions (numbers, names as written), for a client to word it itself. */
export type ProblemParams = Record<string, string | number>;

/**
 * One field-level detail. `message` is the English sentence; a problem a client may show to people who
 * read another language also carries a stable `code` and the `params` its sentence needs.
 */
export interface FieldError {
  field: string;
  message: string;
  code?: string;
  params?: ProblemParams;
}

/** A problem about the request as a whole, stable so that a client can word it in the reader's language. */
export interface ProblemCode {
  code: string;
  params: ProblemParams;
}

export abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 422;
  abstract readonly type: string;
  /** Field-level details (JSON pointer-ish path → message), for 422s a form can show next to its inputs. */
  readonly errors: FieldError[];
  /** Set where a problem that names no field is raised and a client may word it. */
  readonly coded: ProblemCode | undefined;

  constructor(message: string, errors: FieldError[] = [], coded?: ProblemCode) {
    super(message);
    this.name = new.target.name;
    this.errors = errors;
    this.coded = coded;
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

import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidAnswerError,
  InvalidInputError,
  InvalidQuestionnaireError,
  NotFoundError,
  TooLargeError,
  TooManyRequestsError,
  UnauthorizedError,
  UnknownQuestionnaireError,
} from '../../../server/domain/errors';

const coded = { code: 'resource.not-found' as const, params: {} };

describe('DomainError and its kinds', () => {
  it.each([
    { kind: UnauthorizedError, status: 401, type: 'unauthorized' },
    { kind: ForbiddenError, status: 403, type: 'forbidden' },
    { kind: NotFoundError, status: 404, type: 'not-found' },
    { kind: ConflictError, status: 409, type: 'conflict' },
    { kind: TooLargeError, status: 413, type: 'too-large' },
    { kind: InvalidAnswerError, status: 422, type: 'invalid-answer' },
    { kind: InvalidInputError, status: 422, type: 'invalid-input' },
    { kind: InvalidQuestionnaireError, status: 422, type: 'invalid-questionnaire' },
    { kind: UnknownQuestionnaireError, status: 422, type: 'unknown-questionnaire' },
    { kind: TooManyRequestsError, status: 429, type: 'too-many-requests' },
  ])('answers a $kind.name with $status and the type $type', ({ kind, status, type }) => {
    const error = new kind('It went wrong.', coded);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status, type, name: kind.name, message: 'It went wrong.', coded });
    expect(error.errors).toEqual([]);
  });

  it('carries the fields at fault, each with its code', () => {
    const fields = [
      { field: 'answers.pay_fair', message: 'must be one of 1, 2', code: 'answer.not-a-choice' as const },
    ];
    expect(
      new InvalidAnswerError('Answer answers.pay_fair must be one of 1, 2.', coded, fields).errors,
    ).toEqual(fields);
  });
});

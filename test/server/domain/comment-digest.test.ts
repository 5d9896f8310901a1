import { describe, expect, it } from 'vitest';
import { digestComments, MAX_COMMENTS_SHOWN } from '../../../server/domain/comment-digest';
import { fixtureQuestionnaire } from '../../fixtures/questionnaire';
import { makeResponse } from '../../fixtures/make-response';

const questionnaire = fixtureQuestionnaire();
const commentId = questionnaire.questions.find((q) => q.role === 'comment')!.id;
const withComments = (comments: (string | number | undefined)[]) =>
  comments.map((comment, i) =>
    makeResponse({
      departmentId: `d${i % 3}`,
      answers: comment === undefined ? {} : { [commentId]: comment },
    }),
  );

describe('digestComments', () => {
  it.each([
    { what: 'fewer commenters than the minimum', comments: ['a', 'b', 'c'], minimum: 4, shown: null },
    {
      what: 'exactly the minimum',
      comments: ['Pear', 'apple', 'Mango', 'banana'],
      minimum: 4,
      shown: ['apple', 'banana', 'Mango', 'Pear'],
    },
    {
      what: 'blank and non-text answers, which do not count',
      comments: ['  ', '', 42, undefined, 'one', 'two', 'three'],
      minimum: 4,
      shown: null,
    },
    {
      what: 'comments padded with spaces',
      comments: ['  zeta ', 'alpha', ' beta', 'gamma  '],
      minimum: 3,
      shown: ['alpha', 'beta', 'gamma', 'zeta'],
    },
  ])('with $what shows $shown', ({ comments, minimum, shown }) => {
    expect(digestComments(questionnaire, withComments(comments), minimum)).toEqual({
      minimum,
      comments: shown,
    });
  });

  it('orders comments alphabetically whatever order they were submitted in', () => {
    const comments = ['c', 'a', 'd', 'b', 'e'];
    const one = digestComments(questionnaire, withComments(comments), 3);
    const other = digestComments(questionnaire, withComments([...comments].reverse()), 3);
    expect(one).toEqual(other);
  });

  it(`shows at most ${MAX_COMMENTS_SHOWN} comments`, () => {
    const many = Array.from(
      { length: MAX_COMMENTS_SHOWN + 5 },
      (_, i) => `comment ${String(i).padStart(3, '0')}`,
    );
    expect(digestComments(questionnaire, withComments(many), 10).comments).toHaveLength(MAX_COMMENTS_SHOWN);
  });
});

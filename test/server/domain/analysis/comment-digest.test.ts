import { describe, expect, it } from 'vitest';
import { digestComments, MAX_COMMENTS_SHOWN } from '../../../../server/domain/analysis/comment-digest';
import { fixtureQuestionnaire } from '../../../fixtures/questionnaire';
import { makeResponse } from '../../../fixtures/make-response';

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
    {
      what: 'fewer commenters than the minimum',
      comments: ['a', 'b', 'c'],
      minimum: 4,
      shown: null,
    },
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
      shown: ['alpha', 'beta', 'zeta'],
    },
    {
      what: 'one comment past a whole batch, which waits for the next batch',
      comments: ['d', 'c', 'b', 'a', 'late'],
      minimum: 2,
      shown: ['b', 'c', 'd', 'a'].sort(),
    },
  ])('with $what shows $shown', ({ comments, minimum, shown }) => {
    expect(digestComments(questionnaire, withComments(comments), minimum)).toEqual({
      minimum,
      comments: shown,
    });
  });

  it('never shows one new comment: the list changes only by a whole batch of the minimum', () => {
    const comments = ['k', 'c', 'x', 'a', 'm', 'q', 'b'];
    const seen = comments.map((_, n) =>
      digestComments(questionnaire, withComments(comments.slice(0, n + 1)), 3),
    );
    for (let n = 1; n < seen.length; n++) {
      const before = seen[n - 1]!.comments ?? [];
      const after = seen[n]!.comments ?? [];
      expect([0, 3]).toContain(after.length - before.length);
    }
  });

  it('orders the comments it shows alphabetically, not in the order they were submitted', () => {
    expect(digestComments(questionnaire, withComments(['c', 'a', 'b']), 3).comments).toEqual(['a', 'b', 'c']);
  });

  it(`shows at most ${MAX_COMMENTS_SHOWN} comments`, () => {
    const many = Array.from(
      { length: MAX_COMMENTS_SHOWN + 5 },
      (_, i) => `comment ${String(i).padStart(3, '0')}`,
    );
    expect(digestComments(questionnaire, withComments(many), 10).comments).toHaveLength(MAX_COMMENTS_SHOWN);
  });
});

import { describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V1 } from '../../../../server/domain/instrument/barrier-model';
import { InvalidAnswerError } from '../../../../server/domain/errors';
import { assertScoreable, scalesNeeded } from '../../../../server/domain/anonymity/scoreable-response';
import { loadQuestionnaires } from '../../../../server/load-questionnaires';
import { answersAt } from '../../../fixtures/answers';
import { thrownBy } from '../../../fixtures/thrown-by';

const questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
const everything = answersAt(4);
const dontKnow = Object.fromEntries(Object.keys(everything).map((id) => [id, 'dk']));
const scaleItems = new Map<string, string[]>();
for (const q of questionnaire.questions) {
  if (q.scale && (q.role === 'likert' || q.role === 'knowledge')) {
    scaleItems.set(q.scale, [...(scaleItems.get(q.scale) ?? []), q.id]);
  }
}
const scales = [...scaleItems.keys()];
/** Every item of the first `count` scales answered, nothing else. */
const answeringScales = (count: number) =>
  Object.fromEntries(
    scales.slice(0, count).flatMap((s) => scaleItems.get(s)!.map((id) => [id, everything[id]])),
  );

describe('assertScoreable', () => {
  it.each([
    { what: 'a blank response', answers: {} },
    { what: 'a response of nothing but "don\'t know"', answers: dontKnow },
    { what: 'one real answer', answers: { pay_fair: 4 } },
    { what: 'one scale short of half', answers: answeringScales(scalesNeeded(scales.length) - 1) },
    {
      what: 'a comment and a profile answer only',
      answers: { comment: 'Fine.', profile_industry: 'services' },
    },
  ])('refuses $what, naming the scales still without a score', ({ answers }) => {
    const error = thrownBy(() => assertScoreable(questionnaire, BARRIER_MODEL_V1, answers as never));
    expect(error).toBeInstanceOf(InvalidAnswerError);
    expect((error as InvalidAnswerError).coded).toMatchObject({
      code: 'response.not-scoreable',
      params: { needed: scalesNeeded(scales.length), total: scales.length },
    });
    expect((error as InvalidAnswerError).errors.length).toBeGreaterThan(scales.length / 2);
  });

  it('names each scale without a score, and only those, with the counts a client words', () => {
    const needed = scalesNeeded(scales.length);
    const error = thrownBy(() =>
      assertScoreable(questionnaire, BARRIER_MODEL_V1, answeringScales(needed - 1) as never),
    ) as InvalidAnswerError;
    expect(error.coded.params).toEqual({ scored: needed - 1, needed, total: scales.length });
    expect(error.errors).toEqual(
      scales.slice(needed - 1).map((scale) => ({
        field: `scale:${scale}`,
        message: expect.stringMatching(/\w/),
        code: 'response.scale-unanswered',
        params: { scale },
      })),
    );
    expect(error.message).toContain(`${needed - 1} of the ${scales.length}`);
  });

  it.each([
    { what: 'every question answered', answers: everything },
    { what: 'exactly half of the scales', answers: answeringScales(scalesNeeded(scales.length)) },
  ])('takes $what', ({ answers }) => {
    expect(() => assertScoreable(questionnaire, BARRIER_MODEL_V1, answers as never)).not.toThrow();
  });

  it.each([
    { scales: 1, needed: 1 },
    { scales: 19, needed: 10 },
    { scales: 20, needed: 10 },
  ])('needs $needed of $scales scales', ({ scales, needed }) => {
    expect(scalesNeeded(scales)).toBe(needed);
  });
});

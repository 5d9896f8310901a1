import { describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V2, type DimensionId } from '../../../../server/domain/instrument/barrier-model';
import {
  dimensionAgreement,
  dimensionAgreementFromMoments,
} from '../../../../server/domain/analysis/group-agreement';
import { parseQuestionnaire } from '../../../../server/domain/instrument/questionnaire';
import { scoreItem } from '../../../../server/domain/instrument/scoring';
import { addMoment, emptyMoments, type Moments } from '../../../../server/domain/statistics/moments';
import { itemScoreRows, likertQuestionnaire } from '../../../fixtures/item-scores';
import { likertItem } from '../../../fixtures/questionnaire';

// Two culture items, one hygiene item, one OKR/KPI likert item and one OKR/KPI knowledge scenario.
const QUESTIONNAIRE = likertQuestionnaire(
  {
    safety_report_miss: 'culture.safety',
    commitment_worth_effort: 'culture.commitment',
    pay_fair: 'hygiene.pay',
    decoupling_stretch_valued: 'okr-kpi.decoupling',
  },
  ['knowledge_steady_delivery'],
);
const CULTURE = ['safety_report_miss', 'commitment_worth_effort'];
const dimension = (id: DimensionId) => BARRIER_MODEL_V2.dimensions.find((d) => d.id === id)!;

/** Every member gives the same answer to both culture items. */
const cultureAnswers = (answers: (number | null)[]) =>
  itemScoreRows(
    CULTURE,
    answers.map((a) => [a, a]),
  );

describe('dimensionAgreement', () => {
  it.each([
    { situation: 'everyone agrees (all 4)', answers: [4, 4, 4, 4, 4], rwgJ: 1, rStar: 1 },
    { situation: 'everyone strongly disagrees', answers: [1, 1, 1], rwgJ: 1, rStar: 1 },
    // Two of each answer: sample variance 20/9 ≈ 2.22 is above the uniform null's 2, so no agreement.
    {
      situation: 'answers spread uniformly over 1–5',
      answers: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5],
      rwgJ: 0,
      rStar: 0,
    },
    // Variance 10/4 = 2.5 ≥ 2: a group split into two camps agrees less than random answering.
    { situation: 'the group is split between 1 and 5', answers: [1, 1, 5, 5], rwgJ: 0, rStar: 0 },
    // Variance of 4,4,5,5 is 1/3, so s̄²/σ² = 1/6: rwg(j) = 2·(5/6) / (2·(5/6) + 1/6) = 10/11, r*wg(j) = 5/6.
    { situation: 'answers are 4 or 5', answers: [4, 4, 5, 5], rwgJ: 10 / 11, rStar: 5 / 6 },
  ])('gives rwg(j) $rwgJ and r*wg(j) $rStar when $situation', ({ answers, rwgJ, rStar }) => {
    const result = dimensionAgreement(QUESTIONNAIRE, dimension('culture'), cultureAnswers(answers));
    expect(result.items).toBe(2);
    expect(result.rwgJ).toBeCloseTo(rwgJ, 8);
    expect(result.rStarWgJ).toBeCloseTo(rStar, 8);
  });

  it('grows rwg(j) with the number of items while r*wg(j) stays put', () => {
    // One culture item answered 4,4,5,5: rwg = 5/6; the same answers on two items gave 10/11 above.
    const oneItem = itemScoreRows(['safety_report_miss'], [[4], [4], [5], [5]]);
    const result = dimensionAgreement(QUESTIONNAIRE, dimension('culture'), oneItem);
    expect(result.items).toBe(1);
    expect(result.rwgJ).toBeCloseTo(5 / 6, 8);
    expect(result.rStarWgJ).toBeCloseTo(5 / 6, 8);
  });

  it('counts only the likert items of the dimension asked about', () => {
    // Culture items agree perfectly; the hygiene item is split, and must not lower culture agreement.
    const members = itemScoreRows(
      [...CULTURE, 'pay_fair'],
      [
        [4, 4, 1],
        [4, 4, 5],
        [4, 4, 1],
        [4, 4, 5],
      ],
    );
    expect(dimensionAgreement(QUESTIONNAIRE, dimension('culture'), members)).toEqual({
      items: 2,
      rwgJ: 1,
      rStarWgJ: 1,
    });
    expect(dimensionAgreement(QUESTIONNAIRE, dimension('hygiene'), members)).toEqual({
      items: 1,
      rwgJ: 0,
      rStarWgJ: 0,
    });
  });

  it('leaves knowledge scenarios out of agreement on OKR/KPI', () => {
    // Right (100) and wrong (0) in turn would be total disagreement if the scenario counted.
    const members = [0, 100, 0, 100].map((knowledge) => ({
      decoupling_stretch_valued: 75,
      knowledge_steady_delivery: knowledge,
    }));
    expect(dimensionAgreement(QUESTIONNAIRE, dimension('okr-kpi'), members)).toEqual({
      items: 1,
      rwgJ: 1,
      rStarWgJ: 1,
    });
  });

  it('leaves a scale that is only reported (trust in management) out of culture agreement', () => {
    const withTrust = likertQuestionnaire(
      { safety_report_miss: 'culture.safety', trust_keeps_word: 'culture.trust' },
      [],
      '2',
    );
    const members = itemScoreRows(
      ['safety_report_miss', 'trust_keeps_word'],
      [
        [4, 1],
        [4, 5],
        [4, 1],
        [4, 5],
      ],
    );
    expect(dimensionAgreement(withTrust, dimension('culture'), members)).toEqual({
      items: 1,
      rwgJ: 1,
      rStarWgJ: 1,
    });
  });

  it('skips an item with fewer than two answers in the group', () => {
    // Only one member answered the commitment item; the safety item (4,4,5,5) decides alone.
    const members = itemScoreRows(CULTURE, [
      [4, 1],
      [4, null],
      [5, null],
      [5, null],
    ]);
    const result = dimensionAgreement(QUESTIONNAIRE, dimension('culture'), members);
    expect(result.items).toBe(1);
    expect(result.rwgJ).toBeCloseTo(5 / 6, 8);
  });

  it('measures agreement in a group of two', () => {
    // Both items 4 and 5: variance 1/2, s̄²/σ² = 1/4, so rwg(j) = 2·(3/4) / (2·(3/4) + 1/4) = 6/7.
    const result = dimensionAgreement(QUESTIONNAIRE, dimension('culture'), cultureAnswers([4, 5]));
    expect(result.items).toBe(2);
    expect(result.rwgJ).toBeCloseTo(6 / 7, 8);
    expect(result.rStarWgJ).toBeCloseTo(3 / 4, 8);
  });

  it.each([
    { situation: 'the group has a single member', members: cultureAnswers([4]) },
    { situation: 'nobody answered the dimension', members: cultureAnswers([null, null, null]) },
    { situation: 'the group is empty', members: [] },
  ])('has no agreement to report when $situation', ({ members }) => {
    expect(dimensionAgreement(QUESTIONNAIRE, dimension('culture'), members)).toEqual({
      items: 0,
      rwgJ: null,
      rStarWgJ: null,
    });
  });

  it('has no items for a dimension the questionnaire does not ask about', () => {
    expect(
      dimensionAgreement(QUESTIONNAIRE, dimension('breakdown'), cultureAnswers([4, 4, 4])),
    ).toMatchObject({
      items: 0,
      rwgJ: null,
    });
  });
});

describe('dimensionAgreementFromMoments', () => {
  // Culture on two scales, one item reverse-coded, beside a hygiene item and a culture scale only reported.
  const KEYED = parseQuestionnaire({
    questionnaireId: 'agreement-twin',
    modelVersion: '2',
    title: 'Agreement twin',
    pages: [
      {
        name: 'items',
        elements: [
          likertItem('safety_report_miss', 'culture.safety'),
          likertItem('safety_blame', 'culture.safety', true),
          likertItem('commitment_worth_effort', 'culture.commitment'),
          likertItem('trust_keeps_word', 'culture.trust'),
          likertItem('pay_fair', 'hygiene.pay'),
        ],
      },
    ],
  });
  const IDS = [
    'safety_report_miss',
    'safety_blame',
    'commitment_worth_effort',
    'trust_keeps_word',
    'pay_fair',
  ];
  const question = (id: string) => KEYED.questions.find((q) => q.id === id)!;

  /** Members' 1–5 answers (null: skipped) as the list path reads them: 0–100 item scores. */
  const scoresOf = (answers: readonly (readonly (number | null)[])[]) =>
    answers.map((row) =>
      Object.fromEntries(IDS.map((id, j) => [id, scoreItem(question(id), row[j] ?? undefined)])),
    );

  /** The same members as a tally keeps them: per item, moments of the keyed answers, reverse items turned. */
  const totalsOf = (answers: readonly (readonly (number | null)[])[]) => {
    const items = new Map<string, Moments>();
    IDS.forEach((id, j) => {
      const m = emptyMoments();
      for (const row of answers) {
        const answer = row[j];
        if (typeof answer === 'number') addMoment(m, question(id).reverse ? 6 - answer : answer);
      }
      if (m.n > 0) items.set(id, m);
    });
    return items;
  };

  it.each([
    {
      case: 'everyone agreeing',
      answers: [
        [4, 2, 4, 1, 5],
        [4, 2, 4, 5, 1],
        [4, 2, 4, 3, 3],
      ],
    },
    {
      case: 'answers of 4 and 5',
      answers: [
        [4, 2, 5, 3, 1],
        [5, 1, 4, 3, 1],
        [4, 1, 5, 3, 1],
        [5, 2, 4, 3, 1],
      ],
    },
    {
      case: 'a split group',
      answers: [
        [1, 5, 1, 3, 3],
        [5, 1, 5, 3, 3],
        [1, 5, 1, 3, 3],
        [5, 1, 5, 3, 3],
      ],
    },
    {
      case: 'answers spread uniformly',
      answers: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5].map((a) => [a, 6 - a, a, a, a]),
    },
    {
      case: 'an item answered by one member only',
      answers: [
        [4, 2, 1, 3, 3],
        [4, null, null, 3, 3],
        [5, null, null, 3, 3],
      ],
    },
    {
      case: 'a group of two',
      answers: [
        [4, 2, 4, 3, 3],
        [5, 1, 5, 3, 3],
      ],
    },
    { case: 'a single member', answers: [[4, 2, 4, 3, 3]] },
    {
      case: 'nobody answering the dimension',
      answers: [
        [null, null, null, 3, 3],
        [null, null, null, 4, 4],
      ],
    },
    { case: 'an empty group', answers: [] },
    {
      case: 'a large department',
      answers: Array.from({ length: 5000 }, (_, i) => [
        (i % 5) + 1,
        5 - (i % 3),
        (i % 4) + 2,
        3,
        (i % 2) + 1,
      ]),
    },
  ])('gives what the list gives for $case', ({ answers }) => {
    for (const id of ['culture', 'hygiene'] as const) {
      expect(dimensionAgreementFromMoments(KEYED, dimension(id), totalsOf(answers))).toEqual(
        dimensionAgreement(KEYED, dimension(id), scoresOf(answers)),
      );
    }
  });

  it('reads an agreement item without totals as unanswered in the group', () => {
    const answers = [
      [4, 2, 4, 3, 3],
      [5, 1, 4, 3, 3],
    ];
    const totals = totalsOf(answers);
    totals.delete('commitment_worth_effort');
    expect(dimensionAgreementFromMoments(KEYED, dimension('culture'), totals)).toMatchObject({ items: 2 });
    expect(dimensionAgreementFromMoments(KEYED, dimension('culture'), new Map())).toEqual({
      items: 0,
      rwgJ: null,
      rStarWgJ: null,
    });
  });
});

// Is a department's view shared? Within-group agreement on a dimension over its agreement items:
// rwg(j) (James, Demaree & Wolf 1984), which the model's cut-offs use, and Lindell's r*wg(j), reported
// beside it because rwg(j) grows with the number of items while r*wg(j) does not.

import { decidingScales, type DimensionDefinition } from '../instrument/barrier-model';
import type { Questionnaire } from '../instrument/questionnaire';
import { rStarWgJ, rwgJ } from '../statistics/agreement';
import { stable } from '../statistics/descriptive';
import { momentsVariance, type Moments } from '../statistics/moments';

export interface Agreement {
  /** Items with at least two answers in the group. */
  items: number;
  rwgJ: number | null;
  rStarWgJ: number | null;
}

/** Agreement of one group on one dimension, from its members' 0–100 item scores on its deciding scales. */
export function dimensionAgreement(
  questionnaire: Questionnaire,
  dimension: DimensionDefinition,
  itemScores: readonly Record<string, number | null>[],
): Agreement {
  const variances: number[] = [];
  for (const q of agreementItems(questionnaire, dimension)) {
    // Back on the 1–5 answer scale, where the uniform null distribution's variance is (5² − 1)/12 = 2.
    // One pass with no copies: a large department has tens of thousands of answers per item. Sums of
    // floats, not exact moments: a score given here need not be a whole number of answer steps.
    let n = 0;
    let sum = 0;
    let sumOfSquares = 0;
    for (const items of itemScores) {
      const score = items[q.id];
      if (typeof score !== 'number') continue;
      const answer = score / 25 + 1;
      n += 1;
      // Stryker disable next-line AssignmentOperator: equivalent, only the square of the sum is read
      sum += answer;
      sumOfSquares += answer * answer;
    }
    if (n >= 2) variances.push(Math.max(0, (sumOfSquares - (sum * sum) / n) / (n - 1)));
  }
  return agreementOf(variances);
}

/**
 * The same agreement from running totals: per agreement item, the moments of the group's keyed answers
 * (1–5, reverse-coded items turned round). An item without totals has no answers in the group.
 */
export function dimensionAgreementFromMoments(
  questionnaire: Questionnaire,
  dimension: DimensionDefinition,
  items: ReadonlyMap<string, Moments>,
): Agreement {
  const variances: number[] = [];
  for (const q of agreementItems(questionnaire, dimension)) {
    const m = items.get(q.id);
    const variance = m ? momentsVariance(m, 1) : null;
    if (variance !== null) variances.push(variance);
  }
  return agreementOf(variances);
}

/** rwg(j) and r*wg(j) from the 1–5 variances of the items with at least two answers: the rule both share. */
function agreementOf(variances: readonly number[]): Agreement {
  return { items: variances.length, rwgJ: stable(rwgJ(variances)), rStarWgJ: stable(rStarWgJ(variances)) };
}

/** The likert items of the dimension's deciding scales, in questionnaire order. */
function agreementItems(questionnaire: Questionnaire, dimension: DimensionDefinition) {
  const scales = new Set(decidingScales(dimension).map((s) => s.id));
  return questionnaire.questions.filter(
    (q) => q.role === 'likert' && q.scale !== null && scales.has(q.scale),
  );
}

// The quantile functions a report calls, remembering what they solved: a report asks the same few (95%
// intervals at the group sizes it shows) hundreds of times, and each is a root search. Kept apart from
// distributions.ts so that the functions themselves stay stateless and are tested as such. Bounded, since
// the arguments come from data.

import { fisherFQuantile, normalQuantile, studentTQuantile } from './distributions';

function remembered<A extends number[]>(solve: (...args: A) => number | null): (...args: A) => number | null {
  const solved = new Map<string, number | null>();
  return (...args) => {
    const key = args.join(' ');
    const known = solved.get(key);
    // Solving again, or forgetting sooner or later, gives the same answer: only time and memory differ.
    // Stryker disable next-line ConditionalExpression: equivalent, see above
    if (known !== undefined) return known;
    const q = solve(...args);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
    if (solved.size >= 4096) solved.clear();
    solved.set(key, q);
    return q;
  };
}

export const rememberedStudentTQuantile = remembered(studentTQuantile);
export const rememberedNormalQuantile = remembered(normalQuantile);
export const rememberedFisherFQuantile = remembered(fisherFQuantile);

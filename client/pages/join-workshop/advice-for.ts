// The coach's advice about one field of the draft (the objective, or the key result at an index), what to
// change first and what already holds after it, so the first line under a field is the one to act on.

import type { CoachAdvice } from '../../api/workshop-types';

export function adviceFor(advice: readonly CoachAdvice[], target: CoachAdvice['target']): CoachAdvice[] {
  const mine = advice.filter((a) => a.target === target);
  return [...mine.filter((a) => a.level === 'advice'), ...mine.filter((a) => a.level === 'ok')];
}

/** The key results a participant types into: what they have, blank fields up to the advised two. */
export function keyResultFields(keyResults: readonly string[]): string[] {
  const fields = [...keyResults];
  while (fields.length < 2) fields.push('');
  return fields;
}

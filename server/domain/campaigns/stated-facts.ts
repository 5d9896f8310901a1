// What HR stated about the organization, in words, for a report's reader: the facts are about the
// organization rather than anyone's answers, so every reader of the report may see them.

import type { LocalText } from '../instrument/barrier-model';
import {
  ORGANIZATION_FACT_KEYS,
  ORGANIZATION_FACTS,
  type OrganizationFactKey,
  type OrganizationFacts,
} from './organization-facts';

export interface StatedFact {
  fact: OrganizationFactKey;
  question: LocalText;
  answer: LocalText;
}

/** The facts HR gave, in the order the campaign form asks them; a fact HR left open is not listed. */
export function statedFacts(facts: OrganizationFacts): StatedFact[] {
  return ORGANIZATION_FACT_KEYS.flatMap((fact) => {
    const given = facts[fact];
    // `false` here is equivalent (no answer is keyed null); its twin `true` is caught by the tests.
    // Stryker disable next-line ConditionalExpression: see above
    if (given === null) return [];
    const answers: Record<string, LocalText> = ORGANIZATION_FACTS[fact].answers;
    const answer = answers[given];
    // A stored answer the model no longer offers is left out rather than shown as a blank.
    return answer ? [{ fact, question: ORGANIZATION_FACTS[fact].question, answer }] : [];
  });
}

import { useId } from 'react';
import type { OrganizationFacts } from '../api/client';
import { ORGANIZATION_FACTS_TEXT } from './organization-facts-text';
import { ResourceView } from './resource-view';
import { useUiLanguage } from './ui-language';
import { useFactDefinitions } from './use-fact-definitions';

/**
 * HR's answers about the organization as one group of selects, each starting at "Not stated": the campaign
 * form and a draft's settings offer the same questions, in the server's words.
 */
export function OrganizationFactsFields({
  value,
  onChange,
  askedOfStaff = false,
}: {
  /** A fact missing here is not stated, as is one that is null. */
  value: Partial<OrganizationFacts>;
  onChange: (facts: Partial<OrganizationFacts>) => void;
  /** An earlier questionnaire asks staff instead, and routes by their answers: HR is not asked. */
  askedOfStaff?: boolean;
}) {
  const definitions = useFactDefinitions();
  const { language } = useUiLanguage();
  const text = ORGANIZATION_FACTS_TEXT[language];
  const explanationId = useId();
  if (askedOfStaff)
    return (
      <fieldset className="organization-facts">
        <legend>{text.heading}</legend>
        <p className="muted">{text.askedOfStaff}</p>
      </fieldset>
    );
  return (
    <fieldset className="organization-facts" aria-describedby={explanationId}>
      <legend>
        {text.heading}
        <span className="muted optional">{text.optional}</span>
      </legend>
      <p id={explanationId} className="muted">
        {text.explanation}
      </p>
      <ResourceView resource={definitions}>
        {(facts) =>
          (Object.keys(facts) as (keyof OrganizationFacts)[]).map((key) => (
            <label key={key}>
              {facts[key].question[language]}
              <select
                name={key}
                value={value[key] ?? ''}
                onChange={(e) =>
                  onChange({ ...value, [key]: e.target.value || null } as Partial<OrganizationFacts>)
                }
              >
                <option value="">{text.notStated}</option>
                {Object.entries(facts[key].answers).map(([answer, words]) => (
                  <option key={answer} value={answer}>
                    {words[language]}
                  </option>
                ))}
              </select>
            </label>
          ))
        }
      </ResourceView>
    </fieldset>
  );
}

import { Fragment } from 'react';
import type { LocalText } from '../../server/domain/instrument/barrier-model';
import { ORGANIZATION_FACTS_TEXT } from './organization-facts-text';
import { useUiLanguage } from './ui-language';

export interface FactRow {
  question: LocalText;
  /** Null where HR did not say. */
  answer: LocalText | null;
}

/** HR's facts read back as question and answer, for a campaign that opened and for its report. */
export function OrganizationFactsList({ facts, testId }: { facts: FactRow[]; testId?: string }) {
  const { language } = useUiLanguage();
  const text = ORGANIZATION_FACTS_TEXT[language];
  return (
    <dl className="settings-list fact-list" data-testid={testId}>
      {facts.map((fact) => (
        <Fragment key={fact.question.en}>
          <dt>{fact.question[language]}</dt>
          <dd>{fact.answer?.[language] ?? text.notStated}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

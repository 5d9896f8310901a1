import { useId, type Ref } from 'react';
import type { Language } from '../../components/language-switch';
import { SURVEY_TEXT } from './survey-text';
import type { PagePosition } from './use-page-position';

/** "Page 3 of 11" and a bar filled to the same share, the same at every width. */
export function SurveyProgress({
  position,
  language,
  ref,
}: {
  position: PagePosition;
  language: Language;
  ref?: Ref<HTMLDivElement>;
}) {
  const id = useId();
  return (
    <div className="survey-progress" ref={ref}>
      <span id={id}>{SURVEY_TEXT[language].progress(position.page, position.pages)}</span>
      <progress aria-labelledby={id} max={position.pages} value={position.page} />
    </div>
  );
}

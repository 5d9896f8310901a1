import type { Language } from '../../shared/languages';
import { errorText } from './error-text';
import { useUiLanguage } from './ui-language';

/**
 * A form's failure, announced when it appears; nothing while there is none. A problem is worded by
 * errorText in the page's language (or `language`, where a page speaks its own); a string is a sentence
 * the page has already worded.
 */
export function FormError({ error, language }: { error: unknown; language?: Language }) {
  const ui = useUiLanguage();
  if (error === null || error === undefined || error === '') return null;
  return (
    <p role="alert" className="error">
      {typeof error === 'string' ? error : errorText(error, language ?? ui.language)}
    </p>
  );
}

// A questionnaire's own text (its title, its description) in the respondent's language, with the campaign's
// figures filled in where it reads {minGroupSize}, {surveyMinutes} …, as SurveyJS fills them in the
// questions. The page shows these texts itself, above the survey, instead of SurveyJS's tall header.

import type { Language } from '../../components/language-switch';

/**
 * The text for `language` (SurveyJS keeps English as `default` and falls back to it), with each
 * `{name}` that `values` holds replaced; a plain string is the same in every language.
 *
 * @example
 * localText({ default: 'At least {min} people', 'zh-cn': '至少 {min} 人' }, 'zh-cn', { min: 5 }) // → '至少 5 人'
 */
export function localText(value: unknown, language: Language, values: Record<string, number> = {}): string {
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'object' && value !== null
        ? ((value as Record<string, unknown>)[language === 'en' ? 'default' : language] ??
          (value as Record<string, unknown>).default)
        : undefined;
  if (typeof text !== 'string') return '';
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

/** Whether a questionnaire's text states the answering time itself ({surveyMinutes}). */
export function statesMinutes(value: unknown): boolean {
  const texts = typeof value === 'object' && value !== null ? Object.values(value) : [value];
  return texts.some((t) => typeof t === 'string' && t.includes('{surveyMinutes}'));
}

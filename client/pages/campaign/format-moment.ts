// A moment the server gives in UTC, written in the reader's own time zone and language.

import type { Language } from '../../../shared/languages';

export function formatMoment(iso: string, language: Language): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

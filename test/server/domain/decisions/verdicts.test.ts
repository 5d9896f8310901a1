import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../server/domain/instrument/barrier-model';
import { VERDICT_TEXT, VERDICTS } from '../../../../server/domain/decisions/verdicts';

describe('VERDICT_TEXT', () => {
  it.each(VERDICTS.flatMap((verdict) => LANGUAGES.map((language) => ({ verdict, language }))))(
    'gives $verdict a title and a summary in $language',
    ({ verdict, language }) => {
      const { title, summary } = VERDICT_TEXT[verdict];
      expect(title[language].length).toBeGreaterThan(0);
      expect(summary[language].length).toBeGreaterThan(title[language].length);
    },
  );

  it('words no two verdicts alike', () => {
    for (const language of LANGUAGES) {
      expect(new Set(VERDICTS.map((v) => VERDICT_TEXT[v].title[language])).size).toBe(VERDICTS.length);
    }
  });
});

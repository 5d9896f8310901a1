// Respondents are addressed one way throughout the survey: as 您, in every shipped questionnaire, with
// Chinese punctuation in Chinese text (a 你 on one page and 您 on the next reads as careless).

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../questionnaires/', import.meta.url);
const files = readdirSync(DIR).filter((name) => name.startsWith('readiness-') && name.endsWith('.json'));

/** Every Chinese text of a questionnaire's JSON, wherever it stands. */
function chineseTexts(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) chineseTexts(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'zh-cn' && typeof inner === 'string') found.push(inner);
      else chineseTexts(inner, found);
    }
  }
  return found;
}

describe.each(files)('%s', (file) => {
  const texts = chineseTexts(JSON.parse(readFileSync(new URL(file, DIR), 'utf8')));

  it('addresses the respondent as 您, never 你', () => {
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => t.includes('你'))).toEqual([]);
  });

  it('puts no Latin punctuation next to Chinese characters', () => {
    const latin = /[\u4e00-\u9fff][?!,:;(]|[?!,:;)][\u4e00-\u9fff]/;
    expect(texts.filter((t) => latin.test(t))).toEqual([]);
  });
});

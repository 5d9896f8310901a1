// The answering-time estimate against figures worked out by hand (MODEL.md section 2.8): 228 words a minute
// in English, 255 characters a minute in Chinese, 4 s to choose, 3 s a page, a scale's labels read once a page.

import { describe, expect, it } from 'vitest';
import { completionMinutes, completionSeconds, readingSeconds } from '../../../server/domain/completion-time';

const text = (en: string, zh: string) => ({ default: en, 'zh-cn': zh });
const LIKERT = [1, 2, 3, 4, 5].map((value) => ({ value, text: text('Agree', '同意') }));

describe('readingSeconds', () => {
  it.each([
    { text: 'Four words to read', language: 'en' as const, seconds: (4 * 60) / 228 },
    // Markup and a {variable} read as one word; punctuation alone is no word.
    { text: '<p>About {minutes} minutes</p> —', language: 'en' as const, seconds: (3 * 60) / 228 },
    { text: '五个汉字啊', language: 'zh-cn' as const, seconds: (5 * 60) / 255 },
    // "OKR" and "15%" each read as one character among the Chinese.
    { text: '用 OKR 提高 15%', language: 'zh-cn' as const, seconds: (5 * 60) / 255 },
  ])('reads "$text" ($language) in $seconds s', ({ text: t, language, seconds }) => {
    expect(readingSeconds(t, language)).toBeCloseTo(seconds, 10);
  });
});

describe('completionSeconds', () => {
  // One page: a title of two words, two agreement items of three words each with five one-word labels.
  const json = {
    title: text('Survey title', '标题'),
    pages: [
      {
        title: text('Page one', '第一'),
        elements: [
          { type: 'radiogroup', role: 'likert', title: text('One two three', '一二三'), choices: LIKERT },
          { type: 'radiogroup', role: 'likert', title: text('Four five six', '四五六'), choices: LIKERT },
          { type: 'comment', role: 'comment', title: text('Anything else here?', '其他'), choices: [] },
        ],
      },
    ],
  };

  it('adds reading, a page, the labels once, and the choosing of each answer (none for free text)', () => {
    const words = 2 + 2 + 3 + 5 + 3 + 3;
    expect(completionSeconds(json, 'en')).toBeCloseTo((words * 60) / 228 + 3 + 2 * 4, 10);
    const characters = 2 + 2 + 3 + 10 + 3 + 2;
    expect(completionSeconds(json, 'zh-cn')).toBeCloseTo((characters * 60) / 255 + 3 + 2 * 4, 10);
  });

  it('states whole minutes, rounded up, in the slower language asked', () => {
    const seconds = Math.max(completionSeconds(json, 'en'), completionSeconds(json, 'zh-cn'));
    expect(completionMinutes(json, ['en', 'zh-cn'])).toBe(Math.ceil(seconds / 60));
    expect(completionMinutes(json, ['en'])).toBe(1);
  });
});

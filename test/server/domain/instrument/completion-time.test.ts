// The answering-time estimate against figures worked out by hand (MODEL.md section 2.8): 228 words a minute
// in English, 255 characters a minute in Chinese, 4 s to choose, 3 s a page, a scale's labels read once a page.

import { describe, expect, it } from 'vitest';
import {
  completionMinutes,
  completionSeconds,
  readingSeconds,
} from '../../../../server/domain/instrument/completion-time';

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
    // Tags of any length part the words they sit between; a variable reads as one number, in Chinese too.
    { text: 'Read<br/>this <strong>now</strong>', language: 'en' as const, seconds: (3 * 60) / 228 },
    { text: '共{count_2}个', language: 'zh-cn' as const, seconds: (3 * 60) / 255 },
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

describe('completionSeconds on every kind of element', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

  it.each([
    {
      what: 'a plain-string title, read the same in both languages',
      json: { title: 'Plain title' },
      en: 2,
      zh: 2,
      fixed: 0,
    },
    {
      what: 'a survey description',
      json: { description: text('Three word description', '三字描') },
      en: 3,
      zh: 3,
      fixed: 0,
    },
    {
      what: 'a page title and description, and the moment to turn the page',
      json: { pages: [{ title: text('Page', '页'), description: text('Page note', '页注'), elements: [] }] },
      en: 3,
      zh: 3,
      fixed: 3,
    },
    {
      what: 'an html block, read but not answered',
      json: { pages: [{ elements: [{ type: 'html', html: text('<b>Read</b> this first', '先读') }] }] },
      en: 3,
      zh: 2,
      fixed: 3,
    },
    {
      what: 'a free-text question with a description, read but not chosen',
      json: {
        pages: [
          {
            elements: [
              { type: 'text', title: text('Your team', '团队'), description: text('Optional', '可选') },
            ],
          },
        ],
      },
      en: 3,
      zh: 4,
      fixed: 3,
    },
    {
      what: 'questions inside a panel',
      json: {
        pages: [
          {
            elements: [
              {
                type: 'panel',
                elements: [{ type: 'radiogroup', title: text('Which', '哪个'), choices: ['okr', 'kpi'] }],
              },
            ],
          },
        ],
      },
      en: 1 + 2,
      zh: 2 + 2,
      fixed: 3 + 4,
    },
    {
      what: 'the same labels on two knowledge questions, read each time: only scales are recognised',
      json: {
        pages: [
          {
            elements: [
              { type: 'radiogroup', title: text('Which', '哪个'), choices: ['okr', 'kpi'] },
              { type: 'radiogroup', title: text('Which', '哪个'), choices: ['okr', 'kpi'] },
            ],
          },
        ],
      },
      en: 2 * (1 + 2),
      zh: 2 * (2 + 2),
      fixed: 3 + 2 * 4,
    },
    {
      what: 'the labels of two outcome questions, read once a page like a scale',
      json: {
        pages: [
          {
            elements: [
              { type: 'rating', role: 'outcome', title: text('Happy', '满意'), choices: LIKERT },
              { type: 'rating', role: 'outcome', title: text('Proud', '自豪'), choices: LIKERT },
            ],
          },
          { elements: [{ type: 'rating', role: 'outcome', title: text('Again', '再次'), choices: LIKERT }] },
        ],
      },
      en: 3 + 2 * 5,
      zh: 6 + 2 * 10,
      fixed: 2 * 3 + 3 * 4,
    },
    {
      what: 'a choice question without a list of choices: its title and the choosing',
      json: { pages: [{ elements: [{ type: 'radiogroup', title: text('Which', '哪个') }] }] },
      en: 1,
      zh: 2,
      fixed: 3 + 4,
    },
    {
      what: 'nothing for elements and pages that are no objects',
      json: {
        pages: [null, { elements: [null, [], 'text', { type: 'boolean', title: text('Yes', '是') }] }],
      },
      en: 1,
      zh: 1,
      fixed: 3 + 4,
    },
    {
      what: 'the default text as English, whatever an "en" entry says',
      json: { title: { default: 'Two words', en: 'Three more words', 'zh-cn': '两个' } },
      en: 2,
      zh: 2,
      fixed: 0,
    },
    {
      what: 'English where a text has no Chinese, and nothing for a text that is no text',
      json: { title: { default: 'Only English here' }, description: { default: 42 }, pages: 'none' },
      en: 3,
      zh: 3,
      fixed: 0,
    },
  ])('counts $what', ({ json, en, zh, fixed }) => {
    expect(completionSeconds(json, 'en')).toBeCloseTo((en * 60) / 228 + fixed, 10);
    expect(completionSeconds(json, 'zh-cn')).toBeCloseTo((zh * 60) / 255 + fixed, 10);
  });

  it('promises the minutes of the slower language, whichever it is', () => {
    // 300 English words take 79 s; their two-character Chinese version under half a second.
    const json = { title: text(words(300), '很短') };
    expect(completionMinutes(json, ['en', 'zh-cn'])).toBe(2);
    expect(completionMinutes(json, ['zh-cn', 'en'])).toBe(2);
    expect(completionMinutes(json, ['zh-cn'])).toBe(1);
  });
});

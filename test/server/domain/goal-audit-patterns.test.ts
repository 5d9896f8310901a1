// The goal audit's patterns and scanners read any text in one pass. No test here measures time (the
// machines are shared): each hostile text is 200,000 characters long, so a pattern that rereads a run from
// each of its positions does billions of steps and runs past the timeout, while a linear one takes
// milliseconds, far inside it. The timeout is 10 s rather than the suite's 60 so that a machine several
// times faster than ours still catches it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as patterns from '../../../server/domain/goal-audit-patterns';
import { hasChineseQuantity, trimItem } from '../../../server/domain/goal-audit-patterns';

const LENGTH = 200_000;
const run = (unit: string, before = '', after = 'x', length = LENGTH): string =>
  before + unit.repeat(Math.ceil(length / unit.length)) + after;

/** Runs of what the patterns repeat, each after what starts a pattern and before what makes it fail. */
const HOSTILE: Record<string, string> = {
  'Chinese numerals': run('三'),
  'Chinese numerals with magnitudes': run('一十'),
  'Chinese numerals after 零': run('零三'),
  'the numeral 一': run('一'),
  digits: run('1'),
  'digits and 个': run('3个'),
  'digits and 月': run('1月'),
  'spaces after a numeral': run(' ', '三'),
  'spaces after a number and 个': run(' ', '3 个'),
  'spaces after "within"': run(' ', 'within'),
  'spaces after "within the next 3"': run(' ', 'within the next 3'),
  'spaces after "in 3"': run(' ', 'in 3'),
  'spaces after "Q1"': run(' ', 'Q1'),
  'spaces after "Q1 FY"': run(' ', 'Q1 FY'),
  'spaces after "Objective"': run(' ', 'Objective'),
  'spaces after "O"': run(' ', 'O'),
  'spaces after "KR"': run(' ', 'KR'),
  'spaces after "key results"': run(' ', 'key results'),
  'spaces after "the"': run(' ', 'the'),
  'spaces between words': run(' ', 'grow', 'revenue'),
  // Each step of a bullet's indent is cheap, so rereading it from every line shows only on a longer text.
  'indented blank lines': run('\n ', '', 'x', 2 * LENGTH),
  'tabbed blank lines': run('\n\t\t', '', 'x', 2 * LENGTH),
  'line breaks': run('\n'),
  'repeated "within "': run('within '),
  'repeated "ensure "': run('ensure '),
  'repeated 确保': run('确保'),
  'repeated "1. "': run('1. '),
  'repeated ". "': run('. '),
  'full stops': run('.'),
  'Chinese commas': run('，'),
  'colons and spaces': run(': '),
  bullets: run('\n- a'),
  letters: run('a'),
  'a mixed objective': run('目标：三 1. KR ; 一十万 within 3 保持 '),
};

/** Every pattern the module exports, whether alone or in a list. */
const PATTERNS: [string, RegExp][] = Object.entries(patterns).flatMap(([name, value]) => {
  if (value instanceof RegExp) return [[name, value] as [string, RegExp]];
  if (Array.isArray(value))
    return value
      .filter((re): re is RegExp => re instanceof RegExp)
      .map((re, i) => [`${name}[${i}]`, re] as [string, RegExp]);
  return [];
});

/** A copy that searches the whole text, trying every position as a start: the most work a pattern can do. */
const everywhere = (re: RegExp): RegExp =>
  new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);

describe('goal audit patterns on hostile text', { timeout: 10_000 }, () => {
  it('finds every pattern the module exports', () => {
    expect(PATTERNS.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'TIME',
        'NUMBER',
        'OBJECTIVE_MARKER',
        'KR_MARKER',
        'ITEM_BREAK',
        'ACTIVITY[0]',
      ]),
    );
  });

  it.each(Object.entries(HOSTILE))('reads 200,000 characters or more of %s in one pass', (_, text) => {
    for (const [name, re] of PATTERNS) {
      const kept = text.replace(everywhere(re), '');
      expect(kept.length, name).toBeLessThanOrEqual(text.length);
    }
    expect(typeof hasChineseQuantity(text)).toBe('boolean');
    expect(trimItem(` ${text} `).length).toBeLessThanOrEqual(text.length);
  });
});

/** The pattern hasChineseQuantity replaces: right, but it reads a run of numerals again from each position. */
const CHINESE_QUANTITY =
  /(?:[二两三四五六七八九十]|一[十百千万亿])[零一二两三四五六七八九十百千万亿]*\s*(?:万|亿|千|百|名|位|人|家|件|单|元|次|个百分点|个客户|个用户)/;
const chineseText = fc.string({
  unit: fc.constantFrom(...'零一二两三四五六七八九十百千万亿半名位人家件单元次个分点客户用 \t\n1a，'),
  maxLength: 24,
});

describe('hasChineseQuantity', () => {
  it.each(['三万', '二十五名', '一百 二十 人', '新增经销商二十家', '一万元', '提高两个百分点', '零三万'])(
    'finds the quantity in "%s"',
    (text) => {
      expect(hasChineseQuantity(text)).toBe(true);
    },
  );

  it.each(['一一', '三三', '一万', '十 ', '第一名', '三个月', ''])('finds no quantity in "%s"', (text) => {
    expect(hasChineseQuantity(text)).toBe(false);
  });

  it('agrees with the pattern it replaces on any short text', () => {
    fc.assert(
      fc.property(chineseText, (text) => {
        expect(hasChineseQuantity(text)).toBe(CHINESE_QUANTITY.test(text));
      }),
      { numRuns: 5_000 },
    );
  });
});

/** The pattern trimItem replaces: right, but `[…]+$` reads a run of spaces again from each position. */
const JUNK_AT_ENDS = /^[\s\-*:：.、,，)）(（]+|[\s.。,，;；:：!！?？]+$/g;
const itemText = fc.string({
  unit: fc.constantFrom(...' \t\n-*:：.、,，)）(（;；!！?？。aB三'),
  maxLength: 16,
});

describe('trimItem', () => {
  it.each([
    ['- Raise NPS to 40;', 'Raise NPS to 40'],
    ['（1）新增经销商20家。', '1）新增经销商20家'],
    [' : ; ', ''],
    ['Ship it!', 'Ship it'],
  ])('trims "%s" to "%s"', (text, trimmed) => {
    expect(trimItem(text)).toBe(trimmed);
  });

  it('agrees with the pattern it replaces on any short text', () => {
    fc.assert(
      fc.property(itemText, (text) => {
        expect(trimItem(text)).toBe(text.replace(JUNK_AT_ENDS, ''));
      }),
      { numRuns: 5_000 },
    );
  });
});

// The goal audit's patterns and scanners read any text in one pass. No test here measures time (the
// machines are shared): each hostile text is 200,000 characters long, so a pattern that rereads a run from
// each of its positions does billions of steps and runs past the timeout, while a linear one takes
// milliseconds, far inside it. The timeout is 10 s rather than the suite's 60 so that a machine several
// times faster than ours still catches it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as patterns from '../../../../server/domain/analysis/goal-audit-patterns';
import { hasChineseQuantity, trimItem } from '../../../../server/domain/analysis/goal-audit-patterns';

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

/** Every stretch of `text` a global pattern finds, as the audit sees them. */
const found = (re: RegExp, text: string): string[] => text.match(re) ?? [];

describe('what the patterns find', () => {
  it.each([
    // Quarters, halves and fiscal years.
    ['by Q3', ['Q3']],
    ["Q1 FY'24 and H2 2026", ["Q1 FY'24", 'H2 2026']],
    ['FY2025 or FY 26', ['FY2025', 'FY 26']],
    ['Q5 and H3', []],
    // Years, and dates written with numbers.
    ['in 2026', ['2026']],
    ['since 1999, not 2050', []],
    ['1999-12-31 or 1999/12', ['1999-12-31', '1999/12']],
    ['31/12/99 and 3.5.2027', ['31/12/99', '3.5.2027']],
    // Month names.
    ['March 5th, Mar. 5, 5 of June, 12 Dec', ['March 5th', 'Mar. 5', '5 of June', '12 Dec']],
    ['September', ['September']],
    ['it may help us march on', ['march']],
    ['by May, until sept, end of dec', ['by May', 'until sept', 'end of dec']],
    ['in Mar', ['in Mar']],
    // Periods.
    ['this quarter, next fiscal year', ['this quarter', 'next fiscal year']],
    ['at the end of the year, at the close of sprint', ['end of the year', 'close of sprint']],
    ['year-end, quarter end, EOQ, first half', ['year-end', 'quarter end', 'EOQ', 'first half']],
    ['within 30 days', ['within 30 days']],
    ['over the next two weeks', ['over the next two weeks']],
    ['inside a month, within the first 3-months', ['inside a month', 'within the first 3-months']],
    ['within weeks', ['within weeks']],
    ['in 3 weeks, in the next few months, in a year', ['in 3 weeks', 'in the next few months', 'in a year']],
    ['open an account in 1 day', []],
    // Chinese.
    ['3个月内，两周之内，30天前', ['3个月内', '两周之内', '30天前']],
    ['十二 个 月以内', ['十二 个 月以内']],
    ['2026年3月31日', ['2026', '3月31日']],
    ['2099年3月31日，2099 年', ['2099年3月31日', '2099 年']],
    ['12月底，3月份，5月20号', ['12月底', '3月份', '5月20号']],
    ['季度、下个月、下月、截止', ['季度', '下个月', '下月', '截止']],
    ['三个人完成', []],
  ])('TIME finds in "%s" %j', (text, expected) => {
    expect(found(patterns.TIME, text)).toEqual(expected);
  });

  it.each([
    ['7', true],
    ['%', true],
    ['％', true],
    ['‰', true],
    ['百分之十', true],
    ['两个百分点', true],
    ['翻倍', true],
    ['翻番', true],
    ['翻一番', true],
    ['翻两番', true],
    ['减半', true],
    ['腰斩', true],
    ['三成', true],
    ['两 倍', true],
    ['三成为', false],
    ['成功', false],
    ['percent', true],
    ['per cent', true],
    ['percentage points', true],
    ['doubled', true],
    ['halving', true],
    ['triples', true],
    ['twice', true],
    ['tenfold', true],
    ['zero', true],
    ['twelve', true],
    ['a dozen', true],
    ['half', true],
    ['million', true],
    ['one of', false],
    ['often', false],
    ['halfway', false],
    ['doublet', false],
    ['eleventh', false],
  ])('NUMBER counts "%s" as a number: %s', (text, expected) => {
    expect(found(patterns.NUMBER, text).length > 0).toBe(expected);
  });

  it.each([
    ['an H5 page for B2B, c2c, O2O and P2P on 5G', ['H5', 'B2B', 'c2c', 'O2O', 'P2P', '5G']],
    ['3D, Web3, KR 2, KR2', ['3D', 'Web3', 'KR 2', 'KR2']],
    ['H6, B2X, 6G, 4D', []],
  ])('NOT_QUANTITY finds in "%s" the names %j', (text, expected) => {
    expect(found(patterns.NOT_QUANTITY, text)).toEqual(expected);
  });

  it.each([
    ['maintain, sustained, preserving, preserved', ['maintain', 'sustained', 'preserving', 'preserved']],
    ['keep, keeps, keeping, kept', ['keep', 'keeps', 'keeping', 'kept']],
    ['stay above, remains stable, stays the same', ['stay above', 'remains stable', 'stays the same']],
    ['steady at, holding steady, business as usual', ['steady at', 'holding steady', 'business as usual']],
    ['not drop below, never go under', ['not drop below', 'never go under']],
    ['ensure uptime', ['ensure uptime']],
    ['ensure that the rate remains', ['ensure that the rate remains']],
    ['current levels, last year’s level', ['current levels']],
    ["last year's level", ["last year's level"]],
    ['保持，维持，稳定在，守住，持平，维稳', ['保持', '维持', '稳定在', '守住', '持平', '维稳']],
    ['不下降，不跌破', ['不下降', '不跌破']],
    ['确保成本不超过，确保系统稳定', ['确保成本不超过', '确保系统稳定']],
    ['stay home, ensure growth, steady growth, keeper, not drop', []],
    ['确保增长', []],
  ])('STEADY finds in "%s" %j', (text, expected) => {
    expect(found(patterns.STEADY, text)).toEqual(expected);
  });

  it.each([
    ['improve, enhancement, optimise, optimizing', ['improve', 'enhancement', 'optimise', 'optimizing']],
    ['strengthen, streamlined, empower, leverage', ['strengthen', 'streamlined', 'empower', 'leverage']],
    ['better UX and user experience', ['better', 'UX', 'user experience']],
    [
      'world-class, best in class, significantly, greatly',
      ['world-class', 'best in class', 'significantly', 'greatly'],
    ],
    ['awareness as soon as possible', ['awareness', 'as soon as possible']],
    ['提升，优化，用户体验，赋能', ['提升', '优化', '用户体验', '赋能']],
    ['unimproved betterment', []],
  ])('VAGUE finds in "%s" %j', (text, expected) => {
    expect(found(patterns.VAGUE, text)).toEqual(expected);
  });

  const matchesAny = (list: readonly RegExp[], text: string) => list.some((re) => re.test(text));

  it.each([
    ['Complete the report', true],
    ['Finalises the plan', true],
    ['Set up a team', true],
    ['hired three engineers', true],
    ['市场部完成需求文档', true],
    ['The report is completed', true],
    ['需求文档编写完毕', true],
    ['Completion rate to 90%', false],
    ['完成率达到90%', false],
    ['完成销售额5000万元', false],
    ['我们在第一季度内完成了', false],
    ['Grow revenue', false],
  ])('ACTIVITY reads "%s" as a task: %s', (text, expected) => {
    expect(matchesAny(patterns.ACTIVITY, text)).toBe(expected);
  });

  it.each([
    ['Launch the app', true],
    ['Roll out the beta', true],
    ['Go live in Berlin', true],
    ['市场部上线新版App', true],
    ['The app is live', true],
    ['新版App落地', true],
    ['Launchpad usage to 40%', false],
    ['上线率达到99%', false],
    ['Grow revenue', false],
  ])('OUTPUT reads "%s" as an output: %s', (text, expected) => {
    expect(matchesAny(patterns.OUTPUT, text)).toBe(expected);
  });

  it.each([
    'completed',
    'finished',
    'written',
    'drafted',
    'held',
    'done',
    'organised',
    'organized',
    'prepared',
    'submitted',
    'published',
    'attended',
  ])('ACTIVITY reads a result ending in "%s" as a task done', (word) => {
    expect(matchesAny(patterns.ACTIVITY, `The quarterly report ${word}`)).toBe(true);
  });

  it.each([
    'launched',
    'released',
    'shipped',
    'delivered',
    'built',
    'created',
    'implemented',
    'deployed',
    'rolled out',
    'live',
  ])('OUTPUT reads a result ending in "%s" as an output', (word) => {
    expect(matchesAny(patterns.OUTPUT, `The new onboarding flow ${word}`)).toBe(true);
  });

  it.each([
    ['We shall grow', 'We shall '],
    ['They must grow', 'They must '],
    ['I should grow', 'I should '],
    ['Everyone needs to grow', 'Everyone needs to '],
    ['The team plans to grow', 'The team plans to '],
    ['Our  team  wants to grow', 'Our  team  wants to '],
    ['The  sales  squad  is going to grow', 'The  sales  squad  is going to '],
    ['our  marketing dept are going to grow', 'our  marketing dept are going to '],
    ['The ops unit need to grow', 'The ops unit need to '],
    ['The finance division plan to grow', 'The finance division plan to '],
    ['The R&D department aim to grow', 'The R&D department aim to '],
    ['The data team want to grow', 'The data team want to '],
  ])('SUBJECT reads the subject of "%s" as %j, however it is spaced', (text, subject) => {
    expect(patterns.SUBJECT.exec(text)?.[0]).toBe(subject);
  });

  it.each([
    ['We will grow', 'We will '],
    ['The sales team will grow', 'The sales team will '],
    ['our marketing department needs to grow', 'our marketing department needs to '],
    ['R&D squad aims to ship', 'R&D squad aims to '],
    ['to grow', 'to '],
    ['Weekly sales grow', null],
    ['Team will grow', null],
  ])('SUBJECT reads the subject of "%s" as %j', (text, subject) => {
    expect(patterns.SUBJECT.exec(text)?.[0] ?? null).toBe(subject);
  });

  it.each([
    ['Objective: Grow', 'Objective: '],
    ['Objective 2 - Grow', 'Objective 2 - '],
    ['目标：增长', '目标：'],
    ['O1: Grow', 'O1: '],
    ['  o : Grow', '  o : '],
    ['Objective 12 : Grow', 'Objective 12 : '],
    ['O12: Grow', 'O12: '],
    ['O 3 : Grow', 'O 3 : '],
    ['Objectives matter', null],
    ['O-1 Grow', null],
  ])('OBJECTIVE_MARKER reads the marker of "%s" as %j', (text, marker) => {
    expect(patterns.OBJECTIVE_MARKER.exec(text)?.[0] ?? null).toBe(marker);
  });

  it.each([
    ['KR1: a KRs b KR #2. c', ['KR1:', 'KRs ', 'KR #2.']],
    ['key result 3) a; Key Results: b', ['key result 3)', 'Key Results:']],
    ['关键结果2：增长', ['关键结果2：']],
    ['Key  results: grow', ['Key  results:']],
    ['paid in krona', []],
  ])('KR_MARKER finds in "%s" %j', (text, expected) => {
    expect(found(patterns.KR_MARKER, text)).toEqual(expected);
  });

  it.each([
    ['a\nb\r\nc;d；e•f', ['\n', '\r\n', ';', '；', '•']],
    ['Goals: 1. grow. 2. cut', [' 1.', '2.']],
    ['from 3 days to 1. Raise 3.5%', []],
    ['a 2) b (3) c 4、d （5） e ① f', ['2)', '(3)', '4、', '（5）', '①']],
    ['一、增长 二．降本', ['一、', '二．']],
    ['list\n  - one\n* two', ['\n', '  - ', '\n', '* ']],
  ])('ITEM_BREAK splits "%s" at %j', (text, expected) => {
    expect(found(patterns.ITEM_BREAK, text)).toEqual(expected);
  });

  it.each([
    ['Grow. Cut! Why? 增长。降本！', ['.', '!', '?', '。', '！']],
    ['Raise to 3.5% by Q2.', ['.']],
  ])('SENTENCE_END ends sentences in "%s" at %j', (text, expected) => {
    expect(found(patterns.SENTENCE_END, text)).toEqual(expected);
  });
});

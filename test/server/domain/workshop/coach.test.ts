import { describe, expect, it } from 'vitest';
import { GOAL_CHECKS } from '../../../../server/domain/analysis/goal-audit';
import { GOAL_RULE_SET_1, GOAL_RULE_SET_2 } from '../../../../server/domain/analysis/goal-rules';
import {
  COACH_CHECKS,
  coachDraft,
  contentTokens,
  draftScore,
  MAX_COACHED_KEY_RESULTS,
  MAX_FIELD_LENGTH,
  restatedShare,
  type CoachAdvice,
  type GoalDraft,
} from '../../../../server/domain/workshop/coach';

/** Each piece of advice as `check@target`, the way the tables below write them. */
const named = (advice: readonly CoachAdvice[], level: CoachAdvice['level']): string[] =>
  advice.filter((a) => a.level === level).map((a) => `${a.check}@${a.target}`);

const BANK: GoalDraft = {
  objective: 'Become the easiest bank to open an account with',
  keyResults: [
    'Cut account-opening time from 3 days to 1 day by the end of Q3',
    'Raise onboarding NPS from 20 to 40',
  ],
};
const BANK_ZH: GoalDraft = {
  objective: '成为客户首选的银行',
  keyResults: ['Q3前将开户时间从3天缩短到1天', '年底前把NPS从20提高到40'],
};
const GOOD_KR = 'Raise repeat orders from 20% to 30% by Q4';

/** Each draft with exactly the advice rule set 2 gives, in order; every other check it makes passes. */
const CASES: { case: string; draft: GoalDraft; advice: string[]; checked: number }[] = [
  { case: 'a good draft', draft: BANK, advice: [], checked: 15 },
  { case: 'a good draft in Chinese', draft: BANK_ZH, advice: [], checked: 15 },
  {
    case: 'an uptime KPI with no key results',
    draft: { objective: 'Maintain 99.9% uptime', keyResults: [] },
    advice: [
      'time-bound@objective',
      'key-result-count@objective',
      'not-business-as-usual@objective',
      'objective-not-a-number@objective',
    ],
    checked: 5,
  },
  {
    case: 'an uptime KPI in Chinese',
    draft: { objective: '维持系统可用性在99.9%以上', keyResults: [] },
    advice: [
      'time-bound@objective',
      'key-result-count@objective',
      'not-business-as-usual@objective',
      'objective-not-a-number@objective',
    ],
    checked: 5,
  },
  {
    case: 'key results that hold a level',
    draft: {
      objective: 'Run the most reliable support desk in the region',
      keyResults: ['Keep first-reply time under 4 hours this year', '全年客户满意度不低于90%'],
    },
    advice: ['not-business-as-usual@0', 'not-business-as-usual@1'],
    checked: 15,
  },
  {
    case: 'a vague objective whose key results are vague too',
    draft: {
      objective: 'Improve customer onboarding',
      keyResults: ['Make onboarding smoother', 'Improve the welcome emails by Q4'],
    },
    advice: ['specific@objective', 'measurable@0', 'specific@0', 'measurable@1', 'specific@1'],
    checked: 15,
  },
  {
    case: 'a vague objective that a key result measures',
    draft: {
      objective: '提升新客户的上手体验',
      keyResults: ['Q4前首次使用时长从14天缩短到5天', '激活率从40%提高到60%'],
    },
    advice: [],
    checked: 15,
  },
  {
    case: 'key results that are tasks',
    draft: { objective: '让团队协作更顺畅', keyResults: ['召开三次部门会议', '本季度撰写工作总结报告'] },
    // 三次 is a number, though of meetings held.
    advice: ['outcome@0', 'measurable@1', 'outcome@1'],
    checked: 15,
  },
  {
    case: 'key results that are tasks and outputs',
    draft: {
      objective: 'Win the mid-market this year',
      keyResults: ['Organise 12 webinars', 'Launch the partner portal', 'Redesign the pricing page'],
    },
    advice: ['outcome@0', 'measurable@1', 'outcome@1', 'measurable@2', 'outcome@2'],
    checked: 20,
  },
  {
    case: 'a key result that restates the objective',
    draft: {
      objective: 'Improve customer satisfaction by Q3',
      keyResults: ['Customer satisfaction improved', 'Raise customer satisfaction from 72 to 85'],
    },
    advice: ['measurable@0', 'specific@0', 'not-restated@0'],
    checked: 15,
  },
  {
    case: 'a key result that restates the objective, in Chinese',
    draft: {
      objective: '本季度提升客户满意度',
      keyResults: ['客户满意度得到提升', '客户满意度从72分提高到85分'],
    },
    advice: ['measurable@0', 'specific@0', 'not-restated@0'],
    checked: 15,
  },
  {
    case: 'a key result sharing exactly 60% of its words with the objective',
    draft: {
      objective: 'Improve customer satisfaction by Q3',
      keyResults: ['Customer satisfaction improved across branches', GOOD_KR],
    },
    advice: ['measurable@0', 'specific@0', 'not-restated@0'],
    checked: 15,
  },
  {
    case: 'an objective that is a number',
    draft: {
      objective: 'Reach $3M ARR by Q4',
      keyResults: ['Sign 20 new logos', 'Raise net retention to 110%'],
    },
    advice: ['objective-not-a-number@objective'],
    checked: 15,
  },
  {
    case: 'an objective that is a number, in Chinese',
    draft: { objective: '年底前销售额达到五千万元', keyResults: ['新增经销商二十家', '复购率提高三成'] },
    advice: ['objective-not-a-number@objective'],
    checked: 15,
  },
  {
    case: 'one key result',
    draft: { objective: 'Make checkout effortless', keyResults: [GOOD_KR] },
    advice: ['key-result-count@objective'],
    checked: 10,
  },
  {
    case: 'five key results',
    draft: { objective: 'Make checkout effortless', keyResults: Array.from({ length: 5 }, () => GOOD_KR) },
    advice: ['key-result-count@objective'],
    checked: 30,
  },
  {
    case: 'four key results',
    draft: { objective: 'Make checkout effortless', keyResults: Array.from({ length: 4 }, () => GOOD_KR) },
    advice: [],
    checked: 25,
  },
  {
    case: 'no deadline anywhere',
    draft: {
      objective: 'Make checkout effortless',
      keyResults: ['Cut checkout steps from 6 to 3', '将退货率降到5%'],
    },
    advice: ['time-bound@objective'],
    checked: 15,
  },
  {
    case: 'a deadline only in the objective',
    draft: {
      objective: 'Make checkout effortless this quarter',
      keyResults: ['Cut checkout steps from 6 to 3', '将退货率降到5%'],
    },
    advice: [],
    checked: 15,
  },
  {
    case: 'a deadline rule set 2 knows',
    draft: {
      objective: 'Make checkout effortless',
      keyResults: ['Cut checkout steps from 6 to 3 by Friday', '周五前将退货率降到5%'],
    },
    advice: [],
    checked: 15,
  },
  {
    case: 'a blank key result between two written ones',
    draft: { objective: 'Make checkout effortless', keyResults: [GOOD_KR, '   ', GOOD_KR] },
    advice: [],
    checked: 15,
  },
  {
    case: 'key results without an objective yet',
    draft: { objective: ' ', keyResults: ['Customer satisfaction improved', GOOD_KR] },
    advice: ['measurable@0', 'specific@0'],
    checked: 12,
  },
  { case: 'a blank draft', draft: { objective: '', keyResults: [] }, advice: [], checked: 0 },
  { case: 'a draft of spaces', draft: { objective: '  \n', keyResults: [' ', ''] }, advice: [], checked: 0 },
];

describe('coachDraft with rule set 2', () => {
  it.each(CASES)('advises on $case: $advice', ({ draft, advice, checked }) => {
    const given = coachDraft(draft, GOAL_RULE_SET_2);
    expect(named(given, 'advice')).toEqual(advice);
    expect(given).toHaveLength(checked);
  });

  it('judges the draft first, then the objective, then each key result in order', () => {
    const given = coachDraft(BANK, GOAL_RULE_SET_2).map((a) => `${a.check}@${a.target}`);
    expect(given).toEqual([
      'time-bound@objective',
      'key-result-count@objective',
      'not-business-as-usual@objective',
      'specific@objective',
      'objective-not-a-number@objective',
      ...[0, 1].flatMap((i) =>
        ['measurable', 'outcome', 'not-business-as-usual', 'specific', 'not-restated'].map(
          (c) => `${c}@${i}`,
        ),
      ),
    ]);
  });

  it('keeps the numbering of key results across a blank one', () => {
    const given = coachDraft({ objective: 'Grow', keyResults: ['', 'Write the guide'] }, GOAL_RULE_SET_2);
    expect(named(given, 'advice')).toContain('outcome@1');
    expect(given.some((a) => a.target === 0)).toBe(false);
  });

  it(`coaches the first ${MAX_COACHED_KEY_RESULTS} key results one by one and counts them all`, () => {
    const keyResults = Array.from({ length: 12 }, () => 'Write the guide');
    const given = coachDraft({ objective: 'Grow', keyResults }, GOAL_RULE_SET_2);
    const targets = new Set(given.map((a) => a.target).filter((t) => t !== 'objective'));
    expect([...targets]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(named(given, 'advice')).toContain('key-result-count@objective');
  });

  it(`reads only the first ${MAX_FIELD_LENGTH} characters of each field`, () => {
    const pad = 'x'.repeat(MAX_FIELD_LENGTH - 'Grow revenue '.length);
    const objective = `Grow revenue ${pad}`;
    const given = coachDraft(
      {
        objective: `${objective} maintain it`,
        keyResults: [`${GOOD_KR} ${'y'.repeat(MAX_FIELD_LENGTH)} keep it`],
      },
      GOAL_RULE_SET_2,
    );
    expect(objective).toHaveLength(MAX_FIELD_LENGTH);
    expect(named(given, 'advice')).toEqual(['key-result-count@objective']);
  });
});

describe('coachDraft with rule set 1', () => {
  it('makes only the checks of the goal audit', () => {
    const given = coachDraft({ objective: 'Maintain 99.9% uptime', keyResults: [] }, GOAL_RULE_SET_1);
    expect(given.map((a) => `${a.level} ${a.check}@${a.target}`)).toEqual([
      'advice time-bound@objective',
      'advice not-business-as-usual@objective',
      'ok specific@objective',
    ]);
    expect(COACH_CHECKS['1']).toEqual(GOAL_CHECKS);
  });

  it.each([
    ['Cut churn to 2% by Friday', ['time-bound@objective']],
    ['Analyse churn data and cut churn to 2% by Q4', []],
  ])('reads "%s" by rule set 1\'s words: %j', (kr, advice) => {
    const given = coachDraft({ objective: 'Win back lost customers', keyResults: [kr] }, GOAL_RULE_SET_1);
    expect(named(given, 'advice')).toEqual(advice);
  });
});

describe('what the coach says', () => {
  // Worked out inside each test, so that a draft the coach fails on fails a test rather than the file.
  const all = () => CASES.flatMap((c) => coachDraft(c.draft, GOAL_RULE_SET_2));

  it('says something for every check of rule set 2 both when it passes and when it does not', () => {
    const every = all();
    for (const level of ['ok', 'advice'] as const)
      expect(new Set(every.filter((a) => a.level === level).map((a) => a.check))).toEqual(
        new Set(COACH_CHECKS['2']),
      );
  });

  it('says it in English and in Chinese with Chinese punctuation', () => {
    const every = all();
    for (const { message } of every) {
      expect(message.en).toMatch(/^[A-Z].*\.$/);
      expect(message['zh-cn']).toMatch(/^\p{Script=Han}.*。$/u);
      expect(message['zh-cn']).not.toMatch(/[,:;!?()]/);
    }
  });

  it('addresses the writer as 您 where it asks them something', () => {
    const every = all();
    const measurable = every.find((a) => a.check === 'measurable' && a.level === 'advice');
    expect(measurable?.message['zh-cn']).toContain('您');
    expect(every.some((a) => a.message['zh-cn'].includes('你'))).toBe(false);
  });

  it('says a different thing for each check and level, and tells too few key results from too many', () => {
    const every = all();
    const key = (a: CoachAdvice) => `${a.check} ${a.level} ${a.target === 'objective' ? 'o' : 'kr'}`;
    const byKey = new Map<string, Set<string>>();
    for (const a of every) byKey.set(key(a), (byKey.get(key(a)) ?? new Set()).add(a.message.en));
    const texts = new Set(every.map((a) => a.message.en));
    expect(byKey.get('key-result-count advice o')?.size).toBe(2);
    // Specific says the same when it passes on the objective and on a key result; nothing else repeats.
    expect(texts.size).toBe(2 * COACH_CHECKS['2'].length + 2);
    expect(new Set(every.map((a) => a.message['zh-cn'])).size).toBe(texts.size);
  });

  it.each([
    [['Sign 20 new logos'], 'Add key results'],
    [Array.from({ length: 5 }, () => GOOD_KR), 'More than four'],
  ])('tells %j that it has the wrong number of key results', (keyResults, start) => {
    const given = coachDraft({ objective: 'Grow', keyResults }, GOAL_RULE_SET_2);
    expect(given.find((a) => a.check === 'key-result-count')?.message.en.startsWith(start)).toBe(true);
  });
});

describe('draftScore', () => {
  it.each([
    { case: 'a good draft', draft: BANK, score: 1 },
    { case: 'an uptime KPI', draft: { objective: 'Maintain 99.9% uptime', keyResults: [] }, score: 1 / 5 },
    { case: 'vague key results', draft: CASES[5]!.draft, score: 10 / 15 },
    { case: 'a blank draft', draft: { objective: '', keyResults: [] }, score: null },
  ])('gives $case the share of checks passed: $score', ({ draft, score }) => {
    expect(draftScore(coachDraft(draft, GOAL_RULE_SET_2))).toBe(score);
  });

  it('rises as a draft takes the advice', () => {
    const first = { objective: '提升用户体验', keyResults: ['完成需求文档', '优化页面'] };
    const now = {
      objective: '让新用户更快上手',
      keyResults: ['Q3前首次使用时长从14天缩短到5天', '激活率从40%提高到60%'],
    };
    expect(draftScore(coachDraft(first, GOAL_RULE_SET_2))).toBeLessThan(
      draftScore(coachDraft(now, GOAL_RULE_SET_2))!,
    );
    expect(draftScore(coachDraft(now, GOAL_RULE_SET_2))).toBe(1);
  });
});

describe('restatedShare', () => {
  it.each([
    ['Customer satisfaction improved', 'Improve customer satisfaction', 1],
    ['Raise customer satisfaction to 90%', 'Improve customer satisfaction', 2 / 4],
    ['Write the onboarding guide', 'Improve customer satisfaction', 0],
    ['客户满意度得到提升', '提升客户满意度', 5 / 8],
    ['客户满意度从80分提升到90分', '提升客户满意度', 5 / 10],
    ['Grow', 'Grow revenue', 0],
    ['满意', '提升客户满意度', 0],
    ['Revenue grows', 'Grow revenue', 1],
    ['Customer satisfaction improved across branches', 'Improve customer satisfaction', 3 / 5],
    ['Customer satisfaction improved', '', 0],
  ])('shares of "%s" with "%s": %d', (keyResult, objective, share) => {
    expect(restatedShare(keyResult, objective)).toBeCloseTo(share, 10);
  });
});

describe('contentTokens', () => {
  it.each([
    ['Improve the customers’ satisfaction!', ['improv', 'customer', 'satisfaction']],
    ['Raising NPS to 40, every quarter', ['rais', 'nps', '40', 'quarter']],
    ['提升客户满意度', ['提升', '升客', '客户', '户满', '满意', '意度']],
    ['把NPS提到40分', ['nps', '提到', '40']],
    ['新 客户', ['客户']],
    ['is it a box', ['box']],
    ['Launches launched launching launch', ['launch']],
    ['', []],
    ['Boxes box', ['box']],
    ['一二', ['一二']],
    ['满\u9fff', ['满\u9fff']],
    ['满意％％', ['满意']],
  ])('reads "%s" as %j', (text, tokens) => {
    expect([...contentTokens(text)].sort()).toEqual([...tokens].sort());
  });

  it('reads 100,000 characters in one pass, never finding more words than characters', () => {
    for (const unit of ['三', 'ab ', ' ', '满意'])
      expect(contentTokens(unit.repeat(100_000 / unit.length)).size).toBeLessThanOrEqual(100_000);
  });
});

describe('coachDraft on long or hostile drafts', () => {
  // The coach reads at most MAX_FIELD_LENGTH characters of at most MAX_COACHED_KEY_RESULTS key results, so
  // its work has a bound whatever is sent; this shows the bound holds by giving the same advice as the cut
  // draft. Every pattern it reads with is checked for backtracking in goal-rules.test.ts.
  it.each(['三', '1', ' ', '\n ', 'hold ', '确保', 'within ', 'improve '])(
    `advises on fields of 100,000 characters of %j as on their first ${MAX_FIELD_LENGTH}`,
    (unit) => {
      const long = unit.repeat(Math.ceil(100_000 / unit.length));
      const cut = long.slice(0, MAX_FIELD_LENGTH);
      const many = Array.from({ length: 50 }, () => long);
      expect(coachDraft({ objective: long, keyResults: many }, GOAL_RULE_SET_2)).toEqual(
        coachDraft({ objective: cut, keyResults: many.map(() => cut) }, GOAL_RULE_SET_2),
      );
    },
  );
});

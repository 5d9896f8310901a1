// Rule set 1 is the report's goal audit, frozen: every campaign's audit must read the same whatever is added to
// rule set 2 for the goal coach. The table holds the goal audit's own cases and more in both languages, each
// with its exact audit under rule set 1; rule set 2 may judge some of them differently, never rule set 1.

import { describe, expect, it } from 'vitest';
import * as patterns from '../../../../server/domain/analysis/goal-audit-patterns';
import { auditGoal, GOAL_CHECKS, type GoalCheck } from '../../../../server/domain/analysis/goal-audit';
import {
  COACH_RULE_SET_VERSION,
  extendPattern,
  GOAL_RULE_SET_1,
  GOAL_RULE_SET_2,
  GOAL_RULE_SET_OF_MODEL,
  GOAL_RULE_SETS,
  goalRulesForModel,
  holdsLevel,
  isMeasurable,
  isTask,
  isTimeBound,
  isVague,
  type GoalRuleSet,
} from '../../../../server/domain/analysis/goal-rules';
import { BARRIER_MODELS } from '../../../../server/domain/instrument/barrier-model';
import { nestedQuantifiers } from '../workshop/nested-quantifiers';

/** Each objective with the number of key results found and exactly the checks rule set 1 fails. */
const RULE_SET_1: { text: string; keyResults: number; fails: GoalCheck[] }[] = [
  { text: 'improve user experience', keyResults: 0, fails: ['measurable', 'time-bound', 'specific'] },
  { text: 'complete requirement documents', keyResults: 0, fails: ['measurable', 'time-bound', 'outcome'] },
  {
    text: 'marketing department to increase product exposure by 20% within 3 months',
    keyResults: 0,
    fails: [],
  },
  {
    text: 'O: Become the easiest bank to open an account with. KR1: Cut average account-opening time from 3 days to 1 day by the end of Q3. KR2: Raise onboarding NPS from 20 to 40.',
    keyResults: 2,
    fails: [],
  },
  {
    text: '目标：提升用户体验。关键结果：完成需求文档；优化页面。',
    keyResults: 2,
    fails: ['measurable', 'time-bound', 'outcome', 'specific'],
  },
  {
    text: 'Objective: Grow revenue\n- Raise ARR from $2M to $3M by Q4\n- Sign 20 new logos by Q4',
    keyResults: 2,
    fails: [],
  },
  { text: 'Double weekly active users by December 2026', keyResults: 0, fails: [] },
  { text: 'Halve the number of failed deployments in the next two quarters', keyResults: 0, fails: [] },
  { text: 'Improve page load time to under 2 seconds by Q3', keyResults: 0, fails: [] },
  { text: 'Reduce the time to complete onboarding from 10 days to 3 by March', keyResults: 0, fails: [] },
  { text: 'Cut support tickets per customer by 25%', keyResults: 0, fails: ['time-bound'] },
  {
    text: 'Make checkout simpler for first-time buyers by the end of Q1',
    keyResults: 0,
    fails: ['measurable'],
  },
  {
    text: 'Enhance brand awareness across social media in 2026',
    keyResults: 0,
    fails: ['measurable', 'specific'],
  },
  {
    text: 'O: Delight our customers. KR1: Write the new onboarding guide. KR2: Hold two customer workshops by June 30.',
    keyResults: 2,
    fails: ['measurable', 'outcome'],
  },
  {
    text: 'O: Ship the mobile app. KR: Launch the iOS app by the end of Q2.',
    keyResults: 1,
    fails: ['measurable', 'outcome'],
  },
  {
    text: 'KR: Launch the referral programme and sign up 5,000 members by the end of Q4',
    keyResults: 1,
    fails: [],
  },
  {
    text: 'O: Win the mid-market. KR1: Increase win rate from 18% to 25% by year-end. KR2: Organise 12 webinars by year-end. KR3: Hire 3 account executives by year-end.',
    keyResults: 3,
    fails: ['outcome'],
  },
  {
    text: 'Objective: Strengthen our partnerships. Key results: Sign 5 new channel partners this quarter. Grow partner-sourced revenue by 30% this quarter.',
    keyResults: 2,
    fails: [],
  },
  {
    text: 'O: Improve customer onboarding. KR1: Cut time to first value from 14 days to 5 days by Q4. KR2: Raise activation from 40% to 60% by Q4.',
    keyResults: 2,
    fails: [],
  },
  {
    text: 'O: Improve customer onboarding. KR1: Make onboarding smoother. KR2: Improve the welcome emails by Q4.',
    keyResults: 2,
    fails: ['measurable', 'specific'],
  },
  { text: 'Maintain 99.9% uptime through 2026', keyResults: 0, fails: ['not-business-as-usual'] },
  {
    text: 'Keep customer churn below 2% every month this year',
    keyResults: 0,
    fails: ['not-business-as-usual'],
  },
  {
    text: 'Ensure support response times stay under 4 hours in H1',
    keyResults: 0,
    fails: ['not-business-as-usual'],
  },
  { text: 'The sales team will complete 20 customer interviews by Q2', keyResults: 0, fails: ['outcome'] },
  { text: '提升用户体验', keyResults: 0, fails: ['measurable', 'time-bound', 'specific'] },
  { text: '优化页面', keyResults: 0, fails: ['measurable', 'time-bound', 'specific'] },
  { text: '市场部3个月内将产品曝光度提升20%', keyResults: 0, fails: [] },
  {
    text: '目标：成为客户首选的银行。关键结果1：Q3前将开户时间从3天缩短到1天；关键结果2：年底前把NPS从20提高到40。',
    keyResults: 2,
    fails: [],
  },
  {
    text: '关键结果：1、召开三次部门会议 2、撰写工作总结报告',
    keyResults: 2,
    fails: ['measurable', 'time-bound', 'outcome'],
  },
  { text: '保持系统可用性在99.9%以上，全年无重大故障', keyResults: 0, fails: ['not-business-as-usual'] },
  { text: '2026年确保客户满意度不低于90%', keyResults: 0, fails: ['not-business-as-usual'] },
  { text: '本季度新签约客户数翻倍', keyResults: 0, fails: [] },
  { text: '下半年将获客成本减半', keyResults: 0, fails: [] },
  { text: '年底前把复购率提高三成', keyResults: 0, fails: [] },
  { text: '加强团队协作，提高工作效率', keyResults: 0, fails: ['measurable', 'time-bound', 'specific'] },
  {
    text: '目标：上线新版App。关键结果：6月底前完成新版App上线',
    keyResults: 1,
    fails: ['measurable', 'outcome'],
  },
  { text: '新版App上线后三个月内日活跃用户达到10万', keyResults: 0, fails: [] },
  { text: '2026年完成销售额5000万元', keyResults: 0, fails: [] },
  { text: '组织5场客户培训，Q2前完成', keyResults: 0, fails: ['outcome'] },
  { text: '将员工敬业度从60分提升到75分，截至2026年12月31日', keyResults: 0, fails: [] },
  { text: '优化H5页面的加载速度', keyResults: 0, fails: ['measurable', 'time-bound', 'specific'] },
  {
    text: 'O1: Improve onboarding for new customers by Q3',
    keyResults: 0,
    fails: ['measurable', 'specific'],
  },
  { text: 'Grow revenue in every region this year. KR: 1', keyResults: 0, fails: ['measurable'] },
  { text: 'Hold churn at 2% through Q4', keyResults: 0, fails: ['outcome'] },
  { text: '客户满意度不低于90%，全年', keyResults: 0, fails: [] },
  { text: 'Run 5 customer experiments by Q3', keyResults: 0, fails: [] },
  { text: '调研20家客户，6月底前', keyResults: 0, fails: [] },
  { text: 'Make onboarding more seamless by Q2', keyResults: 0, fails: ['measurable'] },
  { text: '本季度更加积极地服务客户', keyResults: 0, fails: ['measurable'] },
  { text: 'Sign 10 partners by Friday', keyResults: 0, fails: ['time-bound'] },
  { text: '周五前签下3家新客户', keyResults: 0, fails: ['time-bound'] },
  { text: 'Redesign the pricing page by Q3', keyResults: 0, fails: ['measurable'] },
  { text: '改版官网首页，Q3前完成改版', keyResults: 0, fails: ['measurable'] },
  {
    text: 'O: Make hiring faster. KR1: Cut time to hire from 45 to 30 days by Q2. KR2: Raise offer acceptance to 85% by Q2.',
    keyResults: 2,
    fails: [],
  },
  {
    text: '目标：打造高效的交付团队。关键结果1：Q4前将交付周期从6周缩短到3周；关键结果2：年底前缺陷逃逸率降到2%以下',
    keyResults: 2,
    fails: [],
  },
  {
    text: 'Revenue no lower than last year, every quarter',
    keyResults: 0,
    fails: ['measurable', 'time-bound'],
  },
  { text: 'Grow repeat purchases by 15% this year, no less than 3 new markets', keyResults: 0, fails: [] },
  {
    text: '目标：成为华南最受欢迎的咖啡品牌\n1. 年底前门店数从12家增至20家\n2. 会员复购率提升到45%\n3. 大众点评评分达到4.8',
    keyResults: 3,
    fails: [],
  },
  {
    text: 'Objective: Customers love our support\nKR1: First reply in under 2 hours by June\nKR2: CSAT from 82% to 92% by June\nKR3: Publish 30 help articles by June',
    keyResults: 3,
    fails: [],
  },
  { text: 'Launch the partner portal and onboard 40 partners in H2', keyResults: 0, fails: [] },
  { text: '下半年开通线上商城，线上销售额占比达到20%', keyResults: 0, fails: [] },
  { text: 'Be the best place to work', keyResults: 0, fails: ['measurable', 'time-bound'] },
  { text: '稳住基本盘，巩固老客户', keyResults: 0, fails: ['measurable', 'time-bound'] },
  { text: 'Upgrade the CRM by next month', keyResults: 0, fails: ['measurable'] },
  { text: '本月底前升级CRM系统', keyResults: 0, fails: ['measurable'] },
  { text: 'Interview 12 churned customers before the end of the quarter', keyResults: 0, fails: [] },
  { text: 'Q3前访谈15位流失客户', keyResults: 0, fails: [] },
];

const passedFor = (fails: readonly GoalCheck[]) =>
  Object.fromEntries(GOAL_CHECKS.map((c) => [c, !fails.includes(c)]));

describe('rule set 1, the goal audit of every model version in use', () => {
  it('holds at least 40 objectives in each language', () => {
    const chinese = RULE_SET_1.filter((c) => /\p{Script=Han}/u.test(c.text)).length;
    expect(chinese).toBeGreaterThanOrEqual(20);
    expect(RULE_SET_1.length - chinese).toBeGreaterThanOrEqual(20);
    expect(RULE_SET_1.length).toBeGreaterThanOrEqual(40);
  });

  it.each(RULE_SET_1)('audits "$text" as failing $fails', ({ text, keyResults, fails }) => {
    for (const audit of [auditGoal(text), auditGoal(text, GOAL_RULE_SET_1)]) {
      expect(audit?.passed).toEqual(passedFor(fails));
      expect(audit?.keyResults).toBe(keyResults);
      expect(audit?.isSmart).toBe(fails.length === 0);
    }
  });

  it("is the goal audit's patterns themselves, not a copy", () => {
    expect(GOAL_RULE_SET_1).toEqual({
      version: '1',
      time: patterns.TIME,
      number: patterns.NUMBER,
      notQuantity: patterns.NOT_QUANTITY,
      steady: patterns.STEADY,
      vague: patterns.VAGUE,
      activity: patterns.ACTIVITY,
      output: patterns.OUTPUT,
      subject: patterns.SUBJECT,
    });
    expect(GOAL_RULE_SET_1.time).toBe(patterns.TIME);
    expect(GOAL_RULE_SET_1.activity).toBe(patterns.ACTIVITY);
  });
});

describe('the rule set of each model version', () => {
  it.each(Object.keys(BARRIER_MODELS))('pins model version %s to rule set 1', (version) => {
    expect(GOAL_RULE_SET_OF_MODEL[version]).toBe('1');
    expect(goalRulesForModel(version)).toBe(GOAL_RULE_SET_1);
  });

  it('names a rule set for every model version and none for a version the model lacks', () => {
    expect(Object.keys(GOAL_RULE_SET_OF_MODEL).sort()).toEqual(Object.keys(BARRIER_MODELS).sort());
    expect(goalRulesForModel('99')).toBeUndefined();
    expect(goalRulesForModel('constructor')).toBeUndefined();
  });

  it('coaches with the newest rule set', () => {
    expect(COACH_RULE_SET_VERSION).toBe('2');
    expect(GOAL_RULE_SETS[COACH_RULE_SET_VERSION]).toBe(GOAL_RULE_SET_2);
    expect(GOAL_RULE_SETS['1']).toBe(GOAL_RULE_SET_1);
    expect(Object.values(GOAL_RULE_SETS).map((r) => r.version)).toEqual(['1', '2']);
  });
});

/** The objectives of the table above that rule set 2 judges differently, with what it fails. */
const RULE_SET_2_DIFFERS: { text: string; fails: GoalCheck[] }[] = [
  { text: 'Make checkout simpler for first-time buyers by the end of Q1', fails: ['measurable', 'specific'] },
  { text: 'Hold churn at 2% through Q4', fails: ['outcome', 'not-business-as-usual'] },
  { text: '客户满意度不低于90%，全年', fails: ['not-business-as-usual'] },
  { text: 'Run 5 customer experiments by Q3', fails: ['outcome'] },
  { text: '调研20家客户，6月底前', fails: ['outcome'] },
  { text: 'Make onboarding more seamless by Q2', fails: ['measurable', 'specific'] },
  { text: '本季度更加积极地服务客户', fails: ['measurable', 'specific'] },
  { text: 'Sign 10 partners by Friday', fails: [] },
  { text: '周五前签下3家新客户', fails: [] },
  { text: 'Redesign the pricing page by Q3', fails: ['measurable', 'outcome'] },
  { text: '改版官网首页，Q3前完成改版', fails: ['measurable', 'outcome'] },
  {
    text: 'Revenue no lower than last year, every quarter',
    fails: ['measurable', 'time-bound', 'not-business-as-usual'],
  },
  { text: 'Be the best place to work', fails: ['measurable', 'time-bound', 'specific'] },
  { text: '稳住基本盘，巩固老客户', fails: ['measurable', 'time-bound', 'not-business-as-usual'] },
  { text: 'Upgrade the CRM by next month', fails: ['measurable', 'outcome'] },
  { text: '本月底前升级CRM系统', fails: ['measurable', 'outcome'] },
  { text: 'Interview 12 churned customers before the end of the quarter', fails: ['outcome'] },
  { text: 'Q3前访谈15位流失客户', fails: ['outcome'] },
];

describe("rule set 2, the goal coach's", () => {
  it.each(RULE_SET_2_DIFFERS)('audits "$text" as failing $fails', ({ text, fails }) => {
    expect(auditGoal(text, GOAL_RULE_SET_2)?.passed).toEqual(passedFor(fails));
    expect(RULE_SET_1.find((c) => c.text === text)?.fails).not.toEqual(fails);
  });

  it('judges every other objective of the table as rule set 1 does', () => {
    const differing = new Set(RULE_SET_2_DIFFERS.map((c) => c.text));
    for (const { text, fails } of RULE_SET_1.filter((c) => !differing.has(c.text)))
      expect(auditGoal(text, GOAL_RULE_SET_2)?.passed, text).toEqual(passedFor(fails));
  });

  const single: (keyof GoalRuleSet)[] = ['time', 'number', 'notQuantity', 'steady', 'vague', 'subject'];
  it.each(single)("extends rule set 1's %s pattern, keeping its source and flags", (key) => {
    const one = GOAL_RULE_SET_1[key] as RegExp;
    const two = GOAL_RULE_SET_2[key] as RegExp;
    expect(two.source === one.source || two.source.startsWith(`${one.source}|`)).toBe(true);
    expect(two.flags).toBe(one.flags);
  });

  it.each(['activity', 'output'] as const)(
    "extends rule set 1's %s list, keeping its patterns first",
    (key) => {
      const one = GOAL_RULE_SET_1[key];
      const two = GOAL_RULE_SET_2[key];
      expect(two.slice(0, one.length)).toEqual(one);
      expect(two.length).toBeGreaterThan(one.length);
    },
  );

  it('extends a pattern with more alternatives under the same flags', () => {
    const extended = extendPattern(/ab|cd/gi, ['ef', 'gh']);
    expect(extended.source).toBe('ab|cd|ef|gh');
    expect(extended.flags).toBe('gi');
    expect(extendPattern(/ab/y, []).source).toBe('ab');
  });
});

describe('the checks of a rule set on one text', () => {
  it.each([
    ['Raise NPS to 40', true, true],
    ['Ship it by Q3', false, false],
    ['新增经销商二十家', true, true],
    ['an H5 page on 5G', false, false],
    ['Hold the line by Friday', false, false],
    ['three quarters', true, true],
  ])('reads "%s" as measurable under rule set 1: %s, and 2: %s', (text, one, two) => {
    expect(isMeasurable(text, GOAL_RULE_SET_1)).toBe(one);
    expect(isMeasurable(text, GOAL_RULE_SET_2)).toBe(two);
  });

  it.each([
    ['Complete the report', true, true],
    ['The team will write the guide', true, true],
    ['Launch the app', true, true],
    ['Launch the app and reach 5,000 users', false, false],
    ['Analyse churn data', false, true],
    ['We will research three markets', false, true],
    ['Automate invoicing', false, true],
    ['Automate 80% of invoices', false, false],
    ['团队走访十家客户', false, true],
    ['接入支付系统', false, true],
    ['Grow revenue 20%', false, false],
  ])('reads "%s" as a task under rule set 1: %s, and 2: %s', (text, one, two) => {
    expect(isTask(text, GOAL_RULE_SET_1)).toBe(one);
    expect(isTask(text, GOAL_RULE_SET_2)).toBe(two);
  });

  it.each([
    ['improve onboarding', true, true],
    ['improve onboarding to 3 days', false, false],
    ['a seamless, robust checkout', false, true],
    ['a faster, simpler checkout', false, true],
    ['全面推进数字化', false, true],
    ['grow revenue', false, false],
  ])('reads "%s" as vague under rule set 1: %s, and 2: %s', (text, one, two) => {
    expect(isVague(text, GOAL_RULE_SET_1)).toBe(one);
    expect(isVague(text, GOAL_RULE_SET_2)).toBe(two);
  });

  it.each([
    ['by Q3', true, true],
    ['by Friday', false, true],
    ['by the end of the week', true, true],
    ['周五前', false, true],
    ['春节前，五月下旬', false, true],
    ['soon', false, false],
  ])('reads "%s" as time-bound under rule set 1: %s, and 2: %s', (text, one, two) => {
    expect(isTimeBound(text, GOAL_RULE_SET_1)).toBe(one);
    expect(isTimeBound(text, GOAL_RULE_SET_2)).toBe(two);
  });

  it.each([
    ['maintain 99.9% uptime', true, true],
    ['保持市场份额', true, true],
    ['hold churn at 2%', false, true],
    ['holding costs below last year', false, true],
    ['hold a town hall at the office', false, false],
    ['revenue no worse than last year', false, true],
    ['business as usual', true, true],
    ['continue to meet every deadline', false, true],
    ['满意度不低于90%', false, true],
    ['新增客户不少于50家', false, false],
    ['grow revenue 20%', false, false],
  ])('reads "%s" as holding a level under rule set 1: %s, and 2: %s', (text, one, two) => {
    expect(holdsLevel(text, GOAL_RULE_SET_1)).toBe(one);
    expect(holdsLevel(text, GOAL_RULE_SET_2)).toBe(two);
  });
});

/** Every pattern of both rule sets and of the goal audit's text splitting. */
const ALL_PATTERNS: [string, RegExp][] = [
  ...Object.entries(GOAL_RULE_SETS).flatMap(([version, rules]) =>
    Object.entries(rules).flatMap(([key, value]): [string, RegExp][] =>
      value instanceof RegExp
        ? [[`${version}.${key}`, value]]
        : Array.isArray(value)
          ? value.map((re: RegExp, i): [string, RegExp] => [`${version}.${key}[${i}]`, re])
          : [],
    ),
  ),
  ...Object.entries(patterns).filter((e): e is [string, RegExp] => e[1] instanceof RegExp),
];

describe('every pattern of every rule set reads a text in one pass', () => {
  it('finds the shape that backtracks, so the check below means something', () => {
    expect(nestedQuantifiers(/(?:a+)+b/)).toEqual([6]);
    expect(nestedQuantifiers(/(\s*x){0,60}/)).toEqual([6]);
    expect(nestedQuantifiers(/((?:ab)*c)*/)).toEqual([10]);
    expect(nestedQuantifiers(/(?:a|b)+[(*]\(x*\)+/)).toEqual([]);
    expect(nestedQuantifiers(/(?:\s*x)?y{2,}z{3}/)).toEqual([]);
  });

  it.each(ALL_PATTERNS)('%s repeats no group that holds a repeat', (_, re) => {
    expect(nestedQuantifiers(re)).toEqual([]);
  });

  // The static check above is the proof; these run each pattern over runs of what it repeats, so that a
  // pattern whose two neighbouring repeats take the same characters (which that check cannot see) would
  // take minutes and run past the timeout. Nothing here measures time.
  const hostile = (length: number): string[] =>
    ['三', '1', ' ', '\n ', 'hold ', 'ensure ', '确保', '不', 'within ', 'by ', '周', 'a'].flatMap((unit) => [
      unit.repeat(length / unit.length),
      `hold${unit.repeat(length / unit.length)}x`,
    ]);

  it.each([1_000, 100_000])(
    'reads hostile texts of %i characters with every pattern',
    { timeout: 20_000 },
    (length) => {
      for (const text of hostile(length))
        for (const [name, re] of ALL_PATTERNS) {
          const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
          expect(text.replace(global, '').length, name).toBeLessThanOrEqual(text.length);
        }
    },
  );
});

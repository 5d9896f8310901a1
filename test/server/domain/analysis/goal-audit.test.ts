import { describe, expect, it } from 'vitest';
import {
  auditGoal,
  countGoalAudit,
  emptyGoalAuditCounts,
  GOAL_CHECK_TEXT,
  GOAL_CHECKS,
  MAX_AUDITED_LENGTH,
  mergeGoalAuditCounts,
  summarizeGoalAuditCounts,
  summarizeGoalAudits,
  type GoalCheck,
} from '../../../../server/domain/analysis/goal-audit';
import { wilsonInterval } from '../../../../server/domain/statistics/intervals';

const BANK =
  'O: Become the easiest bank to open an account with. KR1: Cut average account-opening time from 3 days to 1 day by the end of Q3. KR2: Raise onboarding NPS from 20 to 40.';
const CHINESE_VAGUE = '目标：提升用户体验。关键结果：完成需求文档；优化页面。';
const SEED_MVP = 'marketing department to increase product exposure by 20% within 3 months';

/** Each answer with exactly the checks it should fail; every other check should pass. */
const CASES: { text: string; fails: GoalCheck[] }[] = [
  // The source document's own examples.
  { text: 'improve user experience', fails: ['measurable', 'time-bound', 'specific'] },
  { text: 'complete requirement documents', fails: ['measurable', 'time-bound', 'outcome'] },
  { text: SEED_MVP, fails: [] },
  { text: BANK, fails: [] },
  { text: CHINESE_VAGUE, fails: ['measurable', 'time-bound', 'outcome', 'specific'] },
  // English.
  {
    text: 'Objective: Grow revenue\n- Raise ARR from $2M to $3M by Q4\n- Sign 20 new logos by Q4',
    fails: [],
  },
  { text: 'Double weekly active users by December 2026', fails: [] },
  { text: 'Halve the number of failed deployments in the next two quarters', fails: [] },
  { text: 'Improve page load time to under 2 seconds by Q3', fails: [] },
  { text: 'Reduce the time to complete onboarding from 10 days to 3 by March', fails: [] },
  { text: 'Cut support tickets per customer by 25%', fails: ['time-bound'] },
  { text: 'Make checkout simpler for first-time buyers by the end of Q1', fails: ['measurable'] },
  { text: 'Enhance brand awareness across social media in 2026', fails: ['measurable', 'specific'] },
  {
    text: 'O: Delight our customers. KR1: Write the new onboarding guide. KR2: Hold two customer workshops by June 30.',
    fails: ['measurable', 'outcome'],
  },
  {
    text: 'O: Ship the mobile app. KR: Launch the iOS app by the end of Q2.',
    fails: ['measurable', 'outcome'],
  },
  { text: 'KR: Launch the referral programme and sign up 5,000 members by the end of Q4', fails: [] },
  {
    text: 'O: Win the mid-market. KR1: Increase win rate from 18% to 25% by year-end. KR2: Organise 12 webinars by year-end. KR3: Hire 3 account executives by year-end.',
    fails: ['outcome'],
  },
  {
    text: 'Objective: Strengthen our partnerships. Key results: Sign 5 new channel partners this quarter. Grow partner-sourced revenue by 30% this quarter.',
    fails: [],
  },
  {
    text: 'O: Improve customer onboarding. KR1: Cut time to first value from 14 days to 5 days by Q4. KR2: Raise activation from 40% to 60% by Q4.',
    fails: [],
  },
  {
    text: 'O: Improve customer onboarding. KR1: Make onboarding smoother. KR2: Improve the welcome emails by Q4.',
    fails: ['measurable', 'specific'],
  },
  { text: 'Maintain 99.9% uptime through 2026', fails: ['not-business-as-usual'] },
  { text: 'Keep customer churn below 2% every month this year', fails: ['not-business-as-usual'] },
  { text: 'Ensure support response times stay under 4 hours in H1', fails: ['not-business-as-usual'] },
  { text: 'The sales team will complete 20 customer interviews by Q2', fails: ['outcome'] },
  // Simplified Chinese.
  { text: '提升用户体验', fails: ['measurable', 'time-bound', 'specific'] },
  { text: '优化页面', fails: ['measurable', 'time-bound', 'specific'] },
  { text: '市场部3个月内将产品曝光度提升20%', fails: [] },
  {
    text: '目标：成为客户首选的银行。关键结果1：Q3前将开户时间从3天缩短到1天；关键结果2：年底前把NPS从20提高到40。',
    fails: [],
  },
  {
    text: '关键结果：1、召开三次部门会议 2、撰写工作总结报告',
    fails: ['measurable', 'time-bound', 'outcome'],
  },
  { text: '保持系统可用性在99.9%以上，全年无重大故障', fails: ['not-business-as-usual'] },
  { text: '2026年确保客户满意度不低于90%', fails: ['not-business-as-usual'] },
  { text: '本季度新签约客户数翻倍', fails: [] },
  { text: '下半年将获客成本减半', fails: [] },
  { text: '年底前把复购率提高三成', fails: [] },
  { text: '加强团队协作，提高工作效率', fails: ['measurable', 'time-bound', 'specific'] },
  { text: '目标：上线新版App。关键结果：6月底前完成新版App上线', fails: ['measurable', 'outcome'] },
  { text: '新版App上线后三个月内日活跃用户达到10万', fails: [] },
  { text: '2026年完成销售额5000万元', fails: [] },
  { text: '组织5场客户培训，Q2前完成', fails: ['outcome'] },
  { text: '将员工敬业度从60分提升到75分，截至2026年12月31日', fails: [] },
  { text: '优化H5页面的加载速度', fails: ['measurable', 'time-bound', 'specific'] },
  // The number in a marker ("O1:") is no number to hit, nor does a stray one after an empty header count.
  { text: 'O1: Improve onboarding for new customers by Q3', fails: ['measurable', 'specific'] },
  { text: 'Grow revenue in every region this year. KR: 1', fails: ['measurable'] },
];

describe('auditGoal', () => {
  it.each(CASES)('judges "$text" as failing $fails and passing the rest', ({ text, fails }) => {
    const audit = auditGoal(text);
    const expected = Object.fromEntries(GOAL_CHECKS.map((c) => [c, !fails.includes(c)]));
    expect(audit?.passed).toEqual(expected);
    expect(audit?.isSmart).toBe(fails.length === 0);
  });

  it.each([
    { text: BANK, keyResults: 2 },
    { text: CHINESE_VAGUE, keyResults: 2 },
    { text: SEED_MVP, keyResults: 0 },
    { text: 'Objective: Grow revenue\n- Raise ARR to $3M\n- Sign 20 new logos', keyResults: 2 },
    {
      text: 'O: Faster releases\n1. Ship weekly\n2. Cut lead time to 2 days\n3. Zero failed rollbacks',
      keyResults: 3,
    },
    { text: 'Key results: Cut churn by 5%. Raise NPS to 40. Reach 1,000 paying users.', keyResults: 3 },
    {
      text: 'KR1: Cut cost 10%. KR2: Raise NPS to 40. KR3: Sign 5 partners. KR4: Reach 99% SLA.',
      keyResults: 4,
    },
    { text: '关键结果：1、转化率提高到3% 2、客单价提高到200元 3、退货率降到5%', keyResults: 3 },
    { text: '目标：做大华东市场\n（1）新增经销商20家\n（2）华东营收增长30%', keyResults: 2 },
    { text: 'Grow revenue; cut churn to 2%; sign 5 partners', keyResults: 2 },
    // An item needs the weight of two letters or one Chinese character to count.
    { text: 'Grow revenue in 2026; cut churn to 2%; Q3', keyResults: 2 },
    { text: 'Grow revenue in 2026; cut churn to 2%; 涨', keyResults: 2 },
    { text: 'Grow revenue in 2026; cut churn to 2%; 5', keyResults: 1 },
    // Numbered markers keep a key result's sentences together; one unnumbered header splits them.
    { text: 'KR1: Cut churn to 2%. Raise NPS to 40 by Q4. KR2: Sign 5 partners by Q4.', keyResults: 2 },
    { text: 'KR1: Cut churn to 2%. Raise NPS to 40 by Q4.', keyResults: 1 },
  ])('counts $keyResults key results in "$text"', ({ text, keyResults }) => {
    expect(auditGoal(text)?.keyResults).toBe(keyResults);
  });

  it('keeps "from 3 days to 1 day" and "3.5%" inside one key result', () => {
    expect(auditGoal('KR1: Cut wait from 3 days to 1. KR2: Raise conversion to 3.5% by Q2')?.keyResults).toBe(
      2,
    );
  });

  it.each(['', '   ', '\n\t', 'ok', 'TBD', 'n/a', '不知道', '——'])(
    'returns null for the blank or too short "%s"',
    (text) => {
      expect(auditGoal(text)).toBeNull();
    },
  );

  it('returns the answer trimmed', () => {
    expect(auditGoal(`  ${SEED_MVP}\n`)?.text).toBe(SEED_MVP);
  });
});

describe('auditGoal on a long or hostile answer', () => {
  it('judges only the first MAX_AUDITED_LENGTH characters of a longer answer', () => {
    const long = `Cut support tickets per customer by 25%${' and more'.repeat(MAX_AUDITED_LENGTH)} by Q4`;
    const audit = auditGoal(long);
    expect(audit?.text).toBe(long.slice(0, MAX_AUDITED_LENGTH));
    expect(audit?.passed['time-bound']).toBe(false);
  });

  it.each(['😀', '𐀀', '\u{10FFFF}'])(
    'does not cut %s, which takes two UTF-16 units, in half',
    (character) => {
      const text = `${'a'.repeat(MAX_AUDITED_LENGTH - 1)}${character}`;
      expect(auditGoal(text)?.text).toBe('a'.repeat(MAX_AUDITED_LENGTH - 1));
    },
  );

  it('keeps a character of one UTF-16 unit at the cut', () => {
    const text = `${'a'.repeat(MAX_AUDITED_LENGTH - 1)}！and more`;
    expect(auditGoal(text)?.text).toBe(`${'a'.repeat(MAX_AUDITED_LENGTH - 1)}！`);
  });

  it('drops the spaces the cut leaves at the end', () => {
    const text = `${'a'.repeat(MAX_AUDITED_LENGTH - 2)}   and more`;
    expect(auditGoal(text)?.text).toBe('a'.repeat(MAX_AUDITED_LENGTH - 2));
  });

  // No test here measures time: an audit that rereads a run from each of its positions takes minutes on
  // these answers and runs past the timeout; a linear one takes milliseconds, far inside it. The timeout is
  // 10 s rather than the suite's 60 so that a machine several times faster than ours still catches it.
  describe('in one pass', { timeout: 10_000 }, () => {
    it.each([
      ['200,000 Chinese numerals', '三'.repeat(200_000)],
      ['200,000 digits', '1'.repeat(200_000)],
      ['200,000 spaces', `${' '.repeat(200_000)}x`],
      ['200,000 indented blank lines', `${'\n '.repeat(200_000)}x`],
      ['"within" and 200,000 spaces', `within${' '.repeat(200_000)}x`],
      ['"Objective" and 200,000 spaces', `Objective${' '.repeat(200_000)}x`],
    ])('judges an objective followed by %s as it judges the objective', (_, tail) => {
      const audit = auditGoal(`${BANK} ${tail}`);
      expect(audit?.keyResults).toBe(2);
      expect(audit?.isSmart).toBe(true);
    });

    // The answers are shorter than MAX_AUDITED_LENGTH, so this is the audit itself being linear, not the cap.
    it('summarizes 2,000 answers that each end in 1,800 Chinese numerals', () => {
      const texts = Array.from({ length: 2_000 }, (_, i) => `${BANK} ${'三'.repeat(1_800)}${i}`);
      const summary = summarizeGoalAudits(texts);
      expect(summary.audited).toBe(2_000);
      expect(summary.smart.p).toBe(1);
    });
  });
});

describe('summarizeGoalAudits', () => {
  const texts = [BANK, SEED_MVP, 'improve user experience', 'complete requirement documents', '', 'ok'];

  it('counts only answers long enough to judge', () => {
    expect(summarizeGoalAudits(texts).audited).toBe(4);
  });

  it('gives the SMART share with its Wilson interval', () => {
    expect(summarizeGoalAudits(texts).smart).toEqual(wilsonInterval(2, 4));
  });

  it.each([
    { check: 'measurable', failing: 2 },
    { check: 'time-bound', failing: 2 },
    { check: 'outcome', failing: 1 },
    { check: 'not-business-as-usual', failing: 0 },
    { check: 'specific', failing: 1 },
  ] as const)('gives the share failing $check as $failing of 4', ({ check, failing }) => {
    expect(summarizeGoalAudits(texts).failing[check]).toEqual(wilsonInterval(failing, 4));
  });

  it('has no estimate when nothing could be judged', () => {
    const summary = summarizeGoalAudits(['', 'n/a']);
    expect(summary.audited).toBe(0);
    expect(summary.smart.p).toBeNull();
    expect(summary.failing.specific.p).toBeNull();
  });
});

describe('summarizeGoalAuditCounts', () => {
  /** Each text audited once, as it arrives, and only the counts kept. */
  const countsOf = (texts: readonly string[]) => {
    const counts = emptyGoalAuditCounts();
    for (const text of texts) countGoalAudit(counts, auditGoal(text));
    return counts;
  };

  it.each([
    { case: 'judged and unjudgeable answers', texts: [BANK, SEED_MVP, 'improve user experience', '', 'ok'] },
    { case: 'every answer of the table above', texts: CASES.map((c) => c.text) },
    { case: 'only SMART answers', texts: [BANK, SEED_MVP] },
    { case: 'only answers too short to judge', texts: ['', 'n/a', '  '] },
    { case: 'no answers', texts: [] },
  ])('gives what the list gives for $case', ({ texts }) => {
    expect(summarizeGoalAuditCounts(countsOf(texts))).toEqual(summarizeGoalAudits(texts));
  });

  it('counts judged, SMART and failing answers, and nothing for an answer too short to judge', () => {
    const counts = countsOf([BANK, CHINESE_VAGUE, 'ok']);
    expect(counts).toEqual({
      audited: 2,
      smart: 1,
      failing: { measurable: 1, 'time-bound': 1, outcome: 1, 'not-business-as-usual': 0, specific: 1 },
    });
  });

  it("gives the organization's summary from its departments' counts added together", () => {
    const sales = [BANK, 'improve user experience', 'ok'];
    const operations = [CHINESE_VAGUE, SEED_MVP, 'complete requirement documents'];
    const organization = countsOf(sales);
    mergeGoalAuditCounts(organization, countsOf(operations));
    expect(summarizeGoalAuditCounts(organization)).toEqual(summarizeGoalAudits([...sales, ...operations]));
  });
});

describe('GOAL_CHECK_TEXT', () => {
  it('describes every check in English and Chinese', () => {
    for (const check of GOAL_CHECKS) {
      expect(GOAL_CHECK_TEXT[check].en).toMatch(/[a-z]/);
      expect(GOAL_CHECK_TEXT[check]['zh-cn']).toMatch(/\p{Script=Han}/u);
    }
  });
});

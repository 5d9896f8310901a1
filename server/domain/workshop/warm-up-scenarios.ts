// The workshop's warm-up, "OKR or KPI?": short situations that people sort into OKR, KPI or project, each with
// why. Written for the workshop alone, never reusing the survey's knowledge items, so that teaching these
// answers cannot inflate the next wave's knowledge scores.

import { localText as t, type LocalText } from '../../../shared/languages';

export const WARM_UP_CLASSES = ['okr', 'kpi', 'project'] as const;
export type WarmUpClass = (typeof WARM_UP_CLASSES)[number];

export interface WarmUpScenario {
  id: string;
  situation: LocalText;
  answer: WarmUpClass;
  /** One or two sentences the room reads once it has answered. */
  explanation: LocalText;
}

export const WARM_UP_SCENARIOS: readonly WarmUpScenario[] = [
  {
    id: 'payroll-on-time',
    situation: t(
      'For years payroll has gone out correctly on the last working day of each month. Finance wants it to stay that way.',
      '多年来，工资每月最后一个工作日都准确发放。财务部希望一直如此。',
    ),
    answer: 'kpi',
    explanation: t(
      'A level that is already reached and must simply hold is a KPI: you watch it and act when it slips.',
      '已经达到、只需守住的水平是 KPI：持续关注，出现下滑时再处理。',
    ),
  },
  {
    id: 'office-move',
    situation: t(
      'The company moves into a new office in March. The floor plan is signed off and the removal firm is booked.',
      '公司三月搬进新办公室，平面图已经确认，搬家公司也已订好。',
    ),
    answer: 'project',
    explanation: t(
      'Work with a known end and known steps is a project: it is either done or not.',
      '终点明确、步骤清楚的一次性工作是项目：要么做完，要么没做完。',
    ),
  },
  {
    id: 'japan-foothold',
    situation: t(
      'A software firm with no customers in Japan wants thirty paying ones there this year. Nobody on the team has sold in Japan before.',
      '一家在日本还没有客户的软件公司，希望今年在那里签下三十家付费客户。团队里没人在日本做过销售。',
    ),
    answer: 'okr',
    explanation: t(
      'A big change whose path is still unknown is what an OKR is for: the key results show how far the team got.',
      '改变很大、路径还不清楚，正适合用 OKR：关键结果衡量团队走了多远。',
    ),
  },
  {
    id: 'supplier-invoices',
    situation: t(
      'Suppliers are paid within 30 days of their invoice, and finance reports that figure to the board every month.',
      '供应商发票须在 30 天内付清，财务部每月向董事会汇报这一数字。',
    ),
    answer: 'kpi',
    explanation: t(
      'A standard reported month after month is a KPI. Nobody is trying to move it, only to keep to it.',
      '按月汇报的标准是 KPI：大家要做的是守住它，而不是改变它。',
    ),
  },
  {
    id: 'trade-fair',
    situation: t(
      "Marketing runs the company's stand at next autumn's trade fair: the booth, the brochures and who staffs it when.",
      '市场部负责明年秋季展会的展位：搭展台、印宣传册、排值班表。',
    ),
    answer: 'project',
    explanation: t(
      'An event with a date and a checklist is a project. What the fair should bring in, such as new leads, could be a key result.',
      '有日期、有清单的活动是项目。展会要带来的成果（例如新的销售线索）可以写成关键结果。',
    ),
  },
  {
    id: 'clinic-waiting',
    situation: t(
      'Patients at a clinic wait fifty minutes on average. By summer the clinic wants it down to fifteen, and will trial new booking rules and triage.',
      '诊所的病人平均要等五十分钟。诊所希望夏天前降到十五分钟，准备试行新的挂号规则和分诊办法。',
    ),
    answer: 'okr',
    explanation: t(
      'A large improvement reached by trying things out suits an OKR, with the waiting time as a key result.',
      '需要边试边找办法的大幅改进适合用 OKR，等候时间就是关键结果。',
    ),
  },
  {
    id: 'factory-safety',
    situation: t(
      'The plant has had fewer than two lost-time accidents a year for five years. The safety officer checks the rate weekly.',
      '工厂五年来每年的误工事故都少于两起，安全主管每周核查一次。',
    ),
    answer: 'kpi',
    explanation: t(
      'A good record that has to be kept is a health measure, a KPI, not something to aim at anew.',
      '需要保持的良好记录是健康指标，也就是 KPI，而不是新的努力方向。',
    ),
  },
  {
    id: 'accounting-upgrade',
    situation: t(
      "Support for the old accounting software ends in May, so it has to be upgraded to the vendor's current version first.",
      '旧版财务软件五月起不再提供支持，在那之前必须升级到厂商的当前版本。',
    ),
    answer: 'project',
    explanation: t(
      'A required change with a deadline and a clear scope is a project: plan it, do it, close it.',
      '有截止日期、范围清楚的必要改动是项目：计划、执行、收尾。',
    ),
  },
  {
    id: 'engagement-rebound',
    situation: t(
      'After a hard year a department wants people to feel their work matters again: engagement from 55 to 70 this half year, and a third fewer resignations.',
      '经历艰难的一年后，部门希望大家重新觉得工作有意义：本半年把敬业度从 55 分提到 70 分，离职人数减少三分之一。',
    ),
    answer: 'okr',
    explanation: t(
      'An inspiring aim with measured results and no set recipe is an OKR.',
      '有鼓舞人心的目标、有可衡量的结果、没有现成做法，这就是 OKR。',
    ),
  },
  {
    id: 'shelf-stock',
    situation: t(
      "In every store, the shelves and the stock system agree on 99.5% of items at each monthly count, and head office doesn't want that figure slipping.",
      '每家门店每月盘点时，货架和库存系统有 99.5% 的商品对得上，总部不希望这一比例下滑。',
    ),
    answer: 'kpi',
    explanation: t(
      'Guarding a level that is already high is the work of a KPI. An OKR would aim at something not yet reached.',
      '守住已经很高的水平是 KPI 的任务；OKR 瞄准的是尚未达到的状态。',
    ),
  },
  {
    id: 'app-adoption',
    situation: t(
      "A bank's new app is live, yet only 12% of customers sign in each month. The digital team wants half of them doing so by year-end.",
      '银行的新 App 已经上线，但每月登录的客户只有 12%。数字化团队希望年底前达到一半。',
    ),
    answer: 'okr',
    explanation: t(
      'Launching the app was the project; getting people to use it is an outcome to reach, so an OKR.',
      '上线 App 是项目；让客户真正用起来是要达成的结果，所以是 OKR。',
    ),
  },
  {
    id: 'staff-handbook',
    situation: t(
      'HR is to rewrite the staff handbook for the new leave law and publish it by 1 October.',
      '人事部要根据新的休假法规改写员工手册，并在 10 月 1 日前发布。',
    ),
    answer: 'project',
    explanation: t(
      'A document to write by a date is a task list, a project; its finish line is publishing it.',
      '在期限前写好一份文件是一串任务，是项目；发布就是它的终点。',
    ),
  },
  {
    id: 'late-projects',
    situation: t(
      "Two in three of an agency's client projects finish late. Leadership wants most of them on time within the year, though it is unsure what has to change.",
      '一家咨询公司三分之二的客户项目都延期交付。管理层希望一年内让大多数项目按时完成，但还不清楚要改变哪些做法。',
    ),
    answer: 'okr',
    explanation: t(
      'Turning a poor result around without a known fix is a stretch, which is what OKRs are for.',
      '在没有现成办法的情况下扭转不佳的结果是一种挑战，这正是 OKR 的用处。',
    ),
  },
];

export interface WarmUpAnswer {
  scenario: string;
  answer: WarmUpClass;
}

export interface WarmUpScenarioResult {
  scenario: string;
  /** The right class, shown with the explanation once the room has answered. */
  answer: WarmUpClass;
  counts: Record<WarmUpClass, number>;
  answered: number;
  /** Null until someone has answered. */
  shareRight: number | null;
}

export interface WarmUpScore {
  answered: number;
  right: number;
  /** The share of all answers that were right; null when nobody has answered. */
  shareRight: number | null;
  /** Every scenario, in the warm-up's order, with how the room answered it. */
  scenarios: WarmUpScenarioResult[];
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * How the room answered: the share right over all answers, and for each scenario how many chose each
 * class. Answers to a scenario the warm-up does not have, or naming no class, count nowhere.
 * @example scoreWarmUp([{ scenario: 'office-move', answer: 'project' }]).shareRight // 1
 */
export function scoreWarmUp(answers: readonly WarmUpAnswer[]): WarmUpScore {
  const results = new Map<string, WarmUpScenarioResult>(
    WARM_UP_SCENARIOS.map((s) => [
      s.id,
      {
        scenario: s.id,
        answer: s.answer,
        counts: { okr: 0, kpi: 0, project: 0 },
        answered: 0,
        shareRight: null,
      },
    ]),
  );
  let answered = 0;
  let right = 0;
  for (const { scenario, answer } of answers) {
    const result = results.get(scenario);
    if (!result || !(WARM_UP_CLASSES as readonly string[]).includes(answer)) continue;
    result.counts[answer] += 1;
    result.answered += 1;
    answered += 1;
    if (answer === result.answer) right += 1;
  }
  const scenarios = [...results.values()].map((r) => ({
    ...r,
    shareRight: share(r.counts[r.answer], r.answered),
  }));
  return { answered, right, shareRight: share(right, answered), scenarios };
}

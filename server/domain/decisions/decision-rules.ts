// The decision gates, in order. Non-compensatory: the first gate that finds a barrier gives the verdict,
// however strong the scores behind it. Gates and thresholds are documented in questionnaires/MODEL.md.

import type {
  BarrierModel,
  LocalText,
  ProfileTrait,
  ReliabilityRule,
  Thresholds,
} from '../instrument/barrier-model';
import { scaleTitle, unfavourableLabel } from '../instrument/barrier-model';
import { localText as t } from '../../../shared/languages';
import { allOf, anyOf, judge, type Check, type CheckStatus } from './checks';
import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import type { GroupSummary } from '../analysis/group-summary';
import {
  FACT_TRAITS,
  factTraits,
  ORGANIZATION_FACTS,
  type FactTrait,
  type OrganizationFacts,
} from '../campaigns/organization-facts';
import { siloRule } from '../analysis/silo-signals';
import type { ProportionEstimate } from '../statistics/intervals';
import type { Verdict } from './verdicts';

export interface DecisionInput {
  model: BarrierModel;
  /** Responses counted, and people invited to answer (the departments' headcount). */
  responses: number;
  headcount: number;
  /** The campaign's minimum group size: no verdict from fewer responses than it, nor than the model's minimum. */
  minGroupSize: number;
  /** The whole organization's summary; null when there are too few responses to summarise. */
  overall: GroupSummary | null;
  /** Shares of respondents describing the organization a certain way (from profile questions; model 1). */
  profile: Partial<Record<ProfileTrait, ProportionEstimate>>;
  /** What HR stated about the organization for this campaign (model 2); null where not given. */
  facts: OrganizationFacts;
  /** Reliability, agreement and silo signals; null when there are too few responses to analyse. */
  analysis?: Pick<CampaignAnalysis, 'reliability' | 'agreementShare' | 'siloSignals'> | null;
}

export interface Gate {
  id: string;
  verdict: Verdict;
  /** A readiness gate must be measured before "ready" can be said; a routing gate may go unmeasured. */
  required: boolean;
  /** The rule in words, shown beside the evidence; it names the model version's own rules. */
  rule: (model: BarrierModel) => LocalText;
  assess: (input: DecisionInput) => { status: CheckStatus; checks: Check[] };
}

function scaleCheck(
  input: DecisionInput,
  scaleId: string,
  threshold: number,
  barrierWhen: Check['barrierWhen'] = 'below',
): Check {
  const label = scaleTitle(input.model, scaleId);
  const e = input.overall?.scales[scaleId]?.estimate;
  return judge(
    scaleId,
    label,
    { value: e?.mean ?? null, low: e?.low ?? null, high: e?.high ?? null },
    threshold,
    barrierWhen,
  );
}

function dimensionCheck(
  input: DecisionInput,
  dimensionId: 'participation' | 'breakdown',
  threshold: number,
): Check {
  const dimension = input.model.dimensions.find((d) => d.id === dimensionId)!;
  const e = input.overall?.dimensions[dimensionId];
  return judge(
    dimensionId,
    dimension.title,
    { value: e?.mean ?? null, low: e?.low ?? null, high: e?.high ?? null },
    threshold,
    'below',
  );
}

function unfavourableCheck(input: DecisionInput, scaleId: string): Check {
  const share = input.overall?.scales[scaleId]?.favourability.unfavourable;
  const label = unfavourableLabel(input.model, scaleId);
  const estimate = { value: share?.p ?? null, low: share?.low ?? null, high: share?.high ?? null };
  return judge(
    `${scaleId}:unfavourable`,
    label,
    estimate,
    input.model.thresholds.hygieneUnfavourableShare,
    'at-or-above',
    'share',
  );
}

function profileCheck(input: DecisionInput, key: ProfileTrait, label: LocalText): Check {
  const share = input.profile[key];
  const estimate = { value: share?.p ?? null, low: share?.low ?? null, high: share?.high ?? null };
  // For routing, "the barrier" is the organization having this trait: most respondents say so.
  return judge(key, label, estimate, input.model.thresholds.profileMajority, 'at-or-above', 'share');
}

function factCheck(input: DecisionInput, trait: FactTrait, label: LocalText): Check {
  const has = factTraits(input.facts)[trait];
  const key = FACT_TRAITS[trait].fact;
  const given = input.facts[key];
  const answers: Record<string, LocalText> = ORGANIZATION_FACTS[key].answers;
  // For routing, "the barrier" is the organization having this trait, as HR stated it.
  const check = judge(trait, label, exactly(has === null ? null : has ? 1 : 0), 1, 'at-or-above', 'fact');
  return given === null ? check : { ...check, answer: answers[given]! };
}

/** The organization traits of the Balanced Scorecard route, read where the model version reads them. */
function organizationChecks(input: DecisionInput): Check[] {
  const several = t('Several business units', '多个业务单元');
  const kpi = t('Established KPI system', '成熟的 KPI 体系');
  if (input.model.rules.facts === 'respondents')
    return [profileCheck(input, 'multi-unit', several), profileCheck(input, 'established-kpi', kpi)];
  return [
    factCheck(input, 'multi-unit', several),
    factCheck(input, 'established-kpi', kpi),
    factCheck(input, 'mature', t('A mature organization', '成熟期的公司')),
  ];
}

const HYGIENE_SCALES = ['hygiene.pay', 'hygiene.security', 'hygiene.systems'];
const CULTURE_SCALES = ['culture.safety', 'culture.commitment', 'culture.efficacy'];
/** Scales whose scores the gates judge; an unreliable one makes its gate meaningless. */
export const GATE_SCALES = [...HYGIENE_SCALES, 'okr-kpi.decoupling', 'okr-kpi.stability', ...CULTURE_SCALES];

// Rule texts are built from the model version's thresholds, never restated: a new version with other lines
// says so in its own words.
const percent = (share: number) => `${Math.round(share * 100)}%`;
const coefficient = (x: number) => x.toFixed(2);
/** A share in words where it is a plain fraction ("two thirds"), else as a percentage. */
function shareInWords(share: number): LocalText {
  const fractions: [number, LocalText][] = [
    [1 / 2, t('half', '一半')],
    [2 / 3, t('two thirds', '三分之二')],
    [3 / 4, t('three quarters', '四分之三')],
  ];
  const named = fractions.find(([value]) => Math.abs(value - share) < 1e-9);
  return named ? named[1] : t(percent(share), percent(share));
}

/** A figure known exactly (a count, an observed share): its interval is the value itself. */
const exactly = (v: number | null) => ({ value: v, low: v, high: v });

/**
 * The gate scale whose α is most clearly low. Only a scale whose whole 95% interval lies below the minimum
 * stops the verdict: a single sample's α is noisy, and taking the lowest of eight point estimates would
 * refuse a verdict for about one sound survey in five. A merely questionable scale is flagged in the report.
 */
function shownUnreliableCheck(input: DecisionInput): Check {
  const label = t('Least reliable gate scale (α)', '信度最低的关口量表（α）');
  const minimum = input.model.thresholds.alphaMinimum;
  // Stryker disable next-line ArrayDeclaration: equivalent, a stand-in is no gate scale and is filtered out
  const candidates = (input.analysis?.reliability ?? []).filter(
    (r) => GATE_SCALES.includes(r.scaleId) && r.alpha !== null && r.high !== null,
  );
  const weakest = candidates.sort((a, b) => a.high! - b.high!)[0];
  const estimate = { value: weakest?.alpha ?? null, low: weakest?.low ?? null, high: weakest?.high ?? null };
  const check = judge('reliability', label, estimate, minimum, 'below', 'coefficient');
  return check.status === 'fail' || check.status === 'not-assessed' ? check : { ...check, status: 'pass' };
}

interface ReliabilityRuleDefinition {
  /** The check the data-sufficiency gate adds, or none when α does not bear on the verdict. */
  check: (input: DecisionInput) => Check[];
  /** The data-sufficiency gate's rule in words, with the model version's thresholds. */
  rule: (thresholds: Thresholds) => LocalText;
}

/** What within-campaign reliability evidence a model version's verdict needs (MODEL.md section 7.2). */
export function reliabilityRule(rule: ReliabilityRule): ReliabilityRuleDefinition {
  switch (rule.kind) {
    case 'shown-unreliable':
      return {
        check: (input) => [shownUnreliableCheck(input)],
        rule: ({ minResponseRate, alphaMinimumCases, alphaMinimum }) =>
          t(
            `Needs at least the minimum number of responses, a response rate of at least ${percent(minResponseRate)} of headcount, and no gate scale shown to be unreliable (once ${alphaMinimumCases} people have answered all its items, the 95% interval of its Cronbach’s α must reach ${coefficient(alphaMinimum)}).`,
            `需要达到最低回答人数，应答率不低于编制人数的 ${percent(minResponseRate)}，且没有关口量表被证明不可靠（当至少 ${alphaMinimumCases} 人答完其全部题目时，其 Cronbach α 的 95% 区间须达到 ${coefficient(alphaMinimum)}）。`,
          ),
      };
    case 'reported':
      // The verdict judges group means, whose intervals already carry their precision; α describes how
      // well items rank individuals, and is low wherever people agree (MODEL.md section 7.2, gate 1).
      return {
        check: () => [],
        rule: ({ minResponseRate }) =>
          t(
            `Needs at least the minimum number of responses and a response rate of at least ${percent(minResponseRate)} of headcount. Cronbach’s α is reported with every scale but does not withhold the verdict: the intervals of the means already carry their precision.`,
            `需要达到最低回答人数，且应答率不低于编制人数的 ${percent(minResponseRate)}。每个量表都报告 Cronbach α，但它不会阻止给出结论：均值的置信区间已体现其精度。`,
          ),
      };
  }
}

export const GATES: readonly Gate[] = [
  {
    id: 'data-sufficiency',
    // Stryker disable next-line BooleanLiteral: equivalent, its count of responses is always measured
    required: true,
    verdict: 'insufficient-evidence',
    rule: (model) => reliabilityRule(model.rules.reliability).rule(model.thresholds),
    assess: (input) => {
      const { minResponses, minResponseRate } = input.model.thresholds;
      const rate = input.headcount > 0 ? input.responses / input.headcount : null;
      const checks = [
        judge(
          'responses',
          t('Responses', '回答人数'),
          exactly(input.responses),
          // The same number the page names: the campaign's own minimum where it is higher.
          Math.max(minResponses, input.minGroupSize),
          'below',
          'count',
        ),
        judge(
          'response-rate',
          t('Response rate', '应答率'),
          exactly(rate),
          minResponseRate,
          'below',
          'share',
        ),
        ...reliabilityRule(input.model.rules.reliability).check(input),
      ];
      return { status: anyOf(checks), checks };
    },
  },
  {
    id: 'fit-kpi-projects',
    required: false,
    verdict: 'kpi-projects',
    rule: ({ thresholds: { dynamismLow, controlHigh } }) =>
      t(
        `Routes to KPI + projects when the work is steady (dynamism below ${dynamismLow}) and run by procedure (preference for control at ${controlHigh} or above).`,
        `当工作稳定（变化程度低于 ${dynamismLow}）且以流程管控为主（管控偏好不低于 ${controlHigh}）时，建议采用 KPI + 项目制。`,
      ),
    assess: (input) => {
      const { dynamismLow, controlHigh } = input.model.thresholds;
      const checks = [
        scaleCheck(input, 'fit.dynamism', dynamismLow),
        scaleCheck(input, 'fit.control', controlHigh, 'at-or-above'),
      ];
      return { status: allOf(checks), checks };
    },
  },
  {
    id: 'fit-balanced-scorecard',
    required: false,
    verdict: 'balanced-scorecard',
    rule: ({ rules, thresholds: { dynamismModerate } }) =>
      rules.facts === 'respondents'
        ? t(
            `Routes to a Balanced Scorecard when most respondents describe several business units and an established KPI system, and dynamism is moderate (below ${dynamismModerate}).`,
            `当多数受访者表示公司有多个业务单元和成熟的 KPI 体系，且工作变化程度中等（低于 ${dynamismModerate}）时，建议采用平衡计分卡。`,
          )
        : t(
            `Routes to a Balanced Scorecard when HR states that the organization is mature, has several business units with their own profit and loss and an established KPI system, and dynamism is moderate (below ${dynamismModerate}).`,
            `当 HR 说明公司处于成熟期、有多个独立核算的业务单元和成熟的 KPI 体系，且工作变化程度中等（低于 ${dynamismModerate}）时，建议采用平衡计分卡。`,
          ),
    assess: (input) => {
      const checks = [
        ...organizationChecks(input),
        scaleCheck(input, 'fit.dynamism', input.model.thresholds.dynamismModerate),
      ];
      return { status: allOf(checks), checks };
    },
  },
  {
    id: 'hygiene',
    required: true,
    verdict: 'fix-hygiene',
    rule: ({ thresholds: { red, hygieneUnfavourableShare } }) =>
      t(
        `Fails when any hygiene scale (pay, job security, clear systems) is at or below ${red}, or ${percent(hygieneUnfavourableShare)} or more of respondents are unfavourable on it.`,
        `任一保健因素（薪酬、工作保障、制度清晰）得分不高于 ${red}，或不利评价占比达到 ${percent(hygieneUnfavourableShare)} 及以上，即未通过。`,
      ),
    assess: (input) => {
      const red = input.model.thresholds.red;
      const checks = HYGIENE_SCALES.flatMap((s) => [
        scaleCheck(input, s, red, 'at-or-below'),
        unfavourableCheck(input, s),
      ]);
      return { status: anyOf(checks), checks };
    },
  },
  {
    id: 'okr-kpi',
    required: true,
    verdict: 'clarify-okr-kpi',
    // knowledgeCorrect is a 0–100 score: the share of scenarios answered correctly, in percent.
    rule: ({ thresholds: { red, knowledgeCorrect } }) =>
      t(
        `Fails when fewer than ${knowledgeCorrect}% of the OKR/KPI scenarios are answered correctly, or when keeping OKRs out of appraisal or goal stability is at or below ${red}.`,
        `OKR/KPI 情景题正确率低于 ${knowledgeCorrect}%，或“OKR 与考核脱钩”“目标稳定性”得分不高于 ${red}，即未通过。`,
      ),
    assess: (input) => {
      const { red, knowledgeCorrect } = input.model.thresholds;
      const checks = [
        scaleCheck(input, 'okr-kpi.knowledge', knowledgeCorrect),
        scaleCheck(input, 'okr-kpi.decoupling', red, 'at-or-below'),
        scaleCheck(input, 'okr-kpi.stability', red, 'at-or-below'),
      ];
      return { status: anyOf(checks), checks };
    },
  },
  {
    id: 'culture',
    required: true,
    verdict: 'strengthen-culture',
    rule: ({ thresholds: { red } }) =>
      t(
        `Fails when psychological safety, commitment to change or confidence to change is at or below ${red}.`,
        `心理安全、变革承诺或变革效能任一得分不高于 ${red}，即未通过。`,
      ),
    assess: (input) => {
      const red = input.model.thresholds.red;
      const checks = CULTURE_SCALES.map((s) => scaleCheck(input, s, red, 'at-or-below'));
      return { status: anyOf(checks), checks };
    },
  },
  {
    id: 'participation-breakdown',
    required: true,
    verdict: 'pilot-first',
    rule: (model) => {
      const { clause } = siloRule(model.rules.silo);
      const { green, agreement, agreementShare } = model.thresholds;
      const share = shareInWords(agreementShare);
      return t(
        `Calls for a pilot when participation or goal-breakdown quality is below ${green}, ${clause.en}, or when fewer than ${share.en} of the departments shown agree within themselves (rwg(j) of at least ${coefficient(agreement)} on every readiness dimension).`,
        `当参与或目标分解质量得分低于 ${green}、${clause['zh-cn']}，或少于${share['zh-cn']}的显示部门内部意见一致（每个准备度维度的 rwg(j) 不低于 ${coefficient(agreement)}）时，建议先试点。`,
      );
    },
    assess: (input) => {
      const green = input.model.thresholds.green;
      const { agreementShare } = input.model.thresholds;
      const signals = input.analysis?.siloSignals.length ?? null;
      const share = input.analysis?.agreementShare ?? null;
      const checks = [
        dimensionCheck(input, 'participation', green),
        dimensionCheck(input, 'breakdown', green),
        judge('silo-signals', t('Silo signals', '部门墙信号'), exactly(signals), 1, 'at-or-above', 'count'),
        judge(
          'agreement-share',
          t('Departments that agree within', '内部意见一致的部门'),
          exactly(share),
          agreementShare,
          'below',
          'share',
        ),
      ];
      return { status: anyOf(checks), checks };
    },
  },
];

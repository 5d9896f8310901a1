// The barrier model: the dimensions and scales a readiness questionnaire is scored on, and the thresholds
// its decision gates use. Constructs follow questionnaires/MODEL.md; every threshold is a documented default.

import { localText as t, type LocalText } from '../../../shared/languages';

// The model's words (dimension and scale titles here; gates, verdicts and advice beside it) are LocalText
// owned by the domain; the client shows them as they come. Languages are shared with the client.
export { LANGUAGES, type Language, type LocalText } from '../../../shared/languages';

export type DimensionId = 'hygiene' | 'participation' | 'culture' | 'okr-kpi' | 'breakdown' | 'fit';

export interface ScaleDefinition {
  /** `<dimension>.<scale>`, the value of a question's `scale` property. */
  id: string;
  title: LocalText;
  /**
   * Scored and shown, but not yet part of any decision: it enters no dimension figure, no agreement and no
   * gate until field data shows it measures what it claims (MODEL.md section 2.8).
   */
  reportedOnly?: true;
}

export interface DimensionDefinition {
  id: DimensionId;
  title: LocalText;
  /** `readiness` dimensions are gates and appear on the radar; `routing` ones only choose an alternative. */
  role: 'readiness' | 'routing';
  scales: ScaleDefinition[];
}

export interface Thresholds {
  /** A scale mean at or below this (0–100) is a barrier: a mean of 3 on the 1–5 agreement scale. */
  red: number;
  /** At or above this a dimension is healthy enough for a full rollout. */
  green: number;
  /** Share of knowledge scenarios answered correctly below which OKR and KPI are confused. */
  knowledgeCorrect: number;
  /** Share of unfavourable respondents on any hygiene scale that fails the hygiene gate on its own. */
  hygieneUnfavourableShare: number;
  /** Fewer responses than this, overall, and no verdict is given. */
  minResponses: number;
  /** A response rate (responses / headcount) below this makes the sample unrepresentative. */
  minResponseRate: number;
  /** Routing: dynamism below this and control at or above `controlHigh` point to KPI + projects. */
  dynamismLow: number;
  controlHigh: number;
  /** Routing: dynamism below this in a mature multi-unit organization points to a Balanced Scorecard. */
  dynamismModerate: number;
  /** Cronbach's α below this on a gate scale: its score cannot be trusted and no verdict is given. */
  alphaMinimum: number;
  /** α below this is flagged as questionable; an item below `itemTotalMinimum` is flagged as weak. */
  alphaAcceptable: number;
  itemTotalMinimum: number;
  /** Complete cases needed before α is computed at all. */
  alphaMinimumCases: number;
  /** A department agrees on a dimension when rwg(j) reaches this (r*wg(j) is reported beside it). */
  agreement: number;
  /** Share of shown departments that must agree on every gate dimension before "ready". */
  agreementShare: number;
  /** Silo signals: agreement below this within a department… */
  siloAgreement: number;
  /** …or this share both favourable and unfavourable at once… */
  polarisedShare: number;
  /** …or departments apart by at least this Hedges' g (Holm-adjusted p < .05, each n ≥ the minimum). */
  gapEffectSize: number;
  /** Share of a department's respondents naming another as one they depend on, to count as a dependency. */
  dependencyShare: number;
  /** Respondents needed for a driver correlation. */
  driverMinimumCases: number;
  /** Share of respondents describing the organization one way for the routing gates to count it so. */
  profileMajority: number;
}

/**
 * How silo signals are found. `point-estimates` (model 1): each source judged on its point estimate and
 * one signal anywhere is enough. `family-wise` (model 2): every source tested with its uncertainty, a gap
 * only when it is shown to be at least `gapMinimum` points, and Holm's correction at `familyError` over
 * every hypothesis the gate looks at (MODEL.md section 10.1).
 */
export type SiloRule =
  { kind: 'point-estimates' } | { kind: 'family-wise'; familyError: number; gapMinimum: number };

/**
 * What within-campaign reliability evidence the verdict needs. `shown-unreliable` (model 1): no verdict
 * when a gate scale's whole Feldt interval for α lies below `alphaMinimum`. `reported` (model 2): α is
 * reported and flagged but never withholds the verdict (MODEL.md section 7.2, gate 1).
 */
export type ReliabilityRule = { kind: 'shown-unreliable' } | { kind: 'reported' };

/**
 * Where the routing gates read organization facts (business units, KPI system, maturity): `respondents`
 * (model 1), the majority of staff answering profile questions; `hr` (model 2), what HR stated for the
 * campaign (organization-facts.ts), since most staff cannot know them (MODEL.md section 2.6).
 */
export type FactsSource = 'respondents' | 'hr';

/** The rules a model version decides with, beside its thresholds: all fixed for the campaigns that use it. */
export interface ModelRules {
  silo: SiloRule;
  reliability: ReliabilityRule;
  facts: FactsSource;
}

export interface BarrierModel {
  version: string;
  dimensions: DimensionDefinition[];
  thresholds: Thresholds;
  rules: ModelRules;
}

export const BARRIER_MODEL_V1: BarrierModel = {
  version: '1',
  dimensions: [
    {
      id: 'hygiene',
      title: t('Hygiene factors', '保健因素'),
      role: 'readiness',
      scales: [
        { id: 'hygiene.pay', title: t('Fair pay', '薪酬公平') },
        { id: 'hygiene.security', title: t('Job security', '工作保障') },
        { id: 'hygiene.systems', title: t('Clear systems', '制度清晰') },
      ],
    },
    {
      id: 'participation',
      title: t('Participation', '参与'),
      role: 'readiness',
      scales: [
        { id: 'participation.breadth', title: t('Breadth of participation', '参与广度') },
        { id: 'participation.silos', title: t('Cross-department links', '跨部门连接') },
      ],
    },
    {
      id: 'culture',
      title: t('Readiness and culture', '变革准备与文化'),
      role: 'readiness',
      scales: [
        { id: 'culture.commitment', title: t('Commitment to change', '变革承诺') },
        { id: 'culture.efficacy', title: t('Confidence to change', '变革效能') },
        { id: 'culture.support', title: t('Management support', '管理层支持') },
        { id: 'culture.safety', title: t('Psychological safety', '心理安全') },
        { id: 'culture.transparency', title: t('Transparency and autonomy', '透明与自主') },
      ],
    },
    {
      id: 'okr-kpi',
      title: t('OKR and KPI kept apart', 'OKR 与 KPI 区分'),
      role: 'readiness',
      scales: [
        { id: 'okr-kpi.knowledge', title: t('Knowing OKR from KPI', '理解 OKR 与 KPI 的区别') },
        { id: 'okr-kpi.decoupling', title: t('OKR kept out of appraisal', 'OKR 与绩效考核脱钩') },
        { id: 'okr-kpi.stability', title: t('Goal stability', '目标稳定性') },
      ],
    },
    {
      id: 'breakdown',
      title: t('Goal breakdown quality', '目标分解质量'),
      role: 'readiness',
      scales: [
        { id: 'breakdown.specificity', title: t('Specific goals', '目标具体') },
        { id: 'breakdown.granularity', title: t('Outcomes, not tasks', '关注成果而非任务') },
        { id: 'breakdown.shared-definitions', title: t('Shared definition of success', '对成功的共同定义') },
        { id: 'breakdown.data', title: t('Data to track results', '结果数据支撑') },
      ],
    },
    {
      id: 'fit',
      title: t('Fit profile', '适配画像'),
      role: 'routing',
      scales: [
        { id: 'fit.dynamism', title: t('Dynamism of the work', '工作变化程度') },
        { id: 'fit.control', title: t('Preference for control', '偏好管控程度') },
      ],
    },
  ],
  thresholds: {
    red: 50,
    green: 65,
    knowledgeCorrect: 60,
    hygieneUnfavourableShare: 0.4,
    minResponses: 5,
    minResponseRate: 0.6,
    dynamismLow: 40,
    controlHigh: 60,
    dynamismModerate: 60,
    alphaMinimum: 0.6,
    alphaAcceptable: 0.7,
    itemTotalMinimum: 0.3,
    alphaMinimumCases: 10,
    agreement: 0.7,
    agreementShare: 2 / 3,
    siloAgreement: 0.5,
    polarisedShare: 0.3,
    gapEffectSize: 0.5,
    dependencyShare: 0.3,
    driverMinimumCases: 10,
    profileMajority: 0.5,
  },
  rules: {
    silo: { kind: 'point-estimates' },
    reliability: { kind: 'shown-unreliable' },
    facts: 'respondents',
  },
};

const dimensionOf = (model: BarrierModel, id: DimensionId) => model.dimensions.find((d) => d.id === id)!;
const scalesOf = (model: BarrierModel, id: DimensionId) => dimensionOf(model, id).scales;

/**
 * Version 2, with questionnaire readiness-okr-2: version 1's gates and thresholds; silo signals under
 * family-wise error control and a verdict that a low α within one campaign no longer withholds (MODEL.md
 * section 1.1); four constructs of the source document added as scales (trust in management, motivation by
 * achievement, room to grow, the long-term strategic layer), none of them read by a gate until field data
 * shows they measure what they claim; and organization facts taken from HR.
 */
export const BARRIER_MODEL_V2: BarrierModel = {
  ...BARRIER_MODEL_V1,
  version: '2',
  dimensions: [
    dimensionOf(BARRIER_MODEL_V1, 'hygiene'),
    dimensionOf(BARRIER_MODEL_V1, 'participation'),
    {
      ...dimensionOf(BARRIER_MODEL_V1, 'culture'),
      scales: [
        ...scalesOf(BARRIER_MODEL_V1, 'culture').filter((s) => s.id !== 'culture.transparency'),
        { id: 'culture.trust', title: t('Trust in management', '对管理层的信任'), reportedOnly: true },
        { id: 'culture.motivation', title: t('Motivated by achievement', '成就驱动'), reportedOnly: true },
        { id: 'culture.growth', title: t('Room to grow', '成长空间'), reportedOnly: true },
        { id: 'culture.transparency', title: t('Transparency', '信息透明') },
      ],
    },
    {
      // The strategic layer of the source's layered goal system: OKRs hang from it, KPIs run beneath it.
      ...dimensionOf(BARRIER_MODEL_V1, 'okr-kpi'),
      scales: [
        ...scalesOf(BARRIER_MODEL_V1, 'okr-kpi'),
        {
          id: 'okr-kpi.strategy',
          title: t('Clear long-term direction', '长期方向清晰'),
          reportedOnly: true,
        },
      ],
    },
    dimensionOf(BARRIER_MODEL_V1, 'breakdown'),
    {
      ...dimensionOf(BARRIER_MODEL_V1, 'fit'),
      scales: [
        { id: 'fit.dynamism', title: t('Dynamism of the work', '工作变化程度') },
        { id: 'fit.control', title: t('Control by procedure', '流程管控程度') },
      ],
    },
  ],
  rules: {
    silo: { kind: 'family-wise', familyError: 0.05, gapMinimum: 10 },
    reliability: { kind: 'reported' },
    facts: 'hr',
  },
};

/** Every model version a campaign may have been launched with; reports always use the campaign's own. */
export const BARRIER_MODELS: Record<string, BarrierModel> = {
  [BARRIER_MODEL_V1.version]: BARRIER_MODEL_V1,
  [BARRIER_MODEL_V2.version]: BARRIER_MODEL_V2,
};
/** The version new campaigns are created with: only a questionnaire written for it is offered to them. */
export const CURRENT_MODEL_VERSION = BARRIER_MODEL_V2.version;

/**
 * The model a campaign is judged by. Normally the version it was created with, whose scales its
 * questionnaire was written for. Campaigns created on questionnaire readiness-okr (written for model 1)
 * while model 2 had no questionnaire of its own were stored with version 2: they keep the scales and the
 * source of organization facts of the questionnaire they were asked, judged by version 2's thresholds and
 * rules, exactly as they were when they opened.
 */
export function judgingModel(
  campaignModelVersion: string,
  questionnaireModelVersion: string,
): BarrierModel | undefined {
  const model = BARRIER_MODELS[campaignModelVersion];
  const written = BARRIER_MODELS[questionnaireModelVersion];
  if (!model || !written || model === written) return model;
  return { ...model, dimensions: written.dimensions, rules: { ...model.rules, facts: written.rules.facts } };
}

/** The scales a dimension's figure and agreement are built from: all but those only reported. */
export const decidingScales = (dimension: DimensionDefinition): ScaleDefinition[] =>
  dimension.scales.filter((s) => !s.reportedOnly);

export function findScale(model: BarrierModel, scaleId: string): ScaleDefinition | undefined {
  for (const dimension of model.dimensions) {
    const scale = dimension.scales.find((s) => s.id === scaleId);
    if (scale) return scale;
  }
  return undefined;
}

/** A scale's title, as gates and advice cite it; its id where the model does not know it. */
export function scaleTitle(model: BarrierModel, scaleId: string): LocalText {
  return findScale(model, scaleId)?.title ?? t(scaleId, scaleId);
}

/** The share of respondents unfavourable on a scale, as the hygiene gate and the advice both cite it. */
export function unfavourableLabel(model: BarrierModel, scaleId: string): LocalText {
  const title = scaleTitle(model, scaleId);
  return t(`Unfavourable on ${title.en}`, `${title['zh-cn']}：不利评价占比`);
}

export function dimensionOfScale(scaleId: string): DimensionId {
  return scaleId.slice(0, scaleId.indexOf('.')) as DimensionId;
}

/**
 * What profile questions say about the organization and its people: the share of respondents (excluding
 * "don't know") who give one of `values` to `question`. Model 1's routing gates read the first two from
 * respondents; questionnaire 2 asks only `okr-trained`, which the training recommendation reads.
 */
export const PROFILE_TRAITS = {
  'multi-unit': { question: 'profile_business_units', values: ['two_to_four', 'five_plus'] },
  'established-kpi': { question: 'profile_kpi_system', values: ['established'] },
  'bonus-linked': { question: 'profile_bonus_link', values: ['yes', 'partly'] },
  'okr-trained': { question: 'profile_okr_training', values: ['yes'] },
} as const;
export type ProfileTrait = keyof typeof PROFILE_TRAITS;

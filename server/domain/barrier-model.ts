// The barrier model: the dimensions and scales a readiness questionnaire is scored on, and the thresholds
// its decision gates use. Constructs follow questionnaires/MODEL.md; every threshold is a documented default.

export type Language = 'en' | 'zh-cn';
export const LANGUAGES: readonly Language[] = ['en', 'zh-cn'];

/** Text in every language the product speaks. */
export type LocalText = Record<Language, string>;

export type DimensionId = 'hygiene' | 'participation' | 'culture' | 'okr-kpi' | 'breakdown' | 'fit';

export interface ScaleDefinition {
  /** `<dimension>.<scale>`, the value of a question's `scale` property. */
  id: string;
  title: LocalText;
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

/** The rules a model version decides with, beside its thresholds: both fixed for the campaigns that use it. */
export interface ModelRules {
  silo: SiloRule;
  reliability: ReliabilityRule;
}

export interface BarrierModel {
  version: string;
  dimensions: DimensionDefinition[];
  thresholds: Thresholds;
  rules: ModelRules;
}

const t = (en: string, zh: string): LocalText => ({ en, 'zh-cn': zh });

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
  rules: { silo: { kind: 'point-estimates' }, reliability: { kind: 'shown-unreliable' } },
};

/**
 * Version 2: version 1's dimensions, scales and thresholds, with silo signals under family-wise error
 * control and a verdict that a low α within one campaign no longer withholds (issue 10, findings 7–8).
 */
export const BARRIER_MODEL_V2: BarrierModel = {
  ...BARRIER_MODEL_V1,
  version: '2',
  rules: {
    silo: { kind: 'family-wise', familyError: 0.05, gapMinimum: 10 },
    reliability: { kind: 'reported' },
  },
};

/** Every model version a campaign may have been launched with; reports always use the campaign's own. */
export const BARRIER_MODELS: Record<string, BarrierModel> = {
  [BARRIER_MODEL_V1.version]: BARRIER_MODEL_V1,
  [BARRIER_MODEL_V2.version]: BARRIER_MODEL_V2,
};
/** The version new campaigns are created with, when it can score their questionnaire (see campaign.ts). */
export const CURRENT_MODEL_VERSION = BARRIER_MODEL_V2.version;

/**
 * The model a new campaign on this questionnaire is judged by: the current one when it can score the
 * questionnaire (every scale the questionnaire names is in the model, and every readiness scale of the
 * model has a question), otherwise the version the questionnaire was written for. A questionnaire's
 * `modelVersion` says which scales it was written against; the campaign records the rules it is judged by.
 */
export function modelVersionForNewCampaign(questionnaire: {
  modelVersion: string;
  questions: readonly { scale: string | null }[];
}): string {
  const current = BARRIER_MODELS[CURRENT_MODEL_VERSION]!;
  const asked = new Set(questionnaire.questions.map((q) => q.scale).filter((s) => s !== null));
  const modelScales = current.dimensions.flatMap((d) => d.scales.map((s) => s.id));
  const readinessScales = current.dimensions
    .filter((d) => d.role === 'readiness')
    .flatMap((d) => d.scales.map((s) => s.id));
  const canScore =
    [...asked].every((s) => modelScales.includes(s)) && readinessScales.every((s) => asked.has(s));
  return canScore ? current.version : questionnaire.modelVersion;
}

export function findScale(model: BarrierModel, scaleId: string): ScaleDefinition | undefined {
  for (const dimension of model.dimensions) {
    const scale = dimension.scales.find((s) => s.id === scaleId);
    if (scale) return scale;
  }
  return undefined;
}

export function dimensionOfScale(scaleId: string): DimensionId {
  return scaleId.slice(0, scaleId.indexOf('.')) as DimensionId;
}

/**
 * Organization facts the routing gates read from profile questions: the share of respondents (excluding
 * "don't know") who give one of `values` to `question`.
 */
export const PROFILE_TRAITS = {
  'multi-unit': { question: 'profile_business_units', values: ['two_to_four', 'five_plus'] },
  'established-kpi': { question: 'profile_kpi_system', values: ['established'] },
  'bonus-linked': { question: 'profile_bonus_link', values: ['yes', 'partly'] },
} as const;
export type ProfileTrait = keyof typeof PROFILE_TRAITS;

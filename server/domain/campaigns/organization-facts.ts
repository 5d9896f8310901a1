// Facts about the organization that HR states once when a campaign is set up, instead of asking every
// respondent: most staff cannot know how many units keep their own profit and loss, or whether a KPI system
// covers the whole organization, and their guesses should not choose a route (MODEL.md section 2.6).

import type { FactsSource, LocalText } from '../instrument/barrier-model';
import { InvalidInputError, type FieldError } from '../errors';
import { localText as t } from '../../../shared/languages';

interface FactDefinition {
  /** The question HR answers, in the words of the campaign form. */
  question: LocalText;
  /** Each possible answer in words; order is the order the form offers them. */
  answers: Record<string, LocalText>;
}

export const ORGANIZATION_FACTS = {
  industry: {
    question: t('Which industry is the organization mainly in?', '公司主要属于哪个行业？'),
    answers: {
      manufacturing: t('Manufacturing', '制造业'),
      services: t('Services', '服务业'),
      technology: t('Technology or internet', '科技或互联网'),
      finance: t('Finance or insurance', '金融或保险'),
      public: t('Government or public sector', '政府或公共部门'),
      retail: t('Retail or trade', '零售或贸易'),
      other: t('Other', '其他'),
    },
  },
  businessUnits: {
    question: t(
      'How many business units keep their own profit and loss?',
      '公司有几个独立核算盈亏的业务单元？',
    ),
    answers: {
      one: t('One: the organization as a whole', '一个：整个公司统一核算'),
      'two-to-four': t('2 to 4', '2 到 4 个'),
      'five-plus': t('5 or more', '5 个或更多'),
    },
  },
  kpiSystem: {
    question: t('How are KPIs used today?', '目前 KPI 的使用情况如何？'),
    answers: {
      none: t('Hardly at all', '基本没有使用'),
      some: t('In some departments', '部分部门在使用'),
      established: t('An established KPI system across the organization', '全公司有成熟的 KPI 体系'),
    },
  },
  maturity: {
    question: t('Which stage is the organization at?', '公司处于哪个发展阶段？'),
    answers: {
      young: t('Young: finding its business model', '初创期：仍在探索业务模式'),
      growing: t('Growing fast', '快速成长期'),
      mature: t('Mature: an established business', '成熟期：业务稳定'),
    },
  },
  projectPractice: {
    question: t(
      'How is improvement work run as projects (a sponsor, a scope, a deadline)?',
      '改进类工作是否以项目方式运作（有发起人、范围和截止日期）？',
    ),
    answers: {
      none: t('Rarely: improvements are fitted around daily work', '很少：改进工作穿插在日常工作中'),
      some: t('Sometimes, in some departments', '有时会，部分部门如此'),
      established: t('Routinely, with an agreed way of running projects', '经常，且有统一的项目管理方法'),
    },
  },
  okrExperience: {
    question: t('Has the organization used OKRs before?', '公司以前用过 OKR 吗？'),
    answers: {
      never: t('Never', '从未用过'),
      'some-departments': t('Only in some departments', '只在部分部门用过'),
      stopped: t('Tried across the organization, then stopped', '全公司试过，后来停了'),
      'in-use': t('In use across the organization', '全公司正在使用'),
    },
  },
  payLink: {
    question: t(
      'Are goal results tied to bonuses or performance ratings?',
      '目标完成情况是否与奖金或绩效评级挂钩？',
    ),
    answers: {
      no: t('No', '不挂钩'),
      partly: t('Partly', '部分挂钩'),
      yes: t('Yes', '挂钩'),
    },
  },
} as const satisfies Record<string, FactDefinition>;

export type OrganizationFactKey = keyof typeof ORGANIZATION_FACTS;
export const ORGANIZATION_FACT_KEYS = Object.keys(ORGANIZATION_FACTS) as OrganizationFactKey[];

/** HR's answers; a fact HR has not given is null, and the checks that need it go unassessed. */
export type OrganizationFacts = {
  [K in OrganizationFactKey]: keyof (typeof ORGANIZATION_FACTS)[K]['answers'] | null;
};

export const NO_FACTS: OrganizationFacts = Object.fromEntries(
  ORGANIZATION_FACT_KEYS.map((k) => [k, null]),
) as OrganizationFacts;

/** Stored facts merged with a change; an answer a fact does not offer is refused, naming the field. */
export function changeFacts(
  facts: OrganizationFacts,
  change: Partial<Record<string, unknown>>,
): OrganizationFacts {
  const errors: FieldError[] = [];
  const next: Record<string, unknown> = { ...facts };
  for (const [key, value] of Object.entries(change)) {
    // Own properties only: "constructor" or "toString" are no fact and no answer.
    const definition = Object.hasOwn(ORGANIZATION_FACTS, key)
      ? (ORGANIZATION_FACTS as Record<string, FactDefinition>)[key]
      : undefined;
    const field = `organizationFacts.${key}`;
    if (!definition) errors.push({ field, message: 'is not an organization fact', code: 'facts.unknown' });
    else if (value !== null && !(typeof value === 'string' && Object.hasOwn(definition.answers, value))) {
      const answers = Object.keys(definition.answers).join(', ');
      errors.push({
        field,
        message: `must be one of ${answers} or null`,
        code: 'facts.answer-unknown',
        params: { answers },
      });
    } else next[key] = value;
  }
  if (errors.length > 0) {
    throw new InvalidInputError(
      errors.map((e) => `${e.field} ${e.message}`).join('; '),
      { code: 'campaign.facts-invalid', params: {} },
      errors,
    );
  }
  return next as OrganizationFacts;
}

/**
 * Refuses HR's statement for a campaign whose model reads the facts from respondents (a questionnaire that
 * asks staff, repeated item for item): stored, it would be shown as what routes the campaign, and is not.
 */
export function refuseFactsAskedOfStaff(
  source: FactsSource,
  given: Partial<Record<string, unknown>> | undefined,
) {
  if (source === 'hr' || given === undefined) return;
  if (Object.values(given).every((v) => v === null)) return;
  const message = 'must be left out: this questionnaire asks staff about the organization';
  const code = 'campaign.facts-asked-of-staff';
  throw new InvalidInputError(`organizationFacts ${message}.`, { code, params: {} }, [
    { field: 'organizationFacts', message, code, params: {} },
  ]);
}

/** The organization traits the routing gates read (MODEL.md section 7.2): the fact each reads, and how. */
export const FACT_TRAITS = {
  'multi-unit': { fact: 'businessUnits', has: (answer: string) => answer !== 'one' },
  'established-kpi': { fact: 'kpiSystem', has: (answer: string) => answer === 'established' },
  mature: { fact: 'maturity', has: (answer: string) => answer === 'mature' },
} as const satisfies Record<string, { fact: OrganizationFactKey; has: (answer: string) => boolean }>;
export type FactTrait = keyof typeof FACT_TRAITS;

/** Each trait from HR's facts: true or false when HR said, null when HR did not. */
export function factTraits(facts: OrganizationFacts): Record<FactTrait, boolean | null> {
  const traits = {} as Record<FactTrait, boolean | null>;
  for (const [trait, { fact, has }] of Object.entries(FACT_TRAITS) as [
    FactTrait,
    (typeof FACT_TRAITS)[FactTrait],
  ][]) {
    const answer = facts[fact];
    traits[trait] = answer === null ? null : has(answer);
  }
  return traits;
}

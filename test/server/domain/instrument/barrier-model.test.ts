import { describe, expect, it } from 'vitest';
import {
  BARRIER_MODEL_V1,
  BARRIER_MODEL_V2,
  BARRIER_MODELS,
  CURRENT_MODEL_VERSION,
  decidingScales,
  dimensionOfScale,
  findScale,
  judgingModel,
  scaleTitle,
  unfavourableLabel,
  type BarrierModel,
} from '../../../../server/domain/instrument/barrier-model';

const scalesOf = (model: typeof BARRIER_MODEL_V1) =>
  model.dimensions.flatMap((d) => d.scales.map((s) => s.id));

describe('barrier model versions', () => {
  it('offers models 1 and 2, and creates new campaigns on 2', () => {
    expect(Object.keys(BARRIER_MODELS).sort()).toEqual(['1', '2']);
    expect(CURRENT_MODEL_VERSION).toBe('2');
  });

  it('keeps model 1’s rules: point-estimate silo signals, an α that can withhold the verdict, facts from respondents', () => {
    expect(BARRIER_MODEL_V1.rules).toEqual({
      silo: { kind: 'point-estimates' },
      reliability: { kind: 'shown-unreliable' },
      facts: 'respondents',
    });
  });

  it('gives model 2 model 1’s thresholds, its own rules, and facts from HR', () => {
    expect(BARRIER_MODEL_V2.thresholds).toEqual(BARRIER_MODEL_V1.thresholds);
    expect(BARRIER_MODEL_V2.rules).toEqual({
      silo: { kind: 'family-wise', familyError: 0.05, gapMinimum: 10 },
      reliability: { kind: 'reported' },
      facts: 'hr',
    });
  });

  it('keeps every scale of model 1 in model 2 under the same id, and adds four', () => {
    const added = scalesOf(BARRIER_MODEL_V2).filter((s) => !scalesOf(BARRIER_MODEL_V1).includes(s));
    expect(scalesOf(BARRIER_MODEL_V1).every((s) => scalesOf(BARRIER_MODEL_V2).includes(s))).toBe(true);
    expect(added.sort()).toEqual([
      'culture.growth',
      'culture.motivation',
      'culture.trust',
      'okr-kpi.strategy',
    ]);
  });
});

describe('judgingModel', () => {
  it.each([
    { campaign: '1', questionnaire: '1', scales: BARRIER_MODEL_V1, rules: BARRIER_MODEL_V1.rules },
    { campaign: '2', questionnaire: '2', scales: BARRIER_MODEL_V2, rules: BARRIER_MODEL_V2.rules },
    // Campaigns created on questionnaire 1 while model 2 had no questionnaire of its own: version 2's
    // rules over the scales and facts source they were asked with.
    {
      campaign: '2',
      questionnaire: '1',
      scales: BARRIER_MODEL_V1,
      rules: { ...BARRIER_MODEL_V2.rules, facts: 'respondents' },
    },
  ])(
    'judges a model-$campaign campaign on a questionnaire written for model $questionnaire',
    ({ campaign, questionnaire, scales, rules }) => {
      const model = judgingModel(campaign, questionnaire)!;
      expect(model.version).toBe(campaign);
      expect(model.dimensions).toEqual(scales.dimensions);
      expect(model.thresholds).toEqual(BARRIER_MODELS[campaign]!.thresholds);
      expect(model.rules).toEqual(rules);
    },
  );

  it('knows no model a stored campaign could not have had', () => {
    expect(judgingModel('9', '1')).toBeUndefined();
  });
});

const layout = (model: BarrierModel) =>
  model.dimensions.map((d) => ({
    dimension: `${d.id} (${d.role})`,
    scales: d.scales.map((s) => (s.reportedOnly ? `${s.id} (reported only)` : s.id)),
  }));

describe('the dimensions and scales of each model version', () => {
  const MODEL_1 = [
    { dimension: 'hygiene (readiness)', scales: ['hygiene.pay', 'hygiene.security', 'hygiene.systems'] },
    { dimension: 'participation (readiness)', scales: ['participation.breadth', 'participation.silos'] },
    {
      dimension: 'culture (readiness)',
      scales: [
        'culture.commitment',
        'culture.efficacy',
        'culture.support',
        'culture.safety',
        'culture.transparency',
      ],
    },
    {
      dimension: 'okr-kpi (readiness)',
      scales: ['okr-kpi.knowledge', 'okr-kpi.decoupling', 'okr-kpi.stability'],
    },
    {
      dimension: 'breakdown (readiness)',
      scales: [
        'breakdown.specificity',
        'breakdown.granularity',
        'breakdown.shared-definitions',
        'breakdown.data',
      ],
    },
    { dimension: 'fit (routing)', scales: ['fit.dynamism', 'fit.control'] },
  ];

  it('lays out model 1 as MODEL.md describes it', () => {
    expect(layout(BARRIER_MODEL_V1)).toEqual(MODEL_1);
  });

  it('lays out model 2 with four scales only reported, and transparency last in culture', () => {
    expect(layout(BARRIER_MODEL_V2)).toEqual([
      MODEL_1[0],
      MODEL_1[1],
      {
        dimension: 'culture (readiness)',
        scales: [
          'culture.commitment',
          'culture.efficacy',
          'culture.support',
          'culture.safety',
          'culture.trust (reported only)',
          'culture.motivation (reported only)',
          'culture.growth (reported only)',
          'culture.transparency',
        ],
      },
      {
        dimension: 'okr-kpi (readiness)',
        scales: [
          'okr-kpi.knowledge',
          'okr-kpi.decoupling',
          'okr-kpi.stability',
          'okr-kpi.strategy (reported only)',
        ],
      },
      MODEL_1[4],
      MODEL_1[5],
    ]);
  });

  it.each([BARRIER_MODEL_V1, BARRIER_MODEL_V2])(
    'titles every dimension and scale of model $version in both languages',
    (model) => {
      for (const item of model.dimensions.flatMap((d) => [d, ...d.scales])) {
        expect(item.title.en, item.id).toMatch(/[a-z]/i);
        expect(item.title['zh-cn'], item.id).toMatch(/\p{Script=Han}/u);
      }
    },
  );

  it('words the scales that changed between versions anew', () => {
    expect(scaleTitle(BARRIER_MODEL_V2, 'culture.transparency').en).not.toBe(
      scaleTitle(BARRIER_MODEL_V1, 'culture.transparency').en,
    );
    expect(scaleTitle(BARRIER_MODEL_V2, 'fit.control').en).not.toBe(
      scaleTitle(BARRIER_MODEL_V1, 'fit.control').en,
    );
  });
});

describe('reading the model', () => {
  it('builds a dimension only from the scales that are not only reported', () => {
    const culture = BARRIER_MODEL_V2.dimensions.find((d) => d.id === 'culture')!;
    expect(decidingScales(culture).map((s) => s.id)).toEqual([
      'culture.commitment',
      'culture.efficacy',
      'culture.support',
      'culture.safety',
      'culture.transparency',
    ]);
  });

  it.each([
    { scaleId: 'hygiene.pay', found: 'Fair pay' },
    { scaleId: 'fit.control', found: 'Control by procedure' },
    { scaleId: 'culture.growth', found: 'Room to grow' },
    { scaleId: 'culture.nothing', found: undefined },
  ])('finds $scaleId in whichever dimension holds it', ({ scaleId, found }) => {
    expect(findScale(BARRIER_MODEL_V2, scaleId)?.title.en).toBe(found);
  });

  it('titles an unknown scale by its id, and labels a scale’s unfavourable share in both languages', () => {
    expect(scaleTitle(BARRIER_MODEL_V1, 'nowhere.scale')).toEqual({
      en: 'nowhere.scale',
      'zh-cn': 'nowhere.scale',
    });
    expect(unfavourableLabel(BARRIER_MODEL_V1, 'hygiene.security')).toEqual({
      en: 'Unfavourable on Job security',
      'zh-cn': '工作保障：不利评价占比',
    });
  });

  it('judges a campaign by its own model when its questionnaire’s version is unknown, or its own', () => {
    expect(judgingModel('2', '9')).toBe(BARRIER_MODEL_V2);
    expect(judgingModel('1', '1')).toBe(BARRIER_MODEL_V1);
  });

  it.each([
    ['hygiene.pay', 'hygiene'],
    ['okr-kpi.strategy', 'okr-kpi'],
    ['breakdown.shared-definitions', 'breakdown'],
  ])('reads the dimension of %s from its id: %s', (scaleId, dimension) => {
    expect(dimensionOfScale(scaleId)).toBe(dimension);
  });
});

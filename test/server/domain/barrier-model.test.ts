import { describe, expect, it } from 'vitest';
import {
  BARRIER_MODEL_V1,
  BARRIER_MODEL_V2,
  BARRIER_MODELS,
  CURRENT_MODEL_VERSION,
  judgingModel,
} from '../../../server/domain/barrier-model';

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

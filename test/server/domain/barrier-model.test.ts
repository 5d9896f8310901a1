import { describe, expect, it } from 'vitest';
import {
  BARRIER_MODEL_V1,
  BARRIER_MODEL_V2,
  BARRIER_MODELS,
  CURRENT_MODEL_VERSION,
  modelVersionForNewCampaign,
} from '../../../server/domain/barrier-model';

const allScales = BARRIER_MODEL_V2.dimensions.flatMap((d) => d.scales.map((s) => s.id));
/** A questionnaire written for model 1 with a question on each of these scales. */
const askingOn = (scales: readonly string[], modelVersion = '1') => ({
  modelVersion,
  questions: [...scales.map((scale) => ({ scale })), { scale: null }],
});

describe('barrier model versions', () => {
  it('offers models 1 and 2, and creates new campaigns on 2', () => {
    expect(Object.keys(BARRIER_MODELS).sort()).toEqual(['1', '2']);
    expect(CURRENT_MODEL_VERSION).toBe('2');
  });

  it('keeps model 1’s rules: point-estimate silo signals and an α that can withhold the verdict', () => {
    expect(BARRIER_MODEL_V1.rules).toEqual({
      silo: { kind: 'point-estimates' },
      reliability: { kind: 'shown-unreliable' },
    });
  });

  it('gives model 2 model 1’s scales and thresholds, and its own silo and reliability rules', () => {
    expect(BARRIER_MODEL_V2.dimensions).toEqual(BARRIER_MODEL_V1.dimensions);
    expect(BARRIER_MODEL_V2.thresholds).toEqual(BARRIER_MODEL_V1.thresholds);
    expect(BARRIER_MODEL_V2.rules).toEqual({
      silo: { kind: 'family-wise', familyError: 0.05, gapMinimum: 10 },
      reliability: { kind: 'reported' },
    });
  });
});

describe('modelVersionForNewCampaign', () => {
  it.each([
    { questionnaire: 'asks on every scale of the current model', scales: allScales, version: '2' },
    {
      questionnaire: 'asks on every readiness scale but no fit scale (routing may go unmeasured)',
      scales: allScales.filter((s) => !s.startsWith('fit.')),
      version: '2',
    },
    {
      questionnaire: 'leaves out a readiness scale of the current model',
      scales: allScales.filter((s) => s !== 'culture.safety'),
      version: '1',
    },
    {
      questionnaire: 'asks on a scale the current model does not have',
      scales: [...allScales, 'culture.trust'],
      version: '1',
    },
  ])(
    'gives a questionnaire written for model 1 that $questionnaire model $version',
    ({ scales, version }) => {
      expect(modelVersionForNewCampaign(askingOn(scales))).toBe(version);
    },
  );
});

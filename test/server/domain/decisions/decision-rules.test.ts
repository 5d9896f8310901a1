import { describe, expect, it } from 'vitest';
import {
  BARRIER_MODEL_V1,
  BARRIER_MODEL_V2,
  scaleTitle,
  unfavourableLabel,
  type BarrierModel,
} from '../../../../server/domain/instrument/barrier-model';
import { GATES } from '../../../../server/domain/decisions/decision-rules';

const ruleOf = (model: BarrierModel, id: string) => GATES.find((g) => g.id === id)!.rule(model);

/** A later model version that moved every line its gates draw. */
const MOVED: BarrierModel = {
  ...BARRIER_MODEL_V2,
  version: 'moved',
  thresholds: {
    ...BARRIER_MODEL_V2.thresholds,
    red: 45,
    green: 72,
    knowledgeCorrect: 55,
    hygieneUnfavourableShare: 0.35,
    minResponseRate: 0.55,
    dynamismLow: 33,
    controlHigh: 66,
    dynamismModerate: 58,
    agreement: 0.75,
    agreementShare: 0.8,
    alphaMinimum: 0.65,
    alphaMinimumCases: 12,
  },
};

describe('the gates’ rules in words', () => {
  it.each<[string, string[], string[]]>([
    ['data-sufficiency', ['55%'], ['60%']],
    ['fit-kpi-projects', ['below 33', 'at 66 or above'], ['40', '60']],
    ['fit-balanced-scorecard', ['below 58'], ['60']],
    ['hygiene', ['at or below 45', '35% or more'], ['50', '40%']],
    ['okr-kpi', ['fewer than 55%', 'at or below 45'], ['60%', '50']],
    ['culture', ['at or below 45'], ['50']],
    [
      'participation-breakdown',
      ['below 72', 'fewer than 80%', 'at least 0.75'],
      ['65', 'two thirds', '0.70'],
    ],
  ])('states the %s gate with the model version’s own thresholds', (id, said, notSaid) => {
    const rule = ruleOf(MOVED, id);
    for (const words of said) expect(rule.en).toContain(words);
    for (const words of notSaid) expect(rule.en).not.toContain(words);
    for (const words of said.map((w) => /[\d.]+%?/.exec(w)![0])) expect(rule['zh-cn']).toContain(words);
  });

  it('names the reliability figures of a model that withholds the verdict on an unreliable scale', () => {
    const rule = ruleOf({ ...MOVED, rules: BARRIER_MODEL_V1.rules }, 'data-sufficiency');
    expect(rule.en).toContain('once 12 people have answered all its items');
    expect(rule.en).toContain('must reach 0.65');
    expect(rule['zh-cn']).toContain('至少 12 人');
  });

  it.each([
    { share: 0.5, words: 'fewer than half', zh: '少于一半' },
    { share: 0.75, words: 'fewer than three quarters', zh: '少于四分之三' },
    { share: 0.6, words: 'fewer than 60%', zh: '少于60%' },
  ])('says an agreement share of $share as "$words"', ({ share, words, zh }) => {
    const model = { ...MOVED, thresholds: { ...MOVED.thresholds, agreementShare: share } };
    const rule = ruleOf(model, 'participation-breakdown');
    expect(rule.en).toContain(words);
    expect(rule['zh-cn']).toContain(zh);
  });

  it('says a plain fraction in words', () => {
    expect(ruleOf(BARRIER_MODEL_V2, 'participation-breakdown').en).toContain('fewer than two thirds');
    expect(ruleOf(BARRIER_MODEL_V2, 'participation-breakdown')['zh-cn']).toContain('少于三分之二');
  });
});

describe('the labels gates and advice cite', () => {
  it('titles a scale by the model, and by its id where the model does not know it', () => {
    expect(scaleTitle(BARRIER_MODEL_V2, 'hygiene.pay').en).toBe('Fair pay');
    expect(scaleTitle(BARRIER_MODEL_V2, 'nowhere.scale')).toEqual({
      en: 'nowhere.scale',
      'zh-cn': 'nowhere.scale',
    });
  });

  it('labels the unfavourable share of a scale with its title in each language', () => {
    const label = unfavourableLabel(BARRIER_MODEL_V2, 'hygiene.pay');
    expect(label.en).toContain('Fair pay');
    expect(label['zh-cn']).toContain('薪酬公平');
  });
});

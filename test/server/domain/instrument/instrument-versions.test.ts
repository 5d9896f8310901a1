import { beforeAll, describe, expect, it } from 'vitest';
import { comparableScales, INSTRUMENT_STEPS } from '../../../../server/domain/instrument/instrument-versions';
import type { Questionnaire } from '../../../../server/domain/instrument/questionnaire';
import { loadQuestionnaires } from '../../../../server/load-questionnaires';

let shipped: Map<string, Questionnaire>;
beforeAll(async () => {
  shipped = await loadQuestionnaires();
});

const itemsByScale = (q: Questionnaire) => {
  const scales: Record<string, string[]> = {};
  for (const item of q.questions) if (item.scale) (scales[item.scale] ??= []).push(item.id);
  return scales;
};
const step = INSTRUMENT_STEPS[0]!;
const items = () => ({
  from: itemsByScale(shipped.get(step.from)!),
  to: itemsByScale(shipped.get(step.to)!),
});

describe('comparing waves across questionnaire versions', () => {
  it('names only items that exist, each counterpart on the same scale', () => {
    const from = shipped.get(step.from)!;
    const to = shipped.get(step.to)!;
    for (const [later, earlier] of Object.entries(step.counterparts)) {
      const a = to.questions.find((q) => q.id === later);
      const b = from.questions.find((q) => q.id === earlier);
      expect(a, later).toBeDefined();
      expect(b, earlier).toBeDefined();
      expect(a!.scale, later).toBe(b!.scale);
      expect(a!.reverse, `${later} keeps the direction of ${earlier}`).toBe(b!.reverse);
    }
  });

  it('compares version 1 and version 2 on the twelve scales whose items mostly carried over', () => {
    expect(comparableScales(step, items())).toEqual([
      'breakdown.data',
      'breakdown.granularity',
      'breakdown.shared-definitions',
      'breakdown.specificity',
      'culture.safety',
      'culture.support',
      'culture.transparency',
      'hygiene.pay',
      'hygiene.security',
      'okr-kpi.decoupling',
      'okr-kpi.stability',
      'participation.silos',
    ]);
  });

  it.each([
    {
      case: 'a scale whose items were all rewritten',
      scale: 'hygiene.systems',
      from: ['a', 'b', 'c'],
      to: ['d', 'e'],
      counterparts: {},
      comparable: false,
    },
    {
      case: 'half of each version’s items kept',
      scale: 'hygiene.systems',
      from: ['a', 'b'],
      to: ['x', 'y'],
      counterparts: { x: 'a' },
      comparable: true,
    },
    {
      case: 'a third of the earlier items kept',
      scale: 'hygiene.systems',
      from: ['a', 'b', 'c'],
      to: ['x'],
      counterparts: { x: 'a' },
      comparable: false,
    },
    {
      case: 'a third of the later items kept',
      scale: 'hygiene.systems',
      from: ['a'],
      to: ['x', 'y', 'z'],
      counterparts: { x: 'a' },
      comparable: false,
    },
    {
      case: 'an earlier item whose counterpart is on another scale',
      scale: 'hygiene.systems',
      from: ['a', 'b', 'c'],
      to: ['y', 'q'],
      counterparts: { elsewhere: 'a', y: 'b' },
      comparable: false,
    },
    {
      case: 'every later scenario kept, but not every earlier one',
      scale: 'okr-kpi.knowledge',
      from: ['a', 'b'],
      to: ['x'],
      counterparts: { x: 'a' },
      comparable: false,
    },
    {
      case: 'every scenario but one kept',
      scale: 'okr-kpi.knowledge',
      from: ['a', 'b'],
      to: ['x', 'y'],
      counterparts: { x: 'a' },
      comparable: false,
    },
    {
      case: 'every scenario kept',
      scale: 'okr-kpi.knowledge',
      from: ['a', 'b'],
      to: ['x', 'y'],
      counterparts: { x: 'a', y: 'b' },
      comparable: true,
    },
    {
      case: 'a scale new in the later version',
      scale: 'culture.trust',
      from: [],
      to: ['x'],
      counterparts: {},
      comparable: false,
    },
  ])('$case: comparable $comparable', ({ scale, from, to, counterparts, comparable }) => {
    const result = comparableScales(
      { from: 'old', to: 'new', counterparts: counterparts as Record<string, string>, referentChanged: [] },
      { from: from.length ? { [scale]: from } : {}, to: { [scale]: to } },
    );
    expect(result).toEqual(comparable ? [scale] : []);
  });

  it('never compares a scale whose referent changed, however many items it kept', () => {
    expect(comparableScales(step, items())).not.toContain('fit.dynamism');
    // Both fit scales changed their referent between versions 1 and 2: neither is compared even if kept whole.
    for (const scale of ['fit.dynamism', 'fit.control']) {
      const keptWhole = { ...step, counterparts: { ...step.counterparts, x: 'a', y: 'b' } };
      expect(
        comparableScales(keptWhole, { from: { [scale]: ['a', 'b'] }, to: { [scale]: ['x', 'y'] } }),
      ).toEqual([]);
    }
    const all = { x: 'a', y: 'b' };
    const result = comparableScales(
      { from: 'old', to: 'new', counterparts: all, referentChanged: ['fit.control'] },
      { from: { 'fit.control': ['a', 'b'] }, to: { 'fit.control': ['x', 'y'] } },
    );
    expect(result).toEqual([]);
  });
});

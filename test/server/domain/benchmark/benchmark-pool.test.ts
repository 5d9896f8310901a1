import { describe, expect, it } from 'vitest';
import {
  MIN_ORGANIZATIONS,
  poolEntryOf,
  pooledCampaign,
  sameInstrument,
  summarizePool,
  type PoolCampaign,
  type PoolEntry,
} from '../../../../server/domain/benchmark/benchmark-pool';

const V2 = { questionnaireId: 'readiness-okr-2', modelVersion: '2' };

const campaign = (id: string, overrides: Partial<PoolCampaign> = {}): PoolCampaign => ({
  id,
  ...V2,
  status: 'closed',
  scope: 'organization',
  closedOn: '2026-03-01',
  ...overrides,
});
const OPTED_IN = { id: 'o1', benchmarkOptIn: true };

describe('pooledCampaign', () => {
  it.each<[string, PoolCampaign[], string | null]>([
    ['the latest closed campaign', [campaign('a'), campaign('b', { closedOn: '2026-06-01' })], 'b'],
    ['the latest whatever the order', [campaign('b', { closedOn: '2026-06-01' }), campaign('a')], 'b'],
    ['on the same day, the later id', [campaign('b'), campaign('a'), campaign('c')], 'c'],
    ['on the same day, the later id even when it comes first', [campaign('c'), campaign('a')], 'c'],
    ['the later day over the later id', [campaign('b', { closedOn: '2026-06-01' }), campaign('c')], 'b'],
    [
      'the later day over the later id, either order',
      [campaign('c'), campaign('b', { closedOn: '2026-06-01' })],
      'b',
    ],
    ['not an open campaign', [campaign('a'), campaign('b', { status: 'open', closedOn: null })], 'a'],
    ['not a draft', [campaign('b', { status: 'draft', closedOn: null })], null],
    [
      'not an open campaign with a day set',
      [campaign('b', { status: 'open', closedOn: '2027-01-01' })],
      null,
    ],
    ['not a closed campaign without its day', [campaign('b', { closedOn: null })], null],
    [
      'not an archived campaign',
      [campaign('a'), campaign('b', { closedOn: '2026-06-01', archivedOn: '2026-07-01' })],
      'a',
    ],
    ['not a pilot', [campaign('a'), campaign('b', { closedOn: '2026-06-01', scope: 'departments' })], 'a'],
    [
      'not another questionnaire',
      [campaign('a'), campaign('b', { closedOn: '2026-06-01', questionnaireId: 'readiness-okr' })],
      'a',
    ],
    [
      'not another model version',
      [campaign('a'), campaign('b', { closedOn: '2026-06-01', modelVersion: '1' })],
      'a',
    ],
    ['none among none', [], null],
  ])('takes %s', (_, campaigns, expected) => {
    expect(pooledCampaign(OPTED_IN, campaigns, V2)?.id ?? null).toBe(expected);
  });

  it.each([
    ['that did not opt in', { id: 'o1' }],
    ['that opted out', { id: 'o1', benchmarkOptIn: false }],
    ['that is archived', { id: 'o1', benchmarkOptIn: true, archivedOn: '2026-05-01' }],
  ])('takes nothing of an organization %s', (_, organization) => {
    expect(pooledCampaign(organization, [campaign('a')], V2)).toBeNull();
  });
});

describe('sameInstrument', () => {
  it.each([
    [V2, true],
    [{ ...V2, modelVersion: '1' }, false],
    [{ ...V2, questionnaireId: 'readiness-okr' }, false],
  ])('%j is %s', (other, expected) => {
    expect(sameInstrument(V2, other)).toBe(expected);
  });
});

describe('poolEntryOf', () => {
  it('is nothing where the report does not show the organization', () => {
    expect(poolEntryOf(null)).toBeNull();
  });

  it('keeps the organization’s respondents and each figure’s mean, and nothing else', () => {
    const entry = poolEntryOf({
      n: 37,
      dimensions: { hygiene: { mean: 61.5 }, culture: { mean: null }, fit: undefined },
      scales: { 'hygiene.pay': { estimate: { mean: 58.25 } }, 'culture.trust': { estimate: { mean: null } } },
    });
    expect(entry).toEqual({
      respondents: 37,
      dimensions: { hygiene: 61.5, culture: null, fit: null },
      scales: { 'hygiene.pay': 58.25, 'culture.trust': null },
    });
  });
});

const entry = (score: number, respondents = 10, extra: Partial<PoolEntry> = {}): PoolEntry => ({
  respondents,
  dimensions: { hygiene: score, culture: score + 1 },
  scales: { 'hygiene.pay': score - 1 },
  ...extra,
});
const entries = (n: number) => Array.from({ length: n }, (_, i) => entry(50 + 5 * i, 10 + i));

describe('summarizePool', () => {
  it('needs ten organizations and says so, without saying how many there are', () => {
    expect(MIN_ORGANIZATIONS).toBe(10);
    for (const n of [0, 1, 9]) {
      expect(summarizePool(V2, entries(n), '2026-06-30')).toEqual({
        available: false,
        reason: 'too-few-organizations',
        needed: 10,
      });
    }
  });

  it('summarises ten organizations per dimension and scale, with the organizations and people behind each', () => {
    const outcome = summarizePool(V2, entries(10), '2026-06-30');
    expect(outcome).toEqual({
      available: true,
      summary: {
        questionnaireId: 'readiness-okr-2',
        modelVersion: '2',
        createdOn: '2026-06-30',
        organizations: 10,
        respondents: 145,
        dimensions: {
          culture: {
            organizations: 10,
            respondents: 145,
            quantiles: { p10: 56, p25: 62, p50: 74, p75: 85, p90: 92 },
          },
          hygiene: {
            organizations: 10,
            respondents: 145,
            quantiles: { p10: 55, p25: 61, p50: 73, p75: 84, p90: 91 },
          },
        },
        scales: {
          'hygiene.pay': {
            organizations: 10,
            respondents: 145,
            quantiles: { p10: 54, p25: 60, p50: 72, p75: 83, p90: 90 },
          },
        },
      },
    });
  });

  it('leaves out a figure fewer than ten organizations have a score on, counting only those that have one', () => {
    const list = entries(11);
    list[0] = entry(50, 10, { dimensions: { hygiene: 50, culture: null } });
    list[1] = entry(55, 11, { dimensions: { hygiene: 55 } });
    const outcome = summarizePool(V2, list, '2026-06-30');
    if (!outcome.available) throw new Error('expected a summary');
    expect(Object.keys(outcome.summary.dimensions)).toEqual(['hygiene']);
    // Figures come in the order of their ids, whatever the order the entries name them in.
    const all = summarizePool(V2, entries(10), '2026-06-30');
    if (!all.available) throw new Error('expected a summary');
    expect(Object.keys(all.summary.dimensions)).toEqual(['culture', 'hygiene']);
    expect(outcome.summary.dimensions.hygiene!.organizations).toBe(11);
    expect(outcome.summary.organizations).toBe(11);

    list[2] = entry(60, 12, { dimensions: { hygiene: 60, culture: 61 }, scales: {} });
    const withTen = summarizePool(V2, [...list, entry(100, 100)], '2026-06-30');
    if (!withTen.available) throw new Error('expected a summary');
    expect(withTen.summary.dimensions.culture).toMatchObject({
      organizations: 10,
      respondents: 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 100,
    });
    expect(withTen.summary.scales['hygiene.pay']).toMatchObject({ organizations: 11 });
  });
});

import { describe, expect, it } from 'vitest';
import {
  BENCHMARK_FORMAT,
  BENCHMARK_FORMAT_VERSION,
  checkBenchmarkFile,
  toBenchmarkFile,
  type BenchmarkFile,
} from '../../../../server/domain/benchmark/benchmark-file';
import { InvalidInputError } from '../../../../server/domain/errors';
import { thrownBy } from '../../../fixtures/thrown-by';

const FIGURES = { dimensions: ['hygiene', 'culture'], scales: ['hygiene.pay'] };
const Q = { p10: 40, p25: 50, p50: 60, p75: 70, p90: 80 };
const figure = { organizations: 10, respondents: 120, quantiles: Q };

const file = (overrides: Partial<BenchmarkFile> = {}): BenchmarkFile => ({
  ...toBenchmarkFile({
    questionnaireId: 'readiness-okr-2',
    modelVersion: '2',
    createdOn: '2026-06-30',
    organizations: 12,
    respondents: 150,
    dimensions: { hygiene: figure, culture: { ...figure, organizations: 12, respondents: 150 } },
    scales: { 'hygiene.pay': figure },
  }),
  ...overrides,
});

describe('toBenchmarkFile', () => {
  it('names its format and version before the summary', () => {
    expect(BENCHMARK_FORMAT).toBe('groundwork-benchmark');
    expect(BENCHMARK_FORMAT_VERSION).toBe(1);
    const written = file();
    expect(Object.keys(written).slice(0, 2)).toEqual(['format', 'formatVersion']);
    expect(written).toMatchObject({ format: 'groundwork-benchmark', formatVersion: 1, organizations: 12 });
  });
});

describe('checkBenchmarkFile', () => {
  it('accepts a file this installation can place reports against', () => {
    expect(() => checkBenchmarkFile(file(), FIGURES)).not.toThrow();
    expect(() => checkBenchmarkFile(file({ dimensions: {}, scales: {} }), FIGURES)).not.toThrow();
  });

  it('refuses another format version first, saying which it reads', () => {
    const error = thrownBy(() => checkBenchmarkFile(file({ formatVersion: 2, organizations: 3 }), null));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toBe('This server reads benchmark files of format version 1, not 2.');
    expect((error as InvalidInputError).coded).toEqual({
      code: 'benchmark.format-unsupported',
      params: { version: 2, supported: 1 },
    });
  });

  it('refuses an instrument this installation does not have', () => {
    const error = thrownBy(() => checkBenchmarkFile(file({ organizations: 3 }), null)) as InvalidInputError;
    expect(error.message).toBe(
      'This installation has no questionnaire readiness-okr-2 scored by model version 2.',
    );
    expect(error.coded).toEqual({
      code: 'benchmark.unknown-instrument',
      params: { questionnaire: 'readiness-okr-2', modelVersion: '2' },
    });
  });

  it.each<[string, Partial<BenchmarkFile>, { field: string; code: string }[]]>([
    [
      'fewer than ten organizations',
      { organizations: 9, dimensions: {}, scales: {} },
      [{ field: 'organizations', code: 'benchmark.too-few-organizations' }],
    ],
    [
      'a dimension the model lacks',
      { dimensions: { goals: figure } },
      [{ field: 'dimensions.goals', code: 'benchmark.unknown-figure' }],
    ],
    [
      'a scale under the dimensions',
      { dimensions: { 'hygiene.pay': figure } },
      [{ field: 'dimensions.hygiene.pay', code: 'benchmark.unknown-figure' }],
    ],
    [
      'a dimension under the scales',
      { scales: { hygiene: figure } },
      [{ field: 'scales.hygiene', code: 'benchmark.unknown-figure' }],
    ],
    [
      'a figure on nine organizations',
      { scales: { 'hygiene.pay': { ...figure, organizations: 9 } } },
      [{ field: 'scales.hygiene.pay', code: 'benchmark.figure-inconsistent' }],
    ],
    [
      'a figure on more organizations than the file',
      { dimensions: { hygiene: { ...figure, organizations: 13 } } },
      [{ field: 'dimensions.hygiene', code: 'benchmark.figure-inconsistent' }],
    ],
    [
      'a figure on more people than the file',
      { dimensions: { hygiene: { ...figure, respondents: 151 } } },
      [{ field: 'dimensions.hygiene', code: 'benchmark.figure-inconsistent' }],
    ],
    [
      'percentiles that decrease',
      { dimensions: { hygiene: { ...figure, quantiles: { ...Q, p75: 49 } } } },
      [{ field: 'dimensions.hygiene', code: 'benchmark.figure-inconsistent' }],
    ],
    [
      'several faults at once',
      { organizations: 8, dimensions: { hygiene: { ...figure, organizations: 8 } }, scales: { x: figure } },
      [
        { field: 'organizations', code: 'benchmark.too-few-organizations' },
        { field: 'dimensions.hygiene', code: 'benchmark.figure-inconsistent' },
        { field: 'scales.x', code: 'benchmark.unknown-figure' },
      ],
    ],
  ])('refuses %s, naming the field', (_, overrides, expected) => {
    const error = thrownBy(() => checkBenchmarkFile(file(overrides), FIGURES)) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.coded).toEqual({ code: 'benchmark.invalid', params: { count: expected.length } });
    expect(error.errors.map((e) => ({ field: e.field, code: e.code }))).toEqual(expected);
  });

  it('accepts exactly ten organizations', () => {
    const ten = { organizations: 10, respondents: 100, quantiles: Q };
    expect(() =>
      checkBenchmarkFile(
        file({ organizations: 10, respondents: 100, dimensions: { hygiene: ten }, scales: {} }),
        FIGURES,
      ),
    ).not.toThrow();
  });

  it('says in its message and each field what is wrong', () => {
    const error = thrownBy(() =>
      checkBenchmarkFile(file({ organizations: 9, dimensions: { goals: figure }, scales: {} }), FIGURES),
    ) as InvalidInputError;
    expect(error.errors.map((e) => e.message)).toEqual([
      'must be at least 10',
      'is not scored by this instrument',
    ]);
    expect(error.message).toBe(
      'The benchmark file was not loaded: organizations must be at least 10; dimensions.goals is not scored by this instrument.',
    );
    const inconsistent = thrownBy(() =>
      checkBenchmarkFile(file({ dimensions: { hygiene: { ...figure, organizations: 9 } } }), FIGURES),
    ) as InvalidInputError;
    expect(inconsistent.errors[0]!.message).toBe(
      'must stand on 10 to 12 organizations, with whole-point percentiles that never decrease',
    );
  });

  it('accepts a figure on exactly as many organizations and people as the file', () => {
    const whole = { organizations: 12, respondents: 150, quantiles: Q };
    expect(() => checkBenchmarkFile(file({ dimensions: { hygiene: whole } }), FIGURES)).not.toThrow();
  });

  it('words the parameters of each field at fault', () => {
    const error = thrownBy(() =>
      checkBenchmarkFile(
        file({ organizations: 9, dimensions: { goals: figure, hygiene: { ...figure, organizations: 1 } } }),
        FIGURES,
      ),
    ) as InvalidInputError;
    expect(error.errors.map((e) => e.params)).toEqual([
      { min: 10 },
      { figure: 'goals' },
      { figure: 'hygiene', min: 10 },
      // on ten organizations, more than the file's nine
      { figure: 'hygiene.pay', min: 10 },
    ]);
  });
});

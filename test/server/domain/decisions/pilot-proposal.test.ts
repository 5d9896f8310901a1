import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../../../server/domain/analysis/conflict-map';
import { proposePilot, type PilotCandidate } from '../../../../server/domain/decisions/pilot-proposal';

/** Candidates with sound basics by readiness; an id ending in `!` lacks sound basics (the `!` is dropped). */
const candidates = (readiness: Record<string, number | null>): PilotCandidate[] =>
  Object.entries(readiness).map(([id, r]) => ({
    departmentId: id.replace('!', ''),
    readiness: r,
    hasSoundBasics: !id.endsWith('!'),
  }));

/** Dependencies written "from>to". */
const deps = (...pairs: string[]): Dependency[] =>
  pairs.map((p) => {
    const [from, to] = p.split('>') as [string, string];
    return { from, to, share: 0.5 };
  });

interface Case {
  situation: string;
  readiness: Record<string, number | null>;
  dependencies: Dependency[];
  expected: string[];
}

describe('proposePilot', () => {
  it.each([
    {
      situation: 'the pair whose weaker member is readiest wins, though another pair is readier in total',
      // a–b: weaker 50, total 130; c–d: weaker 60, total 122.
      readiness: { a: 80, b: 50, c: 60, d: 62 },
      dependencies: deps('a>b', 'c>d'),
      expected: ['c', 'd'],
    },
    {
      situation: 'pairs as ready as each other at their weaker member are split by their total',
      // a–b: weaker 60, total 130; c–d: weaker 60, total 125.
      readiness: { a: 60, b: 70, c: 60, d: 65 },
      dependencies: deps('c>d', 'a>b'),
      expected: ['a', 'b'],
    },
    {
      situation: 'a pair found later is readier in total but weaker at its weaker member',
      readiness: { a: 60, b: 62, c: 80, d: 50 },
      dependencies: deps('a>b', 'c>d'),
      expected: ['a', 'b'],
    },
    {
      situation: 'a pair found later is readier in total at the same weaker member',
      readiness: { a: 60, b: 65, c: 60, d: 70 },
      dependencies: deps('a>b', 'c>d'),
      expected: ['c', 'd'],
    },
    {
      situation: 'two pairs tie on both counts, so the first listed stays',
      readiness: { a: 60, b: 70, c: 70, d: 60 },
      dependencies: deps('a>b', 'c>d'),
      expected: ['a', 'b'],
    },
    {
      situation: 'a department depends on itself, which makes no pair',
      readiness: { a: 90, b: 50 },
      dependencies: deps('a>a', 'a>b'),
      expected: ['a', 'b'],
    },
    {
      situation: 'a dependency counts whichever way it runs',
      readiness: { a: 70, b: 72, c: 90 },
      dependencies: deps('b>a'),
      expected: ['a', 'b'],
    },
    {
      situation: 'a readier department without sound basics is passed over',
      readiness: { 'a!': 90, b: 50, c: 60 },
      dependencies: deps('a>c', 'b>c'),
      expected: ['b', 'c'],
    },
    {
      situation: 'a department without a readiness score is passed over',
      readiness: { a: null, b: 55, c: 58 },
      dependencies: deps('a>b', 'c>b'),
      expected: ['b', 'c'],
    },
  ] as Case[])('proposes a dependent pair when $situation', ({ readiness, dependencies, expected }) => {
    expect(proposePilot(candidates(readiness), dependencies)).toEqual({
      departmentIds: expected,
      basis: 'dependency',
    });
  });

  it.each([
    {
      situation: 'no departments depend on each other',
      readiness: { a: 55, b: 80, c: 70 },
      dependencies: [],
      expected: ['b', 'c'],
    },
    {
      situation: 'the only dependency involves a department without sound basics',
      readiness: { 'a!': 90, b: 60, c: 75, d: 50 },
      dependencies: deps('a>b'),
      expected: ['c', 'b'],
    },
    {
      situation: 'the only dependency involves a department without a readiness score',
      readiness: { a: null, b: 55, c: 58 },
      dependencies: deps('a>b'),
      expected: ['c', 'b'],
    },
    {
      situation: 'the only dependency involves a department not among the candidates',
      readiness: { a: 60, b: 65 },
      dependencies: deps('a>finance'),
      expected: ['b', 'a'],
    },
  ] as Case[])(
    'falls back to the two readiest, readiest first, when $situation',
    ({ readiness, dependencies, expected }) => {
      expect(proposePilot(candidates(readiness), dependencies)).toEqual({
        departmentIds: expected,
        basis: 'readiness',
      });
    },
  );

  it.each([
    { situation: 'there are no candidates', readiness: {} },
    { situation: 'no candidate has sound basics', readiness: { 'a!': 80, 'b!': 75 } },
    { situation: 'no candidate with sound basics has a readiness score', readiness: { a: null, 'b!': 75 } },
  ] as Omit<Case, 'dependencies' | 'expected'>[])('proposes nothing when $situation', ({ readiness }) => {
    expect(proposePilot(candidates(readiness), deps('a>b', 'b>a'))).toBeNull();
  });
});

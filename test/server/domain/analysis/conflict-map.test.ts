import { describe, expect, it } from 'vitest';
import {
  buildConflictMap,
  buildConflictMapFromCounts,
  countConflictAnswers,
  namedDepartments,
  namedIn,
  type DepartmentCounts,
} from '../../../../server/domain/analysis/conflict-map';
import type { SurveyResponse } from '../../../../server/domain/instrument/response';
import { makeResponse } from '../../../fixtures/make-response';

const SHARE = 0.3;

/** One response per meaning listed (null: question skipped), each naming `dependsOn`. */
function members(
  departmentId: string,
  meanings: (string | null)[],
  dependsOn: (i: number) => string[] = () => [],
): SurveyResponse[] {
  return meanings.map((meaning, i) =>
    makeResponse({
      departmentId,
      answers: { ...(meaning === null ? {} : { success_meaning: meaning }), depends_on: dependsOn(i) },
    }),
  );
}

/** Ten members all meaning `meaning`, of whom the first `naming` name `target`. */
const naming = (departmentId: string, meaning: string, target: string, count: number) =>
  members(departmentId, Array(10).fill(meaning), (i) => (i < count ? [target] : []));

describe('buildConflictMap: what each department means by "better"', () => {
  it.each([
    {
      situation: 'three of four say cost',
      meanings: ['cost', 'cost', 'volume', 'cost'],
      expected: { answered: 4, counts: { cost: 3, volume: 1 }, dominant: 'cost', share: 0.75 },
    },
    {
      situation: 'two meanings tie for first',
      meanings: ['cost', 'volume', 'volume', 'cost', 'quality'],
      expected: { answered: 5, counts: { cost: 2, volume: 2, quality: 1 }, dominant: null, share: null },
    },
    {
      situation: 'skipped answers are left out of the share',
      meanings: ['quality', null, 'quality', null, 'cost'],
      expected: { answered: 3, counts: { quality: 2, cost: 1 }, dominant: 'quality', share: 2 / 3 },
    },
    {
      situation: 'nobody answered',
      meanings: [null, null],
      expected: { answered: 0, counts: {}, dominant: null, share: null },
    },
  ])('finds the dominant meaning and its share when $situation', ({ meanings, expected }) => {
    const map = buildConflictMap(['sales'], members('sales', meanings), SHARE);
    expect(map.meanings).toEqual([{ departmentId: 'sales', ...expected }]);
  });

  it('lists a shown department nobody from answered, with no meaning', () => {
    const map = buildConflictMap(['sales', 'legal'], members('sales', ['volume']), SHARE);
    expect(map.meanings[1]).toEqual({
      departmentId: 'legal',
      answered: 0,
      counts: {},
      dominant: null,
      share: null,
    });
  });
});

describe('buildConflictMap: dependencies and conflicts', () => {
  it.each([
    { named: 2, dependency: false },
    { named: 3, dependency: true },
    { named: 10, dependency: true },
  ])(
    'counts a dependency when $named of 10 name the other department: $dependency',
    ({ named, dependency }) => {
      const responses = [...naming('ops', 'cost', 'sales', named), ...members('sales', ['volume'])];
      const map = buildConflictMap(['ops', 'sales'], responses, SHARE);
      expect(map.dependencies).toEqual(dependency ? [{ from: 'ops', to: 'sales', share: named / 10 }] : []);
    },
  );

  it('reads "none" as naming no department, still counting its respondent among their department\'s', () => {
    const responses = [
      ...members('ops', Array(10).fill('cost'), (i) => (i < 3 ? ['sales'] : ['none'])),
      ...members('sales', ['volume']),
    ];
    expect(buildConflictMap(['ops', 'sales'], responses, SHARE).dependencies).toEqual([
      { from: 'ops', to: 'sales', share: 0.3 },
    ]);
  });

  it('uses the dependency share it is given', () => {
    const responses = [...naming('ops', 'cost', 'sales', 3), ...members('sales', ['volume'])];
    expect(buildConflictMap(['ops', 'sales'], responses, 0.5).dependencies).toEqual([]);
  });

  it.each([
    { situation: 'a depends on b', aNames: 5, bNames: 0, direction: 'a-on-b' },
    { situation: 'b depends on a', aNames: 0, bNames: 5, direction: 'b-on-a' },
    { situation: 'they depend on each other', aNames: 5, bNames: 4, direction: 'mutual' },
  ])('records a conflict, direction $direction, when $situation', ({ aNames, bNames, direction }) => {
    const responses = [
      ...naming('ops', 'cost', 'sales', aNames),
      ...naming('sales', 'volume', 'ops', bNames),
    ];
    expect(buildConflictMap(['ops', 'sales'], responses, SHARE).conflicts).toEqual([
      { a: 'ops', b: 'sales', meaningA: 'cost', meaningB: 'volume', direction },
    ]);
  });

  it.each([
    {
      situation: 'two departments mean different things but neither depends on the other',
      responses: [...naming('ops', 'cost', 'sales', 2), ...naming('sales', 'volume', 'ops', 1)],
    },
    {
      situation: 'dependent departments mean the same thing',
      responses: [...naming('ops', 'volume', 'sales', 8), ...naming('sales', 'volume', 'ops', 8)],
    },
    {
      situation: 'one of the dependent departments has no dominant meaning (a tie)',
      responses: [...naming('ops', 'cost', 'sales', 8), ...members('sales', ['volume', 'quality'])],
    },
    {
      situation: 'nobody in the depended-on department said what "better" means',
      responses: [...naming('ops', 'cost', 'sales', 8), ...members('sales', [null, null])],
    },
  ])('records no conflict when $situation', ({ responses }) => {
    expect(buildConflictMap(['ops', 'sales'], responses, SHARE).conflicts).toEqual([]);
  });

  it('ignores departments not shown: their members, their meanings and being named', () => {
    const responses = [
      // Everyone in ops names the hidden finance department; finance members all name ops.
      ...naming('ops', 'cost', 'finance', 10),
      ...naming('finance', 'volume', 'ops', 10),
      ...naming('sales', 'volume', 'ops', 0),
    ];
    const map = buildConflictMap(['ops', 'sales'], responses, SHARE);
    expect(map.meanings.map((m) => m.departmentId)).toEqual(['ops', 'sales']);
    expect(map.dependencies).toEqual([]);
    expect(map.conflicts).toEqual([]);
  });

  it('lists conflicts pair by pair in the order the departments are shown', () => {
    const responses = [
      ...naming('ops', 'cost', 'sales', 6),
      ...members('sales', Array(4).fill('volume'), () => ['rnd']),
      ...naming('rnd', 'innovation', 'ops', 5),
    ];
    const map = buildConflictMap(['ops', 'sales', 'rnd'], responses, SHARE);
    expect(map.conflicts.map((c) => [c.a, c.b, c.direction])).toEqual([
      ['ops', 'sales', 'a-on-b'],
      ['ops', 'rnd', 'b-on-a'],
      ['sales', 'rnd', 'a-on-b'],
    ]);
  });
});

describe('namedDepartments', () => {
  it.each([
    { answer: ['ops', 'sales'], named: ['ops', 'sales'] },
    { answer: ['ops', 'ops', 'none'], named: ['ops'] },
    { answer: ['none'], named: [] },
    { answer: [], named: [] },
    { answer: undefined, named: [] },
  ])('reads $answer as naming $named', ({ answer, named }) => {
    const answers: SurveyResponse['answers'] = answer === undefined ? {} : { depends_on: answer };
    expect(namedDepartments(makeResponse({ departmentId: 'rnd', answers }))).toEqual(named);
  });
});

describe('namedIn', () => {
  it.each([
    { answer: ['ops', 'sales', 'ops'], named: ['ops', 'sales'] },
    { answer: ['none', 'rnd'], named: ['rnd'] },
    { answer: 'ops', named: [] },
    { answer: null, named: [] },
  ])('reads the answer $answer as naming $named, each once', ({ answer, named }) => {
    expect(namedIn(answer)).toEqual(named);
  });
});

/** Each shown department's counts, kept as a tally would: a respondent at a time, in any order. */
function countsOf(shown: readonly string[], responses: readonly SurveyResponse[]): DepartmentCounts[] {
  const counts = new Map(
    shown.map((departmentId) => [
      departmentId,
      { departmentId, respondents: 0, meanings: new Map<string, number>(), named: new Map<string, number>() },
    ]),
  );
  for (const r of responses.toReversed()) {
    const into = counts.get(r.departmentId);
    if (into) countConflictAnswers(into, r.answers);
  }
  return shown.map((id) => counts.get(id)!);
}

describe('buildConflictMapFromCounts', () => {
  it.each([
    {
      case: 'a dominant meaning',
      shown: ['sales'],
      responses: members('sales', ['cost', 'cost', 'volume', 'cost']),
    },
    {
      case: 'two meanings tied for first',
      shown: ['sales'],
      responses: members('sales', ['cost', 'volume', 'volume', 'cost', 'quality']),
    },
    { case: 'nobody saying what better means', shown: ['sales'], responses: members('sales', [null, null]) },
    {
      case: 'a shown department with nobody in it',
      shown: ['sales', 'legal'],
      responses: members('sales', ['volume']),
    },
    {
      case: 'a dependency just below the share',
      shown: ['ops', 'sales'],
      responses: [...naming('ops', 'cost', 'sales', 2), ...members('sales', ['volume'])],
    },
    {
      case: 'a dependency exactly at the share',
      shown: ['ops', 'sales'],
      responses: [...naming('ops', 'cost', 'sales', 3), ...members('sales', ['volume'])],
    },
    {
      case: '"none" beside named departments',
      shown: ['ops', 'sales'],
      responses: [
        ...members('ops', Array(10).fill('cost'), (i) => (i < 3 ? ['sales'] : ['none'])),
        ...members('sales', ['volume']),
      ],
    },
    {
      case: 'a mutual conflict',
      shown: ['ops', 'sales'],
      responses: [...naming('ops', 'cost', 'sales', 5), ...naming('sales', 'volume', 'ops', 4)],
    },
    {
      case: 'departments not shown, naming and named',
      shown: ['ops', 'sales'],
      responses: [
        ...naming('ops', 'cost', 'finance', 10),
        ...naming('finance', 'volume', 'ops', 10),
        ...naming('sales', 'volume', 'ops', 0),
      ],
    },
    {
      case: 'three departments in conflict pair by pair',
      shown: ['ops', 'sales', 'rnd'],
      responses: [
        ...naming('ops', 'cost', 'sales', 6),
        ...members('sales', Array(4).fill('volume'), () => ['rnd', 'rnd']),
        ...naming('rnd', 'innovation', 'ops', 5),
      ],
    },
    { case: 'no departments shown', shown: [], responses: members('sales', ['volume']) },
  ])('gives what the list gives for $case', ({ shown, responses }) => {
    expect(buildConflictMapFromCounts(countsOf(shown, responses), SHARE)).toEqual(
      buildConflictMap(shown, responses, SHARE),
    );
  });

  it('counts a respondent who named a department twice once, as the list does', () => {
    const responses = [
      ...members('ops', Array(10).fill('cost'), (i) => (i < 2 ? ['sales', 'sales'] : [])),
      ...members('sales', ['volume']),
    ];
    expect(buildConflictMapFromCounts(countsOf(['ops', 'sales'], responses), 0.2).dependencies).toEqual([
      { from: 'ops', to: 'sales', share: 0.2 },
    ]);
  });
});

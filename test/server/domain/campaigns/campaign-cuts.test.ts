import { describe, expect, it } from 'vitest';
import {
  chooseCuts,
  cutsOf,
  cutsPage,
  defineCut,
  splitCutAnswers,
  tallyCutsOf,
  withCutsPage,
  type CampaignCut,
} from '../../../../server/domain/campaigns/campaign-cuts';
import { DomainError } from '../../../../server/domain/errors';

const ALL: CampaignCut[] = [
  { id: 'tenure' },
  { id: 'level' },
  { id: 'location', locations: ['Shanghai', 'Berlin'] },
];

/** The codes of the fields a call refuses, or `[]` when it succeeds. */
function refusal(call: () => unknown): { field: string; code: string; params?: unknown }[] {
  try {
    call();
    return [];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.errors.map(({ field, code, params }) => ({ field, code, ...(params ? { params } : {}) }));
  }
}

describe('defineCut', () => {
  it.each([
    {
      cut: { id: 'tenure' } as CampaignCut,
      question: 'about.tenure',
      values: ['under-1', '1-3', '3-10', 'over-10'],
    },
    {
      cut: { id: 'level' } as CampaignCut,
      question: 'about.level',
      values: ['staff', 'manager', 'executive'],
    },
    {
      cut: { id: 'location', locations: ['Shanghai', 'Berlin', 'Lyon'] } as CampaignCut,
      question: 'about.location',
      values: ['location-1', 'location-2', 'location-3'],
    },
  ])('asks $cut.id under $question with its answers in order', ({ cut, question, values }) => {
    const defined = defineCut(cut);
    expect(defined.id).toBe(cut.id);
    expect(defined.question).toBe(question);
    expect(defined.values.map((v) => v.value)).toEqual(values);
  });

  it('words every cut and answer in English and Chinese, the Chinese with full-width punctuation', () => {
    for (const cut of ALL.map(defineCut)) {
      expect(cut.title.en.length).toBeGreaterThan(0);
      expect(cut.title['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
      expect(cut.title['zh-cn']).toMatch(/？$/);
      for (const v of cut.values) expect(v.label.en.length).toBeGreaterThan(0);
    }
    expect(defineCut({ id: 'tenure' }).values.map((v) => v.label.en)).toEqual([
      'Less than a year',
      '1 to 3 years',
      '3 to 10 years',
      'More than 10 years',
    ]);
    expect(defineCut({ id: 'level' }).values.map((v) => v.label['zh-cn'])).toEqual([
      '普通员工',
      '管理者',
      '高层管理者',
    ]);
  });

  it('words the tenure bands in Chinese', () => {
    expect(defineCut({ id: 'tenure' }).values.map((v) => v.label['zh-cn'])).toEqual([
      '不到一年',
      '一到三年',
      '三到十年',
      '十年以上',
    ]);
  });

  it('labels a location by its name in both languages', () => {
    expect(defineCut({ id: 'location', locations: ['上海', 'Berlin'] }).values).toEqual([
      { value: 'location-1', label: { en: '上海', 'zh-cn': '上海' } },
      { value: 'location-2', label: { en: 'Berlin', 'zh-cn': 'Berlin' } },
    ]);
  });
});

describe('cutsOf and tallyCutsOf', () => {
  it('gives none for a campaign that chose none, or whose choice is empty', () => {
    expect(cutsOf({})).toEqual([]);
    expect(cutsOf({ cuts: [] })).toEqual([]);
    expect(tallyCutsOf({})).toEqual([]);
  });

  it('gives the tally each chosen cut with its answer key and values', () => {
    expect(tallyCutsOf({ cuts: [{ id: 'level' }, { id: 'location', locations: ['A', 'B'] }] })).toEqual([
      { id: 'level', question: 'about.level', values: ['staff', 'manager', 'executive'] },
      { id: 'location', question: 'about.location', values: ['location-1', 'location-2'] },
    ]);
  });
});

describe('chooseCuts', () => {
  it.each([
    { choices: [], cuts: [] },
    { choices: [{ id: 'level' }], cuts: [{ id: 'level' }] },
    {
      situation: 'put in the order the survey asks them',
      choices: [{ id: 'location', locations: [' Lyon ', 'Paris'] }, { id: 'level' }, { id: 'tenure' }],
      cuts: [{ id: 'tenure' }, { id: 'level' }, { id: 'location', locations: ['Lyon', 'Paris'] }],
    },
    {
      situation: 'locations ignored on a cut that lists none',
      choices: [{ id: 'tenure', locations: ['x'] }],
      cuts: [{ id: 'tenure' }],
    },
  ])('accepts $choices', ({ choices, cuts }) => {
    expect(chooseCuts(choices)).toEqual(cuts);
  });

  it('accepts 2 and 20 locations of up to 60 characters', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `Site ${i + 1}`);
    expect(chooseCuts([{ id: 'location', locations: twenty }])).toEqual([
      { id: 'location', locations: twenty },
    ]);
    const long = 'x'.repeat(60);
    expect(chooseCuts([{ id: 'location', locations: [long, 'y'] }])).toEqual([
      { id: 'location', locations: [long, 'y'] },
    ]);
  });

  it.each([
    { choices: [{ id: 'age' }], errors: [{ field: 'cuts.0.id', code: 'cuts.unknown' }] },
    {
      choices: [{ id: 'level' }, { id: 'level' }],
      errors: [{ field: 'cuts.1.id', code: 'cuts.repeated' }],
    },
    {
      choices: [{ id: 'location', locations: ['Only'] }],
      errors: [{ field: 'cuts.0.locations', code: 'cuts.locations-count', params: { min: 2, max: 20 } }],
    },
    {
      choices: [{ id: 'location' }],
      errors: [{ field: 'cuts.0.locations', code: 'cuts.locations-count', params: { min: 2, max: 20 } }],
    },
    {
      choices: [{ id: 'location', locations: Array.from({ length: 21 }, (_, i) => `S${i}`) }],
      errors: [{ field: 'cuts.0.locations', code: 'cuts.locations-count', params: { min: 2, max: 20 } }],
    },
    {
      choices: [{ id: 'location', locations: ['A', '  '] }],
      errors: [{ field: 'cuts.0.locations.1', code: 'cuts.location-blank' }],
    },
    {
      choices: [{ id: 'location', locations: ['x'.repeat(61), 'B'] }],
      errors: [{ field: 'cuts.0.locations.0', code: 'cuts.location-too-long', params: { max: 60 } }],
    },
    {
      choices: [{ id: 'location', locations: ['Berlin', 'berlin '] }],
      errors: [{ field: 'cuts.0.locations.1', code: 'cuts.location-repeated' }],
    },
  ])('refuses $choices naming the field', ({ choices, errors }) => {
    expect(refusal(() => chooseCuts(choices))).toEqual(errors);
  });

  it('says what is wrong with each field in one sentence', () => {
    const message = (choices: { id: string; locations?: string[] }[]) => {
      try {
        chooseCuts(choices);
      } catch (error) {
        return (error as Error).message;
      }
      return null;
    };
    expect(message([{ id: 'level' }, { id: 'level' }])).toBe('cuts.1.id is chosen twice');
    expect(message([{ id: 'location', locations: [' '] }])).toBe(
      'cuts.0.locations must list 2 to 20 locations; cuts.0.locations.0 must not be blank',
    );
    expect(message([{ id: 'location', locations: ['x'.repeat(61), 'a', 'A'] }])).toBe(
      'cuts.0.locations.0 must be at most 60 characters; cuts.0.locations.2 is listed twice',
    );
  });

  it('refuses with the settings code, a 422', () => {
    try {
      chooseCuts([{ id: 'age' }]);
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).status).toBe(422);
      expect((error as DomainError).coded.code).toBe('campaign.settings-invalid');
      expect((error as DomainError).message).toBe('cuts.0.id is not a cut');
    }
  });
});

describe('splitCutAnswers', () => {
  const campaign = { cuts: [{ id: 'level' }, { id: 'location', locations: ['A', 'B'] }] as CampaignCut[] };

  it('keeps the answers to chosen cuts apart from the questionnaire’s', () => {
    expect(
      splitCutAnswers(campaign, { pay_fair: 4, 'about.level': 'manager', 'about.location': 'location-2' }),
    ).toEqual({ cuts: { 'about.level': 'manager', 'about.location': 'location-2' }, rest: { pay_fair: 4 } });
  });

  it('passes anything that is not an object on for validateAnswers to refuse', () => {
    expect(splitCutAnswers(campaign, null)).toEqual({ cuts: {}, rest: null });
    expect(splitCutAnswers(campaign, [1])).toEqual({ cuts: {}, rest: [1] });
    expect(splitCutAnswers(campaign, 'x')).toEqual({ cuts: {}, rest: 'x' });
  });

  it('keeps a "__proto__" key as sent, for validateAnswers to name', () => {
    const { rest } = splitCutAnswers(campaign, JSON.parse('{"__proto__": 1, "a": 2}'));
    expect(Object.keys(rest as object)).toEqual(['__proto__', 'a']);
  });

  it.each([
    {
      answers: { 'about.level': 'ceo' },
      errors: [
        {
          field: 'answers.about.level',
          code: 'answer.not-a-choice',
          params: { choices: '"staff", "manager", "executive"' },
        },
      ],
    },
    {
      answers: { 'about.level': 2 },
      errors: [
        {
          field: 'answers.about.level',
          code: 'answer.not-a-choice',
          params: { choices: '"staff", "manager", "executive"' },
        },
      ],
    },
    {
      situation: 'a cut the campaign did not choose',
      answers: { 'about.tenure': '1-3' },
      errors: [{ field: 'answers.about.tenure', code: 'answer.unknown-question' }],
    },
    {
      answers: { 'about.location': 'location-3', 'about.age': '30' },
      errors: [
        {
          field: 'answers.about.location',
          code: 'answer.not-a-choice',
          params: { choices: '"location-1", "location-2"' },
        },
        { field: 'answers.about.age', code: 'answer.unknown-question' },
      ],
    },
  ])('refuses $answers', ({ answers, errors }) => {
    expect(refusal(() => splitCutAnswers(campaign, answers))).toEqual(errors);
  });

  it('refuses as an invalid answer, naming the first and how many more', () => {
    try {
      splitCutAnswers({}, { 'about.level': 'staff', 'about.tenure': 'x' });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).status).toBe(422);
      expect((error as DomainError).coded.code).toBe('response.answers-invalid');
      expect((error as DomainError).message).toBe(
        'Answer answers.about.level is not a question of this survey (and 1 more).',
      );
    }
    try {
      splitCutAnswers({ cuts: [{ id: 'level' }] }, { 'about.level': 'boss' });
    } catch (error) {
      expect((error as DomainError).message).toBe(
        'Answer answers.about.level must be one of "staff", "manager", "executive".',
      );
    }
    try {
      splitCutAnswers({}, { 'about.level': 'staff' });
    } catch (error) {
      expect((error as DomainError).message).toBe(
        'Answer answers.about.level is not a question of this survey.',
      );
    }
  });
});

describe('the served page', () => {
  it('is left out for a campaign without cuts', () => {
    expect(cutsPage({ minGroupSize: 5 })).toBeNull();
    const json = { pages: [{ name: 'a' }] };
    expect(withCutsPage(json, { minGroupSize: 5, cuts: [] })).toBe(json);
  });

  it('asks each chosen cut as an optional, unscored choice, after the questionnaire’s pages', () => {
    const served = withCutsPage({ title: 'T', pages: [{ name: 'a' }] }, { minGroupSize: 7, cuts: ALL });
    expect(served.title).toBe('T');
    const pages = served.pages as Record<string, unknown>[];
    expect(pages.map((p) => p.name)).toEqual(['a', 'about-you']);
    const page = pages[1] as { title: unknown; description: Record<string, string>; elements: any[] };
    expect(page.title).toEqual({ default: 'About you (optional)', 'zh-cn': '关于您（选答）' });
    expect(page.description.default).toContain('at least 7 people');
    expect(page.description.default).toContain('never combined with your department');
    expect(page.description['zh-cn']).toContain('不少于 7 人');
    expect(page.elements.map((e) => e.name)).toEqual(['about.tenure', 'about.level', 'about.location']);
    for (const e of page.elements) {
      expect(e.type).toBe('radiogroup');
      expect(Object.keys(e).sort()).toEqual(['choices', 'name', 'title', 'type']);
    }
    expect(page.elements[2].choices).toEqual([
      { value: 'location-1', text: { default: 'Shanghai', 'zh-cn': 'Shanghai' } },
      { value: 'location-2', text: { default: 'Berlin', 'zh-cn': 'Berlin' } },
    ]);
    expect(page.elements[1].title).toEqual({
      default: 'Which best describes your role?',
      'zh-cn': '以下哪一项最符合您的岗位？',
    });
  });

  it('serves a questionnaire without pages with the cuts’ page alone', () => {
    const served = withCutsPage({}, { minGroupSize: 5, cuts: [{ id: 'level' }] });
    expect((served.pages as { name: string }[]).map((p) => p.name)).toEqual(['about-you']);
  });
});

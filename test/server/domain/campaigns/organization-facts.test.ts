import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../../server/domain/errors';
import {
  changeFacts,
  factTraits,
  refuseFactsAskedOfStaff,
  NO_FACTS,
  ORGANIZATION_FACT_KEYS,
  ORGANIZATION_FACTS,
  type OrganizationFacts,
} from '../../../../server/domain/campaigns/organization-facts';
import { statedFacts } from '../../../../server/domain/campaigns/stated-facts';
import { thrownBy } from '../../../fixtures/thrown-by';

const SOME_FACTS: OrganizationFacts = {
  ...NO_FACTS,
  industry: 'retail',
  businessUnits: 'two-to-four',
  kpiSystem: 'some',
};

describe('changeFacts', () => {
  it.each([
    {
      what: 'states a fact HR had left open',
      change: { maturity: 'mature' },
      expected: { maturity: 'mature' },
    },
    {
      what: 'replaces one answer with another',
      change: { businessUnits: 'five-plus' },
      expected: { businessUnits: 'five-plus' },
    },
    { what: 'clears a fact with null', change: { industry: null }, expected: { industry: null } },
    {
      what: 'changes several facts at once',
      change: { okrExperience: 'stopped', payLink: 'partly', kpiSystem: null },
      expected: { okrExperience: 'stopped', payLink: 'partly', kpiSystem: null },
    },
    { what: 'keeps everything on an empty change', change: {}, expected: {} },
  ])('$what, leaving the other facts as they were', ({ change, expected }) => {
    expect(changeFacts(SOME_FACTS, change)).toEqual({ ...SOME_FACTS, ...expected });
  });

  it('accepts every answer every fact offers', () => {
    for (const key of ORGANIZATION_FACT_KEYS)
      for (const answer of Object.keys(ORGANIZATION_FACTS[key].answers))
        expect(changeFacts(NO_FACTS, { [key]: answer })[key]).toBe(answer);
  });

  it.each([
    { what: 'an unknown fact', change: { headcount: 'large' }, field: 'organizationFacts.headcount' },
    {
      what: 'an answer the fact does not offer',
      change: { businessUnits: 'three' },
      field: 'organizationFacts.businessUnits',
    },
    {
      what: 'another fact’s answer',
      change: { maturity: 'established' },
      field: 'organizationFacts.maturity',
    },
    { what: 'a number for an answer', change: { payLink: 1 }, field: 'organizationFacts.payLink' },
    { what: 'an empty answer', change: { industry: '' }, field: 'organizationFacts.industry' },
  ])('refuses $what, naming the field', ({ change, field }) => {
    const error = thrownBy(() => changeFacts(SOME_FACTS, change));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.errors.map((e) => e.field)).toEqual([field]);
    expect(error.message).toContain(field);
  });

  // Names every object inherits are no fact and no answer, even where the HTTP schema would let one by.
  it.each([
    { what: 'an answer every object inherits', change: { industry: 'toString' } },
    { what: 'a fact every object inherits', change: { constructor: 'x' } },
    { what: 'a fact named __proto__', change: JSON.parse('{"__proto__":"one"}') as Record<string, unknown> },
  ])('refuses $what with a named field', ({ change }) => {
    expect(thrownBy(() => changeFacts(NO_FACTS, change))).toBeInstanceOf(InvalidInputError);
  });

  it('names every field at fault and applies none of the change', () => {
    const facts = { ...SOME_FACTS };
    const error = thrownBy(() => changeFacts(facts, { maturity: 'mature', kpiSystem: 'all', size: 'big' }));
    expect(error.errors.map((e) => e.field)).toEqual([
      'organizationFacts.kpiSystem',
      'organizationFacts.size',
    ]);
    expect(facts).toEqual(SOME_FACTS);
  });

  it.each([
    { what: 'an unknown fact', change: { size: 'big' }, code: 'facts.unknown', params: undefined },
    {
      what: 'an answer the fact does not offer',
      change: { maturity: 'old' },
      code: 'facts.answer-unknown',
      params: { answers: 'young, growing, mature' },
    },
    {
      what: 'an answer sent as a list',
      change: { businessUnits: ['one'] },
      code: 'facts.answer-unknown',
      params: { answers: 'one, two-to-four, five-plus' },
    },
  ])('codes $what as $code, with what a client needs to word it', ({ change, code, params }) => {
    const error = thrownBy(() => changeFacts(NO_FACTS, change));
    expect(error.coded).toEqual({ code: 'campaign.facts-invalid', params: {} });
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0]!.code).toBe(code);
    expect(error.errors[0]!.params).toEqual(params);
    expect(error.errors[0]!.message).toMatch(/\w/);
  });

  it('names each field at fault in its message, one after another', () => {
    const error = thrownBy(() => changeFacts(NO_FACTS, { maturity: 'old', size: 'big' }));
    expect(error.message.split('; ').map((part) => part.split(' ')[0])).toEqual([
      'organizationFacts.maturity',
      'organizationFacts.size',
    ]);
  });

  it('lists the answers a fact offers in its refusal', () => {
    const error = thrownBy(() => changeFacts(NO_FACTS, { maturity: 'old' }));
    expect(error.errors[0]!.message).toBe('must be one of young, growing, mature or null');
  });
});

describe('factTraits', () => {
  it.each([
    {
      facts: NO_FACTS,
      traits: { 'multi-unit': null, 'established-kpi': null, mature: null },
    },
    {
      facts: { ...NO_FACTS, businessUnits: 'one', kpiSystem: 'none', maturity: 'young' },
      traits: { 'multi-unit': false, 'established-kpi': false, mature: false },
    },
    {
      facts: { ...NO_FACTS, businessUnits: 'two-to-four', kpiSystem: 'some', maturity: 'growing' },
      traits: { 'multi-unit': true, 'established-kpi': false, mature: false },
    },
    {
      facts: { ...NO_FACTS, businessUnits: 'five-plus', kpiSystem: 'established', maturity: 'mature' },
      traits: { 'multi-unit': true, 'established-kpi': true, mature: true },
    },
    {
      facts: { ...NO_FACTS, businessUnits: 'one', maturity: 'mature' },
      traits: { 'multi-unit': false, 'established-kpi': null, mature: true },
    },
    {
      // Facts no routing gate reads change no trait.
      facts: { ...NO_FACTS, industry: 'finance', projectPractice: 'established', okrExperience: 'in-use' },
      traits: { 'multi-unit': null, 'established-kpi': null, mature: null },
    },
  ] as { facts: OrganizationFacts; traits: ReturnType<typeof factTraits> }[])(
    'reads $facts.businessUnits / $facts.kpiSystem / $facts.maturity as $traits',
    ({ facts, traits }) => {
      expect(factTraits(facts)).toEqual(traits);
    },
  );
});

describe('statedFacts', () => {
  it('lists the facts HR gave with their question and answer, in the order the form asks them', () => {
    expect(statedFacts({ ...NO_FACTS, payLink: 'no', businessUnits: 'two-to-four' })).toEqual([
      {
        fact: 'businessUnits',
        question: ORGANIZATION_FACTS.businessUnits.question,
        answer: { en: '2 to 4', 'zh-cn': '2 到 4 个' },
      },
      {
        fact: 'payLink',
        question: ORGANIZATION_FACTS.payLink.question,
        answer: { en: 'No', 'zh-cn': '不挂钩' },
      },
    ]);
  });

  it('lists nothing when HR stated nothing', () => {
    expect(statedFacts(NO_FACTS)).toEqual([]);
  });

  it('leaves out a stored answer the model no longer offers, rather than showing a blank', () => {
    const facts = { ...NO_FACTS, maturity: 'ancient', payLink: 'no' } as unknown as OrganizationFacts;
    expect(statedFacts(facts).map((f) => f.fact)).toEqual(['payLink']);
  });
});

describe('refuseFactsAskedOfStaff', () => {
  it.each([
    { what: 'HR’s facts where the model reads them from HR', source: 'hr', given: { maturity: 'mature' } },
    { what: 'no facts at all', source: 'respondents', given: undefined },
    { what: 'facts all left open', source: 'respondents', given: { maturity: null, kpiSystem: null } },
    { what: 'an empty statement', source: 'respondents', given: {} },
  ] as const)('lets $what through', ({ source, given }) => {
    expect(() => refuseFactsAskedOfStaff(source, given)).not.toThrow();
  });

  it('refuses a fact HR states where the questionnaire asks staff instead, naming the field and its code', () => {
    const error = thrownBy(() =>
      refuseFactsAskedOfStaff('respondents', { maturity: null, kpiSystem: 'some' }),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.coded).toEqual({ code: 'campaign.facts-asked-of-staff', params: {} });
    expect(error.errors).toEqual([
      expect.objectContaining({
        field: 'organizationFacts',
        code: 'campaign.facts-asked-of-staff',
        params: {},
      }),
    ]);
    expect(error.errors[0]!.message).toMatch(/\w/);
    expect(error.message).toMatch(/^organizationFacts \w/);
  });
});

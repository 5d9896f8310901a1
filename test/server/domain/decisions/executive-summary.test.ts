import { describe, expect, it } from 'vitest';
import type { Check, CheckStatus } from '../../../../server/domain/decisions/checks';
import type { Decision } from '../../../../server/domain/decisions/decide';
import { summarize, type SummaryInput } from '../../../../server/domain/decisions/executive-summary';
import type { Recommendation } from '../../../../server/domain/decisions/recommendation';
import { localText as t } from '../../../../shared/languages';

const check = (subject: string, status: CheckStatus, more: Partial<Check> = {}): Check => ({
  subject,
  label: t(subject, subject),
  value: 30,
  low: 20,
  high: 40,
  threshold: 45,
  barrierWhen: 'below',
  unit: 'score',
  status,
  ...more,
});

const gate = (id: string, checks: Check[]) => ({
  id,
  verdict: 'fix-hygiene' as const,
  title: t(id, id),
  rule: t('rule', '规则'),
  status: checks[0]?.status ?? ('pass' as const),
  checks,
});

const decision = (
  gates: ReturnType<typeof gate>[],
  decidingGate: string | null,
  verdict: Decision['verdict'] = 'fix-hygiene',
): Decision => ({
  verdict,
  title: t('Fix the basics first', '先修基础'),
  summary: t('summary', '摘要'),
  provisional: false,
  decidingGate,
  gates,
});

const recommendation = (id: string): Recommendation => ({
  id,
  title: t(id, id),
  evidence: [],
  steps: [],
  departmentIds: [],
  plan: null,
});

const input = (d: Decision, more: Partial<SummaryInput> = {}): SummaryInput => ({
  decision: d,
  recommendations: [],
  received: 40,
  responseRate: 0.8,
  headcount: 50,
  ...more,
});

const subjects = (checks: Check[]) => checks.map((c) => c.subject);

describe('the barriers an executive reads first', () => {
  it.each([
    {
      situation: 'the deciding gate’s barriers come before later gates’, a clear one before a likely one',
      gates: [
        gate('participation', [check('responses', 'pass')]),
        gate('culture', [check('safety', 'fail')]),
        gate('hygiene', [check('pay', 'leans-fail'), check('workload', 'fail'), check('tools', 'pass')]),
      ],
      deciding: 'hygiene',
      barriers: ['workload', 'pay', 'safety'],
    },
    {
      situation: 'no more than three, however many gates find one',
      gates: [
        gate('hygiene', [check('a', 'fail'), check('b', 'fail')]),
        gate('culture', [check('c', 'fail'), check('d', 'fail')]),
      ],
      deciding: 'hygiene',
      barriers: ['a', 'b', 'c'],
    },
    {
      situation: 'a measure two gates read is named once',
      gates: [gate('hygiene', [check('a', 'fail')]), gate('pilot', [check('a', 'fail'), check('b', 'fail')])],
      deciding: 'hygiene',
      barriers: ['a', 'b'],
    },
    {
      situation: 'a figure withheld from the reader is never named',
      gates: [
        gate('pilot', [
          check('silo-signals', 'fail', { value: null, low: null, high: null, withheld: true }),
          check('b', 'leans-fail'),
        ]),
      ],
      deciding: 'pilot',
      barriers: ['b'],
    },
    {
      situation: 'a fact HR stated has no number to quote, and an unmeasured check is no barrier',
      gates: [
        gate('route', [check('steady-work', 'fail', { unit: 'fact', value: 1 }), check('c', 'not-assessed')]),
      ],
      deciding: 'route',
      barriers: [],
    },
    {
      situation: 'passes and likely passes are not barriers',
      gates: [gate('hygiene', [check('a', 'pass'), check('b', 'leans-pass')])],
      deciding: null,
      barriers: [],
    },
  ])('$situation', ({ gates, deciding, barriers }) => {
    expect(subjects(summarize(input(decision(gates, deciding))).barriers)).toEqual(barriers);
  });
});

describe('what would change the verdict', () => {
  it.each([
    {
      situation: 'the deciding gate’s own barriers, with their lines',
      d: decision(
        [gate('culture', [check('x', 'fail')]), gate('hygiene', [check('pay', 'fail'), check('t', 'pass')])],
        'hygiene',
      ),
      toChange: ['pay'],
    },
    {
      situation: 'nothing named when every gate passed',
      d: decision([gate('hygiene', [check('pay', 'pass')])], null, 'ready'),
      toChange: [],
    },
    {
      situation: 'nothing named when the verdict is for want of evidence (the trust line says so)',
      d: decision(
        [gate('evidence', [check('responses', 'fail', { unit: 'count' })])],
        'evidence',
        'insufficient-evidence',
      ),
      toChange: [],
    },
  ])('$situation', ({ d, toChange }) => {
    expect(subjects(summarize(input(d)).toChange)).toEqual(toChange);
  });
});

describe('the first actions and the trust line', () => {
  it.each([
    {
      situation: 'the first three in the report’s order',
      have: ['a', 'b', 'c', 'd'],
      actions: ['a', 'b', 'c'],
    },
    { situation: 'fewer when the report has fewer', have: ['a'], actions: ['a'] },
    { situation: 'none when there are none', have: [], actions: [] },
  ])('$situation', ({ have, actions }) => {
    const summary = summarize(
      input(decision([], null, 'ready'), { recommendations: have.map(recommendation) }),
    );
    expect(summary.actions.map((a) => a.id)).toEqual(actions);
  });

  it.each([
    { situation: 'the organization’s counts when the reader may see them', received: 40, responseRate: 0.8 },
    { situation: 'none when they are withheld', received: null, responseRate: null },
  ])('$situation', ({ received, responseRate }) => {
    const summary = summarize(input(decision([], null, 'ready'), { received, responseRate }));
    expect(summary.trust).toEqual({ received, responseRate, headcount: 50 });
  });

  it('keeps the verdict, its title and whether it is provisional', () => {
    const d = { ...decision([], null, 'ready'), provisional: true };
    expect(summarize(input(d))).toMatchObject({ verdict: 'ready', title: d.title, provisional: true });
  });
});

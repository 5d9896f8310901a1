import { describe, expect, it } from 'vitest';
import { previewDisclosure } from '../../../../server/domain/anonymity/disclosure-preview';

const departments = (headcounts: Record<string, number>) =>
  Object.entries(headcounts).map(([name, headcount]) => ({ id: name.toLowerCase(), name, headcount }));

const statuses = (headcounts: Record<string, number>, min = 5) =>
  Object.fromEntries(previewDisclosure(departments(headcounts), min).map((r) => [r.name, r.status]));

describe('previewDisclosure', () => {
  it.each<{ case: string; headcounts: Record<string, number>; name: string; status: string }>([
    {
      case: 'a department smaller than the minimum is always hidden',
      headcounts: { Legal: 3 },
      name: 'Legal',
      status: 'hidden',
    },
    {
      case: 'a department of exactly the minimum is at risk, not hidden',
      headcounts: { Ops: 5, Sales: 40 },
      name: 'Ops',
      status: 'at-risk',
    },
    {
      case: 'a department expecting exactly the minimum at 75% is shown',
      headcounts: { Ops: 7, Sales: 40 },
      name: 'Ops',
      status: 'shown',
    },
    {
      case: 'a department that needs more than 75% of its people to answer is at risk',
      headcounts: { Ops: 6, Sales: 40 },
      name: 'Ops',
      status: 'at-risk',
    },
    {
      case: 'a department comfortably above the minimum is shown',
      headcounts: { Sales: 40, Ops: 30 },
      name: 'Sales',
      status: 'shown',
    },
  ])('says $case', ({ headcounts, name, status }) => {
    expect(statuses(headcounts)[name]).toBe(status);
  });

  it('hides the next-smallest department too when the hidden ones could be worked out by subtraction', () => {
    // Legal (4 people, 3 expected) is hidden; Ops is the next-smallest shown at 75% and goes with it.
    expect(statuses({ Legal: 4, Ops: 12, Sales: 40 })).toEqual({
      Legal: 'hidden',
      Ops: 'hidden-to-protect',
      Sales: 'shown',
    });
  });

  it('respects the campaign minimum, never a fixed five', () => {
    expect(statuses({ Ops: 8, Support: 30, Sales: 40 }, 10)).toEqual({
      Ops: 'hidden',
      Support: 'hidden-to-protect',
      Sales: 'shown',
    });
    expect(statuses({ Ops: 8, Support: 30, Sales: 40 }, 3)).toEqual({
      Ops: 'shown',
      Support: 'shown',
      Sales: 'shown',
    });
  });

  it('gives the responses expected at the 75% target', () => {
    expect(previewDisclosure(departments({ Sales: 41 }), 5)[0]!.expected).toBe(30);
  });
});

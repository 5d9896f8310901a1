import { describe, expect, it } from 'vitest';
import type { StaffListPreview, StaffRowError } from '../../../../server/http/api-types';
import { summarizeStaffPreview } from '../../../../client/pages/campaign/summarize-staff-preview';

const person = (line: number) => ({
  line,
  email: `p${line}@example.com`,
  name: '',
  departmentId: 'sales',
  language: 'en' as const,
});

/** A problem as the server reports it; its code does not matter to the summary. */
const problem = (line: number, field: StaffRowError['field'], message: string): StaffRowError => ({
  line,
  field,
  message,
  code: 'staff.email-invalid',
  params: {},
});

function preview(overrides: Partial<StaffListPreview>): StaffListPreview {
  return {
    people: [],
    errors: [],
    unknownDepartments: [],
    alreadyListed: 0,
    byDepartment: [
      { departmentId: 'sales', name: 'Sales', count: 0 },
      { departmentId: 'it', name: 'IT', count: 0 },
    ],
    ...overrides,
  };
}

describe('summarizeStaffPreview', () => {
  it.each([
    ['new people and no problems', preview({ people: [person(2), person(3)] }), 'ready', 2],
    [
      'a problem, even beside valid people',
      preview({ people: [person(2)], errors: [problem(3, 'email', 'x')] }),
      'fix-problems',
      1,
    ],
    ['everyone already listed', preview({ alreadyListed: 4 }), 'nothing-new', 0],
    [
      'a file refused as a whole',
      preview({ errors: [problem(1, 'file', 'no email column')] }),
      'fix-problems',
      0,
    ],
  ] as const)('allows the import only when it is all or nothing: %s', (_case, input, verdict, newPeople) => {
    const summary = summarizeStaffPreview(input);
    expect(summary.verdict).toBe(verdict);
    expect(summary.newPeople).toBe(newPeople);
  });

  it('lists the problems in line order, each with its own message', () => {
    const summary = summarizeStaffPreview(
      preview({
        errors: [
          problem(7, 'department', 'no such department'),
          problem(3, 'email', 'missing email'),
          problem(3, 'language', 'bad language'),
        ],
      }),
    );
    expect(summary.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'missing email'],
      [3, 'bad language'],
      [7, 'no such department'],
    ]);
    // The code travels with each problem, so the page can word it in the reader's language.
    expect(summary.problems.every((p) => p.code === 'staff.email-invalid')).toBe(true);
  });

  it('keeps every department of the campaign, those with nobody new too', () => {
    const summary = summarizeStaffPreview(
      preview({
        people: [person(2)],
        byDepartment: [
          { departmentId: 'sales', name: 'Sales', count: 1 },
          { departmentId: 'it', name: 'IT', count: 0 },
        ],
      }),
    );
    expect(summary.departments.map((d) => [d.name, d.count])).toEqual([
      ['Sales', 1],
      ['IT', 0],
    ]);
  });
});

// An organization's calibration cadence, set, changed and cleared through editOrganization.

import { describe, expect, it } from 'vitest';
import type { Organization } from '../../../../server/domain/campaigns/organization';
import { editOrganization } from '../../../../server/domain/campaigns/organization-edit';
import { InvalidInputError } from '../../../../server/domain/errors';
import { thrownBy } from '../../../fixtures/thrown-by';

const ACME: Organization = {
  id: 'org',
  name: 'Acme',
  createdOn: '2026-03-01',
  departments: [{ id: 'sales', name: 'Sales', headcount: 10 }],
};
const QUARTERLY_ACME: Organization = { ...ACME, cadenceMonths: 3 };

const context = { newId: () => 'new', inUse: new Map<string, string>() };

describe('editOrganization: the calibration cadence', () => {
  it.each<{ what: string; from: Organization; cadence: number | null | undefined; expected: Organization }>([
    { what: 'sets a quarterly cadence', from: ACME, cadence: 3, expected: QUARTERLY_ACME },
    { what: 'sets a cadence of one month', from: ACME, cadence: 1, expected: { ...ACME, cadenceMonths: 1 } },
    {
      what: 'sets a cadence of two years',
      from: ACME,
      cadence: 24,
      expected: { ...ACME, cadenceMonths: 24 },
    },
    {
      what: 'changes a cadence',
      from: QUARTERLY_ACME,
      cadence: 6,
      expected: { ...ACME, cadenceMonths: 6 },
    },
    {
      what: 'keeps the cadence when the edit does not name it',
      from: QUARTERLY_ACME,
      cadence: undefined,
      expected: QUARTERLY_ACME,
    },
    { what: 'clears the cadence with null', from: QUARTERLY_ACME, cadence: null, expected: ACME },
    {
      what: 'leaves an organization without a cadence without one',
      from: ACME,
      cadence: null,
      expected: ACME,
    },
  ])('$what', ({ from, cadence, expected }) => {
    const edited = editOrganization(from, cadence === undefined ? {} : { cadenceMonths: cadence }, context);
    expect(edited).toStrictEqual(expected);
  });

  it('keeps the cadence through a rename', () => {
    expect(editOrganization(QUARTERLY_ACME, { name: 'Acme Group' }, context)).toStrictEqual({
      ...QUARTERLY_ACME,
      name: 'Acme Group',
    });
  });

  it.each([
    { months: 0, code: 'field.too-small', params: { min: 1 } },
    { months: -3, code: 'field.too-small', params: { min: 1 } },
    { months: 25, code: 'field.too-large', params: { max: 24 } },
    { months: 2.5, code: 'field.not-whole-number', params: {} },
    { months: Number.NaN, code: 'field.not-whole-number', params: {} },
  ])('refuses a cadence of $months months, naming the field ($code)', ({ months, code, params }) => {
    const error = thrownBy(() => editOrganization(QUARTERLY_ACME, { cadenceMonths: months }, context));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.coded).toEqual({ code: 'request.invalid', params: {} });
    expect(error.message).toBe(
      `A calibration cadence is a whole number of months from 1 to 24, not ${months}.`,
    );
    expect(error.errors).toEqual([
      { field: 'cadenceMonths', message: 'must be a whole number from 1 to 24', code, params },
    ]);
  });
});

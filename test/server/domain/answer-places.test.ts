import { describe, expect, it } from 'vitest';
import { noRoomForCodesError, placesOf, placesTakenError } from '../../../server/domain/answer-places';
import { withStaffCounts } from '../../../server/domain/campaign';
import { makeDraft, makeOrganization } from '../../fixtures/make-campaign';

const organization = makeOrganization({ a: 12, b: 4 });
const campaign = makeDraft({ departmentIds: ['a', 'b'] });

describe('placesOf', () => {
  it.each<{ what: string; listed: Record<string, number>; department: string; places: number }>([
    { what: 'the headcount, without a staff list', listed: {}, department: 'a', places: 12 },
    { what: 'the listed people, once a list exists', listed: { a: 7 }, department: 'a', places: 7 },
    { what: 'none for a department the list leaves out', listed: { a: 7 }, department: 'b', places: 0 },
    { what: 'none for a department the organization does not have', listed: {}, department: 'z', places: 0 },
  ])('is $what', ({ listed, department, places }) => {
    expect(placesOf(organization, withStaffCounts(campaign, listed), department)).toBe(places);
  });
});

describe('the refusals', () => {
  it('name the department and its places with a code a client can word', () => {
    expect(placesTakenError(organization, 'b', 4)).toMatchObject({
      status: 409,
      coded: { code: 'survey.places-taken', params: { department: 'Dept b', places: 4 } },
    });
    expect(noRoomForCodesError(organization, 'a', 12, 3)).toMatchObject({
      status: 409,
      coded: { code: 'access-codes.no-room', params: { department: 'Dept a', places: 12, requested: 3 } },
    });
    expect(placesTakenError(organization, 'b', 1).message).toMatch(/^Dept b has 1 person,/);
  });
});

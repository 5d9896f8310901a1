import { describe, expect, it } from 'vitest';
import {
  codesBesideSharedAnswersError,
  departmentsReportedWith,
  noRoomForCodesError,
  placesOf,
  placesTakenError,
  sharedLinkAnswers,
  sharedLinkClosedError,
  staffBesideSharedAnswersError,
} from '../../../../server/domain/campaigns/answer-places';
import { withStaffCounts } from '../../../../server/domain/campaigns/campaign';
import { makeDraft, makeOrganization } from '../../../fixtures/make-campaign';

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

  it('names a department the organization no longer has by its id', () => {
    expect(placesTakenError(organization, 'gone', 2).coded.params).toEqual({ department: 'gone', places: 2 });
  });
});

describe('the ways of answering, kept apart', () => {
  const grouped = {
    ...makeDraft({ departmentIds: ['a', 'b', 'c'] }),
    reportingGroups: [{ id: 'g', name: 'Back office', departmentIds: ['a', 'b'] }],
  };

  it('are kept apart per reporting unit: a department with its group, else alone', () => {
    expect(departmentsReportedWith(grouped, 'b')).toEqual(['a', 'b']);
    expect(departmentsReportedWith(grouped, 'c')).toEqual(['c']);
  });

  it.each([
    { what: 'every answer, with no link or code used', stored: 4, answeredLinks: 0, usedCodes: 0, shared: 4 },
    {
      what: 'none, where links and codes account for all',
      stored: 3,
      answeredLinks: 2,
      usedCodes: 1,
      shared: 0,
    },
    { what: 'the rest, where they account for some', stored: 5, answeredLinks: 1, usedCodes: 1, shared: 3 },
    {
      what: 'none, while an answer with a link is on its way',
      stored: 0,
      answeredLinks: 1,
      usedCodes: 0,
      shared: 0,
    },
  ])('counts as shared-link answers $what', ({ stored, answeredLinks, usedCodes, shared }) => {
    expect(sharedLinkAnswers({ stored, answeredLinks, usedCodes })).toBe(shared);
  });

  it('refuse with codes a client can word, naming the department and, for a group, the group', () => {
    const organization = makeOrganization({ a: 2, b: 6, c: 9 });
    expect(sharedLinkClosedError(organization, 'a')).toMatchObject({
      status: 409,
      coded: { code: 'survey.shared-link-closed', params: { department: 'Dept a' } },
    });
    expect(codesBesideSharedAnswersError(organization, grouped, 'a')).toMatchObject({
      status: 409,
      coded: {
        code: 'access-codes.shared-link-answers',
        params: { department: 'Dept a', unit: 'Back office' },
      },
    });
    expect(codesBesideSharedAnswersError(organization, grouped, 'c').message).toMatch(
      /^Dept c already holds answers through a shared link, so it gets no access codes/,
    );
    expect(staffBesideSharedAnswersError(organization, ['b', 'c'])).toMatchObject({
      status: 409,
      coded: { code: 'staff.shared-link-answers', params: { departments: 'Dept b, Dept c', count: 2 } },
    });
  });
});

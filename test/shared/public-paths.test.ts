import { describe, expect, it } from 'vitest';
import { isPublicApiPath, surveyPath } from '../../shared/public-paths';

describe('public paths', () => {
  it.each([
    '/api/survey/abc',
    '/api/survey/abc/responses',
    '/api/setup',
    '/api/session',
    '/api/invitations/x',
  ])('answers %s without a session', (path) => expect(isPublicApiPath(path)).toBe(true));

  it.each(['/api/campaigns/c1', '/api/setup/more', '/api/sessions', '/api/organizations', '/s/abc'])(
    'needs a session for %s',
    (path) => expect(isPublicApiPath(path)).toBe(false),
  );

  it('opens the survey page of a token or a code, escaped as a path segment', () => {
    expect(surveyPath('Ab_3-x')).toBe('/s/Ab_3-x');
    expect(surveyPath('a/b')).toBe('/s/a%2Fb');
  });
});

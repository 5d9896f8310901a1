import { describe, expect, it } from 'vitest';
import { isPublicApiPath } from '../../shared/public-paths';

describe('public paths of a workshop', () => {
  it.each([
    '/api/join/ABCDEFGH',
    '/api/workshops/w1/me',
    '/api/workshops/w1/me/draft',
    '/api/workshops/w1/me/votes',
  ])('lets a participant without an account reach %s', (path) => expect(isPublicApiPath(path)).toBe(true));

  it.each([
    '/api/workshops/w1',
    '/api/workshops/w1/events',
    '/api/workshops/w1/mean',
    '/api/workshops/me',
    '/api/join',
  ])('keeps %s for signed-in facilitators', (path) => expect(isPublicApiPath(path)).toBe(false));
});

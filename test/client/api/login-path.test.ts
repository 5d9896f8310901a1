import { describe, expect, it } from 'vitest';
import { loginPath, needsNoAccount, returnPathFrom } from '../../../client/api/login-path';

describe('needsNoAccount', () => {
  it.each(['/s/abc', '/code', '/invitations/abc', '/login', '/setup'])(
    'lets %s be used without signing in',
    (path) => {
      expect(needsNoAccount(path)).toBe(true);
    },
  );

  it.each(['/', '/organizations/1', '/campaigns/1/report', '/account/password', '/loginx', '/setup/x'])(
    'asks for an account on %s',
    (path) => {
      expect(needsNoAccount(path)).toBe(false);
    },
  );
});

describe('loginPath', () => {
  it('sends the start page to plain sign-in', () => {
    expect(loginPath('/')).toBe('/login');
  });

  it('keeps the way back, query included, as one encoded parameter', () => {
    expect(loginPath('/campaigns/c1/report?x=1&y=2')).toBe(
      '/login?next=%2Fcampaigns%2Fc1%2Freport%3Fx%3D1%26y%3D2',
    );
  });

  it('round-trips through returnPathFrom', () => {
    const path = '/organizations/o-1?tab=people';
    const next = new URLSearchParams(loginPath(path).split('?')[1]).get('next');
    expect(returnPathFrom(next)).toBe(path);
  });
});

describe('returnPathFrom', () => {
  it.each([
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/organizations/o-1', '/organizations/o-1'],
  ])('turns next=%s into %s, never leaving this site', (next, expected) => {
    expect(returnPathFrom(next)).toBe(expected);
  });
});

// Where signing in fits into navigation: which pages never need an account, the sign-in address that
// brings a person back to where they were, and the check that keeps that way back on this site.

const PAGES_WITHOUT_ACCOUNT = [/^\/s\//, /^\/w\//, /^\/code$/, /^\/invitations\//, /^\/login$/, /^\/setup$/];

/** Survey, access-code, invitation, sign-in and first-start pages work without anyone signed in. */
export function needsNoAccount(pathname: string): boolean {
  return PAGES_WITHOUT_ACCOUNT.some((pattern) => pattern.test(pathname));
}

/** The sign-in page, told to come back to `returnTo` (a path on this site) afterwards. */
export function loginPath(returnTo: string): string {
  return returnTo === '/' || returnTo === '' ? '/login' : `/login?next=${encodeURIComponent(returnTo)}`;
}

/** The path in a `next` parameter, or the start page when it is missing or would lead off this site. */
export function returnPathFrom(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

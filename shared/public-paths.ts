// The addresses people and programs reach without an account: the server lets these API paths through
// without a session, builds survey links with them, and the client's router and sign-in redirect follow
// the same list. Pure: this folder imports nothing (test/architecture.test.ts checks it).

/** API paths answered without a session: survey answering, first start, signing in, invitations, the document. */
const PUBLIC_API: readonly RegExp[] = [
  /^\/api\/survey\//,
  /^\/api\/setup$/,
  /^\/api\/session$/,
  /^\/api\/invitations\//,
  /^\/api\/openapi\.json$/,
];

export const isPublicApiPath = (path: string): boolean => PUBLIC_API.some((pattern) => pattern.test(path));

/** The survey page for a link token or an access code: what emails, mail-merge files and code cards carry. */
export const surveyPath = (token: string): string => `/s/${encodeURIComponent(token)}`;

/** Where a person types a printed access code. */
export const CODE_ENTRY_PATH = '/code';

/** The page that accepts a role invitation. */
export const invitationPath = (token: string): string => `/invitations/${encodeURIComponent(token)}`;

export const LOGIN_PATH = '/login';
export const SETUP_PATH = '/setup';

/** Survey, access-code, invitation, sign-in and first-start pages work without anyone signed in. */
const PAGES_WITHOUT_ACCOUNT: readonly RegExp[] = [
  /^\/s\//,
  /^\/code$/,
  /^\/invitations\//,
  /^\/login$/,
  /^\/setup$/,
];

export const needsNoAccount = (pathname: string): boolean =>
  PAGES_WITHOUT_ACCOUNT.some((pattern) => pattern.test(pathname));

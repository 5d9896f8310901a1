// The two ways in, as the OpenAPI document describes them: every operation says which credentials it
// takes, cookie-only ones that they refuse a token (403), and every one that checks a credential its 401.
// Worked out from the one table of cookie-only operations, so the document cannot drift from what the
// authentication does.

import type { OpenAPIHono } from '@hono/zod-openapi';
import { COOKIE_ONLY, operationKey } from './api-token-auth';
import { API_TOKEN_SCHEME, SECURITY_SCHEMES, SESSION_SCHEME } from './api-token-schemas';
import { PROBLEMS } from './router';
import type { AppEnv } from './session';

/**
 * Describes both ways in on every operation of the document: cookie-only operations take the session alone
 * (or nothing, where they need no session) and say they refuse a token with 403; the public ones need
 * nothing; the rest take either. An operation that states its own security keeps it.
 */
export function describeAuthentication(api: OpenAPIHono<AppEnv>, isPublic: (path: string) => boolean): void {
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) {
    api.openAPIRegistry.registerComponent('securitySchemes', name, scheme);
  }
  const refusedToTokens = {
    ...PROBLEMS[403],
    description: 'Refused to an API token (api-token.cookie-only): sign in with a browser',
  };
  const tokenNotValid = {
    ...PROBLEMS[401],
    description: 'An API token sent is not valid (a token is checked wherever it is sent)',
  };
  for (const definition of api.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue;
    const route = definition.route;
    const open = isPublic(`/api${route.path}`);
    const responses: Record<string, unknown> = { ...route.responses };
    if (COOKIE_ONLY.has(operationKey(route.method, route.path))) {
      route.security ??= open ? [] : [{ [SESSION_SCHEME]: [] }];
      responses[403] ??= refusedToTokens;
      if (!open) responses[401] ??= PROBLEMS[401];
    } else {
      route.security ??= open ? [] : [{ [SESSION_SCHEME]: [] }, { [API_TOKEN_SCHEME]: [] }];
      responses[401] ??= open ? tokenNotValid : PROBLEMS[401];
    }
    route.responses = responses as typeof route.responses;
  }
}

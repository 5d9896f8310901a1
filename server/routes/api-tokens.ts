import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDeps } from '../app-deps';
import type { Principal } from '../domain/access/account';
import {
  API_TOKEN_PREFIX,
  apiTokenView,
  createApiToken,
  listApiTokens,
  noSuchToken,
  revokeApiToken,
} from '../domain/access/api-token';
import { ForbiddenError } from '../domain/errors';
import {
  ApiTokenListSchema,
  CreateApiTokenBody,
  CreatedApiTokenSchema,
  SESSION_SCHEME,
} from '../http/api-token-schemas';
import { audit } from '../http/audit';
import { requirePrincipal } from '../http/guard';
import { createRouter, jsonBody, jsonResponse, problems, PROBLEMS } from '../http/router';
import { IdParam } from '../http/schemas';
import type { AppEnv } from '../http/session';

const tags = ['Accounts'];
const security = [{ [SESSION_SCHEME]: [] }];
const refusedToTokens = { ...PROBLEMS[403], description: 'Refused to an API token: sign in with a browser' };

/**
 * The signed-in person: by their browser session, never by a token. The authentication refuses tokens here
 * before any route runs; this says so again where it matters most, since a token making tokens would
 * outlive its own revocation.
 */
function personPresent(c: Context<AppEnv>): Principal {
  const principal = requirePrincipal(c);
  if (c.get('sessionTokenHash') === null) {
    throw new ForbiddenError('Tokens are managed from a signed-in browser.', {
      code: 'api-token.cookie-only',
      params: {},
    });
  }
  return principal;
}

/** A person's own API tokens: listed, made (the secret shown once) and revoked, from their browser only. */
export function apiTokenRoutes(deps: AppDeps) {
  const { storage } = deps;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/account/tokens',
        tags,
        summary: 'Your API tokens, without their secrets',
        security,
        responses: {
          200: jsonResponse(ApiTokenListSchema, 'Every token not revoked, newest first'),
          ...problems(401),
          403: refusedToTokens,
        },
      }),
      async (c) => {
        const { accountId } = personPresent(c);
        const tokens = await storage.apiTokens.listByAccount(accountId);
        return c.json({ tokens: listApiTokens(tokens, deps.now()) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/account/tokens',
        tags,
        summary: 'Make an API token; answers its secret, shown this once',
        security,
        request: jsonBody(CreateApiTokenBody),
        responses: {
          201: jsonResponse(CreatedApiTokenSchema, 'Made: the secret is in `token`'),
          ...problems(400, 401, 413, 422, 503),
          403: refusedToTokens,
          409: {
            ...PROBLEMS[409],
            description: 'You hold the most tokens one person may (api-token.too-many)',
          },
        },
      }),
      async (c) => {
        const { accountId } = personPresent(c);
        const body = c.req.valid('json');
        const secret = API_TOKEN_PREFIX + deps.newToken();
        const made = { id: deps.newId(), accountId, tokenHash: deps.hashToken(secret), now: deps.now() };
        const token = await storage.apiTokens.add(accountId, (current) =>
          createApiToken(current, body, made),
        );
        await audit(c, deps, 'account.token.create', token.id);
        return c.json({ ...apiTokenView(token, deps.now()), token: secret }, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/account/tokens/{id}',
        tags,
        summary: 'Revoke one of your API tokens: it stops working at once',
        security,
        request: { params: IdParam },
        responses: {
          204: { description: 'Revoked' },
          ...problems(401, 404, 422, 503),
          403: refusedToTokens,
        },
      }),
      async (c) => {
        const { accountId } = personPresent(c);
        const { id } = c.req.valid('param');
        const token = await storage.apiTokens.get(id);
        if (!token) throw noSuchToken();
        await storage.apiTokens.update(id, (current) => revokeApiToken(current, accountId, deps.now()));
        await audit(c, deps, 'account.token.revoke', id);
        return c.body(null, 204);
      },
    );
}

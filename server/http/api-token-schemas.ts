// What the API-token endpoints take and answer, and the two ways a request authenticates, as the OpenAPI
// document describes them. Response shapes are checked against the domain's ApiTokenView at compile time.

import { z } from '@hono/zod-openapi';
import { MAX_EXPIRY_DAYS, MAX_TOKEN_NAME_LENGTH, type ApiTokenView } from '../domain/access/api-token';
import { schemaOf } from './schema-matches';
import { SESSION_COOKIE } from './session';

export const CreateApiTokenBody = z
  .strictObject({
    name: z.string().trim().min(1).max(MAX_TOKEN_NAME_LENGTH).openapi({
      description: 'What the token is for, as its person will recognise it in the list',
      example: 'Nightly report export',
    }),
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(MAX_EXPIRY_DAYS)
      .nullable()
      .default(null)
      .openapi({ description: 'Days until the token stops working; null or left out: it never expires' }),
  })
  .openapi('CreateApiToken');

export const ApiTokenSchema = schemaOf<ApiTokenView>()(
  z
    .strictObject({
      id: z.string(),
      name: z.string(),
      createdAt: z.iso.datetime(),
      expiresAt: z.iso.datetime().nullable().openapi({ description: 'Null: it never expires' }),
      lastUsedAt: z.iso.datetime().nullable().openapi({
        description:
          'The latest use, to the minute (a use is written down at most once a minute); null: never used',
      }),
      expired: z.boolean().openapi({ description: 'Listed until revoked, but refused' }),
    })
    .openapi('ApiToken', { description: 'A personal API token as its person sees it: never the secret' }),
);

export const ApiTokenListSchema = z
  .strictObject({ tokens: z.array(ApiTokenSchema) })
  .openapi('ApiTokenList', { description: 'Every token of the signed-in person not revoked, newest first' });

export const CreatedApiTokenSchema = z
  .strictObject({
    ...ApiTokenSchema.shape,
    token: z.string().openapi({
      description:
        'The secret, to send as Authorization: Bearer <token>. Only its hash is kept: this is the only copy',
    }),
  })
  .openapi('CreatedApiToken');

export type NewApiToken = z.input<typeof CreateApiTokenBody>;
export type ApiTokenList = z.infer<typeof ApiTokenListSchema>;
export type CreatedApiToken = z.infer<typeof CreatedApiTokenSchema>;

/** The names the OpenAPI document gives the two ways in. */
export const SESSION_SCHEME = 'session';
export const API_TOKEN_SCHEME = 'apiToken';

export const SECURITY_SCHEMES = {
  [SESSION_SCHEME]: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'The browser session that signing in starts (HttpOnly, SameSite=Strict). Writes must also pass the ' +
      'cross-site check: send Origin with this server’s address, or JSON as application/json.',
  },
  [API_TOKEN_SCHEME]: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A personal API token (made on the account’s "API tokens" page), sent as Authorization: Bearer <token>. ' +
      'It acts as its person with their roles at the time of each request, needs no Origin, and is refused ' +
      '(403, api-token.cookie-only) by operations that need the person present; a request may not carry it ' +
      'beside a session cookie (401, api-token.beside-cookie).',
  },
} as const;

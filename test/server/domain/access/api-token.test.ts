import { describe, expect, it } from 'vitest';
import {
  API_TOKEN_PREFIX,
  apiTokenView,
  createApiToken,
  isUseWorthRecording,
  LAST_USE_PRECISION_MS,
  listApiTokens,
  noSuchToken,
  MAX_EXPIRY_DAYS,
  MAX_LIVE_TOKENS,
  recordUse,
  revokeApiToken,
  tokenRefusal,
  type ApiToken,
  type ApiTokenRequest,
} from '../../../../server/domain/access/api-token';
import { thrownBy } from '../../../fixtures/thrown-by';

const NOW = Date.parse('2026-03-02T12:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

function token(overrides: Partial<ApiToken> = {}): ApiToken {
  return {
    id: 't-1',
    accountId: 'a-1',
    name: 'Exports',
    tokenHash: 'hash-1',
    createdAt: NOW - DAY,
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

const made = { id: 't-new', accountId: 'a-1', tokenHash: 'hash-new', now: NOW };
const make = (request: Partial<ApiTokenRequest>, existing: ApiToken[] = []) =>
  createApiToken(existing, { name: 'Nightly export', expiresInDays: null, ...request }, made);

describe('createApiToken', () => {
  it.each([
    { request: { expiresInDays: null }, expiresAt: null },
    { request: { expiresInDays: 1 }, expiresAt: NOW + DAY },
    { request: { expiresInDays: 90 }, expiresAt: NOW + 90 * DAY },
    { request: { expiresInDays: MAX_EXPIRY_DAYS }, expiresAt: NOW + MAX_EXPIRY_DAYS * DAY },
  ])('makes a token expiring at $expiresAt for $request', ({ request, expiresAt }) => {
    expect(make(request)).toEqual({
      id: 't-new',
      accountId: 'a-1',
      name: 'Nightly export',
      tokenHash: 'hash-new',
      createdAt: NOW,
      expiresAt,
      lastUsedAt: null,
      revokedAt: null,
    });
  });

  it('keeps the name without surrounding spaces', () => {
    expect(make({ name: '  CI  ' }).name).toBe('CI');
  });

  it.each([
    { what: 'an empty name', request: { name: '   ' }, field: 'name', code: 'field.required' },
    {
      what: 'a name of 81 characters',
      request: { name: 'x'.repeat(81) },
      field: 'name',
      code: 'field.too-long',
    },
    {
      what: 'no days',
      request: { expiresInDays: 0 },
      field: 'expiresInDays',
      code: 'api-token.expiry-invalid',
    },
    {
      what: 'negative days',
      request: { expiresInDays: -5 },
      field: 'expiresInDays',
      code: 'api-token.expiry-invalid',
    },
    {
      what: 'part of a day',
      request: { expiresInDays: 1.5 },
      field: 'expiresInDays',
      code: 'api-token.expiry-invalid',
    },
    {
      what: 'more than the most days',
      request: { expiresInDays: MAX_EXPIRY_DAYS + 1 },
      field: 'expiresInDays',
      code: 'api-token.expiry-invalid',
    },
  ])('refuses $what with 422 naming $field', ({ request, field, code }) => {
    const error = thrownBy(() => make(request));
    expect(error.status).toBe(422);
    expect(error.coded).toEqual({ code: 'request.invalid', params: {} });
    expect(error.errors).toEqual([expect.objectContaining({ field, code })]);
    expect(error.errors[0]!.message).toMatch(/^[a-z]+ /);
    expect(error.message).toMatch(/\w/);
  });

  it.each([
    { request: { name: 'x'.repeat(81) }, params: { max: 80 } },
    { request: { expiresInDays: 0 }, params: { max: MAX_EXPIRY_DAYS } },
  ])('gives the most a field takes with its refusal of $request', ({ request, params }) => {
    expect(thrownBy(() => make(request)).errors[0]!.params).toEqual(params);
  });

  it('takes a name of exactly 80 characters', () => {
    expect(make({ name: 'x'.repeat(80) }).name).toHaveLength(80);
  });

  it.each([
    { what: 'a live token', existing: token({ name: 'Nightly Export ' }), refused: true },
    {
      what: 'a token that expires later',
      existing: token({ name: 'nightly export', expiresAt: NOW + 1 }),
      refused: true,
    },
    {
      what: 'a revoked token',
      existing: token({ name: 'Nightly export', revokedAt: NOW - 1 }),
      refused: false,
    },
    { what: 'an expired token', existing: token({ name: 'Nightly export', expiresAt: NOW }), refused: false },
    {
      what: "another person's token",
      existing: token({ name: 'Nightly export', accountId: 'a-2' }),
      refused: false,
    },
  ])(
    'refuses the name of $what only when it is live and the same person’s: $refused',
    ({ existing, refused }) => {
      if (refused) {
        const error = thrownBy(() => make({}, [existing]));
        expect(error.status).toBe(422);
        expect(error.coded).toEqual({ code: 'api-token.name-taken', params: { name: 'Nightly export' } });
        expect(error.errors).toEqual([
          expect.objectContaining({ field: 'name', code: 'api-token.name-taken' }),
        ]);
        expect(error.errors[0]!.message).toMatch(/^[a-z]+ /);
        expect(error.message).toContain('"Nightly export"');
      } else {
        expect(make({}, [existing]).name).toBe('Nightly export');
      }
    },
  );

  it('counts only live tokens against the limit', () => {
    const live = Array.from({ length: MAX_LIVE_TOKENS - 1 }, (_, i) => token({ id: `t${i}`, name: `T${i}` }));
    const gone = [
      token({ id: 'r', name: 'R', revokedAt: NOW - 1 }),
      token({ id: 'e', name: 'E', expiresAt: NOW - 1 }),
    ];
    expect(make({}, [...live, ...gone]).id).toBe('t-new');
    const error = thrownBy(() => make({}, [...live, token({ id: 'last', name: 'Last' })]));
    expect(error.status).toBe(409);
    expect(error.coded).toEqual({ code: 'api-token.too-many', params: { max: MAX_LIVE_TOKENS } });
    expect(error.message).toContain(String(MAX_LIVE_TOKENS));
  });
});

describe('revokeApiToken', () => {
  it('marks its own person’s token revoked at that moment', () => {
    expect(revokeApiToken(token(), 'a-1', NOW)).toEqual(token({ revokedAt: NOW }));
  });

  it.each([
    { what: "another person's token", stored: token({ accountId: 'a-2' }) },
    { what: 'a token revoked already', stored: token({ revokedAt: NOW - DAY }) },
  ])('answers $what as an id that names nothing (404)', ({ stored }) => {
    const error = thrownBy(() => revokeApiToken(stored, 'a-1', NOW));
    expect(error.status).toBe(404);
    expect(error.coded.code).toBe('resource.not-found');
  });
});

describe('tokenRefusal', () => {
  it.each([
    { what: 'a token that never expires', stored: token(), refusal: null },
    { what: 'a token expiring a millisecond later', stored: token({ expiresAt: NOW + 1 }), refusal: null },
    { what: 'a token expiring this very moment', stored: token({ expiresAt: NOW }), refusal: 'expired' },
    { what: 'a token expired yesterday', stored: token({ expiresAt: NOW - DAY }), refusal: 'expired' },
    { what: 'a revoked token', stored: token({ revokedAt: NOW - 1 }), refusal: 'revoked' },
    {
      what: 'a token both revoked and expired',
      stored: token({ revokedAt: NOW - 2 * DAY, expiresAt: NOW - DAY }),
      refusal: 'revoked',
    },
  ])('answers $refusal for $what', ({ stored, refusal }) => {
    expect(tokenRefusal(stored, NOW)).toBe(refusal);
  });
});

describe('recording a use', () => {
  it.each([
    { what: 'the first use', lastUsedAt: null, worth: true },
    { what: 'a use a second after the recorded one', lastUsedAt: NOW - 1000, worth: false },
    { what: 'a use just under a minute after', lastUsedAt: NOW - LAST_USE_PRECISION_MS + 1, worth: false },
    { what: 'a use a minute after', lastUsedAt: NOW - LAST_USE_PRECISION_MS, worth: true },
    { what: 'a use a day after', lastUsedAt: NOW - DAY, worth: true },
  ])('writes down $what: $worth', ({ lastUsedAt, worth }) => {
    const stored = token({ lastUsedAt });
    expect(isUseWorthRecording(stored, NOW)).toBe(worth);
    expect(recordUse(stored, NOW)).toEqual(worth ? token({ lastUsedAt: NOW }) : stored);
  });

  it('records a stream of calls once a minute, not once a call', () => {
    let stored = token();
    let writes = 0;
    for (let t = NOW; t < NOW + 10 * MINUTE; t += 250) {
      if (isUseWorthRecording(stored, t)) {
        stored = recordUse(stored, t);
        writes++;
      }
    }
    expect(writes).toBe(10);
  });
});

describe('listing', () => {
  it('shows every token not revoked, newest first, with times as ISO 8601 and never the hash', () => {
    const tokens = [
      token({ id: 'old', name: 'Old', createdAt: NOW - 3 * DAY, lastUsedAt: NOW - MINUTE }),
      token({ id: 'gone', name: 'Gone', createdAt: NOW - DAY, revokedAt: NOW - 1 }),
      token({ id: 'new', name: 'New', createdAt: NOW - DAY, expiresAt: NOW - 1 }),
    ];
    expect(listApiTokens(tokens, NOW)).toEqual([
      {
        id: 'new',
        name: 'New',
        createdAt: '2026-03-01T12:00:00.000Z',
        expiresAt: '2026-03-02T11:59:59.999Z',
        lastUsedAt: null,
        expired: true,
      },
      {
        id: 'old',
        name: 'Old',
        createdAt: '2026-02-27T12:00:00.000Z',
        expiresAt: null,
        lastUsedAt: '2026-03-02T11:59:00.000Z',
        expired: false,
      },
    ]);
    expect(JSON.stringify(listApiTokens(tokens, NOW))).not.toContain('hash');
  });

  it('lists tokens made at the same moment by name, and otherwise by age, whatever their names', () => {
    const tokens = [
      token({ id: 'b', name: 'Beta', createdAt: NOW - DAY }),
      token({ id: 'a', name: 'Alpha', createdAt: NOW - DAY }),
      token({ id: 'z', name: 'Zulu', createdAt: NOW }),
      token({ id: 'old', name: 'Aardvark', createdAt: NOW - 2 * DAY }),
    ];
    expect(listApiTokens(tokens, NOW).map((t) => t.id)).toEqual(['z', 'a', 'b', 'old']);
  });

  it('marks a token expired from the moment it expires', () => {
    expect(apiTokenView(token({ expiresAt: NOW + 1 }), NOW).expired).toBe(false);
    expect(apiTokenView(token({ expiresAt: NOW }), NOW).expired).toBe(true);
  });
});

describe('what a token looks like, and an id that names nothing', () => {
  it('starts every token with a prefix secret scanners and people recognise', () => {
    expect(API_TOKEN_PREFIX).toBe('gwt_');
  });

  it('answers an id that names no token of the person as not found, in words', () => {
    const error = noSuchToken();
    expect(error).toMatchObject({ status: 404, coded: { code: 'resource.not-found', params: {} } });
    expect(error.message).toMatch(/\w/);
  });
});

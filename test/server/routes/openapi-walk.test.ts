// Walks the OpenAPI document the app serves: every operation it lists is reached through the real app
// (openapi-walk-cases.ts) until it gives its documented success, and every reply is checked against the
// schema the operation documents. The schemas are the routes' own zod schemas, read from the app's route
// registry, and strict: a field the document does not name fails as surely as one it names and the reply
// lacks. An operation added without a walk case fails here, and so does a case left for one removed.

import type { z } from '@hono/zod-openapi';
import { afterEach, describe, expect, it } from 'vitest';
import { signIn } from '../../fixtures/accounts';
import { OWNER, startTestApp, type Reply } from '../../fixtures/test-app';
import { startWalker, WALK_CASES, type Walker } from './openapi-walk-cases';

interface Operation {
  /** As the document names it: "get /campaigns/{id}". */
  key: string;
  method: string;
  path: string;
  /** The one 2xx status it documents. */
  success: number;
  /** The media type of that answer, or null for an answer without a body (204). */
  mediaType: string | null;
  /** The route's zod schema for a JSON answer; null for another media type. */
  schema: z.ZodType | null;
  /** Whether the document asks for a credential: some requirement, and none of them empty. */
  needsCredential: boolean;
  /** Every status the document lists for it. */
  statuses: Set<number>;
}

type DocumentedResponse = { content?: Record<string, unknown> };
type DocumentedOperation = { responses: Record<string, DocumentedResponse>; security?: object[] };

/** The document and the schemas behind it, read once from an app: neither depends on the data. */
async function readOperations(): Promise<Operation[]> {
  const t = await startTestApp();
  try {
    const document = (await t.call('GET', '/api/openapi.json')).body as {
      paths: Record<string, Record<string, DocumentedOperation>>;
    };
    const schemas = new Map<string, Record<string, { content?: Record<string, { schema: unknown }> }>>();
    for (const definition of t.app.openAPIRegistry.definitions) {
      if (definition.type !== 'route') continue;
      const { method, path, responses } = definition.route;
      schemas.set(`${method} ${path.replace(/^\/api(?=\/)/, '')}`, responses as never);
    }
    return Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]): Operation => {
        const key = `${method} ${path}`;
        const successes = Object.keys(operation.responses).filter((status) => /^2\d\d$/.test(status));
        if (successes.length !== 1) throw new Error(`${key} documents ${successes.length} successes`);
        const success = successes[0]!;
        const mediaType = Object.keys(operation.responses[success]!.content ?? {})[0] ?? null;
        const declared = schemas.get(key)?.[success]?.content?.[mediaType ?? '']?.schema;
        const isZod = typeof (declared as { safeParse?: unknown } | undefined)?.safeParse === 'function';
        const security = operation.security ?? [];
        return {
          key,
          method,
          path,
          success: Number(success),
          mediaType,
          schema: isZod ? (declared as z.ZodType) : null,
          needsCredential: security.length > 0 && security.every((r) => Object.keys(r).length > 0),
          statuses: new Set(Object.keys(operation.responses).map(Number)),
        };
      }),
    );
  } finally {
    await t.close();
  }
}

const OPERATIONS = await readOperations();

/** What is wrong with a reply as an answer of `operation`: nothing, when it is its documented success. */
function strayingOf(operation: Operation, reply: Reply): string[] {
  const shown = () => JSON.stringify(reply.body)?.slice(0, 400);
  if (reply.status !== operation.success) {
    return [`answered ${reply.status} where the document says ${operation.success}: ${shown()}`];
  }
  if (operation.mediaType === null) return reply.body === null ? [] : [`documents no body, got ${shown()}`];
  if (!reply.contentType.startsWith(operation.mediaType)) {
    return [`answered ${reply.contentType} where the document says ${operation.mediaType}`];
  }
  if (!operation.schema) return typeof reply.body === 'string' ? [] : [`expected text, got ${shown()}`];
  const parsed = operation.schema.safeParse(reply.body);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
}

let w: Walker | undefined;
afterEach(async () => {
  for (const step of w?.cleanup ?? []) await step();
  w = undefined;
});

describe('the OpenAPI document, walked', () => {
  it('has a walk case for every operation it lists, and none for an operation it does not', () => {
    expect(Object.keys(WALK_CASES).sort()).toEqual(OPERATIONS.map((o) => o.key).sort());
  });

  it('describes every JSON success by a schema the routes declare', () => {
    const undescribed = OPERATIONS.filter((o) => o.mediaType?.includes('json') && o.schema === null);
    expect(undescribed.map((o) => o.key)).toEqual([]);
  });

  it.each(OPERATIONS.map((o) => [o.key, o] as const))(
    '%s answers its documented success in the documented shape',
    async (key, operation) => {
      w = await startWalker();
      const walk = WALK_CASES[key];
      if (!walk) throw new Error(`No walk case for ${key}`);
      const replies = [await walk(w)].flat();
      expect(replies.map((reply) => strayingOf(operation, reply))).toEqual(replies.map(() => []));
    },
    30_000,
  );

  it('catches a reply that strays from its schema: a field too many, one missing, one of another type', async () => {
    const operation = OPERATIONS.find((o) => o.key === 'post /organizations')!;
    w = await startWalker();
    const reply = (await WALK_CASES['post /organizations']!(w)) as Reply;
    expect(strayingOf(operation, reply)).toEqual([]);
    const { createdOn: _dropped, ...missing } = reply.body;
    for (const body of [
      { ...reply.body, passwordHash: 'x' },
      missing,
      { ...reply.body, departments: 'Sales' },
      { ...reply.body, createdOn: 'yesterday' },
    ]) {
      expect(strayingOf(operation, { ...reply, body })).not.toEqual([]);
    }
    expect(strayingOf(operation, { ...reply, status: 200 })).not.toEqual([]);
  });

  it('asks for a credential exactly where a request without one is refused with 401', async () => {
    w = await startWalker();
    const refused: string[] = [];
    for (const operation of OPERATIONS) {
      const path = operation.path.replace(/\{[^}]+\}/g, 'unknown');
      const reply = await w.t.call(
        operation.method.toUpperCase(),
        `/api${path}`,
        operation.method === 'get' ? undefined : {},
        { cookie: '' },
      );
      if (reply.status === 401) refused.push(operation.key);
    }
    expect(refused.sort()).toEqual(
      OPERATIONS.filter((o) => o.needsCredential)
        .map((o) => o.key)
        .sort(),
    );
  });
});

describe('the problems the document lists', () => {
  /** Requests that go wrong in the ordinary ways; they act as the owner unless their headers say otherwise. */
  const MISTAKES: { name: string; id: string; body: string; headers?: Record<string, string> }[] = [
    { name: 'an id that names nothing', id: 'unknown', body: '{}' },
    { name: 'an id no route accepts', id: 'not%20an%20id!', body: '{}' },
    { name: 'a body that is not JSON', id: 'unknown', body: '{"name":' },
    { name: 'an empty body', id: 'unknown', body: '' },
    {
      name: 'a form posted from another site',
      id: 'unknown',
      body: 'a=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elsewhere.example' },
    },
    { name: 'no credential', id: 'unknown', body: '{}', headers: { cookie: '' } },
  ];

  it('include every status an operation answers to the ordinary mistakes', async () => {
    w = await startWalker();
    const undocumented: string[] = [];
    for (const operation of OPERATIONS) {
      // A session of its own: signing out must not sign the next operation out.
      const { cookie } = await signIn(w.t, OWNER.email, OWNER.password);
      for (const mistake of MISTAKES) {
        const path = `/api${operation.path.replace(/\{[^}]+\}/g, mistake.id)}`;
        const body = operation.method === 'get' ? undefined : mistake.body;
        const reply = await w.t.call(operation.method.toUpperCase(), path, body, {
          cookie: cookie!,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...mistake.headers,
        });
        if (!operation.statuses.has(reply.status)) {
          undocumented.push(`${operation.key} answers ${reply.status} to ${mistake.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});

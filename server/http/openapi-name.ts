// Names a request schema of shared/request-schemas.ts in the OpenAPI document. Such a schema may be made
// before @hono/zod-openapi extends zod, and zod 4 gives a schema its methods when it makes it, so it may
// have no `.openapi` of its own: the method is called from the prototype, which gives a named copy.

import { z } from '@hono/zod-openapi';

type Name = (this: z.ZodType, name: string) => z.ZodType;

export function openApiName<T extends z.ZodType>(schema: T, name: string): T {
  return (z.ZodType.prototype as unknown as { openapi: Name }).openapi.call(schema, name) as T;
}

// Compile-time proof that a response schema describes the type it serialises. The domain may not import zod,
// so its types stay the source and each schema is checked against them: a field added, dropped, renamed or
// retyped on either side fails the type check here instead of reaching a client as a surprise.

import type { z } from '@hono/zod-openapi';

/**
 * Every optional field made required, all the way down: on their own, `{ a?: number }` and `{}` are
 * assignable to each other, so a field one side lacks could hide behind its being optional.
 */
type Spelled<T> = T extends readonly (infer E)[]
  ? Spelled<E>[]
  : T extends object
    ? { [K in keyof T]-?: Spelled<Exclude<T[K], undefined>> }
    : T;

type Assignable<A, B> = [A] extends [B] ? true : false;
type Mutual<A, B> = Assignable<A, B> extends true ? Assignable<B, A> : false;

/** True when A and B are the same JSON shape: mutually assignable, as written and with every field spelled out. */
export type Matches<A, B> = Mutual<A, B> extends true ? Mutual<Spelled<A>, Spelled<B>> : false;

/**
 * Returns `schema` once the compiler has proved that what it parses is `Described`; otherwise the call
 * does not compile, asking for a `mismatch` argument whose type shows both sides.
 * @example export const OrganizationSchema = schemaOf<Organization>()(z.strictObject({ ... }));
 */
export function schemaOf<Described>() {
  return <S extends z.ZodType>(
    schema: S,
    ..._mismatch: Matches<z.output<S>, Described> extends true
      ? []
      : [mismatch: { schema: z.output<S>; described: Described }]
  ): S => schema;
}

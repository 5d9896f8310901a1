import { ApiError } from '../api/client';

/** The server's explanation of a failure, naming the fields at fault when it lists them. */
export function describeError(error: unknown): string {
  const fields = error instanceof ApiError ? error.problem.errors : undefined;
  if (fields?.length) return fields.map((x) => `${x.field}: ${x.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

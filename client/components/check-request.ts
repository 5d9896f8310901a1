// A form's request checked before sending, with the schema the server checks it with (shared/): what breaks
// the shape becomes the problem the server would answer (request.invalid, each field with its code), so the
// form shows it through errorText like any other failure, and sends nothing the server would refuse.

import type { z } from 'zod';
import { fieldProblemOf } from '../../shared/field-problems';
import type { CodedProblem } from './error-text';

/** null when `body` has the request's shape, else the problem naming every field at fault. */
export function requestProblem(schema: z.ZodType, body: unknown): CodedProblem | null {
  const checked = schema.safeParse(body);
  if (checked.success) return null;
  return { code: 'request.invalid', params: {}, errors: checked.error.issues.map(fieldProblemOf) };
}

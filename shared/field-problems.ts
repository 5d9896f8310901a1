// What is wrong with one field of a request, as a code and the values its sentence needs, read from a
// validation issue of a request schema (zod's, described here by shape). The server answers a request that
// breaks its schema with these (request.invalid), and a form checking the same schema before sending names
// its fields with the same codes, so one dictionary words both. Pure: this folder imports nothing.

/** The codes a field's value can break a request's shape with; each reads after the field's name. */
export const FIELD_PROBLEM_CODES = [
  'field.required',
  'field.wrong-type',
  'field.too-short',
  'field.too-long',
  'field.too-small',
  'field.too-large',
  'field.not-whole-number',
  'field.too-few',
  'field.too-many',
  'field.email-invalid',
  'field.date-invalid',
  'field.format-invalid',
  'field.not-an-option',
  'field.unknown',
  'field.invalid',
] as const;

export type FieldProblemCode = (typeof FIELD_PROBLEM_CODES)[number];

/** A validation issue as zod reports one: its kind, where, its English message, and what it compared. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  expected?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  keys?: readonly string[];
  /** A refinement names its own code here (`params: { code }`), which is then used as it stands. */
  params?: Record<string, unknown>;
}

export interface FieldProblem {
  /** The path, dot-joined ("departments.1.name"); "(body)" for the request as a whole. */
  field: string;
  message: string;
  /** A field.* code, or the code a refinement names. */
  code: string;
  params: Record<string, string | number>;
}

const TYPE_NAMES = new Set(['string', 'number', 'boolean', 'array', 'object']);

const number = (value: number | bigint | undefined) => Number(value ?? 0);

/** The code and values of one issue, before its path is added. */
function codeOf(issue: SchemaIssue): Pick<FieldProblem, 'code' | 'params'> {
  const sized =
    issue.origin === 'string'
      ? 'text'
      : issue.origin === 'array' || issue.origin === 'set'
        ? 'list'
        : 'number';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return { code: 'field.not-whole-number', params: {} };
      return TYPE_NAMES.has(issue.expected ?? '')
        ? { code: 'field.wrong-type', params: { expected: issue.expected! } }
        : { code: 'field.invalid', params: {} };
    case 'too_small': {
      const min = number(issue.minimum);
      if (sized === 'text')
        return min <= 1
          ? { code: 'field.required', params: {} }
          : { code: 'field.too-short', params: { min } };
      return { code: sized === 'list' ? 'field.too-few' : 'field.too-small', params: { min } };
    }
    case 'too_big': {
      const max = number(issue.maximum);
      const code =
        sized === 'text' ? 'field.too-long' : sized === 'list' ? 'field.too-many' : 'field.too-large';
      return { code, params: { max } };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'field.email-invalid', params: {} };
      if (issue.format === 'datetime' || issue.format === 'date')
        return { code: 'field.date-invalid', params: {} };
      return { code: 'field.format-invalid', params: {} };
    case 'invalid_value':
      return {
        code: 'field.not-an-option',
        params: { options: (issue.values ?? []).map(String).join(', ') },
      };
    case 'custom':
      return typeof issue.params?.code === 'string'
        ? { code: issue.params.code, params: {} }
        : { code: 'field.invalid', params: {} };
    default:
      return { code: 'field.invalid', params: {} };
  }
}

/** The field at fault in one issue; keys a request does not take are named in `keys`, on the object. */
export function fieldProblemOf(issue: SchemaIssue): FieldProblem {
  const field = issue.path.map(String).join('.') || '(body)';
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue.keys ?? []).join(', ');
    return { field, message: issue.message, code: 'field.unknown', params: { keys } };
  }
  return { field, message: issue.message, ...codeOf(issue) };
}

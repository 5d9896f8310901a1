// Places the server's complaints about an email template next to the fields they concern. The server names
// them `emailTemplates.<kind>.<language>.<subject|body>`, or `emailTemplates.<kind>.<language>` when a
// whole language is missing.

import type { MailKind } from '../../../server/http/api-types';
import type { CodedProblem } from '../../components/error-text';
import type { FieldError } from '../../../server/domain/errors';

/**
 * Keyed `en.subject`, `zh-cn.body`, or `en` for the language as a whole; kept as the server sent them,
 * code and all, so that they are worded in whatever language the page is read in when shown. Complaints
 * about anything else are left out: the failure as a whole says what they are.
 */
export type TemplateFieldErrors = Map<string, CodedProblem[]>;

export function templateFieldErrors(
  errors: readonly Partial<FieldError>[],
  kind: MailKind,
): TemplateFieldErrors {
  const prefix = `emailTemplates.${kind}.`;
  const byField: TemplateFieldErrors = new Map();
  for (const { field = '', ...problem } of errors) {
    if (!field.startsWith(prefix)) continue;
    const key = field.slice(prefix.length);
    byField.set(key, [...(byField.get(key) ?? []), problem]);
  }
  return byField;
}

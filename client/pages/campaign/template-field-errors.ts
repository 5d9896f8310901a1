// Places the server's complaints about an email template next to the fields they concern. The server names
// them `emailTemplates.<kind>.<language>.<subject|body>`, or `emailTemplates.<kind>.<language>` when a
// whole language is missing.

import type { MailKind } from '../../../server/http/api-types';
import type { CodedProblem } from '../../components/coded-problem';

export interface TemplateFieldErrors {
  /**
   * Keyed `en.subject`, `zh-cn.body`, or `en` for the language as a whole; kept as the server sent them,
   * code and all, so that they are worded in whatever language the page is read in when shown.
   */
  byField: Map<string, CodedProblem[]>;
  /** Anything that names no field of this template, shown above the form. */
  other: string[];
}

export function templateFieldErrors(
  errors: readonly (CodedProblem & { field: string })[],
  kind: MailKind,
): TemplateFieldErrors {
  const prefix = `emailTemplates.${kind}.`;
  const byField = new Map<string, CodedProblem[]>();
  const other: string[] = [];
  for (const { field, ...problem } of errors) {
    if (!field.startsWith(prefix)) {
      other.push(`${field} ${problem.message}`);
      continue;
    }
    const key = field.slice(prefix.length);
    byField.set(key, [...(byField.get(key) ?? []), problem]);
  }
  return { byField, other };
}

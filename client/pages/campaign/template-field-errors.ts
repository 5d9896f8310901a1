// Places the server's complaints about an email template next to the fields they concern. The server names
// them `emailTemplates.<kind>.<language>.<subject|body>`, or `emailTemplates.<kind>.<language>` when a
// whole language is missing.

import type { MailKind } from '../../../server/http/api-types';

export interface TemplateFieldErrors {
  /** Keyed `en.subject`, `zh-cn.body`, or `en` for the language as a whole. */
  byField: Map<string, string[]>;
  /** Anything that names no field of this template, shown above the form. */
  other: string[];
}

export function templateFieldErrors(
  errors: readonly { field: string; message: string }[],
  kind: MailKind,
): TemplateFieldErrors {
  const prefix = `emailTemplates.${kind}.`;
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  for (const { field, message } of errors) {
    if (!field.startsWith(prefix)) {
      other.push(`${field} ${message}`);
      continue;
    }
    const key = field.slice(prefix.length);
    byField.set(key, [...(byField.get(key) ?? []), message]);
  }
  return { byField, other };
}

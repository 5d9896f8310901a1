import { describe, expect, it } from 'vitest';
import { templateFieldErrors } from '../../../../client/pages/campaign/template-field-errors';

describe('templateFieldErrors', () => {
  it.each([
    ['emailTemplates.invitation.en.body', 'en.body'],
    ['emailTemplates.invitation.zh-cn.subject', 'zh-cn.subject'],
    ['emailTemplates.invitation.en', 'en'],
  ])('places %s at the field %s', (field, key) => {
    const found = templateFieldErrors([{ field, message: 'is wrong' }], 'invitation');
    expect([...found.byField.entries()]).toEqual([[key, [{ message: 'is wrong' }]]]);
    expect(found.other).toEqual([]);
  });

  it('keeps every complaint about one field, with the code and params to word it by', () => {
    const found = templateFieldErrors(
      [
        { field: 'emailTemplates.reminder.en.body', message: 'must contain {{link}}' },
        {
          field: 'emailTemplates.reminder.en.body',
          message: 'uses an unknown placeholder {{nmae}}',
          code: 'template.unknown-placeholder',
          params: { placeholder: 'nmae' },
        },
      ],
      'reminder',
    );
    expect(found.byField.get('en.body')).toEqual([
      { message: 'must contain {{link}}' },
      {
        message: 'uses an unknown placeholder {{nmae}}',
        code: 'template.unknown-placeholder',
        params: { placeholder: 'nmae' },
      },
    ]);
  });

  it.each([
    ['the other kind of email', 'emailTemplates.reminder.en.body'],
    ['another setting', 'closesAt'],
  ])('reports a complaint about %s above the form', (_case, field) => {
    const found = templateFieldErrors([{ field, message: 'is wrong' }], 'invitation');
    expect(found.byField.size).toBe(0);
    expect(found.other).toEqual([`${field} is wrong`]);
  });
});

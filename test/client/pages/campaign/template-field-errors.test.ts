import { describe, expect, it } from 'vitest';
import { templateFieldErrors } from '../../../../client/pages/campaign/template-field-errors';

describe('templateFieldErrors', () => {
  it.each([
    ['emailTemplates.invitation.en.body', 'en.body'],
    ['emailTemplates.invitation.zh-cn.subject', 'zh-cn.subject'],
    ['emailTemplates.invitation.en', 'en'],
  ])('places %s at the field %s', (field, key) => {
    const found = templateFieldErrors([{ field, message: 'is wrong', code: 'template.empty' }], 'invitation');
    expect([...found.entries()]).toEqual([[key, [{ message: 'is wrong', code: 'template.empty' }]]]);
  });

  it('keeps every complaint about one field, with the code and params to word it by', () => {
    const found = templateFieldErrors(
      [
        {
          field: 'emailTemplates.reminder.en.body',
          message: 'must contain {{link}}',
          code: 'template.link-missing',
        },
        {
          field: 'emailTemplates.reminder.en.body',
          message: 'uses an unknown placeholder {{nmae}}',
          code: 'template.unknown-placeholder',
          params: { placeholder: 'nmae' },
        },
      ],
      'reminder',
    );
    expect(found.get('en.body')).toEqual([
      { message: 'must contain {{link}}', code: 'template.link-missing' },
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
  ])('leaves a complaint about %s to the failure as a whole', (_case, field) => {
    expect(
      templateFieldErrors([{ field, message: 'is wrong', code: 'field.invalid' }], 'invitation').size,
    ).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../../server/domain/instrument/barrier-model';
import {
  checkTemplate,
  DEFAULT_TEMPLATES,
  PLACEHOLDERS,
  renderEmail,
  type EmailTemplate,
  type MailKind,
  type MailValues,
} from '../../../../server/domain/campaigns/email-template';

const KINDS: MailKind[] = ['invitation', 'reminder'];
const LINK = 'https://groundwork.example.com/s/Zq8xPl2k';
/** The placeholders a template may use, as an unknown one's problem lists them for the client. */
const KNOWN = PLACEHOLDERS.join(', ');

function values(overrides: Partial<MailValues> = {}): MailValues {
  return {
    name: 'Li Wei',
    link: LINK,
    organization: 'Acme',
    campaign: 'Spring 2026',
    closes: null,
    minutes: 12,
    ...overrides,
  };
}

/** The default invitation with one language's part replaced. */
function withPart(part: Partial<EmailTemplate['en']>, language: Language = 'en'): EmailTemplate {
  const t = structuredClone(DEFAULT_TEMPLATES.invitation);
  t[language] = { ...t[language], ...part };
  return t;
}

describe('checkTemplate', () => {
  it.each(KINDS)('accepts the default %s template', (kind) => {
    expect(checkTemplate(DEFAULT_TEMPLATES[kind])).toEqual([]);
  });

  // Each with the code and params a client words it from in the reader's language.
  it.each<[string, Partial<EmailTemplate['en']>, string, string, string, object?]>([
    ['an empty subject', { subject: '' }, 'en.subject', 'must not be empty', 'empty'],
    ['a blank subject', { subject: '   ' }, 'en.subject', 'must not be empty', 'empty'],
    [
      'a subject over 200 characters',
      { subject: 'x'.repeat(201) },
      'en.subject',
      'at most 200',
      'too-long',
      { max: 200 },
    ],
    ['a subject on two lines', { subject: 'Hello\nthere' }, 'en.subject', 'one line', 'multiple-lines'],
    [
      'a subject with a carriage return',
      { subject: 'Hello\rthere' },
      'en.subject',
      'one line',
      'multiple-lines',
    ],
    [
      'a body over 5,000 characters',
      { body: `{{link}}${'x'.repeat(4993)}` },
      'en.body',
      'at most 5000',
      'too-long',
      { max: 5000 },
    ],
    [
      'a body without the link',
      { body: 'Hello {{name}}' },
      'en.body',
      'must contain {{link}}',
      'link-missing',
    ],
    [
      'a link only in an optional section',
      { body: '[[{{closes}} {{link}}]]' },
      'en.body',
      '{{link}}',
      'link-missing',
    ],
    [
      'an unknown placeholder in the body',
      { body: '{{link}} {{nmae}}' },
      'en.body',
      'unknown placeholder {{nmae}}',
      'unknown-placeholder',
      { placeholder: 'nmae', placeholders: KNOWN },
    ],
    [
      'an unknown placeholder in the subject',
      { subject: 'Hi {{first}}' },
      'en.subject',
      '{{first}}',
      'unknown-placeholder',
      { placeholder: 'first', placeholders: KNOWN },
    ],
    [
      'a spaced placeholder',
      { body: '{{link}} {{ name }}' },
      'en.body',
      'unknown placeholder {{ name }}',
      'unknown-placeholder',
      { placeholder: ' name ', placeholders: KNOWN },
    ],
    [
      'an unclosed placeholder',
      { body: '{{link}} Hello {{name' },
      'en.body',
      'not part of a placeholder',
      'stray-braces',
    ],
    ['a stray closing brace pair', { body: '{{link}} name}}' }, 'en.body', 'not part of', 'stray-braces'],
    [
      'an unclosed optional section',
      { body: '{{link}} [[ {{closes}}' },
      'en.body',
      'without its partner',
      'unpaired-brackets',
    ],
    ['a stray section end', { body: '{{link}} ]]' }, 'en.body', 'without its partner', 'unpaired-brackets'],
    [
      'a stray section end just before a section',
      { body: '{{link}} ]][[ {{name}}]]' },
      'en.body',
      'without its partner',
      'unpaired-brackets',
    ],
    [
      'nested optional sections',
      { body: '{{link}} [[a [[{{name}}]] b]]' },
      'en.body',
      'must not nest',
      'nested-sections',
    ],
  ])('rejects %s', (_case, part, field, message, code, params = {}) => {
    const errors = checkTemplate(withPart(part));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe(field);
    expect(errors[0]!.message).toContain(message);
    expect(errors[0]!.code).toBe(`template.${code}`);
    expect(errors[0]!.params).toEqual(params);
  });

  it('accepts a subject of exactly 200 characters and a body of exactly 5,000', () => {
    expect(
      checkTemplate(withPart({ subject: 'x'.repeat(200), body: `{{link}}${'x'.repeat(4992)}` })),
    ).toEqual([]);
  });

  it('names the language at fault', () => {
    expect(checkTemplate(withPart({ body: '请填写问卷' }, 'zh-cn'))).toEqual([
      {
        field: 'zh-cn.body',
        message: 'must contain {{link}}, outside any [[optional section]]',
        code: 'template.link-missing',
        params: {},
      },
    ]);
  });

  it('reports every problem, not only the first', () => {
    const t = withPart({ subject: '', body: '{{who}}' });
    t['zh-cn'] = { subject: 'a\nb', body: '{{link}}' };
    expect(checkTemplate(t).map((e) => e.field)).toEqual([
      'en.subject',
      'en.body',
      'en.body',
      'zh-cn.subject',
    ]);
  });

  it('reports a missing language instead of failing', () => {
    const t = { en: DEFAULT_TEMPLATES.invitation.en } as EmailTemplate;
    expect(checkTemplate(t)).toEqual([
      { field: 'zh-cn', message: 'is missing', code: 'template.language-missing', params: {} },
    ]);
  });
});

describe('renderEmail', () => {
  it.each([
    ['en', 'Li Wei', 'Hello Li Wei,\n'],
    ['en', '', 'Hello,\n'],
    ['en', '   ', 'Hello,\n'],
    ['zh-cn', '李伟', '李伟，您好！\n'],
    ['zh-cn', '', '您好！\n'],
  ] as const)('greets in %s with the name %j', (language, name, greeting) => {
    for (const kind of KINDS) {
      const { text } = renderEmail(DEFAULT_TEMPLATES[kind], language, values({ name }));
      expect(text.startsWith(greeting)).toBe(true);
    }
  });

  it.each([
    ['en', 'invitation', 'Please answer by Friday, 15 May 2026.'],
    ['en', 'reminder', 'The survey closes on Friday, 15 May 2026.'],
    ['zh-cn', 'invitation', '请在2026年5月15日（星期五）之前完成。'],
    ['zh-cn', 'reminder', '问卷将于2026年5月15日（星期五）截止。'],
  ] as const)('spells out the closing date in %s %s mail', (language, kind, sentence) => {
    const { text } = renderEmail(DEFAULT_TEMPLATES[kind], language, values({ closes: '2026-05-15' }));
    expect(text).toContain(sentence);
  });

  it.each(LANGUAGES.flatMap((language) => KINDS.map((kind) => [language, kind] as const)))(
    'leaves no trace of the closing date when there is none (%s %s)',
    (language, kind) => {
      const { text } = renderEmail(DEFAULT_TEMPLATES[kind], language, values({ closes: null }));
      expect(text).not.toMatch(/answer by|closes on|之前完成|截止|\[\[|\]\]|\{\{|\}\}/);
      expect(text).not.toMatch(/ \n|  /);
    },
  );

  it.each(LANGUAGES.flatMap((language) => KINDS.map((kind) => [language, kind] as const)))(
    'fills the link, organization and campaign (%s %s)',
    (language, kind) => {
      const { subject, text } = renderEmail(DEFAULT_TEMPLATES[kind], language, values());
      expect(text).toContain(`\n${LINK}\n`);
      expect(text).toContain('Spring 2026');
      expect(`${subject}\n${text}`).toContain('Acme');
      expect(subject).toContain('Spring 2026');
    },
  );

  it.each([
    ['en', 12, 'The survey "Spring 2026" takes about 12 minutes.'],
    ['zh-cn', 15, '填写问卷“Spring 2026”大约需要 15 分钟。'],
  ] as const)('tells %s invitees how many minutes the survey takes (%i)', (language, minutes, sentence) => {
    const { text } = renderEmail(DEFAULT_TEMPLATES.invitation, language, values({ minutes }));
    expect(text).toContain(sentence);
  });

  it('leaves a stored text written before {{minutes}} existed as it was', () => {
    const older = withPart({ body: 'The survey takes a few minutes: {{link}}' });
    expect(checkTemplate(older)).toEqual([]);
    expect(renderEmail(older, 'en', values()).text).toBe(`The survey takes a few minutes: ${LINK}`);
  });

  it.each([
    ['en', /anonymous/, /once/],
    ['zh-cn', /匿名/, /一次/],
  ] as const)(
    'tells %s invitees the survey is anonymous and the link works once',
    (language, anonymous, once) => {
      const { text } = renderEmail(DEFAULT_TEMPLATES.invitation, language, values());
      expect(text).toMatch(anonymous);
      expect(text).toMatch(once);
    },
  );

  it('inserts values literally, never expanding placeholders or sections inside them', () => {
    const t = withPart({
      subject: '{{campaign}} for {{name}}',
      body: 'Hi {{name}}[[ by {{closes}}]]: {{link}}',
    });
    const tricky = values({
      name: '{{link}} [[{{closes}}]] $& $1',
      campaign: '{{organization}}',
      closes: null,
    });
    expect(renderEmail(t, 'en', tricky)).toEqual({
      subject: '{{organization}} for {{link}} [[{{closes}}]] $& $1',
      text: `Hi {{link}} [[{{closes}}]] $& $1: ${LINK}`,
    });
  });

  it('keeps a section whose placeholders all have values and drops one with an empty value', () => {
    const t = withPart({ body: '[[Dear {{name}} of {{organization}}. ]][[No placeholder. ]]{{link}}' });
    expect(renderEmail(t, 'en', values()).text).toBe(`Dear Li Wei of Acme. No placeholder. ${LINK}`);
    expect(renderEmail(t, 'en', values({ name: '' })).text).toBe(`No placeholder. ${LINK}`);
  });

  it('keeps the subject on one line whatever the values hold', () => {
    const t = withPart({ subject: '{{campaign}} – {{organization}}' });
    expect(renderEmail(t, 'en', values({ campaign: 'Spring\r\n2026', organization: 'Acme\n' })).subject).toBe(
      'Spring 2026 – Acme',
    );
  });

  // 2026-01-04 was a Sunday; the 1st of each month of 2026 falls on the weekday given.
  it.each([
    ['2026-01-04', 'Sunday, 4 January 2026', '2026年1月4日（星期日）'],
    ['2026-02-02', 'Monday, 2 February 2026', '2026年2月2日（星期一）'],
    ['2026-03-03', 'Tuesday, 3 March 2026', '2026年3月3日（星期二）'],
    ['2026-04-01', 'Wednesday, 1 April 2026', '2026年4月1日（星期三）'],
    ['2026-05-07', 'Thursday, 7 May 2026', '2026年5月7日（星期四）'],
    ['2026-06-05', 'Friday, 5 June 2026', '2026年6月5日（星期五）'],
    ['2026-07-04', 'Saturday, 4 July 2026', '2026年7月4日（星期六）'],
    ['2026-08-01', 'Saturday, 1 August 2026', '2026年8月1日（星期六）'],
    ['2026-09-01', 'Tuesday, 1 September 2026', '2026年9月1日（星期二）'],
    ['2026-10-01', 'Thursday, 1 October 2026', '2026年10月1日（星期四）'],
    ['2026-11-01', 'Sunday, 1 November 2026', '2026年11月1日（星期日）'],
    ['2026-12-01', 'Tuesday, 1 December 2026', '2026年12月1日（星期二）'],
  ])('spells out %s with its month and weekday', (closes, en, zh) => {
    const t = withPart({ body: 'By {{closes}}. {{link}}' });
    expect(renderEmail(t, 'en', values({ closes })).text).toBe(`By ${en}. ${LINK}`);
    const zhTemplate = withPart({ body: '{{closes}} {{link}}' }, 'zh-cn');
    expect(renderEmail(zhTemplate, 'zh-cn', values({ closes })).text).toBe(`${zh} ${LINK}`);
  });

  it('signs every default email with the organization, and trims the names it inserts', () => {
    for (const language of LANGUAGES)
      for (const kind of KINDS) {
        const { subject, text } = renderEmail(
          DEFAULT_TEMPLATES[kind],
          language,
          values({ organization: '  Acme  ', campaign: ' Spring 2026 ' }),
        );
        expect(text.endsWith('\nAcme')).toBe(true);
        expect(subject).toContain('Spring 2026');
        expect(subject).not.toContain(' Spring 2026 ');
      }
  });

  it.each([
    ['2026-02-30', '2026-02-30'],
    ['2026-05-15 at noon', '2026-05-15 at noon'],
    ['by 2026-05-15', 'by 2026-05-15'],
    ['next Friday', 'next Friday'],
    ['2028-02-29', 'Tuesday, 29 February 2028'],
  ])('shows a closing date it cannot read as given (%s)', (closes, shown) => {
    const t = withPart({ body: 'By {{closes}}. {{link}}' });
    expect(renderEmail(t, 'en', values({ closes })).text).toBe(`By ${shown}. ${LINK}`);
  });
});

describe('checkTemplate on a hostile text', () => {
  it('names thousands of unpaired "[[" as unpaired brackets (in both languages)', () => {
    const body = '{{link}}' + '[['.repeat(9_996);
    const template = { en: { subject: 'Hi', body }, 'zh-cn': { subject: '你好', body } };
    const errors = checkTemplate(template);
    const unpaired = errors.filter((e) => e.code === 'template.unpaired-brackets').map((e) => e.field);
    expect(unpaired.sort()).toEqual(['en.body', 'zh-cn.body']);
  });
});

/** How templates were filled before: right, but the lazy section reads on to the end from every "[[". */
function fillByPattern(text: string, filled: Record<string, string>): string {
  return text.replace(/\[\[([\s\S]*?)\]\]|\{\{([^{}]*)\}\}/g, (whole, section?: string, key?: string) => {
    const known = (k: string) => (PLACEHOLDERS as readonly string[]).includes(k);
    if (section !== undefined) {
      const keys = [...section.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => m[1]!);
      return keys.some((k) => known(k) && filled[k] === '') ? '' : fillByPattern(section, filled);
    }
    return key !== undefined && known(key) ? filled[key]! : whole;
  });
}

describe('renderEmail on a hostile text', { timeout: 10_000 }, () => {
  // No test here measures time: a pattern that rereads a run from each of its positions takes tens of
  // seconds on these texts and runs past the timeout; a single pass takes milliseconds, far inside it. The
  // timeout is 10 s rather than the suite's 60 so that a faster machine still catches it.
  it('keeps 400,000 spaces in a subject without a line break as they are', () => {
    const subject = `Hi${' '.repeat(400_000)}there`;
    expect(renderEmail(withPart({ subject }), 'en', values()).subject).toBe(subject);
  });

  it('leaves 200,000 unpaired "[[" in a body that was never checked as they are', () => {
    const brackets = '[['.repeat(200_000);
    expect(renderEmail(withPart({ body: `{{link}}${brackets}` }), 'en', values()).text).toBe(
      `${LINK}${brackets}`,
    );
  });

  it('renders any short template, checked or not, as the patterns it had before did', () => {
    const piece = fc.constantFrom(
      '[[',
      ']]',
      '[',
      ']',
      '{{',
      '}}',
      '{',
      '}',
      'name',
      'link',
      'closes',
      'x',
      ' ',
      '\t',
      '\n',
      '\r',
    );
    const text = fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('', 'Li Wei', '{{link}}', '[[', 'Li\n Wei'), (body, name) => {
        const filled = {
          name: name.trim(),
          link: LINK,
          organization: 'Acme',
          campaign: 'Spring 2026',
          closes: '',
          minutes: '12',
        };
        const email = renderEmail(withPart({ subject: body, body }), 'en', values({ name }));
        expect(email.text).toBe(fillByPattern(body, filled));
        expect(email.subject).toBe(
          fillByPattern(body, filled)
            .replace(/\s*[\r\n]+\s*/g, ' ')
            .trim(),
        );
      }),
      { numRuns: 5_000 },
    );
  });
});

// Generators of PATCH /api/campaigns/:id bodies: instants in any offset and precision, email templates with
// every kind of placeholder and section (clean, broken and oversized), and the other settings, one at a time
// or together, as a draft or an open campaign would take them.

import fc from 'fast-check';
import { DEFAULT_TEMPLATES, PLACEHOLDERS } from '../../../../server/domain/campaigns/email-template';
import { DAY, NOON } from '../../../fixtures/accounts';
import { anyBody, hostileKey, hostileValue, mostly } from './hostile-arbitraries';

const minutes = (n: number) => String(n).padStart(2, '0');
/** An instant written with any offset from -23:59 to +23:59, and 0, 3 or 9 digits of seconds. */
const offsetInstant = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: NOON - 30 * DAY, max: NOON + 90 * DAY }),
      fc.integer({ min: Date.parse('0001-01-02T00:00:00Z'), max: Date.parse('9999-12-30T00:00:00Z') }),
    ),
    fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
    fc.constantFrom(0, 3, 9),
  )
  .map(([ms, offset, digits]) => {
    const local = new Date(ms + offset * 60_000).toISOString();
    const fraction = digits === 0 ? '' : `.${local.slice(20, 23).padEnd(digits, '7')}`;
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${local.slice(0, 19)}${fraction}${sign}${minutes(Math.floor(abs / 60))}:${minutes(abs % 60)}`;
  });
const instant = fc.oneof(
  { weight: 8, arbitrary: offsetInstant },
  {
    weight: 6,
    arbitrary: fc
      .integer({ min: NOON - 30 * DAY, max: NOON + 90 * DAY })
      .map((ms) => new Date(ms).toISOString()),
  },
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2026-03-02T12:00:00Z',
      '2026-03-02T12:00:00.001Z',
      '2026-03-02T11:59:59.999-00:01',
      '2026-03-03T12:00:00+23:59',
      '2026-03-03T12:00:00-23:59',
      '2024-02-29T00:00:00Z',
      '2028-02-29T00:00:00+05:45',
      '2026-02-29T00:00:00Z',
      '2026-02-30T00:00:00Z',
      '9999-12-31T23:59:59-23:59',
      '9999-12-31T23:59:59.999999999+00:00',
      '0000-01-01T00:00:00+23:59',
      '2026-03-05T12:00:00.123456789Z',
      '2026-03-05T12:00:00-00:00',
      '2026-03-05T12:00',
      '2026-03-05',
      '2026-03-05T12:00:00+0530',
      '2026-03-05T12:00:00+05',
      '2026-03-05T12:00:00+24:00',
      '2026-03-05T24:00:00Z',
      '2026-03-05T12:00:60Z',
      '2026-03-05t12:00:00z',
      '+275760-09-13T00:00:00Z',
      '2026-03-05T12:00:00Z\n',
      '２０２６-03-05T12:00:00Z',
      '',
      'tomorrow',
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);

const templatePiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PLACEHOLDERS.map((p) => `{{${p}}}`)) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '{{ link }}',
      '{{LINK}}',
      '{{}}',
      '{{{link}}}',
      '{{link}',
      '{link}}',
      '{{__proto__}}',
      '{{constructor}}',
      '{{toString}}',
      '{{hasOwnProperty}}',
      '{{',
      '}}',
      '[[',
      ']]',
      '[[ {{name}}]]',
      '[[{{closes}}]]',
      '[[ {{link}} ]]',
      '[[ [[ {{name}} ]] ]]',
      '[[]]',
      ']][[',
      '[[[',
      ']]]',
      '\n',
      '\r\n',
      '\r',
      '\u0000',
      '\u2028',
      '\uFEFF',
      '\uD800',
      '😀',
      '$&',
      '$1',
      "$'",
      '$<name>',
    ),
  },
  { weight: 3, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const templateText = fc.array(templatePiece, { maxLength: 10 }).map((pieces) => pieces.join(''));
/** Text with nothing a template could read as syntax: unicode, quotes, dollars, but no braces or brackets. */
const plainText = fc
  .oneof(fc.string({ maxLength: 24 }), fc.string({ unit: 'grapheme', maxLength: 12 }))
  .map((text) => text.replace(/[{}[\]\r\n]/g, ''));
const otherPlaceholder = fc.constantFrom(...PLACEHOLDERS.filter((p) => p !== 'link').map((p) => `{{${p}}}`));
/** Template text that passes every check: placeholders, and optional sections around any but the link. */
const cleanTemplateText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: plainText },
      { weight: 2, arbitrary: otherPlaceholder },
      {
        weight: 1,
        arbitrary: fc.tuple(plainText, otherPlaceholder, plainText).map(([a, p, b]) => `[[${a}${p}${b}]]`),
      },
    ),
    { maxLength: 6 },
  )
  .map((pieces) => pieces.join(''));
const defaultParts = Object.values(DEFAULT_TEMPLATES).flatMap((template) => Object.values(template));
const subject = fc.oneof(
  { weight: 24, arbitrary: fc.tuple(plainText, cleanTemplateText).map(([a, b]) => `x${a}${b}`) },
  { weight: 8, arbitrary: templateText },
  { weight: 4, arbitrary: fc.constantFrom(...defaultParts.map((p) => p.subject)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'x'.repeat(200),
      'x'.repeat(201),
      'y'.repeat(1_000),
      'z'.repeat(1_001),
      ' ',
      '',
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);
const mailBody = fc.oneof(
  {
    weight: 24,
    arbitrary: fc
      .tuple(cleanTemplateText, fc.constantFrom('\n', '\r\n', ' ', ''), cleanTemplateText)
      .map(([a, gap, b]) => `${a}${gap}{{link}}${gap}${b}`),
  },
  { weight: 8, arbitrary: fc.tuple(templateText, templateText).map(([a, b]) => `${a}{{link}}${b}`) },
  { weight: 4, arbitrary: templateText },
  { weight: 4, arbitrary: fc.constantFrom(...defaultParts.map((p) => p.body)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      `{{link}}${'x'.repeat(4_992)}`,
      `{{link}}${'x'.repeat(4_993)}`,
      `{{link}}${'y'.repeat(19_992)}`,
      `{{link}}${'z'.repeat(19_993)}`,
      `{{link}}${'[['.repeat(9_996)}`,
      `{{link}}${'{{'.repeat(9_996)}`,
      `${'[[ {{name}}'.repeat(600)}{{link}}`,
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);
const templatePart = fc.oneof(
  { weight: 20, arbitrary: fc.record({ subject, body: mailBody }) },
  { weight: 1, arbitrary: fc.record({ subject, body: mailBody, extra: hostileValue }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: hostileValue },
);
const template = fc.oneof(
  { weight: 20, arbitrary: fc.record({ en: templatePart, 'zh-cn': templatePart }) },
  {
    weight: 1,
    arbitrary: fc.record({ en: templatePart, 'zh-cn': templatePart, zh: templatePart }, { requiredKeys: [] }),
  },
  { weight: 1, arbitrary: hostileValue },
);
const emailTemplates = fc.oneof(
  { weight: 12, arbitrary: fc.record({ invitation: template, reminder: template }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.dictionary(hostileKey, template, { maxKeys: 3 }) },
  { weight: 1, arbitrary: hostileValue },
);
const campaignName = mostly(
  fc.string({ minLength: 1, maxLength: 120 }),
  fc.constantFrom(
    '  ',
    '李雷的问卷',
    '{{link}}',
    '[[ x',
    '=HYPERLINK("http://evil.example","x")',
    'x'.repeat(120),
    'x'.repeat(121),
    ' padded ',
    'Line\nbreak',
    '\r\nInjected: header',
  ),
);
const settingsFields = {
  name: campaignName,
  minGroupSize: mostly(fc.integer({ min: 3, max: 12 }), fc.constantFrom(0, 2, 100, 101, 3.5, -0, 1e308, '5')),
  commentMinimum: mostly(fc.integer({ min: 3, max: 20 }), fc.constantFrom(2, 1_000, 1_001, 4.2, '10')),
  languages: mostly(
    fc.array(fc.constantFrom('en', 'zh-cn'), { minLength: 1, maxLength: 2 }),
    fc.array(fc.constantFrom('en', 'zh-cn', 'EN', 'zh', 'zh-CN', 'fr', '', '__proto__', 'constructor'), {
      maxLength: 4,
    }),
  ),
  targetResponseRate: mostly(
    fc.double({ min: 0.1, max: 1, noNaN: true }),
    fc.constantFrom(0, 0.0999999, 1.0000001, 5e-324, -0, '0.5'),
  ),
  opensAt: instant,
  closesAt: instant,
  emailTemplates,
};
const draftSettings = fc.record(settingsFields, { requiredKeys: [] });
/** What may still change once a campaign is open, so most bodies reach the handler there too. */
const openSettings = fc.record(
  { name: settingsFields.name, closesAt: instant, emailTemplates },
  { requiredKeys: [] },
);
/** One setting at a time, as a form that saves each field on its own would send it. */
const singleSetting = (keys: (keyof typeof settingsFields)[]) =>
  fc.oneof(...keys.map((key) => settingsFields[key].map((value) => ({ [key]: value }))));
export const settingsBody = (open: boolean) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: singleSetting(
        open
          ? ['name', 'closesAt', 'emailTemplates']
          : (Object.keys(settingsFields) as (keyof typeof settingsFields)[]),
      ),
    },
    { weight: 8, arbitrary: (open ? openSettings : draftSettings) as fc.Arbitrary<unknown> },
    { weight: 1, arbitrary: open ? draftSettings : openSettings },
    { weight: 1, arbitrary: anyBody },
  );

// Hostile and near-valid requests against everything HR does to set up and distribute a campaign: changing
// its settings, reporting groups, checking and importing staff lists, mail-merge files and mailings, and
// answering through a personal link. None may produce a 5xx, and none that is refused may change anything
// stored: not the records, not the audit log, not the response logs, and not a personal link's one answer.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readCsv } from '../../../server/csv/read-csv';
import { DEFAULT_TEMPLATES, PLACEHOLDERS } from '../../../server/domain/email-template';
import type { Mailer } from '../../../server/mail/mailer';
import { DAY, NOON, storedText } from '../../fixtures/accounts';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

let t: TestApp | undefined;
/** What the app turned into a 5xx, and what failed after a response was sent: shown when a check fails. */
let serverErrors: unknown[] = [];
let backgroundErrors: unknown[] = [];
/** A mail server that accepts every message at once. */
const instantMailer: Mailer = { send: async () => undefined, close: async () => undefined };

async function start(withMail = false): Promise<TestApp> {
  serverErrors = [];
  backgroundErrors = [];
  t = await startTestApp(
    undefined,
    { submissionLimit: null, onServerError: (error) => serverErrors.push(error) },
    {
      onBackgroundError: (error) => backgroundErrors.push(error),
      ...(withMail ? { mail: { mailer: instantMailer, perMinute: 0 } } : {}),
    },
  );
  return t;
}
afterEach(async () => {
  await t?.close();
  t = undefined;
});
const app = () => t!;

// ---------------------------------------------------------------------------------------------------------
// Sending requests and reading what is stored.

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

async function send(
  method: string,
  path: string,
  payload?: string,
  contentType = 'application/json',
  cookie = app().ownerCookie,
): Promise<Answer> {
  const headers: Record<string, string> = { origin: 'http://localhost', cookie };
  if (payload !== undefined && contentType !== '') headers['content-type'] = contentType;
  const res = await app().app.request(path, {
    method,
    headers,
    ...(payload === undefined ? {} : { body: payload }),
  });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
}
const sendJson = (method: string, path: string, body: unknown) => send(method, path, JSON.stringify(body));

const errorsSoFar = () =>
  [...serverErrors, ...backgroundErrors].map((e) => (e instanceof Error ? e.stack : String(e))).join('\n');

function expectNo5xx(answer: Answer, what: string): void {
  expect(
    answer.status,
    `${what} → ${answer.status} ${answer.text.slice(0, 300)}\n${errorsSoFar()}`,
  ).toBeLessThan(500);
}

/** A clear refusal: a 4xx problem+json that says what is wrong. */
function expectRefusal(answer: Answer, what: string): void {
  expect(answer.status, `${what} → ${answer.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.contentType, what).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(answer.text);
  expect(problem, what).toMatchObject({ status: answer.status, title: expect.any(String) });
  expect(problem.detail, what).toEqual(expect.any(String));
}

/** Every response log under the data directory, by file name. */
async function responseLogs(): Promise<string> {
  const dir = join(app().dataDir, 'responses');
  const names = (await readdir(dir).catch(() => [] as string[])).sort();
  const texts = await Promise.all(names.map(async (n) => `${n}:${await readFile(join(dir, n), 'utf8')}`));
  return texts.join('\n');
}
const snapshot = async () => ({ stored: await storedText(app()), responses: await responseLogs() });

/** A path segment as a browser would send it; lone surrogates become U+FFFD, as TextEncoder makes them. */
function encodeSegment(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9_.~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

/** With FUZZ_STATS set, each property prints how many answers it got of each status and problem type. */
function outcomes(what: string) {
  const counts = new Map<string, number>();
  return {
    add(answer: Answer): void {
      let type = '';
      if (/problem/.test(answer.contentType)) type = ` ${JSON.parse(answer.text).type}`;
      counts.set(`${answer.status}${type}`, (counts.get(`${answer.status}${type}`) ?? 0) + 1);
    },
    report(): void {
      if (process.env.FUZZ_STATS) console.log(what, Object.fromEntries([...counts].sort()));
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------
// Generators shared by every endpoint.

const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '',
    ' ',
    '\u0000',
    '🙂',
  ),
  fc.constantFrom(
    'csv',
    'kind',
    'name',
    'departmentIds',
    'answers',
    'emailTemplates',
    'closesAt',
    'languages',
  ),
  fc.string({ maxLength: 40 }),
);
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.constantFrom(
    '',
    ' ',
    null,
    true,
    0,
    -1,
    1e308,
    [],
    {},
    ['x'],
    { $ne: null },
    JSON.parse('{"__proto__": {"isOwner": true}}') as unknown,
    'x'.repeat(5000),
  ),
);
const hostileObject = fc.dictionary(hostileKey, hostileValue, { maxKeys: 6 });
/** Some other request's body, a hostile object, or any JSON at all. */
const anyBody = fc.oneof(hostileObject, fc.jsonValue({ maxDepth: 8 }));

/** The request body as sent: mostly the JSON of `body`, sometimes cut short, sometimes not JSON at all. */
const payloadOf = (body: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 14, arbitrary: body.map((b) => JSON.stringify(b) ?? '') },
    {
      weight: 1,
      arbitrary: fc.tuple(body, fc.nat()).map(([b, n]) => {
        const text = JSON.stringify(b) ?? '';
        return text.slice(0, n % (text.length + 1));
      }),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  );
const contentType = fc.oneof(
  { weight: 24, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'text/plain',
      'application/json; charset=utf-16',
      'APPLICATION/JSON',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json-patch+json',
      '',
    ),
  },
);
const requestOf = (body: fc.Arbitrary<unknown>) => fc.record({ payload: payloadOf(body), contentType });

/** Values that are mostly right, sometimes nearly right, and now and then anything at all. */
const mostly = <T>(valid: fc.Arbitrary<T>, near: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 10, arbitrary: valid as fc.Arbitrary<unknown> },
    { weight: 2, arbitrary: near },
    { weight: 1, arbitrary: hostileValue },
  );

// ---------------------------------------------------------------------------------------------------------
// PATCH /api/campaigns/:id

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
const settingsBody = (open: boolean) =>
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

describe('PATCH /api/campaigns/:id fuzzing', () => {
  it(`answers ${RUNS} generated settings on a draft and an open campaign, changing nothing unless accepted`, async () => {
    await start();
    const draft = (await setUpCampaign(app(), undefined, { open: false })).campaign.id;
    const open = (await setUpCampaign(app())).campaign.id;
    await importStaff(app(), open, staffCsv({ Sales: 2, Operations: 1 }));
    await mailMergeTokens(app(), open);
    const accepted = { draft: 0, open: 0 };
    const seen = outcomes('PATCH');

    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom('draft' as const, 'open' as const)
          .chain((which) => requestOf(settingsBody(which === 'open')).map((request) => ({ which, request }))),
        async ({ which, request }) => {
          const id = which === 'draft' ? draft : open;
          const before = await snapshot();
          const answer = await send('PATCH', `/api/campaigns/${id}`, request.payload, request.contentType);
          seen.add(answer);
          expectNo5xx(answer, `PATCH ${which}`);
          if (answer.status === 200) {
            accepted[which]++;
            expect(JSON.parse(answer.text)).toMatchObject({ id, status: which });
            // Whatever was accepted must still make a mail for everyone on the list.
            if (which === 'open') {
              const merged = await sendJson('POST', `/api/campaigns/${open}/mail-merge`, {
                kind: 'reminder',
              });
              expectNo5xx(merged, 'mail-merge after accepted settings');
              expect(merged.status, merged.text).toBe(200);
            }
            return;
          }
          expectRefusal(answer, `PATCH ${which}`);
          expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
    // The draft as the fuzzing left it can still be opened, filled and sent (or is refused with a 4xx).
    const opened = await send('POST', `/api/campaigns/${draft}/open`);
    expectNo5xx(opened, 'opening the fuzzed draft');
    if (opened.status === 200) {
      await importStaff(app(), draft, staffCsv({ Sales: 2 }));
      expect((await mailMergeTokens(app(), draft)).size).toBe(2);
    }
    seen.report();
    expect(accepted.draft + accepted.open).toBeGreaterThan(0);
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------------------
// POST /api/campaigns/:id/reporting-groups and DELETE /api/campaigns/:id/reporting-groups/:groupId

const DEPARTMENTS = { Sales: 10, Operations: 12, Legal: 3, Finance: 4, 'Customer Care': 2, 'R&D': 5 };
const DEPARTMENT_COUNT = Object.keys(DEPARTMENTS).length;
/** Stands for the id of the target campaign's nth department, or of its nth reporting group. */
const departmentRef = (n: number) => `<department:${n}>`;
const groupRef = (n: number) => `<group:${n}>`;

const departmentId = fc.oneof(
  { weight: 8, arbitrary: fc.nat({ max: DEPARTMENT_COUNT - 1 }).map(departmentRef) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      'no-such-department',
      '__proto__',
      'constructor',
      'x'.repeat(64),
      'x'.repeat(65),
      groupRef(0),
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 70 }) },
);
const groupName = mostly(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom(
    'Small teams',
    'small TEAMS',
    ' Small teams ',
    'Sales',
    'SALES',
    'ｓａｌｅｓ',
    'r&d',
    'Customer  Care',
    '  ',
    '李雷',
    '__proto__',
    'x'.repeat(120),
    'x'.repeat(121),
  ),
);
const groupBody = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      name: groupName,
      departmentIds: mostly(
        fc.array(departmentId, { minLength: 1, maxLength: 6 }),
        fc.array(departmentId, { maxLength: 501 }),
      ),
    }) as fc.Arbitrary<unknown>,
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { name: groupName, departmentIds: fc.array(departmentId), id: hostileValue },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyBody },
);
type GroupSegment = string | { encode: string };
/** A group id as it appears in the path: a real one, a hostile one (encoded), or broken percent-encoding. */
const groupSegment = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 3 }).map(groupRef) },
  {
    weight: 3,
    arbitrary: fc
      .oneof(
        fc.constantFrom(
          'no-such-group',
          '__proto__',
          'constructor',
          'toString',
          'x'.repeat(64),
          'x'.repeat(65),
          departmentRef(0),
          'a b',
          'a/b',
          'a?b',
          'a#b',
          'ä',
          '😀',
          ' ',
          '.',
          '..',
          '\u0000',
        ),
        fc.string({ maxLength: 70 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
      )
      .map((id) => ({ encode: id })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '%',
      '%zz',
      '%E0%A4%A',
      '%00',
      '%2F',
      '%2f..%2f',
      '%C0%AE',
      '%FF',
      '%ED%A0%80',
      '%u0041',
      '%25',
      ';x=1',
      '',
      'a%20b',
    ),
  },
);
const campaignTarget = fc.oneof(
  { weight: 6, arbitrary: fc.constant('draft' as const) },
  { weight: 2, arbitrary: fc.constant('open' as const) },
  { weight: 1, arbitrary: fc.constantFrom('no-such-campaign', '%', '__proto__', 'x'.repeat(65), '%E0%A4%A') },
);
const groupRequest = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      method: fc.constant('POST' as const),
      target: campaignTarget,
      group: fc.constant(undefined as GroupSegment | undefined),
      request: requestOf(groupBody),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      method: fc.constant('DELETE' as const),
      target: campaignTarget,
      group: groupSegment as fc.Arbitrary<GroupSegment | undefined>,
      request: fc.constant(undefined as { payload: string; contentType: string } | undefined),
    }),
  },
);

describe('reporting group fuzzing', () => {
  it(`answers ${RUNS} generated group changes without a 5xx, changing nothing unless accepted`, async () => {
    await start();
    const setups = {
      draft: await setUpCampaign(app(), DEPARTMENTS, { open: false }),
      open: await setUpCampaign(app(), DEPARTMENTS),
    };
    const accepted = { POST: 0, DELETE: 0 };
    const seen = outcomes('reporting groups');

    await fc.assert(
      fc.asyncProperty(groupRequest, async ({ method, target, group, request }) => {
        const setup = target === 'draft' || target === 'open' ? setups[target] : undefined;
        const campaignId = setup?.campaign.id ?? target;
        const groups = setup ? (await app().storage.campaigns.get(campaignId))!.reportingGroups : [];
        const departments = setup?.organization.departments ?? [];
        const fill = (text: string) =>
          text.replace(/<(department|group):(\d)>/g, (_ref, kind: string, n: string) => {
            const list = kind === 'group' ? groups : departments;
            return list.length === 0 ? 'nothing-to-refer-to' : list[Number(n) % list.length]!.id;
          });
        const segment =
          group === undefined
            ? ''
            : typeof group === 'string'
              ? fill(group)
              : encodeSegment(fill(group.encode));
        const path =
          method === 'POST'
            ? `/api/campaigns/${campaignId}/reporting-groups`
            : `/api/campaigns/${campaignId}/reporting-groups/${segment}`;
        const what = `${method} ${path}`;
        const before = await snapshot();
        const answer = request
          ? await send(method, path, fill(request.payload), request.contentType)
          : await send(method, path);
        seen.add(answer);
        expectNo5xx(answer, what);
        if (answer.status < 300) {
          accepted[method]++;
          expect(target, what).toBe('draft');
          const after = JSON.parse(answer.text).reportingGroups as { id: string; departmentIds: string[] }[];
          if (method === 'POST') {
            expect(answer.status).toBe(201);
            expect(after).toHaveLength(groups.length + 1);
            const added = after.at(-1)!;
            expect(added.departmentIds.length).toBeGreaterThanOrEqual(2);
            expect(new Set(added.departmentIds).size).toBe(added.departmentIds.length);
            // No department is reported in two groups.
            const all = after.flatMap((g) => g.departmentIds);
            expect(new Set(all).size).toBe(all.length);
          } else {
            expect(answer.status).toBe(200);
            expect(after).toHaveLength(groups.length - 1);
          }
          return;
        }
        expectRefusal(answer, what);
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    seen.report();
    expect(accepted.POST).toBeGreaterThan(0);
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------------------
// POST /api/campaigns/:id/staff/preview and /staff

type Column = 'email' | 'department' | 'name' | 'language' | 'other';
const SPELLINGS: Record<Column, string[]> = {
  email: [
    'email',
    'Email',
    'EMAIL',
    'E-mail',
    'e-mail',
    'Email Address',
    'email  address',
    '邮箱',
    '电子邮件',
    '电子邮箱',
    'ＥＭＡＩＬ',
    ' email ',
  ],
  department: ['department', 'Department', 'DEPARTMENT', 'dept', 'Dept', '部门', 'ｄｅｐｔ', 'DePaRtMeNt'],
  name: ['name', 'Name', 'Full Name', 'full  name', 'FULL NAME', '姓名'],
  language: ['language', 'Language', 'LANG', 'lang', '语言'],
  other: [
    'employee id',
    '=cmd|" /C calc"!A1',
    '@SUM(1+1)',
    '+1',
    '-1',
    '',
    '__proto__',
    'constructor',
    'notes',
    'email2',
  ],
};
const STAFF_DEPARTMENTS = { Sales: 40, Operations: 40, 'Research & Development': 10, 销售部: 10 };
const fullWidth = (text: string) =>
  text.replace(/[\x21-\x7E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const FORMULAS = [
  '=1+1',
  '+A1',
  '-2+3',
  '@SUM(A1:A2)',
  '=HYPERLINK("http://evil.example","click")',
  '\t=1',
  ' =1',
  '=cmd|" /C calc"!A1',
];

/** Cells per column: `clean` ones are always acceptable, however oddly written; the others often are not. */
function cellFor(column: Column, clean: boolean): fc.Arbitrary<string> {
  const valid: Record<Column, fc.Arbitrary<string>> = {
    email: fc.oneof(
      { weight: 6, arbitrary: fc.emailAddress() },
      { weight: 1, arbitrary: fc.emailAddress().map((e) => e.toUpperCase()) },
      { weight: 1, arbitrary: fc.emailAddress().map((e) => ` ${e}\t`) },
      { weight: 1, arbitrary: fc.emailAddress().map(fullWidth) },
    ),
    department: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...Object.keys(STAFF_DEPARTMENTS)) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          ' sales ',
          'SALES',
          'ｓａｌｅｓ',
          'Research  &  development',
          '销售部 ',
          'OPERATIONS',
        ),
      },
    ),
    name: fc.oneof(
      { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          ...FORMULAS,
          '',
          'Lee; Ann',
          'Line\nbreak',
          '李雷',
          'x'.repeat(120),
          'a\u0000b',
        ),
      },
    ),
    language: fc.constantFrom(
      '',
      '',
      '',
      'en',
      'EN',
      'English',
      'zh',
      'zh_CN',
      'ZH-cn',
      'zh-Hans',
      'Chinese',
      '中文',
      '简体中文',
      '英文',
    ),
    other: fc.string({ maxLength: 20 }),
  };
  if (clean) return valid[column];
  const broken: Record<Column, fc.Arbitrary<string>> = {
    email: fc.constantFrom(
      'not-an-email',
      'a@b',
      '',
      '@example.com',
      'a@@b.cc',
      'a b@c.dd',
      `${'x'.repeat(250)}@e.co`,
      '=1+1@example.com',
      'ann@example.com',
      'ANN@example.com',
    ),
    department: fc.constantFrom(
      'Legal',
      '',
      '__proto__',
      'constructor',
      'toString',
      'Sales\u0000',
      '=Sales',
      'sales,ops',
    ),
    name: fc.constantFrom('x'.repeat(121), `${'x '.repeat(70)}`, ...FORMULAS),
    language: fc.constantFrom('klingon', 'fr', 'constructor', '__proto__', 'zh-tw', 'en-US'),
    other: fc.string({ unit: 'binary', maxLength: 20 }),
  };
  return fc.oneof(
    { weight: 3, arbitrary: valid[column] },
    { weight: 1, arbitrary: broken[column] },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  );
}

type Quoting = 'auto' | 'always' | 'raw' | 'stray';
const quoting = (clean: boolean): fc.Arbitrary<Quoting> =>
  clean
    ? fc.constantFrom('auto', 'auto', 'auto', 'always')
    : fc.constantFrom('auto', 'auto', 'always', 'raw', 'stray');
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
function writeCell(text: string, how: Quoting, delimiter: string): string {
  if (how === 'always') return quoted(text);
  if (how === 'raw') return text;
  if (how === 'stray') return `"${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? quoted(text) : text;
}

const columnsOf = (clean: boolean): fc.Arbitrary<Column[]> =>
  clean
    ? fc
        .tuple(
          fc.subarray<Column>(['name', 'language']),
          fc.array(fc.constant<Column>('other'), { maxLength: 2 }),
        )
        .chain(([optional, others]) =>
          fc.shuffledSubarray<Column>(['email', 'department', ...optional, ...others], {
            minLength: 2 + optional.length + others.length,
          }),
        )
    : fc.array(fc.constantFrom<Column>('email', 'department', 'name', 'language', 'other'), { maxLength: 6 });

/** A staff list as a spreadsheet, an editor or an attacker might write it. */
const csvFile = (clean: boolean) =>
  columnsOf(clean).chain((columns) =>
    fc
      .record({
        header: fc.tuple(...columns.map((c) => fc.constantFrom(...SPELLINGS[c]))),
        headerQuoting: fc.array(quoting(clean), { minLength: columns.length, maxLength: columns.length }),
        rows: fc.array(
          fc.tuple(
            fc.tuple(...columns.map((c) => cellFor(c, clean))),
            fc.array(quoting(clean), { minLength: columns.length, maxLength: columns.length }),
          ),
          { maxLength: 12 },
        ),
        delimiter: clean ? fc.constantFrom(',', ';', '\t') : fc.constantFrom(',', ';', '\t', '|', ' ', ',;'),
        lineEnd: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
        mixedEnds: fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n;;\r\n', '\n  \n'), {
          maxLength: 16,
        }),
        bom: fc.boolean(),
        trailing: fc.constantFrom('', '\n', '\r\n', '\r\n\r\n', ';;\n'),
        // Only in broken files: a NUL or a BOM somewhere, or one very long line.
        damage: clean
          ? fc.constant(null)
          : fc.option(
              fc.record({
                at: fc.nat(),
                insert: fc.constantFrom('\u0000', '\uFEFF', '"', '\r', '\uD800', '\u2028'),
              }),
            ),
        longLine: clean ? fc.constant(0) : fc.constantFrom(0, 0, 0, 5_000, 70_000),
      })
      .map(
        ({ header, headerQuoting, rows, delimiter, lineEnd, mixedEnds, bom, trailing, damage, longLine }) => {
          const emailAt = columns.indexOf('email');
          const lines = [
            header.map((h, i) => writeCell(h, headerQuoting[i]!, delimiter)),
            ...rows.map(([cells, how], row) =>
              cells.map((cell, i) =>
                // Clean files name each person once: the row number goes into the address.
                writeCell(
                  clean && i === emailAt ? cell.replace(/[@＠]/, (at) => `.${row}${at}`) : cell,
                  how[i]!,
                  delimiter,
                ),
              ),
            ),
          ].map((cells) => cells.join(delimiter));
          if (longLine > 0) lines.push(['long@example.com', 'Sales', 'x'.repeat(longLine)].join(delimiter));
          let text = lines
            .map((line, i) =>
              i === 0
                ? line
                : `${lineEnd === 'mixed' ? (mixedEnds[i % (mixedEnds.length || 1)] ?? '\n') : lineEnd}${line}`,
            )
            .join('');
          text = `${bom ? '\uFEFF' : ''}${text}${trailing}`;
          if (damage) {
            const at = damage.at % (text.length + 1);
            text = text.slice(0, at) + damage.insert + text.slice(at);
          }
          return text;
        },
      ),
  );
const csvText = fc.oneof(
  { weight: 5, arbitrary: csvFile(true) },
  { weight: 4, arbitrary: csvFile(false) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2_000 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 500 }) },
);
const staffBody = fc.oneof(
  { weight: 10, arbitrary: csvText.map((csv) => ({ csv })) as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: fc.record({ csv: csvText, extra: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ csv: hostileValue }) },
  { weight: 1, arbitrary: anyBody },
);

/** Emails of a mail-merge file, as the person opening it in a spreadsheet would read them. */
function mailMergeEmails(csv: string): string[] {
  const [header, ...rows] = readCsv(csv).map((r) => r.cells);
  const email = header!.indexOf('email');
  return rows.map((cells) => cells[email]!);
}
/** An address as writeCsv writes it: one a spreadsheet would run as a formula gets a leading quote. */
const asWritten = (email: string) => (/^[=+\-@]/.test(email) ? `'${email}` : email);

describe('staff list fuzzing', () => {
  it(`checks and imports ${RUNS} generated staff lists: preview and import agree, and a refusal stores nothing`, async () => {
    await start();
    const ids = {
      draft: (await setUpCampaign(app(), STAFF_DEPARTMENTS, { open: false })).campaign.id,
      open: (await setUpCampaign(app(), STAFF_DEPARTMENTS)).campaign.id,
    };
    const tally = { previewed: 0, imported: 0 };
    const seen = { preview: outcomes('staff preview'), import: outcomes('staff import') };

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('draft' as const, 'open' as const),
        requestOf(staffBody),
        async (which, request) => {
          const id = ids[which];
          const before = await snapshot();
          const listed = (await app().storage.surveyInvitations.listByCampaign(id)).length;

          const previewed = await send(
            'POST',
            `/api/campaigns/${id}/staff/preview`,
            request.payload,
            request.contentType,
          );
          seen.preview.add(previewed);
          expectNo5xx(previewed, `preview ${which}`);
          expect(await snapshot(), 'a preview stores nothing').toEqual(before);
          let preview: { people: { email: string }[]; errors: unknown[] } | null = null;
          if (previewed.status === 200) {
            tally.previewed++;
            preview = JSON.parse(previewed.text);
            expect(Array.isArray(preview!.people) && Array.isArray(preview!.errors)).toBe(true);
          } else {
            expectRefusal(previewed, `preview ${which}`);
            // A JSON body holding a CSV is checked by the domain: a list it cannot read is a 422, not anything else.
            if (request.contentType === 'application/json' && isStaffBody(request.payload)) {
              expect(previewed.status, previewed.text).toBe(422);
            }
          }

          const imported = await send(
            'POST',
            `/api/campaigns/${id}/staff`,
            request.payload,
            request.contentType,
          );
          seen.import.add(imported);
          expectNo5xx(imported, `import ${which}`);
          const acceptable = preview !== null && preview.errors.length === 0 && preview.people.length > 0;
          if (imported.status === 201) {
            tally.imported++;
            expect(acceptable, 'imported a list the preview found fault with').toBe(true);
            const { added } = JSON.parse(imported.text);
            expect(added).toBe(preview!.people.length);
            expect(await app().storage.surveyInvitations.listByCampaign(id)).toHaveLength(listed + added);
            if (which === 'open') {
              // Everyone just added can be sent a link.
              const merged = await sendJson('POST', `/api/campaigns/${id}/mail-merge`, {
                kind: 'invitation',
              });
              expectNo5xx(merged, 'mail-merge after import');
              expect(merged.status, merged.text).toBe(200);
              expect(mailMergeEmails(merged.text).sort()).toEqual(
                preview!.people.map((p) => asWritten(p.email)).sort(),
              );
            }
            return;
          }
          expectRefusal(imported, `import ${which}`);
          expect(acceptable, `refused a list the preview accepted: ${imported.text.slice(0, 300)}`).toBe(
            false,
          );
          expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
    seen.preview.report();
    seen.import.report();
    expect(tally.imported).toBeGreaterThan(0);
  }, 300_000);
});

function isStaffBody(payload: string): boolean {
  try {
    const body = JSON.parse(payload);
    return (
      typeof body === 'object' &&
      body !== null &&
      Object.keys(body).length === 1 &&
      typeof body.csv === 'string' &&
      body.csv.length > 0
    );
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------
// POST /api/campaigns/:id/mail-merge and /mailings

const mailingBody = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: mostly(
        fc.constantFrom('invitation', 'reminder'),
        fc.constantFrom(
          'Invitation',
          'REMINDER',
          'reminders',
          ' invitation',
          'invitation\u0000',
          '',
          'both',
          '__proto__',
          'constructor',
        ),
      ),
    }) as fc.Arbitrary<unknown>,
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { kind: fc.constantFrom('invitation', 'reminder'), extra: hostileValue },
      { requiredKeys: ['kind'] },
    ),
  },
  { weight: 1, arbitrary: anyBody },
);
const mailingTarget = fc.oneof(
  { weight: 6, arbitrary: fc.constant('open' as const) },
  { weight: 2, arbitrary: fc.constant('draft' as const) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constantFrom('no-such-campaign', '__proto__', '%', '%E0%A4%A'),
      fc.string({ maxLength: 70 }).map(encodeSegment),
    ),
  },
);

async function mailingFinished(campaignId: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const latest = await send('GET', `/api/campaigns/${campaignId}/mailings/latest`);
    if (JSON.parse(latest.text).mailing?.finished) return;
    await sleep(5);
  }
  throw new Error('The mailing did not finish');
}

describe('mail-merge and mailing fuzzing', () => {
  it(`answers ${RUNS} generated distribution requests without a 5xx, changing nothing unless accepted`, async () => {
    await start(true);
    const ids = {
      open: (await setUpCampaign(app())).campaign.id,
      draft: (await setUpCampaign(app(), undefined, { open: false })).campaign.id,
    };
    await importStaff(app(), ids.open, staffCsv({ Sales: 3, Operations: 2 }));
    await importStaff(app(), ids.draft, staffCsv({ Sales: 2 }));
    const accepted = { 'mail-merge': 0, mailings: 0 };
    const seen = outcomes('mail-merge and mailings');

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('mail-merge' as const, 'mailings' as const),
        mailingTarget,
        requestOf(mailingBody),
        async (endpoint, target, request) => {
          const campaignId = target === 'open' || target === 'draft' ? ids[target] : target;
          const path = `/api/campaigns/${campaignId}/${endpoint}`;
          const before = await snapshot();
          const answer = await send('POST', path, request.payload, request.contentType);
          seen.add(answer);
          expectNo5xx(answer, `POST ${path}`);
          if (answer.status < 300) {
            accepted[endpoint]++;
            expect(target).toBe('open');
            if (endpoint === 'mail-merge') {
              expect(answer.status).toBe(200);
              expect(answer.contentType).toMatch(/^text\/csv/);
            } else {
              expect(answer.status).toBe(202);
              await mailingFinished(ids.open);
              expect(backgroundErrors).toEqual([]);
            }
            return;
          }
          expectRefusal(answer, `POST ${path}`);
          expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
    seen.report();
    expect(accepted['mail-merge'] + accepted.mailings).toBeGreaterThan(0);
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------------------
// POST /api/survey/:token/responses through a personal link

const questionNames = [
  'pay_fair',
  'security_next_year',
  'knowledge_steady_delivery',
  'comment',
  'depends_on',
  'success_meaning',
];
const answersBody = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.dictionary(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...questionNames) },
        { weight: 1, arbitrary: hostileKey },
      ),
      fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: -1, max: 7 }) },
        { weight: 1, arbitrary: hostileValue },
      ),
      { maxKeys: 6 },
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);
const submissionBody = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        answers: answersBody,
        language: mostly(fc.constantFrom('en', 'zh-cn'), fc.constantFrom('EN', 'zh', 'fr', '', '__proto__')),
        departmentId: mostly(fc.constant('<other-department>'), fc.string({ maxLength: 70 })),
      },
      { requiredKeys: ['answers'] },
    ) as fc.Arbitrary<unknown>,
  },
  { weight: 1, arbitrary: fc.record({ answers: answersBody, extra: hostileValue, spent: fc.boolean() }) },
  { weight: 1, arbitrary: anyBody },
);

describe('personal link submission fuzzing', () => {
  it(`answers ${RUNS} generated submissions through personal links; a refusal neither spends the link nor logs anything`, async () => {
    await start();
    const setup = await setUpCampaign(app());
    const campaignId = setup.campaign.id;
    const otherDepartment = setup.departmentId('Operations');
    const unused: string[] = [];
    let invited = 0;
    /** A link nobody has answered through; more people are invited when they run out. */
    const nextToken = async () => {
      if (unused.length === 0) {
        const csv = [
          'email,department',
          ...Array.from({ length: 100 }, (_, i) => `person${invited + i}@example.com,Sales`),
        ].join('\n');
        invited += 100;
        await importStaff(app(), campaignId, csv);
        unused.push(...(await mailMergeTokens(app(), campaignId)).values());
      }
      return unused.pop()!;
    };
    const post = (token: string, payload: string, type = 'application/json') =>
      send('POST', `/api/survey/${token}/responses`, payload, type, '');
    const valid = JSON.stringify({ answers: { pay_fair: 4 } });
    let accepted = 0;
    const seen = outcomes('personal link submissions');

    await fc.assert(
      fc.asyncProperty(requestOf(submissionBody), async (request) => {
        const token = await nextToken();
        const before = await snapshot();
        const count = await app().storage.responses.countByCampaign(campaignId);
        const answer = await post(
          token,
          request.payload.replaceAll('<other-department>', otherDepartment),
          request.contentType,
        );
        seen.add(answer);
        expectNo5xx(answer, 'submission');
        if (answer.status === 201) {
          accepted++;
          expect(await app().storage.responses.countByCampaign(campaignId)).toBe(count + 1);
          // The link is spent now.
          const again = await post(token, valid);
          expect(again.status).toBe(409);
          return;
        }
        expectRefusal(answer, 'submission');
        expect(await snapshot()).toEqual(before);
        // The link still takes one answer.
        const retry = await post(token, valid);
        expect(retry.status, retry.text).toBe(201);
      }),
      { numRuns: RUNS },
    );
    seen.report();
    expect(accepted).toBeGreaterThan(0);
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------------------
// Bodies no generator above makes: too deep, too large, cut off, or none at all.

describe('malformed bodies on every distribution endpoint', () => {
  const deep = (key: string) => `{"${key}":`.repeat(5_000) + '1' + '}'.repeat(5_000);
  const CASES = [
    { what: 'a deeply nested body', payload: deep('csv') },
    { what: 'deeply nested arrays', payload: '['.repeat(10_000) + ']'.repeat(10_000) },
    { what: 'a truncated body', payload: '{"csv": "email,department\\nann@example.com,Sales' },
    { what: 'a lone surrogate', payload: '{"name": "\\ud800", "kind": "\\udfff", "csv": "\\ud800"}' },
    { what: 'a body past the size limit', payload: JSON.stringify({ name: 'x'.repeat(300_000) }) },
    { what: 'an empty body', payload: '' },
    { what: 'a JSON null', payload: 'null' },
    { what: 'a body in UTF-16', payload: '\uFEFF{"kind":"invitation"}' },
    {
      what: 'a form instead of JSON',
      payload: 'kind=invitation',
      contentType: 'application/x-www-form-urlencoded',
    },
  ];

  it.each(CASES)('refuses $what with a 4xx, changing nothing', async ({ payload, contentType }) => {
    await start(true);
    const draft = await setUpCampaign(app(), DEPARTMENTS, { open: false });
    const open = await setUpCampaign(app());
    await importStaff(app(), open.campaign.id, staffCsv({ Sales: 2 }));
    const [token] = (await mailMergeTokens(app(), open.campaign.id)).values();
    const grouped = await sendJson('POST', `/api/campaigns/${draft.campaign.id}/reporting-groups`, {
      name: 'Small teams',
      departmentIds: [draft.departmentId('Legal'), draft.departmentId('R&D')],
    });
    expect(grouped.status).toBe(201);
    const groupId = JSON.parse(grouped.text).reportingGroups[0].id;

    for (const path of [
      `PATCH /api/campaigns/${draft.campaign.id}`,
      `PATCH /api/campaigns/${open.campaign.id}`,
      `POST /api/campaigns/${draft.campaign.id}/reporting-groups`,
      `DELETE /api/campaigns/${open.campaign.id}/reporting-groups/${groupId}`,
      `POST /api/campaigns/${draft.campaign.id}/staff/preview`,
      `POST /api/campaigns/${draft.campaign.id}/staff`,
      `POST /api/campaigns/${open.campaign.id}/mail-merge`,
      `POST /api/campaigns/${open.campaign.id}/mailings`,
      `POST /api/survey/${token}/responses`,
      `PATCH /api/campaigns/${draft.campaign.id}`,
      `PATCH /api/campaigns/${open.campaign.id}`,
    ]) {
      const [method, url] = path.split(' ') as [string, string];
      const before = await snapshot();
      const answer = await send(method, url, payload, contentType);
      expectNo5xx(answer, path);
      expectRefusal(answer, path);
      expect(await snapshot(), path).toEqual(before);
    }
    // The refusals did not spend the personal link.
    const answered = await send(
      'POST',
      `/api/survey/${token}/responses`,
      JSON.stringify({ answers: { pay_fair: 4 } }),
    );
    expect(answered.status, answered.text).toBe(201);
  });

  // The routes declare their bodies required, yet a request with no body and no content type is validated
  // as {}; every one of these refuses {} (a PATCH must name at least one setting).
  it('refuses a request without a body everywhere, changing nothing', async () => {
    await start(true);
    const draft = await setUpCampaign(app(), DEPARTMENTS, { open: false });
    const open = await setUpCampaign(app());
    await importStaff(app(), open.campaign.id, staffCsv({ Sales: 2 }));
    const [token] = (await mailMergeTokens(app(), open.campaign.id)).values();
    for (const path of [
      `POST /api/campaigns/${draft.campaign.id}/reporting-groups`,
      `POST /api/campaigns/${draft.campaign.id}/staff/preview`,
      `POST /api/campaigns/${draft.campaign.id}/staff`,
      `POST /api/campaigns/${open.campaign.id}/mail-merge`,
      `POST /api/campaigns/${open.campaign.id}/mailings`,
      `POST /api/survey/${token}/responses`,
      `PATCH /api/campaigns/${draft.campaign.id}`,
      `PATCH /api/campaigns/${open.campaign.id}`,
    ]) {
      const [method, url] = path.split(' ') as [string, string];
      const before = await snapshot();
      const answer = await send(method, url);
      expectRefusal(answer, path);
      expect(await snapshot(), path).toEqual(before);
    }
  });

  it('refuses a staff list past 4 MB with a 4xx, storing nothing', async () => {
    await start();
    const { campaign } = await setUpCampaign(app(), STAFF_DEPARTMENTS, { open: false });
    const row = 'someone@example.com,Sales,';
    const csv = `email,department,name\n${row}${'x'.repeat(4 * 1024 * 1024)}`;
    for (const endpoint of ['staff/preview', 'staff']) {
      const before = await snapshot();
      const answer = await sendJson('POST', `/api/campaigns/${campaign.id}/${endpoint}`, { csv });
      expectNo5xx(answer, endpoint);
      expectRefusal(answer, endpoint);
      expect(await snapshot()).toEqual(before);
    }
  });

  it('refuses a staff list of more people than may be imported at once, storing nothing', async () => {
    await start();
    const { campaign } = await setUpCampaign(app(), STAFF_DEPARTMENTS, { open: false });
    const csv = staffCsv({ Sales: 10_001 });
    const before = await snapshot();
    const previewed = await sendJson('POST', `/api/campaigns/${campaign.id}/staff/preview`, { csv });
    expect(previewed.status).toBe(200);
    expect(JSON.parse(previewed.text).errors).toHaveLength(1);
    const imported = await sendJson('POST', `/api/campaigns/${campaign.id}/staff`, { csv });
    expectRefusal(imported, 'import');
    expect(await snapshot()).toEqual(before);
  });
});

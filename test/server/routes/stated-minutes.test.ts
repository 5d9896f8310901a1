// The answering time a campaign states: the survey page gets each language's figure for its introduction,
// and each invitation says the figure of the language it is written in.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCsv } from '../../../server/csv/read-csv';
import { completionMinutes } from '../../../server/domain/instrument/completion-time';
import { setUpV2Campaign, V2_JSON } from '../../fixtures/campaign-on-v2';
import { importStaff } from '../../fixtures/staff';
import { startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const EXPECTED = {
  en: completionMinutes(V2_JSON, ['en']),
  'zh-cn': completionMinutes(V2_JSON, ['zh-cn']),
};

describe('the minutes the survey states', () => {
  it('are about 12 in English and 15 in Chinese for questionnaire 2, reading being slower in Chinese', () => {
    expect(EXPECTED.en).toBeGreaterThanOrEqual(10);
    expect(EXPECTED.en).toBeLessThanOrEqual(14);
    expect(EXPECTED['zh-cn']).toBeGreaterThan(EXPECTED.en);
    expect(EXPECTED['zh-cn']).toBeLessThanOrEqual(18);
  });

  it.each([
    { link: 'a campaign-wide link', token: (s: Awaited<ReturnType<typeof setUpV2Campaign>>) => s.wideToken },
    {
      link: 'a department link',
      token: (s: Awaited<ReturnType<typeof setUpV2Campaign>>) => s.tokenOf('Sales'),
    },
  ])('are given per language to a respondent on $link', async ({ token }) => {
    const setup = await setUpV2Campaign(t);
    const reply = await t.call('GET', `/api/survey/${token(setup)}`);
    expect(reply.status).toBe(200);
    expect(reply.body.minutes).toEqual(EXPECTED);
    expect(JSON.stringify(reply.body.questionnaire.description)).toContain('{surveyMinutes}');
  });

  it.each([
    { language: 'en', sentence: `takes about ${EXPECTED.en} minutes.` },
    { language: 'zh-cn', sentence: `大约需要 ${EXPECTED['zh-cn']} 分钟。` },
  ] as const)('are filled into the $language invitation', async ({ language, sentence }) => {
    const { campaign } = await setUpV2Campaign(t);
    await importStaff(
      t,
      campaign.id,
      [
        'email,name,department,language',
        'ann@example.com,Ann,Sales,en',
        'li@example.com,李伟,Sales,zh-cn',
      ].join('\n'),
    );
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/mail-merge`, { kind: 'invitation' });
    expect(reply.status).toBe(200);
    const [header, ...rows] = readCsv(reply.body as string).map((r) => r.cells);
    const message = (lang: string) =>
      rows.find((cells) => cells[header!.indexOf('language')] === lang)![header!.indexOf('message')]!;
    expect(message(language)).toContain(sentence);
    expect(message(language)).not.toMatch(/\{\{|\}\}/);
  });
});

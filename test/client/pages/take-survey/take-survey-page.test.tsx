// @vitest-environment jsdom
// The survey page's answers to a respondent who cannot, or not yet, send answers: a personal link already
// used, a survey that has closed, too few answers to count; each in the language the respondent chose. And
// where a respondent who comes back to it is: their page, counted among all.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { saveProgress } from '../../../../client/pages/take-survey/saved-progress';
import { answersAt } from '../../../fixtures/answers';
import { importStaff, mailMergeTokens, staffCsv } from '../../../fixtures/staff';
import { setUpCampaign, submit, type TestApp } from '../../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t.close();
});

const ON_QUESTIONNAIRE_2 = { questionnaireId: 'readiness-okr-2' };

it('tells a person whose personal link was already used that they have answered, and shows no questions', async () => {
  t = await startPageApp();
  const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  await importStaff(t, campaign.id, staffCsv({ Sales: 10, Operations: 12 }));
  const token = (await mailMergeTokens(t, campaign.id)).get('sales1@example.com')!;
  await submit(t, token, 1);

  renderPage(t, `/s/${token}`);

  expect(
    await screen.findByText('You have already answered this survey with your personal link. Thank you!'),
  ).toBeDefined();
  expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
});

it('says the personal link was used meanwhile when another device sent answers first, and keeps nothing to retry', async () => {
  t = await startPageApp();
  const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  await importStaff(t, campaign.id, staffCsv({ Sales: 10, Operations: 12 }));
  const token = (await mailMergeTokens(t, campaign.id)).get('sales1@example.com')!;
  const survey = (await t.call('GET', `/api/survey/${token}`)).body;
  // This device holds a finished survey on its last page, kept as the page keeps one between visits.
  saveProgress(survey.personal.progressKey, {
    data: answersAt(4),
    page: survey.questionnaire.pages.length - 1,
  });
  const user = userEvent.setup();
  const page = renderPage(t, `/s/${token}`);
  await screen.findByText(/your earlier answers on this device have been kept/);
  await submit(t, token, 1);

  await user.click(screen.getByRole('button', { name: 'Complete' }));

  const refusal = await screen.findByRole('alert');
  expect(refusal.textContent).toBe(
    'You have already answered this survey with your personal link. Thank you!',
  );
  expect(within(refusal).queryByRole('button')).toBeNull();
  expect(page.sent('POST', `/api/survey/${token}/responses`)).toHaveLength(1);
});

it('tells a person the survey has closed, in the language they switch to', async () => {
  t = await startPageApp();
  const { campaign, organization, tokenOf } = await setUpCampaign(t);
  expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`)).status).toBe(200);
  const user = userEvent.setup();

  renderPage(t, `/s/${tokenOf('Sales')}`);

  expect(await screen.findByText('This survey has closed. Thank you for your interest.')).toBeDefined();
  // Refused, the page still says which survey it is and who asks, in the tab too.
  expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
    'Are we ready for OKRs?',
  ]);
  // Set by an effect, which React may run a moment after the text is on screen.
  await waitFor(() => expect(document.title).toBe(`${campaign.name} · ${organization.name}`));
  await user.click(screen.getByRole('button', { name: '简体中文' }));
  expect(screen.getByText('本调查已结束，感谢您的关注。')).toBeDefined();
  expect(screen.getByRole('button', { name: '简体中文' }).getAttribute('aria-pressed')).toBe('true');
});

it('sends the answers in the chosen language and, when too few topics are answered, says which and goes back with the answers kept', async () => {
  t = await startPageApp();
  const { tokenOf } = await setUpCampaign(t, { Sales: 10, Operations: 12 }, ON_QUESTIONNAIRE_2);
  const token = tokenOf('Sales');
  const survey = (await t.call('GET', `/api/survey/${token}`)).body;
  // The respondent comes back to the last page having answered one question: far too few to count.
  saveProgress(token, { data: { specificity_number: 4 }, page: survey.questionnaire.pages.length - 1 });
  const user = userEvent.setup();
  const page = renderPage(t, `/s/${token}`);

  await user.click(await screen.findByRole('button', { name: '简体中文' }));
  await user.click(await screen.findByRole('button', { name: '提交问卷' }));

  const refusal = await screen.findByRole('alert');
  expect(refusal.textContent).toMatch(/目前的回答还不足以计入统计：您的回答涵盖了 0 个主题，至少需要 \d+ 个/);
  expect(within(refusal).getByText('您所在团队的目标')).toBeDefined();
  expect(page.sent('POST', `/api/survey/${token}/responses`).map((r) => r.body)).toEqual([
    { answers: { specificity_number: 4 }, language: 'zh-cn' },
  ]);

  await user.click(within(refusal).getByRole('button', { name: '返回问卷' }));
  const question = await screen.findByRole('radiogroup', { name: /我们团队的目标写明了要达到的具体数值/ });
  expect(within(question).getByRole<HTMLInputElement>('radio', { name: '同意' }).checked).toBe(true);
});

it('brings a returning respondent back to their page, says where they are, and says "welcome back" only there', async () => {
  t = await startPageApp();
  const { tokenOf } = await setUpCampaign(t, { Sales: 10, Operations: 12 }, ON_QUESTIONNAIRE_2);
  const token = tokenOf('Sales');
  const survey = (await t.call('GET', `/api/survey/${token}`)).body;
  const pages = survey.questionnaire.pages.length;
  saveProgress(token, { data: { specificity_number: 4 }, page: 2 });
  const user = userEvent.setup();
  renderPage(t, `/s/${token}`);

  await screen.findByText(/your earlier answers on this device have been kept/);
  expect(screen.getByText(`Page 3 of ${pages}`)).toBeDefined();
  expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
    'How we set goals: a readiness survey',
  ]);

  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(await screen.findByText(`Page 4 of ${pages}`)).toBeDefined();
  expect(screen.queryByText(/your earlier answers on this device have been kept/)).toBeNull();
  await user.click(screen.getByRole('button', { name: '简体中文' }));
  expect(screen.getByText(`第 4 页，共 ${pages} 页`)).toBeDefined();
});

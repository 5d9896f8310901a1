// A respondent whose answer was lost on the way back (a dropped connection, a restart) tries again: the
// same submission, named by the survey page's Idempotency-Key, is stored once; and the link they hold, even
// the first of many reminders, still works until they have answered.

import { afterEach, describe, expect, it } from 'vitest';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { expectProblem, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';
import { scoreable } from '../../fixtures/answers';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const answer = (token: string, key?: string) =>
  t.call(
    'POST',
    `/api/survey/${token}/responses`,
    { answers: scoreable({ pay_fair: 4 }) },
    key === undefined ? {} : { 'idempotency-key': key },
  );

describe('a retried submission', () => {
  it('is stored once through a shared link when it carries the same key, however often it is sent', async () => {
    t = await startTestApp();
    const { campaign, tokenOf } = await setUpCampaign(t);
    const replies = await Promise.all([
      answer(tokenOf('Sales'), 'device-key-0123456789'),
      answer(tokenOf('Sales'), 'device-key-0123456789'),
    ]);
    replies.push(await answer(tokenOf('Sales'), 'device-key-0123456789'));
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(await t.storage.responses.countByCampaign(campaign.id)).toBe(1);
    // A colleague on the same shared link, with a key of their own, is a new response.
    expect((await answer(tokenOf('Sales'), 'other-device-key-987654')).status).toBe(201);
    expect(await t.storage.responses.countByCampaign(campaign.id)).toBe(2);
  });

  it('is acknowledged again through a personal link that its first sending already spent', async () => {
    t = await startTestApp();
    const { campaign } = await setUpCampaign(t, { Sales: 10 });
    await importStaff(t, campaign.id, staffCsv({ Sales: 6 }));
    const token = (await mailMergeTokens(t, campaign.id)).get('sales1@example.com')!;
    expect((await answer(token, 'personal-device-key-01')).status).toBe(201);
    expect((await answer(token, 'personal-device-key-01')).status).toBe(201);
    expectProblem(await answer(token, 'a-different-key-000001'), 409);
    expect(await t.storage.responses.countByCampaign(campaign.id)).toBe(1);
  });

  it.each(['short', 'has spaces in it here', 'x'.repeat(129), 'semi;colons;are;not;allowed'])(
    'refuses the malformed key %j with 422 and stores nothing',
    async (key) => {
      t = await startTestApp();
      const { campaign, tokenOf } = await setUpCampaign(t);
      expectProblem(await answer(tokenOf('Sales'), key), 422, ['Idempotency-Key']);
      expect(await t.storage.responses.countByCampaign(campaign.id)).toBe(0);
    },
  );
});

describe('a person sent many reminders', () => {
  it('can still answer through the first link they were emailed', async () => {
    t = await startTestApp();
    const { campaign } = await setUpCampaign(t, { Sales: 10 });
    await importStaff(t, campaign.id, staffCsv({ Sales: 6 }));
    const first = (await mailMergeTokens(t, campaign.id)).get('sales1@example.com')!;
    for (let n = 0; n < 14; n++) await mailMergeTokens(t, campaign.id, 'reminder');
    expect((await t.call('GET', `/api/survey/${first}`)).status).toBe(200);
    expect((await answer(first)).status).toBe(201);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpCampaign, startTestApp, submit, type TestApp } from '../../fixtures/test-app';
import { scoreable } from '../../fixtures/answers';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('comments in the report', () => {
  it('stay hidden until the campaign’s comment minimum of people wrote one, then appear sorted', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, { Sales: 20, Operations: 20 }, { open: false });
    expect((await t.call('PATCH', `/api/campaigns/${campaign.id}`, { commentMinimum: 6 })).status).toBe(200);
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/open`)).status).toBe(200);
    const words = ['pear', 'apple', 'fig', 'kiwi', 'lime'];
    for (const [i, comment] of words.entries()) {
      await submit(t, tokenOf(i % 2 ? 'Sales' : 'Operations'), 1, scoreable({ pay_fair: 4, comment }));
    }
    const before = (await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body;
    expect(before.comments).toEqual({ minimum: 6, comments: null });
    await submit(t, tokenOf('Sales'), 1, scoreable({ pay_fair: 4, comment: 'banana' }));
    const after = (await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body;
    expect(after.comments.comments).toEqual(['apple', 'banana', 'fig', 'kiwi', 'lime', 'pear']);
    // A seventh comment waits for five more: reading before and after it shows nothing new.
    await submit(t, tokenOf('Sales'), 1, scoreable({ pay_fair: 4, comment: 'cherry' }));
    const later = (await t.call('GET', `/api/campaigns/${campaign.id}/report`)).body;
    expect(later.comments).toEqual(after.comments);
  });

  it('tell the respondent the campaign’s own threshold', async () => {
    const { wideToken } = await setUpCampaign(t);
    expect((await t.call('GET', `/api/survey/${wideToken}`)).body.commentMinimum).toBe(10);
  });
});

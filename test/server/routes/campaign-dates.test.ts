import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, storedText } from '../../fixtures/accounts';
import { expectProblem, setUpCampaign } from '../../fixtures/test-app';
import {
  answer,
  at,
  CLOSES,
  closeApp,
  detail,
  later,
  open,
  OPENS,
  owner,
  patch,
  startApp,
  t,
} from './campaign-settings-support';

beforeEach(startApp);
afterEach(closeApp);

describe('opening and closing dates', () => {
  it('refuses to open a campaign whose closing date has passed, leaving it a draft', async () => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    expect((await patch(campaign.id, { closesAt: at(DAY) })).status).toBe(200);
    await later(2 * DAY);
    const before = await storedText(t);
    const reply = await open(campaign.id);
    expectProblem(reply, 409);
    expect(reply.body.detail).toMatch(/closing date/i);
    expect(await storedText(t)).toBe(before);
    expect((await detail(campaign.id)).campaign.status).toBe('draft');
    // Choosing a later closing date makes it openable.
    expect((await patch(campaign.id, { closesAt: at(10 * DAY) })).status).toBe(200);
    expect((await open(campaign.id)).status).toBe(200);
  });

  it('keeps the survey scheduled until the opening date and closed after the closing date', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, undefined, { open: false });
    expect((await patch(campaign.id, { opensAt: OPENS, closesAt: CLOSES })).status).toBe(200);
    const token = tokenOf('Sales');
    expect((await detail(campaign.id)).phase).toBe('draft');
    expect((await t.call('GET', `/api/survey/${token}`)).body.status).toBe('draft');
    expectProblem(await answer(token), 409);

    expect((await open(campaign.id)).status).toBe(200);
    expect((await detail(campaign.id)).phase).toBe('scheduled');
    const early = await t.call('GET', `/api/survey/${token}`);
    expect(early.body).toMatchObject({ status: 'scheduled', opensAt: OPENS, closesAt: CLOSES });
    const refused = await answer(token);
    expectProblem(refused, 409);
    expect(refused.body.detail).toContain('opens on 2026-03-05');

    // A minute before the opening instant it is still scheduled; at the instant it opens.
    await later(3 * DAY - 60_000);
    expect((await detail(campaign.id)).phase).toBe('scheduled');
    expectProblem(await answer(token), 409);
    await later(60_000);
    expect((await detail(campaign.id)).phase).toBe('open');
    expect((await t.call('GET', `/api/survey/${token}`)).body.status).toBe('open');
    expect((await answer(token)).status).toBe(201);

    await later(15 * DAY);
    const read = await detail(campaign.id);
    expect(read.phase).toBe('closed');
    // Nobody closed it by hand: it closed by its date.
    expect(read.campaign.status).toBe('open');
    expect((await t.call('GET', `/api/survey/${token}`)).body.status).toBe('closed');
    const late = await answer(token);
    expectProblem(late, 409);
    expect(late.body.detail).toMatch(/closed/i);
    expect(await t.storage.responses.listByCampaign(campaign.id)).toHaveLength(1);
  });

  it('lets the closing date of an open campaign be moved later, keeping it open past the old date', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, undefined, { open: false });
    expect((await patch(campaign.id, { closesAt: at(DAY) })).status).toBe(200);
    expect((await open(campaign.id)).status).toBe(200);
    expect((await patch(campaign.id, { closesAt: at(5 * DAY) })).status).toBe(200);
    await later(2 * DAY);
    expect((await detail(campaign.id)).phase).toBe('open');
    expect((await answer(tokenOf('Sales'))).status).toBe(201);
  });

  it('shows a campaign closed by hand as closed even before its closing date', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, undefined, { open: false });
    expect((await patch(campaign.id, { closesAt: CLOSES })).status).toBe(200);
    expect((await open(campaign.id)).status).toBe(200);
    expect((await detail(campaign.id)).phase).toBe('open');
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`, undefined, owner)).status).toBe(200);
    expect((await detail(campaign.id)).phase).toBe('closed');
    expect((await t.call('GET', `/api/survey/${tokenOf('Sales')}`)).body.status).toBe('closed');
    expectProblem(await answer(tokenOf('Sales')), 409);
  });
});

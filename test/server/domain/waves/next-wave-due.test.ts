import { describe, expect, it } from 'vitest';
import { nextWaveDue, type CampaignOnCalendar } from '../../../../server/domain/waves/next-wave-due';

const wave = (
  id: string,
  status: CampaignOnCalendar['status'],
  closedOn: string | null,
  more: Partial<CampaignOnCalendar> = {},
): CampaignOnCalendar => ({
  id,
  name: `Wave ${id}`,
  status,
  createdOn: '2026-01-01',
  closedOn,
  previousWaveId: null,
  ...more,
});

describe('nextWaveDue', () => {
  it.each<{ what: string; cadence: number | undefined; campaigns: CampaignOnCalendar[] }>([
    {
      what: 'an organization keeping no cadence',
      cadence: undefined,
      campaigns: [wave('a', 'closed', '2026-01-10')],
    },
    { what: 'an organization with no campaign', cadence: 3, campaigns: [] },
    {
      what: 'an organization whose waves are a draft and an open one',
      cadence: 3,
      campaigns: [wave('a', 'draft', null), wave('b', 'open', null)],
    },
    {
      what: 'an organization whose only closed wave is archived',
      cadence: 3,
      campaigns: [wave('a', 'closed', '2026-01-10', { archivedOn: '2026-02-01' })],
    },
    {
      what: 'a closed campaign without its closing day',
      cadence: 3,
      campaigns: [wave('a', 'closed', null)],
    },
  ])('has nothing due for $what', ({ cadence, campaigns }) => {
    expect(nextWaveDue(cadence, campaigns, '2026-03-01')).toBeNull();
  });

  it.each([
    {
      cadence: 3,
      closed: '2026-01-10',
      today: '2026-02-01',
      dueOn: '2026-04-10',
      status: 'not-yet',
      daysUntil: 68,
    },
    {
      cadence: 3,
      closed: '2026-01-10',
      today: '2026-03-10',
      dueOn: '2026-04-10',
      status: 'not-yet',
      daysUntil: 31,
    },
    {
      cadence: 3,
      closed: '2026-01-10',
      today: '2026-03-11',
      dueOn: '2026-04-10',
      status: 'soon',
      daysUntil: 30,
    },
    {
      cadence: 3,
      closed: '2026-01-10',
      today: '2026-04-10',
      dueOn: '2026-04-10',
      status: 'due',
      daysUntil: 0,
    },
    {
      cadence: 3,
      closed: '2026-01-10',
      today: '2026-04-24',
      dueOn: '2026-04-10',
      status: 'due',
      daysUntil: -14,
    },
    {
      cadence: 3,
      closed: '2026-01-10',
      today: '2026-04-25',
      dueOn: '2026-04-10',
      status: 'overdue',
      daysUntil: -15,
    },
    {
      cadence: 6,
      closed: '2026-08-31',
      today: '2026-09-01',
      dueOn: '2027-02-28',
      status: 'not-yet',
      daysUntil: 180,
    },
    {
      cadence: 12,
      closed: '2026-11-02',
      today: '2027-12-01',
      dueOn: '2027-11-02',
      status: 'overdue',
      daysUntil: -29,
    },
    {
      cadence: 1,
      closed: '2026-12-31',
      today: '2027-01-05',
      dueOn: '2027-01-31',
      status: 'soon',
      daysUntil: 26,
    },
  ])(
    'every $cadence months after a wave closed on $closed, on $today the next is $status on $dueOn',
    ({ cadence, closed, today, dueOn, status, daysUntil }) => {
      const due = nextWaveDue(cadence, [wave('a', 'closed', closed)], today);
      expect(due).toEqual({
        cadenceMonths: cadence,
        lastCampaignId: 'a',
        lastCampaignName: 'Wave a',
        lastClosedOn: closed,
        dueOn,
        status,
        daysUntil,
        dueQuarter: { year: Number(dueOn.slice(0, 4)), quarter: Math.ceil(Number(dueOn.slice(5, 7)) / 3) },
        underway: null,
      });
    },
  );

  it.each<{ what: string; campaigns: CampaignOnCalendar[]; last: string }>([
    {
      what: 'the wave that closed last, whatever the order listed',
      campaigns: [wave('b', 'closed', '2026-04-02'), wave('a', 'closed', '2026-01-10')],
      last: 'b',
    },
    {
      what: 'the one listed later of two closed the same day',
      campaigns: [wave('a', 'closed', '2026-04-02'), wave('b', 'closed', '2026-04-02')],
      last: 'b',
    },
    {
      what: 'a closed wave not archived, before a later archived one',
      campaigns: [
        wave('a', 'closed', '2026-01-10'),
        wave('b', 'closed', '2026-04-02', { archivedOn: '2026-04-03' }),
      ],
      last: 'a',
    },
    {
      what: 'the day of a closing instant',
      campaigns: [wave('a', 'closed', '2026-01-10'), wave('b', 'closed', '2026-04-02T08:00:00Z')],
      last: 'b',
    },
    {
      what: 'a closed wave rather than a later open one',
      campaigns: [wave('a', 'closed', '2026-01-10'), wave('b', 'open', '2026-05-01')],
      last: 'a',
    },
  ])('counts from $what', ({ campaigns, last }) => {
    const due = nextWaveDue(3, campaigns, '2026-04-05');
    expect(due?.lastCampaignId).toBe(last);
    expect(due?.lastClosedOn).toBe(campaigns.find((c) => c.id === last)!.closedOn!.slice(0, 10));
  });

  it.each<{ what: string; campaigns: CampaignOnCalendar[]; underway: unknown }>([
    {
      what: 'no wave under way when every other campaign has closed',
      campaigns: [wave('a', 'closed', '2025-10-01'), wave('b', 'closed', '2026-01-10')],
      underway: null,
    },
    {
      what: 'a draft made since as under way',
      campaigns: [wave('a', 'closed', '2026-01-10'), wave('b', 'draft', null)],
      underway: { campaignId: 'b', name: 'Wave b', status: 'draft' },
    },
    {
      what: 'an open campaign as under way',
      campaigns: [wave('a', 'closed', '2026-01-10'), wave('b', 'open', null)],
      underway: { campaignId: 'b', name: 'Wave b', status: 'open' },
    },
    {
      what: 'the wave made from the last one before a later campaign made on its own',
      campaigns: [
        wave('a', 'closed', '2026-01-10'),
        wave('b', 'draft', null, { previousWaveId: 'a' }),
        wave('c', 'draft', null),
      ],
      underway: { campaignId: 'b', name: 'Wave b', status: 'draft' },
    },
    {
      what: 'the latest made when none was made from the last wave',
      campaigns: [
        wave('a', 'closed', '2026-01-10'),
        wave('b', 'open', null, { previousWaveId: 'elsewhere' }),
        wave('c', 'draft', null),
      ],
      underway: { campaignId: 'c', name: 'Wave c', status: 'draft' },
    },
    {
      what: 'no archived draft as under way',
      campaigns: [wave('a', 'closed', '2026-01-10'), wave('b', 'draft', null, { archivedOn: '2026-02-01' })],
      underway: null,
    },
  ])('shows $what', ({ campaigns, underway }) => {
    expect(nextWaveDue(3, campaigns, '2026-02-01')?.underway).toEqual(underway);
  });

  it('names the quarter of the due day, not of the last closing', () => {
    expect(nextWaveDue(3, [wave('a', 'closed', '2026-12-15')], '2027-01-01')?.dueQuarter).toEqual({
      year: 2027,
      quarter: 1,
    });
    expect(nextWaveDue(3, [wave('a', 'closed', '2026-09-30')], '2026-10-01')?.dueQuarter).toEqual({
      year: 2026,
      quarter: 4,
    });
  });
});

// A campaign's chat record: what may be added, and how a post goes from waiting to sent, failed or (cut
// short) uncertain, each channel claimed once.

import { describe, expect, it } from 'vitest';
import {
  addChannel,
  AlreadyClaimed,
  earliest,
  firstAnnouncedAt,
  beginPost,
  claimDelivery,
  emptyChat,
  findChannel,
  finishPost,
  hasPostFor,
  latestPost,
  MAX_CHANNELS,
  MAX_KEPT_POSTS,
  recordAttempt,
  removeChannel,
  settleInterrupted,
  type CampaignChat,
  type ChatChannel,
} from '../../../../server/domain/chat/campaign-chat';
import { thrownBy } from '../../../fixtures/thrown-by';

const channel = (id: string, overrides: Partial<ChatChannel> = {}): ChatChannel => ({
  id,
  platform: 'slack',
  label: `Group ${id}`,
  departmentId: null,
  invite: 'link',
  sealed: `v1.${id}`,
  hint: `hooks.slack.com …${id}`,
  fingerprint: `fp-${id}`,
  signed: false,
  addedOn: '2026-03-02',
  ...overrides,
});

const withChannels = (...ids: string[]): CampaignChat =>
  ids.reduce((chat, id) => addChannel(chat, channel(id)), emptyChat('c1', 'o1'));

const post = (id: string, reminderId: string | null = null) => ({
  id,
  kind: 'announcement' as const,
  reminderId,
  startedAt: '2026-03-02T12:00Z',
});

const codeOf = (f: () => unknown) => (thrownBy(f) as { coded?: { code: string } }).coded?.code;

describe('adding and removing channels', () => {
  it.each([
    ['the same label, in other case and spacing', channel('b', { label: ' group A ' }), 'chat.label-taken'],
    ['the same webhook under another name', channel('b', { fingerprint: 'fp-a' }), 'chat.webhook-taken'],
  ])('refuses %s', (_, added, code) => {
    const chat = withChannels('a');
    expect(codeOf(() => addChannel(chat, added))).toBe(code);
  });

  it(`refuses a channel past ${MAX_CHANNELS}, saying how many a campaign may have`, () => {
    const full = withChannels(...Array.from({ length: MAX_CHANNELS }, (_, i) => `c${i}`));
    const refusal = thrownBy(() => addChannel(full, channel('one-more')));
    expect([refusal.coded.code, refusal.coded.params, refusal.message]).toEqual([
      'chat.too-many-channels',
      { max: MAX_CHANNELS },
      `A campaign has at most ${MAX_CHANNELS} chat channels.`,
    ]);
  });

  it('compares labels as people read them: a stored label with spaces around is still that label', () => {
    const chat = addChannel(emptyChat('c1', 'o1'), channel('a', { label: '  Sales  ' }));
    expect(codeOf(() => addChannel(chat, channel('b', { label: 'sales' })))).toBe('chat.label-taken');
    expect(emptyChat('c1', 'o1')).toEqual({
      campaignId: 'c1',
      organizationId: 'o1',
      channels: [],
      posts: [],
    });
  });

  it('adds in order, and removes only the one named; an unknown id is a 404 code', () => {
    const chat = withChannels('a', 'b', 'c');
    expect(chat.channels.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(removeChannel(chat, 'b').channels.map((c) => c.id)).toEqual(['a', 'c']);
    expect(codeOf(() => removeChannel(chat, 'zz'))).toBe('chat.no-such-channel');
    expect(findChannel(chat, 'c').label).toBe('Group c');
  });
});

describe('a post', () => {
  it('begins with every channel waiting, newest first, and keeps the latest few', () => {
    let chat = withChannels('a', 'b');
    for (let i = 0; i < MAX_KEPT_POSTS + 3; i++)
      chat = finishPost(beginPost(chat, post(`p${i}`), chat.channels), `p${i}`);
    expect(chat.posts).toHaveLength(MAX_KEPT_POSTS);
    expect(latestPost(chat)!.id).toBe(`p${MAX_KEPT_POSTS + 2}`);
    expect(latestPost(chat)!.deliveries.map((d) => [d.channelId, d.state])).toEqual([
      ['a', 'waiting'],
      ['b', 'waiting'],
    ]);
  });

  it.each([
    ['with no channel', (chat: CampaignChat) => beginPost(chat, post('p2'), []), 'chat.no-channels'],
    [
      'while another is going out',
      (chat: CampaignChat) =>
        beginPost(beginPost(chat, post('p1'), chat.channels), post('p2'), chat.channels),
      'chat.in-progress',
    ],
  ])('is refused %s', (_, begin, code) => {
    expect(codeOf(() => begin(withChannels('a')))).toBe(code);
  });

  it('claims a channel once: a second claim throws, so nothing is sent twice', () => {
    const chat = beginPost(withChannels('a'), post('p1'), withChannels('a').channels);
    const claimed = claimDelivery(chat, 'p1', 'a');
    expect(latestPost(claimed)!.deliveries[0]!.state).toBe('claimed');
    expect(() => claimDelivery(claimed, 'p1', 'a')).toThrow(AlreadyClaimed);
  });

  it.each([
    ['sent', null, 'sent', null],
    ['sent after an error was noted', 'an earlier 500', 'sent', null],
    ['failed', '19021 sign match fail', 'failed', '19021 sign match fail'],
    ['claimed', '429 rate limited', 'claimed', '429 rate limited'],
  ] as const)('records an attempt: %s', (_, error, expected, shownError) => {
    const state = expected;
    const chat = claimDelivery(
      beginPost(withChannels('a'), post('p1'), withChannels('a').channels),
      'p1',
      'a',
    );
    const after = recordAttempt(chat, 'p1', 'a', { state, error, at: '2026-03-02T12:00:01Z' });
    expect(latestPost(after)!.deliveries[0]).toMatchObject({
      state: expected,
      error: shownError,
      attempts: 1,
      at: '2026-03-02T12:00:01Z',
    });
  });

  it('cut short, reads interrupted: claimed channels uncertain, waiting ones not sent, finished ones kept', () => {
    let chat = withChannels('a', 'b', 'c');
    chat = beginPost(chat, post('p1'), chat.channels);
    chat = recordAttempt(claimDelivery(chat, 'p1', 'a'), 'p1', 'a', { state: 'sent', error: null, at: 'x' });
    chat = claimDelivery(chat, 'p1', 'b');
    const settled = settleInterrupted(chat);
    expect(latestPost(settled)!.state).toBe('interrupted');
    expect(latestPost(settled)!.deliveries.map((d) => d.state)).toEqual(['sent', 'uncertain', 'not-sent']);
    // Settling again changes nothing; a finished post is left as it is.
    expect(settleInterrupted(settled)).toEqual(settled);
    const finished = finishPost(chat, 'p1');
    expect(settleInterrupted(finished)).toEqual(finished);
  });

  it('settles as finished a post whose every channel has its outcome (its sender stopped just before)', () => {
    let chat = withChannels('a', 'b');
    chat = beginPost(chat, post('p1'), chat.channels);
    chat = recordAttempt(claimDelivery(chat, 'p1', 'a'), 'p1', 'a', { state: 'sent', error: null, at: 'x' });
    chat = recordAttempt(claimDelivery(chat, 'p1', 'b'), 'p1', 'b', {
      state: 'uncertain',
      error: 'e',
      at: 'x',
    });
    expect(latestPost(settleInterrupted(chat))!.state).toBe('finished');
  });

  it('knows whether a planned reminder was posted, among posts of others', () => {
    const first = finishPost(beginPost(withChannels('a'), post('p1'), withChannels('a').channels), 'p1');
    const chat = beginPost(first, post('p2', 'r1'), first.channels);
    expect([hasPostFor(chat, 'r1'), hasPostFor(chat, 'r2'), hasPostFor(first, 'r1')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('changes only the post named, and refuses one that is not there', () => {
    const first = finishPost(beginPost(withChannels('a'), post('p1'), withChannels('a').channels), 'p1');
    const chat = beginPost(first, post('p2'), first.channels);
    expect(finishPost(chat, 'p2').posts.map((p) => [p.id, p.state])).toEqual([
      ['p2', 'finished'],
      ['p1', 'finished'],
    ]);
    const claimed = claimDelivery(chat, 'p2', 'a');
    expect(claimed.posts.map((p) => p.deliveries[0]!.state)).toEqual(['claimed', 'waiting']);
    expect(codeOf(() => finishPost(chat, 'nope'))).toBe('chat.no-such-post');
  });

  it('dates the first announcement that reached a group: not a test, nor one that reached nobody', () => {
    let chat = withChannels('a');
    const at = (
      id: string,
      kind: 'test' | 'announcement',
      startedAt: string,
      state: 'sent' | 'failed' | 'uncertain',
    ) => {
      chat = beginPost(chat, { ...post(id), kind, startedAt }, chat.channels);
      chat = claimDelivery(chat, id, 'a');
      chat = finishPost(recordAttempt(chat, id, 'a', { state, error: null, at: startedAt }), id);
    };
    expect(firstAnnouncedAt(chat.posts)).toBeNull();
    at('t', 'test', '2026-03-01T09:00Z', 'sent');
    at('f', 'announcement', '2026-03-02T09:00Z', 'failed');
    expect(firstAnnouncedAt(chat.posts)).toBeNull();
    at('u', 'announcement', '2026-03-04T09:00Z', 'uncertain');
    at('s', 'announcement', '2026-03-03T09:00Z', 'sent');
    expect(firstAnnouncedAt(chat.posts)).toBe(Date.parse('2026-03-03T09:00Z'));
  });

  it.each([
    [null, null, null],
    [5, null, 5],
    [null, 7, 7],
    [9, 4, 4],
  ])('takes the earlier of %s and %s', (a, b, expected) => {
    expect(earliest(a, b)).toBe(expected);
  });
});

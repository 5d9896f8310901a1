// The campaign page's sentences with numbers read right (test/client/dictionaries.test.ts checks that
// every dictionary speaks both languages in full).

import { describe, expect, it } from 'vitest';
import { SENDING_TEXT } from '../../../../client/pages/campaign/sending-text';
import { STAFF_TEXT } from '../../../../client/pages/campaign/staff-text';

describe('sentences with numbers', () => {
  const staff = STAFF_TEXT.en;
  const sending = SENDING_TEXT.en;
  it.each([
    [staff.listed(0), 'Nobody is on the list yet.'],
    [staff.listed(1), '1 person is on the list.'],
    [staff.listed(250), '250 people are on the list.'],
    [staff.import(1), 'Import 1 person'],
    [staff.import(42), 'Import 42 people'],
    [staff.problemLine(12, 'The department is missing.'), 'Line 12: The department is missing.'],
    [
      STAFF_TEXT['zh-cn'].problemLine(12, 'The department is missing.'),
      '第 12 行：The department is missing.',
    ],
    [sending.sendInvitations(1), 'Send invitations to 1 person'],
    [sending.sendInvitations(30), 'Send invitations to 30 people'],
    [sending.progress(12, 40, 1), 'Sending… 12 of 40 sent, 1 failed.'],
    [SENDING_TEXT['zh-cn'].progress(12, 40, 1), '正在发送… 已发送 12/40，失败 1 封。'],
    [sending.finished.reminder(38, 40), 'Reminders sent: 38 of 40.'],
    [sending.failure('a@x.cn', '550 no such user'), 'a@x.cn — 550 no such user'],
  ])('reads %j', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

// The staff-list and sending sections speak both languages in full: the same entries, taking the same
// arguments, none empty, Chinese where Chinese is due; and the sentences with numbers read right.

import { describe, expect, it } from 'vitest';
import { SENDING_TEXT } from '../../../../client/pages/campaign/sending-text';
import { STAFF_TEXT } from '../../../../client/pages/campaign/staff-text';

const DICTIONARIES: Record<string, { en: object; 'zh-cn': object }> = { STAFF_TEXT, SENDING_TEXT };

/** Han characters and CJK or full-width punctuation. */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Each entry as path → text; a function is called with Latin stand-ins that also serve as names lists. */
function leaves(entry: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(entry)) {
    const path = prefix + key;
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'function') {
      const args = Array.from({ length: value.length }, () => ['A', 'B']);
      found.set(`${path}(${value.length})`, String(value(...args)));
    } else for (const [p, text] of leaves(value as object, `${path}.`)) found.set(p, text);
  }
  return found;
}

describe.each(Object.entries(DICTIONARIES))('%s', (_name, dictionary) => {
  const english = leaves(dictionary.en);
  const chinese = leaves(dictionary['zh-cn']);

  it('has the same entries, taking the same number of arguments, in English and Chinese', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty entry', () => {
    for (const [path, text] of [...english, ...chinese]) expect(text.trim(), path).not.toBe('');
  });

  it('writes every Chinese entry in Chinese and every English entry without Chinese', () => {
    for (const [path, text] of chinese) expect(text, path).toMatch(CHINESE);
    for (const [path, text] of english) expect(text, path).not.toMatch(CHINESE);
  });
});

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

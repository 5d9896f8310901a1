// Every dictionary of the administrator pages speaks both languages in full: the same keys, the same kinds
// of entries, and Chinese words where Chinese is due. The types already catch a missing key; this also
// catches an English sentence pasted into the Chinese entry, and an extra key the types let through.

import { describe, expect, it } from 'vitest';
import { COMMON_TEXT } from '../../client/components/common-text';
import { ROLE_TEXT } from '../../client/components/role-text';
import { ORGANIZATION_FACTS_TEXT } from '../../client/components/organization-facts-text';
import { ACCEPT_INVITATION_TEXT } from '../../client/pages/accept-invitation/accept-invitation-text';
import { CHANGE_PASSWORD_TEXT } from '../../client/pages/change-password/change-password-text';
import { HOME_TEXT } from '../../client/pages/home/home-text';
import { LOGIN_TEXT } from '../../client/pages/login/login-text';
import { ORGANIZATION_TEXT } from '../../client/pages/organization/organization-text';
import { SETUP_TEXT } from '../../client/pages/setup/setup-text';
import { CAMPAIGN_TEXT } from '../../client/pages/campaign/campaign-text';
import { SENDING_TEXT } from '../../client/pages/campaign/sending-text';
import { STAFF_TEXT } from '../../client/pages/campaign/staff-text';
import { DISTRIBUTION_TEXT } from '../../client/pages/campaign/distribution-text';
import { ENTER_CODE_TEXT } from '../../client/pages/enter-code/enter-code-text';

const DICTIONARIES: Record<string, { en: object; 'zh-cn': object }> = {
  COMMON_TEXT,
  ROLE_TEXT,
  ORGANIZATION_FACTS_TEXT,
  HOME_TEXT,
  ORGANIZATION_TEXT,
  SETUP_TEXT,
  LOGIN_TEXT,
  ACCEPT_INVITATION_TEXT,
  CHANGE_PASSWORD_TEXT,
  CAMPAIGN_TEXT,
  STAFF_TEXT,
  SENDING_TEXT,
  DISTRIBUTION_TEXT,
  ENTER_CODE_TEXT,
};

/** Han characters and CJK or full-width punctuation: a list joined with 、 has no Han but is Chinese. */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/**
 * Each entry as path → text; a function is called with Latin stand-ins for its arguments (arrays, which
 * read as names and numbers in a template and also serve the entries that join a list).
 */
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

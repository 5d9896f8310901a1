// The secret box sealing chat webhooks: what is sealed opens only with its key and for what it was sealed
// for, a tampered value never opens, and fingerprints tell equal values apart only to the key's holder.

import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretBox, newSecretsKey, parseSecretsKey } from '../../../server/security/secret-box';
import { loadOrCreateKeyFile, SECRETS_KEY_FILE } from '../../../server/security/secrets-key-file';

const URL = 'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef';

describe('createSecretBox', () => {
  const box = createSecretBox(randomBytes(32));

  it('opens what it sealed, and nothing of the plain text shows in the sealed value', () => {
    const sealed = box.seal(URL, 'chat:c1:ch1');
    expect(box.open(sealed, 'chat:c1:ch1')).toBe(URL);
    expect(sealed).not.toContain('0123456789abcdef');
    // Sealed twice, two different values (a fresh nonce each time).
    expect(box.seal(URL, 'chat:c1:ch1')).not.toBe(sealed);
  });

  it.each([
    ['another context (copied onto another channel)', (s: string) => box.open(s, 'chat:c1:ch2')],
    ['another key', (s: string) => createSecretBox(randomBytes(32)).open(s, 'chat:c1:ch1')],
    [
      'one character changed',
      (s: string) => box.open(s.slice(0, -2) + (s.at(-2) === 'A' ? 'B' : 'A') + s.at(-1), 'chat:c1:ch1'),
    ],
    ['a value that was never sealed', () => box.open('v1.abc', 'chat:c1:ch1')],
    ['another version', (s: string) => box.open(s.replace(/^v1/, 'v2'), 'chat:c1:ch1')],
  ])('does not open with %s', (_, open) => {
    const sealed = box.seal(URL, 'chat:c1:ch1');
    expect(() => open(sealed)).toThrow(/./);
  });

  it('gives one fingerprint per value and context, another under another key', () => {
    const a = box.fingerprint(URL, 'chat:c1');
    expect(box.fingerprint(URL, 'chat:c1')).toBe(a);
    expect(box.fingerprint(URL, 'chat:c2')).not.toBe(a);
    expect(box.fingerprint(`${URL}0`, 'chat:c1')).not.toBe(a);
    expect(createSecretBox(randomBytes(32)).fingerprint(URL, 'chat:c1')).not.toBe(a);
  });

  it('refuses a key of the wrong size', () => {
    expect(() => createSecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe('parseSecretsKey', () => {
  const key = Buffer.alloc(32, 5);
  it.each([
    ['base64', key.toString('base64'), key],
    ['base64 with spaces around', `  ${key.toString('base64')}\n`, key],
    ['hex', key.toString('hex'), key],
    ['16 bytes', Buffer.alloc(16, 1).toString('base64'), null],
    ['a password', 'correct horse battery staple', null],
    ['empty', '', null],
  ])('reads %s', (_, text, expected) => {
    expect(parseSecretsKey(text)).toEqual(expected);
  });

  it('reads back a new key', () => {
    expect(parseSecretsKey(newSecretsKey())).toHaveLength(32);
  });
});

describe('loadOrCreateKeyFile', () => {
  it('makes a key only its owner may read on first start, and reads the same one after', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'groundwork-key-'));
    try {
      const first = await loadOrCreateKeyFile(dir);
      expect((await stat(join(dir, SECRETS_KEY_FILE))).mode & 0o777).toBe(0o600);
      expect(await loadOrCreateKeyFile(dir)).toEqual(first);
      // Two starts racing on an empty directory agree on one key.
      const other = await mkdtemp(join(tmpdir(), 'groundwork-key-'));
      const [x, y] = await Promise.all([loadOrCreateKeyFile(other), loadOrCreateKeyFile(other)]);
      expect(x).toEqual(y);
      await rm(other, { recursive: true, force: true });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('makes a key file restored readable to all its owner’s only again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'groundwork-key-'));
    try {
      const path = join(dir, SECRETS_KEY_FILE);
      await writeFile(path, `${newSecretsKey()}\n`, { mode: 0o644 });
      await loadOrCreateKeyFile(dir);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start on a key file that holds no key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'groundwork-key-'));
    try {
      await writeFile(join(dir, SECRETS_KEY_FILE), 'not a key\n');
      await expect(loadOrCreateKeyFile(dir)).rejects.toThrow(/does not hold a secrets key/);
      expect(await readFile(join(dir, SECRETS_KEY_FILE), 'utf8')).toBe('not a key\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

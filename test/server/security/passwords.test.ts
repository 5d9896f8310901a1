// The real scrypt hashing (route tests use a fast stand-in), and the hashing of opaque tokens.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, hashToken, verifyPassword } from '../../../server/security/passwords';

describe('hashPassword and verifyPassword', () => {
  it('stores scrypt with its parameters, salt and key, and never the password', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/);
    expect(hash).not.toContain('correct horse battery');
  });

  it.each([
    { what: 'the same password', attempt: 'correct horse battery', matches: true },
    { what: 'another password', attempt: 'correct horse battery staple', matches: false },
    { what: 'a different case', attempt: 'Correct horse battery', matches: false },
    { what: 'a trailing space', attempt: 'correct horse battery ', matches: false },
    { what: 'an empty password', attempt: '', matches: false },
  ])('verifies $what as $matches', async ({ attempt, matches }) => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword(attempt, hash)).toBe(matches);
  });

  it('salts every hash, so two hashes of one password differ and both verify', async () => {
    const [a, b] = await Promise.all([
      hashPassword('same password here'),
      hashPassword('same password here'),
    ]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password here', a)).toBe(true);
    expect(await verifyPassword('same password here', b)).toBe(true);
  });

  it.each([
    {
      what: 'composed and decomposed accents',
      stored: 'Ångström café',
      typed: 'A\u030Angstro\u0308m cafe\u0301',
    },
    { what: 'full-width and ASCII letters', stored: 'ｐａｓｓｗｏｒｄ１２３', typed: 'password123' },
    { what: 'a ligature and its letters', stored: 'ﬁne ﬂower', typed: 'fine flower' },
    { what: 'CJK and its compatibility form', stored: '密码㍿', typed: '密码株式会社' },
  ])('treats $what as the same password (NFKC)', async ({ stored, typed }) => {
    expect(await verifyPassword(typed, await hashPassword(stored))).toBe(true);
  });

  it('tells apart passwords that NFKC does not fold together', async () => {
    expect(await verifyPassword('pässword', await hashPassword('password'))).toBe(false);
  });

  it.each([
    { what: 'an empty string', stored: '' },
    { what: 'a password in clear', stored: 'correct horse battery' },
    { what: 'another algorithm', stored: '$2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234' },
    { what: 'no salt and no key', stored: 'scrypt$32768$8$1$$' },
    { what: 'no key', stored: 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==' },
    { what: 'a key of the wrong length', stored: 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA' },
  ])('never matches a stored hash with $what', async ({ stored }) => {
    expect(await verifyPassword('correct horse battery', stored)).toBe(false);
  });

  // Known bug (reported): parameters scrypt refuses make verifyPassword throw instead of answering false,
  // so signing in to an account whose stored hash is damaged answers 500. Remove `.fails` once fixed.
  it.each([
    { what: 'a cost that is not a number', stored: 'scrypt$abc$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA' },
    { what: 'a cost that is not a power of two', stored: 'scrypt$3$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA' },
    { what: 'a cost beyond the memory limit', stored: 'scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA' },
  ])('answers false, without throwing, for a stored hash with $what', async ({ stored }) => {
    await expect(verifyPassword('correct horse battery', stored)).resolves.toBe(false);
  });
});

describe('hashToken', () => {
  it('answers the SHA-256 of the token as 64 lower-case hex digits, the same every time', () => {
    const token = 'k7hmLPGoSe9Ubn7OiDp8yRHEHHwWpycSKhKxhsGxKL4';
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('answers different hashes for tokens that differ in one character', () => {
    expect(hashToken('token-a')).not.toBe(hashToken('token-b'));
  });
});

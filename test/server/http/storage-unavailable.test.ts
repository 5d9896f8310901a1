// A storage out of reach or out of room is the server's trouble, not the request's: answered 503 "try again
// later" (server.storage-unavailable), never 500 and never 4xx. A database refused at its door is one.

import { describe, expect, it } from 'vitest';
import { isStorageUnavailable } from '../../../server/http/problem';
import { HoldTimeoutError } from '../../../server/http/serialize';
import { openPgDatabase } from '../../../server/storage/postgres/pg-database';

describe('what counts as the storage being unavailable', () => {
  it.each([
    ['ENOSPC', true],
    ['EIO', true],
    ['ECONNREFUSED', true],
    ['ECONNRESET', true],
    ['08006', true], // connection failure
    ['08001', true], // could not connect
    ['53100', true], // disk full
    ['53300', true], // too many connections
    ['57P01', true], // administrator shutdown
    ['23505', false], // a unique violation is a bug or a conflict, not an outage
    ['22P02', false], // invalid text representation
    ['40001', false], // serialization failure: retried by the transaction itself
    ['ENOENT', false],
    ['08', false],
    ['53abc', false],
  ])('%s → %s', (code, expected) => {
    expect(isStorageUnavailable(Object.assign(new Error('x'), { code }))).toBe(expected);
  });

  it('a check-then-write held too long by another instance', () => {
    expect(isStorageUnavailable(new HoldTimeoutError('owner-setup'))).toBe(true);
  });

  it('a database nobody listens for', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const db = openPgDatabase('postgres://nobody@127.0.0.1:1/none', { max: 1 });
    const error = await db.query('SELECT 1').catch((e: unknown) => e);
    await db.close();
    expect(isStorageUnavailable(error)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { readAuthorization } from '../../../server/http/api-token-auth';

describe('readAuthorization', () => {
  it.each([
    { header: undefined, read: { kind: 'none' } },
    { header: '', read: { kind: 'none' } },
    { header: '   ', read: { kind: 'none' } },
    { header: 'Basic dXNlcjpwYXNz', read: { kind: 'none' } },
    { header: 'Negotiate abc', read: { kind: 'none' } },
    { header: 'Bearer gwt_abc-DEF_123', read: { kind: 'token', token: 'gwt_abc-DEF_123' } },
    { header: 'bearer gwt_abc', read: { kind: 'token', token: 'gwt_abc' } },
    { header: '  Bearer   gwt_abc  ', read: { kind: 'token', token: 'gwt_abc' } },
    { header: 'Bearer a.b~c+d/e==', read: { kind: 'token', token: 'a.b~c+d/e==' } },
    { header: 'Bearer', read: { kind: 'malformed' } },
    { header: 'Bearer ', read: { kind: 'malformed' } },
    { header: 'Bearer a b', read: { kind: 'malformed' } },
    { header: 'Bearer "abc"', read: { kind: 'malformed' } },
    { header: 'Bearer a=b', read: { kind: 'malformed' } },
    { header: 'Bearer a;b', read: { kind: 'malformed' } },
    { header: `Bearer ${'a'.repeat(256)}`, read: { kind: 'token', token: 'a'.repeat(256) } },
    { header: `Bearer ${'a'.repeat(257)}`, read: { kind: 'malformed' } },
    { header: 'gwt_abc', read: { kind: 'malformed' } },
    { header: 'Bearergwt_abc', read: { kind: 'none' } },
  ])('reads $header as $read.kind', ({ header, read }) => {
    expect(readAuthorization(header)).toEqual(read);
  });
});

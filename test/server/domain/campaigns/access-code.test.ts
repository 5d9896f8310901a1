import { describe, expect, it } from 'vitest';
import {
  ACCESS_CODE_ALPHABET,
  makeAccessCodes,
  accessCodeFromToken,
  assertMayIssueCodes,
  codeUsedError,
  formatAccessCode,
  normalizeAccessCode,
} from '../../../../server/domain/campaigns/access-code';
import { makeDraft } from '../../../fixtures/make-campaign';
import { thrownBy } from '../../../fixtures/thrown-by';

describe('normalizeAccessCode', () => {
  it.each([
    { typed: 'K7M2Q-9XH4T', code: 'K7M2Q9XH4T' },
    { typed: 'k7m2q9xh4t', code: 'K7M2Q9XH4T' },
    { typed: ' k7m2q 9xh4t ', code: 'K7M2Q9XH4T' },
    { typed: 'OOIIL-00111', code: '0011100111' },
    { typed: 'K7M2Q-9XH4', code: null },
    { typed: 'K7M2Q-9XH4TT', code: null },
    { typed: 'K7M2Q-9XH4U', code: null },
    { typed: 'K7M2Q_9XH4T', code: null },
    { typed: 'x'.repeat(43), code: null },
    // Twenty characters at most are read as a code, however many of them are spaces or dashes.
    { typed: `K7M2Q${'-'.repeat(11)}9XH4T`, code: null },
    { typed: `K7M2Q${'-'.repeat(10)}9XH4T`, code: 'K7M2Q9XH4T' },
    { typed: '', code: null },
  ])('reads $typed as $code', ({ typed, code }) => {
    expect(normalizeAccessCode(typed)).toBe(code);
  });
});

describe('accessCodeFromToken', () => {
  it('takes 50 bits of the token, five to a symbol of the alphabet', () => {
    expect(accessCodeFromToken('AAAAAAAAAAAA')).toBe('0000000000');
    expect(accessCodeFromToken('__________')).toBe('ZZZZZZZZZZ');
    // 000001 000010 000011 …, regrouped by five: 00000 10000 10000 01100 … = 0 16 16 12 …
    expect(accessCodeFromToken('BCDEFGHIJ')).toBe('0GGC8531S0');
  });

  it('makes codes that read back as themselves and spread over the whole alphabet', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const token = Buffer.from(
        Array.from({ length: 32 }, (_, j) => (i * 131 + j * 71 + i * j) % 256),
      ).toString('base64url');
      const code = accessCodeFromToken(token);
      expect(code).toHaveLength(10);
      expect(normalizeAccessCode(formatAccessCode(code))).toBe(code);
      for (const c of code) seen.add(c);
    }
    expect([...seen].sort().join('')).toBe([...ACCESS_CODE_ALPHABET].sort().join(''));
  });

  it('reads only the first 50 bits of a longer token', () => {
    expect(accessCodeFromToken('ABCDEFGHIJ!!!')).toBe(accessCodeFromToken('ABCDEFGHI'));
  });

  it('refuses a token too short or not base64url', () => {
    expect(() => accessCodeFromToken('AAAA')).toThrow('at least 50 random bits');
    expect(() => accessCodeFromToken('AAAA$AAAAAAA')).toThrow('needs a base64url token');
  });
});

describe('assertMayIssueCodes', () => {
  const now = Date.parse('2026-03-02T12:00:00Z');
  it.each([
    { status: 'draft' as const, allowed: true },
    { status: 'open' as const, allowed: true },
    { status: 'closed' as const, allowed: false },
  ])('allows codes for a $status campaign: $allowed', ({ status, allowed }) => {
    const campaign = { ...makeDraft(), status };
    if (allowed) expect(() => assertMayIssueCodes(campaign, 'sales', now)).not.toThrow();
    else
      expect(thrownBy(() => assertMayIssueCodes(campaign, 'sales', now))).toMatchObject({
        coded: { code: 'access-codes.closed' },
      });
  });

  it('refuses a department the campaign does not survey, naming the field', () => {
    const error = thrownBy(() => assertMayIssueCodes(makeDraft(), 'legal', now));
    expect(error).toMatchObject({
      status: 422,
      coded: { code: 'access-codes.department-unknown', params: {} },
      errors: [{ field: 'departmentId', code: 'access-codes.department-unknown' }],
    });
    expect(error.errors[0]!.message).toMatch(/^[a-z]+ /);
  });

  it('refuses codes for an open campaign past its last day', () => {
    const campaign = { ...makeDraft(), status: 'open' as const, closesAt: '2026-03-01T00:00:00Z' };
    expect(() => assertMayIssueCodes(campaign, 'sales', now)).toThrow(/closed/);
  });
});

describe('codeUsedError', () => {
  it('refuses a second answer through one code as a conflict coded access-code.used', () => {
    expect(codeUsedError()).toMatchObject({ status: 409, coded: { code: 'access-code.used', params: {} } });
  });
});

describe('makeAccessCodes', () => {
  it('makes distinct codes, printed in two groups, and stores only their hashes under the department', () => {
    let n = 0;
    // A token source that repeats itself: the batch still holds distinct codes.
    const tokens = ['AAAAAAAAAAAA', 'AAAAAAAAAAAA', 'BCDEFGHIJKLM', '__________AB'];
    const { codes, records } = makeAccessCodes({
      campaignId: 'c1',
      departmentId: 'sales',
      count: 3,
      today: '2026-03-02',
      newToken: () => tokens[n++ % tokens.length]!,
      newId: () => `id-${n}`,
      hash: (secret) => `hash(${secret})`,
    });
    expect(codes).toEqual(['00000-00000', '0GGC8-531S0', 'ZZZZZ-ZZZZZ']);
    expect(records.map((r) => r.codeHash)).toEqual([
      'hash(access-code:0000000000)',
      'hash(access-code:0GGC8531S0)',
      'hash(access-code:ZZZZZZZZZZ)',
    ]);
    expect(
      records.every((r) => r.departmentId === 'sales' && !r.answered && r.createdOn === '2026-03-02'),
    ).toBe(true);
  });
});

// Anonymous one-time access codes: printed or handed out, each answers a campaign once for one department,
// and none is tied to a person. A code is 10 symbols of Crockford's base-32 alphabet (no I, L, O or U, so
// nothing is misread aloud or in print): 50 random bits. Only its hash is stored, as for personal links.

import { ConflictError, InvalidInputError } from '../errors';
import { campaignPhase, type Campaign } from './campaign';

export const ACCESS_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ACCESS_CODE_LENGTH = 10;
// Written once in shared/, where the access-code form's request schema reads it too.
export { MAX_CODES_PER_BATCH } from '../../../shared/campaign-limits';

export interface AccessCode {
  id: string;
  campaignId: string;
  /** Answers through the code are filed under this department. */
  departmentId: string;
  codeHash: string;
  createdOn: string;
  /** The code was used to answer: nothing records when, or which response. */
  answered: boolean;
}

/** Problems of access codes a client words itself. */
export type AccessCodeProblemCode = 'access-code.used' | 'access-codes.closed';

/**
 * The code as issued, from what a respondent typed or a URL carried: letter case, spaces and dashes are
 * ignored and the look-alikes O, I and L read as 0, 1 and 1 (Crockford); null when it cannot be a code.
 * @example normalizeAccessCode('k7m2q-9xh4t') // 'K7M2Q9XH4T'
 */
export function normalizeAccessCode(input: string): string | null {
  // A shared or personal link's token is 43 characters: never mistaken for a code.
  if (input.length > 2 * ACCESS_CODE_LENGTH) return null;
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== ACCESS_CODE_LENGTH) return null;
  return [...code].every((c) => ACCESS_CODE_ALPHABET.includes(c)) ? code : null;
}

/** As printed and typed: two groups of five. */
export function formatAccessCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A code made of the first 50 random bits of `token` (base64url, as AppDeps.newToken makes them), five
 * bits to a symbol; the domain has no random source of its own.
 */
export function accessCodeFromToken(token: string): string {
  let bits = '';
  for (const c of token.slice(0, 9)) {
    const value = BASE64URL.indexOf(c);
    if (value === -1) throw new Error('An access code needs a base64url token');
    bits += value.toString(2).padStart(6, '0');
  }
  if (bits.length < 5 * ACCESS_CODE_LENGTH) throw new Error('An access code needs at least 50 random bits');
  let code = '';
  for (let i = 0; i < ACCESS_CODE_LENGTH; i++) {
    code += ACCESS_CODE_ALPHABET[parseInt(bits.slice(5 * i, 5 * i + 5), 2)];
  }
  return code;
}

/** What is hashed and stored for a code: its own namespace, so no code hash can equal a link's. */
export const accessCodeSecret = (code: string) => `access-code:${code}`;

/**
 * Codes are handed out before and while a campaign runs, for one of its departments; a closed campaign
 * takes no more answers.
 */
export function assertMayIssueCodes(campaign: Campaign, departmentId: string, now: number): void {
  if (campaignPhase(campaign, now) === 'closed') {
    throw new ConflictError('The campaign has closed: access codes could no longer be used.', {
      code: 'access-codes.closed',
      params: {},
    });
  }
  if (!campaign.departmentIds.includes(departmentId)) {
    const code = 'access-codes.department-unknown';
    // Stryker disable next-line StringLiteral: wording, the English detail; a client words the code
    throw new InvalidInputError('Choose one of the campaign’s departments.', { code, params: {} }, [
      { field: 'departmentId', message: 'must be a department of this campaign', code },
    ]);
  }
}

export interface NewAccessCodes {
  campaignId: string;
  departmentId: string;
  count: number;
  today: string;
  /** Random tokens (base64url, at least 50 bits) and ids, and the hash kept of each code. */
  newToken: () => string;
  newId: () => string;
  hash: (secret: string) => string;
}

/** A batch of distinct codes: as printed (shown once, never stored) and as stored (hashes only). */
export function makeAccessCodes(spec: NewAccessCodes): { codes: string[]; records: AccessCode[] } {
  const codes = new Set<string>();
  while (codes.size < spec.count) codes.add(accessCodeFromToken(spec.newToken()));
  const records = [...codes].map((code) => ({
    id: spec.newId(),
    campaignId: spec.campaignId,
    departmentId: spec.departmentId,
    codeHash: spec.hash(accessCodeSecret(code)),
    createdOn: spec.today,
    answered: false,
  }));
  return { codes: [...codes].map(formatAccessCode), records };
}

/** The refusal of a second answer through one code. */
export function codeUsedError(): ConflictError {
  return new ConflictError(
    // Stryker disable next-line StringLiteral: wording, the English detail; a client words the code
    'This access code has already been used to answer the survey; each code answers once.',
    { code: 'access-code.used', params: {} },
  );
}

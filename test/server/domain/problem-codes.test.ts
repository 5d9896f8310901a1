import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../../server/domain/problem-codes';
import { FIELD_PROBLEM_CODES } from '../../../shared/field-problems';

describe('PROBLEM_CODES', () => {
  it('names every code as a topic and a problem, in kebab case', () => {
    const malformed = PROBLEM_CODES.filter(
      (code) => !/^[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/.test(code),
    );
    expect(malformed).toEqual([]);
    expect(PROBLEM_CODES.length).toBeGreaterThan(FIELD_PROBLEM_CODES.length);
  });

  it('lists each code once, so a program may branch on it', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
  });

  it('includes every code a request’s field can be refused with', () => {
    for (const code of FIELD_PROBLEM_CODES) expect(PROBLEM_CODES).toContain(code);
  });
});

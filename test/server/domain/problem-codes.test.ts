import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

describe('every code', () => {
  const ROOT = resolve(import.meta.dirname, '../../..');
  // Where codes are raised: everything but the list itself and the dictionaries that word them.
  const LISTS = new Set([
    join('server', 'domain', 'problem-codes.ts'),
    join('client', 'components', 'problem-text.ts'),
  ]);
  const sources = ['server', 'client', 'shared']
    .flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)),
    )
    .filter((path) => /\.(ts|tsx)$/.test(path) && !LISTS.has(path))
    .map((path) => readFileSync(join(ROOT, path), 'utf8'))
    .join('\n');

  it.each([...PROBLEM_CODES])('%s is raised somewhere, so no listed code is dead', (code) => {
    expect(sources).toMatch(new RegExp(`['"\x60]${code.replace(/[.]/g, '\\.')}['"\x60]`));
  });
});

// The dependency rule, checked: the domain imports no framework, storage or Node API; the client reaches
// server code only through `import type`, so no server code is ever bundled; shared/ (what both sides run)
// imports nothing but itself and zod (whose request schemas a form checks as the server does), and the
// domain none of its files that use zod; and no page imports another page.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name) && !name.split(/[\\/]/).includes('node_modules'))
    .map((name) => join(dir, name));
}

interface ImportStatement {
  file: string;
  text: string;
  specifier: string;
}

/** Every static import or re-export, and every dynamic import(), with its module specifier. */
function importsOf(file: string): ImportStatement[] {
  return importsFromSource(file, readFileSync(file, 'utf8'));
}

function importsFromSource(file: string, source: string): ImportStatement[] {
  // A statement runs to its `from '…'` without crossing a semicolon or the start of the next statement.
  const statements =
    /(?:^|;|\n)\s*((?:import|export)\s(?:(?!\n\s*(?:import|export)\s)[^;])*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"])/g;
  const dynamic = /import\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  const found: ImportStatement[] = [];
  for (const m of source.matchAll(statements))
    found.push({ file, text: m[1]!.trim(), specifier: (m[2] ?? m[3])! });
  for (const m of source.matchAll(dynamic)) found.push({ file, text: m[0], specifier: m[1]! });
  return found;
}

const FORBIDDEN_PACKAGES = /^(hono|@hono\/.*|lowdb|zod|node:.*|fs|fs\/promises|path|crypto)(\/.*)?$/;
const STORAGE_DIR = join(ROOT, 'server', 'storage');
const SERVER_DIR = join(ROOT, 'server');
const SHARED_DIR = join(ROOT, 'shared');
const PAGES_DIR = join(ROOT, 'client', 'pages');

/** The page folder (client/pages/<page>/) a path lies in or names, or null outside the pages. */
function pageOf(path: string): string | null {
  const inside = relative(PAGES_DIR, path);
  return inside === '' || inside.startsWith('..') ? null : inside.split(/[\\/]/)[0]!;
}

/** An import from one page's folder into another's. */
const crossesPages = (statement: ImportStatement) => {
  if (!statement.specifier.startsWith('.')) return false;
  const from = pageOf(statement.file);
  const to = pageOf(resolve(dirname(statement.file), statement.specifier));
  return from !== null && to !== null && from !== to;
};

const resolvesInto = (statement: ImportStatement, dir: string) =>
  statement.specifier.startsWith('.') &&
  !relative(dir, resolve(dirname(statement.file), statement.specifier)).startsWith('..');

const describeImport = (s: ImportStatement) => `${relative(ROOT, s.file)}: ${s.text}`;

describe('architecture', () => {
  const domainFiles = sourceFiles(join(ROOT, 'server', 'domain'), /\.ts$/);

  it('finds the domain sources it checks', () => {
    expect(domainFiles.map((f) => relative(ROOT, f))).toContain(
      join('server', 'domain', 'instrument', 'scoring.ts'),
    );
  });

  it('files every domain source under the room of its subject, only the shared errors at the top', () => {
    // A newcomer finds a rule by its subject's folder; a file left at the top hides which subject owns it.
    const top = domainFiles.filter((f) => dirname(f) === join(ROOT, 'server', 'domain'));
    expect(top.map((f) => relative(join(ROOT, 'server', 'domain'), f)).sort()).toEqual([
      'errors.ts',
      'problem-codes.ts',
    ]);
    const rooms = new Set(
      domainFiles.map((f) => relative(join(ROOT, 'server', 'domain'), f).split(/[\\/]/)[0]),
    );
    for (const room of [
      'access',
      'analysis',
      'anonymity',
      'campaigns',
      'decisions',
      'instrument',
      'statistics',
    ])
      expect(rooms).toContain(room);
  });

  it('keeps the domain free of hono, lowdb, zod, Node APIs and storage', () => {
    const violations = domainFiles
      .flatMap(importsOf)
      .filter((s) => FORBIDDEN_PACKAGES.test(s.specifier) || resolvesInto(s, STORAGE_DIR))
      .map(describeImport);
    expect(violations).toEqual([]);
  });

  it('lets the client import server code with `import type` only', () => {
    const clientFiles = sourceFiles(join(ROOT, 'client'), /\.(ts|tsx)$/);
    const violations = clientFiles
      .flatMap(importsOf)
      .filter((s) => resolvesInto(s, SERVER_DIR) && !/^(import|export)\s+type\s/.test(s.text))
      .map(describeImport);
    expect(violations).toEqual([]);
  });

  it('keeps shared/ free of every import but its own files and zod, so both sides can run it', () => {
    const sharedFiles = sourceFiles(SHARED_DIR, /\.ts$/);
    expect(sharedFiles.map((f) => relative(ROOT, f))).toContain(join('shared', 'languages.ts'));
    const violations = sharedFiles
      .flatMap(importsOf)
      .filter((s) => !resolvesInto(s, SHARED_DIR) && s.specifier !== 'zod')
      .map(describeImport);
    expect(violations).toEqual([]);
  });

  it('keeps zod out of the domain through shared/ too', () => {
    const usesZod = new Set(
      sourceFiles(SHARED_DIR, /\.ts$/).filter((f) => importsOf(f).some((s) => s.specifier === 'zod')),
    );
    expect(usesZod.size).toBeGreaterThan(0);
    const violations = domainFiles
      .flatMap(importsOf)
      .filter((s) => usesZod.has(`${resolve(dirname(s.file), s.specifier)}.ts`))
      .map(describeImport);
    expect(violations).toEqual([]);
  });

  it('lets no page import another page', () => {
    const pageFiles = sourceFiles(PAGES_DIR, /\.(ts|tsx)$/);
    expect(new Set(pageFiles.map(pageOf)).size).toBeGreaterThan(5);
    const violations = pageFiles.flatMap(importsOf).filter(crossesPages).map(describeImport);
    expect(violations).toEqual([]);
  });

  it('catches the imports it is meant to catch', () => {
    const probe = (text: string, file = join(ROOT, 'server', 'domain', 'probe.ts')) => {
      const specifier = /['"]([^'"]+)['"]/.exec(text)![1]!;
      return { file, text, specifier };
    };
    expect(FORBIDDEN_PACKAGES.test(probe("import { z } from 'zod'").specifier)).toBe(true);
    expect(FORBIDDEN_PACKAGES.test(probe("import { readFile } from 'node:fs/promises'").specifier)).toBe(
      true,
    );
    expect(FORBIDDEN_PACKAGES.test(probe("import { Hono } from 'hono/tiny'").specifier)).toBe(true);
    expect(resolvesInto(probe("import type { Storage } from '../storage/storage'"), STORAGE_DIR)).toBe(true);
    expect(resolvesInto(probe("import { mean } from './statistics/descriptive'"), STORAGE_DIR)).toBe(false);
    const client = join(ROOT, 'client', 'api', 'client.ts');
    expect(resolvesInto(probe("import { createApp } from '../../server/app'", client), SERVER_DIR)).toBe(
      true,
    );
    expect(resolvesInto(probe("import { x } from '../pages/x'", client), SERVER_DIR)).toBe(false);
    const shared = join(SHARED_DIR, 'probe.ts');
    expect(resolvesInto(probe("import { z } from 'zod'", shared), SHARED_DIR)).toBe(false);
    expect(resolvesInto(probe("import { x } from '../server/domain/x'", shared), SHARED_DIR)).toBe(false);
    expect(resolvesInto(probe("import { LANGUAGES } from './languages'", shared), SHARED_DIR)).toBe(true);
    const reportPage = join(PAGES_DIR, 'campaign-report', 'probe.tsx');
    expect(crossesPages(probe("import { x } from '../campaign/campaign-text'", reportPage))).toBe(true);
    expect(crossesPages(probe("import type { X } from '../campaign/x'", reportPage))).toBe(true);
    expect(crossesPages(probe("import { x } from './report-text'", reportPage))).toBe(false);
    expect(crossesPages(probe("import { x } from '../../components/format'", reportPage))).toBe(false);
    expect(crossesPages(probe("import { x } from '../campaign-report/x'", reportPage))).toBe(false);
    expect(crossesPages(probe("import x from '../campaign'", reportPage))).toBe(true);
  });

  it('reads multi-line imports whole and does not run one statement into the next', () => {
    const file = join(ROOT, 'client', 'probe.ts');
    const parsed = importsFromSource(
      file,
      "export interface Shown {\n  id: string\n}\nimport type {\n  A,\n  B,\n} from '../server/http/api-types';\nimport x from './x'\n",
    );
    expect(parsed.map((s) => [s.text.split(/\s+/).slice(0, 2).join(' '), s.specifier])).toEqual([
      ['import type', '../server/http/api-types'],
      ['import x', './x'],
    ]);
  });
});
